/**
 * What the annotation store (store.ts) holds for each sidecar and tells its callers — the state of
 * an article's sidecar, the errors, the options, the places to refresh — and the small pure helpers
 * on sidecar documents it uses.
 */
import { describeSpan, positionSelectorOf, quoteSelectorOf, SIDECAR_VERSION, targetsOf, type Annotation, type Creator, type SidecarDocument, type Target, type TextSpan } from './model';
import { baseName, type SidecarLayout } from './paths';
import type { SidecarError } from './sidecar';

export type ArticleStatus = 'ok' | 'invalid' | 'readOnly';

/** A snapshot of one article's annotations, for views and decorations. */
export interface ArticleAnnotations {
  articlePath: string;
  sidecarPath: string;
  status: ArticleStatus;
  /** When status is not 'ok': one message for the analyst, naming the file and the problem. */
  problem?: string;
  /** When status is 'invalid': the details (file, JSON paths, problems). */
  error?: SidecarError;
  /**
   * In canonical order (start offset, then id). For an 'invalid' sidecar: the annotations last
   * read before it broke (none if it never could be read), for display only.
   */
  annotations: readonly Annotation[];
  /** Set while the sidecar is in an older format (until the first change rewrites it). */
  migratedFrom?: number;
  /** Changes not yet on disk. */
  pendingWrite: boolean;
  /** The last write failure, if the last write failed (it is retried at the next change or flush). */
  writeError?: string;
  /** Recovery files this store wrote for the article (folder-relative paths). */
  recoveryFiles: readonly string[];
}

/** A change refused because the article's sidecar is invalid or from a newer version. */
export class AnnotationsUnavailableError extends Error {
  constructor(
    readonly articlePath: string,
    readonly sidecarPath: string,
    readonly reason: 'invalid' | 'readOnly',
    detail: string,
  ) {
    super(
      reason === 'invalid'
        ? `Annotations for ${articlePath} cannot be changed until ${sidecarPath} is fixed: ${detail}`
        : `Annotations for ${articlePath} are read-only: ${detail}`,
    );
    this.name = 'AnnotationsUnavailableError';
  }
}

/** flush() could not write some sidecars; their changes are still in memory. */
export class SidecarWriteError extends Error {
  constructor(readonly failures: { sidecarPath: string; message: string }[]) {
    super(`could not write ${failures.map((f) => `${f.sidecarPath} (${f.message})`).join('; ')}`);
    this.name = 'SidecarWriteError';
  }
}

export interface StoreOptions {
  layout?: SidecarLayout;
  /** The analyst, written as each new annotation's creator. */
  creator?: Creator;
  now?: () => Date;
  newId?: () => string;
  /**
   * Told of an exception thrown by a change listener. A listener's failure is not the store's (the
   * other listeners are still called, and the change stands), but it is never dropped unseen: the
   * editor logs it. Without this option it goes to console.error.
   */
  onListenerError?: (error: unknown, articlePath: string) => void;
}

/** One place of an annotation (its home or an appearance) at a new span, see refreshPlaces. */
export interface PlaceUpdate {
  /** The article whose sidecar holds the annotation. */
  homeArticle: string;
  id: string;
  /** Index into the annotation's targets: 0 = home, 1… = appearances. */
  target: number;
  span: TextSpan;
}

/** An annotation of another article that has a place in this one. */
export interface Appearance {
  homeArticle: string;
  annotation: Annotation;
  target: Target;
  /** Index into the annotation's targets. */
  index: number;
}

export interface State {
  articlePath: string;
  sidecarPath: string;
  status: ArticleStatus;
  problem?: string;
  error?: SidecarError;
  /** Ours: what the analyst sees. */
  doc: SidecarDocument;
  /** The file's content as last read or written, parsed (undefined: no file, or unreadable). */
  base: SidecarDocument | undefined;
  /** The file's bytes as last read or written (undefined: no file). */
  baseBytes: Uint8Array | undefined;
  migratedFrom?: number;
  dirty: boolean;
  writing?: Promise<void>;
  writeError?: Error;
  recoveryFiles: string[];
  /** The recovery file keepInRecoveryFile appends to. */
  recovery?: { path: string; doc: SidecarDocument };
  /** Writes wait while the host moves the file (hold / release / moved). */
  held?: boolean;
  /** The bytes to write for `doc` instead of its canonical form (a rewrite that keeps the file's own formatting). */
  rewrite?: { doc: SidecarDocument; bytes: Uint8Array };
}

/** A loaded sidecar that followed its article to a new path (see AnnotationStore.moved). */
export interface MovedSidecar {
  from: string;
  to: string;
}

export function bytesEqual(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function emptyDoc(articlePath: string): SidecarDocument {
  return { version: SIDECAR_VERSION, source: baseName(articlePath), annotations: [] };
}

export function validSpan(text: string, span: TextSpan): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end)) {
    throw new RangeError(`not a non-empty span of the text (0–${text.length}): ${span.start}–${span.end}`);
  }
}

/** Whether the target's selectors already describe text[span]. */
export function sameSelectors(t: Target, text: string, span: TextSpan): boolean {
  const q = quoteSelectorOf(t);
  const p = positionSelectorOf(t);
  if (!q || !p || p.start !== span.start || p.end !== span.end) return false;
  const [nq] = describeSpan(text, span);
  return q.exact === nq.exact && q.prefix === nq.prefix && q.suffix === nq.suffix;
}

export function replaceTarget(a: Annotation, index: number, text: string, span: TextSpan): Annotation {
  const targets = targetsOf(a).map((t, i) => {
    if (i !== index) return t;
    const others = t.selector.filter((x) => x.type !== 'TextQuoteSelector' && x.type !== 'TextPositionSelector');
    return { ...t, selector: [...describeSpan(text, span), ...others] };
  });
  return { ...a, target: targets.length === 1 ? targets[0]! : targets };
}

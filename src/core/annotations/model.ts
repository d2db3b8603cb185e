/**
 * The annotation model: W3C Web Annotations (https://www.w3.org/TR/annotation-model/) as they are
 * stored in a sidecar file, plus small pure helpers to build and read them.
 *
 * An annotation is kept in memory exactly as it is stored (plain JSON objects), so that fields
 * written by hand or by another tool survive a load-edit-save cycle. Read it with the accessors
 * below (`tagsOf`, `noteOf`, `verdictOf`, `homeTarget`, `appearancesOf`, …) and change it with the
 * `with…` functions, which return a new object and never mutate their argument.
 */

/** The sidecar format version this code writes. Older versions are migrated on load. */
export const SIDECAR_VERSION = 1;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context stored on each side of a quote (TextQuoteSelector prefix / suffix). */
export const CONTEXT_LENGTH = 32;

/** The analyst's assessment of a claim. */
export type Verdict = 'disputed' | 'confirmed' | 'unverified' | 'misattributed';
export const VERDICTS: readonly Verdict[] = ['disputed', 'misattributed', 'unverified', 'confirmed'];

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** A JSON value as read from a sidecar. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before the quote ('' or absent at the start of the text). */
  prefix?: string;
  /** Up to 32 characters after the quote. */
  suffix?: string;
  [extra: string]: unknown;
}

/** UTF-16 offsets into the article's text, as `decodeArticle` and a VS Code TextDocument give it. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  [extra: string]: unknown;
}

export type Selector = TextQuoteSelector | TextPositionSelector | { type: string; [extra: string]: Json | undefined };

/**
 * A place in an article. In a sidecar, `source` is the article's path relative to the folder of
 * the annotated article ('/' separators): the annotated article's own file name for the first
 * target, for example `../other-outlet/story.txt` for an appearance elsewhere.
 */
export interface Target {
  source: string;
  selector: Selector[];
  [extra: string]: unknown;
}

export type BodyPurpose = 'tagging' | 'commenting' | 'assessing';

export interface TextualBody {
  type: 'TextualBody';
  purpose: BodyPurpose | string;
  value: string;
  /** 'text/markdown' for notes. */
  format?: string;
  [extra: string]: unknown;
}

export type Creator = string | { type?: string; name: string; [extra: string]: Json | undefined };

/**
 * One annotation. `target` is a single Target, or an array whose first element is the place in the
 * annotated article and whose other elements are the claim's appearances in other articles
 * (the W3C model's "one annotation, several targets").
 */
export interface Annotation {
  '@context': typeof ANNO_CONTEXT | Json;
  id: string;
  type: 'Annotation';
  motivation: string | string[];
  creator?: Creator;
  created: string;
  modified: string;
  body: TextualBody[];
  target: Target | Target[];
  [extra: string]: unknown;
}

/** The whole sidecar file. */
export interface SidecarDocument {
  version: number;
  /** The annotated article's file name. */
  source: string;
  annotations: Annotation[];
  [extra: string]: unknown;
}

/** A half-open range [start, end) of UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What the analyst says about a claim. Every field is optional. */
export interface AnnotationContent {
  tags?: readonly string[];
  /** Markdown. */
  note?: string;
  verdict?: Verdict | undefined;
}

// ---- selectors ---------------------------------------------------------------------------------

/** The selectors that describe `text.slice(start, end)`: its quote with 32 characters of context and its position. */
export function describeSpan(text: string, span: TextSpan): [TextQuoteSelector, TextPositionSelector] {
  const start = clampOffset(text, span.start);
  const end = Math.max(start, clampOffset(text, span.end));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function clampOffset(text: string, n: number): number {
  return Math.max(0, Math.min(text.length, Math.trunc(n)));
}

export function quoteSelectorOf(target: Target): TextQuoteSelector | undefined {
  return target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelectorOf(target: Target): TextPositionSelector | undefined {
  return target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

// ---- targets -----------------------------------------------------------------------------------

export function targetsOf(a: Annotation): Target[] {
  return Array.isArray(a.target) ? a.target : [a.target];
}

/** The place in the annotated article itself. */
export function homeTarget(a: Annotation): Target {
  return targetsOf(a)[0]!;
}

/** The claim's other places: targets in other articles, `source` relative to the annotated article's folder. */
export function appearancesOf(a: Annotation): Target[] {
  return targetsOf(a).slice(1);
}

/** The quote the annotation is about, as stored. */
export function claimTextOf(a: Annotation): string {
  return quoteSelectorOf(homeTarget(a))?.exact ?? '';
}

/** The stored position of the home target (start / end), or undefined when the sidecar has none. */
export function storedSpanOf(a: Annotation): TextSpan | undefined {
  const p = positionSelectorOf(homeTarget(a));
  return p ? { start: p.start, end: p.end } : undefined;
}

function withTargets(a: Annotation, targets: Target[]): Annotation {
  return { ...a, target: targets.length === 1 ? targets[0]! : targets };
}

/** The annotation with its home target's selectors replaced by those of `span` in `text` (keeps other selector types). */
export function withHomeSpan(a: Annotation, text: string, span: TextSpan): Annotation {
  const [home, ...rest] = targetsOf(a);
  const others = home!.selector.filter((s) => s.type !== 'TextQuoteSelector' && s.type !== 'TextPositionSelector');
  return withTargets(a, [{ ...home!, selector: [...describeSpan(text, span), ...others] }, ...rest]);
}

/**
 * Adds (or replaces, for the same source) an appearance of the claim in another article.
 * @param sourceRelative the other article's path relative to the annotated article's folder (see `relativeSource`).
 */
export function withAppearance(a: Annotation, sourceRelative: string, otherText: string, span: TextSpan): Annotation {
  const [home, ...rest] = targetsOf(a);
  const others = rest.filter((t) => !(t.source === sourceRelative && overlaps(positionSelectorOf(t), span)));
  const added: Target = { source: sourceRelative, selector: describeSpan(otherText, span) };
  return withTargets(a, [home!, ...others, added]);
}

export function withoutAppearance(a: Annotation, sourceRelative: string): Annotation {
  const [home, ...rest] = targetsOf(a);
  return withTargets(a, [home!, ...rest.filter((t) => t.source !== sourceRelative)]);
}

function overlaps(p: TextPositionSelector | undefined, span: TextSpan): boolean {
  return !!p && p.start < span.end && span.start < p.end;
}

// ---- bodies ------------------------------------------------------------------------------------

export function tagsOf(a: Annotation): string[] {
  return a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

/** The note (Markdown), or '' when there is none. Several commenting bodies are joined by a blank line. */
export function noteOf(a: Annotation): string {
  return a.body.filter((b) => b.purpose === 'commenting').map((b) => b.value).join('\n\n');
}

export function verdictOf(a: Annotation): Verdict | undefined {
  const v = a.body.find((b) => b.purpose === 'assessing')?.value;
  return isVerdict(v) ? v : undefined;
}

function bodiesFor(content: AnnotationContent): TextualBody[] {
  const out: TextualBody[] = [];
  if (content.verdict) out.push({ type: 'TextualBody', purpose: 'assessing', value: content.verdict });
  const seen = new Set<string>();
  for (const raw of content.tags ?? []) {
    const tag = raw.trim();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
    }
  }
  if (content.note !== undefined && content.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: content.note, format: 'text/markdown' });
  return out;
}

/** The W3C motivation implied by the bodies: assessing > commenting > tagging > highlighting. */
export function motivationFor(body: readonly TextualBody[]): string {
  for (const m of ['assessing', 'commenting', 'tagging']) if (body.some((b) => b.purpose === m)) return m;
  return 'highlighting';
}

/**
 * The annotation with the given parts of its content replaced (a field left undefined is kept; pass
 * `verdict: undefined` explicitly with `'verdict' in patch` to clear it, `note: ''` to clear the
 * note, `tags: []` to clear the tags). Bodies of other purposes are kept. Sets `modified`.
 */
export function withContent(a: Annotation, patch: AnnotationContent, now: Date): Annotation {
  const current: AnnotationContent = { tags: tagsOf(a), note: noteOf(a), verdict: verdictOf(a) };
  const next: AnnotationContent = {
    tags: patch.tags ?? current.tags,
    note: patch.note ?? current.note,
    verdict: 'verdict' in patch ? patch.verdict : current.verdict,
  };
  const keep = a.body.filter((b) => b.purpose !== 'tagging' && b.purpose !== 'commenting' && !(b.purpose === 'assessing' && (isVerdict(b.value) || 'verdict' in patch)));
  const body = [...bodiesFor(next), ...keep];
  return { ...a, body, motivation: motivationFor(body), modified: isoSeconds(now) };
}

export interface NewAnnotation extends AnnotationContent {
  /** The annotated article's file name (the sidecar's `source`). */
  source: string;
  text: string;
  span: TextSpan;
  id: string;
  now: Date;
  creator?: Creator | undefined;
}

export function createAnnotation(init: NewAnnotation): Annotation {
  const body = bodiesFor(init);
  const at = isoSeconds(init.now);
  const a: Annotation = {
    '@context': ANNO_CONTEXT,
    id: init.id,
    type: 'Annotation',
    motivation: motivationFor(body),
    created: at,
    modified: at,
    body,
    target: { source: init.source, selector: describeSpan(init.text, init.span) },
  };
  if (init.creator !== undefined) a.creator = init.creator;
  return a;
}

/** `urn:uuid:` + a random UUID (crypto.randomUUID is in Node and in the extension host). */
export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** ISO 8601 in UTC to the second, e.g. 2026-05-01T09:30:00Z. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The creator's display name. */
export function creatorName(c: Creator | undefined): string {
  if (c === undefined) return '';
  return typeof c === 'string' ? c : c.name;
}

// ---- paths between articles --------------------------------------------------------------------

/** `to` relative to the folder of `from` (both folder-relative paths with '/' separators). */
export function relativeSource(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** Resolves a target `source` (relative to the folder of `from`) to a folder-relative path. */
export function resolveSource(from: string, source: string): string {
  const out = from.split('/').slice(0, -1);
  for (const part of source.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

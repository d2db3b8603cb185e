/**
 * Reads every sidecar under a folder and anchors each annotation (and each of its appearances in
 * other articles) in the articles' current text. Read-only: nothing is written. Used by the CLI
 * (`crosscheck anchors`, `crosscheck export`); a host can use it for a folder-wide claims list.
 */
import { isArticlePath } from '../common/fsPort';
import { decodeArticle } from '../text';
import { anchorTarget, type Anchor } from './anchor';
import { homeTarget, resolveSource, targetsOf, type Annotation, type Target } from './model';
import { ADJACENT, articlePathForSidecar, isRecoveryPath, sidecarPathFor, type SidecarLayout } from './paths';
import type { SidecarFileSystem } from './port';
import { compareAnnotations } from './serialize';
import { readSidecar } from './sidecar';

export interface ScannedPlace {
  /** The article, relative to the folder. */
  doc: string;
  target: Target;
  anchor: Anchor;
}

export interface ScannedAnnotation {
  /** The annotated article, relative to the folder. */
  doc: string;
  sidecarPath: string;
  annotation: Annotation;
  anchor: Anchor;
  /** The claim's other places, each anchored in its own article. */
  appearances: ScannedPlace[];
  /** Set when the sidecar is from a newer version (its annotations are read-only). */
  readOnly?: boolean;
}

export interface FolderScan {
  /** By article path, then start offset, then id. */
  annotations: ScannedAnnotation[];
  /** Sidecars that cannot be used; `message` names the file and the problem. */
  unreadable: { doc: string; sidecarPath: string; message: string }[];
  /** Other things the analyst should know (newer-version sidecars, missing articles, recovery files). */
  notices: string[];
}

export interface ScanOptions {
  layout?: SidecarLayout;
  isArticle?: (path: string) => boolean;
}

export async function scanFolder(fs: SidecarFileSystem, options: ScanOptions = {}): Promise<FolderScan> {
  const layout = options.layout ?? ADJACENT;
  const isArticle = options.isArticle ?? isArticlePath;
  const files = (await fs.listFiles()).sort();
  const present = new Set(files);
  const articles = new Set(files.filter(isArticle));
  const notices: string[] = [];
  for (const f of files) {
    const a = articlePathForSidecar(f, layout);
    if (a !== undefined) articles.add(a);
    if (isRecoveryPath(f)) notices.push(`${f}: a recovery file with annotations that could not be saved in the sidecar; merge it by hand`);
  }

  const texts = new Map<string, string | undefined>();
  const textOf = async (doc: string): Promise<string | undefined> => {
    if (texts.has(doc)) return texts.get(doc);
    let text: string | undefined;
    try {
      const bytes = await fs.readFileIfExists(doc);
      if (bytes === undefined) notices.push(`${doc}: article not found; its annotations are orphans`);
      else text = decodeArticle(bytes).text;
    } catch (e) {
      notices.push(`${doc}: article cannot be read (${(e as Error).message}); its annotations are orphans`);
    }
    texts.set(doc, text);
    return text;
  };
  const place = async (doc: string, target: Target): Promise<Anchor> => {
    const text = await textOf(doc);
    return text === undefined ? { status: 'orphan', start: null, end: null, score: 0 } : anchorTarget(text, target);
  };

  const out: ScannedAnnotation[] = [];
  const unreadable: FolderScan['unreadable'] = [];
  for (const doc of [...articles].sort()) {
    const sidecarPath = sidecarPathFor(doc, layout);
    if (layout.kind === 'adjacent' && !present.has(sidecarPath)) continue;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await fs.readFileIfExists(sidecarPath);
    } catch (e) {
      unreadable.push({ doc, sidecarPath, message: `${sidecarPath}: cannot be read: ${(e as Error).message}` });
      continue;
    }
    if (bytes === undefined) continue;
    const r = readSidecar(bytes, sidecarPath);
    if (r.kind === 'invalid') {
      unreadable.push({ doc, sidecarPath, message: r.error.message });
      continue;
    }
    if (r.kind === 'newer') notices.push(r.message);
    for (const annotation of [...r.doc.annotations].sort(compareAnnotations)) {
      const anchor = await place(doc, homeTarget(annotation));
      const appearances: ScannedPlace[] = [];
      for (const t of targetsOf(annotation).slice(1)) {
        const other = resolveSource(doc, t.source);
        appearances.push({ doc: other, target: t, anchor: await place(other, t) });
      }
      const item: ScannedAnnotation = { doc, sidecarPath, annotation, anchor, appearances };
      if (r.kind === 'newer') item.readOnly = true;
      out.push(item);
    }
  }
  return { annotations: out, unreadable, notices };
}

/**
 * Three-way merge of sidecars by annotation id, for when the file changed on disk (a git pull, a
 * hand edit, another window) while the store had changes of its own to write. No annotation and no
 * word is dropped: when both sides changed the same annotation, ours is kept in the sidecar and
 * theirs is returned as a conflict for the caller to keep in a recovery file; when one side deleted
 * an annotation the other changed, the changed one is kept.
 */
import type { Annotation, SidecarDocument } from './model';
import { annotationFingerprint } from './serialize';

export interface MergeResult {
  doc: SidecarDocument;
  /** Their versions of annotations both sides changed differently (ours is in `doc`). */
  conflicts: Annotation[];
}

function byId(doc: SidecarDocument | undefined): Map<string, { a: Annotation; f: string }> {
  const m = new Map<string, { a: Annotation; f: string }>();
  for (const a of doc?.annotations ?? []) m.set(a.id, { a, f: annotationFingerprint(a) });
  return m;
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** @param base what both started from (undefined: no file); ours: the store's; theirs: the file now. */
export function mergeSidecars(base: SidecarDocument | undefined, ours: SidecarDocument, theirs: SidecarDocument): MergeResult {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  const annotations: Annotation[] = [];
  const conflicts: Annotation[] = [];
  for (const id of ids) {
    const bf = b.get(id)?.f;
    const oe = o.get(id);
    const te = t.get(id);
    if (oe?.f === te?.f) {
      if (oe) annotations.push(oe.a);
    } else if (oe?.f === bf) {
      if (te) annotations.push(te.a);
    } else if (te?.f === bf) {
      if (oe) annotations.push(oe.a);
    } else if (!oe) {
      annotations.push(te!.a);
    } else if (!te) {
      annotations.push(oe.a);
    } else {
      annotations.push(oe.a);
      conflicts.push(te.a);
    }
  }
  // Other top-level fields: theirs where ours did not change them.
  const doc: SidecarDocument = { ...theirs, annotations };
  for (const k of Object.keys(ours)) {
    if (k === 'annotations') continue;
    if (!base || !same(ours[k], base[k])) doc[k] = ours[k];
  }
  doc.version = ours.version;
  return { doc, conflicts };
}

/**
 * Keeping anchors live while the analyst types: spans mapped through text edits, without
 * re-anchoring. Pure; the editor calls it from onDidChangeTextDocument with the event's
 * contentChanges ({ rangeOffset, rangeLength, text } → { start, end: start + length, newText }).
 */
import type { TextSpan } from './model';

/** Replace text[start, end) with newText. Offsets are UTF-16, in the text as it is before this edit. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface MappedSpan extends TextSpan {
  /** True when an edit changed text inside the span (its words are not all the stored quote any more). */
  damaged: boolean;
  /** True when the span's text was deleted completely (start === end). */
  collapsed: boolean;
}

/**
 * Maps a span through one edit:
 * - an edit wholly before the span (an insertion at its start included) shifts it;
 * - an edit wholly after it (an insertion at its end included) leaves it;
 * - an edit that overlaps it damages it: the span keeps the text that remains and takes in the
 *   replacement text where it replaced part of the span.
 */
export function mapSpan(span: TextSpan, edit: TextEdit): { start: number; end: number; damaged: boolean } {
  const { start: a, end: b, newText } = edit;
  const delta = newText.length - (b - a);
  const { start: s, end: e } = span;
  if (a === b) {
    // Insertion.
    if (a <= s) return { start: s + delta, end: e + delta, damaged: false };
    if (a >= e) return { start: s, end: e, damaged: false };
    return { start: s, end: e + delta, damaged: true };
  }
  if (b <= s) return { start: s + delta, end: e + delta, damaged: false };
  if (a >= e) return { start: s, end: e, damaged: false };
  // Overlap.
  const start = a <= s ? a : s;
  const end = b >= e ? a + newText.length : e + delta;
  return { start, end: Math.max(start, end), damaged: true };
}

/**
 * Maps spans through edits applied one after another (each edit's offsets refer to the text left by
 * the edits before it — VS Code's contentChanges of one event can be applied in the order given).
 * `damaged` accumulates over the edits.
 */
export function mapSpans(spans: readonly TextSpan[], edits: readonly TextEdit[]): MappedSpan[] {
  return spans.map((span) => {
    let cur = { start: span.start, end: span.end, damaged: false };
    for (const edit of edits) {
      const next = mapSpan(cur, edit);
      cur = { start: next.start, end: next.end, damaged: cur.damaged || next.damaged };
    }
    return { ...cur, collapsed: cur.end <= cur.start };
  });
}

/** Applies edits one after another (same convention as mapSpans). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A place kept live in a text being edited (the editor's places; any object with these fields). */
export interface LiveSpan extends TextSpan {
  /** 'orphan' when it is not in the text (then edits leave it alone). */
  status: string;
  /** Text inside it was edited. */
  damaged: boolean;
  /** Moved by edits since it was anchored. */
  edited: boolean;
}

/**
 * Whether an edit replaced the span's text together with text around it (a paste over a paragraph,
 * a reload of the document): then the place is anchored again rather than stretched over the new text.
 */
export function swallows(span: TextSpan, edit: TextEdit): boolean {
  return edit.start <= span.start && edit.end >= span.end && edit.end - edit.start > span.end - span.start && edit.newText.length > 0;
}

/**
 * Keeps places on their words through one change event's edits (applied one after another, as
 * VS Code's contentChanges are), in time proportional to places × edits and without the text:
 * - a place the edits leave alone is returned as the same object;
 * - one they move or edit inside is returned at its new offsets (`edited` once moved, `damaged` once
 *   edited inside), as mapSpan maps it;
 * - one whose words are all deleted becomes an orphan, collapsed where they were;
 * - one whose text was replaced together with text around it (see swallows) is handed to
 *   `reanchor`, to be anchored again from its selectors — the only case that needs the text.
 * Orphans are left as they are. `orphaned`: some place became an orphan.
 */
export function followEdits<P extends LiveSpan>(places: readonly P[], edits: readonly TextEdit[], reanchor: (place: P) => P): { places: P[]; orphaned: boolean } {
  let orphaned = false;
  const out = places.map((p) => {
    if (p.status === 'orphan') return p;
    let { start, end } = p;
    let damaged = p.damaged;
    let moved = false;
    let swallowed = false;
    for (const edit of edits) {
      if (swallows({ start, end }, edit)) swallowed = true;
      const m = mapSpan({ start, end }, edit);
      if (m.start !== start || m.end !== end) moved = true;
      damaged ||= m.damaged;
      start = m.start;
      end = m.end;
    }
    if (swallowed) {
      const again = reanchor(p);
      if (again.status === 'orphan') {
        orphaned = true;
        return again;
      }
      return { ...again, edited: true };
    }
    if (end <= start) {
      orphaned = true;
      return { ...p, status: 'orphan', start, end: start, damaged: true, edited: true };
    }
    return moved || damaged !== p.damaged ? { ...p, start, end, damaged, edited: p.edited || moved } : p;
  });
  return { places: out, orphaned };
}

/**
 * One outlet's version of a quote shown against another's: the version's own words, with the
 * words it added and the words it dropped marked, as segments — and as Markdown for a hover.
 *
 * The input is a word diff from `variants.ts` (a: the version read against, b: the version shown).
 * Nothing here knows about the editor: the segments are plain data and the Markdown is a string in
 * which every character of article text is escaped, so an article can never inject links, images,
 * HTML, emphasis or theme icons into it.
 */
import type { VariantOp } from './variants';

/**
 * - same: words both versions have (and the spaces and punctuation between compared words);
 * - added: words the shown version has where the other has none or different ones;
 * - dropped: words of the other version that the shown version lacks, where they would be;
 * - outside: words of the shown version outside the compared part (it quotes a longer stretch);
 * - elided: a long unchanged stretch left out ("…").
 */
export type SegmentKind = 'same' | 'added' | 'dropped' | 'outside' | 'elided';

export interface VersionSegment {
  kind: SegmentKind;
  text: string;
}

/** How many runs of the diff are changes (an insertion, a deletion or a replacement each count once). */
export function changeCount(ops: readonly VariantOp[]): number {
  let n = 0;
  for (const o of ops) if (o.op !== 'equal') n++;
  return n;
}

/**
 * The shown version (`text`, which starts at `offset` of its article) as segments, from the diff
 * runs of another version against it (`op.b` spans are offsets into the shown version's article).
 * Without runs (the two could not be aligned) the whole text is one 'outside' segment.
 */
export function versionSegments(ops: readonly VariantOp[], text: string, offset = 0): VersionSegment[] {
  const out: VersionSegment[] = [];
  const push = (kind: SegmentKind, t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += t;
    else out.push({ kind, text: t });
  };
  const end = offset + text.length;
  const clamp = (x: number) => Math.max(offset, Math.min(end, x));
  const slice = (s: number, e: number) => text.slice(s - offset, e - offset);
  let pos = offset;
  let started = false;
  for (const o of ops) {
    const b0 = clamp(o.b.start);
    const b1 = clamp(o.b.end);
    // Before the first run: words of the shown version the other does not quote. Between runs: the
    // spaces and punctuation between two compared words.
    if (b0 > pos) push(started ? 'same' : 'outside', slice(pos, b0));
    started = true;
    if (o.op === 'equal') push('same', slice(Math.max(pos, b0), b1));
    else {
      if (o.op !== 'insert' && o.textA.trim()) push('dropped', o.textA);
      if (o.op !== 'delete') push('added', slice(Math.max(pos, b0), b1));
    }
    pos = Math.max(pos, b1);
  }
  if (pos < end) push('outside', slice(pos, end));
  return out;
}

const wordsOf = (t: string) => [...t.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/**
 * A long version made readable: when the version has more than `longWords` words, every unchanged
 * stretch longer than about twice `keep` words keeps only `keep` words next to each change (the
 * beginning of the version when nothing changed) and is elided in between.
 */
export function elideSegments(segments: readonly VersionSegment[], keep = 6, longWords = 40): VersionSegment[] {
  const shown = segments.filter((s) => s.kind !== 'dropped');
  const total = shown.reduce((n, s) => n + wordsOf(s.text).length, 0);
  if (total <= longWords) return segments.map((s) => ({ ...s }));
  const changed = segments.some((s) => s.kind === 'added' || s.kind === 'dropped');
  const out: VersionSegment[] = [];
  segments.forEach((s, i) => {
    const words = s.kind === 'same' || s.kind === 'outside' ? wordsOf(s.text) : [];
    const before = segments.slice(0, i).some((x) => x.kind === 'added' || x.kind === 'dropped');
    const after = segments.slice(i + 1).some((x) => x.kind === 'added' || x.kind === 'dropped');
    if (!changed) {
      // Nothing to show around: the beginning of the version.
      if (words.length > 2 * keep + 2) out.push({ kind: s.kind, text: s.text.slice(0, words[2 * keep - 1]!.end) }, { kind: 'elided', text: '…' });
      else out.push({ ...s });
      return;
    }
    const limit = (before ? keep : 0) + (after ? keep : 0) + 2;
    if (words.length <= limit) {
      out.push({ ...s });
      return;
    }
    if (before) out.push({ kind: s.kind, text: s.text.slice(0, words[keep - 1]!.end) });
    out.push({ kind: 'elided', text: '…' });
    if (after) out.push({ kind: s.kind, text: s.text.slice(words[words.length - keep]!.start) });
  });
  return out;
}

/**
 * Escapes text for Markdown: every ASCII punctuation character is backslash-escaped (CommonMark
 * allows it for all of them), so no link, image, autolink, HTML tag, entity, emphasis, code span,
 * heading, list, table or `$(icon)` can come out of it; runs of whitespace become one space.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * The segments as one line of Markdown: added words in **bold**, dropped words ~~struck~~, an
 * elided stretch as "…", everything else as it is (escaped). Spaces are kept outside the marks
 * (`** word**` would not be bold), and dropped words, which are not in the shown text, get a space
 * on each side.
 */
export function segmentsToMarkdown(segments: readonly VersionSegment[]): string {
  let out = '';
  segments.forEach((s, i) => {
    const t = s.text.replace(/\s+/g, ' ');
    if (s.kind === 'same' || s.kind === 'outside') {
      out += escapeMarkdown(t);
      return;
    }
    if (s.kind === 'elided') {
      out += ' … ';
      return;
    }
    const core = t.trim();
    if (!core) {
      out += t;
      return;
    }
    let pre = /^\s/.test(t) ? ' ' : '';
    let post = /\s$/.test(t) ? ' ' : '';
    if (s.kind === 'dropped') {
      if (out && !/\s$/.test(out)) pre = ' ';
      const next = segments[i + 1];
      if (next && !/^\s/.test(next.text) && !/^[,.;:!?’”)]/.test(next.text)) post = ' ';
    }
    const mark = s.kind === 'added' ? '**' : '~~';
    out += `${pre}${mark}${escapeMarkdown(core)}${mark}${post}`;
  });
  return out.replace(/ {2,}/g, ' ').trim();
}

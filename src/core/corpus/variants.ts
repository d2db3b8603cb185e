/**
 * Quote variants: how each version of a clustered quote differs, word by word, from the cluster's
 * reference version — what one outlet added, dropped or changed — as spans the editor can render.
 *
 * Each member is aligned with the reference (Smith–Waterman, extended past small gaps). Inside
 * the shared part every difference is kept; the parts before and after it count only when both
 * versions have words there that are not function words (two complete renderings of one sentence
 * that start or end differently), not when one outlet simply quoted less.
 */
import type { Span } from '../common/types';
import { alignLocal, extendAlignment, type AlignOp, type DiffOp } from './align';
import type { QuoteClusterDetail, QuoteRef } from './clusters';
import type { DocEntry, PassageIndex } from './passages';

/** One run of a diff: `a` in the reference version, `b` in the member's version. */
export interface VariantOp {
  op: DiffOp;
  a: Span;
  b: Span;
  textA: string;
  textB: string;
}

export interface QuoteVariant {
  /** Index of the member in the cluster. */
  member: number;
  /** Index of the member it is compared with (the cluster's reference). */
  against: number;
  /** The runs in order, equal ones included; empty when the two could not be aligned. */
  ops: VariantOp[];
  /** True when every run is equal (the member is the reference's words, or a part of them). */
  same: boolean;
}

/** A member as a word range of its article, with the diff against the reference in token ranges. */
export interface MemberAlignment {
  member: number;
  doc: DocEntry;
  /** Token range of the member's version. */
  t0: number;
  t1: number;
  /** Diff runs in article token positions (a: reference article, b: member article); null when not aligned. */
  ops: AlignOp[] | null;
}

/** Edge runs longer than this many words are left out: past that it is other content, not rewording. */
const MAX_EDGE = 12;

/** Token range of each member's version: the whole quote, or its region when the quote is in other clusters too. */
export interface MemberRange {
  doc: DocEntry;
  t0: number;
  t1: number;
  /** A direct quote (a clause of reported speech), whose ends are the speaker's, not the reporter's cut. */
  direct: boolean;
  /** The speaker's last name when the speaker is a person (quoteTerms.ts), else null. */
  person: string | null;
}

export function memberRanges(cluster: QuoteClusterDetail, byKey: ReadonlyMap<string, QuoteRef>, composite: (doc: string, start: number) => boolean): MemberRange[] {
  return cluster.members.map((m) => {
    const r = byKey.get(`${m.doc}\u0000${m.start}`)!;
    const direct = r.quote.kind === 'direct';
    const person = r.person ? r.speaker : null;
    if (!composite(m.doc, m.start)) return { doc: r.doc, t0: r.quote.t0, t1: r.quote.t1, direct, person };
    const t = r.doc.tokens;
    let t0 = r.quote.t0;
    while (t0 < r.quote.t1 && t.starts[t0]! < m.region.start) t0++;
    let t1 = t0;
    while (t1 < r.quote.t1 && t.ends[t1]! <= m.region.end) t1++;
    return { doc: r.doc, t0, t1, direct: false, person };
  });
}

/**
 * Quotes by `${path}\u0000${start}`, for {@link memberRanges}: all of them, or those of the
 * articles with a member in `clusters` (all that memberRanges asks for).
 */
export function refsByKey(refs: QuoteRef[], clusters?: readonly QuoteClusterDetail[]): Map<string, QuoteRef> {
  const byKey = new Map<string, QuoteRef>();
  let docs: Set<string> | undefined;
  if (clusters) {
    docs = new Set();
    for (const c of clusters) for (const m of c.members) docs.add(m.doc);
  }
  for (const r of refs) if (!docs || docs.has(r.doc.path)) byKey.set(`${r.doc.path}\u0000${r.quote.start}`, r);
  return byKey;
}

/** Aligns every member with the reference. */
export function alignMembers(index: PassageIndex, ranges: MemberRange[], reference: number): MemberAlignment[] {
  const ref = ranges[reference]!;
  const rt = ref.doc.tokens.terms;
  const same = (r: MemberRange) => {
    if (r.t1 - r.t0 !== ref.t1 - ref.t0) return false;
    const t = r.doc.tokens.terms;
    for (let k = 0; k < r.t1 - r.t0; k++) if (t[r.t0 + k] !== rt[ref.t0 + k]) return false;
    return true;
  };
  return ranges.map((r, i) => {
    // The reference, and copies in the same words, need no alignment.
    if (i === reference || same(r)) return { member: i, doc: r.doc, t0: r.t0, t1: r.t1, ops: [{ op: 'equal', a0: ref.t0, a1: ref.t1, b0: r.t0, b1: r.t1 }] };
    const edges = (ref.direct && r.direct ? EDGES_DIRECT : 0) | (ref.person !== null && ref.person === r.person ? EDGES_SPEAKER : 0);
    return { member: i, doc: r.doc, t0: r.t0, t1: r.t1, ops: diffRanges(index, ref.doc, ref.t0, ref.t1, r.doc, r.t0, r.t1, edges) };
  });
}

/**
 * Which differing leading and trailing runs a diff keeps (when both sides have content words
 * there), as flags: those of two direct quotes of one sentence that start or end differently
 * (EDGES_DIRECT); those of two versions of one sentence credited to one person, however little of
 * them is shared (EDGES_SPEAKER).
 */
export const EDGES_DIRECT = 1;
export const EDGES_SPEAKER = 2;

/**
 * Word diff of reference tokens [a0, a1) of `A` and member tokens [b0, b1) of `B`, in article token
 * positions, with the differing edges `edges` asks for.
 */
export function diffRanges(index: PassageIndex, A: DocEntry, a0: number, a1: number, B: DocEntry, b0: number, b1: number, edges = EDGES_DIRECT): AlignOp[] | null {
  // The same two word ranges of the same two texts give the same diff: kept with the first article.
  const row = (A.kept.diffs ??= new Map());
  const key = `${B.id}:${a0}:${a1}:${b0}:${b1}:${edges}`;
  const known = row.get(key);
  if (known && known.b === B) return known.ops;
  const ops = computeDiff(index, A, a0, a1, B, b0, b1, edges);
  if (row.size > 10_000) row.clear();
  row.set(key, { b: B, ops });
  return ops;
}

/**
 * The diffs kept with their first article (`DocKept.diffs`), by the second's id and the two ranges
 * (ids are never reused, but an entry can be replaced: the second article is checked too).
 */
export type DiffRow = Map<string, { b: DocEntry; ops: AlignOp[] | null }>;

function computeDiff(index: PassageIndex, A: DocEntry, a0: number, a1: number, B: DocEntry, b0: number, b1: number, edges: number): AlignOp[] | null {
  const ta = A.tokens.terms;
  const tb = B.tokens.terms;
  const local = alignLocal(ta, tb, index, a0, a1, b0, b1);
  if ((edges & EDGES_SPEAKER) !== 0 && (!local || local.matchedContent < 2) && oneSentence(index, A, a0, a1) && oneSentence(index, B, b0, b1)) {
    // One person's sentence in two outlets' words with no phrase of it kept in order ("These three
    // circuits account for 90% of the traffic" / "Close to 90 percent of all the data traffic … is
    // carried on these three cable systems"): the whole of each is the change, when they share two
    // content words (what made them one utterance) and each has two of its own.
    const reworded = wholeRewording(index, ta, a0, a1, tb, b0, b1);
    if (reworded) return reworded;
  }
  if (!local || local.matchedContent < 1) return null;
  const al = extendAlignment(local, ta, tb, index, a0, a1, b0, b1);
  const ops = al.ops.map((o) => ({ ...o }));
  const content = (t: Int32Array, x: number, y: number) => {
    for (let i = x; i < y; i++) if (!index.isStop(t[i]!)) return true;
    return false;
  };
  // Different ends of two direct quotes are rewording when a good part of both (a third) is the
  // shared part; otherwise two statements may merely share a phrase. Of two versions credited to
  // one person, when each is one sentence and they share two content words or more: a rendering
  // in other words of one sentence (the cluster says it is one utterance) that keeps a phrase of
  // it ("We have no information on intent or motive" / "We just don't have any leads … as far as
  // the intent or motive in this"), direct or partial. Two versions trimmed at opposite ends never
  // have words of their own at the same end, and are not reworded.
  const third = (al.aEnd - al.aStart) * 3 >= a1 - a0 && (al.bEnd - al.bStart) * 3 >= b1 - b0;
  const reworded = (edges & EDGES_SPEAKER) !== 0 && al.matchedContent >= 2 && oneSentence(index, A, a0, a1) && oneSentence(index, B, b0, b1);
  if (!(((edges & EDGES_DIRECT) !== 0 && third) || reworded)) return ops;
  if (al.aStart > a0 && al.bStart > b0 && al.aStart - a0 <= MAX_EDGE && al.bStart - b0 <= MAX_EDGE && content(ta, a0, al.aStart) && content(tb, b0, al.bStart)) {
    ops.unshift({ op: 'replace', a0, a1: al.aStart, b0, b1: al.bStart });
  }
  if (al.aEnd < a1 && al.bEnd < b1 && a1 - al.aEnd <= MAX_EDGE && b1 - al.bEnd <= MAX_EDGE && content(ta, al.aEnd, a1) && content(tb, al.bEnd, b1)) {
    ops.push({ op: 'replace', a0: al.aEnd, a1, b0: al.bEnd, b1 });
  }
  return ops;
}

/** Two ranges as one change, when they share two content words and each has two the other lacks. */
function wholeRewording(index: PassageIndex, ta: Int32Array, a0: number, a1: number, tb: Int32Array, b0: number, b1: number): AlignOp[] | null {
  const content = (t: Int32Array, x: number, y: number) => {
    const out = new Set<number>();
    for (let i = x; i < y; i++) if (!index.isStop(t[i]!)) out.add(t[i]!);
    return out;
  };
  const ca = content(ta, a0, a1);
  const cb = content(tb, b0, b1);
  let shared = 0;
  for (const t of ca) if (cb.has(t)) shared++;
  return shared >= 2 && ca.size - shared >= 2 && cb.size - shared >= 2 ? [{ op: 'replace', a0, a1, b0, b1 }] : null;
}

/** Do tokens [t0, t1) of an article lie in one sentence? */
function oneSentence(index: PassageIndex, doc: DocEntry, t0: number, t1: number): boolean {
  if (t1 <= t0) return false;
  const s = index.sentenceOf(doc, t0);
  return s >= 0 && s === index.sentenceOf(doc, t1 - 1);
}

/** The variants of a cluster, for the editor: each member against the reference. */
export function variantsOf(alignments: MemberAlignment[], reference: number): QuoteVariant[] {
  const ref = alignments[reference]!;
  return alignments
    .filter((m) => m.member !== reference)
    .map((m) => {
      const ops = (m.ops ?? []).map((o) => {
        const a = span(ref.doc, o.a0, o.a1);
        const b = span(m.doc, o.b0, o.b1);
        return { op: o.op, a, b, textA: ref.doc.text.slice(a.start, a.end), textB: m.doc.text.slice(b.start, b.end) };
      });
      return { member: m.member, against: reference, ops, same: ops.length > 0 && ops.every((o) => o.op === 'equal') };
    });
}

/** Character span of tokens [t0, t1) of an article; an empty range is the point before t0. */
export function span(doc: DocEntry, t0: number, t1: number): Span {
  const t = doc.tokens;
  if (t1 > t0) return { start: t.starts[t0]!, end: t.ends[t1 - 1]! };
  const at = t0 < t.length ? t.starts[t0]! : t.length ? t.ends[t.length - 1]! : 0;
  return { start: at, end: at };
}

/**
 * Maps reference tokens [r0, r1) through a member's diff to the member's tokens; null when the
 * member does not cover that part of the reference.
 */
export function mapRange(ops: AlignOp[], r0: number, r1: number): [number, number] | null {
  if (!ops.length || r0 < ops[0]!.a0 || r1 > ops[ops.length - 1]!.a1) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const o of ops) {
    if (o.op === 'equal') {
      const x0 = Math.max(r0, o.a0);
      const x1 = Math.min(r1, o.a1);
      if (x1 <= x0) continue;
      lo = Math.min(lo, o.b0 + (x0 - o.a0));
      hi = Math.max(hi, o.b0 + (x1 - o.a0));
    } else {
      // A changed run counts when it overlaps the range; an insertion when it is strictly inside it.
      const inside = o.a1 > o.a0 ? Math.min(r1, o.a1) > Math.max(r0, o.a0) : o.a0 > r0 && o.a0 < r1;
      if (!inside) continue;
      lo = Math.min(lo, o.b0);
      hi = Math.max(hi, o.b1);
    }
  }
  return lo < hi ? [lo, hi] : null;
}

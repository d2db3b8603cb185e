/**
 * Discrepancies: facts the articles report differently, each member pointing at its exact span.
 *
 * - number: two articles give different figures for the same thing (a death toll of 89 and of
 *   87). The same thing means the same kind of count (the noun after the figure, with killed /
 *   dead / deaths / died read as one), close values, and sentences that share other words.
 * - name: one name spelled two ways across articles (Sergei / Sergey Lavrov): `detectors/names.ts`.
 * - wording: a quote rendered in different words: the changes inside the versions of a clustered
 *   quote ("this relationship" / "this kind of relationship"), and a quote whose object another
 *   article reports differently ("an unlawful attack against Syria" / "… against Assad's forces").
 * - claim: what one article states and another reports as denied or disputed: a clause with a
 *   denial cue (denied, disputed, rejected, no proof, lack of evidence, blameless, not
 *   responsible, "no agreement was reached" …) and, in other articles, the assertive clauses on
 *   the same topic (its content words, weighted by how rare they are in the folder).
 *
 * Precision comes first: each kind asks for more than one weak signal before it reports anything.
 */
import type { Discrepancy, DiscrepancyKind } from '../common/analysisFormat';
import type { EntityMention, Span } from '../common/types';
import { alignLocal, extendAlignment, type AlignOp } from './align';
import { normalizeWord } from './tokens';
import type { QuoteClusterDetail, QuoteRef } from './clusters';
import { hasSorted, phraseHash, RELATED_MIN_SHINGLES, SHINGLE, shingleHash, type DocEntry, type PassageIndex } from './passages';
import { alignMembers, mapRange, memberRanges, refsByKey, span } from './variants';
import { numberDiscrepancies } from './detectors/numbers';
import { editDistance } from '../common/strings';
import { nameDiscrepancies } from './detectors/names';

type Member = Discrepancy['members'][number];

const KIND_ORDER: Record<DiscrepancyKind, number> = { number: 0, name: 1, wording: 2, claim: 3 };

/** All discrepancies of the indexed articles, given their quote clusters. */
export function computeDiscrepancies(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[]): Discrepancy[] {
  return sortDiscrepancies(discrepancyParts(index, clusters, refs).flatMap((part) => part()));
}

/**
 * The kinds of discrepancies as separate steps, in the order `computeDiscrepancies` runs them, so
 * that a caller can run them in separate tasks (while the index does not change); then
 * {@link sortDiscrepancies} of all they found.
 */
export function discrepancyParts(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[]): (() => Discrepancy[])[] {
  const related = relatedness(index, clusters);
  return [
    () => numberDiscrepancies(index, related),
    () => nameDiscrepancies(index),
    () => wordingFromClusters(index, clusters, refs),
    () => wordingFromText(index, clusters, related),
    () => claimDiscrepancies(index, related),
  ];
}

/** Members in article order; discrepancies by kind, then first member. */
export function sortDiscrepancies(out: Discrepancy[]): Discrepancy[] {
  for (const d of out) d.members.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmpMember(a.members[0]!, b.members[0]!));
}

/** Do two articles report the same story? */
export type Related = (a: DocEntry, b: DocEntry) => boolean;

/** Shared distinct shingles that make two articles one story even without a shared quote (wire copy). */
const RELATED_SHARED_TEXT = 20;

/**
 * Two articles report the same story when they quote the same utterance (a cluster with a quote
 * of four words or more in both), or share a good deal of text. Stock phrases ("the second half
 * of", "the Bank of England") join unrelated business stories; shared quotes do not.
 */
export function relatedness(index: PassageIndex, clusters: QuoteClusterDetail[]): Related {
  // Smaller id → the larger ids it quotes the same utterance as (small integers all: no
  // floating-point keys to hash).
  const pairs = new Map<number, Set<number>>();
  const add = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let s = pairs.get(lo);
    if (!s) pairs.set(lo, (s = new Set()));
    s.add(hi);
  };
  for (const c of clusters) {
    const docs = [...new Set(c.members.filter((m) => m.text.trim().split(/\s+/).length >= SHINGLE).map((m) => index.doc(m.doc)!.id))];
    if (docs.length < 2 || docs.length > 50) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) add(docs[i]!, docs[j]!);
  }
  const quoteSame = (a: number, b: number) => (a < b ? pairs.get(a)?.has(b) : pairs.get(b)?.has(a)) === true;
  return (a, b) => a === b || quoteSame(a.id, b.id) || index.sharedShingles(a, b) >= RELATED_SHARED_TEXT;
}

function cmpMember(a: Member, b: Member): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

export function member(doc: DocEntry, s: Span): Member {
  return { doc: doc.path, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»,.;:]+|[\s"'“”‘’«»,.;:]+$/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Wording: the versions of a clustered quote.

/** Differing runs separated by at most this many equal words are one change. */
const JOIN_GAP = 2;

interface Change {
  member: number;
  /** Reference token range. */
  r0: number;
  r1: number;
  /** Member token range. */
  m0: number;
  m1: number;
}

/** Which clustered quotes are in more than one cluster (their members are regions, not whole quotes). */
function compositeQuotes(clusters: QuoteClusterDetail[]): (doc: string, start: number) => boolean {
  const count = new Map<string, number>();
  for (const c of clusters) for (const m of c.members) count.set(`${m.doc}\u0000${m.start}`, (count.get(`${m.doc}\u0000${m.start}`) ?? 0) + 1);
  return (doc, start) => (count.get(`${doc}\u0000${start}`) ?? 0) > 1;
}

export function wordingFromClusters(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const composite = compositeQuotes(clusters);
  const byKey = refsByKey(refs, clusters);
  for (const cluster of clusters) {
    const ranges = memberRanges(cluster, byKey, composite);
    const aligned = alignMembers(index, ranges, cluster.reference);
    const ref = aligned[cluster.reference]!;
    const changes: Change[] = [];
    for (const m of aligned) {
      if (m.member === cluster.reference || !m.ops) continue;
      changes.push(...significantChanges(index, ref.doc, m.doc, m.ops, m.member));
    }
    if (!changes.length) continue;
    // Changes at the same place of the reference are one discrepancy.
    changes.sort((a, b) => a.r0 - b.r0);
    const groups: Change[][] = [];
    for (const c of changes) {
      const g = groups.find((x) => x.some((y) => touches(y, c)));
      if (g) g.push(c);
      else groups.push([c]);
    }
    for (const g of groups) {
      let r0 = Math.min(...g.map((c) => c.r0));
      let r1 = Math.max(...g.map((c) => c.r1));
      // Show one word either side of an insertion or a deletion, so that no side is empty.
      if (g.some((c) => c.r0 === c.r1 || c.m0 === c.m1)) {
        r0 = Math.max(ref.t0, r0 - 1);
        r1 = Math.min(ref.t1, r1 + 1);
      }
      const members: Member[] = [member(ref.doc, span(ref.doc, r0, r1))];
      const texts = new Set<string>([normText(index, ref.doc, r0, r1)]);
      for (const m of aligned) {
        if (m.member === cluster.reference || !m.ops) continue;
        const mapped = mapRange(m.ops, r0, r1);
        if (!mapped) continue;
        members.push(member(m.doc, span(m.doc, mapped[0], mapped[1])));
        texts.add(normText(index, m.doc, mapped[0], mapped[1]));
      }
      const docs = new Set(members.map((m) => m.doc));
      if (docs.size < 2 || texts.size < 2) continue;
      out.push({ label: labelOfVersions(members), kind: 'wording', members: dedupe(members) });
    }
  }
  return out;
}

function touches(a: Change, b: Change): boolean {
  const a0 = a.r0 === a.r1 ? a.r0 - 1 : a.r0;
  const a1 = a.r0 === a.r1 ? a.r1 + 1 : a.r1;
  const b0 = b.r0 === b.r1 ? b.r0 - 1 : b.r0;
  const b1 = b.r0 === b.r1 ? b.r1 + 1 : b.r1;
  return Math.min(a1, b1) > Math.max(a0, b0);
}

/** The differing runs of a diff worth reporting, joined when only a word or two apart. */
function significantChanges(index: PassageIndex, A: DocEntry, B: DocEntry, ops: AlignOp[], memberIndex: number): Change[] {
  const hasContent = (d: DocEntry, x: number, y: number) => {
    for (let i = x; i < y; i++) if (!index.isStop(d.tokens.terms[i]!)) return true;
    return false;
  };
  const out: Change[] = [];
  let cur: Change | null = null;
  let gap = 0;
  for (const o of ops) {
    if (o.op === 'equal') {
      gap += o.a1 - o.a0;
      if (cur && gap > JOIN_GAP) {
        out.push(cur);
        cur = null;
      }
      continue;
    }
    const keep = (hasContent(A, o.a0, o.a1) || hasContent(B, o.b0, o.b1)) && !trivialChange(A, o.a0, o.a1, B, o.b0, o.b1);
    if (!keep) {
      gap += Math.max(o.a1 - o.a0, o.b1 - o.b0);
      continue;
    }
    if (cur && gap <= JOIN_GAP) {
      cur.r1 = o.a1;
      cur.m1 = o.b1;
    } else {
      if (cur) out.push(cur);
      cur = { member: memberIndex, r0: o.a0, r1: o.a1, m0: o.b0, m1: o.b1 };
    }
    gap = 0;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Differences that are not wording: the same letters spaced or hyphenated differently
 * ("pre-conditions" / "preconditions"), one word spelled two ways ("judgment" / "judgement"), and
 * an editor's insertion in brackets ("existing (UN) Security").
 */
function trivialChange(A: DocEntry, a0: number, a1: number, B: DocEntry, b0: number, b1: number): boolean {
  const ta = a1 > a0 ? A.text.slice(A.tokens.starts[a0]!, A.tokens.ends[a1 - 1]!) : '';
  const tb = b1 > b0 ? B.text.slice(B.tokens.starts[b0]!, B.tokens.ends[b1 - 1]!) : '';
  const letters = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (letters(ta) === letters(tb)) return true;
  // Word for word the same but for spelling.
  if (a1 - a0 === b1 - b0 && a1 > a0) {
    let same = true;
    for (let k = 0; k < a1 - a0 && same; k++) {
      const x = A.text.slice(A.tokens.starts[a0 + k]!, A.tokens.ends[a0 + k]!).toLowerCase();
      const y = B.text.slice(B.tokens.starts[b0 + k]!, B.tokens.ends[b0 + k]!).toLowerCase();
      same = x === y || spellingVariant(x, y);
    }
    if (same) return true;
  }
  const bracketed = (d: DocEntry, x0: number, x1: number) => {
    if (x1 <= x0) return false;
    const before = d.text.slice(Math.max(0, d.tokens.starts[x0]! - 1), d.tokens.starts[x0]!);
    const after = d.text.slice(d.tokens.ends[x1 - 1]!, d.tokens.ends[x1 - 1]! + 1);
    return /[([]/.test(before) && /[)\]]/.test(after);
  };
  return (b1 === b0 && bracketed(A, a0, a1)) || (a1 === a0 && bracketed(B, b0, b1));
}

function normText(index: PassageIndex, doc: DocEntry, t0: number, t1: number): string {
  const out: string[] = [];
  for (let i = t0; i < t1; i++) out.push(index.vocab.term(doc.tokens.terms[i]!));
  return out.join(' ');
}

function labelOfVersions(members: Member[]): string {
  const seen = new Map<string, string>();
  for (const m of members) {
    const t = clean(m.text);
    const key = t.toLowerCase().replace(/[’']/g, "'");
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()].map((t) => `"${t}"`).join(' / ');
}

export function dedupe(members: Member[]): Member[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = `${m.doc}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Wording: a quote and another article's unquoted rendering of it.

/** A shingle in more articles than this is a stock phrase, not evidence of the same statement. */
const TEXT_MATCH_MAX_DF = 20;
/** Words a quote's object may run on for before the quote ends. */
const MAX_TAIL = 12;
/**
 * Words the other article's rendering may run on for before its clause ends: an object ("Assad's
 * forces", "the Syrian dossier"), not a clause of its own ("the US and Russia must be improved").
 */
const MAX_OTHER_TAIL = 5;

/** A quote of four words or more as `wordingFromText` sees it, kept with its article between derivations. */
interface QuoteText {
  doc: DocEntry;
  q0: number;
  q1: number;
  /** Hash of its words. */
  key: number;
  /** Its indexed shingles (distinct, in order). */
  shingles: number[];
  /** The articles holding one of its shingles that is not a stock phrase, and the index version that was right at. */
  hits?: number[];
  hitsVersion?: number;
  /** Per other article (id): its rendering, for the other article's current quotes. */
  renderings?: Map<number, { quotes: readonly unknown[]; rendering: Rendering | null }>;
}

/** A quote's object against another article's rendering of it. */
interface Rendering {
  label: string;
  mine: Span;
  other: DocEntry;
  theirs: Span;
}

/** Each article's quotes of four words or more (for its current quotes). */
const quoteTexts = new WeakMap<DocEntry, { quotes: readonly unknown[]; list: QuoteText[] }>();

function quoteTextsOf(index: PassageIndex, doc: DocEntry): QuoteText[] {
  const known = quoteTexts.get(doc);
  if (known?.quotes === doc.quotes) return known.list;
  const terms = doc.tokens.terms;
  const list: QuoteText[] = [];
  for (const q of doc.quotes) {
    if (q.t1 - q.t0 < SHINGLE) continue;
    const shingles = new Set<number>();
    for (let i = q.t0; i + SHINGLE <= q.t1; i++) {
      let content = false;
      for (let k = 0; k < SHINGLE; k++) if (!index.isStop(terms[i + k]!)) content = true;
      if (content) shingles.add(shingleHash(terms, i));
    }
    list.push({ doc, q0: q.t0, q1: q.t1, key: phraseHash(terms, q.t0, q.t1), shingles: [...shingles] });
  }
  quoteTexts.set(doc, { quotes: doc.quotes, list });
  return list;
}


/** The articles holding a shingle of the quote that is not a stock phrase (ids, in no order); kept while their postings do not change. */
function hitsOf(index: PassageIndex, r: QuoteText): number[] {
  if (r.hits && r.hitsVersion !== index.version) {
    const change = index.postingsChangedSince(r.hitsVersion!);
    if (change && !r.shingles.some((h) => hasSorted(change.shingles, h))) {
      // The same articles, a changed one under its new id (its renderings go: they were of its old text).
      if (change.replaced.size) {
        r.hits = r.hits.map((id) => change.replaced.get(id) ?? id);
        for (const id of change.replaced.keys()) r.renderings?.delete(id);
      }
      r.hitsVersion = index.version;
    }
  }
  if (r.hits && r.hitsVersion === index.version) return r.hits;
  const hits = new Set<number>();
  for (const h of r.shingles) {
    const p = index.docsWithShingle(h);
    if (p === undefined) continue;
    if (typeof p === 'number') hits.add(p);
    else if (p.length <= TEXT_MATCH_MAX_DF) for (const d of p) hits.add(d);
  }
  r.hits = [...hits];
  r.hitsVersion = index.version;
  if (r.renderings) for (const id of [...r.renderings.keys()]) if (!hits.has(id)) r.renderings.delete(id);
  return r.hits;
}

/**
 * For each quote, the other articles that report the same words outside quotation marks. When
 * the shared words are followed, up to the end of the quote and the end of the other article's
 * clause, by different content ("… against Syria" / "… against Assad's forces"), the object of the
 * statement differs. (What precedes a paraphrase is the reporter's framing, which always differs.)
 *
 * What each quote finds in each other article depends on those two articles only, so it is kept
 * with the quote between derivations: after one article changes, only its quotes and the quotes
 * asking about it are looked at again.
 */
export function wordingFromText(index: PassageIndex, clusters: QuoteClusterDetail[], related: Related = relatedness(index, clusters)): Discrepancy[] {
  // For each distinct quote text, the related articles sharing a shingle of it that is not a
  // stock phrase (in path order); then each such article is scanned once for all the quotes that
  // ask about it and are not known yet.
  const requests = new Map<number, QuoteText[]>();
  const done = new Set<number>();
  for (const doc of index.allDocs()) {
    for (const r of quoteTextsOf(index, doc)) {
      if (done.has(r.key)) continue;
      done.add(r.key);
      const others: DocEntry[] = [];
      for (const id of hitsOf(index, r)) {
        if (id === doc.id) continue;
        const other = index.docById(id);
        if (other && related(doc, other)) others.push(other);
      }
      others.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
      for (const other of others) {
        let list = requests.get(other.id);
        if (!list) requests.set(other.id, (list = []));
        list.push(r);
      }
    }
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  const covers = new Map<number, QuoteCover>();
  for (const [id, list] of requests) {
    const other = index.docById(id)!;
    const known = (r: QuoteText) => {
      const k = r.renderings?.get(id);
      return k && k.quotes === other.quotes ? k : undefined;
    };
    // First position (outside the article's quotes) of each wanted shingle, for the quotes not known yet.
    let first: Map<number, number> | undefined;
    for (const r of list) {
      let k = known(r);
      if (!k) {
        if (!first) {
          const wanted = new Set<number>();
          for (const x of list) if (!known(x)) for (const h of x.shingles) wanted.add(h);
          first = new Map<number, number>();
          const sh = other.shingles;
          for (let i = 0; i < sh.length; i++) {
            const h = sh[i]!;
            if (h === 0 || !wanted.has(h) || first.has(h) || insideQuote(other, i, i + SHINGLE, covers)) continue;
            first.set(h, i);
          }
        }
        let at = -1;
        for (const h of r.shingles) {
          const i = first.get(h);
          if (i !== undefined && (at < 0 || i < at)) at = i;
        }
        k = { quotes: other.quotes, rendering: at < 0 ? null : tailDifference(index, r.doc, r.q0, r.q1, other, at, covers) };
        (r.renderings ??= new Map()).set(id, k);
      }
      const d = k.rendering;
      if (!d) continue;
      // One discrepancy per rendering, however many quotes share its words.
      const key = `${id}\u0000${d.theirs.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ label: d.label, kind: 'wording', members: [member(r.doc, d.mine), member(other, d.theirs)] });
    }
  }
  return out;
}

/**
 * Is a token range inside one of an article's quotes? The quotes sorted by start, with the furthest
 * end among each prefix, answer by binary search: an article with many quotes is asked once per
 * shingle it shares with the quotes of others.
 */
class QuoteCover {
  private readonly starts: Int32Array;
  private readonly maxEnd: Int32Array;

  constructor(quotes: readonly { t0: number; t1: number }[]) {
    const sorted = [...quotes].sort((a, b) => a.t0 - b.t0);
    this.starts = Int32Array.from(sorted, (q) => q.t0);
    this.maxEnd = new Int32Array(sorted.length);
    let max = -1;
    sorted.forEach((q, i) => (this.maxEnd[i] = max = Math.max(max, q.t1)));
  }

  /** True when some quote has t0' <= t0 and t1' >= t1. */
  covers(t0: number, t1: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t0) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! >= t1;
  }
}

function insideQuote(doc: DocEntry, t0: number, t1: number, covers: Map<number, QuoteCover>): boolean {
  if (!doc.quotes.length) return false;
  let c = covers.get(doc.id);
  if (!c) covers.set(doc.id, (c = new QuoteCover(doc.quotes)));
  return c.covers(t0, t1);
}

/** The quote's object against the other article's rendering, around shingle position `i` of `other`. */
function tailDifference(index: PassageIndex, doc: DocEntry, q0: number, q1: number, other: DocEntry, i: number, covers: Map<number, QuoteCover>): Rendering | null {
  const s = index.sentenceOf(other, i);
  if (s < 0) return null;
  const s0 = other.sentences[2 * s]!;
  const s1 = other.sentences[2 * s + 1]!;
  const local = alignLocal(doc.tokens.terms, other.tokens.terms, index, q0, q1, s0, s1);
  if (!local || local.matchedContent < 2 || local.longestRun < 3) return null;
  const al = extendAlignment(local, doc.tokens.terms, other.tokens.terms, index, q0, q1, s0, s1);
  if (insideQuote(other, al.bStart, al.bEnd, covers)) return null;
  // The other side's clause ends at the next punctuation.
  let c1 = al.bEnd;
  while (c1 < s1 && !punctuationBetween(other, c1 - 1, c1)) c1++;
  const qTail = q1 - al.aEnd;
  const oTail = c1 - al.bEnd;
  if (qTail < 1 || oTail < 1 || qTail > MAX_TAIL || oTail > MAX_OTHER_TAIL) return null;
  let content = false;
  for (let k = al.aEnd; k < q1; k++) if (!index.isStop(doc.tokens.terms[k]!)) content = true;
  let otherContent = false;
  for (let k = al.bEnd; k < c1; k++) if (!index.isStop(other.tokens.terms[k]!)) otherContent = true;
  if (!content || !otherContent) return null;
  // Never the same words in another order.
  const a = new Set<number>();
  for (let k = al.aEnd; k < q1; k++) a.add(doc.tokens.terms[k]!);
  let shared = 0;
  for (let k = al.bEnd; k < c1; k++) if (a.has(other.tokens.terms[k]!) && !index.isStop(other.tokens.terms[k]!)) shared++;
  if (shared > 0) return null;
  const mine = span(doc, al.aEnd, q1);
  const theirs = span(other, al.bEnd, c1);
  const lead = clean(doc.text.slice(span(doc, al.aStart, al.aEnd).start, span(doc, al.aStart, al.aEnd).end));
  return { label: `${lastWords(lead, 4)} … "${clean(doc.text.slice(mine.start, mine.end))}" / "${clean(other.text.slice(theirs.start, theirs.end))}"`, mine, other, theirs };
}

function lastWords(s: string, n: number): string {
  const w = s.split(/\s+/);
  return w.slice(Math.max(0, w.length - n)).join(' ');
}

/** Is there punctuation (not a hyphen or an apostrophe) between token a and token b? */
export function punctuationBetween(doc: DocEntry, a: number, b: number): boolean {
  if (a < 0) return true;
  const between = doc.text.slice(doc.tokens.ends[a]!, doc.tokens.starts[b]!);
  return /[,.;:!?()\u2013\u2014"“”]|\s[-\u2013\u2014]\s/u.test(between);
}

// ---------------------------------------------------------------------------------------------
// Spellings of one word (wording).

/** Two spellings of one word: a letter or two apart, not one word extending the other (Russia/Russian). */
function spellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Short names differ by a letter and are other names (John / Joan, Iran / Iraq).
  if (x === y || x.length < 5 || y.length < 5) return false;
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const max = Math.min(x.length, y.length) >= 7 ? 2 : 1;
  return editDistance(x, y, max) <= max;
}

// ---------------------------------------------------------------------------------------------
// Claims.

/** A denial or dispute. The object pronouns after the verbs make the claim the sentence before. */
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying|ial)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?\s+(?:the|this|that|these|those|such|as)|contradict(?:s|ed|ing)?|blameless|innocent|baseless|unfounded|groundless|unsubstantiated|(?:no|lack of|without|not (?:any|a shred of)) (?:firm |hard |concrete |credible |direct )?(?:proof|evidence|information|indication|sign)|not (?:responsible|involved|to blame|behind|true|guilty)|no (?:agreement|deal|decision) (?:was|has been|had been) (?:reached|made|agreed)|(?:has|have|had) not been (?:confirmed|verified|proven|proved)|unconfirmed|unverified|false(?:ly)? (?:claim|accus|report))\b/i;
const ANAPHORIC =
  /\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:this|it|these|those|that(?=\s*(?:[.,;:!?]|$|though\b|however\b))|the (?:claim|claims|report|reports|allegation|allegations|account|suggestion)|such (?:claims|reports))\b|\b(?:a|the) claim (?:that was |which was )?(?:rejected|denied|disputed)\b/i;
/** Content words of which every denial cue has at least one (a quick test before the pattern). */
const CUE_TERMS = (
  'deny denies denied denying denial dispute disputes disputed disputing reject rejects rejected rejecting refute refuted ' +
  'rebut rebutted dismiss dismissed dismisses contradict contradicts contradicted blameless innocent baseless unfounded groundless ' +
  'unsubstantiated proof evidence information indication sign responsible involved blame behind true guilty agreement deal ' +
  'decision reached made agreed confirmed verified proven proved unconfirmed unverified false falsely'
).split(' ');
/** Reporting verbs and other words that say nothing about the topic. */
const FRAME_WORDS = /^(said|say|says|told|tell|added|insisted|insist|claimed|claim|stated|argued|believe|believed|believes|think|thought|according|continued|again|also|later|earlier|actually|however|though|although|while|whether|wednesday|tuesday|monday|thursday|friday|saturday|sunday|today|yesterday|week|year|mr|ms|mrs)$/;
/** Words of a cue that are about denying, not about what is denied ("responsible" in "not responsible" stays). */
const CUE_WORDS = /^(deny|denie|denied|denial|dispute|disputed|disputing|reject|rejected|refute|refuted|contradict|contradicted|dismiss|dismissed|blameless|innocent|baseless|unfounded|groundless|unsubstantiated|proof|evidence|information|indication|sign|lack|firm|hard|concrete|credible|direct|confirmed|verified|proven|proved|unconfirmed|unverified|false|falsely)$/;

interface Clause {
  doc: DocEntry;
  t0: number;
  t1: number;
  sentence: number;
  denial: boolean;
  anaphoric: boolean;
  /** Token range of the denial cue, when there is one. */
  cue0: number;
  cue1: number;
}

/** Cues that deny a property of the subject before them ("the government was not responsible"). */
const ADJECTIVAL = /^(?:blameless|innocent|not (?:responsible|involved|to blame|behind|true|guilty))/i;

const CONTRAST = new Set(['while', 'but', 'whereas', 'although', 'though', 'however', 'yet']);

/** Clauses: sentences cut at semicolons, dashes and contrastive conjunctions (", while", ", but"). */
function clauses(doc: DocEntry): Clause[] {
  const out: Clause[] = [];
  const s = doc.sentences;
  const { starts, ends } = doc.tokens;
  for (let k = 0; k < s.length / 2; k++) {
    const a = s[2 * k]!;
    const b = s[2 * k + 1]!;
    let c0 = a;
    for (let i = a + 1; i <= b; i++) {
      let cut = i === b;
      if (!cut) {
        // What separates the two words: a semicolon or a dash cuts; a comma cuts before a
        // contrastive conjunction; "while" and "whereas" cut anyway.
        let comma = false;
        for (let c = ends[i - 1]!; c < starts[i]! && !cut; c++) {
          const ch = doc.text.charCodeAt(c);
          if (ch === 59 || ch === 0x2013 || ch === 0x2014) cut = true;
          else if (ch === 45 && c > ends[i - 1]! && c + 1 < starts[i]! && doc.text.charCodeAt(c - 1) === 32 && doc.text.charCodeAt(c + 1) === 32) cut = true;
          else if (ch === 44) comma = true;
        }
        if (!cut) {
          const len = ends[i]! - starts[i]!;
          if (len >= 3 && len <= 8 && (comma || len === 5 || len === 7)) {
            const w = doc.text.slice(starts[i]!, ends[i]!).toLowerCase();
            cut = comma ? CONTRAST.has(w) : w === 'while' || w === 'whereas';
          }
        }
      }
      if (cut && i > c0) {
        const base = starts[c0]!;
        const text = doc.text.slice(base, ends[i - 1]!);
        const m = DENIAL.exec(text);
        let cue0 = -1;
        let cue1 = -1;
        if (m) {
          cue0 = c0;
          while (cue0 < i && ends[cue0]! <= base + m.index) cue0++;
          cue1 = cue0;
          while (cue1 < i && starts[cue1]! < base + m.index + m[0].length) cue1++;
        }
        out.push({ doc, t0: c0, t1: i, sentence: k, denial: !!m, anaphoric: ANAPHORIC.test(text), cue0, cue1 });
        c0 = i;
      }
    }
  }
  return out;
}

/**
 * The words a denial is about: what follows the cue up to the next punctuation ("no proof [Syria
 * was behind the attack]"), and for a cue that denies something of its subject ("[the Syrian
 * government] was not responsible"), the words back to the clause start or the last "that".
 */
function claimRange(index: PassageIndex, c: Clause): [number, number] {
  const doc = c.doc;
  let a = c.cue1;
  let b = a;
  while (b < c.t1 && b - a < 10 && (b === a || !punctuationBetween(doc, b - 1, b))) b++;
  const cueText = doc.text.slice(doc.tokens.starts[c.cue0]!, doc.tokens.ends[c.cue1 - 1]!);
  if (ADJECTIVAL.test(cueText)) {
    a = c.cue0;
    while (a > c.t0 && c.cue0 - a < 6 && !punctuationBetween(doc, a - 1, a) && index.vocab.term(doc.tokens.terms[a - 1]!) !== 'that') a--;
  }
  return [a, b];
}

/** A clause without its reporting frame ("During the press conference, Lavrov said [they …]"). */
function withoutFrame(index: PassageIndex, doc: DocEntry, t0: number, t1: number): [number, number] {
  for (let i = t0; i < Math.min(t1 - 2, t0 + 10); i++) {
    const w = index.vocab.term(doc.tokens.terms[i]!);
    if (/^(said|say|says|told|added|insisted|claimed|stated|announced|believe|believes)$/.test(w)) {
      let a = i + 1;
      if (index.vocab.term(doc.tokens.terms[a]!) === 'that') a++;
      return [a, t1];
    }
  }
  return [t0, t1];
}

/**
 * Words match when equal or one is the other with a short ending (Syria / Syrian, investigate / investigation).
 * Related words always have the same {@link stemKey}.
 */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= Math.max(5, n - 2) && Math.max(a.length, b.length) - p <= 4;
}

/**
 * A word's first five letters (the whole word when shorter): two words `related` share at least
 * five first letters, or are equal, so they have the same key.
 */
function stemKey(w: string): string {
  return w.length < 5 ? w : w.slice(0, 5);
}

/**
 * The clauses of an article that can state a topic: the assertive clauses (not denials) with at
 * least two of its words (`topicOverlap` finds no fewer in any other), in article order. Found
 * through the article's clauses listed by the stem keys of their words, so that looking for a
 * topic in a huge article costs the clauses that share its words, not all of them.
 */
class ClauseFinder {
  private readonly byKey = new Map<string, number[]>();
  private readonly hits: Int32Array;

  constructor(
    index: PassageIndex,
    doc: DocEntry,
    private readonly clauses: readonly Clause[],
  ) {
    const terms = doc.tokens.terms;
    clauses.forEach((c, ci) => {
      if (c.denial) return;
      for (let i = c.t0; i < c.t1; i++) {
        const t = terms[i]!;
        if (index.isStop(t)) continue;
        const k = stemKey(index.vocab.term(t));
        const list = this.byKey.get(k);
        if (!list) this.byKey.set(k, [ci]);
        else if (list[list.length - 1] !== ci) list.push(ci);
      }
    });
    this.hits = new Int32Array(clauses.length);
  }

  /** The clauses holding words of at least two of the topic's words. */
  candidates(topic: Topic): Clause[] {
    const touched: number[] = [];
    for (const w of topic.terms) {
      for (const ci of this.byKey.get(stemKey(w)) ?? []) {
        if (this.hits[ci] === 0) touched.push(ci);
        this.hits[ci]!++;
      }
    }
    const out: Clause[] = [];
    touched.sort((a, b) => a - b);
    for (const ci of touched) {
      if (this.hits[ci]! >= 2) out.push(this.clauses[ci]!);
      this.hits[ci] = 0;
    }
    return out;
  }
}

interface Topic {
  /** Content words in order, with their weights. */
  terms: string[];
  weights: number[];
  /** Indices (in `terms`) of the rarest word, or of the two rarest for a topic of five words or more. */
  rarest: number[];
}

function topicOf(index: PassageIndex, doc: DocEntry, t0: number, t1: number, weight: (t: number) => number): Topic {
  const terms: string[] = [];
  const weights: number[] = [];
  for (let i = t0; i < t1; i++) {
    const t = doc.tokens.terms[i]!;
    if (index.isStop(t)) continue;
    const w = index.vocab.term(t);
    if (FRAME_WORDS.test(w) || CUE_WORDS.test(w) || /^\d/.test(w) || terms.includes(w)) continue;
    terms.push(w);
    weights.push(weight(t));
  }
  const order = weights.map((w, k) => [w, k] as const).sort((x, y) => y[0] - x[0]);
  return { terms, weights, rarest: order.slice(0, terms.length >= 5 ? 2 : 1).map(([, k]) => k) };
}

/**
 * How well a clause states a topic: the share of the topic's weight found in it, the number of
 * topic words found, and whether two topic words appear in the same order close together in both
 * ("behind … attack", "gas attack") — one shared word each is not one shared statement.
 */
function topicOverlap(index: PassageIndex, topic: Topic, doc: DocEntry, t0: number, t1: number): { score: number; found: number; pair: boolean; key: boolean } {
  const words: string[] = [];
  for (let i = t0; i < t1; i++) {
    const t = doc.tokens.terms[i]!;
    if (!index.isStop(t)) words.push(index.vocab.term(t));
  }
  let got = 0;
  let total = 0;
  let found = 0;
  const at: number[] = topic.terms.map((w) => words.findIndex((x) => related(w, x)));
  topic.terms.forEach((_, k) => {
    total += topic.weights[k]!;
    if (at[k]! >= 0) {
      got += topic.weights[k]!;
      found++;
    }
  });
  let pair = false;
  for (let k = 0; k + 1 < at.length && !pair; k++)
    for (let l = k + 1; l < Math.min(at.length, k + 3) && !pair; l++) {
      const d = at[l]! - at[k]!;
      if (at[k]! >= 0 && at[l]! >= 0 && d >= 1 && d <= 2) pair = true;
    }
  // The rarest topic word must be there ("Syria … attack" is not "Syria was behind the attack"),
  // or, for a longer topic, one of the two rarest.
  const key = topic.rarest.some((k) => at[k]! >= 0);
  return { score: total ? got / total : 0, found, pair, key };
}

/**
 * How rare each word is in the folder, counted by occurrences (about the number of sentences with
 * it): log(1 + sentences / occurrences). Finer than counting articles when there are only five.
 */
function termWeights(index: PassageIndex): (t: number) => number {
  const c = wordCountsOf(index);
  const { counts, sentences } = c;
  return (t) => Math.log(1 + sentences / Math.max(1, counts[t] ?? 1));
}

/** Occurrences of each word and the number of sentences in the folder, kept up to date with the articles. */
const wordCounts = new WeakMap<PassageIndex, { counts: Int32Array; sentences: number; docs: Set<DocEntry> }>();

function wordCountsOf(index: PassageIndex): { counts: Int32Array; sentences: number } {
  let c = wordCounts.get(index);
  if (!c) wordCounts.set(index, (c = { counts: new Int32Array(index.vocab.size + 1), sentences: 0, docs: new Set() }));
  if (c.counts.length < index.vocab.size + 1) {
    const grown = new Int32Array(index.vocab.size + 1024);
    grown.set(c.counts);
    c.counts = grown;
  }
  const docs = index.allDocs();
  const now = new Set(docs);
  const add = (d: DocEntry, k: number) => {
    c.sentences += k * (d.sentences.length / 2);
    const terms = d.tokens.terms;
    for (let i = 0; i < terms.length; i++) c.counts[terms[i]!]! += k;
  };
  for (const d of c.docs) if (!now.has(d)) add(d, -1);
  for (const d of docs) if (!c.docs.has(d)) add(d, 1);
  c.docs = now;
  return c;
}

/**
 * Per article, kept between derivations (they depend on its text alone): whether it has a denial
 * cue at all (the quick test, then the pattern), its clauses, and their finder.
 */
const denialCache = new WeakMap<DocEntry, boolean>();
const claimCache = new WeakMap<DocEntry, { clauses: Clause[]; finder?: ClauseFinder }>();

function claimDataOf(doc: DocEntry): { clauses: Clause[]; finder?: ClauseFinder } {
  let c = claimCache.get(doc);
  if (!c) claimCache.set(doc, (c = { clauses: clauses(doc) }));
  return c;
}

/**
 * The assertion found for a topic in an article at the last derivation of an index, with all it
 * depended on: the article (its clauses) and its entities, the people the claim names, the topic's
 * words, weights and rarest words. The weights change with the folder, but typing in one article
 * changes the weights of the words typed only.
 */
interface KeptAssertion {
  o: DocEntry;
  entities: readonly EntityMention[];
  people: string;
  phrase: Int32Array;
  topic: Topic;
  best: { clause: Clause; score: number } | null;
}

const assertionsKept = new WeakMap<PassageIndex, Map<string, KeptAssertion>>();

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameTopic(a: Topic, b: Topic): boolean {
  return a.terms.length === b.terms.length && a.terms.every((t, i) => t === b.terms[i]) && sameNumbers(a.weights, b.weights) && sameNumbers(a.rarest, b.rarest);
}

/** Articles considered for a claim's assertions: those sharing its rarest words. */
const CLAIM_CANDIDATE_DOCS = 24;

export function claimDiscrepancies(index: PassageIndex, related: Related = () => true): Discrepancy[] {
  const docs = index.allDocs();
  const clausesOf = (d: DocEntry) => claimDataOf(d).clauses;
  const finderOf = (d: DocEntry) => {
    const c = claimDataOf(d);
    return (c.finder ??= new ClauseFinder(index, d, c.clauses));
  };
  let cueIds: number[] | undefined;
  let weight: ((t: number) => number) | undefined;
  const assertionCache = new Map<string, { clause: Clause; score: number } | null>();
  // What the last derivation found, for the same topic (words, weights, people) in the same article.
  const before = assertionsKept.get(index);
  const kept = new Map<string, KeptAssertion>();
  const found: { members: Member[]; label: string; keys: Set<string> }[] = [];
  for (const d of docs) {
    // Cheap test first: most articles have none of the words a denial needs.
    let denies = denialCache.get(d);
    if (denies === undefined) {
      cueIds ??= CUE_TERMS.map((w) => index.vocab.find(normalizeWord(w))).filter((t): t is number => t !== undefined);
      denies = cueIds.some((t) => index.hasTerm(d, t)) && DENIAL.test(d.text);
      denialCache.set(d, denies);
    }
    if (!denies) continue;
    const list = clausesOf(d);
    let candidates: DocEntry[] | undefined;
    list.forEach((c, ci) => {
      if (!c.denial) return;
      // The claim disputed: the clause itself, or the one before when the denial points back ("disputed this").
      let claim: Clause = c;
      if (c.anaphoric) {
        const prev = list[ci - 1];
        if (prev && !prev.denial) claim = prev;
      }
      const [f0, f1] = claim === c ? claimRange(index, c) : withoutFrame(index, claim.doc, claim.t0, claim.t1);
      weight ??= termWeights(index);
      const topic = topicOf(index, claim.doc, f0, f1, weight);
      // A claim says something about something: "He pleads [not guilty]" names no one.
      if (topic.terms.length < 3) return;
      const members: Member[] = [member(d, span(d, c.t0, c.t1))];
      if (claim !== c) members.push(member(d, span(d, claim.t0, claim.t1)));
      let others = 0;
      const topicKey = phraseHash(d.tokens.terms, f0, f1);
      const claimPeople = peopleIn(claim.doc, f0, f1);
      // Assertions are looked for in the articles reporting the same story.
      candidates ??= index
        .relatedDocs(d, RELATED_MIN_SHINGLES)
        .filter((x) => related(d, x.doc))
        .slice(0, CLAIM_CANDIDATE_DOCS)
        .map((x) => x.doc);
      for (const o of candidates) {
        // The same denial in several copies of an article asks each other article once.
        const cacheKey = `${topicKey}:${f1 - f0}:${o.id}`;
        let best = assertionCache.get(cacheKey);
        if (best === undefined) {
          const phrase = d.tokens.terms.subarray(f0, f1);
          const people = [...claimPeople].sort().join('\u0000');
          const prev = before?.get(cacheKey);
          if (prev && prev.o === o && prev.entities === o.entities && prev.people === people && sameNumbers(prev.phrase, phrase) && sameTopic(prev.topic, topic)) {
            best = prev.best;
            kept.set(cacheKey, prev);
            assertionCache.set(cacheKey, best);
          }
        }
        if (best === undefined) {
          best = null;
          for (const oc of finderOf(o).candidates(topic)) {
            // About someone else: the first person the clause names after its reporting frame
            // ("Mr Sullivan has pleaded guilty" for "Mr Ebbers has pleaded not guilty").
            if (claimPeople.size) {
              const [x0, x1] = withoutFrame(index, o, oc.t0, oc.t1);
              const first = firstPerson(o, x0, x1);
              if (first && !claimPeople.has(first)) continue;
            }
            const { score, found: n, pair, key } = topicOverlap(index, topic, o, oc.t0, oc.t1);
            if (n < 2) continue;
            let ok = pair && key && score >= 0.4;
            if (!ok && n >= 3) {
              // Or the same phrase: three content words aligned in order ("investigation into the … gas attack").
              const al = alignLocal(d.tokens.terms, o.tokens.terms, index, f0, f1, oc.t0, oc.t1);
              ok = !!al && al.matchedContent >= 3 && al.score >= 2.5;
            }
            if (ok && (!best || score > best.score)) best = { clause: oc, score };
          }
          assertionCache.set(cacheKey, best);
          kept.set(cacheKey, { o, entities: o.entities, people: [...claimPeople].sort().join('\u0000'), phrase: d.tokens.terms.slice(f0, f1), topic, best });
        }
        if (best) {
          members.push(member(o, span(o, best.clause.t0, best.clause.t1)));
          others++;
        }
      }
      if (!others) return;
      const keys = new Set(members.map((m) => `${m.doc}:${m.start}`));
      found.push({ members, label: `disputed: ${clean(d.text.slice(span(d, claim.t0, claim.t1).start, span(d, claim.t0, claim.t1).end))}`, keys });
    });
  }
  assertionsKept.set(index, kept);
  // Claims sharing a member are one dispute (while that keeps it readable).
  const merged: typeof found = [];
  const byKey = new Map<string, (typeof found)[number]>();
  for (const f of found) {
    let into: (typeof found)[number] | undefined;
    for (const k of f.keys) {
      const g = byKey.get(k);
      if (g && g.keys.size + f.keys.size <= MAX_CLAIM_MEMBERS) {
        into = g;
        break;
      }
    }
    if (into) {
      into.members.push(...f.members);
      for (const k of f.keys) into.keys.add(k);
    } else merged.push((into = { ...f, members: [...f.members], keys: new Set(f.keys) }));
    for (const k of f.keys) if (!byKey.has(k)) byKey.set(k, into);
  }
  return merged.map((m) => ({ label: shorten(m.label, 14), kind: 'claim' as const, members: dedupe(m.members) }));
}

const MAX_CLAIM_MEMBERS = 10;

/** Surname (last word, lower case) of the first person named within tokens [t0, t1), if any. */
function firstPerson(doc: DocEntry, t0: number, t1: number): string | undefined {
  if (t1 <= t0) return undefined;
  const start = doc.tokens.starts[t0]!;
  const end = doc.tokens.ends[t1 - 1]!;
  let best: EntityMention | undefined;
  for (const e of doc.entities) if (e.type === 'person' && e.start >= start && e.end <= end && (!best || e.start < best.start)) best = e;
  return best?.canonical.toLowerCase().split(/\s+/).pop();
}

/** Surnames (last words, lower case) of the people an article names within tokens [t0, t1). */
function peopleIn(doc: DocEntry, t0: number, t1: number): Set<string> {
  const out = new Set<string>();
  if (t1 <= t0) return out;
  const start = doc.tokens.starts[t0]!;
  const end = doc.tokens.ends[t1 - 1]!;
  for (const e of doc.entities) {
    if (e.type !== 'person' || e.start < start || e.end > end) continue;
    const words = e.canonical.toLowerCase().split(/\s+/);
    out.add(words[words.length - 1]!);
  }
  return out;
}

function shorten(s: string, words: number): string {
  const w = s.split(/\s+/);
  return w.length > words ? w.slice(0, words).join(' ') + '…' : s;
}

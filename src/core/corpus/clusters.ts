/**
 * Quote clusters: quotes in two or more articles that render the same utterance.
 *
 * Links between quotes come in three strengths:
 * 1. the same words (after normalising case, apostrophes and plurals): always one utterance;
 * 2. long quotes (four words or more) sharing shingles, aligned word by word: linked when the
 *    shared words make up most of the shorter quote, or when they share a long exact run (a
 *    reworded translation that keeps "especially at the military level");
 * 3. short quotes (a word or three: "low point", "working group") found as an exact phrase inside
 *    another quote. A one-word quote needs more: another quote of its sentence found in the same
 *    quote ("open", "substantial" and "frank" inside "substantial, frank, open"), or a quote of its
 *    own article that contains it (a headline's 'low' and the body's "low level of trust"). When a
 *    short phrase sits inside quotes of different utterances, the speaker, the quotes of the same
 *    sentence and the words around it choose.
 *
 * A link joins a region of each quote, not the whole quote, so one quote that strings two
 * utterances together ("X. Y.") belongs to both clusters, while the clusters stay apart. Regions of
 * one quote that overlap are one segment; clusters are the connected segments.
 */
import type { SpanRef } from '../common/analysisFormat';
import type { Span } from '../common/types';
import { alignLocal, contentCount, extendAlignment, weightOf } from './align';
import { phraseHash, SHINGLE, shingleHash, type DocEntry, type IndexedQuote, type PassageIndex } from './passages';

/** What clustering reads of a quote, all from its article. */
export interface QuoteFields {
  quote: IndexedQuote;
  /** Index of the quote in its article's quote list. */
  index: number;
  terms: Int32Array;
  content: number;
  full: number;
  speaker: string | null;
}

/** A quote as clustering sees it. */
export interface QuoteRef extends QuoteFields {
  id: number;
  doc: DocEntry;
  /** What is kept of the quote between derivations. */
  data?: QuoteData;
}

export interface ClusterMember extends SpanRef {
  text: string;
  /** The part of the quote that renders this utterance (the whole quote unless it strings several together). */
  region: Span;
  speaker: string | null;
}

export interface QuoteClusterDetail {
  /** A short representative text. */
  label: string;
  /** Members in article order; one per quote. */
  members: ClusterMember[];
  /** Index in `members` of the version the others are compared with. */
  reference: number;
}

interface Link {
  a: number;
  a0: number;
  a1: number;
  b: number;
  b0: number;
  b1: number;
}

/** Long-quote alignments, keyed by the two quotes' texts: a quote pair is aligned once per text, not per change. */
export type AlignmentCache = Map<string, LinkedRegions | null>;

interface LinkedRegions {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** Shared words over the shorter quote's words (weighted). */
  cover: number;
  /** Shared words over the longer quote's words (weighted). */
  coverLonger: number;
}

export interface ClusterOptions {
  cache?: AlignmentCache;
  /** What to keep between derivations of the same index (a new one each time when not given). */
  state?: ClusterState;
}

const norm = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const words = s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/);
  return words[words.length - 1] || null;
};

/** What clustering needs of one quote that depends on its article alone, kept with the article. */
interface QuoteData extends QuoteFields {
  /** Distinct word trigrams that are not all function words (for long quotes; computed when first asked for). */
  trigrams?: Int32Array;
  /** The quote in the derivation `gen` (set by `quoteRefs`). */
  ref?: QuoteRef;
  gen?: number;
}

/** Each article's quotes as clustering sees them, for its current quotes. */
const quoteData = new WeakMap<DocEntry, { quotes: readonly IndexedQuote[]; list: QuoteData[] }>();

function quoteDataOf(index: PassageIndex, doc: DocEntry): QuoteData[] {
  const known = quoteData.get(doc);
  if (known?.quotes === doc.quotes) return known.list;
  const list: QuoteData[] = [];
  doc.quotes.forEach((quote, i) => {
    if (quote.t1 <= quote.t0) return;
    const terms = doc.tokens.terms.subarray(quote.t0, quote.t1);
    list.push({ quote, index: i, terms, content: contentCount(terms, index), full: phraseHash(terms, 0, terms.length), speaker: norm(quote.speaker) });
  });
  quoteData.set(doc, { quotes: doc.quotes, list });
  return list;
}

/** All quotes of the index as clustering sees them. */
export function quoteRefs(index: PassageIndex, gen = 0): QuoteRef[] {
  const out: QuoteRef[] = [];
  for (const doc of index.allDocs()) {
    for (const d of quoteDataOf(index, doc)) {
      const ref: QuoteRef = { id: out.length, doc, quote: d.quote, index: d.index, terms: d.terms, content: d.content, full: d.full, speaker: d.speaker, data: d };
      d.ref = ref;
      d.gen = gen;
      out.push(ref);
    }
  }
  return out;
}

/**
 * What clustering keeps between derivations of one index: where each short phrase that is quoted
 * on its own occurs inside other quotes, so that after a change only the changed articles' quotes
 * are scanned for them (and the whole corpus only for a phrase never looked for before).
 */
export interface ClusterState {
  /** Derivations so far. */
  gen: number;
  /** The articles (and their quotes) the occurrences were last brought up to date with. */
  seen: Map<DocEntry, readonly IndexedQuote[]>;
  /** Per phrase length (1 to 3 words): phrase hash -> where it occurs (quotes of articles since replaced included until looked up). */
  phrases: Map<number, PhraseAt[]>[];
}

interface PhraseAt {
  data: QuoteData;
  pos: number;
}

export function newClusterState(): ClusterState {
  return { gen: 0, seen: new Map(), phrases: [] };
}

/** Adds the occurrences, in the quotes `ts`, of the phrases of `targets` (per length). */
function scanPhrases(ts: readonly QuoteRef[], targets: Map<number, PhraseAt[]>[]): void {
  for (const t of ts) {
    for (let L = 1; L < targets.length; L++) {
      const map = targets[L];
      if (!map?.size || L >= t.terms.length) continue;
      for (let i = 0; i + L <= t.terms.length; i++) {
        const list = map.get(phraseHash(t.terms, i, i + L));
        if (list) list.push({ data: t.data!, pos: i });
      }
    }
  }
}

/**
 * For each short phrase wanted (per length: phrase hashes), the quotes longer than it that hold
 * words hashing the same and where, in quote order then position: the scan of every quote of
 * the corpus, done once per phrase and kept up to date with the quotes of the articles changed since.
 */
function phraseOccurrences(refs: readonly QuoteRef[], wanted: Map<number, unknown>[], state: ClusterState): Map<number, [QuoteRef, number][]>[] {
  const gen = state.gen;
  // Quotes of the articles added or changed since the last derivation: scanned for the phrases kept.
  const seen = new Map<DocEntry, readonly IndexedQuote[]>();
  const fresh: QuoteRef[] = [];
  for (const r of refs) {
    if (!seen.has(r.doc)) seen.set(r.doc, r.doc.quotes);
    if (state.seen.get(r.doc) !== r.doc.quotes) fresh.push(r);
  }
  state.seen = seen;
  // Phrases no longer wanted are dropped; those wanted for the first time are looked for everywhere.
  const missing: Map<number, PhraseAt[]>[] = [];
  for (let L = 1; L < Math.max(state.phrases.length, wanted.length); L++) {
    const kept = state.phrases[L];
    const want = wanted[L];
    if (kept) for (const key of [...kept.keys()]) if (!want?.has(key)) kept.delete(key);
    if (!want) continue;
    for (const key of want.keys()) {
      if (kept?.has(key)) continue;
      (missing[L] ??= new Map()).set(key, []);
    }
  }
  scanPhrases(fresh, state.phrases);
  if (missing.length) {
    scanPhrases(refs, missing);
    for (let L = 1; L < missing.length; L++) for (const [key, list] of missing[L] ?? []) (state.phrases[L] ??= new Map()).set(key, list);
  }
  const out: Map<number, [QuoteRef, number][]>[] = [];
  for (let L = 1; L < wanted.length; L++) {
    const want = wanted[L];
    if (!want) continue;
    const map = new Map<number, [QuoteRef, number][]>();
    out[L] = map;
    for (const key of want.keys()) {
      const all = state.phrases[L]!.get(key)!;
      // Occurrences in quotes that are gone (their article changed or went) are dropped here.
      let n = 0;
      for (const o of all) if (o.data.gen === gen) all[n++] = o;
      all.length = n;
      const list = all.map((o): [QuoteRef, number] => [o.data.ref!, o.pos]);
      list.sort((x, y) => x[0].id - y[0].id || x[1] - y[1]);
      map.set(key, list);
    }
  }
  return out;
}

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const isLong = (q: QuoteRef) => q.terms.length >= SHINGLE && q.content >= 2;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Segments: the parts of each quote that links join. Regions of one quote that overlap are one
 * segment, and so are disjoint regions unless another article quotes them apart: two different
 * quotes in two different sentences of one article, each rendering one of the regions ("low
 * point" in one sentence, "low level of trust" in the next). Then the quote strings two utterances
 * together and belongs to two clusters. Components over the links are the clusters.
 */
class Segments {
  /** Per quote: its regions. */
  private readonly regions = new Map<number, Region[]>();
  private uf: UnionFind;

  constructor(
    links: Link[],
    private readonly refs: QuoteRef[],
  ) {
    for (const l of links) {
      this.addRegion(l.a, l.a0, l.a1, l.b);
      this.addRegion(l.b, l.b0, l.b1, l.a);
    }
    let next = 0;
    for (const [, list] of this.regions) {
      const n = list.length;
      const local = new UnionFind(n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (overlapHalf(list[i]!, list[j]!)) local.union(i, j);
      // Disjoint regions: one segment unless quoted apart. Groups of overlapping regions are
      // merged pairwise, checking every region of one against every region of the other.
      const groups = new Map<number, Region[]>();
      for (let i = 0; i < n; i++) {
        const r = local.find(i);
        const g = groups.get(r);
        if (g) g.push(list[i]!);
        else groups.set(r, [list[i]!]);
      }
      if (groups.size > 1) {
        const ids = [...groups.keys()];
        for (let x = 0; x < ids.length; x++)
          for (let y = x + 1; y < ids.length; y++) {
            const rx = local.find(ids[x]!);
            const ry = local.find(ids[y]!);
            if (rx === ry) continue;
            const gx = groups.get(rx)!;
            const gy = groups.get(ry)!;
            if (gx.some((a) => gy.some((b) => this.quotedApart(a, b)))) continue;
            local.union(rx, ry);
            groups.set(local.find(rx), [...gx, ...gy]);
          }
      }
      const seg = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const r = local.find(i);
        if (!seg.has(r)) seg.set(r, next++);
        list[i]!.segment = seg.get(r)!;
      }
    }
    this.uf = new UnionFind(next);
    for (const l of links) this.uf.union(this.segmentOf(l.a, l.a0, l.a1), this.segmentOf(l.b, l.b0, l.b1));
  }

  private quotedApart(x: Region, y: Region): boolean {
    for (const p of x.partners) {
      if (y.partners.has(p)) continue;
      const P = this.refs[p]!;
      for (const q of y.partners) {
        if (x.partners.has(q)) continue;
        const Q = this.refs[q]!;
        if (P.doc === Q.doc && P.quote.sentence >= 0 && Q.quote.sentence >= 0 && P.quote.sentence !== Q.quote.sentence) return true;
      }
    }
    return false;
  }

  private addRegion(q: number, a0: number, a1: number, partner: number): void {
    let list = this.regions.get(q);
    if (!list) this.regions.set(q, (list = []));
    const r = list.find((x) => x.a0 === a0 && x.a1 === a1);
    if (r) r.partners.add(partner);
    else list.push({ a0, a1, segment: -1, partners: new Set([partner]) });
  }

  segmentOf(q: number, a0: number, a1: number): number {
    return this.regions.get(q)!.find((r) => r.a0 === a0 && r.a1 === a1)!.segment;
  }

  /**
   * The component of the part [a0, a1) of quote q: the segment overlapping it most, else the
   * quote's only component; -1 when it has none or several.
   */
  componentAt(q: number, a0: number, a1: number): number {
    const list = this.regions.get(q);
    if (!list) return -1;
    let best = -1;
    let bestOverlap = 0;
    const comps = new Set<number>();
    for (const r of list) {
      comps.add(this.uf.find(r.segment));
      const inter = Math.min(a1, r.a1) - Math.max(a0, r.a0);
      if (inter > bestOverlap) {
        bestOverlap = inter;
        best = r.segment;
      }
    }
    if (best >= 0) return this.uf.find(best);
    return comps.size === 1 ? [...comps][0]! : -1;
  }

  /** Components: each a list of [quote, a0, a1] (one per segment). */
  components(): Map<number, [number, number, number][]> {
    const groups = new Map<number, Map<number, [number, number, number]>>();
    for (const [q, list] of this.regions) {
      for (const r of list) {
        const c = this.uf.find(r.segment);
        let g = groups.get(c);
        if (!g) groups.set(c, (g = new Map()));
        const cur = g.get(q);
        if (cur) {
          cur[1] = Math.min(cur[1], r.a0);
          cur[2] = Math.max(cur[2], r.a1);
        } else g.set(q, [q, r.a0, r.a1]);
      }
    }
    const out = new Map<number, [number, number, number][]>();
    for (const [c, g] of groups) out.set(c, [...g.values()]);
    return out;
  }
}

interface Region {
  a0: number;
  a1: number;
  segment: number;
  /** Quotes linked to this region. */
  partners: Set<number>;
}

function overlapHalf(x: Region, y: Region): boolean {
  const inter = Math.min(x.a1, y.a1) - Math.max(x.a0, y.a0);
  return inter > 0 && inter * 2 >= Math.min(x.a1 - x.a0, y.a1 - y.a0);
}

/**
 * Word trigrams of a quote, distinct, in order, without those of function words only. Trigrams,
 * not the index's four-word shingles: one changed word in a short quote ("this kind / sort of
 * deal") leaves few four-word ones. Kept with the quote.
 */
function trigramsOf(index: PassageIndex, q: QuoteRef): Int32Array {
  if (q.data?.trigrams) return q.data.trigrams;
  const out = new Set<number>();
  for (let i = 0; i + 3 <= q.terms.length; i++) {
    if (index.isStop(q.terms[i]!) && index.isStop(q.terms[i + 1]!) && index.isStop(q.terms[i + 2]!)) continue;
    out.add(shingleHash(q.terms, i, 3));
  }
  const t = Int32Array.from(out);
  if (q.data) q.data.trigrams = t;
  return t;
}

/**
 * Lists of quote ids by 32-bit key, each in the order appended, in typed arrays: an open-addressing
 * table of keys (with each list's head, tail and length) and one pool of entries. Building it for
 * every quote trigram of a corpus costs a fraction of a map of arrays.
 */
class IdLists {
  private keys: Int32Array;
  private heads: Int32Array;
  private tails: Int32Array;
  private counts: Int32Array;
  private used = 0;
  private ids = new Int32Array(1024);
  private nexts = new Int32Array(1024);
  private size = 0;

  constructor(capacity = 1 << 10) {
    this.keys = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.tails = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
  }

  /** The slot of a key (its count is 0 when absent). */
  slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.counts[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  count(slot: number): number {
    return this.counts[slot]!;
  }

  head(slot: number): number {
    return this.counts[slot] === 0 ? -1 : this.heads[slot]!;
  }

  next(entry: number): number {
    return this.nexts[entry]!;
  }

  id(entry: number): number {
    return this.ids[entry]!;
  }

  append(key: number, id: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.ids = ids;
      const nexts = new Int32Array(this.size * 2);
      nexts.set(this.nexts);
      this.nexts = nexts;
    }
    const e = this.size++;
    this.ids[e] = id;
    this.nexts[e] = -1;
    if (this.counts[i] === 0) {
      this.keys[i] = key;
      this.heads[i] = e;
      this.used++;
    } else this.nexts[this.tails[i]!] = e;
    this.tails[i] = e;
    this.counts[i]!++;
  }

  private grow(): void {
    const { keys, heads, tails, counts } = this;
    const cap = keys.length * 2;
    this.keys = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.tails = new Int32Array(cap);
    this.counts = new Int32Array(cap);
    for (let j = 0; j < keys.length; j++) {
      if (counts[j] === 0) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.heads[i] = heads[j]!;
      this.tails[i] = tails[j]!;
      this.counts[i] = counts[j]!;
    }
  }
}

/** Computes the quote clusters of the indexed articles. */
export function computeQuoteClusters(index: PassageIndex, options: ClusterOptions = {}): { clusters: QuoteClusterDetail[]; refs: QuoteRef[] } {
  const state = options.state ?? newClusterState();
  const refs = quoteRefs(index, ++state.gen);
  const cache = options.cache ?? new Map();
  const links: Link[] = [];
  const whole = (a: QuoteRef, b: QuoteRef) => links.push({ a: a.id, a0: 0, a1: a.terms.length, b: b.id, b0: 0, b1: b.terms.length });

  // 1. The same words.
  const byFull = new Map<number, QuoteRef[]>();
  for (const q of refs) {
    if (q.content === 0) continue;
    const list = byFull.get(q.full);
    if (!list) byFull.set(q.full, [q]);
    else list.push(q);
  }
  const reps: QuoteRef[] = [];
  const dupsOf = new Map<number, QuoteRef[]>();
  for (const list of byFull.values()) {
    const groups: QuoteRef[][] = [];
    for (const q of list) {
      const g = groups.find((x) => sameTerms(x[0]!.terms, q.terms));
      if (g) g.push(q);
      else groups.push([q]);
    }
    for (const g of groups) {
      // A long quote in the same words is one utterance wherever it is; a short one ("the best of
      // both worlds") only within one story.
      const stories: QuoteRef[][] = [];
      for (const q of g) {
        const story = q.terms.length > IDIOM_WORDS ? stories[0] : stories.find((st) => st.slice(0, 20).some((x) => sameStory(index, x, q, q.terms.length > 1)));
        if (story) {
          whole(story[0]!, q);
          story.push(q);
        } else stories.push([q]);
      }
      for (const st of stories) {
        reps.push(st[0]!);
        dupsOf.set(st[0]!.id, st);
      }
    }
  }

  // 2. Long quotes sharing word trigrams, aligned. Trigrams, not the index's four-word shingles:
  // one changed word in a short quote ("this kind / sort of deal") leaves few four-word ones.
  const longReps = reps.filter(isLong);
  const postings = new IdLists();
  const own: Int32Array[] = [];
  for (const q of longReps) {
    const t = trigramsOf(index, q);
    own[q.id] = t;
    for (const h of t) postings.append(h, q.id);
  }
  const hitCount = new Int32Array(refs.length);
  const hitOrder: number[] = [];
  for (const q of longReps) {
    const mine = own[q.id]!;
    hitOrder.length = 0;
    for (const h of mine) {
      // A trigram in many quotes is a turn of phrase ("we are going"), not evidence.
      const slot = postings.slot(h);
      if (postings.count(slot) > QUOTE_TRIGRAM_MAX_DF) continue;
      for (let e = postings.head(slot); e >= 0; e = postings.next(e)) {
        const o = postings.id(e);
        if (o > q.id && hitCount[o]!++ === 0) hitOrder.push(o);
      }
    }
    for (const o of hitOrder) {
      const n = hitCount[o]!;
      hitCount[o] = 0;
      // Two shared trigrams, or half of what the shorter quote has, make a candidate; between long
      // quotes, two or three shared turns of phrase are not enough unless they are a fifth of it.
      const fewer = Math.min(mine.length, own[o]!.length);
      if (n < Math.min(2, Math.ceil(fewer / 2)) || (n < 4 && n < 0.2 * fewer)) continue;
      const other = refs[o]!;
      const r = alignQuotes(index, q, other, cache);
      if (!r) continue;
      // Link every copy of each text.
      for (const x of dupsOf.get(q.id) ?? [q])
        for (const y of dupsOf.get(other.id) ?? [other]) links.push({ a: x.id, a0: r.a0, a1: r.a1, b: y.id, b0: r.b0, b1: r.b1 });
    }
  }

  // 3. Short quotes inside other quotes.
  const phase1 = new Segments(links, refs);
  const shortQuotes = refs.filter((q) => !isLong(q) && q.content > 0 && q.terms.length < SHINGLE);
  const wanted = new Map<number, QuoteRef[]>();
  /** The same, per length. */
  const wantedByLength: Map<number, QuoteRef[]>[] = [];
  for (const s of shortQuotes) {
    const list = wanted.get(s.full);
    if (list) list.push(s);
    else wanted.set(s.full, [s]);
    (wantedByLength[s.terms.length] ??= new Map()).set(s.full, wanted.get(s.full)!);
  }
  /** Short quote id -> [target quote, position]. */
  const found = new Map<number, [QuoteRef, number][]>();
  if (wanted.size) {
    const occurrences = phraseOccurrences(refs, wantedByLength, state);
    for (const s of shortQuotes) {
      const L = s.terms.length;
      for (const [t, i] of occurrences[L]!.get(s.full)!) {
        if (s.id === t.id) continue;
        let same = true;
        for (let k = 0; k < L && same; k++) same = s.terms[k] === t.terms[i + k];
        if (!same) continue;
        let f = found.get(s.id);
        if (!f) found.set(s.id, (f = []));
        f.push([t, i]);
      }
    }
  }
  // Sentence siblings: the other quotes of a short quote's sentence (an article's quotes are together in `refs`).
  const firstOfDoc = new Map<DocEntry, number>();
  for (let i = refs.length - 1; i >= 0; i--) firstOfDoc.set(refs[i]!.doc, i);
  const bySentence = (s: QuoteRef): QuoteRef[] => {
    const out: QuoteRef[] = [];
    for (let i = firstOfDoc.get(s.doc)!; i < refs.length && refs[i]!.doc === s.doc; i++) if (refs[i]!.quote.sentence === s.quote.sentence) out.push(refs[i]!);
    return out;
  };
  const siblings = (s: QuoteRef): QuoteRef[] => (s.quote.sentence < 0 ? [] : bySentence(s).filter((x) => x.id !== s.id));
  const linked = new Map<number, Set<number>>();
  for (const l of links) {
    let x = linked.get(l.a);
    if (!x) linked.set(l.a, (x = new Set()));
    x.add(l.b);
    let y = linked.get(l.b);
    if (!y) linked.set(l.b, (y = new Set()));
    y.add(l.a);
  }
  const targetsOf = (s: QuoteRef): Set<number> => {
    const out = new Set<number>(linked.get(s.id));
    for (const [t] of found.get(s.id) ?? []) out.add(t.id);
    return out;
  };
  for (const s of shortQuotes) {
    const cands = found.get(s.id);
    if (!cands) continue;
    const own = phase1.componentAt(s.id, 0, s.terms.length);
    const single = s.terms.length === 1;
    const sibs = siblings(s);
    const sibTargets = new Set<number>();
    for (const x of sibs) for (const t of targetsOf(x)) sibTargets.add(t);
    const ok = cands.filter(([t]) => {
      if (s.speaker && t.speaker && s.speaker !== t.speaker) return false;
      if (!sameStory(index, s, t)) return false;
      if (t.doc === s.doc) return t.terms.length > s.terms.length;
      if (single) return sibTargets.has(t.id) && (index.vocab.term(s.terms[0]!).length >= 4);
      return true;
    });
    if (!ok.length) continue;
    // One utterance per short quote: when its phrase sits in quotes of different clusters, choose.
    const byComp = new Map<number, [QuoteRef, number][]>();
    for (const c of ok) {
      const comp = phase1.componentAt(c[0].id, c[1], c[1] + s.terms.length);
      const key = comp >= 0 ? comp : -1 - c[0].id;
      if (comp >= 0 && comp === own) continue;
      const list = byComp.get(key);
      if (list) list.push(c);
      else byComp.set(key, [c]);
    }
    let chosen: [QuoteRef, number][] | undefined;
    if (byComp.size === 1) chosen = [...byComp.values()][0];
    else if (byComp.size > 1) {
      const ctx = sentenceTerms(index, s.doc, s.quote.sentence, s.quote.t0, s.quote.t1);
      let best = -Infinity;
      let tie = false;
      for (const list of byComp.values()) {
        let score = 0;
        for (const [t] of list) {
          let sc = overlapCount(ctx, sentenceTerms(index, t.doc, t.quote.sentence, -1, -1));
          if (s.speaker && t.speaker === s.speaker) sc += 2;
          if (sibTargets.has(t.id)) sc += 3;
          score = Math.max(score, sc);
        }
        if (score > best) {
          best = score;
          chosen = list;
          tie = false;
        } else if (score === best) tie = true;
      }
      if (tie) chosen = undefined;
    }
    for (const [t, i] of chosen ?? []) links.push({ a: s.id, a0: 0, a1: s.terms.length, b: t.id, b0: i, b1: i + s.terms.length });
  }

  // 4. Clusters: connected segments spanning two or more articles.
  const segments = new Segments(links, refs);
  const clusters: QuoteClusterDetail[] = [];
  for (const members of segments.components().values()) {
    const docs = new Set(members.map(([q]) => refs[q]!.doc.id));
    if (docs.size < 2) continue;
    // One member per quote (two segments of one quote in one cluster are one member).
    const perQuote = new Map<number, [number, number, number]>();
    for (const m of members) {
      const cur = perQuote.get(m[0]);
      if (cur) {
        cur[1] = Math.min(cur[1], m[1]);
        cur[2] = Math.max(cur[2], m[2]);
      } else perQuote.set(m[0], [...m]);
    }
    const list = [...perQuote.values()].sort((x, y) => {
      const a = refs[x[0]]!;
      const b = refs[y[0]]!;
      return a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.quote.start - b.quote.start;
    });
    const out: ClusterMember[] = list.map(([q, a0, a1]) => {
      const r = refs[q]!;
      const t = r.doc.tokens;
      return {
        doc: r.doc.path,
        start: r.quote.start,
        end: r.quote.end,
        text: r.quote.text,
        region: { start: t.starts[r.quote.t0 + a0]!, end: t.ends[r.quote.t0 + a1 - 1]! },
        speaker: r.quote.speaker,
      };
    });
    const reference = pickReference(index, list.map(([q, a0, a1]) => refs[q]!.terms.subarray(a0, a1)));
    clusters.push({ label: labelOf(out[reference]!), members: out, reference });
  }
  clusters.sort((a, b) => b.members.length - a.members.length || (a.members[0]!.doc < b.members[0]!.doc ? -1 : 1) || a.members[0]!.start - b.members[0]!.start);
  return { clusters, refs };
}

/** Aligns two long quotes; the linked regions (relative token ranges), or null when they are not one utterance. */
function alignQuotes(index: PassageIndex, a: QuoteRef, b: QuoteRef, cache: AlignmentCache): LinkedRegions | null {
  const key = `${a.full}:${b.full}:${a.terms.length}:${b.terms.length}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = null;
    const local = alignLocal(a.terms, b.terms, index);
    if (local) {
      const al = extendAlignment(local, a.terms, b.terms, index, 0, a.terms.length, 0, b.terms.length);
      const wa = weightOf(a.terms, index);
      const wb = weightOf(b.terms, index);
      const cover = al.matchedWeight / Math.min(wa, wb);
      const coverLonger = al.matchedWeight / Math.max(wa, wb);
      const run = al.longestRunContent >= 3 && al.longestRun >= 4;
      if (al.matchedContent >= 2 && (cover >= 0.6 || run)) r = { a0: al.aStart, a1: al.aEnd, b0: al.bStart, b1: al.bEnd, cover, coverLonger };
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(key, r);
  }
  if (!r) return null;
  // Quotes attributed to different people are one utterance only when nearly the same words.
  // Quotes attributed to different people are one utterance only when they are nearly the same
  // words throughout (one outlet attributing it wrongly), not when one contains the other.
  if (a.speaker && b.speaker && a.speaker !== b.speaker && r.coverLonger < 0.9) return null;
  if (Math.min(a.terms.length, b.terms.length) <= IDIOM_WORDS && !sameStory(index, a, b)) return null;
  return r;
}

/** Distinct quote texts a trigram may be in and still suggest two quotes render one utterance. */
const QUOTE_TRIGRAM_MAX_DF = 20;

/** Quotes this short may be a stock phrase ("the best of both worlds"), not one utterance. */
const IDIOM_WORDS = 5;
/** Shingles two articles share when they report one story. */
const SAME_STORY_SHINGLES = 10;

/**
 * May two quotes be one utterance on the evidence of a short phrase? Yes in one article, when one
 * person is named as saying both (not enough for the same single word: "reckless" may be about
 * anything), or when the two articles share text beyond the phrase.
 */
function sameStory(index: PassageIndex, a: QuoteRef, b: QuoteRef, speakerEnough = true): boolean {
  if (a.doc === b.doc) return true;
  if (speakerEnough && a.speaker && a.speaker === b.speaker) return true;
  return index.sharedShingles(a.doc, b.doc) >= SAME_STORY_SHINGLES;
}

function sentenceTerms(index: PassageIndex, doc: DocEntry, sentence: number, skip0: number, skip1: number): Set<number> {
  const out = new Set<number>();
  if (sentence < 0) return out;
  for (let i = doc.sentences[2 * sentence]!; i < doc.sentences[2 * sentence + 1]!; i++) {
    if (i >= skip0 && i < skip1) continue;
    const t = doc.tokens.terms[i]!;
    if (!index.isStop(t)) out.add(t);
  }
  return out;
}

function overlapCount(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The version most members share, weighted by length (a complete version over a fragment). */
function pickReference(index: PassageIndex, versions: Int32Array[]): number {
  const counts = new Map<number, number>();
  const hashes = versions.map((v) => phraseHash(v, 0, v.length));
  for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  versions.forEach((v, i) => {
    const score = counts.get(hashes[i]!)! * weightOf(v, index);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function labelOf(m: ClusterMember): string {
  const words = m.text.trim().replace(/^[\s"'“”‘’«»,.;:]+|[\s"'“”‘’«»,.;:]+$/gu, '').split(/\s+/);
  return words.length > 12 ? words.slice(0, 12).join(' ') + '…' : words.join(' ');
}

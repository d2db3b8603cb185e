/**
 * Passage matching across files: for a span of one article (a quote, a sentence, a paragraph, any
 * selection), the places in the other articles that carry the same words — verbatim, trimmed or
 * reworded — each with a score and the exact spans on both sides.
 *
 * Spans of four words or more go through the shingle index: articles sharing shingles with the
 * span are candidates, the shared shingles locate windows in each candidate, and a Smith–Waterman
 * word alignment with affine gaps finds the exact boundaries. Shorter spans (a two-word quote) are
 * looked up as exact phrases through the content-word index, and ranked by how much the words
 * around them agree, with matches inside quotation marks first when the span is itself a quote.
 */
import { finish, type Steps } from '../common/budget';
import type { Span } from '../common/types';
import { alignLocal, extendAlignment, weightOf, type Alignment } from './align';
import { SHINGLE, shingleHash, shinglePositionsOf, type DocEntry, type PassageIndex } from './passages';
import type { Tokens } from './tokens';
import { tokenize } from './tokens';

export type MatchKind = 'verbatim' | 'trimmed' | 'reworded';

/** Where another article carries (part of) the passage asked about. */
export interface PassageMatch {
  /** The other article's path. */
  doc: string;
  /** The matching span in the other article. */
  start: number;
  end: number;
  text: string;
  /** The part of the asked span that it matches (offsets into the asked article, or into the asked text). */
  source: Span;
  /**
   * 0..1: how much of the shorter of the two passages (the asked span, or the sentences it was
   * found in) the shared words make up, lowered for rewording.
   */
  score: number;
  /** verbatim: the same words; trimmed: one side is a part of the other; reworded: words differ. */
  kind: MatchKind;
  /** The match lies inside a quotation in the other article. */
  inQuote: boolean;
  /** Word-level differences inside the matched region (empty when verbatim or trimmed). */
  changes: { source: Span; target: Span; sourceText: string; targetText: string }[];
}

export interface MatchOptions {
  /** At most this many matches (best first). Default 100. */
  limit?: number;
  /** Drop matches scoring below this. Default 0.5. */
  minScore?: number;
  /** Articles considered per query (most shared shingles first). Default 64. */
  maxCandidates?: number;
}

/** What one query needs to know about the asked words. */
interface Query {
  terms: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Article asked from (excluded from the results), or 0. */
  docId: number;
  /** The text the offsets point into. */
  text: string;
  /** Context words (the sentence around a short span), for ranking exact-phrase matches. */
  context?: Set<number>;
  /** The span is a quotation: prefer matches inside quotations. */
  isQuote?: boolean;
}

const DEFAULTS = { limit: 100, minScore: 0.5, maxCandidates: 64 };

/** Matches for a span of an indexed article, best first. */
export function matchSpan(index: PassageIndex, path: string, start: number, end: number, options: MatchOptions = {}): PassageMatch[] {
  const entry = index.doc(path);
  if (!entry) return [];
  const [a, b] = index.tokenRangeOf(entry, { start, end });
  if (b <= a) return [];
  const t = entry.tokens;
  const query: Query = { terms: t.terms.subarray(a, b), starts: t.starts.subarray(a, b), ends: t.ends.subarray(a, b), docId: entry.id, text: entry.text };
  if (b - a < SHINGLE) {
    const s = index.sentenceOf(entry, a);
    if (s >= 0) query.context = contextTerms(index, entry.tokens, entry.sentences[2 * s]!, entry.sentences[2 * s + 1]!, a, b);
    query.isQuote = entry.quotes.some((q) => q.t0 <= a && q.t1 >= b);
  }
  return runQuery(index, query, options);
}

/** Matches for any text (an unsaved selection, a search box), against every indexed article. */
export function matchText(index: PassageIndex, text: string, options: MatchOptions & { exclude?: string } = {}): PassageMatch[] {
  const tokens = tokenize(text, index.vocab);
  if (!tokens.length) return [];
  const excluded = options.exclude ? index.doc(options.exclude) : undefined;
  return runQuery(index, { terms: tokens.terms, starts: tokens.starts, ends: tokens.ends, docId: excluded?.id ?? 0, text }, options);
}

/** Every passage of one article that other articles carry, sentence by sentence, with neighbours merged. */
export interface DocumentMatch {
  /** The passage in the asked article. */
  source: Span;
  matches: PassageMatch[];
}

/**
 * Matches for a whole article: each sentence is matched, and consecutive sentences matched to the
 * same other article are merged into one passage (shared wire copy shows as one block).
 */
export function matchDocument(index: PassageIndex, path: string, options: MatchOptions = {}): DocumentMatch[] {
  return finish(matchDocumentSteps(index, path, options));
}

/** Sentences matched between two checkpoints of `matchDocumentSteps`. */
const SENTENCES_PER_STEP = 8;

/**
 * `matchDocument` with a checkpoint every few sentences (common/budget.ts, `Steps`): an article of
 * 10,000 words took the editor's extension host 0.2-1 s in one task. The caller drops the steps if
 * the index changes between two of them.
 */
export function* matchDocumentSteps(index: PassageIndex, path: string, options: MatchOptions = {}): Steps<DocumentMatch[]> {
  const entry = index.doc(path);
  if (!entry) return [];
  const t = entry.tokens;
  const out: DocumentMatch[] = [];
  const s = entry.sentences;
  for (let k = 0; k < s.length; k += 2) {
    if (k > 0 && (k / 2) % SENTENCES_PER_STEP === 0) yield;
    const a = s[k]!;
    const b = s[k + 1]!;
    if (b - a < SHINGLE) continue;
    const matches = runQuery(
      index,
      { terms: t.terms.subarray(a, b), starts: t.starts.subarray(a, b), ends: t.ends.subarray(a, b), docId: entry.id, text: entry.text },
      options,
    );
    if (matches.length) out.push({ source: { start: t.starts[a]!, end: t.ends[b - 1]! }, matches });
  }
  return mergeNeighbours(index, entry, out);
}

function mergeNeighbours(index: PassageIndex, entry: DocEntry, list: DocumentMatch[]): DocumentMatch[] {
  const out: DocumentMatch[] = [];
  for (const cur of list) {
    const prev = out[out.length - 1];
    if (prev && sameParagraphRun(entry, prev, cur) && sameTargets(prev, cur)) {
      prev.source = { start: prev.source.start, end: cur.source.end };
      prev.matches = prev.matches.map((m) => {
        const n = cur.matches.find((x) => x.doc === m.doc)!;
        const start = Math.min(m.start, n.start);
        const end = Math.max(m.end, n.end);
        return {
          ...m,
          start,
          end,
          source: { start: Math.min(m.source.start, n.source.start), end: Math.max(m.source.end, n.source.end) },
          score: (m.score + n.score) / 2,
          kind: m.kind === n.kind ? m.kind : 'reworded',
          changes: [...m.changes, ...n.changes],
          text: '',
        };
      });
      continue;
    }
    out.push({ source: cur.source, matches: cur.matches.map((m) => ({ ...m })) });
  }
  for (const d of out) for (const m of d.matches) if (!m.text) m.text = index.doc(m.doc)?.text.slice(m.start, m.end) ?? '';
  return out;
}

function sameParagraphRun(entry: DocEntry, a: DocumentMatch, b: DocumentMatch): boolean {
  // Only sentences of one paragraph are merged.
  const text = entry.text.slice(a.source.end, b.source.start);
  return !/\n\s*\n|\r\n\s*\r\n/.test(text) && !text.includes('\n');
}

function sameTargets(a: DocumentMatch, b: DocumentMatch): boolean {
  if (a.matches.length !== b.matches.length) return false;
  for (const m of a.matches) {
    const n = b.matches.find((x) => x.doc === m.doc);
    if (!n || n.start < m.end - 1 || n.start - m.end > 400) return false;
  }
  return true;
}

function contextTerms(index: PassageIndex, tokens: Tokens, s0: number, s1: number, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let i = s0; i < s1; i++) {
    if (i >= a && i < b) continue;
    const t = tokens.terms[i]!;
    if (!index.isStop(t)) out.add(t);
  }
  return out;
}

function runQuery(index: PassageIndex, query: Query, options: MatchOptions): PassageMatch[] {
  const o = { ...DEFAULTS, ...options };
  const found = query.terms.length < SHINGLE ? phraseQuery(index, query, o) : shingleQuery(index, query, o);
  found.sort((x, y) => y.score - x.score || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
  return found.filter((m) => m.score >= o.minScore).slice(0, o.limit);
}

function shingleQuery(index: PassageIndex, query: Query, o: Required<MatchOptions>): PassageMatch[] {
  const q = query.terms;
  const qSet = new Set<number>();
  for (let i = 0; i + SHINGLE <= q.length; i++) {
    let content = false;
    for (let k = 0; k < SHINGLE; k++) if (!index.isStop(q[i + k]!)) content = true;
    if (content) qSet.add(shingleHash(q, i));
  }
  const hits = new Map<number, number>();
  for (const h of qSet) {
    const p = index.docsWithShingle(h);
    if (p === undefined) continue;
    if (typeof p === 'number') {
      if (p !== query.docId) hits.set(p, (hits.get(p) ?? 0) + 1);
    } else for (const d of p) if (d !== query.docId) hits.set(d, (hits.get(d) ?? 0) + 1);
  }
  // A long passage needs a few shared shingles from a candidate: one is a stock phrase.
  const minHits = qSet.size >= 20 ? 3 : qSet.size >= 6 ? 2 : 1;
  const candidates = [...hits.entries()]
    .filter(([, n]) => n >= minHits)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, o.maxCandidates);
  const qWeight = weightOf(q, index);
  const out: PassageMatch[] = [];
  for (const [docId] of candidates) {
    const entry = index.docById(docId);
    if (!entry) continue;
    // An article carrying the passage hundreds of times (a huge file of repeats) gives enough after a few.
    const cap = out.length + 2 * o.limit;
    for (const [w0, w1] of windows(entry, qSet, q.length)) {
      if (out.length >= cap) break;
      alignWindow(index, query, entry, qSet, qWeight, w0, w1, out, 0);
    }
  }
  return out;
}

/**
 * Aligns the query with one window of a candidate article; when a match is found, the parts of the
 * window before and after it are tried too (the same passage twice, or sentences reordered).
 */
function alignWindow(
  index: PassageIndex,
  query: Query,
  entry: DocEntry,
  qSet: Set<number>,
  qWeight: number,
  w0: number,
  w1: number,
  out: PassageMatch[],
  depth: number,
): void {
  if (w1 - w0 < SHINGLE || depth > 8) return;
  let hit = false;
  for (let i = w0; i + SHINGLE <= w1 && !hit; i++) if (entry.shingles[i] !== 0 && qSet.has(entry.shingles[i]!)) hit = true;
  if (!hit) return;
  const q = query.terms;
  const local = alignLocal(q, entry.tokens.terms, index, 0, q.length, w0, w1);
  if (!local) return;
  const al = extend(index, query, entry, local, w0, w1);
  const m = toMatch(index, query, entry, al, qWeight);
  if (!m) return;
  out.push(m);
  alignWindow(index, query, entry, qSet, qWeight, w0, al.bStart, out, depth + 1);
  alignWindow(index, query, entry, qSet, qWeight, al.bEnd, w1, out, depth + 1);
}

/**
 * A local alignment stops where a gap costs more than the words after it regain ("this [kind of]
 * relationship"); extending it within the sentences around the match recovers such edges.
 */
function extend(index: PassageIndex, query: Query, entry: DocEntry, local: Alignment, w0: number, w1: number): Alignment {
  const s0 = index.sentenceOf(entry, local.bStart);
  const s1 = index.sentenceOf(entry, Math.max(local.bStart, local.bEnd - 1));
  const from = Math.max(w0, s0 >= 0 ? entry.sentences[2 * s0]! : local.bStart);
  const to = Math.min(w1, s1 >= 0 ? entry.sentences[2 * s1 + 1]! : local.bEnd);
  return extendAlignment(local, query.terms, entry.tokens.terms, index, 0, query.terms.length, from, to);
}

/** Windows of an article around the positions of the query's shingles. */
function windows(entry: DocEntry, qSet: Set<number>, qLen: number): [number, number][] {
  const sh = entry.shingles;
  let pos: number[];
  if (entry.shinglePositions) pos = shinglePositionsOf(entry, qSet);
  else {
    pos = [];
    for (let i = 0; i < sh.length; i++) {
      const h = sh[i]!;
      if (h !== 0 && qSet.has(h)) pos.push(i);
    }
  }
  const out: [number, number][] = [];
  const n = entry.tokens.length;
  // Room around the hits for the alignment to find where the match begins and ends.
  const pad = Math.min(qLen, 24) + SHINGLE;
  let k = 0;
  while (k < pos.length) {
    let last = pos[k]!;
    const first = last;
    let j = k + 1;
    while (j < pos.length && pos[j]! - last <= qLen) last = pos[j++]!;
    let w0 = Math.max(0, first - pad);
    let w1 = Math.min(n, last + pad);
    // Keep windows small enough to align quickly.
    const maxLen = 3 * qLen + 4 * SHINGLE;
    if (w1 - w0 > maxLen) {
      const mid = (first + last) >> 1;
      w0 = Math.max(0, mid - (maxLen >> 1));
      w1 = Math.min(n, w0 + maxLen);
    }
    const prev = out[out.length - 1];
    if (prev && w0 <= prev[1]) prev[1] = Math.max(prev[1], w1);
    else out.push([w0, w1]);
    k = j;
  }
  return out;
}

/** Weight of the sentences of `entry` that the token range [a, b) touches. */
function sentencesWeight(index: PassageIndex, entry: DocEntry, a: number, b: number): number {
  const s0 = index.sentenceOf(entry, a);
  const s1 = index.sentenceOf(entry, Math.max(a, b - 1));
  const from = s0 >= 0 ? entry.sentences[2 * s0]! : a;
  const to = s1 >= 0 ? entry.sentences[2 * s1 + 1]! : b;
  return weightOf(entry.tokens.terms, index, from, to);
}

function toMatch(index: PassageIndex, query: Query, entry: DocEntry, al: Alignment, qWeight: number): PassageMatch | null {
  if (al.matchedContent < 2 && !(query.terms.length <= SHINGLE + 1 && al.matchedContent >= 1 && al.equal === query.terms.length)) return null;
  const tWeight = sentencesWeight(index, entry, al.bStart, al.bEnd);
  const regionQ = weightOf(query.terms, index, al.aStart, al.aEnd);
  const regionT = weightOf(entry.tokens.terms, index, al.bStart, al.bEnd);
  const cover = al.matchedWeight / Math.max(1e-9, Math.min(qWeight, tWeight));
  const fidelity = al.matchedWeight / Math.max(regionQ, regionT);
  let score = Math.min(1, cover) * (0.6 + 0.4 * fidelity);
  // A long exact run is evidence on its own, even inside a much longer passage.
  const strongRun = al.longestRunContent >= 4 || (al.longestRunContent >= 3 && al.longestRun >= 5);
  if (strongRun) score = Math.max(score, Math.min(1, 0.5 + 0.05 * al.longestRunContent));
  if (score < 0.3) return null;
  const changes = al.ops
    .filter((op) => op.op !== 'equal')
    .map((op) => {
      const source = tokensSpan(query.starts, query.ends, op.a0, op.a1);
      const target = tokensSpan(entry.tokens.starts, entry.tokens.ends, op.b0, op.b1);
      return {
        source,
        target,
        sourceText: query.text.slice(source.start, source.end),
        targetText: entry.text.slice(target.start, target.end),
      };
    });
  const edited = changes.length > 0;
  const whole = al.aStart === 0 && al.aEnd === query.terms.length;
  const kind: MatchKind = edited ? 'reworded' : whole ? 'verbatim' : 'trimmed';
  const start = entry.tokens.starts[al.bStart]!;
  const end = entry.tokens.ends[al.bEnd - 1]!;
  return {
    doc: entry.path,
    start,
    end,
    text: entry.text.slice(start, end),
    source: { start: query.starts[al.aStart]!, end: query.ends[al.aEnd - 1]! },
    score: round(score),
    kind,
    inQuote: entry.quotes.some((q) => q.start <= start && q.end >= end),
    changes,
  };
}

/** Character span of tokens [a, b); an empty range is the point before token a. */
function tokensSpan(starts: Int32Array, ends: Int32Array, a: number, b: number): Span {
  if (b > a) return { start: starts[a]!, end: ends[b - 1]! };
  const at = a < starts.length ? starts[a]! : ends[ends.length - 1] ?? 0;
  return { start: at, end: at };
}

function phraseQuery(index: PassageIndex, query: Query, o: Required<MatchOptions>): PassageMatch[] {
  const q = query.terms;
  // Candidate articles: those with every content word of the phrase.
  const content: number[] = [];
  for (let i = 0; i < q.length; i++) if (!index.isStop(q[i]!) && !content.includes(q[i]!)) content.push(q[i]!);
  if (!content.length) return [];
  const ids = index.docsWithTerms(content);
  const out: PassageMatch[] = [];
  for (const id of ids) {
    if (id === query.docId) continue;
    const entry = index.docById(id);
    if (!entry) continue;
    const terms = entry.tokens.terms;
    for (let i = 0; i + q.length <= terms.length; i++) {
      if (terms[i] !== q[0]) continue;
      let k = 1;
      while (k < q.length && terms[i + k] === q[k]) k++;
      if (k < q.length) continue;
      const start = entry.tokens.starts[i]!;
      const end = entry.tokens.ends[i + q.length - 1]!;
      const inQuote = entry.quotes.some((x) => x.start <= start && x.end >= end);
      // Rank: inside a quotation (when a quote is asked), then context words shared.
      let context = 0;
      if (query.context?.size) {
        const s = index.sentenceOf(entry, i);
        if (s >= 0) {
          const seen = new Set<number>();
          for (let j = entry.sentences[2 * s]!; j < entry.sentences[2 * s + 1]!; j++) {
            const t = terms[j]!;
            if ((j < i || j >= i + q.length) && query.context.has(t) && !seen.has(t)) {
              seen.add(t);
              context++;
            }
          }
        }
      }
      const score = Math.min(1, 0.6 + (query.isQuote && inQuote ? 0.2 : 0) + Math.min(0.2, 0.05 * context));
      out.push({
        doc: entry.path,
        start,
        end,
        text: entry.text.slice(start, end),
        source: { start: query.starts[0]!, end: query.ends[q.length - 1]! },
        score: round(score),
        kind: 'verbatim',
        inQuote,
        changes: [],
      });
      if (out.length > 10 * o.limit) return out;
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

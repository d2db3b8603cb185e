/**
 * Statements aligned across the folder: sentences of two articles that report the same thing.
 *
 * Two articles are compared only when they report one story (`Related`, among the articles that
 * share shingles with each other: `PassageIndex.relatedDocs`), never all pairs of the folder; and
 * their sentences are compared only through the words they share (each article keeps its content
 * words listed by sentence), never all pairs of sentences. The sentences are the passage index's
 * (the text layer's one sentence splitter).
 *
 * How much a shared word counts is decided by the two articles alone: a word in most sentences of
 * both ("pirates" in two reports on pirates) says little about which sentence matches which; a word
 * in one sentence of each (a name, a figure, "mothership") says a lot. Weighting within the pair
 * makes what is found for two articles depend on their texts only, so it is kept with the pair
 * (`StatementState`) and worked out again only when one of the two changes.
 */
import { finish, type Steps } from '../common/budget';
import type { Related } from './detectors/shared';
import { RELATED_MIN_SHINGLES, type DocEntry, type PassageIndex } from './passages';

/** One sentence of one article. */
export interface Statement {
  doc: DocEntry;
  /** Index of the sentence in `doc.sentences`. */
  sentence: number;
  /** Its token range. */
  t0: number;
  t1: number;
}

/** Two sentences of two articles that report the same thing. */
export interface AlignedStatements {
  a: Statement;
  b: Statement;
  /** Content terms (ids) the two share. */
  shared: number[];
  /** The share of the lighter sentence's word weight found in the other (0..1). */
  cover: number;
}

/**
 * An article's content words listed by sentence, and the sentences listed by word: what alignment
 * reads of one article, kept with it. Five flat arrays (an article of the 10x corpus kept a Map
 * of one array per word and an array per sentence: 36 KB an article, 0.75 GB for the folder; flat,
 * about a tenth of that).
 */
export interface StatementDocData {
  /** Sentences of the article. */
  count: number;
  /** Distinct content terms of sentence k, ascending: `terms[termsAt[k]]` to `terms[termsAt[k + 1] - 1]`. */
  terms: Int32Array;
  termsAt: Int32Array;
  /** The article's distinct content terms, ascending; the sentences holding `keys[i]` (ascending, distinct): `sentences[sentencesAt[i]]` to `sentences[sentencesAt[i + 1] - 1]`. */
  keys: Int32Array;
  sentences: Int32Array;
  sentencesAt: Int32Array;
}

/** Where term t is in `data.keys`, or -1. */
function keyOf(data: StatementDocData, t: number): number {
  const keys = data.keys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === t ? lo : -1;
}

/** How many sentences of an article hold term t. */
function sentenceCount(data: StatementDocData, t: number): number {
  const k = keyOf(data, t);
  return k < 0 ? 0 : data.sentencesAt[k + 1]! - data.sentencesAt[k]!;
}

/** Articles compared with one article, at most (the most related first). */
export const MAX_RELATED_DOCS = 24;
/** Shared content words two statements need at least. */
const MIN_SHARED = 3;
/** The share of the lighter sentence's weight the other must hold. */
const MIN_COVER = 0.45;
/** Other sentences one sentence is aligned with, at most (the best). */
const MAX_PER_SENTENCE = 2;
/** Sentences longer than this (in words) are lists or run-ons, not one statement. */
const MAX_SENTENCE_WORDS = 80;

/** The distinct entity names of an article (lower case), kept with it for the entities it has. */
function namesOf(doc: DocEntry): readonly string[] {
  const kept = doc.kept.names;
  if (kept?.entities === doc.entities) return kept.names;
  const names = [...new Set(doc.entities.map((e) => e.canonical.toLowerCase()))];
  doc.kept.names = { entities: doc.entities, names };
  return names;
}

/** The words of an article by sentence, worked out once per article text. */
export function statementDataOf(index: PassageIndex, doc: DocEntry): StatementDocData {
  const kept = doc.kept.statements;
  if (kept) return kept;
  const s = doc.sentences;
  const t = doc.tokens.terms;
  const count = s.length / 2;
  const termsAt = new Int32Array(count + 1);
  const all: number[] = [];
  const one: number[] = [];
  for (let k = 0; k < count; k++) {
    termsAt[k] = all.length;
    if (s[2 * k + 1]! - s[2 * k]! > MAX_SENTENCE_WORDS) continue;
    one.length = 0;
    for (let i = s[2 * k]!; i < s[2 * k + 1]!; i++) if (!index.isStop(t[i]!)) one.push(t[i]!);
    one.sort((x, y) => x - y);
    for (let i = 0; i < one.length; i++) if (i === 0 || one[i] !== one[i - 1]) all.push(one[i]!);
  }
  termsAt[count] = all.length;
  const terms = Int32Array.from(all);
  // The sentences by term: the distinct terms, how many sentences hold each, then each sentence
  // in its terms' lists, in sentence order.
  const sorted = terms.slice().sort();
  let n = 0;
  for (let p = 0; p < sorted.length; p++) if (p === 0 || sorted[p] !== sorted[p - 1]) sorted[n++] = sorted[p]!;
  const keys = sorted.slice(0, n);
  const sentencesAt = new Int32Array(n + 1);
  const data: StatementDocData = { count, terms, termsAt, keys, sentences: new Int32Array(terms.length), sentencesAt };
  for (let p = 0; p < terms.length; p++) sentencesAt[keyOf(data, terms[p]!) + 1]!++;
  for (let k = 0; k < n; k++) sentencesAt[k + 1]! += sentencesAt[k]!;
  const next = sentencesAt.slice(0, n);
  for (let k = 0; k < count; k++) for (let p = termsAt[k]!; p < termsAt[k + 1]!; p++) data.sentences[next[keyOf(data, terms[p]!)]!++] = k;
  return (doc.kept.statements = data);
}

/**
 * The aligned statements of one pair of articles, as kept between derivations: for each, the
 * sentence of `a` and of `b` (flat pairs, in text order) and its cover. Numbers, not objects: the
 * 10x corpus has two million aligned statements, and objects for each (with their two sentences
 * and shared words) held 190 MB at 5x; the statements are made when read (`statementsOf`).
 */
export interface PairAlignment {
  readonly a: DocEntry;
  readonly b: DocEntry;
  readonly sentences: Int32Array;
  readonly covers: Float64Array;
}

/** The aligned statements of some pairs of articles, made one at a time as they are read (`shared` from the two sentences' words). */
export function* statementsOf(index: PassageIndex, alignments: readonly PairAlignment[]): Generator<AlignedStatements, void, undefined> {
  for (const { a, b, sentences, covers } of alignments) {
    if (!sentences.length) continue;
    const da = statementDataOf(index, a);
    const db = statementDataOf(index, b);
    for (let p = 0; p < covers.length; p++) {
      const i = sentences[2 * p]!;
      const j = sentences[2 * p + 1]!;
      yield { a: statementOf(a, i), b: statementOf(b, j), shared: sharedTerms(da, i, db, j), cover: covers[p]! };
    }
  }
}

/** What alignment keeps between derivations: the aligned sentences of each pair of articles (by ids). */
export class StatementState {
  /** The smaller id → the larger → the pair's alignment and the derivation that last asked for it. */
  private pairs = new Map<number, Map<number, { alignment: PairAlignment; asked: number }>>();
  private derivation = 0;

  /** Starts a derivation: the pairs not asked for in it are forgotten at its end (`keepOnly`). */
  begin(): void {
    this.derivation++;
  }

  /** The aligned statements of two articles (a's id below b's), from what was kept when both are unchanged. */
  pair(index: PassageIndex, a: DocEntry, b: DocEntry): PairAlignment {
    let row = this.pairs.get(a.id);
    if (!row) this.pairs.set(a.id, (row = new Map()));
    let kept = row.get(b.id);
    if (!kept) row.set(b.id, (kept = { alignment: alignedSentences(index, a, b), asked: 0 }));
    kept.asked = this.derivation;
    return kept.alignment;
  }

  /** Forgets the pairs not asked for in this derivation (an article changed or went). */
  keepOnly(): void {
    for (const [a, row] of this.pairs) {
      for (const [b, kept] of row) if (kept.asked !== this.derivation) row.delete(b);
      if (!row.size) this.pairs.delete(a);
    }
  }

  clear(): void {
    this.pairs = new Map();
  }
}

/**
 * Every pair of statements of two articles that report the same thing, for the given pairs of
 * articles (`relatedPairs`), statements in text order.
 */
export function alignStatements(index: PassageIndex, pairs: readonly (readonly [DocEntry, DocEntry])[], state: StatementState = new StatementState()): AlignedStatements[] {
  return [...statementsOf(index, finish(alignStatementSteps(index, pairs, state)))];
}

/**
 * The alignments of the given pairs of articles (`alignStatements`, as kept: read them with
 * `statementsOf`), with checkpoints every few pairs (common/budget.ts, `Steps`), between calls to
 * the kept state.
 */
export function* alignStatementSteps(index: PassageIndex, pairs: readonly (readonly [DocEntry, DocEntry])[], state: StatementState = new StatementState()): Steps<PairAlignment[]> {
  const out: PairAlignment[] = [];
  state.begin();
  let n = 0;
  for (const [a, b] of pairs) {
    if (++n % PAIRS_PER_STEP === 0) yield;
    out.push(state.pair(index, a, b));
  }
  state.keepOnly();
  return out;
}

/** Pairs of articles gone through between two checkpoints (`alignStatementSteps`, `relatedPairSteps`). */
export const PAIRS_PER_STEP = 32;

/** Names (entity canonicals) two articles share that make them one story, without shared text or quotes. */
export const MIN_SHARED_NAMES = 3;
/**
 * Folders of this many articles or more are not paired by names: there a shared name is weak
 * evidence (many stories name the same government or city), and the articles of one story share
 * text or quotes; an event's folder of a few dozen outlets is paired by names as well.
 */
export const NAME_PAIRING_MAX_DOCS = 50;

/**
 * The pairs of articles that report one story (the lower id first), in path order of the first
 * then the second: those `related` says are (a shared quote, shared text), and in a folder of
 * fewer than `NAME_PAIRING_MAX_DOCS` those naming the same people, places and organisations (at
 * least `MIN_SHARED_NAMES` entities; outlets that rewrite a story in their own words share its
 * names, not its sentences), found through a list of the articles naming each. Each article is
 * compared with its `MAX_RELATED_DOCS` most related.
 */
export function relatedPairs(index: PassageIndex, related: Related): [DocEntry, DocEntry][] {
  return finish(relatedPairSteps(index, related));
}

/** `relatedPairs` with checkpoints every few articles (common/budget.ts, `Steps`). */
export function* relatedPairSteps(index: PassageIndex, related: Related): Steps<[DocEntry, DocEntry][]> {
  const docs = index.allDocs().sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const byName = new Map<string, DocEntry[]>();
  if (docs.length < NAME_PAIRING_MAX_DOCS)
  for (const d of docs) {
    for (const k of namesOf(d)) {
      let l = byName.get(k);
      if (!l) byName.set(k, (l = []));
      l.push(d);
    }
  }
  const shared = new Map<DocEntry, Map<DocEntry, number>>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i]!.path < list[j]!.path ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        let m = shared.get(x);
        if (!m) shared.set(x, (m = new Map()));
        m.set(y, (m.get(y) ?? 0) + 1);
      }
  }
  const out: [DocEntry, DocEntry][] = [];
  let n = 0;
  for (const d of docs) {
    if (++n % PAIRS_PER_STEP === 0) yield;
    const strength = new Map<DocEntry, number>();
    for (const [o, n] of shared.get(d) ?? []) if (n >= MIN_SHARED_NAMES) strength.set(o, n);
    for (const x of index.relatedDocs(d, RELATED_MIN_SHINGLES).slice(0, MAX_RELATED_DOCS))
      if (x.doc.path > d.path && related(d, x.doc)) strength.set(x.doc, Math.max(strength.get(x.doc) ?? 0, 1000 + x.shared));
    const others = [...strength]
      .sort((p, q) => q[1] - p[1] || (p[0].path < q[0].path ? -1 : 1))
      .slice(0, MAX_RELATED_DOCS)
      .map(([o]) => o)
      .sort((x, y) => (x.path < y.path ? -1 : 1));
    for (const o of others) out.push(d.id < o.id ? [d, o] : [o, d]);
  }
  return out;
}

/** A word in more sentences of the other article than this says nothing about which sentence matches (and would make a huge article's pairs quadratic). */
const MAX_TERM_SENTENCES = 32;

/** The statements of `a` and `b` that report the same thing (`a`'s sentences first in each pair). */
export function alignPair(index: PassageIndex, a: DocEntry, b: DocEntry): AlignedStatements[] {
  return [...statementsOf(index, [alignedSentences(index, a, b)])];
}

/**
 * `alignPair` as kept (`PairAlignment`): the sentence numbers and covers only, without a statement
 * object or a list of shared words made for each candidate (the 10x corpus weighs millions).
 */
function alignedSentences(index: PassageIndex, a: DocEntry, b: DocEntry): PairAlignment {
  // The shorter article's sentences look up the longer's: the cost follows the shorter.
  const swap = statementDataOf(index, a).count > statementDataOf(index, b).count;
  const { is, js, covers } = swap ? alignOrdered(index, b, a) : alignOrdered(index, a, b);
  // In text order of a, then of b.
  const order = Array.from(is.keys());
  if (swap) order.sort((p, q) => js[p]! - js[q]! || is[p]! - is[q]!);
  const sentences = new Int32Array(2 * order.length);
  const kept = new Float64Array(order.length);
  order.forEach((p, n) => {
    sentences[2 * n] = swap ? js[p]! : is[p]!;
    sentences[2 * n + 1] = swap ? is[p]! : js[p]!;
    kept[n] = covers[p]!;
  });
  return { a, b, sentences, covers: kept };
}

/**
 * The aligned sentences of `a` (the article with fewer) and `b`: the pairs (is[p], js[p]) with their
 * covers, ordered by the sentence of `a`, then of `b`.
 */
function alignOrdered(index: PassageIndex, a: DocEntry, b: DocEntry): { is: number[]; js: number[]; covers: number[] } {
  const da = statementDataOf(index, a);
  const db = statementDataOf(index, b);
  const na = da.count;
  const nb = db.count;
  // A word's weight within the pair: rare in the two articles' sentences, heavy.
  const weightCache = new Map<number, number>();
  const weight = (t: number) => {
    let w = weightCache.get(t);
    if (w === undefined) {
      const c = sentenceCount(da, t) + sentenceCount(db, t);
      w = Math.log(1 + (na + nb) / Math.max(1, c));
      weightCache.set(t, w);
    }
    return w;
  };
  const total = (d: StatementDocData, k: number) => {
    let s = 0;
    for (let p = d.termsAt[k]!; p < d.termsAt[k + 1]!; p++) s += weight(d.terms[p]!);
    return s;
  };
  const totalsB = new Float64Array(nb).fill(-1);
  // The candidates kept by the sentences of a (the best of each), in the order found: flat.
  const fi: number[] = [];
  const fj: number[] = [];
  const fc: number[] = [];
  // Per sentence of b: summed weight and count of shared words, for the sentences touched.
  const score = new Float64Array(nb);
  const count = new Int32Array(nb);
  const touched: number[] = [];
  const best: number[] = [];
  const bestCover = new Float64Array(nb);
  for (let i = 0; i < na; i++) {
    const p0 = da.termsAt[i]!;
    const p1 = da.termsAt[i + 1]!;
    if (p1 - p0 < MIN_SHARED) continue;
    touched.length = 0;
    for (let p = p0; p < p1; p++) {
      const t = da.terms[p]!;
      const key = keyOf(db, t);
      if (key < 0) continue;
      const q0 = db.sentencesAt[key]!;
      const q1 = db.sentencesAt[key + 1]!;
      if (q1 - q0 > MAX_TERM_SENTENCES) continue;
      const w = weight(t);
      for (let q = q0; q < q1; q++) {
        const j = db.sentences[q]!;
        if (count[j] === 0) touched.push(j);
        score[j]! += w;
        count[j]!++;
      }
    }
    let ta = -1;
    best.length = 0;
    for (const j of touched) {
      const n = count[j]!;
      const w = score[j]!;
      count[j] = 0;
      score[j] = 0;
      if (n < MIN_SHARED) continue;
      if (ta < 0) ta = total(da, i);
      // Each sentence of b weighed once, when first touched (never all of a huge b per pair).
      if (totalsB[j]! < 0) totalsB[j] = total(db, j);
      const cover = w / Math.min(ta, totalsB[j]!);
      if (cover < MIN_COVER) continue;
      best.push(j);
      bestCover[j] = cover;
    }
    best.sort((p, q) => bestCover[q]! - bestCover[p]! || p - q);
    for (let k = 0; k < best.length && k < MAX_PER_SENTENCE; k++) {
      fi.push(i);
      fj.push(best[k]!);
      fc.push(bestCover[best[k]!]!);
    }
  }
  // Each sentence of b keeps its best too: the candidates by sentence of b, best first (ties: the
  // earlier sentence of a), the first MAX_PER_SENTENCE of each kept.
  const byB = Array.from(fi.keys()).sort((p, q) => fj[p]! - fj[q]! || fc[q]! - fc[p]! || fi[p]! - fi[q]!);
  const keep = new Uint8Array(fi.length);
  for (let k = 0, run = 0; k < byB.length; k++) {
    run = k > 0 && fj[byB[k]!] === fj[byB[k - 1]!] ? run + 1 : 0;
    if (run < MAX_PER_SENTENCE) keep[byB[k]!] = 1;
  }
  // Found in order of a's sentence, then best first: kept in order of a's sentence, then b's.
  const out: { is: number[]; js: number[]; covers: number[] } = { is: [], js: [], covers: [] };
  const order = Array.from(fi.keys()).filter((p) => keep[p]).sort((p, q) => fi[p]! - fi[q]! || fj[p]! - fj[q]!);
  for (const p of order) {
    out.is.push(fi[p]!);
    out.js.push(fj[p]!);
    out.covers.push(fc[p]!);
  }
  return out;
}

/** The terms sentence i of one article and sentence j of another share, ascending (a merge of their sorted lists). */
function sharedTerms(da: StatementDocData, i: number, db: StatementDocData, j: number): number[] {
  const out: number[] = [];
  let p = da.termsAt[i]!;
  let q = db.termsAt[j]!;
  const p1 = da.termsAt[i + 1]!;
  const q1 = db.termsAt[j + 1]!;
  while (p < p1 && q < q1) {
    const x = da.terms[p]!;
    const y = db.terms[q]!;
    if (x === y) {
      out.push(x);
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  return out;
}

/** Sentence k of an article as a statement. */
export function statementOf(doc: DocEntry, k: number): Statement {
  return { doc, sentence: k, t0: doc.sentences[2 * k]!, t1: doc.sentences[2 * k + 1]! };
}

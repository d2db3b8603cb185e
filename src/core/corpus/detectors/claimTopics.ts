/**
 * The topic of a denied claim and where another article states it (claims.ts's cue detector): the
 * claim's content words and their weights in the folder (`topicOf`, `termWeights`), which words are
 * one word (`relatedWords`), an article's clauses found by the stem keys of their words
 * (`ClauseFinder`), and how well a clause states a topic (`topicOverlap`).
 */
import type { DocEntry, PassageIndex } from '../passages';
import { irregularBase } from '../../text/inflection';
import type { Clause } from './claims';

/** Reporting verbs and other words that say nothing about the topic. */
const FRAME_WORDS = /^(said|say|says|told|tell|added|insisted|insist|claimed|claim|stated|argued|believe|believed|believes|think|thought|according|continued|again|also|later|earlier|actually|however|though|although|while|whether|wednesday|tuesday|monday|thursday|friday|saturday|sunday|today|yesterday|week|year|mr|ms|mrs)$/;
/** Words of a cue that are about denying, not about what is denied ("responsible" in "not responsible" stays). */
const CUE_WORDS = /^(deny|denie|denied|denial|dispute|disputed|disputing|reject|rejected|refute|refuted|contradict|contradicted|dismiss|dismissed|blameless|innocent|baseless|unfounded|groundless|unsubstantiated|proof|evidence|information|indication|sign|lack|firm|hard|concrete|credible|direct|confirmed|verified|proven|proved|unconfirmed|unverified|false|falsely)$/;

/**
 * Words match when equal or one is the other with a short ending (Syria / Syrian, investigate / investigation).
 * Related words always have the same stem key ({@link compareKeys}).
 *
 * The two endings after the shared letters must be endings English words take (or their last
 * letters, the shared part having taken the first: attack-ed / attack-er): two words that merely
 * share their first letters are not one word ("missi-on" / "missi-ng", "conte-nt" / "conte-st").
 * An irregular verb's forms are one word with each other and with its base ("sank" / "sunk" /
 * "sink", "flew" / "flown": inflection.ts's `irregularBase`, as the key reads them too).
 */
export function relatedWords(a: string, b: string): boolean {
  if (a === b) return true;
  const ia = irregularBase(a);
  const ib = irregularBase(b);
  if (ia !== undefined || ib !== undefined) return (ia ?? a) === (ib ?? b);
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  if (p < Math.max(5, n - 2) || Math.max(a.length, b.length) - p > 4) return false;
  // Give back up to two shared letters to the endings, keeping a stem of five letters.
  for (let k = 0; k <= 2 && p - k >= 5; k++) if (ENDINGS.has(a.slice(p - k)) && ENDINGS.has(b.slice(p - k))) return true;
  return false;
}

/** Endings that make one English word of another (inflections and common derivations), and none. */
const ENDINGS = new Set(
  ['', 's', 'es', 'e', 'ed', 'd', 'ing', 'ings', 'ion', 'ions', 'ation', 'ations', 'n', 'an', 'ans', 'ian', 'ians', 'ese', 'i', 'is',
   'er', 'ers', 'r', 'rs', 'or', 'ors', 'al', 'ally', 'ly', 'y', 'ies', 'ied', 'ic', 'ics', 'ical', 'ist', 'ists', 'ism', 'ity',
   'ive', 'ment', 'ments', 'ness', 'ance', 'ence', 'ant', 'ants', 'ent', 'ents', 'ise', 'ize', 'ised', 'ized', 'able', 'ible'],
);

/**
 * A word's stem key: its first five letters (the whole word when shorter), an irregular verb form's
 * those of its base ("sank" → "sink"). Two words `relatedWords` joins share at least five first
 * letters, or are equal, or are forms of one irregular verb, so they have the same key.
 */
function stemKey(w: string): string {
  return (irregularBase(w) ?? w).slice(0, 5);
}

/** The order of two stem keys (`stemKey`). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The clauses of an article that can state a topic: the assertive clauses (not denials) with at
 * least two of its words (`topicOverlap` finds no fewer in any other), in article order. Found
 * through the article's clauses listed by the stem keys of their words, so that looking for a
 * topic in a huge article costs the clauses that share its words, not all of them.
 */
export const MAX_CLAUSE_CANDIDATES = 32;
const MAX_KEY_CLAUSES = 4096;

export class ClauseFinder {
  /**
   * The clauses by stem key of their words, flat (a Map of one array per key held 32 MB at 5x the
   * BBC corpus): one term of the article per key, in key order (`compareKeys`); key k's clauses
   * (ascending, distinct) are `clauseIds[keyAt[k]]` to `clauseIds[keyAt[k + 1] - 1]`.
   */
  private readonly keyTerms: Int32Array;
  private readonly keyAt: Int32Array;
  private readonly clauseIds: Int32Array;
  private readonly hits: Int32Array;
  private readonly vocab: PassageIndex['vocab'];

  constructor(
    index: PassageIndex,
    doc: DocEntry,
    private readonly clauses: readonly Clause[],
  ) {
    const terms = doc.tokens.terms;
    const vocab = (this.vocab = index.vocab);
    // Each content term's clauses, in clause order, then the terms of one key merged.
    const byTerm = new Map<number, number[]>();
    clauses.forEach((c, ci) => {
      if (c.denial) return;
      for (let i = c.t0; i < c.t1; i++) {
        const t = terms[i]!;
        if (index.isStop(t)) continue;
        const list = byTerm.get(t);
        if (!list) byTerm.set(t, [ci]);
        else if (list[list.length - 1] !== ci) list.push(ci);
      }
    });
    const keyOfTerm = new Map<number, string>();
    for (const t of byTerm.keys()) keyOfTerm.set(t, stemKey(vocab.term(t)));
    const order = [...byTerm.keys()].sort((x, y) => compareKeys(keyOfTerm.get(x)!, keyOfTerm.get(y)!));
    const reps: number[] = [];
    const at: number[] = [];
    const ids: number[] = [];
    const merged = new Set<number>();
    for (let g = 0; g < order.length; ) {
      let h = g + 1;
      while (h < order.length && keyOfTerm.get(order[g]!) === keyOfTerm.get(order[h]!)) h++;
      reps.push(order[g]!);
      at.push(ids.length);
      if (h === g + 1) ids.push(...byTerm.get(order[g]!)!);
      else {
        merged.clear();
        for (let k = g; k < h; k++) for (const ci of byTerm.get(order[k]!)!) merged.add(ci);
        ids.push(...[...merged].sort((x, y) => x - y));
      }
      g = h;
    }
    at.push(ids.length);
    this.keyTerms = Int32Array.from(reps);
    this.keyAt = Int32Array.from(at);
    this.clauseIds = Int32Array.from(ids);
    this.hits = new Int32Array(clauses.length);
  }

  /** Where the stem key of word w is in `keyTerms`, or -1. */
  private keyOf(w: string): number {
    const key = stemKey(w);
    const at = (k: number) => stemKey(this.vocab.term(this.keyTerms[k]!));
    let lo = 0;
    let hi = this.keyTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(at(mid), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.keyTerms.length && at(lo) === key ? lo : -1;
  }

  /**
   * The clauses holding words of at least two of the topic's words, in article order; at most
   * MAX_CLAUSE_CANDIDATES, those with the most topic words (then the earliest). Without the cap
   * a topic's common words would find a share of every clause of a huge article (captions
   * without sentence ends), and the denials of such an article, as many as its size, would each
   * compare that many clauses: quadratic (issue 15). A news article offers a denial fewer than
   * twenty (the BBC corpus: 18 at most). A word in more than MAX_KEY_CLAUSES clauses is not looked up.
   */
  candidates(topic: Topic): Clause[] {
    const touched: number[] = [];
    for (const w of topic.terms) {
      const k = this.keyOf(w);
      if (k < 0) continue;
      const c0 = this.keyAt[k]!;
      const c1 = this.keyAt[k + 1]!;
      if (c1 - c0 > MAX_KEY_CLAUSES) continue;
      for (let c = c0; c < c1; c++) {
        const ci = this.clauseIds[c]!;
        if (this.hits[ci] === 0) touched.push(ci);
        this.hits[ci]!++;
      }
    }
    let kept = touched.filter((ci) => this.hits[ci]! >= 2);
    if (kept.length > MAX_CLAUSE_CANDIDATES) kept = kept.sort((a, b) => this.hits[b]! - this.hits[a]! || a - b).slice(0, MAX_CLAUSE_CANDIDATES);
    for (const ci of touched) this.hits[ci] = 0;
    return kept.sort((a, b) => a - b).map((ci) => this.clauses[ci]!);
  }
}

export interface Topic {
  /** Content words in order, with their weights (not those of a remark set off by commas inside the claim: `topicOf`). */
  terms: string[];
  weights: number[];
  /** Indices (in `terms`) of the rarest word, or of the two rarest for a topic of five words or more. */
  rarest: number[];
  /** Content words of the claim, those of a remark set off by commas too (a claim of fewer says too little to look for). */
  words: number;
}

/** Words a remark set off by two commas inside a claim has at most ("the ferry, carrying 110 passengers, had sunk"). */
const MAX_REMARK_WORDS = 8;

/**
 * A claim's topic: its content words but its frame, cue and numbers. A remark set off by two commas
 * inside it (an apposition, a participle's clause: "the ferry, carrying 110 passengers and 12 crew,
 * had sunk") says something beside the claim: its words count for the claim's size, not its topic,
 * so that the words around it are one phrase ("ferry … sunk") and the remark's alone state nothing
 * of it.
 */
export function topicOf(index: PassageIndex, doc: DocEntry, t0: number, t1: number, weight: (t: number) => number): Topic {
  const terms: string[] = [];
  const weights: number[] = [];
  let words = 0;
  const [r0, r1] = remarkIn(doc, t0, t1);
  for (let i = t0; i < t1; i++) {
    const t = doc.tokens.terms[i]!;
    if (index.isStop(t)) continue;
    const w = index.vocab.term(t);
    if (FRAME_WORDS.test(w) || CUE_WORDS.test(w) || /^\d/.test(w) || terms.includes(w)) continue;
    words++;
    if (i >= r0 && i < r1) continue;
    terms.push(w);
    weights.push(weight(t));
  }
  const order = weights.map((w, k) => [w, k] as const).sort((x, y) => y[0] - x[0]);
  return { terms, weights, rarest: order.slice(0, terms.length >= 5 ? 2 : 1).map(([, k]) => k), words };
}

/**
 * The first remark set off by two commas inside [t0, t1), with words before and after it (a token
 * range; empty when none): two to MAX_REMARK_WORDS words after a comma, up to the next.
 */
function remarkIn(doc: DocEntry, t0: number, t1: number): [number, number] {
  const comma = (a: number) => doc.text.slice(doc.tokens.ends[a]!, doc.tokens.starts[a + 1]!).trim() === ',';
  for (let a = t0 + 1; a + 1 < t1; a++) {
    if (!comma(a - 1)) continue;
    for (let b = a + 1; b < t1 - 1 && b - a <= MAX_REMARK_WORDS; b++) if (comma(b - 1)) return b - a >= 2 ? [a, b] : [0, 0];
    return [0, 0];
  }
  return [0, 0];
}

/**
 * How well a clause states a topic: the share of the topic's weight found in it, the number of
 * topic words found, and whether two topic words appear in the same order close together in both
 * ("behind … attack", "gas attack") — one shared word each is not one shared statement.
 */
export function topicOverlap(index: PassageIndex, topic: Topic, doc: DocEntry, t0: number, t1: number): { score: number; found: number; pair: boolean; key: boolean } {
  const words: string[] = [];
  for (let i = t0; i < t1; i++) {
    const t = doc.tokens.terms[i]!;
    if (!index.isStop(t)) words.push(index.vocab.term(t));
  }
  let got = 0;
  let total = 0;
  let found = 0;
  const at: number[] = topic.terms.map((w) => words.findIndex((x) => relatedWords(w, x)));
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
export function termWeights(index: PassageIndex, words: WordCounts): (t: number) => number {
  words.update(index);
  const { counts, sentences } = words;
  return (t) => Math.log(1 + sentences / Math.max(1, counts[t] ?? 1));
}

/** Occurrences of each word and the number of sentences in the folder, kept up to date with the articles. */
export class WordCounts {
  counts = new Int32Array(1024);
  sentences = 0;
  private docs = new Set<DocEntry>();

  /** Counts the articles added since the last call, and uncounts those gone. */
  update(index: PassageIndex): void {
    if (this.counts.length < index.vocab.size + 1) {
      const grown = new Int32Array(index.vocab.size + 1024);
      grown.set(this.counts);
      this.counts = grown;
    }
    const docs = index.allDocs();
    const now = new Set(docs);
    const add = (d: DocEntry, k: number) => {
      this.sentences += k * (d.sentences.length / 2);
      const terms = d.tokens.terms;
      for (let i = 0; i < terms.length; i++) this.counts[terms[i]!]! += k;
    };
    for (const d of this.docs) if (!now.has(d)) add(d, -1);
    for (const d of docs) if (!this.docs.has(d)) add(d, 1);
    this.docs = now;
  }
}

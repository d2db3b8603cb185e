/**
 * Claim discrepancies: what one article states and another contradicts.
 *
 * - By cue: a clause with a denial cue (denied, disputed, rejected, no proof, lack of evidence,
 *   blameless, not responsible, "no agreement was reached" …) and, in other articles, the
 *   assertive clauses on the same topic (its content words, weighted by how rare they are in the
 *   folder).
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { finish, type Steps } from '../../common/budget';
import type { EntityMention } from '../../common/types';
import { alignLocal } from '../align';
import { clean, dedupe, DOCS_PER_STEP, member, punctuationBetween, type Member, type Related } from './shared';
import { phraseHash, RELATED_MIN_SHINGLES, type DocEntry, type PassageIndex } from '../passages';
import { normalizeWord } from '../tokens';
import { span } from '../variants';
import { irregularBase } from '../../text/inflection';
import type { KeptSlots } from './claimConflicts';


/** "has not been", "could not be independently": before "confirmed", "verified" (both cue patterns). */
const NOT_YET = String.raw`(?:(?:has|have|had) not (?:yet )?been|could not be|cannot be) (?:[a-z]+ly )?`;
/** A denial or dispute. The object pronouns after the verbs make the claim the sentence before. */
const DENIAL = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying|ial)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?\s+(?:the|this|that|these|those|such|as)|contradict(?:s|ed|ing)?|blameless|innocent|baseless|unfounded|groundless|unsubstantiated|(?:no|lack of|without|not (?:any|a shred of)) (?:firm |hard |concrete |credible |direct )?(?:proof|evidence|information|indication|sign)|not (?:responsible|involved|to blame|behind|true|guilty)|no (?:agreement|deal|decision) (?:was|has been|had been) (?:reached|made|agreed)|${NOT_YET}(?:confirmed|verified|proven|proved)|unconfirmed|unverified|false(?:ly)? (?:claim|accus|report))\b`,
  'i',
);
const ANAPHORIC = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:this|it|these|those|that(?=\s*(?:[.,;:!?]|$|though\b|however\b))|the (?:claim|claims|report|reports|allegation|allegations|account|suggestion)|such (?:claims|reports))\b|\b(?:a|the) claim (?:that was |which was )?(?:rejected|denied|disputed)\b|^(?:but |and |though |however,? )?(?:this|that|it) ${NOT_YET}(?:confirmed|verified)\b`,
  'i',
);
/** Pronouns standing for a claim that is said to be unconfirmed ("… but this has not been confirmed"). */
const UNCONFIRMED_SUBJECT = new Set(['this', 'that', 'it', 'which']);
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

export interface Clause {
  doc: DocEntry;
  t0: number;
  t1: number;
  sentence: number;
  denial: boolean;
  anaphoric: boolean;
  /** Whether it asks or leaves open what it tells ("may or may not have …", "whether …"): no assertion. */
  open: boolean;
  /** Token range of the denial cue, when there is one. */
  cue0: number;
  cue1: number;
}

/**
 * The first denial cue in a text, or null. "Innocent" and "blameless" before a noun describe it
 * ("police killed an innocent man", "innocent civilians"): said of someone ("he is innocent",
 * "innocent of the charges") they deny a guilt; attributive, they deny nothing.
 */
function findDenial(text: string): RegExpExecArray | null {
  DENIAL_ALL.lastIndex = 0;
  for (let m = DENIAL_ALL.exec(text); m; m = DENIAL_ALL.exec(text)) {
    if (!/^(?:innocent|blameless)$/i.test(m[0]) || !attributive(text, m.index, m.index + m[0].length)) return m;
  }
  return null;
}
const DENIAL_ALL = new RegExp(DENIAL.source, 'gi');
/** Words before an adjective that make it a noun's ("an innocent man"). */
const DETERMINERS = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|many|several|some|other|two|three|four|five|dozens|hundreds|of)$/i;
/** Words after a predicative adjective that are no noun ("innocent of", "innocent until …", "innocent and …"). */
const AFTER_PREDICATE = /^(?:of|in|and|or|but|until|till|to|on|at|by|as|for|because|after|before|when|since|with|he|she|they|it|we|i|you|his|her|their|then|too|again|is|was|were|are|be|been|said|says|insisted|maintained)$/i;
function attributive(text: string, start: number, end: number): boolean {
  const before = /([\p{L}']+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (before && DETERMINERS.test(before[1]!)) return true;
  const after = /^\s+([\p{Ll}]+)\b/u.exec(text.slice(end, end + 24));
  return !!after && !AFTER_PREDICATE.test(after[1]!);
}

/**
 * What leaves a statement open: both answers given ("may or may not have discussed"), a question
 * embedded ("investigating whether the aircraft fired", "unclear if"), a memory or knowledge
 * missing ("unable to remember if"). Such a clause asserts nothing a denial could be against.
 */
const OPEN = /\b(?:(may|might|could) or \1 not|whether|(?:unclear|not clear|not known|unknown|not sure|uncertain|unable to (?:say|tell|remember|recall|confirm)|(?:could|can|did|does|do) not (?:say|tell|remember|recall|confirm|know)) if)\b/i;

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
        const m = findDenial(text);
        let cue0 = -1;
        let cue1 = -1;
        if (m) {
          cue0 = c0;
          while (cue0 < i && ends[cue0]! <= base + m.index) cue0++;
          cue1 = cue0;
          while (cue1 < i && starts[cue1]! < base + m.index + m[0].length) cue1++;
        }
        out.push({ doc, t0: c0, t1: i, sentence: k, denial: !!m, anaphoric: ANAPHORIC.test(text), open: OPEN.test(text), cue0, cue1 });
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
  // "[The ferry had sunk] but this has not been confirmed": what the pronoun before the cue stands
  // for, earlier in the clause (at the clause's start, it is the clause before: `ANAPHORIC`). Only
  // a cue that ends its phrase: "it had not been proven that …" says what is unproven after it.
  const term = (i: number) => index.vocab.term(doc.tokens.terms[i]!);
  const ends = c.cue1 >= c.t1 || punctuationBetween(doc, c.cue1 - 1, c.cue1);
  if (ends && c.cue0 - 1 > c.t0 && UNCONFIRMED_SUBJECT.has(term(c.cue0 - 1)) && /^(?:has|have|had|could|cannot)$/.test(term(c.cue0))) {
    let b = c.cue0 - 1;
    if (b > c.t0 && /^(?:but|and|though|although|yet)$/.test(term(b - 1))) b--;
    if (b - c.t0 >= 3) return withoutFrame(index, doc, c.t0, b);
  }
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
function termWeights(index: PassageIndex, words: WordCounts): (t: number) => number {
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

/**
 * Per article, kept in `DocEntry.kept` between derivations (they depend on its text alone): whether
 * it has a denial cue at all (the quick test, then the pattern), its clauses and their finder.
 */
export interface ClaimDocData {
  denies: boolean | undefined;
  clauses: Clause[] | undefined;
  finder: ClauseFinder | undefined;
  /** The slots of each sentence (claimSlots.ts), for the entities the article had. */
  slots: KeptSlots | undefined;
}

function claimDataOf(doc: DocEntry): ClaimDocData {
  return (doc.kept.claims ??= { denies: undefined, clauses: undefined, finder: undefined, slots: undefined });
}

/** What the claim detectors keep between derivations of one folder (owned by its corpus object). */
export class ClaimState {
  readonly words = new WordCounts();
  /** The assertions found at the last derivation, by topic and article (`claimDiscrepancies`). */
  assertions = new Map<string, KeptAssertion>();
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

export function claimDiscrepancies(index: PassageIndex, related: Related = () => true, state: ClaimState = new ClaimState()): Discrepancy[] {
  return finish(claimDiscrepancySteps(index, related, state));
}

/** `claimDiscrepancies` with checkpoints every few articles (common/budget.ts, `Steps`): a tenth of a second or more at 2,000 articles. */
export function* claimDiscrepancySteps(index: PassageIndex, related: Related = () => true, state: ClaimState = new ClaimState()): Steps<Discrepancy[]> {
  const docs = index.allDocs();
  const clausesOf = (d: DocEntry) => {
    const c = claimDataOf(d);
    return (c.clauses ??= clauses(d));
  };
  const finderOf = (d: DocEntry) => {
    const c = claimDataOf(d);
    return (c.finder ??= new ClauseFinder(index, d, clausesOf(d)));
  };
  // Each article's people in text order, for this derivation only (entities change between them).
  const people = new Map<DocEntry, EntityMention[]>();
  const peopleFor = (d: DocEntry) => {
    let list = people.get(d);
    if (!list) people.set(d, (list = peopleOf(d)));
    return list;
  };
  let cueIds: number[] | undefined;
  let weight: ((t: number) => number) | undefined;
  const assertionCache = new Map<string, { clause: Clause; score: number } | null>();
  // What the last derivation found, for the same topic (words, weights, people) in the same article.
  const before = state.assertions;
  const kept = new Map<string, KeptAssertion>();
  const found: { members: Member[]; label: string; keys: Set<string> }[] = [];
  let n = 0;
  for (const d of docs) {
    if (++n % DOCS_PER_STEP === 0) yield;
    // Cheap test first: most articles have none of the words a denial needs.
    const data = claimDataOf(d);
    let denies = data.denies;
    if (denies === undefined) {
      cueIds ??= CUE_TERMS.map((w) => index.vocab.find(normalizeWord(w))).filter((t): t is number => t !== undefined);
      denies = data.denies = cueIds.some((t) => index.hasTerm(d, t)) && DENIAL.test(d.text);
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
      weight ??= termWeights(index, state.words);
      const topic = topicOf(index, claim.doc, f0, f1, weight);
      // A claim says something about something: "He pleads [not guilty]" names no one.
      if (topic.terms.length < 3) return;
      const members: Member[] = [member(d, span(d, c.t0, c.t1))];
      if (claim !== c) members.push(member(d, span(d, claim.t0, claim.t1)));
      let others = 0;
      const topicKey = phraseHash(d.tokens.terms, f0, f1);
      const claimPeople = peopleIn(claim.doc, peopleFor(claim.doc), f0, f1);
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
            if (oc.open) continue;
            // About someone else: the first person the clause names after its reporting frame
            // ("Mr Sullivan has pleaded guilty" for "Mr Ebbers has pleaded not guilty").
            if (claimPeople.size) {
              const [x0, x1] = withoutFrame(index, o, oc.t0, oc.t1);
              const first = firstPerson(o, peopleFor(o), x0, x1);
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
  state.assertions = kept;
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
function firstPerson(doc: DocEntry, people: readonly EntityMention[], t0: number, t1: number): string | undefined {
  if (t1 <= t0) return undefined;
  const best = peopleWithin(people, doc.tokens.starts[t0]!, doc.tokens.ends[t1 - 1]!)[0];
  return best?.canonical.toLowerCase().split(/\s+/).pop();
}

/** Surnames (last words, lower case) of the people an article names within tokens [t0, t1). */
function peopleIn(doc: DocEntry, people: readonly EntityMention[], t0: number, t1: number): Set<string> {
  const out = new Set<string>();
  if (t1 <= t0) return out;
  for (const e of peopleWithin(people, doc.tokens.starts[t0]!, doc.tokens.ends[t1 - 1]!)) {
    const words = e.canonical.toLowerCase().split(/\s+/);
    out.add(words[words.length - 1]!);
  }
  return out;
}

/** An article's people in text order (by start; a stable sort keeps the article's order on ties). */
function peopleOf(doc: DocEntry): EntityMention[] {
  return doc.entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
}

/**
 * The people (`peopleOf`) within text[start, end), in text order: found by binary search, so that
 * a clause of a huge article costs its own people, not the article's (issue 15).
 */
function peopleWithin(people: readonly EntityMention[], start: number, end: number): EntityMention[] {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < people.length && people[k]!.start < end; k++) if (people[k]!.end <= end) out.push(people[k]!);
  return out;
}

function shorten(s: string, words: number): string {
  const w = s.split(/\s+/);
  return w.length > words ? w.slice(0, words).join(' ') + '…' : s;
}

export { slotConflicts, slotConflictSteps } from './claimConflicts';

/**
 * Does this text deny or dispute something (the cues a claim discrepancy's denial has)? For
 * readers of the discrepancies (core/corpus/coverage.ts) that tell the members that deny a claim
 * from those that state it.
 */
export function isDenial(text: string): boolean {
  return !!findDenial(text) || ANAPHORIC.test(text);
}

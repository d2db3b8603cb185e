/**
 * What attribution works with: the speakers it finds, the noun phrases it reads, the speech clauses
 * and sentences it analyses, what it concludes for each quotation, and the small word tests and
 * lists its phases share.
 */
import { mapArray } from '../../text';
import { BETWEEN_SUBJECT_AND_VERB, ORG_WORDS, NP_BREAK, SPEECH_VERB, WEEKDAYS_MONTHS } from '../lexicon';
import type { Gender } from '../names';
import { isCapWord, startsUpper, type Tok } from '../tokens';

export interface Speaker {
  name: string;
  kind: 'person' | 'org' | 'desc';
  gender: Gender;
  /** A description of a person ("the spokeswoman"), which he/she may refer to. Always set (false otherwise): one shape. */
  human: boolean;
}

export type NP =
  | { type: 'name'; words: string[]; start: number }
  | { type: 'pron'; p: string; start: number }
  | { type: 'desc'; words: string[]; head: string; det: string; possessor: string[] | null; start: number }
  | { type: 'rel'; ante: NP | null; start: number }
  | { type: 'coord'; start: number }
  | { type: 'none'; start: number };

/**
 * Noun phrases are built by these functions only: each has every field of every kind (unused ones
 * empty), so that V8 sees one object shape where the attribution reads `np.type` and `np.start`
 * (six literal shapes made those reads polymorphic, and each new one met deoptimised them).
 */
const NO_WORDS: readonly string[] = [];

/**
 * toks[i], or undefined outside the array, without reading out of bounds: an optimised function
 * whose read first goes past the end deoptimises (where the index is often one past the last token).
 */
export function tokAt(toks: readonly Tok[], i: number): Tok | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}

function makeNP(type: NP['type'], start: number, words: readonly string[], p: string, head: string, det: string, possessor: string[] | null, ante: NP | null): NP {
  return { type, start, words, p, head, det, possessor, ante } as NP;
}

export const npNone = (start: number): NP => makeNP('none', start, NO_WORDS, '', '', '', null, null);

export const npCoord = (start: number): NP => makeNP('coord', start, NO_WORDS, '', '', '', null, null);

export const npName = (words: string[], start: number): NP => makeNP('name', start, words, '', '', '', null, null);

export const npPron = (p: string, start: number): NP => makeNP('pron', start, NO_WORDS, p, '', '', null, null);

export const npRel = (ante: NP | null, start: number): NP => makeNP('rel', start, NO_WORDS, '', '', '', null, ante);

/** A copy of a noun phrase starting elsewhere (built by `makeNP` too, so it keeps the one shape). */
export function withStart(np: NP, start: number): NP {
  const f = np as NP & { words: readonly string[]; p: string; head: string; det: string; possessor: string[] | null; ante: NP | null };
  return makeNP(np.type, start, f.words, f.p, f.head, f.det, f.possessor, f.ante);
}

export const npDesc = (words: string[], head: string, det: string, possessor: string[] | null, start: number): Extract<NP, { type: 'desc' }> =>
  makeNP('desc', start, words, '', head, det, possessor, null) as Extract<NP, { type: 'desc' }>;

export interface Clause {
  v: number;
  base: string;
  participle: boolean;
  inverted: boolean;
  according: boolean;
  np: NP;
  speaker: Speaker | null;
}

export interface Sentence {
  idx: number;
  para: number;
  heading: boolean;
  titleCase: boolean;
  toks: Tok[];
  clauses: Clause[];
  subject: Speaker | null;
  subjectNp: NP | null;
  /** Last speaker named in this sentence (a clause's or a quotation's). */
  last: Speaker | null;
  /** Persons mentioned (canonical), in order. */
  mentions: Speaker[] | null;
  /** Where its quotations are among its tokens. */
  quoteAt: readonly number[];
  /** Clauses, subject and speakers have been worked out (sentences are analysed on demand). */
  analysed: boolean;
  /** With a memo: the sentences its analysis looked back to (indices), and its state's fingerprint. */
  reads?: number[];
  fp?: string;
}

/** How sure the attribution is: 3 adjacent ("…,” he said), 2 a speech verb in the sentence, 1 inherited, 0 none. */
export type Strength = 0 | 1 | 2 | 3;

export interface Attribution {
  speaker: Speaker | null;
  strength: Strength;
  /** The quotation opens its sentence (or follows a colon). */
  standalone: boolean;
  /** Text of the sentence before the quotation (for naming cues). */
  before: string;
  heading: boolean;
  titleCaseContext: boolean;
  /** A speech verb attributes it (in its sentence). */
  speechContext: boolean;
  /** Its speaker is named right after it: “…,” she said. */
  attributedAfter: boolean;
  /** The quotation resumes one interrupted by its attribution: “We are,” he said, “ready.” (its id) */
  resumes: number;
  /** Another quotation with its own speaker has the same words (set later). */
}

export function isLy(t: Tok): boolean {
  return t.k === 'w' && /^\p{Ll}+ly$/u.test(t.t) && !/^(?:family|italy|ally|rally|reply|supply|apply|fly|july|only|holy|belly|bully|jelly|lily|tally|sally|billy|molly|emily|kelly)$/.test(t.lo);
}

/** Skips adverbs, auxiliaries and time phrases between a subject and its verb, walking back from k. */
export function skipBetween(toks: readonly Tok[], k: number): number {
  while (k >= 0) {
    const t = toks[k]!;
    if (t.k !== 'w') break;
    if (isLy(t) || (BETWEEN_SUBJECT_AND_VERB.has(t.lo) && !startsUpper(t.t))) {
      k--;
      continue;
    }
    if (WEEKDAYS_MONTHS.has(t.lo) || t.lo === 'may') {
      const p = toks[k - 1];
      if (p && (p.lo === 'on' || p.lo === 'in' || p.lo === 'last' || p.lo === 'this' || p.lo === 'early' || p.lo === 'late' || p.lo === 'next')) {
        k -= 2;
        continue;
      }
      if (WEEKDAYS_MONTHS.has(t.lo)) {
        k--;
        continue;
      }
    }
    if ((t.lo === 'night' || t.lo === 'morning' || t.lo === 'evening' || t.lo === 'afternoon' || t.lo === 'week' || t.lo === 'month' || t.lo === 'year') && toks[k - 1] && (toks[k - 1]!.lo === 'last' || toks[k - 1]!.lo === 'this' || toks[k - 1]!.lo === 'on' || WEEKDAYS_MONTHS.has(toks[k - 1]!.lo))) {
      k -= 2;
      continue;
    }
    break;
  }
  return k;
}

export const PARTICIPLE_AFTER = new Set(['and', 'but', 'while', 'when', 'before', 'after', 'by', 'in', 'without', 'also', 'then', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'not', 'even', 'still', 'again', 'further', 'repeatedly', 'publicly', 'since', 'as', 'on', 'upon', 'of', 'for', 'just', 'only', 'later', 'once', 'twice', 'first', 'yet', 'thus', 'so']);

export const DASHES = new Set(['—', '–', '-', '―']);

/** The farthest back (in sentences) the analysis of a sentence looks: he/she, 6 sentences past any headings, at most 10. */
export const LOOK_BACK = 10;

/**
 * Where the text spells out an acronym: capitalised words whose initials are its letters, with
 * "and", "of", "for", "the", "in", "on", "&" and commas between them allowed ("Immigration, Refugees
 * and Citizenship Canada" for IRCC, "Parliamentary Budget Officer" for PBO). The first such phrase.
 *
 * What /(?<!\p{L})I[\p{Ll}'’-]+(?:,?\s+(?:(?:and|of|…)\s+)*)R[\p{Ll}'’-]+…(?!\p{L})/u finds, by a
 * scan from each place the first letter is written rather than a pattern compiled for each acronym
 * of each article.
 */
export function spellOut(text: string, acronym: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const letters = [...acronym];
  for (let p = text.indexOf(letters[0]!); p !== -1; p = text.indexOf(letters[0]!, p + 1)) {
    if (letterBefore(text, p)) continue;
    const end = spelledFrom(text, p, letters);
    if (end !== -1) return text.slice(p, end);
  }
  return null;
}

const ACRONYM_GLUE = ['and', 'of', 'for', 'the', 'in', 'on', '&'];
const LETTER_CP = /^\p{L}$/u;
const LOWER_CP = /^\p{Ll}$/u;

/** A blank as a pattern's \s reads it. */
function isPatternSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The code point at i (a surrogate pair whole), as a string. */
function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? text.slice(i, i + 2) : text.charAt(i);
}

function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && LETTER_CP.test(codePointAt(text, i));
}

function letterBefore(text: string, p: number): boolean {
  if (p === 0) return false;
  const c = text.charCodeAt(p - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const pair = (c & 0xfc00) === 0xdc00 && p >= 2 && (text.charCodeAt(p - 2) & 0xfc00) === 0xd800;
  return LETTER_CP.test(pair ? text.slice(p - 2, p) : text.charAt(p - 1));
}

/** The end of the run of lower-case letters, apostrophes and hyphens from i. */
function lowerRunEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45) i++;
    else if (c >= 128 && i < text.length) {
      const cp = codePointAt(text, i);
      if (!LOWER_CP.test(cp)) return i;
      i += cp.length;
    } else return i;
  }
}

/** After a word of the spelled-out phrase: a comma, blanks and glue words; -1 when there are no blanks. */
function glueEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 44) i++;
  const from = i;
  while (isPatternSpace(text.charCodeAt(i))) i++;
  if (i === from) return -1;
  for (;;) {
    let next = -1;
    for (const g of ACRONYM_GLUE) {
      if (!text.startsWith(g, i)) continue;
      let k = i + g.length;
      while (isPatternSpace(text.charCodeAt(k))) k++;
      if (k > i + g.length) next = k;
      break;
    }
    if (next === -1) return i;
    i = next;
  }
}

/** The end of the acronym's spelled-out phrase starting at p, or -1. */
function spelledFrom(text: string, p: number, letters: readonly string[]): number {
  let i = p;
  let from = p;
  for (let j = 0; j < letters.length; j++) {
    if (j > 0 && (i = glueEnd(text, i)) === -1) return -1;
    if (!text.startsWith(letters[j]!, i)) return -1;
    from = i + letters[j]!.length;
    i = lowerRunEnd(text, from);
    if (i === from) return -1;
  }
  if (!letterAt(text, i)) return i;
  // A letter right after the last word: the word ends before its last apostrophe or hyphen ("Canada's-X").
  for (let e = i - 1; e > from; e--) {
    const c = text.charCodeAt(e);
    if (c === 39 || c === 0x2019 || c === 45) return e;
  }
  return -1;
}
/** Does the run of capitalised words at i contain an organisation word ("Markets Authority")? */
export function orgAhead(toks: readonly Tok[], i: number): boolean {
  for (let k = i; k < toks.length && k < i + 5 && isCapWord(toks[k]); k++) if (ORG_WORDS.has(toks[k]!.lo)) return true;
  return false;
}

/**
 * Where an organisation's name that goes on over "for" ends at token k begins ("the Organisation for
 * Security and Co-operation in Europe", "Institute for Peace Studies"): walking back over capitalised
 * words, "and", "of" and one "in" before the last word, to a "for" after a capitalised organisation
 * word, and the capitalised words before that. -1 when the run ending at k is no such name.
 */
export function orgForStart(toks: readonly Tok[], k: number): number {
  let j = k;
  let crossedFor = false;
  while (j - 1 >= 0) {
    const p = toks[j - 1]!;
    if (isCapWord(p) && !/['’]s$/u.test(p.t)) j--;
    else if (!crossedFor && (p.lo === 'and' || p.t === '&' || p.lo === 'of' || (p.lo === 'in' && j === k)) && isCapWord(toks[j - 2])) j--;
    else if (!crossedFor && p.lo === 'for' && isCapWord(toks[j - 2]) && ORG_WORDS.has(toks[j - 2]!.lo)) {
      crossedFor = true;
      j--;
    } else break;
  }
  return crossedFor ? j : -1;
}

/** Tokens between a quotation and its speaker's name: a comma and words of a title ("Ryanair deputy chief executive"). */
export function premodifiers(toks: readonly Tok[], from: number, to: number): boolean {
  // an office named as a list of capitalised words ("Corrections, Policing and Public Safety
  // Minister Jo Roe said", "Superintendent of Police (SP) Jo Roe noted") may run a little longer,
  // join its words with "and" or "of", and give its abbreviation in brackets
  const titleList = to - from <= 10 && toks.slice(from, to).every((t, n) => t.t === ',' || isCapWord(t) || ((t.lo === 'and' || t.lo === 'of') && isCapWord(toks[from + n + 1])) ||
    (t.t === '(' && toks[from + n + 2]?.t === ')') || (t.t === ')' && toks[from + n - 2]?.t === '('));
  if (to - from > 7 && !titleList) return false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (titleList && (t.lo === 'and' || t.lo === 'of' || t.t === '(' || t.t === ')')) continue;
    if (t.k === 'p' ? t.t !== ',' : t.k !== 'w' || NP_BREAK.has(t.lo) || SPEECH_VERB.has(t.lo)) return false;
  }
  return true;
}

export const CONTRACTED_PRONOUN = /^(he|she)'(?:s|d|ll|re|ve)$/;

/** Auxiliaries and copulas: after a name they make it a clause's subject. */
export const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', "isn't", "wasn't", "won't", "doesn't", "didn't", "hasn't"]);

export const GENERIC_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'witness', 'police', 'lawyer', 'attorney', 'aide', 'adviser', 'advisor', 'man', 'woman', 'boy', 'girl', 'resident', 'residents', 'neighbour', 'neighbor', 'worker', 'employee', 'student', 'teacher', 'fan', 'supporter', 'critic', 'friend', 'relative', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'victim', 'expert', 'analyst', 'analysts', 'economist', 'doctor', 'nurse', 'protester', 'protestor', 'activist', 'campaigner']);

/** Subordinators that open an adverbial clause (fronted: "Although …, she"; or after the main clause: "… after a report found"). */
export const FRONTING_SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'when', 'after', 'before', 'once']);

/** Does a description name several people ("the protesters"; not "one of the protesters")? */
export function pluralDesc(name: string): boolean {
  // and the plurals with no -s ("police", "men", "people", "children"): never "he" or "she"
  return /(?:s|men|people|police|children|personnel|folk)$/i.test(name) && !/^one of /i.test(name);
}

/** The singular of a plural noun of people, for the lexicon's tests: wives → wife, aides → aide, women → woman. */
export function singularNoun(w: string): string {
  if (/men$/.test(w)) return w.slice(0, -3) + 'man';
  if (/ves$/.test(w)) return w.slice(0, -3) + 'fe';
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  return w.replace(/s$/, '');
}

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'is', 'are', 'be', 'was', 'were', 'our', 'its', 'it', 'that', 'this', 'for', 'with', 'by', 'as', 'not', 'no']);

export function contentWords(s: string): string[] {
  return mapArray((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)), (w) => w.replace(/s$/, ''));
}

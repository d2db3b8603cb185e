/**
 * Words for cross-file matching: an article's text as a sequence of normalised terms, each with its
 * exact UTF-16 span. Normalising (lower case, one apostrophe, possessive and plural endings
 * stripped) makes "World’s" and "world's", "attack" and "attacks" the same term; punctuation is
 * not a term, so it never decides whether two passages match.
 */
import { wordKindAt } from '../text/chars';

/** The words of one text: parallel arrays, one entry per word, in text order. */
export interface Tokens {
  readonly length: number;
  /** Start offset of each word in the text. */
  readonly starts: Int32Array;
  /** End offset (exclusive) of each word. */
  readonly ends: Int32Array;
  /** Term id of each word (see {@link Vocabulary}). */
  readonly terms: Int32Array;
}

/**
 * Function words: they carry little evidence that two passages say the same thing, so they weigh
 * less in alignments and a shingle made only of them is not indexed. Reporting verbs ("said") are
 * here too: every article has them around every quote.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are aren\'t as at be because been before being below ' +
    'between both but by can can\'t cannot could couldn\'t did didn\'t do does doesn\'t doing don\'t down during each ' +
    'few for from further had hadn\'t has hasn\'t have haven\'t having he he\'d he\'ll he\'s her here here\'s hers ' +
    'herself him himself his how how\'s i i\'d i\'ll i\'m i\'ve if in into is isn\'t it it\'s its itself let\'s me ' +
    'more most mr mrs ms my myself no nor not of off on once only or other ought our ours ourselves out over own same ' +
    'she she\'d she\'ll she\'s should shouldn\'t so some such than that that\'s the their theirs them themselves then ' +
    'there there\'s these they they\'d they\'ll they\'re they\'ve this those through to too under until up very was ' +
    'wasn\'t we we\'d we\'ll we\'re we\'ve were weren\'t what what\'s when when\'s where where\'s which while who ' +
    'who\'s whom why why\'s will with won\'t would wouldn\'t you you\'d you\'ll you\'re you\'ve your yours yourself ' +
    'yourselves said says say saying told tell according us just like also even still yet may might must shall ' +
    'one s t'
  ).split(' '),
);

/** Term ids: every distinct normalised word gets a small integer, shared by the whole corpus. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private stop = new Uint8Array(1024);

  /** The id of a normalised term, added if new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(term);
      this.ids.set(term, id);
      if (id >= this.stop.length) {
        const grown = new Uint8Array(this.stop.length * 2);
        grown.set(this.stop);
        this.stop = grown;
      }
      this.stop[id] = STOPWORDS.has(term) ? 1 : 0;
    }
    return id;
  }

  // The spellings met so far, read straight from the text, so that a known word costs no string and
  // each spelling is normalised once: an open-addressing table of (hash of the characters, term id,
  // spelling) checked in place. (It is the only record of spellings: a Map of them beside it, asked
  // first on every miss of this table, never held one the table did not — some 40,000 lookups and
  // insertions over the BBC corpus for nothing.)
  private cacheHash = new Int32Array(1 << 16);
  private cacheId = new Int32Array(1 << 16).fill(-1);
  private cacheWord: string[] = new Array<string>(1 << 16);
  private cacheUsed = 0;

  /** The id of text[start, end) as written; `hash` is the FNV-1a hash of its code units, folded as `tokenize` folds it. */
  idOfText(text: string, start: number, end: number, hash: number): number {
    const mask = this.cacheId.length - 1;
    let i = hash & mask;
    const len = end - start;
    while (this.cacheId[i] !== -1) {
      if (this.cacheHash[i] === hash) {
        const w = this.cacheWord[i]!;
        if (w.length === len) {
          let k = 0;
          while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
          if (k === len) return this.cacheId[i]!;
        }
      }
      i = (i + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = this.idOf(normalizeWord(word));
    if (this.cacheUsed * 2 >= this.cacheId.length) {
      if (this.cacheId.length >= 1 << 22) return id; // big enough (2 M spellings): new ones are normalised each time they come
      this.growCache();
      return this.idOfText(text, start, end, hash);
    }
    this.cacheHash[i] = hash;
    this.cacheId[i] = id;
    this.cacheWord[i] = word;
    this.cacheUsed++;
    return id;
  }

  private growCache(): void {
    const hashes = this.cacheHash;
    const ids = this.cacheId;
    const words = this.cacheWord;
    const size = ids.length * 2;
    this.cacheHash = new Int32Array(size);
    this.cacheId = new Int32Array(size).fill(-1);
    this.cacheWord = new Array<string>(size);
    const mask = size - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === -1) continue;
      let i = hashes[j]! & mask;
      while (this.cacheId[i] !== -1) i = (i + 1) & mask;
      this.cacheHash[i] = hashes[j]!;
      this.cacheId[i] = ids[j]!;
      this.cacheWord[i] = words[j]!;
    }
  }

  /** The id of a term if it is known, without adding it. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.words[id] ?? '';
  }

  isStop(id: number): boolean {
    return this.stop[id] === 1;
  }

  /** How much a matching word counts as evidence: function words little, every other word 1. */
  weight(id: number): number {
    return this.stop[id] === 1 ? STOP_WEIGHT : 1;
  }

  get size(): number {
    return this.words.length;
  }
}

export const STOP_WEIGHT = 0.25;

/** Lower case, one apostrophe, no possessive, a light plural stemmer (Harman's S-stemmer). */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('‘') || w.includes('ʼ')) w = w.replace(/[’‘ʼ]/g, "'");
  if (STOPWORDS.has(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 3 && !/\d/.test(w)) {
    if (w.endsWith('ies') && !w.endsWith('eies') && !w.endsWith('aies')) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('es') && !w.endsWith('aes') && !w.endsWith('ees') && !w.endsWith('oes')) w = w.slice(0, -1);
    else if (w.endsWith('s') && !w.endsWith('us') && !w.endsWith('ss') && !w.endsWith('is')) w = w.slice(0, -1);
  }
  return w;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

/**
 * Splits [start, end) of `text` into words. A word is a run of letters and digits; an apostrophe
 * between letters stays inside it (didn't, world’s), and so does a point or comma between digits
 * (0.5, 1,000). Hyphens and every other character separate words.
 */
export function tokenize(text: string, vocab: Vocabulary, start = 0, end = text.length): Tokens {
  let cap = Math.max(16, ((end - start) / 5) | 0);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let terms = new Int32Array(cap);
  let n = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!wordKindAt(code, text, i)) {
      i++;
      continue;
    }
    const s = i;
    // The word's hash (FNV-1a over its code units, as Vocabulary.idOfText takes it) is worked out
    // as the scan passes each code unit, not in a second loop over the word.
    let h = Math.imul((0x811c9dc5 | 0) ^ code, 0x01000193);
    if (code >= 0xd800 && code <= 0xdbff) h = Math.imul(h ^ text.charCodeAt(++i), 0x01000193);
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (wordKindAt(c, text, i)) {
        h = Math.imul(h ^ c, 0x01000193);
        if (c >= 0xd800 && c <= 0xdbff) h = Math.imul(h ^ text.charCodeAt(++i), 0x01000193);
        i++;
        continue;
      }
      // Keep an apostrophe between letters, and a point or comma between digits.
      if (i + 1 < end) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (
          (isApostrophe(c) && wordKindAt(next, text, i + 1) === 1 && wordKindAt(prev, text, i - 1) === 1) ||
          ((c === 46 || c === 44) && prev >= 48 && prev <= 57 && next >= 48 && next <= 57)
        ) {
          h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ next, 0x01000193);
          i += 2;
          continue;
        }
      }
      break;
    }
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
      const t2 = new Int32Array(cap);
      t2.set(terms);
      terms = t2;
    }
    starts[n] = s;
    ends[n] = i;
    terms[n] = vocab.idOfText(text, s, i, (h ^ (h >>> 15)) | 0);
    n++;
  }
  // Copies of the words only, never views of the larger buffers (memory over a large corpus). A
  // copy every time rather than only when the buffer is much larger: V8 optimised this function
  // before seeing both ways, and threw the code away each time the other came up.
  return { length: n, starts: starts.slice(0, n), ends: ends.slice(0, n), terms: terms.slice(0, n) };
}

/** Index of the first token whose end is after `offset` (the token at or after it). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [a, b) of the words inside the character span [start, end) (words cut by it count). */
export function tokenRange(tokens: Tokens, start: number, end: number): [number, number] {
  const a = tokenAtOrAfter(tokens, start);
  let lo = a;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return [a, lo];
}

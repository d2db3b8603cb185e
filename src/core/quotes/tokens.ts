/** A small tokenizer for attribution: words, punctuation, and whole quotations as single tokens. */
import { isBlankCode, wordKindAt } from '../text/chars';

export interface Tok {
  /** Text as written (a quotation token has its content). */
  t: string;
  /** Lower-case text, with ’ read as '. */
  lo: string;
  s: number;
  e: number;
  k: 'w' | 'p' | 'q';
  /** For a quotation token: index of the quotation. */
  q: number;
  /** Cached by `isCapWord`: 1 a capitalised word, 0 not, -1 not yet worked out. Always set, so every token has one shape. */
  cap: number;
}

/** Abbreviations whose period belongs to the word. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'maj', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pte', 'fr',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'vs', 'etc', 'no', 'vol', 'fig', 'approx', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m', 'st',
]);

const DOTTED = /^(\p{L}\.)+\p{L}$/u;

export interface QuoteRange {
  open: number;
  /** Index after the closing mark (or after the content when unclosed). */
  after: number;
  id: number;
}

/** A hyphen, an apostrophe, a point or an ampersand: joins two runs of word characters into one word. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/** The end of the run of word characters (text/chars.ts) from i. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!wordKindAt(c, text, i)) break;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/**
 * Tokens of text[lo, hi); quotations (sorted, inside the range) become one token each. A word is a
 * run of word characters (text/chars.ts) and the runs joined to it by a hyphen, an apostrophe, a
 * point or an ampersand (“co-operation”, “O’Brien’s”, “U.S”, “AT&T”), with a full stop after it
 * when it is an abbreviation, an initial or dotted (“Mr.”, “J.”, “U.S.”); every other character but
 * a blank is a token of its own. (A scan, not a regular expression: the pattern's match arrays were
 * a tenth of the garbage of an article's analysis.)
 */
export function tokenize(text: string, lo: number, hi: number, quotes: readonly QuoteRange[], contentOf: (id: number) => string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = lo;
  let qi = 0;
  while (qi < quotes.length && quotes[qi]!.open < lo) qi++;
  while (i < hi) {
    const q = quotes[qi];
    const segEnd = q && q.open < hi ? q.open : hi;
    while (i < segEnd) {
      const c = text.charCodeAt(i);
      if (isBlankCode(c)) {
        i++;
        continue;
      }
      const s = i;
      const k = wordKindAt(c, text, i);
      if (!k) {
        // One character (a code point) of punctuation or a symbol.
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        const ch = pair ? text.slice(i, i + 2) : text[i]!;
        out.push({ t: ch, lo: ch, s, e: s + ch.length, k: 'p', q: -1, cap: 0 });
        i += ch.length;
        continue;
      }
      // Runs of word characters joined by hyphens, apostrophes, points and ampersands, then a point.
      let e = runEnd(text, i, n);
      while (e + 1 < n && isJoiner(text.charCodeAt(e)) && wordKindAt(text.charCodeAt(e + 1), text, e + 1)) e = runEnd(text, e + 1, n);
      if (text.charCodeAt(e) === 46) e++;
      let w: string;
      if (e > segEnd) {
        e = segEnd;
        w = text.slice(s, e);
      } else w = text.slice(s, e);
      // (The lower case of a word before a full stop is worked out once, for the test and the token.)
      let lw: string | undefined;
      if (w.length > 1 && w.charCodeAt(w.length - 1) === 46) {
        const bare = w.slice(0, -1);
        const lower = bare.toLowerCase();
        const keep = ABBREV.has(lower) || (bare.length === 1 && startsUpper(bare)) || (bare.includes('.') && DOTTED.test(bare));
        if (!keep) {
          w = bare;
          lw = lower;
          e--;
        }
      }
      i = e;
      if (e <= s) continue;
      lw ??= w.toLowerCase();
      out.push({ t: w, lo: lw.includes('’') ? lw.replace(/’/g, "'") : lw, s, e, k: 'w', q: -1, cap: -1 });
    }
    if (!q || q.open >= hi) break;
    const t = contentOf(q.id);
    out.push({ t, lo: '', s: q.open, e: q.after, k: 'q', q: q.id, cap: 0 });
    i = Math.max(q.after, q.open + 1);
    qi++;
    while (qi < quotes.length && quotes[qi]!.open < i) qi++;
  }
  return out;
}

/**
 * Why this runs at load: V8 optimises `tokenize` within the first paragraphs and threw the code
 * away the first time one of its rarer cases came up (an initial before its full stop, on a cold
 * BBC run; --trace-deopt: insufficient type feedback). Tokenizing one made-up paragraph that has
 * them all first (an abbreviation, an initial, a dotted acronym, a word before a full stop, a curly
 * apostrophe, a joined word, a quotation, a symbol outside the BMP) leaves nothing new to see. The
 * tokens are thrown away.
 */
function primeTokenizer(): void {
  const text = 'Mr. J. Doe of the U.S. didn’t co-operate, AT&T said: “We left.” 🙂 Then 3.5% more. End.';
  const open = text.indexOf('“');
  const quotes: QuoteRange[] = [{ open, after: text.indexOf('”') + 1, id: 0 }];
  for (let k = 0; k < 3; k++) tokenize(text, 0, text.length, quotes, () => 'We left.');
}
primeTokenizer();

/** Does the string start with an upper-case letter? (ASCII fast path) */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(s[0]!) || (c >= 0xd800 && c < 0xdc00 && UPPER.test(s.slice(0, 2)));
}
/** Does the string start with a lower-case letter? (ASCII fast path) */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return LOWER.test(s[0]!);
}
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const PREFIXED = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|de|di|da|van|von|le|la|du|d|o)[-'’]\p{Lu}/u;

export function isCapWord(t: Tok | undefined): boolean {
  if (!t || t.k !== 'w') return false;
  if (t.cap !== -1) return t.cap === 1;
  const cap = startsUpper(t.t) || (startsLower(t.t) && PREFIXED.test(t.t));
  t.cap = cap ? 1 : 0;
  return cap;
}

/** The word without its possessive ’s ("Tillerson’s" → "Tillerson"), or null when it has none. */
export function possessiveBase(t: Tok): string | null {
  // (Read from the end rather than matched: it is asked of nearly every capitalised word, and the
  // match arrays were garbage. What /^(.+?)['’]s$/u matched: at least one character, no line break, before it.)
  const w = t.t;
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return null;
  const a = w.charCodeAt(n - 2);
  if (a !== 39 && a !== 0x2019) return null;
  const base = w.slice(0, n - 2);
  return LINE_BREAK.test(base) ? null : base;
}
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'dela', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'y', 'ter', 'zu']);
export function isParticle(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && PARTICLES.has(t.t);
}
/** A lower-case particle of a surname ("de", "van", "dela"), as a word of text. */
export function isParticleWord(w: string): boolean {
  return PARTICLES.has(w);
}

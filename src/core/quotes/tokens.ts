/** A small tokenizer for attribution: words, punctuation, and whole quotations as single tokens. */

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

const TOKEN = /([\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*\.?)|([^\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff])/gu;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

export interface QuoteRange {
  open: number;
  /** Index after the closing mark (or after the content when unclosed). */
  after: number;
  id: number;
}

/** Tokens of text[lo, hi); quotations (sorted, inside the range) become one token each. */
export function tokenize(text: string, lo: number, hi: number, quotes: readonly QuoteRange[], contentOf: (id: number) => string): Tok[] {
  const out: Tok[] = [];
  let i = lo;
  let qi = 0;
  while (qi < quotes.length && quotes[qi]!.open < lo) qi++;
  while (i < hi) {
    const q = quotes[qi];
    const segEnd = q && q.open < hi ? q.open : hi;
    TOKEN.lastIndex = i;
    for (let m = TOKEN.exec(text); m && m.index < segEnd; m = TOKEN.exec(text)) {
      const s = m.index;
      if (m[1] !== undefined) {
        let w = m[1];
        let e = s + w.length;
        if (e > segEnd) {
          e = segEnd;
          w = text.slice(s, e);
          TOKEN.lastIndex = e;
        }
        if (w.length > 1 && w.charCodeAt(w.length - 1) === 46) {
          const bare = w.slice(0, -1);
          const lower = bare.toLowerCase();
          const keep = ABBREV.has(lower) || (bare.length === 1 && startsUpper(bare)) || (bare.includes('.') && DOTTED.test(bare));
          if (!keep) {
            w = bare;
            e--;
            TOKEN.lastIndex = e;
          }
        }
        if (e <= s) continue;
        const lw = w.toLowerCase();
        out.push({ t: w, lo: lw.includes('’') ? lw.replace(/’/g, "'") : lw, s, e, k: 'w', q: -1, cap: -1 });
      } else {
        const ch = m[2]!;
        out.push({ t: ch, lo: ch, s, e: s + ch.length, k: 'p', q: -1, cap: 0 });
      }
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

export function possessiveBase(t: Tok): string | null {
  const m = /^(.+?)['’]s$/u.exec(t.t);
  return m ? m[1]! : null;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'y', 'ter', 'zu']);
export function isParticle(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && PARTICLES.has(t.t);
}

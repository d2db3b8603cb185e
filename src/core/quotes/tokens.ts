/** A small tokenizer for attribution: words, punctuation, and whole quotations as single tokens. */
import { isBlankCode } from '../text/chars';

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
}

/** Abbreviations whose period belongs to the word. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'maj', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pte', 'fr',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'vs', 'etc', 'no', 'vol', 'fig', 'approx', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m', 'st',
]);

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*\.?/uy;

export interface QuoteRange {
  open: number;
  /** Index after the closing mark (or after the content when unclosed). */
  after: number;
  id: number;
}

/** Tokens of text[lo, hi); quotations (sorted, inside the range) become one token each. */
export function tokenize(text: string, lo: number, hi: number, quotes: readonly QuoteRange[], contentOf: (id: number) => string): Tok[] {
  const out: Tok[] = [];
  let qi = 0;
  let i = lo;
  while (i < hi) {
    while (qi < quotes.length && quotes[qi]!.open < i) qi++;
    const q = quotes[qi];
    if (q && q.open === i) {
      const t = contentOf(q.id);
      out.push({ t, lo: t.toLowerCase(), s: q.open, e: q.after, k: 'q', q: q.id });
      i = Math.max(q.after, i + 1);
      qi++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isBlankCode(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let w = m[0];
      let e = i + w.length;
      if (q && e > q.open) {
        e = q.open;
        w = text.slice(i, e);
      }
      if (w.endsWith('.') && w.length > 1) {
        const bare = w.slice(0, -1).toLowerCase();
        const keep = ABBREV.has(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(w.slice(0, -1));
        if (!keep) {
          w = w.slice(0, -1);
          e--;
        }
      }
      if (e > i) {
        out.push({ t: w, lo: w.toLowerCase().replace(/’/g, "'"), s: i, e, k: 'w', q: -1 });
        i = e;
        continue;
      }
    }
    const ch = text[i]!;
    out.push({ t: ch, lo: ch, s: i, e: i + 1, k: 'p', q: -1 });
    i++;
  }
  return out;
}

export function isCapWord(t: Tok | undefined): boolean {
  if (!t || t.k !== 'w') return false;
  return /^\p{Lu}/u.test(t.t) || /^(?:al|el|ad|as|ash|at|bin|ibn|abu|de|di|da|van|von|le|la|du|d|o)[-'’]\p{Lu}/u.test(t.t);
}

export function possessiveBase(t: Tok): string | null {
  const m = /^(.+?)['’]s$/u.exec(t.t);
  return m ? m[1]! : null;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'y', 'ter', 'zu']);
export function isParticle(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && PARTICLES.has(t.t);
}

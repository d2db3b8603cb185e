// Helpers shared by the annotations*.test.ts suites (no tests here; the name keeps it inside the
// annotations test files). A seeded PRNG and a generator of article-like text.
import { prng } from '../shared/prng';

export { prng };

export const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// A small vocabulary, so that texts are full of near-lookalike phrases.
const WORDS = (
  'the a of to and in that said minister talks Russia Moscow foreign secretary state relations trust low point ' +
  'president meeting would could not was were had has have been on with by for from at as week day officials ' +
  'agreed told reporters statement government sanctions attack chemical Syria missile strikes evidence United Nations ' +
  'investigation Lavrov Tillerson Putin Washington Kremlin spokesman counterpart press conference hours working group ' +
  'improve communication issues tensions nuclear powers relationship Wednesday Tuesday late early new old both two three ' +
  'very more most less however while after before during since also only even still again café naïve “quoted” — 2017 14%'
).split(' ');

export function sentence(r: () => number): string {
  const n = int(r, 6, 18);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(pick(r, WORDS));
  const s = ws.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + pick(r, ['.', '.', '.', '?', '!', ' 🙂.']);
}

export function paragraph(r: () => number): string {
  const n = int(r, 2, 5);
  const ss: string[] = [];
  for (let i = 0; i < n; i++) ss.push(sentence(r));
  return ss.join(' ');
}

export function article(r: () => number, minChars: number): string {
  const ps: string[] = [];
  let len = 0;
  while (len < minChars) {
    const p = paragraph(r);
    ps.push(p);
    len += p.length + 2;
  }
  return ps.join(r() < 0.3 ? '\r\n\r\n' : '\n\n');
}

/** Some words, for inserted text. */
export function words(r: () => number, n: number): string {
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(pick(r, WORDS));
  return ws.join(' ');
}

/** A span of whole words, `minLen`–`maxLen` characters long, somewhere in text. */
export function wordSpan(r: () => number, text: string, minLen: number, maxLen: number): { start: number; end: number } {
  for (let tries = 0; tries < 1000; tries++) {
    let start = int(r, 0, Math.max(0, text.length - minLen - 1));
    while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
    let end = Math.min(text.length, start + int(r, minLen, maxLen));
    while (end < text.length && /[^\s]/.test(text[end]!)) end++;
    if (end - start >= minLen && end - start <= maxLen + 20 && text.slice(start, end).trim() === text.slice(start, end)) return { start, end };
  }
  throw new Error('no span found');
}

import type { Span } from '../common/types';
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../common/calendar';
import { mapArray } from './arrays';
import { isBoilerplate } from './boilerplate';
import { isBlankCode, isUpper, isWordChar, trimSpan } from './chars';

export interface Paragraph extends Span {
  index: number;
  /** Page debris around the article body ("Skip to main content", copyright lines, …). */
  boilerplate: boolean;
  /** A short line without closing punctuation: a headline, a section heading or a caption. */
  heading: boolean;
  sentences: Span[];
}

/** An article split into paragraphs and sentences. Every span is into `text`. */
export interface Article {
  text: string;
  paragraphs: Paragraph[];
}

export function parseArticle(text: string): Article {
  const paragraphs = mapArray(splitParagraphs(text), ([start, end], index) => parseParagraph(text, start, end, index));
  return { text, paragraphs };
}

/**
 * One paragraph of `splitParagraphs`: what it is and its sentences. Reads only text[start, end), so
 * it can be worked out once per paragraph text (the incremental analysis caches it).
 */
export function parseParagraph(text: string, start: number, end: number, index: number): Paragraph {
  const body = text.slice(start, end);
  return {
    index,
    start,
    end,
    boilerplate: isBoilerplate(body),
    heading: isHeading(body),
    sentences: splitSentences(text, start, end),
  };
}

interface Line {
  start: number;
  end: number; // excluding the line break
  blank: boolean;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let blank = true;
    for (let i = start; i < end; i++) {
      if (!isBlankCode(text.charCodeAt(i))) {
        blank = false;
        break;
      }
    }
    out.push({ start, end, blank });
    start = nl + 1;
  }
  return out;
}

/**
 * Paragraphs are runs of non-blank lines. Text scraped from web pages usually puts each paragraph
 * on a line of its own, sometimes with no blank line between a caption and the next paragraph; text
 * wrapped at a fixed width puts one paragraph over several lines. A run whose lines (all but the
 * last) are about equally long and no longer than 100 characters is read as wrapped; otherwise
 * each line is a paragraph.
 */
export function splitParagraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const all = lines(text);
  let i = 0;
  while (i < all.length) {
    if (all[i]!.blank) {
      i++;
      continue;
    }
    let j = i;
    while (j < all.length && !all[j]!.blank) j++;
    const block = all.slice(i, j);
    if (block.length > 1 && isWrapped(block)) {
      out.push(trimSpan(text, block[0]!.start, block[block.length - 1]!.end));
    } else {
      for (const l of block) out.push(trimSpan(text, l.start, l.end));
    }
    i = j;
  }
  return out;
}

/**
 * The sentence of `parseArticle(text)` that holds offset `at` (its ends included), worked out from
 * the run of non-blank lines around `at` alone: the same answer, at the cost of one paragraph rather
 * than the whole text (the editor asks on every cursor move, in articles of any size).
 */
export function sentenceAt(text: string, at: number): Span | undefined {
  if (at < 0 || at > text.length) return undefined;
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = (start: number) => {
    const nl = text.indexOf('\n', start);
    return nl === -1 ? text.length : nl;
  };
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
    return true;
  };
  const first = at === 0 ? 0 : lineStart(at);
  let end = lineEnd(first);
  if (blank(first, end)) return undefined;
  // The block: the run of non-blank lines around it (paragraphs never cross a blank line).
  let start = first;
  while (start > 0) {
    const prev = lineStart(start - 1);
    if (blank(prev, start - 1)) break;
    start = prev;
  }
  while (end < text.length) {
    const next = lineEnd(end + 1);
    if (blank(end + 1, next)) break;
    end = next;
  }
  for (const [s, e] of splitParagraphs(text.slice(start, end))) {
    if (at < start + s || at > start + e) continue;
    for (const sentence of splitSentences(text, start + s, start + e)) if (sentence.start <= at && at <= sentence.end) return sentence;
  }
  return undefined;
}

function isWrapped(block: Line[]): boolean {
  const lens = mapArray(block.slice(0, -1), (l) => l.end - l.start);
  const max = Math.max(...lens);
  return max <= 100 && lens.every((n) => n >= max * 0.6 && n >= 30);
}

const MAX_HEADING_CHARS = 160;

function isHeading(body: string): boolean {
  const t = body.trim();
  if (!t || t.length > MAX_HEADING_CHARS) return false;
  return !/[.!?:;…]["'”’»)\]]*$/u.test(t);
}

/** Words that end with a period but rarely end a sentence. Lower-case, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'maj', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pte',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'vs', 'etc', 'no', 'nos', 'vol', 'pp', 'fig', 'approx',
  ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS, 'mt', 'ft', 'ave', 'blvd',
  'e.g', 'i.e', 'a.m', 'p.m', 'al',
]);

const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«„([';

/**
 * The longest sentence `splitSentences` returns, in characters. News sentences are far shorter (in
 * the BBC corpus and the dev sets: median 111, 99.9th percentile 333; the six longer than 600 are
 * lists of names or seats, up to 1,063), but text without sentence ends (automatic captions,
 * unpunctuated notes, a scrape that lost its full stops) would otherwise be one "sentence" of
 * megabytes, and the passes that compare the words of a sentence with each other or with the
 * sentences of other articles (attribution, figures, claims) are quadratic in its length: a 2 MB
 * transcript took minutes. Past this length a sentence is cut at the best boundary in its second
 * half (see `cutAt`), so every pass does at most this much work per sentence. 600 rather than a
 * looser 2,000: a "sentence" of 2,000 characters shares two words with nearly every other one, and
 * the cross-file claim pass still took 4x longer on a 2 MB transcript; the lists it cuts are cut
 * at a comma, and no score of the dev sets moved.
 */
export const MAX_SENTENCE_CHARS = 600;

/**
 * Where to cut an over-long sentence that starts at `from`: after the last clause boundary (; : or a
 * dash between spaces) in [from + MAX/2, from + MAX), else after the last comma there, else at the
 * last blank there, else (one "word" of a thousand characters) at from + MAX, never between the
 * halves of a surrogate pair. Reads at most MAX/2 characters, and every cut moves on by at least
 * MAX/2, so cutting is linear in the text.
 */
function cutAt(text: string, from: number): number {
  const hi = from + MAX_SENTENCE_CHARS;
  const lo = from + MAX_SENTENCE_CHARS / 2;
  let comma = -1;
  let blank = -1;
  for (let i = hi - 1; i > lo; i--) {
    const c = text.charCodeAt(i);
    if (!isBlankCode(c)) continue;
    const p = text.charCodeAt(i - 1);
    // "; " ": " " — " " – " " - "
    if (p === 59 || p === 58 || ((p === 0x2014 || p === 0x2013 || p === 45) && isBlankCode(text.charCodeAt(i - 2)))) return i;
    if (comma === -1 && p === 44) comma = i;
    if (blank === -1) blank = i;
  }
  if (comma !== -1) return comma;
  if (blank !== -1) return blank;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff ? hi - 1 : hi;
}

/** Splits [start, end) of `text` into sentences (trimmed spans), none longer than MAX_SENTENCE_CHARS. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (i - from >= MAX_SENTENCE_CHARS) {
      // Text without a sentence end for too long (see MAX_SENTENCE_CHARS): cut it.
      const cut = cutAt(text, from);
      const [s, e] = trimSpan(text, from, cut);
      if (e > s) out.push({ start: s, end: e });
      from = cut;
      while (from < end && isBlankCode(text.charCodeAt(from))) from++;
      i = from;
      if (i >= end) break;
    }
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Run over repeated terminators and closing quotes/brackets: ?!" or ...”
    let k = i + 1;
    while (k < end && '.!?…'.includes(text[k]!)) k++;
    while (k < end && CLOSERS.includes(text[k]!)) k++;
    if (k >= end) break;
    if (!isBlankCode(text.charCodeAt(k))) {
      i = k - 1;
      continue;
    }
    let n = k;
    while (n < end && isBlankCode(text.charCodeAt(n))) n++;
    if (n >= end) break;
    const next = text[n]!;
    const startsSentence = isUpper(next) || /\p{N}/u.test(next) || OPENERS.includes(next);
    if (!startsSentence || (ch === '.' && k === i + 1 && isAbbreviation(text, from, i))) {
      i = k - 1;
      continue;
    }
    const [s, e] = trimSpan(text, from, k);
    if (e > s) out.push({ start: s, end: e });
    from = n;
    i = n - 1;
  }
  // The loop stops early at a final terminator run, which may leave more than the cap.
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutAt(text, from);
    const [s, e] = trimSpan(text, from, cut);
    if (e > s) out.push({ start: s, end: e });
    from = cut;
  }
  const [s, e] = trimSpan(text, from, end);
  if (e > s) out.push({ start: s, end: e });
  return out;
}

/** Is the period at `dot` part of an abbreviation or an initial ("Mr.", "U.S.", "J. Smith")? */
function isAbbreviation(text: string, lo: number, dot: number): boolean {
  let w = dot;
  while (w > lo && (isWordChar(text[w - 1]) || text[w - 1] === '.')) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S", "D.C"
  if (/^(\p{Lu}\.?)+$/u.test(word) && word.replace(/\./g, '').length <= 3 && (word.length === 1 || word.includes('.'))) return true;
  return false;
}

/**
 * Why this runs at load: as with the entity tokenizer (entities/tokens.ts), V8 optimises
 * `splitSentences` within the first articles and recompiled it each time one of its rarer cases
 * came up (repeated terminators, a closing quote, an abbreviation, an initial, a figure after the
 * point, a sentence past MAX_SENTENCE_CHARS cut inside the loop or after it). Splitting made-up
 * paragraphs that have them all first leaves nothing new to see.
 */
function primeSentences(): void {
  const text = 'He said "Go!" Then? No... Yes?! Mr. Smith met J. Doe and the U.S. team. 2 left (x). [Y] z… Done.) Ok.” “Next';
  // Cut in the loop (no sentence end for 720 characters), then after it (a run of terminators to the end).
  const long = `${'word, '.repeat(120)}end${'!'.repeat(700)}`;
  for (let k = 0; k < 2; k++) {
    splitSentences(text, 0, text.length);
    splitSentences(long, 0, long.length);
  }
}
primeSentences();

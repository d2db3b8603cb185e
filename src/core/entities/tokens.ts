/**
 * Word tokens of one paragraph, with what the recogniser needs to know about each: capitals,
 * possessives, hyphen joins, dotted acronyms and whether the word stands where any word would be
 * capitalised (sentence start, after a colon or an opening quote, in a headline).
 */
import { namesItsHolder, type Article, type Paragraph } from '../text';
import { isUpperCode, isWordCode } from '../text/chars';
import { DOT_SUFFIXES, STATE_ABBREVIATIONS } from './gazetteer';

export enum Sep {
  /** Only blanks (one line break at most) between this token and the previous one. */
  Space,
  /** Joined by a hyphen with no blanks: "al-Assad", "U.S.-Russia". */
  Hyphen,
  /** ". " after an initial or an abbreviation: "George W. Bush", "Mr. Putin". */
  DotSpace,
  /** ", " between two tokens. */
  Comma,
  /** Anything else: other punctuation, a slash, a paragraph start. */
  Other,
}

export interface Token {
  start: number;
  /** End of the word; a dotted acronym ("U.S.") includes its last dot. */
  end: number;
  word: string;
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (digits allowed): "UN", "AFP", "G7", "MOSCOW". */
  allCaps: boolean;
  /** Written with dots between capitals: "U.S.", "D.C.". */
  dotted: boolean;
  num: boolean;
  /** Followed by ’s or s’: the name ends here. */
  possessive: boolean;
  /** A '.' follows the word directly (and is not part of it). */
  dotAfter: boolean;
  sep: Sep;
  /** Text between the previous token and this one, when short (for cues such as "—" or "("). */
  gap: string;
  /** Stands where any word is capitalised: sentence start, after ":", "|", "—", an opening quote. */
  initial: boolean;
  /** In a headline-case line, where every word is capitalised. */
  headline: boolean;
  para: number;
}

const LOWER = /\p{Ll}/u;

// (Comparisons rather than a Set: the tokenizer asks after nearly every word, and Set.has was a
// sixth of its time.)
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const INITIAL_AFTER = /[:|•—–("“‘«„[\u2022]/;

/** Tokens of every paragraph of the article, in order. */
export function tokenize(article: Article): Token[] {
  const out: Token[] = [];
  for (const p of article.paragraphs) tokenizeParagraph(article.text, p, out);
  return out;
}

/**
 * Appends the tokens of one paragraph to `out`. Reads only text[p.start, p.end) and the paragraph's
 * sentences, so a paragraph's tokens can be worked out once per paragraph text. Page debris
 * (`Paragraph.boilerplate`: a browser notice, a cookie banner, a share line) has none: the names it
 * holds are the page's, not the story's — except a copyright line's holder, the publisher.
 */
export function tokenizeParagraph(text: string, p: Paragraph, out: Token[]): void {
  if (p.boilerplate && !namesItsHolder(text.slice(p.start, Math.min(p.end, p.start + 16)))) return;
  const first = out.length;
  let i = p.start;
  let prevEnd = p.start;
  let sIdx = 0;
  const sentences = p.sentences;
  let sentenceStartPending = true;
  while (i < p.end) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let dotted = false;
    // Dotted acronyms: U.S., D.C., U.N.
    if (isUpperCode(c) && text.charCodeAt(i + 1) === 46 && isUpperCode(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let k = i;
      while (k + 1 < p.end && isUpperCode(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
      end = k;
      dotted = true;
    } else {
      while (end < p.end) {
        const d = text.charCodeAt(end);
        if (isWordCode(d)) {
          end++;
          continue;
        }
        // "AT&T", "M&S", "P&O"
        if (d === 38 && isUpperCode(text.charCodeAt(end - 1)) && isUpperCode(text.charCodeAt(end + 1))) {
          end += 2;
          continue;
        }
        // An apostrophe inside a word (O'Brien, didn't) but not a possessive 's.
        if (isApostrophe(d) && end + 1 < p.end && isWordCode(text.charCodeAt(end + 1))) {
          const n = text.charCodeAt(end + 1);
          const after = end + 2 < p.end ? text.charCodeAt(end + 2) : 32;
          if ((n === 115 || n === 83) && !isWordCode(after)) break; // 's
          end += 1;
          continue;
        }
        break;
      }
    }
    // "Amazon.com", "Boo.com"
    if (!dotted && text.charCodeAt(end) === 46 && isDomainLead(text.charCodeAt(end + 1))) {
      const dom = /^\.(com|net|org|co\.uk|io)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 8));
      if (dom) end += dom[0].length;
    }
    // "Acme Ltd.", "Tucson, Ariz.": the full stop belongs to the name (a state's only after "Town, ").
    if (!dotted && text.charCodeAt(end) === 46 && end - start <= 5 && c >= 65 && c <= 90 && keepsFullStop(text, start, end, out.length > first ? out[out.length - 1]! : undefined)) end++;
    let possessive = false;
    let next = end;
    if (!dotted && isApostrophe(text.charCodeAt(end))) {
      const n = text.charCodeAt(end + 1);
      if ((n === 115 || n === 83) && !isWordCode(text.charCodeAt(end + 2) || 32)) {
        possessive = true;
        next = end + 2;
      } else if (text.charCodeAt(end - 1) === 115 && !isWordCode(n || 32)) {
        possessive = true; // the Joneses’
        next = end + 1;
      }
    }
    const word = text.slice(start, end);
    // Separator from the previous token.
    let sep = Sep.Other;
    let gap = '';
    if (out.length > first) {
      sep = classifyGap(text, prevEnd, start);
      // (The commonest gaps, " " and ", ", as constants rather than a new string per token.)
      gap = sep === Sep.Space ? ' ' : sep === Sep.Comma && start - prevEnd === 2 && text.charCodeAt(prevEnd + 1) === 32 ? ', ' : start - prevEnd <= 12 ? text.slice(prevEnd, start) : '\u0000';
    }
    // Sentence-initial: the first token at or after each sentence start.
    while (sIdx < sentences.length && sentences[sIdx]!.end <= start) {
      sIdx++;
      sentenceStartPending = true;
    }
    let initial = false;
    if (sentenceStartPending && sIdx < sentences.length && start >= sentences[sIdx]!.start) {
      initial = true;
      sentenceStartPending = false;
    }
    if (!initial && sep === Sep.Other && INITIAL_AFTER.test(gap)) initial = true;
    // "I", "I've", "We'll": capitalised, but pronouns.
    const cap = isUpperCode(c) && !(word === 'I' || (word.length > 2 && word.length < 8 && hasApostrophe(word) && /^\p{L}+['’](ve|ll|re|d|m|t)$/iu.test(word)));
    let allCaps = false;
    if (cap && (dotted || word.length >= 2)) {
      const c1 = word.charCodeAt(1);
      allCaps = dotted || ((isUpperCode(c1) || (c1 >= 48 && c1 <= 57)) && (!LOWER.test(word) || /^\p{Lu}{2,}s$/u.test(word)));
    }
    out.push({
      start,
      end,
      word,
      lower: word.toLowerCase(),
      cap,
      allCaps,
      dotted,
      num: c >= 48 && c <= 57,
      possessive,
      dotAfter: !dotted && text.charCodeAt(end) === 46,
      sep,
      gap,
      initial,
      headline: false,
      para: p.index,
    });
    prevEnd = next;
    i = next;
  }
  if (isHeadlineCase(out, first, p)) for (let k = first; k < out.length; k++) out[k]!.headline = true;
  else if (isShouting(out, first)) for (let k = first; k < out.length; k++) if (out[k]!.allCaps) out[k]!.headline = true;
}

/** The letter after the dot of ".com", ".net", ".org", ".co.uk", ".io": a cheap test before the pattern. */
function isDomainLead(c: number): boolean {
  return c === 99 || c === 110 || c === 111 || c === 105;
}

function hasApostrophe(word: string): boolean {
  for (let k = 1; k < word.length - 1; k++) if (isApostrophe(word.charCodeAt(k))) return true;
  return false;
}

/** "Ltd." always, "Ariz." after "Town, ": the full stop after text[start, end) is part of the word. */
function keepsFullStop(text: string, start: number, end: number, prev: Token | undefined): boolean {
  const w = text.slice(start, end);
  if (DOT_SUFFIXES.has(w)) return true;
  return STATE_ABBREVIATIONS.has(w) && !!prev && prev.cap && text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32 && prev.end === start - 2;
}

function isInlineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

/** What separates two tokens: text[from, to). */
function classifyGap(text: string, from: number, to: number): Sep {
  const n = to - from;
  if (n <= 0) return Sep.Other;
  const c = text.charCodeAt(from);
  if (n === 1 && isHyphen(c)) return Sep.Hyphen;
  let k = from;
  let kind = Sep.Space;
  if (c === 46 || c === 44) {
    kind = c === 46 ? Sep.DotSpace : Sep.Comma;
    k++;
    if (k >= to) return Sep.Other;
  }
  let newlines = 0;
  for (; k < to; k++) {
    const d = text.charCodeAt(k);
    if (isInlineBlank(d)) continue;
    if (d === 10 && kind === Sep.Space && ++newlines === 1) continue;
    if (d === 13 && kind === Sep.Space && text.charCodeAt(k + 1) === 10) continue;
    return Sep.Other;
  }
  return kind;
}

/** A short line whose longer words are nearly all capitalised: "Tillerson Meets Putin in Moscow". */
function isHeadlineCase(tokens: Token[], from: number, p: Paragraph): boolean {
  if (p.end - p.start > 200 || !p.heading) return false;
  let words = 0;
  let caps = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word.length < 4 || t.num) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** A line written in capitals ("BREAKING NEWS: ..."): its all-capital words are not acronyms. */
function isShouting(tokens: Token[], from: number): boolean {
  let run = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.allCaps && !t.dotted && t.word.length >= 2 && !t.num) {
      if (++run >= 3) return true;
    } else run = 0;
  }
  return false;
}

/**
 * Why this runs at load: V8 optimises `tokenizeParagraph` after a few paragraphs (its loop runs
 * over every character), and throws the optimised code away whenever a branch it has not seen
 * taken yet comes up — a dotted acronym, "AT&T", "Amazon.com", "O'Brien", a possessive, a
 * headline, a line in capitals — then compiles it again: twelve times over the BBC corpus, some
 * 200 ms of CPU (bench/matching.ts). Tokenizing two made-up paragraphs that take every branch,
 * before any article, costs a fraction of a millisecond and leaves it compiled two or three times.
 * The tokens are thrown away; nothing is kept.
 */
function primeTokenizer(): void {
  const text =
    "U.S. AT&T and\nO'Brien's Amazon.com Ltd. in Tucson, Ariz. and\r\ndeal: the Joneses’ CEOs, G7, Über, Élysée and Müller. “I've” didn't-go — well (so) x/y.\n" +
    'BREAKING NEWS: TALKS END\n' +
    'Tillerson Meets Putin In Moscow';
  const at = (s: string) => text.indexOf(s);
  const body: Paragraph = { index: 0, start: 0, end: at('BREAKING') - 1, boilerplate: false, heading: false, sentences: [{ start: 0, end: at('(so)') }, { start: at('(so)'), end: at('BREAKING') - 1 }] };
  const shout: Paragraph = { index: 1, start: at('BREAKING'), end: at('Tillerson') - 1, boilerplate: false, heading: false, sentences: [{ start: at('BREAKING'), end: at('Tillerson') - 1 }] };
  const headline: Paragraph = { index: 2, start: at('Tillerson'), end: text.length, boilerplate: false, heading: true, sentences: [{ start: at('Tillerson'), end: text.length }] };
  for (let k = 0; k < 2; k++) {
    const out: Token[] = [];
    for (const p of [body, shout, headline]) tokenizeParagraph(text, p, out);
  }
}
primeTokenizer();

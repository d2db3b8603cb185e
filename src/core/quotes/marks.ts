/**
 * Finding quotation spans: which quotation-mark characters open or close a quotation, which are
 * apostrophes, primes or strays, and how they pair. Works one paragraph at a time, so a missing
 * closing mark can never swallow more than the rest of its paragraph.
 */
import { mapArray, type Article } from '../text';
import { isBlankCode, isLetter, isWordChar } from '../text/chars';

export type Family = 'double' | 'single' | 'guillemet' | 'cjk';

/** A quotation as written: the content between its marks (trimmed of blanks). */
export interface RawQuote {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the closing mark is missing. */
  close: number;
  /** Content span, trimmed of blanks. */
  start: number;
  end: number;
  family: Family;
  paragraph: number;
  /** The quotation runs on into the next paragraph (which opens with a quotation mark). */
  continuesNext: boolean;
  /** This quotation continues one from the previous paragraph (index into the result), or -1. */
  continues: number;
  /** Ends at an inferred point because its closing mark is missing. */
  unclosed: boolean;
}

type Dir = 'open' | 'close' | 'either' | 'none';

interface Mark {
  i: number;
  family: Family;
  dir: Dir;
  /** A plural possessive (Wars’ ) that might also close a quotation. */
  possessive: boolean;
  /** Strong opener (a directional character like “ ‘ « „), as opposed to a straight quote. */
  strong: boolean;
}

const FAMILY: Record<string, Family> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '＂': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'guillemet', '»': 'guillemet',
  '‹': 'single', '›': 'single',
  '「': 'cjk', '」': 'cjk', '『': 'cjk', '』': 'cjk',
};

/**
 * Is the UTF-16 code one of FAMILY's marks? A test per character of the paragraph: a global
 * RegExp started at the paragraph would run on past its end to the next mark of the article (for
 * text without marks, to the end: quadratic in the paragraphs).
 */
function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || (c >= 0x300c && c <= 0x300f) || c === 0xff02;
}

export function isQuoteChar(ch: string | undefined): boolean {
  return ch !== undefined && FAMILY[ch] !== undefined;
}

const OPEN_CONTEXT = '([{—–-/:;,…|•';
const CLOSE_FOLLOW = ',.;:!?)]}—–-…/|';
const OPEN_BRACKETS = '([{';
const ELIDED = /^(?:\d\d?s?\b|\d0s|n['’‘]|em\b|tis\b|twas\b|cause\b|til\b|bout\b|cos\b|till\b)/i;

function blankAt(text: string, i: number, lo: number, hi: number): boolean {
  return i < lo || i >= hi || isBlankCode(text.charCodeAt(i));
}

/** Classifies the quotation-mark characters of text[lo, hi). */
function classify(text: string, lo: number, hi: number): Mark[] {
  const marks: Mark[] = [];
  let skipNext = -1;
  for (let i = lo; i < hi; i++) {
    if (!isQuoteCode(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    const family = FAMILY[ch]!;
    if (i === skipNext) continue;
    const prev = i > lo ? text[i - 1] : undefined;
    const next = i + 1 < hi ? text[i + 1] : undefined;
    const prevBlank = blankAt(text, i - 1, lo, hi);
    const nextBlank = blankAt(text, i + 1, lo, hi);
    const prevWord = isWordChar(prev);
    const nextWord = isWordChar(next);
    const prevIsQuote = isQuoteChar(prev);
    const nextIsQuote = isQuoteChar(next);

    if (family === 'single') {
      // Apostrophes: inside a word (world’s, didn't, O'Brien), elisions (’80s, rock ’n’ roll, ’em).
      if (prevWord && nextWord && ch !== '‘' && ch !== '‚') continue;
      if (prevWord && nextWord && ch === '‘' && /\p{Ll}/u.test(next!)) continue;
      if ((prevBlank || prev === '(' || prevIsQuote) && ch !== '‚' && ELIDED.test(text.slice(i + 1, Math.min(hi, i + 6)))) {
        const m = /^n(['’‘])/i.exec(text.slice(i + 1, i + 3));
        if (m) skipNext = i + 2;
        // ’90s is an elision; but ‘90 per cent of them…’ opens a quotation: only digits+s or two digits then blank
        const tail = text.slice(i + 1, Math.min(hi, i + 5));
        if (!/^\d/.test(tail) || /^\d\d?s\b|^\d0s|^\d\d(?![\d.,%])/.test(tail)) continue;
      }
      // Feet and primes: 6'2, 5' tall
      if (prev !== undefined && /\d/.test(prev) && ch === "'" ) continue;
    }
    if (family === 'double' && ch === '"' && prev !== undefined && /\d/.test(prev) && !nextWord) {
      // 12" record, 6'2": an inch mark (unless it closes a quotation; decided when pairing)
      marks.push({ i, family, dir: 'close', possessive: false, strong: false });
      marks[marks.length - 1]!.possessive = true; // weak closer: treated like a possible possessive
      continue;
    }

    const openCtx = prevBlank || (prev !== undefined && OPEN_CONTEXT.includes(prev)) || prevIsQuote;
    const nextStarts = !nextBlank && next !== undefined && !CLOSE_FOLLOW.includes(next) ? true
      : next === '.' && text.startsWith('..', i + 1) ? true
      : next === '…' || next === '—' || next === '–' ? true
      // `" ... [T]he jury failed`: words quoted from their middle, an ellipsis after a space
      : prevBlank && nextBlank && /^[ \u00a0](?:\.\.\.|…)/.test(text.slice(i + 1, i + 5)) ? true
      : false;
    const canOpen = openCtx && (nextStarts || ((family === 'guillemet' || family === 'cjk') && nextBlank && !prevWord));
    const closeCtx = !prevBlank || family === 'guillemet';
    const nextEnds = nextBlank || (next !== undefined && CLOSE_FOLLOW.includes(next)) || nextIsQuote;
    // a closer runs into a word only after punctuation (“…end.”He said), never after an opening bracket
    const canClose = closeCtx && (nextEnds || (nextWord && !prevBlank && prev !== undefined && !prevWord && !OPEN_BRACKETS.includes(prev)));
    let dir: Dir;
    switch (ch) {
      case '“': dir = canOpen || !canClose ? 'open' : 'close'; break;
      case '”': dir = canOpen && !canClose ? 'open' : 'close'; break;
      case '„': case '‚': dir = canOpen ? 'open' : 'none'; break;
      case '‘': dir = canOpen || !canClose ? 'open' : 'close'; break;
      case '’': dir = canOpen && !canClose ? 'open' : canClose ? 'close' : 'none'; break;
      case '«': dir = canOpen || !canClose ? 'open' : 'close'; break;
      case '»': dir = canOpen && !canClose ? 'open' : 'close'; break;
      case '‹': dir = 'open'; break;
      case '›': dir = 'close'; break;
      case '「': case '『': dir = 'open'; break;
      case '」': case '』': dir = 'close'; break;
      default: dir = canOpen && canClose ? 'either' : canOpen ? 'open' : canClose ? 'close' : 'none';
    }
    if (dir === 'none') {
      // A straight mark with blanks on both sides ("…nine years... " Hailey recalled): a closer
      // typed after a space, taken only when nothing else closes the open quotation.
      if (ch === '"' && prevBlank && nextBlank && i > lo) marks.push({ i, family, dir: 'close', possessive: true, strong: false });
      continue;
    }
    // ’ after a blank and before a word, with nothing to close: a stray apostrophe more often than an opener
    const possessive = family === 'single' && dir === 'close' && (prev === 's' || prev === 'S' || prev === 'z') && !nextIsQuote &&
      (nextBlank || next === ',' );
    marks.push({ i, family, dir, possessive, strong: ch !== '"' && ch !== "'" });
  }
  return marks;
}

interface Pair {
  open: number;
  close: number; // -1: implicit
  family: Family;
  depth: number;
  /** Implicitly closed at `close` (the index where the content ends). */
  implicitEnd: number;
}

/** Ends of sentences (the index after the terminator) inside text[lo, hi). */
function lastSentenceEnd(text: string, lo: number, hi: number): number {
  for (let k = hi - 1; k > lo; k--) {
    const c = text[k]!;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && (k + 1 >= hi || isBlankCode(text.charCodeAt(k + 1)))) return k + 1;
  }
  return -1;
}

const ATTRIBUTION_CUT = /,[\s\u00a0]+(?:(?:he|she|they|we|I|it)|(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|added|adds|told|tells|asked|explained|insisted|warned|wrote|continued|stated)\b/u;

/** Where an attribution (“…, she said”) cuts an unclosed quotation that starts at `from`, before `hi`, or -1. */
function attributionCut(text: string, from: number, hi: number): number {
  const m = ATTRIBUTION_CUT.exec(text.slice(from, Math.min(hi, from + MAX_QUOTE_CHARS)));
  return m ? from + m.index + 1 : -1;
}

/**
 * Caps that keep stray and unbalanced marks (badly converted or OCR'd text) from producing huge
 * spans or quadratic work. A quotation longer than MAX_QUOTE_CHARS is not one: its opening mark is
 * taken as stray (the longest quotation of the news gold is under 500 characters). A sentence with
 * more than MAX_QUOTES_PER_SENTENCE quotations is a list of words mentioned as words, or damaged
 * text, and yields none (news sentences hold at most four). A quotation that runs on over more
 * than MAX_RUN_ON_PARAGRAPHS paragraphs stops being linked to the one before.
 */
export const MAX_QUOTE_CHARS = 3000;
export const MAX_QUOTES_PER_SENTENCE = 8;
export const MAX_RUN_ON_PARAGRAPHS = 30;

/** For each mark, the index of the next mark of its family, or -1: one backward pass. */
function nextOfFamily(marks: readonly Mark[]): Int32Array {
  const next = new Int32Array(marks.length);
  const last: Partial<Record<Family, number>> = {};
  for (let k = marks.length - 1; k >= 0; k--) {
    const f = marks[k]!.family;
    next[k] = last[f] ?? -1;
    last[f] = k;
  }
  return next;
}

/**
 * Pairs the marks of one paragraph with a stack (at most one open mark per family and strength
 * stays on it, so every step is constant time and the whole pass linear in the marks).
 */
function pairMarks(text: string, marks: Mark[], lo: number, hi: number, nextStartsWithQuote: Family | null, stats: { anomalies: number }): Pair[] {
  const pairs: Pair[] = [];
  const stack: { m: Mark; depth: number }[] = [];
  const next = nextOfFamily(marks);
  /** Does the next mark of m's family close (rather than open) a quotation? */
  const closedLater = (k: number) => next[k]! !== -1 && marks[next[k]!]!.dir !== 'open';
  for (let k = 0; k < marks.length; k++) {
    let m = marks[k]!;
    const nx = marks[k + 1];
    // ‘‘…’’ and “…’’: two single marks typed for a double one. The first of a closing pair after a
    // comma ("…except one,'' said X", the wire's typewriter style) could also open, by its context:
    // with a double quotation open and the second mark closing, the two close it
    const closingPair = m.dir === 'close' || (m.dir === 'either' && nx !== undefined && nx.dir === 'close');
    if (m.family === 'single' && nx && nx.i === m.i + 1 && nx.family === 'single' && (m.dir === nx.dir || closingPair) && findOpen(stack, 'single') === -1) {
      if (m.dir === 'open' || (closingPair && findOpen(stack, 'double') !== -1)) {
        // the content starts after the second opening mark and ends before the first closing one
        m = { i: m.dir === 'open' ? nx.i : m.i, family: 'double', dir: m.dir === 'open' ? 'open' : 'close', possessive: false, strong: true };
        k++;
      }
    }
    const openIdx = findOpen(stack, m.family);
    const wantsClose = m.dir === 'close' || (m.dir === 'either' && openIdx !== -1);
    if (m.dir === 'close' && openIdx === -1 && !m.possessive && m.family !== 'single') stats.anomalies++;
    if (wantsClose && openIdx !== -1) {
      if (m.possessive && closedLater(k)) continue;
      // ’’: a plural possessive right before the closing mark ("…the Jets’’")
      if (m.family === 'single' && nx && nx.i === m.i + 1 && nx.family === 'single' && nx.dir !== 'open' && /[sSzZ]/.test(text[m.i - 1] ?? '')) continue;
      const o = stack[openIdx]!;
      stack.length = openIdx;
      if (m.i - o.m.i > MAX_QUOTE_CHARS) continue; // both marks stray
      pairs.push({ open: o.m.i, close: m.i, family: m.family, depth: o.depth, implicitEnd: -1 });
      continue;
    }
    if (m.dir === 'open' || m.dir === 'either') {
      if (openIdx !== -1 && (m.family === 'double' || m.family === 'guillemet' || (m.family === 'single' && stack[openIdx]!.m.strong === m.strong))) {
        const o = stack[openIdx]!;
        stack.length = openIdx;
        let end = m.i;
        while (end > o.m.i + 1 && isBlankCode(text.charCodeAt(end - 1))) end--;
        const before = text[end - 1];
        const endsSentence = before !== undefined && ('.!?…'.includes(before) || isQuoteChar(before));
        if (!endsSentence) stats.anomalies++;
        // A second opener of the same kind while one is open, inside a sentence, and nothing
        // closes it later: a closing mark typed the wrong way round (“illegal use “of…, “…for the
        // young, “said X). Where the text before it ends a sentence it more likely resumes the
        // quotation after a lost paragraph break (“…on TV too. “I think…), see below.
        if (!closedLater(k) && (!endsSentence || blankAt(text, m.i + 1, lo, hi)) && m.i - o.m.i <= MAX_QUOTE_CHARS) {
          pairs.push({ open: o.m.i, close: m.i, family: o.m.family, depth: o.depth, implicitEnd: -1 });
          continue;
        }
        // Else the first was never closed. It runs up to this one when the text before ends a
        // sentence (a quotation resumed after a paragraph break that was lost), else to the last
        // sentence end before it or an attribution; with neither, it is a stray mark.
        if (!endsSentence) {
          const s = lastSentenceEnd(text, o.m.i + 1, end);
          end = s !== -1 ? s : attributionCut(text, o.m.i + 1, end);
        }
        if (end > o.m.i + 1 && end - o.m.i <= MAX_QUOTE_CHARS) pairs.push({ open: o.m.i, close: -1, family: o.m.family, depth: o.depth, implicitEnd: end });
      }
      stack.push({ m, depth: stack.length });
    }
  }
  // Openers left at the end of the paragraph: the outermost strong (or continued) one runs to the
  // paragraph's end when the next paragraph resumes the quotation, else to an attribution or the end.
  const outer = stack[0];
  if (outer) {
    const runsOn = nextStartsWithQuote !== null && (nextStartsWithQuote === outer.m.family ||
      (outer.m.family === 'double' && nextStartsWithQuote !== 'single'));
    if (outer.m.strong || outer.m.family === 'double' || runsOn) {
      const cut = runsOn ? -1 : attributionCut(text, outer.m.i + 1, hi);
      const end = cut !== -1 ? cut : hi;
      // A quote that would swallow a closed one later in the paragraph stops before it
      let stop = end;
      for (const p of pairs) if (p.open > outer.m.i && p.open < stop && p.depth === 0) stop = p.open;
      if (stop < end) {
        const s = lastSentenceEnd(text, outer.m.i + 1, stop);
        stop = s !== -1 ? s : stop;
      }
      if (stop - outer.m.i <= MAX_QUOTE_CHARS) pairs.push({ open: outer.m.i, close: -1, family: outer.m.family, depth: 0, implicitEnd: stop === end && runsOn ? -2 : stop });
    }
  }
  return pairs;
}

function findOpen(stack: { m: Mark }[], family: Family): number {
  for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.m.family === family) return s;
  return -1;
}

/** The family of the quotation mark a paragraph opens with, if it opens with one. Reads only text[start, end). */
export function opensWithQuote(text: string, start: number, end: number): Family | null {
  let i = start;
  while (i < end && isBlankCode(text.charCodeAt(i))) i++;
  const ch = text[i];
  const f = ch === undefined ? undefined : FAMILY[ch];
  if (!f) return null;
  if (ch === '”' || ch === '’' || ch === '»' || ch === '」') {
    // a closing-shaped mark opening a paragraph still opens (Swedish style, or a typo), unless an apostrophe
    if (ch === '’' && ELIDED.test(text.slice(i + 1, i + 6))) return null;
  }
  return isLetter(text[i + 1]) || /[\p{N}…([]/u.test(text[i + 1] ?? '') || text[i + 1] === '.' ? f : null;
}

/** A quotation of one paragraph, before it is numbered in the article. */
export interface ParagraphQuote {
  open: number;
  close: number;
  start: number;
  end: number;
  family: Family;
  /** Runs on into the next paragraph. */
  continuesNext: boolean;
  unclosed: boolean;
  /** Opens the paragraph (within two characters of its start): it may continue the previous paragraph's quotation. */
  atStart: boolean;
}

/**
 * The top-level quotations of the (non-boilerplate) paragraph text[start, end), in text order.
 * `nextFamily`: the mark the next paragraph opens with (`opensWithQuote`), or null. Reads only
 * text[start, end), so it can be worked out once per paragraph text and quotation context.
 */
export function paragraphQuotes(text: string, start: number, end: number, nextFamily: Family | null): ParagraphQuote[] {
  const marks = classify(text, start, end);
  if (marks.length === 0) return [];
  const stats = { anomalies: 0 };
  const pairs = pairMarks(text, marks, start, end, nextFamily, stats);
  if (isDamaged(marks.length, stats.anomalies)) return [];
  const top = pairs.filter((q) => q.depth === 0).sort((a, b) => a.open - b.open);
  const endOf = (x: Pair) => (x.close !== -1 ? x.close : x.implicitEnd === -2 ? end : x.implicitEnd);
  // drop pairs nested inside another top-level pair (can happen with implicit ends)
  const kept: Pair[] = [];
  for (const q of top) {
    const last = kept[kept.length - 1];
    if (last && q.open < endOf(last)) continue;
    kept.push(q);
  }
  const out: ParagraphQuote[] = [];
  for (const q of capPerSentence(text, kept, endOf)) {
    let s = q.open + 1;
    let e = endOf(q);
    while (s < e && isBlankCode(text.charCodeAt(s))) s++;
    while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e <= s) continue;
    const runsOn = q.close === -1 && q.implicitEnd === -2;
    out.push({ open: q.open, close: q.close, start: s, end: e, family: q.family, continuesNext: runsOn, unclosed: q.close === -1, atStart: q.open - start <= 2 });
  }
  return out;
}

/**
 * Are the paragraph's quotation marks damaged (badly converted or OCR'd text) rather than quoting?
 * Edited text has at most a slip or two a paragraph: a closing mark with nothing open, an opening
 * mark inside a sentence while one of its kind is open. When at least MIN_ANOMALIES of them
 * make up one mark in ANOMALY_RATE or more, no pairing of the paragraph can be trusted.
 */
function isDamaged(marks: number, anomalies: number): boolean {
  return anomalies >= MIN_ANOMALIES && anomalies * ANOMALY_RATE >= marks;
}
const MIN_ANOMALIES = 4;
const ANOMALY_RATE = 8;

/** Is there a sentence end (a terminator, maybe closed by a mark, then a blank) in text[from, to)? */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    let j = k + 1;
    while (j < to && isQuoteChar(text[j])) j++;
    if (j >= to || isBlankCode(text.charCodeAt(j))) return true;
  }
  return false;
}

/** The quotations (in text order, not nested) less those of sentences holding more than MAX_QUOTES_PER_SENTENCE. */
function capPerSentence(text: string, quotes: Pair[], endOf: (q: Pair) => number): Pair[] {
  if (quotes.length <= MAX_QUOTES_PER_SENTENCE) return quotes;
  const out: Pair[] = [];
  let first = 0; // first quotation of the current sentence
  for (let k = 1; k <= quotes.length; k++) {
    // the sentence goes on when no sentence end stands between two quotations, or inside the earlier one
    if (k < quotes.length && !endsSentenceBetween(text, endOf(quotes[k - 1]!) + 1, quotes[k]!.open) && !/[.!?…]\s*$/.test(text.slice(Math.max(quotes[k - 1]!.open, endOf(quotes[k - 1]!) - 3), endOf(quotes[k - 1]!)))) continue;
    if (k - first <= MAX_QUOTES_PER_SENTENCE) for (let j = first; j < k; j++) out.push(quotes[j]!);
    first = k;
  }
  return out;
}

/** All top-level quotations of an article, in text order. Boilerplate paragraphs yield none. */
export function findQuotes(article: Article): RawQuote[] {
  const { text, paragraphs } = article;
  const perParagraph = mapArray(paragraphs, (p, pi) => {
    if (p.boilerplate) return null;
    const next = paragraphs[pi + 1];
    const nextFamily = next && !next.boilerplate ? opensWithQuote(text, next.start, next.end) : null;
    return paragraphQuotes(text, p.start, p.end, nextFamily);
  });
  return numberQuotes(perParagraph);
}

/**
 * Numbers the quotations of every paragraph (null: boilerplate) in article order and links a
 * quotation that opens a paragraph to the one that ran on into it from the paragraph before.
 */
export function numberQuotes(perParagraph: readonly (readonly ParagraphQuote[] | null)[]): RawQuote[] {
  const out: RawQuote[] = [];
  let pendingContinuation = -1; // index in out of a quote that runs on into the next paragraph
  let pendingRun = 0; // paragraphs that quote has already continued over
  for (let pi = 0; pi < perParagraph.length; pi++) {
    const quotes = perParagraph[pi];
    let carried = pendingContinuation;
    const carriedRun = pendingRun;
    pendingContinuation = -1;
    pendingRun = 0;
    if (!quotes) continue;
    const firstIdx = out.length;
    for (const q of quotes) {
      let continues = out.length === firstIdx && carried !== -1 && q.atStart ? carried : -1;
      let run = continues !== -1 ? carriedRun + 1 : 0;
      if (run >= MAX_RUN_ON_PARAGRAPHS) {
        continues = -1;
        run = 0;
      }
      carried = -1;
      out.push({ open: q.open, close: q.close, start: q.start, end: q.end, family: q.family, paragraph: pi, continuesNext: q.continuesNext, continues, unclosed: q.unclosed });
      if (q.continuesNext) {
        pendingContinuation = out.length - 1;
        pendingRun = run;
      }
    }
  }
  return out;
}

/**
 * Attribution's first phase, per paragraph and from its text alone: tokens (a quotation is one),
 * sentences (quotations opaque) and capitalised name runs, so the incremental analysis can keep them.
 */
import type { Span } from '../../common/types';
import { isCommonWord as isEnglishWord } from '../../entities/lexicon';
import type { Paragraph } from '../../text';
import { DETERMINERS, NOT_NAME, PREPOSITIONS, SPEECH_VERB, TITLES } from '../lexicon';
import type { RawQuote } from '../marks';
import { knownGiven, nameRuns, type NameRun } from '../names';
import { startsUpper, tokenize, type QuoteRange, type Tok } from '../tokens';

/** A paragraph set in capitals: more than three words of two letters or more, every one in capitals. */
function isShouting(toks: readonly Tok[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (t.k !== 'w' || t.t.length < 2) continue;
    if (t.t !== t.t.toUpperCase()) return false;
    if (/\p{L}\p{L}/u.test(t.t)) words++;
  }
  return words > 3;
}

/**
 * Text set in capitals says nothing by its capitals ("STATE TREASURER DANA MORLEY ISSUED A
 * STATEMENT"): its words are read as a sentence would write them. English and function words in
 * lower case; titles, given names and the word after a given name capitalised; a short word no
 * dictionary knows kept in capitals (an acronym: NY, FBI); any other word capitalised, as a name.
 * Only the tokens' text changes (offsets, `lo` and the article's text stay).
 */
function recase(toks: readonly Tok[]): void {
  const cap = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  let afterGiven = false;
  for (const t of toks) {
    if (t.k !== 'w') {
      afterGiven = false;
      continue;
    }
    const lo = t.lo;
    const known = isEnglishWord(lo) || NOT_NAME.has(lo) || SPEECH_VERB.has(lo) || PREPOSITIONS.has(lo) || DETERMINERS.has(lo);
    let w: string;
    if (TITLES.has(lo) || knownGiven(lo) || (afterGiven && !known)) w = cap(t.t);
    else if (known) w = t.t.toLowerCase();
    else if (t.t.replace(/[^\p{L}]/gu, '').length <= 4 || !/\p{L}/u.test(t.t)) w = t.t;
    else w = cap(t.t);
    afterGiven = knownGiven(lo) && !known;
    if (w !== t.t) {
      t.t = w;
      t.cap = -1;
    }
  }
}

function isTitleCaseLine(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.k !== 'w' || t.t.length <= 3 || /^\p{N}/u.test(t.t)) continue;
    words++;
    if (startsUpper(t.t)) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/**
 * Where a paragraph's sentences end, in tokens: the text layer's sentences (`Paragraph.sentences`,
 * the one sentence splitter), with quotations opaque — a sentence end inside a quotation ends no
 * sentence here, so "“We have nothing. Our individuals …” he said." stays one sentence with its
 * attribution. Token indices, exclusive, in order; the last is the paragraph's token count.
 */
function sentenceEndsOf(toks: readonly Tok[], sentences: readonly Span[]): number[] {
  const ends: number[] = [];
  if (!toks.length) return ends;
  let ti = 0;
  for (let si = 0; si + 1 < sentences.length; si++) {
    const end = sentences[si]!.end;
    while (ti < toks.length && toks[ti]!.e <= end) ti++;
    // a token that straddles the end (a quotation) joins the sentences around it, unless the
    // quotation itself ends a sentence and the next one begins after it ("… a great year. " Hayes said)
    if (ti < toks.length && toks[ti]!.s < end) {
      const q = toks[ti]!;
      const next = toks[ti + 1];
      if (q.k === 'q' && next && /[.!?…]$/.test(q.t.trimEnd()) && (next.k === 'q' || /^[\p{Lu}\p{N}]/u.test(next.t)) && ends[ends.length - 1] !== ti + 1) ends.push(ti + 1);
      continue;
    }
    if (ti >= toks.length) continue;
    if (ti > 0 && ends[ends.length - 1] !== ti) ends.push(ti);
  }
  ends.push(toks.length);
  return ends;
}

/** What attribution needs of one paragraph, worked out from its text and its quotations alone. */
export interface PreparedParagraph {
  /** Tokens; a quotation is one token, numbered as in the article's quotations. */
  toks: Tok[];
  /** A heading written in title case. */
  titleCase: boolean;
  /** Its capitalised runs, for the article's name index. */
  names: NameRun[];
  /** Where each sentence ends (a token index, exclusive), in order; a heading is one sentence. */
  sentenceEnds: number[];
  /**
   * What attribution works out from this paragraph alone and keeps for the next run. One object,
   * shared by the paragraph's placed copies (`placePrepared` moves tokens and renumbers quotations,
   * never reorders tokens or changes their kind or the name runs), so it holds for all of them.
   */
  kept: PreparedKept;
}

/** See `PreparedParagraph.kept`; filled in on first use. */
export interface PreparedKept {
  /** `namesFp`: the fingerprint of the paragraph's name runs. */
  namesFp: string | null;
  /** `quotePlaces`, when asked to keep it. */
  quotePlaces: number[][] | null;
}

/** The fingerprint of a prepared paragraph's name runs (for the name table's fingerprint), kept on it. */
export function namesFp(pp: PreparedParagraph): string {
  return (pp.kept.namesFp ??= JSON.stringify(pp.names));
}

/**
 * Where the quotations are in each sentence of a prepared paragraph (token indices within the
 * sentence). Kept, when `keep`, on the paragraph (`kept`, shared by its placed copies), so a long
 * article's unchanged paragraphs are not scanned again on every keystroke.
 */
export function quotePlaces(pp: PreparedParagraph, keep: boolean): number[][] {
  let places = keep ? pp.kept.quotePlaces : null;
  if (places) return places;
  places = [];
  let from = 0;
  for (const end of pp.sentenceEnds) {
    const at: number[] = [];
    for (let i = from; i < end; i++) if (pp.toks[i]!.k === 'q') at.push(i - from);
    places.push(at);
    from = end;
  }
  if (keep) pp.kept.quotePlaces = places;
  return places;
}

/** Each paragraph's quotation ranges (for `tokenize`), by paragraph index. */
export function quoteRangesByParagraph(quotes: readonly RawQuote[]): Map<number, QuoteRange[]> {
  const perPara = new Map<number, QuoteRange[]>();
  quotes.forEach((q, id) => {
    const after = q.close !== -1 ? q.close + 1 : q.end;
    const list = perPara.get(q.paragraph) ?? [];
    list.push({ open: q.open, after, id });
    perPara.set(q.paragraph, list);
  });
  return perPara;
}

/**
 * Tokens, names and sentences of a (non-boilerplate) paragraph. Reads only text[p.start, p.end) and
 * the paragraph's quotations, so it can be worked out once per paragraph text.
 */
export function prepareParagraph(text: string, p: Paragraph, quotes: readonly QuoteRange[], contentOf: (id: number) => string): PreparedParagraph {
  const toks = tokenize(text, p.start, p.end, quotes, contentOf);
  if (!p.heading && isShouting(toks)) recase(toks);
  const titleCase = p.heading && isTitleCaseLine(toks);
  const sentenceEnds = p.heading ? [toks.length] : sentenceEndsOf(toks, p.sentences);
  return { toks, titleCase, names: nameRuns(toks, titleCase), sentenceEnds, kept: { namesFp: null, quotePlaces: null } };
}

/**
 * Attribution's first phase, per paragraph and from its text alone: tokens (a quotation is one),
 * sentences (quotations opaque) and capitalised name runs, so the incremental analysis can keep them.
 */
import { mapArray, type Paragraph } from '../../text';
import type { RawQuote } from '../marks';
import { nameRuns, type NameRun } from '../names';
import { startsUpper, tokenize, type QuoteRange, type Tok } from '../tokens';

const TERMINATORS = new Set(['.', '!', '?', '…']);

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

/** Splits a paragraph's tokens into sentences; quotations are opaque. */
function splitTokens(toks: Tok[], quoteText: (id: number) => string): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    cur.push(t);
    const next = toks[i + 1];
    if (!next) break;
    let ends = false;
    if (t.k === 'p' && TERMINATORS.has(t.t)) {
      // run over closers
      while (toks[i + 1] && toks[i + 1]!.k === 'p' && /[)\]"'”’»]/.test(toks[i + 1]!.t)) cur.push(toks[++i]!);
      const n = toks[i + 1];
      ends = !!n && (n.k === 'q' || /^[\p{Lu}\p{N}]/u.test(n.t) || /^[("“‘'«]/.test(n.t));
    } else if (t.k === 'q') {
      const content = quoteText(t.q).trimEnd();
      if (/[.!?…]$/.test(content)) {
        ends = next.k === 'q' || /^[\p{Lu}\p{N}]/u.test(next.t);
      }
    }
    if (ends) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
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
}

const namesFps = new WeakMap<readonly NameRun[], string>();

export function namesFp(runs: readonly NameRun[]): string {
  let f = namesFps.get(runs);
  if (f === undefined) namesFps.set(runs, (f = JSON.stringify(runs)));
  return f;
}

/**
 * Where the quotations are in each sentence of a prepared paragraph (token indices within the
 * sentence). Kept, when `keep`, by its `sentenceEnds`, which a paragraph's placed copies share
 * with it (`placePrepared` moves tokens, never reorders them), so a long article's unchanged
 * paragraphs are not scanned again on every keystroke.
 */
const quotePlacesKept = new WeakMap<readonly number[], number[][]>();

export function quotePlaces(pp: PreparedParagraph, keep: boolean): number[][] {
  let places = keep ? quotePlacesKept.get(pp.sentenceEnds) : undefined;
  if (places) return places;
  places = [];
  let from = 0;
  for (const end of pp.sentenceEnds) {
    const at: number[] = [];
    for (let i = from; i < end; i++) if (pp.toks[i]!.k === 'q') at.push(i - from);
    places.push(at);
    from = end;
  }
  if (keep) quotePlacesKept.set(pp.sentenceEnds, places);
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
  const titleCase = p.heading && isTitleCaseLine(toks);
  let sentenceEnds: number[];
  if (p.heading) sentenceEnds = [toks.length];
  else {
    let n = 0;
    sentenceEnds = mapArray(splitTokens(toks, contentOf), (st) => (n += st.length));
  }
  return { toks, titleCase, names: nameRuns(toks, titleCase), sentenceEnds };
}

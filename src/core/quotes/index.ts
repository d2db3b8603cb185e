import type { Quote } from '../common/types';
import type { Article } from '../text';
import { Attributor, type Attribution, type MemoInput, type PreparedParagraph } from './attribution';
import { isClause, isTitleCase } from './kind';
import { NAMING_CUES } from './lexicon';
import { findQuotes, type RawQuote } from './marks';

export { findQuotes, numberQuotes, opensWithQuote, paragraphQuotes } from './marks';
export type { Family, ParagraphQuote, RawQuote } from './marks';
export { AttributionMemo, prepareParagraph, quoteRangesByParagraph } from './attribution';
export type { MemoInput, PreparedParagraph } from './attribution';

/** Finds the quotations in an article, with their kind and speaker. Boilerplate never yields quotes. */
export function extractQuotes(article: Article): Quote[] {
  return quotesOf(article, findQuotes(article));
}

/**
 * The quotes of an article from its quotations (`findQuotes`) and, when the caller has them, its
 * paragraphs prepared for attribution (`prepareParagraph`, null for boilerplate): what
 * `extractQuotes` returns, for the incremental analysis, which keeps both per paragraph.
 */
export function quotesOf(article: Article, raw: readonly RawQuote[], prepared?: readonly (PreparedParagraph | null)[], memo?: MemoInput): Quote[] {
  if (!raw.length) return [];
  const attributor = new Attributor(article, raw, prepared, memo);
  attributor.run();
  const out: Quote[] = [];
  const kinds = new Map<number, Quote['kind']>();
  raw.forEach((q, id) => {
    const a = attributor.result.get(id);
    const text = article.text.slice(q.start, q.end);
    if (!a) return;
    // a whole utterance: it opens its sentence and ends with its own punctuation before “…,” she said
    const utterance = a.standalone && a.attributedAfter && ENDS_PUNCT.test(text);
    const resumed = a.resumes !== -1 && kinds.get(a.resumes) === 'direct';
    const clause = utterance || resumed || isClause(text, a.standalone || q.continues !== -1);
    if (!keep(q, text, a, clause)) return;
    const kind = clause ? 'direct' : 'partial';
    kinds.set(id, kind);
    out.push({ start: q.start, end: q.end, text, speaker: a.speaker ? a.speaker.name : null, kind });
  });
  return out;
}

const TWO_LETTERS = /\p{L}[^]*?\p{L}/u;
const ENDS_PUNCT = /[,.!?…]$/;
const CALLED = /(\S+)\s+(?:called|named)\s*$/u;
const NOT_NAMER = /^(?:he|she|they|it|we|i|who|what|has|have|had|was|were|once|also|previously|repeatedly|later|then|publicly|him|her|them)$/i;

/** Is this quotation reported speech (rather than a title, a nickname or a scare quote)? */
function keep(q: RawQuote, text: string, a: Attribution, clause: boolean): boolean {
  if (!TWO_LETTERS.test(text)) return false;
  // part of a quotation that runs over paragraphs: kept with the rest
  if (q.continues !== -1 || q.continuesNext) return true;
  // the last few words before the opening mark are enough for the cues below
  const before = a.before.slice(-40).replace(/[\s\u00a0\u200b]+$/u, ' ');
  if (NAMING_CUES.test(before)) return false;
  // "a film called “X”", "a dog named “Y”" (but "what he called “a disgrace”")
  const called = before.includes('called') || before.includes('named') ? CALLED.exec(before) : null;
  if (called && !NOT_NAMER.test(called[1]!) && !/^\p{Lu}/u.test(called[1]!)) return false;
  // Titles of works and nicknames: every word capitalised, nobody quoted right there
  if (!a.titleCaseContext && a.strength < 3 && isTitleCase(text) && !(a.heading && clause && text.split(/\s+/).length > 3)) return false;
  if (a.heading) return true;
  if (clause) return true;
  // a fragment: kept when someone is reported as saying it
  if (a.speaker) return true;
  if (a.speechContext) return true;
  return false;
}

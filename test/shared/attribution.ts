// The quotes the whole quote pass finds in a short invented snippet, and the speaker of one of them:
// for the quote and attribution tests (quotes.test.ts, attribution*.test.ts).
import assert from 'node:assert/strict';
import type { Quote } from '../../src/core/common/types';
import { extractQuotes } from '../../src/core/quotes';
import { parseArticle } from '../../src/core/text';

/** Every quotation of the text, as the quote pass finds it. */
export const quotes = (text: string): Quote[] => extractQuotes(parseArticle(text));

/** The one quotation containing `part` (fails when none or several do). */
export function quote(text: string, part: string): Quote {
  const found = quotes(text).filter((q) => q.text.includes(part));
  assert.equal(found.length, 1, `expected one quotation containing ${JSON.stringify(part)}, got ${JSON.stringify(quotes(text).map((q) => q.text))}`);
  return found[0]!;
}

/** The speaker of the one quotation containing `part`. */
export const speaker = (text: string, part: string): string | null => quote(text, part).speaker;

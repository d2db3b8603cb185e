/**
 * Named entities: the people, places and organisations an article names.
 *
 * - `extractEntities(article)` finds one article's mentions (per document, so an editor can redo one
 *   article). Canonicals are article-wide ("Tillerson" → "Rex Tillerson" when the article says so).
 * - `linkEntities(byDoc, overrides)` makes canonicals folder-wide and indexes the entities, with
 *   their aliases and variant spellings ("Sergei Lavrov" / "Sergey Lavrov").
 * - `parseEntityOverrides(text)` reads the analyst's `.crosscheck/entities.json` (see overrides.ts).
 */
import type { EntityMention } from '../common/types';
import type { Article } from '../text';
import { applyAddedNames, type EntityOverrides } from './overrides';
import { recognize, unconfirmed } from './recognize';

export { linkEntities } from './link';
export { editDistance } from '../common/strings';
export { paragraphCandidates, resolveCandidates } from './recognize';
export type { Candidate } from './recognize';
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
  return withAddedNames(article, recognize(article), overrides);
}

/**
 * The recogniser's mentions of an article (`recognize`, or `resolveCandidates` over its paragraphs'
 * candidates) with the names the analyst added: what `extractEntities` returns.
 */
export function withAddedNames(article: Article, auto: EntityMention[], overrides?: EntityOverrides): EntityMention[] {
  const out = applyAddedNames(article, auto, overrides);
  if (out !== auto) {
    const pending = (unconfirmed.get(auto) ?? []).filter((p) => !out.some((m) => m.start < p.end && p.start < m.end));
    unconfirmed.set(out, pending);
  }
  return out;
}

/**
 * Single words in an article that only the rest of the folder can confirm as names ("Tillerson" in an
 * article that never gives his full name). `linkEntities` keeps those the folder confirms; pass it
 * the arrays `extractEntities` returned, not copies.
 */
export function unconfirmedNames(mentions: readonly EntityMention[]): readonly EntityMention[] {
  return unconfirmed.get(mentions) ?? [];
}

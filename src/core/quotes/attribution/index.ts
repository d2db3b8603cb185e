/**
 * Who said it: speech clauses ("X said", "said X", "according to X", "X, the minister, told…"),
 * their subjects, and pronouns, titles, descriptions, organisations and documents resolved against
 * the article's discourse (the people and organisations in view, their genders and roles).
 *
 * One phase per file, each a layer of the one `Attributor` object that owns an article's state:
 * prepare (per paragraph) → state → phrases → resolve → verbs → clauses → propagate; memo keeps sentence
 * analyses for the incremental analysis.
 */
export { Attributor } from './propagate';
export { AttributionMemo } from './memo';
export type { MemoInput } from './memo';
export type { Attribution, Speaker, Strength } from './model';
export { prepareParagraph, quoteRangesByParagraph } from './prepare';
export type { PreparedParagraph } from './prepare';

export { analyzeDocuments, analyzeText, compareStrings, readArticles } from './analyze';
export type { ReadOptions, ReadProgress, SourceDocument } from './analyze';
export { ArticleIndex } from './articleIndex';
export type { SearchHit } from './articleIndex';

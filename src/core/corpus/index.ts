export { analyzeDocuments, analyzeText, compareStrings, readArticles } from './analyze';
export type { AnalyzeOptions, ReadOptions, ReadProgress, SourceDocument } from './analyze';
export { linkCorpus } from './link';
export type { LinkedCorpus } from './link';
export { ArticleIndex } from './articleIndex';
export type { SearchHit } from './articleIndex';

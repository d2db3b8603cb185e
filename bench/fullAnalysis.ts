/**
 * The full analysis of a folder as the benches run it, step by step (bench/matching.ts times it,
 * bench/heapSteps.ts measures what each step leaves in memory): each article parsed once, for its
 * analysis and the passage index (as the CLI's analyzeDocuments does); the folder-wide names; the
 * passage index; the quote clusters; the discrepancies; the shared passages.
 */
import type { DocumentAnalysis } from '../src/core/common/analysisFormat';
import { analyzeArticle, CorpusMatcher, linkCorpus } from '../src/core/corpus';
import { parseArticle, type Article } from '../src/core/text';

/** Runs one step of the analysis under its name (timing it, measuring the heap after it) and returns its result. */
export type StepRunner = <T>(name: string, fn: () => T) => T;

export interface FullAnalysis {
  matcher: CorpusMatcher;
  /** Quote clusters, discrepancies and shared passages found. */
  counts: Record<string, number>;
}

/**
 * The full analysis of `docs`, each step through `step`. `releaseParses`: the articles' parses are
 * let go once the passage index has them (the index keeps what it needs), so that a measure of the
 * memory the later steps retain does not count them.
 */
export function fullAnalysis(docs: readonly { path: string; text: string }[], step: StepRunner, options: { releaseParses?: boolean } = {}): FullAnalysis {
  const matcher = new CorpusMatcher();
  const counts: Record<string, number> = {};
  const articles = new Map<string, Article>();
  const perDoc = step('quotes + entities', () => {
    const m = new Map<string, DocumentAnalysis>();
    for (const d of docs) {
      const article = parseArticle(d.text);
      articles.set(d.path, article);
      m.set(d.path, analyzeArticle(article));
    }
    return m;
  });
  const linked = step('folder-wide names', () => linkCorpus(perDoc).documents);
  step('passage index', () => {
    for (const d of docs) matcher.upsert(d.path, d.text, linked.get(d.path) ?? {}, articles.get(d.path));
  });
  if (options.releaseParses) articles.clear();
  counts['quote clusters'] = step('quote clusters + variants', () => matcher.quoteClusters().length);
  counts.discrepancies = step('discrepancies', () => matcher.discrepancies().length);
  counts['shared passages'] = step('shared passages (matches)', () => matcher.sharedPassages().length);
  return { matcher, counts };
}

/**
 * The command line's analysis of a folder: the same corpus object as the editor's (`ArticleIndex`),
 * loaded once and written out in the analysis format.
 */
import type { AnalysisJson, DocumentAnalysis } from '../common/analysisFormat';
import { Budget, allowanceMs, type BudgetPolicy } from '../common/budget';
import type { FileError } from '../common/types';
import { analyzeWithin, compareStrings, type AnalyzeOptions, type SourceDocument } from './analyze';
import { ArticleIndex } from './articleIndex';
import type { OutletOf } from './detectors/addressees';

export interface AnalyzeDocumentsOptions extends AnalyzeOptions {
  /**
   * A time allowance per article (common/budget.ts). An article past it, or whose analysis fails,
   * is analysed partially (what was done is kept), left out of the cross-file passes and named in
   * `errors`; the rest of the folder goes on. The cross-file passes get the sum of the allowances of
   * the articles in them. Without a budget, a failure is still caught and named.
   */
  budget?: BudgetPolicy;
  /** Called with each problem of the analysis as it is found (the CLI prints them). */
  onError?: (e: FileError) => void;
  /**
   * Which outlet published each article, the analyst's corrections applied (core/sources,
   * `sourcesByPath`); without it, what each text gives.
   */
  outletOf?: OutletOf;
}

/**
 * Analyses a set of already-read articles into the analysis format. One article's failure or
 * overrun never costs the others their results (see `AnalyzeDocumentsOptions.budget`).
 */
export function analyzeDocuments(docs: readonly SourceDocument[], errors: FileError[] = [], options: AnalyzeDocumentsOptions = {}): AnalysisJson {
  const problems: FileError[] = [];
  const problem = (e: FileError) => {
    problems.push(e);
    options.onError?.(e);
  };
  // Never searched; matched with the folder's names (as the JSON reports them), once all are in.
  const corpus = new ArticleIndex({ entityOverrides: options.entityOverrides }, { lazySearch: true, matchLinkedNames: true });
  if (options.outletOf) corpus.setOutlets(options.outletOf);
  const sorted = [...docs].sort((a, b) => compareStrings(a.path, b.path));
  // Each article is parsed once, for its analysis and for the passage index; only those analysed
  // whole and within their budget go on to the cross-file passes.
  let crossMs = 0;
  const cross: SourceDocument[] = [];
  for (const d of sorted) {
    const { analysis, article, problem: partial } = analyzeWithin(d.text, options);
    if (partial) problem({ path: d.path, message: partial });
    else {
      cross.push(d);
      if (options.budget) crossMs += allowanceMs(options.budget, d.text.length);
    }
    corpus.upsert(d.path, d.text, { analysis, article, defer: true, matched: !partial });
  }
  // One canonical name per entity (and speaker) across the folder, not only within each article.
  const documents: Record<string, DocumentAnalysis> = Object.fromEntries(corpus.linked().documents);
  // Across files: the same utterance quoted by several articles, and facts they report differently.
  // (The budget of the folder-wide passes counts from here: building the passage index is in it.)
  const crossBudget = options.budget ? new Budget(crossMs, options.budget.clock) : undefined;
  corpus.flush();
  corpus.setBudget(crossBudget);
  const quoteClusters = corpus.quoteClusters().map((c) => ({ label: c.label, members: c.members.map((m) => ({ doc: m.doc, start: m.start, end: m.end })) }));
  const discrepancies = corpus.discrepancies();
  const out: AnalysisJson = { version: 1, offsets: 'utf16', documents, quoteClusters, discrepancies };
  for (const n of corpus.notices()) problem(n);
  const skipped = corpus.skippedSteps();
  if (skipped.length && cross.length) {
    // A folder-wide step has no one article to blame; the largest weighs most in it.
    const largest = cross.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const steps = skipped.map((s) => `${s.step} (${s.reason})`).join('; ');
    problem({ path: largest.path, message: `the cross-file results are incomplete, the largest article weighing most in them: left out ${steps}` });
  }
  const all = [...errors, ...problems];
  if (all.length) out.errors = all;
  return out;
}

import type { AnalysisJson, DocumentAnalysis } from '../common/analysisFormat';
import { Budget, BudgetExceeded, allowanceMs, type BudgetPolicy } from '../common/budget';
import type { FileSystemPort } from '../common/fsPort';
import { isArticlePath } from '../common/fsPort';
import type { EntityMention, FileError, Quote } from '../common/types';
import { extractArticleEntities, type EntityOverrides } from '../entities';
import { extractQuotes } from '../quotes';
import { decodeArticle, NotTextError, parseArticle, type Article } from '../text';
import { crossAnalyze } from './corpusMatcher';
import { linkCorpus } from './link';

/** An article's text, keyed by its path relative to the analysed folder. */
export interface SourceDocument {
  path: string;
  text: string;
}

export interface AnalyzeOptions {
  /** The analyst's corrections from `.crosscheck/entities.json` (parsed with `parseEntityOverrides`). */
  entityOverrides?: EntityOverrides;
}

/** Analyses one article's text: quotes and entities. Pure; never throws on odd text. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return analyzeArticle(parseArticle(text), options);
}

/**
 * `analyzeText` of an article already split into paragraphs and sentences (`parseArticle`), for a
 * caller that hands the same parse on to the passage index (`CorpusMatcher.upsert`).
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): DocumentAnalysis {
  const quotes = extractQuotes(article);
  const { entities, unconfirmed } = extractArticleEntities(article, options.entityOverrides);
  return { quotes, entities, unconfirmed };
}

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
}

/** The passes of one article's analysis, in order, for the message of a partial analysis. */
const PASSES = ['reading its paragraphs and sentences', 'finding its quotations', 'finding its names'] as const;

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
  const perDoc = new Map<string, DocumentAnalysis>();
  // Each article is parsed once, for its analysis and for the passage index; only those analysed
  // whole and within their budget go on to the cross-file passes.
  const articles = new Map<string, Article>();
  let crossMs = 0;
  for (const d of [...docs].sort((a, b) => compareStrings(a.path, b.path))) {
    // Passes done: the text layer, the quotations, the names.
    let done = 0;
    let quotes: Quote[] = [];
    let entities: EntityMention[] = [];
    let unconfirmed: EntityMention[] = [];
    try {
      const budget = options.budget && Budget.forArticle(options.budget, d.text.length);
      const article = parseArticle(d.text);
      done = 1;
      budget?.checkNow();
      quotes = extractQuotes(article);
      done = 2;
      budget?.checkNow();
      ({ entities, unconfirmed } = extractArticleEntities(article, options.entityOverrides));
      done = 3;
      budget?.checkNow();
      articles.set(d.path, article);
      if (options.budget) crossMs += allowanceMs(options.budget, d.text.length);
    } catch (e) {
      problem({ path: d.path, message: partialMessage(e, done, quotes, entities) });
    }
    perDoc.set(d.path, { quotes, entities, unconfirmed });
  }
  // One canonical name per entity (and speaker) across the folder, not only within each article.
  const documents: Record<string, DocumentAnalysis> = Object.fromEntries(linkCorpus(perDoc, options.entityOverrides).documents);
  const out: AnalysisJson = { version: 1, offsets: 'utf16', documents, quoteClusters: [], discrepancies: [] };
  // Across files: the same utterance quoted by several articles, and facts they report differently.
  const cross = docs.filter((d) => articles.has(d.path));
  const crossBudget = options.budget ? new Budget(crossMs, options.budget.clock) : undefined;
  const { quoteClusters, discrepancies, problems: left } = crossAnalyze(cross, documents, articles, crossBudget);
  out.quoteClusters = quoteClusters;
  out.discrepancies = discrepancies;
  for (const n of left.notices) problem(n);
  if (left.skipped.length && cross.length) {
    // A folder-wide step has no one article to blame; the largest weighs most in it.
    const largest = cross.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const steps = left.skipped.map((s) => `${s.step} (${s.reason})`).join('; ');
    problem({ path: largest.path, message: `the cross-file results are incomplete, the largest article weighing most in them: left out ${steps}` });
  }
  const all = [...errors, ...problems];
  if (all.length) out.errors = all;
  return out;
}

/** What a partial analysis says: why it stopped, where, and what of it is listed. */
function partialMessage(e: unknown, done: number, quotes: readonly Quote[], entities: readonly EntityMention[]): string {
  // The budget is checked after each pass (its results are kept); a failure is in the pass after the last one done.
  const why = e instanceof BudgetExceeded ? `${e.message} by the end of ${PASSES[done - 1]}` : `its analysis failed (${(e as Error)?.message ?? String(e)}) while ${PASSES[Math.min(done, 2)]}`;
  const kept =
    done >= 3 ? `its ${quotes.length} quotation(s) and ${entities.length} name(s) are listed` : done === 2 ? `its ${quotes.length} quotation(s) are listed, not its names` : 'nothing of it is listed';
  return `analysed partially: ${why}; ${kept}; it is not matched across files`;
}

export interface ReadProgress {
  done: number;
  total: number;
  path: string;
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  onError?: (e: FileError) => void;
  /** Files larger than this many bytes are skipped with an error. */
  maxBytes?: number;
  isCancelled?: () => boolean;
}

/**
 * Reads every article (.txt, .md) under the port's root. A file that cannot be read, is binary,
 * is not UTF-8 or is too large is reported through `onError` and in `errors`; the rest go on.
 */
export async function readArticles(port: FileSystemPort, options: ReadOptions = {}): Promise<{ docs: SourceDocument[]; errors: FileError[] }> {
  const paths = (await port.listFiles()).filter(isArticlePath).sort(compareStrings);
  const docs: SourceDocument[] = [];
  const errors: FileError[] = [];
  for (let i = 0; i < paths.length; i++) {
    if (options.isCancelled?.()) break;
    const path = paths[i]!;
    try {
      const bytes = await port.readFile(path);
      if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
        throw new NotTextError(`too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(options.maxBytes / 1048576).toFixed(0)} MB)`);
      }
      docs.push({ path, text: decodeArticle(bytes).text });
    } catch (e) {
      const error = { path, message: describeReadError(e) };
      errors.push(error);
      options.onError?.(error);
    }
    options.onProgress?.({ done: i + 1, total: paths.length, path });
  }
  return { docs, errors };
}

function describeReadError(e: unknown): string {
  if (e instanceof NotTextError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'cannot be read (permission denied)';
  if (err?.code === 'ENOENT') return 'disappeared while being read';
  if (err?.code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${err?.message ?? String(e)})`;
}

/** Code-unit order, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { DocumentAnalysis } from '../common/analysisFormat';
import { Budget, BudgetExceeded, type BudgetPolicy } from '../common/budget';
import type { FileSystemPort } from '../common/fsPort';
import { isArticlePath } from '../common/fsPort';
import type { EntityMention, FileError, Quote } from '../common/types';
import { extractArticleEntities, type EntityOverrides } from '../entities';
import { extractQuotes } from '../quotes';
import { decodeArticle, NotTextError, parseArticle, type Article } from '../text';

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

/** The passes of one article's analysis, in order, for the message of a partial analysis. */
const PASSES = ['reading its paragraphs and sentences', 'finding its quotations', 'finding its names'] as const;

/** One article's analysis under a time allowance (`analyzeWithin`). */
export interface BudgetedAnalysis {
  /** What was found: all of it, or what the passes done before the overrun or failure found. */
  analysis: DocumentAnalysis;
  /** The article's parse, for the passage index: only when it was analysed whole and within its allowance. */
  article: Article | undefined;
  /** Why the analysis is partial (then the article is left out of the cross-file passes). */
  problem: string | undefined;
}

/**
 * `analyzeArticle` of a text with a time allowance (common/budget.ts), checked after each pass: an
 * article past it, or whose analysis fails, keeps what was done and says why in `problem`.
 */
export function analyzeWithin(text: string, options: AnalyzeOptions & { budget?: BudgetPolicy } = {}): BudgetedAnalysis {
  // Passes done: the text layer, the quotations, the names.
  let done = 0;
  let quotes: Quote[] = [];
  let entities: EntityMention[] = [];
  let unconfirmed: EntityMention[] = [];
  try {
    const budget = options.budget && Budget.forArticle(options.budget, text.length);
    const article = parseArticle(text);
    done = 1;
    budget?.checkNow();
    quotes = extractQuotes(article);
    done = 2;
    budget?.checkNow();
    ({ entities, unconfirmed } = extractArticleEntities(article, options.entityOverrides));
    done = 3;
    budget?.checkNow();
    return { analysis: { quotes, entities, unconfirmed }, article, problem: undefined };
  } catch (e) {
    return { analysis: { quotes, entities, unconfirmed }, article: undefined, problem: partialMessage(e, done, quotes, entities) };
  }
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

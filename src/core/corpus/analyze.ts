import type { AnalysisJson, DocumentAnalysis } from '../common/analysisFormat';
import type { FileSystemPort } from '../common/fsPort';
import { isArticlePath } from '../common/fsPort';
import type { FileError } from '../common/types';
import { extractEntities, type EntityOverrides } from '../entities';
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
  return { quotes: extractQuotes(article), entities: extractEntities(article, options.entityOverrides) };
}

/** Analyses a set of already-read articles into the analysis format. */
export function analyzeDocuments(docs: readonly SourceDocument[], errors: FileError[] = [], options: AnalyzeOptions = {}): AnalysisJson {
  const perDoc = new Map<string, DocumentAnalysis>();
  // Each article is parsed once, for its analysis and for the passage index.
  const articles = new Map<string, Article>();
  for (const d of [...docs].sort((a, b) => compareStrings(a.path, b.path))) {
    const article = parseArticle(d.text);
    articles.set(d.path, article);
    perDoc.set(d.path, analyzeArticle(article, options));
  }
  // One canonical name per entity (and speaker) across the folder, not only within each article.
  const documents: Record<string, DocumentAnalysis> = Object.fromEntries(linkCorpus(perDoc, options.entityOverrides).documents);
  const out: AnalysisJson = { version: 1, offsets: 'utf16', documents, quoteClusters: [], discrepancies: [] };
  // Across files: the same utterance quoted by several articles, and facts they report differently.
  Object.assign(out, crossAnalyze(docs, documents, articles));
  if (errors.length) out.errors = errors;
  return out;
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

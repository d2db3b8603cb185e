import MiniSearch from 'minisearch';
import type { Discrepancy, DocumentAnalysis } from '../common/analysisFormat';
import { analyzeText, type AnalyzeOptions } from './analyze';
import { CorpusMatcher, type QuoteClusterView } from './corpusMatcher';
import { linkCorpus, type LinkedCorpus } from './link';
import type { DocumentMatch, MatchOptions, PassageMatch } from './matcher';

interface IndexedArticle {
  id: string;
  title: string;
  text: string;
}

export interface SearchHit {
  path: string;
  title: string;
  score: number;
  terms: string[];
}

/**
 * The corpus of open articles: a full-text index (minisearch), each article's analysis, and the
 * cross-file matcher (passage index, matches, quote clusters, discrepancies). Updating one
 * article touches only that article, so the index stays fresh as files change.
 */
export class ArticleIndex {
  private readonly search_ = new MiniSearch<IndexedArticle>({
    fields: ['title', 'text'],
    storeFields: ['title'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
  });
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly texts = new Map<string, string>();
  private linked_: LinkedCorpus | undefined;
  private readonly matcher_ = new CorpusMatcher();

  constructor(private options: AnalyzeOptions = {}) {}

  /** Changes how articles are analysed (the analyst's entity corrections) and re-analyses them all. */
  setOptions(options: AnalyzeOptions): void {
    this.options = options;
    for (const [path, text] of this.texts) {
      const analysis = analyzeText(text, options);
      this.analyses.set(path, analysis);
      this.matcher_.upsert(path, text, analysis);
    }
    this.linked_ = undefined;
  }

  /**
   * The corpus with folder-wide names (entities and speakers linked across articles), computed on
   * first use after a change.
   */
  linked(): LinkedCorpus {
    this.linked_ ??= linkCorpus(this.analyses, this.options.entityOverrides);
    return this.linked_;
  }

  get size(): number {
    return this.analyses.size;
  }

  paths(): string[] {
    return [...this.analyses.keys()].sort();
  }

  has(path: string): boolean {
    return this.analyses.has(path);
  }

  /** Adds or replaces an article; returns its analysis. Unchanged text is not re-analysed. */
  upsert(path: string, text: string): DocumentAnalysis {
    const known = this.analyses.get(path);
    if (known && this.texts.get(path) === text) return known;
    const analysis = analyzeText(text, this.options);
    this.linked_ = undefined;
    if (this.search_.has(path)) this.search_.discard(path);
    this.search_.add({ id: path, title: firstLine(text), text });
    this.analyses.set(path, analysis);
    this.texts.set(path, text);
    this.matcher_.upsert(path, text, analysis);
    return analysis;
  }

  remove(path: string): boolean {
    if (!this.analyses.has(path)) return false;
    this.search_.discard(path);
    this.analyses.delete(path);
    this.texts.delete(path);
    this.matcher_.remove(path);
    this.linked_ = undefined;
    return true;
  }

  /** A renamed article keeps its analysis and its place in the cross-file index; nothing is re-analysed. */
  rename(from: string, to: string): void {
    const text = this.texts.get(from);
    const analysis = this.analyses.get(from);
    if (text === undefined || analysis === undefined || from === to) return;
    if (this.has(to)) this.remove(to);
    this.search_.discard(from);
    this.search_.add({ id: to, title: firstLine(text), text });
    this.analyses.delete(from);
    this.texts.delete(from);
    this.analyses.set(to, analysis);
    this.texts.set(to, text);
    this.matcher_.rename(from, to);
    this.linked_ = undefined;
  }

  clear(): void {
    this.search_.removeAll();
    this.analyses.clear();
    this.texts.clear();
    this.matcher_.clear();
    this.linked_ = undefined;
  }

  analysis(path: string): DocumentAnalysis | undefined {
    return this.analyses.get(path);
  }

  /** The text an article was last indexed with. */
  textOf(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** Totals over the corpus, for the status bar. */
  stats(): { articles: number; quotes: number; entities: number } {
    let quotes = 0;
    let entities = 0;
    for (const a of this.analyses.values()) {
      quotes += a.quotes.length;
      entities += a.entities.length;
    }
    return { articles: this.analyses.size, quotes, entities };
  }

  /** The cross-file matcher over the indexed articles. */
  get matcher(): CorpusMatcher {
    return this.matcher_;
  }

  /** Passages in other articles that carry the words of [start, end) of an article (the span at the cursor). */
  matches(path: string, start: number, end: number, options?: MatchOptions): PassageMatch[] {
    return this.matcher_.matchSpan(path, start, end, options);
  }

  /** Every passage of an article that other articles carry. */
  documentMatches(path: string, options?: MatchOptions): DocumentMatch[] {
    return this.matcher_.matchDocument(path, options);
  }

  /** Quotes of the same utterance across articles, with each version's differences. */
  quoteClusters(): QuoteClusterView[] {
    return this.matcher_.quoteClusters();
  }

  /** Facts the articles report differently (numbers, names, wording, claims). */
  discrepancies(): Discrepancy[] {
    return this.matcher_.discrepancies();
  }

  /** Full-text search with prefix and fuzzy matching; best first. */
  search(query: string, limit = 50): SearchHit[] {
    if (!query.trim()) return [];
    return this.search_
      .search(query)
      .slice(0, limit)
      .map((r) => ({ path: String(r.id), title: String(r['title'] ?? ''), score: r.score, terms: r.terms }));
  }
}

function firstLine(text: string): string {
  const m = /\S[^\r\n]*/.exec(text);
  return m ? m[0].trim().slice(0, 200) : '';
}

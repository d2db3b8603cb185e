import MiniSearch from 'minisearch';
import type { Discrepancy, DocumentAnalysis } from '../common/analysisFormat';
import { headlineOf } from '../sources';
import { isBoilerplate } from '../text';
import { analyzeText, type AnalyzeOptions } from './analyze';
import { CorpusMatcher, type QuoteClusterView } from './corpusMatcher';
import { linkCorpus, linkDocument, type LinkedCorpus } from './link';
import type { DocumentMatch, MatchOptions, PassageMatch } from './matcher';

interface IndexedArticle {
  id: string;
  title: string;
  text: string;
}

/** How `upsert` takes an article. */
export interface UpsertOptions {
  /** The text's analysis when the caller has it already (the incremental analysis, a worker): what `analyzeText` gives. */
  analysis?: DocumentAnalysis;
  /**
   * Leave search and the cross-file matcher for later: `flushPending()` (when typing pauses), or
   * the first query that needs them; and look the article's names up in the last folder-wide
   * linking rather than link the folder again (see `linked`). The typing path: its analysis is
   * fresh at once.
   */
  defer?: boolean;
  /** false: analysed only, never searched or matched (an article too large to index on the editor's thread). */
  crossIndex?: boolean;
  /**
   * `analysis` replaces the article's even when its text is the one indexed (the article was
   * analysed again with other options, see `setOptions`). Without it, the same text is a no-op.
   */
  replace?: boolean;
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
  /** Articles edited (upserted with `defer`) since `linked_` was computed: looked up in it, not linked again. */
  private readonly linkLater = new Set<string>();
  /** Does `linked_` hold articles looked up rather than linked with the folder? */
  private linkedApprox = false;
  private readonly matcher_ = new CorpusMatcher();
  /** Articles whose search entry / matcher entry lags behind their text (upserted with `defer`). */
  private readonly pendingSearch = new Set<string>();
  private readonly pendingMatch = new Set<string>();
  /** Articles upserted with `crossIndex: false`. */
  private readonly uncrossed = new Set<string>();
  private version_ = 0;

  constructor(private options: AnalyzeOptions = {}) {}

  /**
   * Changes how articles are analysed (the analyst's entity corrections) and re-analyses them all.
   * `analyze` may answer undefined for an article the caller re-analyses elsewhere (and upserts
   * later with `replace`): the editor does so for every article, a slice at a time.
   */
  setOptions(options: AnalyzeOptions, analyze: (path: string, text: string) => DocumentAnalysis | undefined = (_, text) => analyzeText(text, options)): void {
    this.options = options;
    for (const [path, text] of this.texts) {
      const analysis = analyze(path, text);
      if (!analysis) continue;
      this.analyses.set(path, analysis);
      if (this.uncrossed.has(path)) continue;
      this.pendingMatch.delete(path);
      this.matcher_.upsert(path, text, analysis);
    }
    this.linked_ = undefined;
    this.version_++;
  }

  /**
   * Changes whenever an article is added, changed, renamed or removed (or re-analysed). Cheap: unlike
   * `matcher.index.version`, reading it never brings search and the matcher up to date, so the
   * typing path can check it on every keystroke.
   */
  get version(): number {
    return this.version_;
  }

  /**
   * The corpus with folder-wide names (entities and speakers linked across articles), computed on
   * first use after a change. Linking the folder takes a third of a second at 2,000 articles, so
   * articles being typed in (upserted with `defer`) have their names looked up in the last linking
   * instead (`linkDocument`) until something else changes the folder or `exact` is asked for.
   */
  linked(options: { exact?: boolean } = {}): LinkedCorpus {
    if (options.exact && (this.linkedApprox || this.linkLater.size)) this.linked_ = undefined;
    if (!this.linked_) {
      // Articles too large to cross-index keep their own names (linking them would take seconds).
      const crossed = this.uncrossed.size ? new Map([...this.analyses].filter(([p]) => !this.uncrossed.has(p))) : this.analyses;
      this.linked_ = linkCorpus(crossed, this.options.entityOverrides);
      for (const p of this.uncrossed) this.linked_.documents.set(p, this.analyses.get(p)!);
      this.linkLater.clear();
      this.linkedApprox = false;
    } else if (this.linkLater.size) {
      for (const p of this.linkLater) {
        const a = this.analyses.get(p);
        if (!a) this.linked_.documents.delete(p);
        else this.linked_.documents.set(p, this.uncrossed.has(p) ? a : linkDocument(this.linked_.entities, a));
      }
      this.linkLater.clear();
      this.linkedApprox = true;
    }
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

  /** Is the article searched and matched across the folder (not upserted with `crossIndex: false`)? */
  isCrossIndexed(path: string): boolean {
    return this.analyses.has(path) && !this.uncrossed.has(path);
  }

  /** Adds or replaces an article; returns its analysis. Unchanged text is not re-analysed. */
  upsert(path: string, text: string, options: UpsertOptions = {}): DocumentAnalysis {
    const known = this.analyses.get(path);
    if (known && this.texts.get(path) === text && !(options.replace && options.analysis)) return known;
    const analysis = options.analysis ?? analyzeText(text, this.options);
    // An edit: its names are looked up in the last linking; anything else links the folder again.
    if (options.defer && this.linked_) this.linkLater.add(path);
    else this.linked_ = undefined;
    this.version_++;
    this.analyses.set(path, analysis);
    this.texts.set(path, text);
    if (options.crossIndex === false) {
      this.uncross(path);
      this.uncrossed.add(path);
    } else {
      this.uncrossed.delete(path);
      if (options.defer) {
        this.pendingSearch.add(path);
        this.pendingMatch.add(path);
      } else {
        this.indexSearch(path);
        this.indexMatch(path);
      }
    }
    return analysis;
  }

  /** Brings search and the matcher up to date with the articles upserted with `defer`. False when nothing lagged. */
  flushPending(): boolean {
    if (!this.pendingSearch.size && !this.pendingMatch.size) return false;
    for (const path of [...this.pendingSearch]) this.indexSearch(path);
    for (const path of [...this.pendingMatch]) this.indexMatch(path);
    return true;
  }

  /** Articles whose search or matcher entry lags behind (upserted with `defer`). */
  get pendingCount(): number {
    return new Set([...this.pendingSearch, ...this.pendingMatch]).size;
  }

  /** Search for an article's current text. */
  private indexSearch(path: string): void {
    this.pendingSearch.delete(path);
    const text = this.texts.get(path)!;
    if (this.search_.has(path)) this.search_.discard(path);
    this.search_.add({ id: path, title: firstLine(text), text });
  }

  /** The matcher for an article's current text and analysis. */
  private indexMatch(path: string): void {
    this.pendingMatch.delete(path);
    this.matcher_.upsert(path, this.texts.get(path)!, this.analyses.get(path)!);
  }

  private uncross(path: string): void {
    this.pendingSearch.delete(path);
    this.pendingMatch.delete(path);
    if (this.search_.has(path)) this.search_.discard(path);
    if (this.matcher_.has(path)) this.matcher_.remove(path);
  }

  remove(path: string): boolean {
    if (!this.analyses.has(path)) return false;
    this.uncross(path);
    this.uncrossed.delete(path);
    this.analyses.delete(path);
    this.texts.delete(path);
    this.linked_ = undefined;
    this.version_++;
    return true;
  }

  /** A renamed article keeps its analysis and its place in the cross-file index; nothing is re-analysed. */
  rename(from: string, to: string): void {
    const text = this.texts.get(from);
    const analysis = this.analyses.get(from);
    if (text === undefined || analysis === undefined || from === to) return;
    if (this.has(to)) this.remove(to);
    if (this.pendingSearch.has(from)) this.indexSearch(from);
    if (this.pendingMatch.has(from)) this.indexMatch(from);
    const crossed = !this.uncrossed.delete(from);
    if (crossed) {
      this.search_.discard(from);
      this.search_.add({ id: to, title: firstLine(text), text });
    } else this.uncrossed.add(to);
    this.analyses.delete(from);
    this.texts.delete(from);
    this.analyses.set(to, analysis);
    this.texts.set(to, text);
    if (crossed) this.matcher_.rename(from, to);
    this.linked_ = undefined;
    this.version_++;
  }

  clear(): void {
    this.search_.removeAll();
    this.analyses.clear();
    this.texts.clear();
    this.matcher_.clear();
    this.pendingSearch.clear();
    this.pendingMatch.clear();
    this.uncrossed.clear();
    this.linked_ = undefined;
    this.version_++;
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

  /** The cross-file matcher over the indexed articles (entries lagging behind an edit brought up to date first). */
  get matcher(): CorpusMatcher {
    for (const path of [...this.pendingMatch]) this.indexMatch(path);
    return this.matcher_;
  }

  /** See CorpusMatcher.onClustersDerived (for the status bar's shared-quote count). */
  onClustersDerived(listener: () => void): () => void {
    return this.matcher_.onClustersDerived(listener);
  }

  /** Passages in other articles that carry the words of [start, end) of an article (the span at the cursor). */
  matches(path: string, start: number, end: number, options?: MatchOptions): PassageMatch[] {
    return this.matcher.matchSpan(path, start, end, options);
  }

  /** Every passage of an article that other articles carry. */
  documentMatches(path: string, options?: MatchOptions): DocumentMatch[] {
    return this.matcher.matchDocument(path, options);
  }

  /** Quotes of the same utterance across articles, with each version's differences. */
  quoteClusters(): QuoteClusterView[] {
    return this.matcher.quoteClusters();
  }

  /** Facts the articles report differently (numbers, names, wording, claims). */
  discrepancies(): Discrepancy[] {
    return this.matcher.discrepancies();
  }

  /** Full-text search with prefix and fuzzy matching; best first. */
  search(query: string, limit = 50): SearchHit[] {
    if (!query.trim()) return [];
    for (const path of [...this.pendingSearch]) this.indexSearch(path);
    return this.search_
      .search(query)
      .slice(0, limit)
      .map((r) => ({ path: String(r.id), title: String(r['title'] ?? ''), score: r.score, terms: r.terms }));
  }
}

/**
 * An article's title for search: its headline (core/sources), else its first line that is not
 * page debris ("Skip to main content" is never a title).
 */
function firstLine(text: string): string {
  const headline = headlineOf(text);
  if (headline) return headline;
  for (const m of text.matchAll(/\S[^\r\n]*/g)) if (!isBoilerplate(m[0])) return m[0].trim().slice(0, 200);
  return '';
}

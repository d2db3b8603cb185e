import MiniSearch from 'minisearch';
import type { Discrepancy, DocumentAnalysis } from '../common/analysisFormat';
import { finish, type Budget, type Steps } from '../common/budget';
import { headlineOf } from '../sources';
import { isBoilerplate, parseArticle, type Article } from '../text';
import { analyzeArticle, type AnalyzeOptions } from './analyze';
import { CorpusMatcher, type CorpusNotice, type QuoteClusterView, type SkippedStep } from './corpusMatcher';
import type { OutletOf } from './detectors/addressees';
import { linkCorpusSteps, linkDocument, type LinkedCorpus } from './link';
import type { DocumentMatch, MatchOptions, PassageMatch } from './matcher';
import type { IndexCounters } from './passages';
import type { SharedPassage } from './reuse';
import type { QuoteVariant } from './variants';

interface IndexedArticle {
  id: string;
  title: string;
  text: string;
}

/** How `upsert` takes an article. */
export interface UpsertOptions {
  /** The text's analysis when the caller has it already (the incremental analysis, a worker): what `analyzeText` gives. */
  analysis?: DocumentAnalysis;
  /** The parse (`parseArticle`) of the text that `analysis` was made from: the passage index takes it rather than parse the text again. */
  article?: Article;
  /**
   * Leave search and the cross-file matcher for later: `flush()` (when typing pauses), or
   * the first query that needs them; and look the article's names up in the last folder-wide
   * linking rather than link the folder again (see `linked`). The typing path: its analysis is
   * fresh at once.
   */
  defer?: boolean;
  /** false: analysed only, never searched, matched or linked with the folder (an article too large to index on the editor's thread). */
  crossIndex?: boolean;
  /**
   * false: analysed and linked with the folder (its names take the folder's canonical ones) but
   * never searched or matched: its analysis is partial (the command line's time budget).
   */
  matched?: boolean;
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

/** How a corpus is kept: the editor's (the defaults) or the command line's. */
export interface CorpusOptions {
  /** Build the full-text search index on the first search, not as articles come (the command line never searches). */
  lazySearch?: boolean;
  /**
   * Match each article with its folder-wide names (`linked()`: entities and speakers with the
   * folder's canonical names) rather than its own, as the analysis JSON reports them. For a corpus
   * loaded and then read (the command line): the folder is linked when the matcher first catches up
   * (`flush`), and an article matched before a later change keeps the names of that linking.
   */
  matchLinkedNames?: boolean;
}

/**
 * The corpus of articles — one object for the editor (kept fresh as files change) and the command
 * line (`analyzeDocuments`): each article's analysis, its names linked across the folder, a
 * full-text index (minisearch), and the cross-file matcher (passage index, matches, quote clusters,
 * discrepancies). Updating one article touches only that article.
 *
 * Reading it: cheap reads (`version`, `has`, `analysis`, `textOf`, `stats`, `freshClusters`,
 * `freshDiscrepancies`) never do work; the queries (`matchesAt`, `documentMatches`,
 * `sharedPassages`, `search`) first bring what they read up to date with edits (`flush`); the
 * derivations (`quoteClusters`, `clustersAt`, `versionsAgainst`, `discrepancies`) derive what is
 * stale, at a cost (a tenth to half a second at 2,000 articles), so in the editor one scheduler runs
 * them (`deriveStep`, see derivation.ts) and everything else reads `freshClusters` /
 * `freshDiscrepancies`. Features see it as a `CorpusReader`.
 */
/** The folder's linking worked out ahead (`ArticleIndex.linkingSteps`), for the corpus at `version`. */
export interface PreparedLinking {
  version: number;
  linked: LinkedCorpus;
}

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
  /** The parse of each article whose matcher entry lags (upserted with `defer`), when it was parsed here: handed to the matcher. */
  private readonly pendingArticles = new Map<string, Article>();
  /** Articles upserted with `crossIndex: false`. */
  private readonly uncrossed = new Set<string>();
  /** Articles upserted with `matched: false`. */
  private readonly unmatched = new Set<string>();
  private version_ = 0;
  private readonly lazySearch: boolean;
  private readonly matchLinkedNames: boolean;

  constructor(
    private options: AnalyzeOptions = {},
    corpusOptions: CorpusOptions = {},
  ) {
    this.lazySearch = corpusOptions.lazySearch ?? false;
    this.matchLinkedNames = corpusOptions.matchLinkedNames ?? false;
  }

  /**
   * Changes how articles are analysed (the analyst's entity corrections) and re-analyses them all.
   * `analyze` may answer undefined for an article the caller re-analyses elsewhere (and upserts
   * later with `replace`): the editor does so for every article, a slice at a time.
   */
  setOptions(
    options: AnalyzeOptions,
    analyze: (path: string, text: string) => DocumentAnalysis | undefined = (_, text) => analyzeArticle(parseArticle(text), options),
    prepared?: PreparedLinking,
  ): void {
    // The folder's linking under the new options, worked out beforehand (`linkingSteps`): good only
    // if nothing changed the corpus since, and `analyze` answers what it was given.
    const linked = prepared?.version === this.version_ ? prepared.linked : undefined;
    this.options = options;
    for (const [path, text] of this.texts) {
      const analysis = analyze(path, text);
      if (!analysis) continue;
      this.analyses.set(path, analysis);
      if (!this.isCrossIndexed(path)) continue;
      this.pendingMatch.delete(path);
      this.matcher_.upsert(path, text, analysis, this.pendingArticles.get(path));
      this.pendingArticles.delete(path);
    }
    this.linked_ = linked;
    this.linkLater.clear();
    this.linkedApprox = false;
    this.version_++;
  }

  /**
   * The folder linked under `options`, with `changed` analyses in place of the present ones (the
   * editor's re-analysis after an entity correction: most articles keep theirs), a step at a time
   * (common/budget.ts, `Steps`) so that the caller can spread it over several tasks; `setOptions`
   * installs it, if the corpus did not change meanwhile, instead of linking the folder on first read.
   */
  *linkingSteps(options: AnalyzeOptions, changed: ReadonlyMap<string, DocumentAnalysis>): Steps<PreparedLinking> {
    const version = this.version_;
    const analyses = new Map<string, DocumentAnalysis>();
    for (const [p, a] of this.analyses) analyses.set(p, changed.get(p) ?? a);
    return { version, linked: yield* this.linkSteps(analyses, options) };
  }

  /**
   * `linked()` a step at a time (common/budget.ts, `Steps`), for a reader that must not hold the
   * thread while the folder is linked (the editor's Quotes & Entities view: most of a second at
   * 2,000 articles on a busy machine). The linking is kept, as `linked()` keeps it, if the corpus did
   * not change meanwhile; if it did, the caller gets the linking of the corpus as it was when it
   * asked (and sees `version` changed).
   */
  *linkedSteps(): Steps<LinkedCorpus> {
    if (this.linked_) return this.linked(); // (edited articles looked up in it: cheap)
    const version = this.version_;
    const linked = yield* this.linkSteps(new Map(this.analyses), this.options);
    if (this.version_ === version && !this.linked_) {
      this.linked_ = linked;
      this.linkLater.clear();
      this.linkedApprox = false;
    }
    return linked;
  }

  /** The folder's linking of `analyses` (the articles too large to cross-index keep their own names), a step at a time. */
  private *linkSteps(analyses: ReadonlyMap<string, DocumentAnalysis>, options: AnalyzeOptions): Steps<LinkedCorpus> {
    const uncrossed = [...this.uncrossed];
    const crossed = uncrossed.length ? new Map([...analyses].filter(([p]) => !this.uncrossed.has(p))) : analyses;
    const linked = yield* linkCorpusSteps(crossed, options.entityOverrides);
    for (const p of uncrossed) {
      const a = analyses.get(p);
      if (a) linked.documents.set(p, a);
    }
    return linked;
  }

  /**
   * Changes whenever an article is added, changed, renamed or removed (or re-analysed). Cheap: a
   * counter (the typing path checks it on every keystroke).
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
      this.linked_ = finish(this.linkSteps(this.analyses, this.options));
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

  /**
   * An article with folder-wide names if the folder's linking is at hand (an edited article is
   * looked up in it, as `linked()` does); undefined when the folder would have to be linked first.
   * A cheap read, for a reader that must not hold the thread (the editor's hover).
   */
  linkedIfAtHand(path: string): DocumentAnalysis | undefined {
    return this.linked_ && this.analyses.has(path) ? this.linked().documents.get(path) : undefined;
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

  /** Is the article searched and matched across the folder (not upserted with `crossIndex: false` or `matched: false`)? */
  isCrossIndexed(path: string): boolean {
    return this.analyses.has(path) && !this.uncrossed.has(path) && !this.unmatched.has(path);
  }

  /**
   * Adds or replaces an article; returns its analysis. Unchanged text is not re-analysed. The text
   * is parsed once, for its analysis and for the passage index.
   */
  upsert(path: string, text: string, options: UpsertOptions = {}): DocumentAnalysis {
    const known = this.analyses.get(path);
    if (known && this.texts.get(path) === text && !(options.replace && options.analysis)) return known;
    let article = options.analysis ? options.article : undefined;
    let analysis = options.analysis;
    if (!analysis) {
      article = parseArticle(text);
      analysis = analyzeArticle(article, this.options);
    }
    // An edit: its names are looked up in the last linking; anything else links the folder again.
    if (options.defer && this.linked_) this.linkLater.add(path);
    else this.linked_ = undefined;
    this.version_++;
    this.analyses.set(path, analysis);
    this.texts.set(path, text);
    this.uncrossed.delete(path);
    this.unmatched.delete(path);
    this.pendingArticles.delete(path);
    if (options.crossIndex === false || options.matched === false) {
      this.uncross(path);
      (options.crossIndex === false ? this.uncrossed : this.unmatched).add(path);
    } else {
      if (options.defer || this.lazySearch) this.pendingSearch.add(path);
      else this.indexSearch(path);
      if (options.defer) {
        this.pendingMatch.add(path);
        if (article) this.pendingArticles.set(path, article);
      } else this.indexMatch(path, article);
    }
    return analysis;
  }

  /**
   * Brings search and the matcher up to date with the articles upserted with `defer` (the editor:
   * when typing pauses). False when nothing lagged. A lazy search index (`lazySearch`) waits for the
   * first search.
   */
  flush(): boolean {
    const searchLags = !this.lazySearch && this.pendingSearch.size > 0;
    if (!searchLags && !this.pendingMatch.size) return false;
    if (searchLags) this.flushSearch();
    this.flushMatch();
    return true;
  }

  /** How many articles search or the matcher lag behind (upserted with `defer`; a lazy search index not counted). */
  pendingCount(): number {
    if (this.lazySearch || !this.pendingSearch.size) return this.pendingMatch.size;
    let n = this.pendingMatch.size;
    for (const path of this.pendingSearch) if (!this.pendingMatch.has(path)) n++;
    return n;
  }

  private flushSearch(): void {
    for (const path of [...this.pendingSearch]) this.indexSearch(path);
  }

  private flushMatch(): void {
    for (const path of [...this.pendingMatch]) this.indexMatch(path, this.pendingArticles.get(path));
    this.pendingArticles.clear();
  }

  /** Search for an article's current text. */
  private indexSearch(path: string): void {
    this.pendingSearch.delete(path);
    const text = this.texts.get(path)!;
    if (this.search_.has(path)) this.search_.discard(path);
    this.search_.add({ id: path, title: firstLine(text), text });
  }

  /** The matcher for an article's current text and analysis (`article`: the text's parse, when at hand). */
  private indexMatch(path: string, article?: Article): void {
    this.pendingMatch.delete(path);
    const analysis = this.matchLinkedNames ? this.linked().documents.get(path)! : this.analyses.get(path)!;
    this.matcher_.upsert(path, this.texts.get(path)!, analysis, article);
  }

  private uncross(path: string): void {
    this.pendingSearch.delete(path);
    this.pendingMatch.delete(path);
    this.pendingArticles.delete(path);
    if (this.search_.has(path)) this.search_.discard(path);
    if (this.matcher_.has(path)) this.matcher_.remove(path);
  }

  remove(path: string): boolean {
    if (!this.analyses.has(path)) return false;
    this.uncross(path);
    this.uncrossed.delete(path);
    this.unmatched.delete(path);
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
    if (this.pendingMatch.has(from)) this.indexMatch(from, this.pendingArticles.get(from));
    this.pendingArticles.delete(from);
    const unlinked = this.uncrossed.delete(from);
    const unmatched = this.unmatched.delete(from);
    const crossed = !unlinked && !unmatched;
    if (crossed) {
      this.search_.discard(from);
      this.search_.add({ id: to, title: firstLine(text), text });
    } else (unlinked ? this.uncrossed : this.unmatched).add(to);
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
    this.pendingArticles.clear();
    this.uncrossed.clear();
    this.unmatched.clear();
    this.linkLater.clear();
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

  // ---- Queries: they bring the matcher (or search) up to date with edits first (`flush`).

  /** Passages in other articles that carry the words of [start, end) of an article (the span at the cursor), best first. */
  matchesAt(path: string, start: number, end: number, options?: MatchOptions): PassageMatch[] {
    this.flushMatch();
    return this.matcher_.matchSpan(path, start, end, options);
  }

  /** Every passage of an article that other articles carry (wire copy as one block). */
  /**
   * `documentMatches` a few sentences at a time (common/budget.ts, `Steps`), for a reader that must
   * not hold the thread; it catches up with edits first. The caller drops the steps if `version`
   * changes between two of them.
   */
  *documentMatchesSteps(path: string, options?: MatchOptions): Steps<DocumentMatch[]> {
    this.flushMatch();
    yield;
    return yield* this.matcher_.matchDocumentSteps(path, options);
  }

  documentMatches(path: string, options?: MatchOptions): DocumentMatch[] {
    this.flushMatch();
    return this.matcher_.matchDocument(path, options);
  }

  /** Paragraphs carried by several articles (wire copy), over the whole corpus. */
  sharedPassages(): SharedPassage[] {
    this.flushMatch();
    return this.matcher_.sharedPassages();
  }

  /** Full-text search with prefix and fuzzy matching; best first. */
  search(query: string, limit = 50): SearchHit[] {
    if (!query.trim()) return [];
    this.flushSearch();
    return this.search_
      .search(query)
      .slice(0, limit)
      .map((r) => ({ path: String(r.id), title: String(r['title'] ?? ''), score: r.score, terms: r.terms }));
  }

  // ---- Derived results, read at no cost: undefined when stale (the scheduler derives them again).

  /** The quote clusters, if derived for the corpus as it is (no edit lagging behind); never derives them. */
  freshClusters(): QuoteClusterView[] | undefined {
    return this.pendingMatch.size || !this.matcher_.clustersFresh ? undefined : this.matcher_.quoteClusters();
  }

  /** The discrepancies, if derived for the corpus as it is; never derives them. */
  freshDiscrepancies(): Discrepancy[] | undefined {
    return this.pendingMatch.size || !this.matcher_.discrepanciesFresh ? undefined : this.matcher_.discrepancies();
  }

  /** The passage index's work counters (for tests and benchmarks). */
  matchCounters(): Readonly<IndexCounters> {
    return this.matcher_.counters;
  }

  /** What deriving the quote clusters cost the last time (ms), if they were ever derived. */
  clustersCostMs(): number | undefined {
    return this.matcher_.clustersCostMs;
  }

  // ---- Derivations: they derive what is stale (costly; the editor's scheduler runs them, see derivation.ts).

  /**
   * One step of deriving the quote clusters and discrepancies (the matcher caught up with edits
   * first; then the clusters; then each kind of discrepancy), for a scheduler that runs them in
   * separate tasks. True when what was asked for is up to date (`freshClusters`, and with
   * `'discrepancies'` `freshDiscrepancies`). `sliceMs`: the quote clusters are derived for about
   * that long per step (a derivation from scratch takes a third of a second at 2,000 articles),
   * else in one step.
   */
  deriveStep(until: 'clusters' | 'discrepancies' = 'discrepancies', sliceMs?: number): boolean {
    if (this.pendingMatch.size) {
      this.flushMatch();
      return false;
    }
    if (until === 'discrepancies') return this.matcher_.deriveStep(sliceMs);
    if (sliceMs !== undefined) return this.matcher_.clustersStep(sliceMs);
    if (!this.matcher_.clustersFresh) this.matcher_.quoteClusters();
    return true;
  }

  /** Quotes of the same utterance across articles, largest first, with each version's differences. */
  quoteClusters(): QuoteClusterView[] {
    this.flushMatch();
    return this.matcher_.quoteClusters();
  }

  /** The clusters with a quote of `path` that contains `offset` (a quote can be in two). */
  clustersAt(path: string, offset: number): QuoteClusterView[] {
    this.flushMatch();
    return this.matcher_.clustersAt(path, offset);
  }

  /** Every other version of a cluster compared with member `mine`, word by word (see CorpusMatcher.versionsAgainst). */
  versionsAgainst(cluster: QuoteClusterView, mine: number): QuoteVariant[] {
    this.flushMatch();
    return this.matcher_.versionsAgainst(cluster, mine);
  }

  /** Facts the articles report differently (numbers, names, wording, claims). */
  discrepancies(): Discrepancy[] {
    this.flushMatch();
    return this.matcher_.discrepancies();
  }

  /**
   * Which outlet published each article, as the host resolves it with the analyst's corrections
   * (CorpusMatcher.setOutlets); a new version: the discrepancies are derived again. Call it again
   * when the corrections change.
   */
  setOutlets(outletOf: OutletOf): void {
    this.matcher_.setOutlets(outletOf);
    this.version_++;
  }

  // ---- The command line's budget (common/budget.ts) and what the cross-file passes left out.

  /** Sets (or removes) the time budget of the folder-wide steps derived from now on (CorpusMatcher.setBudget). */
  setBudget(budget: Budget | undefined): void {
    this.matcher_.setBudget(budget);
  }

  /** The folder-wide steps a budgeted derivation skipped. */
  skippedSteps(): readonly SkippedStep[] {
    return this.matcher_.skipped;
  }

  /** Articles the cross-file passes take only in part (work caps). */
  notices(): CorpusNotice[] {
    this.flushMatch();
    return this.matcher_.notices();
  }
}

/**
 * What features read of the corpus (the editor's `IndexService.corpus`): the reads, queries and
 * derivations of `ArticleIndex`, not the changes (the corpus sync, IndexService, owns those).
 */
export type CorpusReader = Pick<
  ArticleIndex,
  | 'version'
  | 'size'
  | 'paths'
  | 'has'
  | 'isCrossIndexed'
  | 'analysis'
  | 'linked'
  | 'linkedIfAtHand'
  | 'linkedSteps'
  | 'textOf'
  | 'stats'
  | 'pendingCount'
  | 'flush'
  | 'matchesAt'
  | 'documentMatches'
  | 'documentMatchesSteps'
  | 'sharedPassages'
  | 'search'
  | 'freshClusters'
  | 'freshDiscrepancies'
  | 'clustersCostMs'
  | 'deriveStep'
  | 'quoteClusters'
  | 'clustersAt'
  | 'versionsAgainst'
  | 'discrepancies'
>;

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

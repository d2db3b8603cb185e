/**
 * Cross-file matching over a corpus that changes: the passage index, passage matches, quote
 * clusters with their variants, and discrepancies, kept fresh one article at a time. The editor
 * and the CLI hold one each, through the same corpus object (`ArticleIndex`: the editor's corpus
 * sync, IndexService, and the CLI's `analyzeDocuments`, core/corpus/analyzeFolder.ts).
 *
 * Updates touch only the changed article's postings. Clusters and discrepancies are derived from
 * the index on first use after a change, from what was kept of the last derivation: what depends
 * on one article alone is kept with its entry (quote words and trigrams, figures, names, clauses),
 * what depends on two with the pair (shared shingles, diffs, a quote's rendering in another
 * article), and what depends on the postings until the index's journal says a shingle it read
 * changed (related articles, the articles holding a quote's words). The result is the same as a
 * derivation from scratch (test/unit/incrementalDerived.test.ts); after one article of 2,000
 * changes it costs about a quarter of one.
 */
import type { Discrepancy, DocumentAnalysis } from '../common/analysisFormat';
import { advance, BudgetExceeded, finish, type Budget, type Steps } from '../common/budget';
import type { EntityMention, Quote } from '../common/types';
import type { Article } from '../text';
import { computeQuoteClusters, newClusterState, quoteClusterSteps, type AlignmentCache, type QuoteClusterDetail, type QuoteRef } from './clusters';
import { detectSource } from '../sources';
import type { OutletOf } from './detectors/addressees';
import { discrepancyParts, newDiscrepancyState, sortDiscrepancies } from './discrepancies';
import { matchDocument, matchDocumentSteps, matchSpan, matchText, type DocumentMatch, type MatchOptions, type PassageMatch } from './matcher';
import { MAX_INDEXED_QUOTES, PassageIndex, type IndexCounters, type PassageIndexOptions } from './passages';
import { sharedPassages, type SharedPassage } from './reuse';
import { alignMembers, memberRanges, refsByKey, variantsOf, type QuoteVariant } from './variants';

/** A quote cluster as the editor shows it: members, the reference version and each member's diff. */
export interface QuoteClusterView extends QuoteClusterDetail {
  /** Stable within one version of the corpus: `q<n>`. */
  id: string;
  /** Each member (but the reference) against the reference, word by word. */
  variants: QuoteVariant[];
}

interface Derived {
  version: number;
  clusters: QuoteClusterView[];
  refs: QuoteRef[];
  byKey: Map<string, QuoteRef>;
  composite: (doc: string, start: number) => boolean;
}

export interface CorpusNotice {
  path: string;
  message: string;
}

/**
 * A folder-wide step (the quote clusters, one kind of discrepancies) that a budgeted derivation
 * gave up on: it went past the budget or failed, and its results are left out.
 */
export interface SkippedStep {
  step: string;
  /** Why: the budget ran out, or the error's message. */
  reason: string;
}

export class CorpusMatcher {
  readonly index: PassageIndex;
  private readonly alignCache: AlignmentCache = new Map();
  private clusterState = newClusterState();
  /** What the discrepancy detectors keep between derivations. */
  private discrepancyState = newDiscrepancyState();
  private derived: Derived | undefined;
  /** Versions compared with one member, per corpus version: `${cluster id}:${member}`. */
  private against: { version: number; byMember: Map<string, QuoteVariant[]> } | undefined;
  private clustersMs: number | undefined;
  private disc: { version: number; list: Discrepancy[] } | undefined;
  /** The discrepancies being derived a kind at a time (`deriveStep`). */
  private steps: { version: number; parts: (() => Steps<Discrepancy[]>)[]; done: number; running: Steps<Discrepancy[]> | undefined; found: Discrepancy[] } | undefined;
  /** The quote clusters being derived a slice at a time (`clustersStep`), for an index version. */
  private deriving: { version: number; steps: Steps<Derived> } | undefined;
  private shared: { version: number; list: SharedPassage[] } | undefined;
  /**
   * The folder-wide steps' time budget (the command line's: see common/budget.ts), checked before
   * each step. With one, a step that goes past it or fails is skipped (left out of the results and
   * listed in `skipped`) and the rest go on; without one (the editor), a failure is thrown.
   */
  private budget: Budget | undefined;
  private skippedSteps: SkippedStep[] = [];
  /** Each article's outlet as the host resolved it (`setOutlets`); by default what its text gives. */
  private outletOf: OutletOf = (path) => {
    const doc = this.index.doc(path);
    return doc && detectSource(doc.text).outlet?.value;
  };

  constructor(options: PassageIndexOptions = {}) {
    this.index = new PassageIndex(options);
  }

  /** Sets (or, with undefined, removes) the budget of the folder-wide steps derived from now on. */
  setBudget(budget: Budget | undefined): void {
    this.budget = budget;
  }

  /**
   * Where the discrepancy detectors learn which outlet published an article (the analyst's
   * corrections applied: the host resolves them, core/sources); the discrepancies are derived again.
   * Call it again, with the same function, when the corrections change.
   */
  setOutlets(outletOf: OutletOf): void {
    this.outletOf = outletOf;
    this.disc = undefined;
    this.steps = undefined;
  }

  /** The folder-wide steps a budgeted derivation skipped (since the budget was set). */
  get skipped(): readonly SkippedStep[] {
    return this.skippedSteps;
  }

  /**
   * Runs one folder-wide step: with a budget, a step past it or failing gives `empty` and is listed
   * in `skipped`; without one, it just runs.
   */
  private guarded<T>(step: string, run: () => T, empty: () => T): T {
    const budget = this.budget;
    if (!budget) return run();
    try {
      budget.checkNow();
      return run();
    } catch (e) {
      const reason = e instanceof BudgetExceeded ? `the folder's time budget ran out (${(budget.ms / 1000).toFixed(1)} s)` : `it failed: ${(e as Error)?.message ?? String(e)}`;
      this.skippedSteps.push({ step, reason });
      return empty();
    }
  }

  get size(): number {
    return this.index.size;
  }

  get counters(): Readonly<IndexCounters> {
    return this.index.counters;
  }

  has(path: string): boolean {
    return this.index.has(path);
  }

  paths(): string[] {
    return this.index.paths();
  }

  /**
   * Adds or replaces an article with its quotes and entities. Unchanged text keeps its words and
   * postings (only the quotes and entities are replaced).
   */
  upsert(path: string, text: string, analysis: Partial<DocumentAnalysis> = {}, article?: Article): void {
    const extra: { quotes?: readonly Quote[]; entities?: readonly EntityMention[]; article?: Article } = {};
    if (analysis.quotes) extra.quotes = analysis.quotes;
    if (analysis.entities) extra.entities = analysis.entities;
    if (article) extra.article = article;
    this.index.upsert(path, text, extra);
  }

  remove(path: string): boolean {
    return this.index.remove(path);
  }

  /** A renamed article keeps everything it had; nothing is re-read or re-indexed. */
  rename(from: string, to: string): boolean {
    return this.index.rename(from, to);
  }

  clear(): void {
    this.index.clear();
    this.alignCache.clear();
    this.clusterState = newClusterState();
    this.discrepancyState = newDiscrepancyState();
    this.steps = undefined;
  }

  /** Passages in other articles that carry the words of [start, end) of `path`, best first. */
  matchSpan(path: string, start: number, end: number, options?: MatchOptions): PassageMatch[] {
    return matchSpan(this.index, path, start, end, options);
  }

  /** Passages in the indexed articles that carry the words of any text. */
  matchText(text: string, options?: MatchOptions & { exclude?: string }): PassageMatch[] {
    return matchText(this.index, text, options);
  }

  /** Every passage of an article that other articles carry (wire copy as one block). */
  matchDocument(path: string, options?: MatchOptions): DocumentMatch[] {
    return matchDocument(this.index, path, options);
  }

  /** `matchDocument` a few sentences at a time (matcher.ts, `matchDocumentSteps`). */
  matchDocumentSteps(path: string, options?: MatchOptions): Steps<DocumentMatch[]> {
    return matchDocumentSteps(this.index, path, options);
  }

  /** Paragraphs carried by several articles (wire copy), over the whole corpus. */
  sharedPassages(): SharedPassage[] {
    if (this.shared?.version !== this.index.version) this.shared = { version: this.index.version, list: sharedPassages(this.index) };
    return this.shared.list;
  }

  /** Quote clusters, largest first, with each member's diff against the reference version. */
  quoteClusters(): QuoteClusterView[] {
    return this.compute().clusters;
  }

  /** The clusters with a quote of `path` that contains `offset` (a quote can be in two). */
  clustersAt(path: string, offset: number): QuoteClusterView[] {
    return this.quoteClusters().filter((c) => c.members.some((m) => m.doc === path && m.start <= offset && offset <= m.end));
  }

  /**
   * Are the quote clusters up to date with the index (asking for them costs nothing)? Clusters are
   * derived on first use after a change: 0.35 s at 2,000 articles from scratch, about 50 ms after
   * one article changed.
   */
  get clustersFresh(): boolean {
    return this.derived?.version === this.index.version;
  }

  /** What deriving the clusters cost the last time (ms), if they were ever derived. */
  get clustersCostMs(): number | undefined {
    return this.clustersMs;
  }

  /**
   * Every other version of a cluster compared with member `mine`, word by word (`a`: mine, `b`:
   * the other version), in member order. The reference's own diffs when `mine` is the reference;
   * otherwise the members are aligned with `mine` (a few short alignments), once per corpus version.
   */
  versionsAgainst(cluster: QuoteClusterView, mine: number): QuoteVariant[] {
    const d = this.compute();
    if (mine === cluster.reference) return cluster.variants;
    if (this.against?.version !== d.version) this.against = { version: d.version, byMember: new Map() };
    const key = `${cluster.id}:${mine}`;
    let list = this.against.byMember.get(key);
    if (!list) {
      const aligned = alignMembers(this.index, memberRanges(cluster, d.byKey, d.composite), mine);
      list = variantsOf(aligned, mine);
      this.against.byMember.set(key, list);
    }
    return list;
  }

  /**
   * Derives the quote clusters for about `sliceMs` (then the caller gives the event loop back and
   * calls again): true once they are up to date (`clustersFresh`). A failure is thrown, and the
   * kept state forgotten.
   */
  clustersStep(sliceMs: number): boolean {
    if (this.derived?.version === this.index.version) return true;
    try {
      if (!advance(this.derivation(), sliceMs)) return false;
    } catch (e) {
      this.forgetKeptState();
      this.deriving = undefined;
      throw e;
    }
    this.deriving = undefined;
    return true;
  }

  /** Facts the articles report differently. */
  discrepancies(): Discrepancy[] {
    while (!this.deriveStep());
    return this.disc!.list;
  }

  /** Are the discrepancies up to date with the index (asking for them costs nothing)? */
  get discrepanciesFresh(): boolean {
    return this.disc?.version === this.index.version;
  }

  /**
   * Does one step of deriving the discrepancies: the quote clusters, then each kind of discrepancy
   * (up to a tenth of a second each at 2,000 articles after one article changed), so that an editor
   * can run them in separate tasks; with `sliceMs`, a kind that has checkpoints for about that long
   * (the rest in the next call). True when the discrepancies are up to date; a change to the index
   * between steps starts over.
   */
  deriveStep(sliceMs?: number): boolean {
    const version = this.index.version;
    if (this.disc?.version === version) return true;
    if (this.derived?.version !== version) {
      if (sliceMs === undefined) this.compute();
      else this.clustersStep(sliceMs);
      return false;
    }
    if (this.steps?.version !== version) {
      const { clusters, refs } = this.derived;
      const parts = this.guarded('discrepancies', () => discrepancyParts(this.index, clusters, refs, this.outletOf, this.discrepancyState), () => []);
      this.steps = { version, parts, done: 0, running: undefined, found: [] };
    }
    const s = this.steps;
    if (s.done < s.parts.length) {
      const part = s.parts[s.done]!;
      if (sliceMs === undefined || this.budget) s.found.push(...this.guarded(`discrepancies (step ${s.done + 1} of ${s.parts.length})`, () => finish(part()), () => []));
      else {
        // The editor: a kind for about `sliceMs` (the costlier ones stop at their checkpoints), the rest of it in the next call.
        s.running ??= part();
        let done: { value: Discrepancy[] } | undefined;
        try {
          done = advance(s.running, sliceMs);
        } catch (e) {
          s.running = undefined; // (tried afresh next time)
          throw e;
        }
        if (!done) return false;
        s.running = undefined;
        s.found.push(...done.value);
      }
    }
    s.done++;
    if (s.done < s.parts.length) return false;
    this.disc = { version, list: sortDiscrepancies(s.found) };
    this.steps = undefined;
    return true;
  }

  /** Discrepancies with a member in `path`. */
  discrepanciesIn(path: string): Discrepancy[] {
    return this.discrepancies().filter((d) => d.members.some((m) => m.doc === path));
  }

  /** Articles the cross-file passes take only in part (work caps, see common/budget.ts), for the log. */
  notices(): CorpusNotice[] {
    const out: CorpusNotice[] = [];
    for (const d of this.index.allDocs()) {
      if (d.truncated) out.push({ path: d.path, message: `only the first ${this.index.maxTokens.toLocaleString('en')} words are matched across files (the article is longer)` });
      if (d.quotesLeftOut)
        out.push({
          path: d.path,
          message: `only the first ${MAX_INDEXED_QUOTES.toLocaleString('en')} of its ${(d.quotes.length + d.quotesLeftOut).toLocaleString('en')} quotations are clustered across files (stray quotation marks?)`,
        });
    }
    return out;
  }

  private compute(): Derived {
    if (this.derived?.version === this.index.version) return this.derived;
    try {
      return finish(this.derivation());
    } finally {
      this.deriving = undefined;
    }
  }

  /**
   * The derivation of the clusters for the index as it is: the one under way (`deriveStep` with a
   * slice), or a new one. One under way for an older version is dropped; the kept state stays: the
   * derivation yields only between its calls to the state (`quoteClusterSteps`), each of which
   * leaves it whole, and the next derivation brings it up to date with the index as usual. (Forgetting
   * it there made every derivation after an edit during one start from scratch: 3 s of slices and
   * a synchronous reader's full derivation in the BBC folder.)
   */
  private derivation(): Steps<Derived> {
    const version = this.index.version;
    if (this.deriving?.version !== version) this.deriving = { version, steps: this.derive() };
    return this.deriving.steps;
  }

  private forgetKeptState(): void {
    this.alignCache.clear();
    this.clusterState = newClusterState();
  }

  /** The quote clusters and their views, with checkpoints (`quoteClusterSteps`); `clustersMs` counts the pauses between slices too. */
  private *derive(): Steps<Derived> {
    const started = performance.now();
    const { clusters, refs } = this.budget
      ? this.guarded(
          'quote clusters',
          () => computeQuoteClusters(this.index, { cache: this.alignCache, state: this.clusterState }),
          () => {
            // What a failed derivation left in the kept state is not trusted again.
            this.forgetKeptState();
            return { clusters: [], refs: [] };
          },
        )
      : yield* quoteClusterSteps(this.index, { cache: this.alignCache, state: this.clusterState });
    yield;
    // Only clustered quotes are looked up by key.
    const byKey = refsByKey(refs, clusters);
    const count = new Map<string, number>();
    for (const c of clusters) for (const m of c.members) count.set(`${m.doc}\u0000${m.start}`, (count.get(`${m.doc}\u0000${m.start}`) ?? 0) + 1);
    const composite = (doc: string, start: number) => (count.get(`${doc}\u0000${start}`) ?? 0) > 1;
    const views: QuoteClusterView[] = [];
    for (const [i, c] of clusters.entries()) {
      if (i % 64 === 63) yield;
      const aligned = alignMembers(this.index, memberRanges(c, byKey, composite), c.reference);
      // (Fields written out, not `{ ...c, id, variants }`: V8 11 gives each spread copy that adds
      // keys a map of its own once it has made a few, and every later read of a view's fields misses.)
      views.push({ label: c.label, members: c.members, reference: c.reference, id: `q${i + 1}`, variants: variantsOf(aligned, c.reference) });
    }
    this.derived = { version: this.index.version, clusters: views, refs, byKey, composite };
    this.clustersMs = performance.now() - started;
    this.tellDerived();
    return this.derived;
  }

  private readonly derivedListeners = new Set<() => void>();
  private tellQueued = false;

  /**
   * Calls `listener` after the quote clusters have been derived (by whoever asked for them: a hover,
   * the discrepancies), once the caller is done (a microtask; one call for several derivations in
   * one turn): for a view that shows what they say without deriving them itself. Returns what stops it.
   */
  onClustersDerived(listener: () => void): () => void {
    this.derivedListeners.add(listener);
    return () => this.derivedListeners.delete(listener);
  }

  private tellDerived(): void {
    if (!this.derivedListeners.size || this.tellQueued) return;
    this.tellQueued = true;
    queueMicrotask(() => {
      this.tellQueued = false;
      for (const listener of [...this.derivedListeners]) listener();
    });
  }
}

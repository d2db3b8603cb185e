import type * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { EntityOverrides } from '../../core/entities';
import type { FileError } from '../../core/common/types';
import { ArticleIndex, type AnalyzeOptions, type CorpusReader, type OutletOf } from '../../core/corpus';
import { IncrementalAnalyzer } from '../../core/corpus/incremental';
import { NotTextError } from '../../core/text';
import { HOST_MAX_CHARS, type ArticleChange, type ArticleDocument, type ArticleWorkspace } from '../../host/articleTexts';
import { Emitter } from '../../host/emitter';
import { editDebounceMs } from './editDebounce';
import { Disposable } from '../../host/lifecycle';
import { isUnder } from '../../host/readQueue';
import { OverBudgetError, type WorkerSource } from './analysisWorkerClient';
import type { IndexState, SyncHost } from './syncHost';
import { reanalyse, type ReanalysisHost } from './reanalysis';
import { SlicedWork } from './slicedWork';

export interface IndexChange {
  /** Keys (URI strings) of the articles added, changed or removed; undefined means "everything". */
  keys?: string[];
}

/** Above this many articles, indexing progress is shown in a notification (with Cancel). */
const NOTIFICATION_THRESHOLD = 50;
const READ_BATCH = 16;
/** How long indexing (and re-reads after changes on disk) analyse articles on the extension host before the event loop is given back. */
const INDEX_SLICE_MS = 25;
/** Files read again after a change on disk that are analysed in the task that heard of them, whatever they cost (diskReads). */
const DISK_READS_AT_ONCE = 8;
// Articles up to HOST_MAX_CHARS characters (about 25,000 words; articleWorkspace.ts) are analysed on
// the extension host, incrementally as they are edited (a keystroke costs a few milliseconds); larger
// ones in the analysis worker (dist/analysisWorker.js), so that no analysis holds the host's event loop for long.
/**
 * Articles over this many characters are analysed (quotes and names are drawn) but not searched,
 * matched or linked across the folder: indexing them would hold the extension host for seconds.
 */
export const CROSS_INDEX_MAX_CHARS = 1_000_000;
/** Search and the cross-file matcher catch up with edits once typing has paused this long. */
const IDLE_INDEX_MS = 750;
/** How long, and how many, removed articles' analyses are kept for a rename seen as a delete and a create. */
const KEEP_REMOVED_MS = 30_000;
const KEEP_REMOVED_MAX = 5_000;
/** A worker analysis that takes longer than this shows its progress. */
const PROGRESS_AFTER_MS = 400;

/** An open article the service follows as it is edited. */
interface LiveDocument {
  /** The document version the index holds the analysis of (-1: none yet). */
  version: number;
  /** Its length at the last analysis. */
  chars: number;
  /** What the last analysis cost (ms), and when it ended (performance.now()), for the debounce. */
  costMs: number | undefined;
  analysedAt: number;
  /** The host-side incremental analyzer (articles up to HOST_MAX_CHARS). */
  analyzer: IncrementalAnalyzer | undefined;
  /** The version a worker job was started for. */
  workerVersion: number;
}

/**
 * The corpus sync: keeps the corpus index in step with the articles of the workspace (an
 * ArticleWorkspace — VsCodeArticleWorkspace in the extension, which owns their texts, the files and
 * the watchers; MemoryArticleWorkspace in unit tests): indexes every article at start-up (with
 * progress and cancel), analyses what the workspace reads again after a change on disk, follows
 * unsaved edits of open articles (debounced), and drops deleted and renamed ones. Everything else
 * reads the corpus through this service. It uses no `vscode` at run time: what it shows the analyst
 * and the analysis worker come through `SyncHost` (vscodeSyncHost.ts in the extension), so that it
 * runs on the in-memory twin in unit tests (test/unit/corpusSync.test.ts).
 */
export class IndexService<U = vscode.Uri> extends Disposable {
  private readonly index = new ArticleIndex();
  /** The corpus, for everything that reads it (changes to it are this service's). */
  readonly corpus: CorpusReader = this.index;
  private readonly changed = this.register(new Emitter<IndexChange>((e) => this.log.error(`A listener of the index failed: ${(e as Error)?.stack ?? String(e)}`)));
  readonly onDidChange = this.changed.event;
  private readonly stateChanged = this.register(new Emitter<IndexState>((e) => this.log.error(`A listener of the index state failed: ${(e as Error)?.stack ?? String(e)}`)));
  readonly onDidChangeState = this.stateChanged.event;

  private state_: IndexState = 'indexing';
  private indexing = false;
  private run: Promise<void> = Promise.resolve();
  private generation = 0;
  private progress = { done: 0, total: 0 };
  /** Edits not analysed yet, by article: how to call the analysis off. */
  private readonly editTimers = new Map<string, () => void>();
  private readonly live = new Map<string, LiveDocument>();
  /** Analyses of articles removed a moment ago, by text (see keepRemoved). */
  private readonly removed = new Map<string, { analysis: DocumentAnalysis; at: number }>();
  /** The text of each article's job in the worker. */
  private readonly inWorker = new Map<string, string>();
  /** Size and modification time of each large file when last sent to the worker from disk. */
  private readonly diskStamps = new Map<string, string>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private analyzeOptions: AnalyzeOptions = {};
  private readonly worker: SyncHost['worker'];
  private readonly log: SyncHost['log'];
  /** Counts setEntityOverrides calls: a re-analysis stops when a newer one starts. */
  private reanalysis = 0;
  private reanalysed: Promise<void> = Promise.resolve();
  /** Files read again after a change on disk, analysed a slice at a time when they come in bursts (a folder copied in). */
  private readonly diskReads = new SlicedWork<ArticleChange<U, ArticleDocument<U>>>(
    (_, e) => this.onDiskRead(e),
    INDEX_SLICE_MS,
    DISK_READS_AT_ONCE,
    (e) => this.log.error(`Could not index a file read again: ${(e as Error)?.stack ?? String(e)}`),
  );
  /** How many times each article's text was analysed for an editor (typed in, warmed up on opening, in the worker): for tests. */
  readonly editorRuns = new Map<string, number>();

  constructor(
    private readonly workspace: ArticleWorkspace<U>,
    private readonly host: SyncHost,
  ) {
    super();
    this.log = host.log;
    this.worker = host.worker;
    this.register({ dispose: () => this.worker.dispose() });
    this.register({ dispose: () => clearTimeout(this.idleTimer) });
    this.register({ dispose: () => this.diskReads.dispose() });
    this.register(workspace.onDidChangeArticle((e) => this.onArticleChange(e)));
    this.register(workspace.onDidCloseArticle((d) => this.onClose(d)));
    // Folders added or removed, or the settings of which files are articles changed.
    this.register(workspace.onDidChangeArticleSet(() => void this.reindex()));
    this.register(workspace.onDidChangeSkipped(() => this.changed.fire({})));
    // The look for files the watcher missed skips those indexed or being analysed.
    workspace.trackWith((key) => this.index.has(key) || this.worker.busy(key));
    this.register({ dispose: () => this.editTimers.forEach((cancel) => cancel()) });
  }

  private onArticleChange(e: ArticleChange<U, ArticleDocument<U>>): void {
    // A re-read still queued (diskReads) is done before an edit or a rename of its file, in the
    // order the changes came; a deletion drops it.
    switch (e.origin) {
      case 'disk':
        return this.diskReads.add(e.key, e);
      case 'edit':
        this.diskReads.take(e.key);
        if (e.document) this.onEdit(e.document, e.opened ? 0 : undefined);
        return;
      case 'rename':
        this.diskReads.take(e.from!);
        return this.onRename(e.from!, e.key);
      case 'delete':
        this.diskReads.forget((key) => isUnder(key, e.key));
        return this.forgetUnder(e.key, e.skipped ?? false);
    }
  }

  get state(): IndexState {
    return this.state_;
  }

  get indexingProgress(): { done: number; total: number } {
    return this.progress;
  }

  /** The files matched by the article globs that are skipped (not text, too large, unreadable), and why. */
  errors(): FileError[] {
    return this.workspace.errors();
  }

  /** The same, with how many times each was read in its present state (1: not read again). */
  skippedFiles(): { path: string; message: string; reads: number }[] {
    return this.workspace.skippedFiles();
  }

  /** Resolves when the indexing run, the re-reads of files changed on disk and the re-analysis after an entity correction (if any) are over. */
  whenIndexed(): Promise<void> {
    return Promise.all([this.run, this.reanalysed, this.diskReads.whenIdle()]).then(() => undefined);
  }

  uriOf(key: string): U | undefined {
    return this.workspace.uriOf(key);
  }

  analysisOf(uri: U): DocumentAnalysis | undefined {
    return this.index.analysis(this.workspace.keyOf(uri));
  }

  /** The analysis of an article with folder-wide names (entity canonicals and speakers), linking the folder first if needed. */
  linkedAnalysisOf(uri: U): DocumentAnalysis | undefined {
    const key = this.workspace.keyOf(uri);
    return this.index.has(key) ? this.index.linked().documents.get(key) : undefined;
  }

  /** The same if the folder's linking is at hand, else undefined: never links the folder (ArticleIndex.linkedIfAtHand). */
  linkedAnalysisAtHand(uri: U): DocumentAnalysis | undefined {
    return this.index.linkedIfAtHand(this.workspace.keyOf(uri));
  }

  /**
   * Where the folder-wide passes learn which outlet published each article (the analyst's
   * corrections applied, ArticleSources); the discrepancies are derived again. Call it again when
   * the corrections change.
   */
  setOutlets(outletOf: OutletOf): void {
    this.index.setOutlets(outletOf);
    this.changed.fire({});
  }

  /**
   * Applies the analyst's entity corrections to every article without holding the extension host
   * (reanalysis.ts). An edit meanwhile is analysed with the new corrections at once. Resolves when
   * every article on the host has its new analysis (a later call supersedes an unfinished one).
   */
  setEntityOverrides(overrides: EntityOverrides): Promise<void> {
    const options: AnalyzeOptions = { entityOverrides: overrides };
    this.analyzeOptions = options;
    for (const live of this.live.values()) live.analyzer?.setOptions(options);
    const generation = ++this.reanalysis;
    const host: ReanalysisHost = {
      index: this.index,
      worker: this.worker,
      log: this.log,
      current: () => generation === this.reanalysis,
      analyzeLarge: (key, text) => {
        const uri = this.workspace.uriOf(key);
        if (uri) void this.analyzeLarge(key, uri, { text }, this.live.get(key)?.version ?? -1);
      },
      changed: (keys) => this.changed.fire({ keys }),
    };
    this.reanalysed = reanalyse(host, options).catch((e) => this.log.error(`Re-analysis failed: ${(e as Error)?.stack ?? String(e)}`));
    return this.reanalysed;
  }

  /**
   * The analysis of an open article, brought up to date with its current (maybe unsaved) text. An
   * article over HOST_MAX_CHARS is analysed in the worker: until its analysis comes back, this
   * returns the one the index has (and `hasPendingEdit` says so).
   */
  analyzeDocument(doc: ArticleDocument<U>): DocumentAnalysis | undefined {
    if (!this.workspace.isArticleDocument(doc)) return undefined;
    const key = this.workspace.keyOf(doc.uri);
    if (this.workspace.isDeleted(key)) return undefined; // deleted on disk, still open somewhere: not indexed again
    this.workspace.opened(doc);
    const live = this.liveDocument(key);
    const current = this.index.analysis(key);
    // Nothing typed since the last analysis: no need to read the text (20 MB of it, perhaps).
    if (current && live.version === doc.version) return current;
    // A large article being typed in: the debounce, not a caller that wants it now, starts the worker.
    if (current && live.chars > HOST_MAX_CHARS && this.editTimers.has(key)) return current;
    // A large file just opened, unchanged since it was read from disk and analysed: the index has its
    // text (a change on disk would be read again by the watcher, and would change the document too).
    if (current && live.version === -1 && !doc.isDirty && this.diskStamps.has(key) && !this.worker.busy(key)) {
      live.version = doc.version;
      live.chars = this.index.textOf(key)?.length ?? 0;
      return current;
    }
    const text = doc.getText();
    if (current && this.index.textOf(key) === text) {
      live.version = doc.version;
      live.chars = text.length;
      return current;
    }
    if (text.length > HOST_MAX_CHARS) {
      live.chars = text.length;
      if (live.workerVersion !== doc.version) {
        live.workerVersion = doc.version;
        live.analyzer = undefined;
        void this.analyzeLarge(key, doc.uri, { text }, doc.version);
      }
      return current;
    }
    const started = performance.now();
    live.analyzer ??= new IncrementalAnalyzer(this.analyzeOptions);
    this.editorRuns.set(key, (this.editorRuns.get(key) ?? 0) + 1);
    const analysis = live.analyzer.analyze(text);
    live.analysedAt = performance.now();
    live.costMs = live.analysedAt - started;
    live.version = doc.version;
    live.chars = text.length;
    // Asked for by someone else (cursor matches, a hover) before the debounce ran out: the edit is
    // analysed, so it is no longer pending (else the decorations would wait for an event that never comes).
    this.editTimers.get(key)?.();
    this.editTimers.delete(key);
    this.worker.cancel(key); // an older, larger version may still be in the worker
    this.diskStamps.delete(key);
    const after = this.index.upsert(key, text, { analysis, defer: true });
    this.changed.fire({ keys: [key] });
    this.updateState();
    this.scheduleIdleIndexing();
    return after;
  }

  private liveDocument(key: string): LiveDocument {
    let live = this.live.get(key);
    if (!live) this.live.set(key, (live = { version: -1, chars: 0, costMs: undefined, analysedAt: -Infinity, analyzer: undefined, workerVersion: -1 }));
    return live;
  }

  /**
   * Analyses a large article in the worker — an editor's text, or a file's bytes, which the worker
   * decodes too — and puts the result in the index, unless a newer text of the article replaced it
   * meanwhile. Shows progress when it takes a while. `version`: the document version the text is of
   * (-1 for a file read from disk). A file that is not text is reported in `errors` and the log.
   */
  private async analyzeLarge(key: string, uri: U, source: WorkerSource & { stamp?: string }, version: number, errors?: FileError[]): Promise<void> {
    const name = this.workspace.nameOf(uri);
    const mb = (('text' in source ? source.text.length : source.bytes.length) / 1048576).toFixed(1);
    let report: ((fraction: number) => void) | undefined;
    let finished = false;
    let lastFraction = 0;
    this.editorRuns.set(key, (this.editorRuns.get(key) ?? 0) + 1);
    const job = this.worker.analyze(key, source, this.analyzeOptions, (f) => {
      lastFraction = f;
      report?.(f);
    });
    const sent = 'text' in source ? source.text : undefined;
    if (sent !== undefined) {
      this.inWorker.set(key, sent);
      this.diskStamps.delete(key); // an editor's text: the file on disk no longer says what is indexed
    }
    // Progress only when it takes a while (the window's status bar, as indexing does).
    setTimeout(() => {
      if (finished) return;
      void this.host.withProgress(`Crosscheck: analysing ${name}`, false, (progress) => {
        let shown = 0;
        report = (f) => {
          const pct = Math.round(f * 100);
          progress.report(pct - shown, `${pct}%`);
          shown = pct;
        };
        report(lastFraction);
        return job.then(
          () => undefined,
          () => undefined,
        );
      });
    }, PROGRESS_AFTER_MS);
    try {
      const r = await job;
      if (!r) return; // a newer text replaced it
      const live = this.live.get(key);
      if (live && version !== -1 && live.workerVersion !== version) return;
      const text = r.text;
      // `replace`: the same text analysed again under new entity corrections (reanalyse) is a new
      // analysis too (without it, the index kept the old one for the same text, and a correction
      // never reached an article analysed in the worker).
      this.index.upsert(key, text, { analysis: r.analysis, defer: true, replace: true, crossIndex: text.length <= CROSS_INDEX_MAX_CHARS });
      if (sent === undefined) this.workspace.remember(key, uri, text); // (decoded from the file's bytes)
      this.workspace.unskip(key);
      if (live && version !== -1) {
        live.version = version;
        live.chars = text.length;
        live.costMs = r.ms;
      }
      this.log.info(`Analysed ${name} (${mb} MB) in ${(r.ms / 1000).toFixed(1)} s in the analysis worker${text.length > CROSS_INDEX_MAX_CHARS ? '; too large to search, match or link across the folder' : ''}.`);
      this.changed.fire({ keys: [key] });
      this.updateState();
      this.scheduleIdleIndexing();
    } catch (e) {
      if (e instanceof NotTextError) {
        this.diskStamps.delete(key);
        errors?.push({ path: name, message: e.message });
        const news = this.workspace.skip(key, name, source.stamp, e.message);
        if (news) this.log.warn(`Skipped ${name}: ${e.message}`);
        const removed = this.index.remove(key);
        if (removed || news) {
          this.updateState();
          this.changed.fire({ keys: [key] });
        }
      } else if (e instanceof OverBudgetError) {
        // Named in the log and in the skipped files (the status), and not tried again until it changes.
        const message = `not analysed: its analysis ${e.message} in the analysis worker`;
        errors?.push({ path: name, message });
        if (this.workspace.skip(key, name, source.stamp, message)) this.log.warn(`${name} (${mb} MB): ${message}.`);
        this.updateState();
        this.changed.fire({ keys: [key] });
      } else this.log.error(`Could not analyse ${name} (${mb} MB): ${(e as Error)?.message ?? String(e)}`);
    } finally {
      finished = true;
      if (sent !== undefined && this.inWorker.get(key) === sent) this.inWorker.delete(key);
    }
  }

  /** Search and the cross-file matcher catch up with edits once typing pauses (or when first asked). */
  private scheduleIdleIndexing(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.editTimers.size) return this.scheduleIdleIndexing(); // still typing
      this.index.flush();
    }, IDLE_INDEX_MS);
  }

  /** Relative paths of the indexed articles, sorted. */
  indexedPaths(): string[] {
    const paths: string[] = [];
    for (const key of this.index.paths()) {
      const uri = this.workspace.uriOf(key);
      if (uri) paths.push(this.workspace.nameOf(uri));
    }
    return paths.sort();
  }

  /**
   * Starts a fresh indexing run (cancelling the one in progress), once `after` has settled, and
   * returns when it is done. `whenIndexed()` waits for it from this call on.
   */
  reindex(after: Promise<unknown> = Promise.resolve()): Promise<void> {
    const generation = ++this.generation;
    this.indexing = true;
    this.progress = { done: 0, total: 0 }; // (not the last run's until this one has found the articles)
    this.setState('indexing');
    this.run = after
      .catch(() => undefined)
      .then(() => this.indexAll(generation))
      .catch((e) => {
        this.log.error(`Indexing failed: ${(e as Error)?.stack ?? String(e)}`);
        this.host.showError(`Crosscheck could not index the workspace: ${(e as Error)?.message ?? String(e)}`);
      })
      .finally(() => {
        if (generation !== this.generation) return;
        this.indexing = false;
        this.updateState();
      });
    this.workspace.holdWhile(this.run); // (it finds the files the watcher missed)
    return this.run;
  }

  private async indexAll(generation: number): Promise<void> {
    const started = Date.now();
    // A run reads (and reports) every file again: the settings may have changed which are articles.
    this.workspace.forgetSkipped();
    const found = await this.workspace.findArticles();
    if (generation !== this.generation) return;
    found.sort((a, b) => (this.workspace.keyOf(a) < this.workspace.keyOf(b) ? -1 : 1));
    this.progress = { done: 0, total: found.length };
    this.log.info(`Indexing ${found.length} article(s) in ${this.workspace.folderCount()} folder(s)…`);

    const notify = found.length >= NOTIFICATION_THRESHOLD;
    const errors: FileError[] = [];
    const keep = new Set(found.map((uri) => this.workspace.keyOf(uri)));
    const large: Promise<void>[] = [];
    let cancelled = false;
    await this.host.withProgress(
      'Crosscheck: indexing articles',
      notify,
      async (progress) => {
        for (let i = 0; i < found.length; i += READ_BATCH) {
          if (progress.isCancelled() || generation !== this.generation) {
            cancelled = true;
            return;
          }
          const batch = found.slice(i, i + READ_BATCH);
          const reads = await Promise.all(batch.map((uri) => this.workspace.read(uri)));
          if (generation !== this.generation) return;
          let slice = performance.now();
          for (let k = 0; k < batch.length; k++) {
            // The event loop back between articles once a slice is spent: a batch of sixteen is
            // read together, but not analysed in one task (each costs up to a tenth of a second).
            if (performance.now() - slice > INDEX_SLICE_MS) {
              await new Promise((r) => setImmediate(r));
              if (generation !== this.generation) return;
              slice = performance.now();
            }
            const uri = batch[k]!;
            const { read, error } = reads[k]!;
            if (error) errors.push(error);
            if (read === undefined) continue;
            const key = this.workspace.keyOf(uri);
            // An open document's buffer wins over the file on disk (it may hold unsaved edits).
            const open = this.workspace.documentOf(key);
            // Large articles go to the worker; indexing waits for them at the end.
            if (open) {
              const current = open.getText();
              if (current.length <= HOST_MAX_CHARS) this.index.upsert(key, current);
              else if (this.index.textOf(key) !== current) large.push(this.analyzeLarge(key, uri, { text: current }, -1, errors));
            } else if ('text' in read) this.index.upsert(key, read.text);
            else if (this.diskStamps.get(key) !== read.stamp || !this.index.has(key)) {
              this.diskStamps.set(key, read.stamp);
              large.push(this.analyzeLarge(key, uri, read, -1, errors));
            }
          }
          this.progress = { done: Math.min(i + READ_BATCH, found.length), total: found.length };
          progress.report((batch.length / found.length) * 100, `${this.progress.done} of ${found.length}`);
          this.stateChanged.fire(this.state_);
          await new Promise((r) => setImmediate(r)); // keep the extension host responsive
        }
        if (large.length) {
          progress.report(undefined, `analysing ${large.length} large article(s)`);
          await Promise.all(large);
        }
      },
    );
    if (generation !== this.generation) return;
    if (cancelled) {
      this.log.warn(`Indexing cancelled after ${this.progress.done} of ${found.length} articles.`);
    } else {
      for (const key of this.index.paths()) if (!keep.has(key)) this.index.remove(key);
    }
    const s = this.index.stats();
    this.log.info(`Indexed ${s.articles} article(s), ${s.quotes} quote(s) in ${Date.now() - started} ms${errors.length ? `; skipped ${errors.length}` : ''}.`);
    this.indexing = false;
    this.updateState();
    this.changed.fire({});
    if (errors.length) this.reportErrors(errors);
  }

  private reportErrors(errors: FileError[]): void {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
    this.host.showSkipped(`Crosscheck skipped ${first.path} (${first.message})${more}.`);
  }

  /**
   * Follows edits of an open article, debounced (adaptively: see editDebounceMs) so that typing
   * never waits for the analysis and a burst of edits is analysed once.
   */
  private onEdit(doc: ArticleDocument<U>, delay?: number): void {
    if (!this.workspace.isArticleDocument(doc)) return;
    const key = this.workspace.keyOf(doc.uri);
    this.editTimers.get(key)?.();
    const live = this.live.get(key);
    const chars = live?.chars || (this.index.textOf(key)?.length ?? 0);
    const wait = delay ?? editDebounceMs(chars, live?.costMs, performance.now() - (live?.analysedAt ?? -Infinity));
    const run = () => {
      this.editTimers.delete(key);
      if (doc.isClosed) return;
      this.analyzeDocument(doc);
      if (delay === 0) this.warmUp(doc);
    };
    if (wait === 0) {
      // At once: right after this change event (a microtask), so that the decorations it leads to
      // are set in this turn of the event loop, before the messages that come in meanwhile (a 0 ms
      // timeout or setImmediate waits behind them: 15-40 ms after a keystroke in code-server).
      let cancelled = false;
      queueMicrotask(() => cancelled || run());
      this.editTimers.set(key, () => (cancelled = true));
    } else {
      const t = setTimeout(run, wait);
      this.editTimers.set(key, () => clearTimeout(t));
    }
  }

  /**
   * An article just opened: work out its incremental analysis now, while nobody types, so that the
   * first keystroke re-does one paragraph rather than the whole article.
   */
  private warmUp(doc: ArticleDocument<U>): void {
    const key = this.workspace.keyOf(doc.uri);
    const live = this.live.get(key);
    if (!live || live.analyzer || live.chars > HOST_MAX_CHARS || !this.index.has(key)) return;
    setTimeout(() => {
      if (doc.isClosed || live.analyzer || this.editTimers.has(key) || live.version !== doc.version) return;
      const text = this.index.textOf(key);
      if (text === undefined || text.length > HOST_MAX_CHARS || text !== doc.getText()) return;
      live.analyzer = new IncrementalAnalyzer(this.analyzeOptions);
      this.editorRuns.set(key, (this.editorRuns.get(key) ?? 0) + 1);
      live.analyzer.analyze(text); // (a first analysis costs more than the edits after it: not a cost for the debounce)
    }, 50);
  }

  /**
   * Does the index hold the analysis of this document's current text? Known from the document's
   * version, without reading its text (20 MB, perhaps).
   */
  isCurrent(doc: ArticleDocument<U>): boolean {
    const key = this.workspace.keyOf(doc.uri);
    return this.live.get(key)?.version === doc.version && this.index.has(key);
  }

  /** Has an edit of this document not been analysed yet (typing not paused, or its analysis still in the worker)? */
  hasPendingEdit(uri: U): boolean {
    const key = this.workspace.keyOf(uri);
    return this.editTimers.has(key) || this.worker.busy(key);
  }

  /** A closed document: no longer followed (if it had unsaved edits, the workspace reads the file again: a 'disk' change). */
  private onClose(doc: ArticleDocument<U>): void {
    const key = this.workspace.keyOf(doc.uri);
    if (this.live.delete(key)) this.worker.forget(key);
  }

  /** The workspace read a changed file again: its text (or, for a large file, its bytes), or nothing. */
  private onDiskRead({ key, uri, read, error }: ArticleChange<U, ArticleDocument<U>>): void {
    if (read === undefined) {
      const removed = this.index.remove(key);
      this.worker.cancel(key);
      this.diskStamps.delete(key);
      if (!removed && !error) return; // a file known to be skipped, unchanged: nothing new
    } else if ('bytes' in read) {
      // In the worker; not awaited, so that a change meanwhile is read (and replaces this job) at once.
      // The same size and time as the file last sent: the same file (watchers send several events per change).
      if (this.diskStamps.get(key) === read.stamp && (this.index.has(key) || this.worker.busy(key))) return;
      this.diskStamps.set(key, read.stamp);
      void this.analyzeLarge(key, uri, read, -1);
      return;
    } else {
      this.worker.cancel(key);
      this.diskStamps.delete(key);
      const kept = this.removed.get(read.text); // (the same text: the same analysis, even for two copies)
      this.index.upsert(key, read.text, kept ? { analysis: kept.analysis } : {});
    }
    this.updateState();
    this.changed.fire({ keys: [key] });
  }

  /**
   * Drops every indexed article at or under `prefix` (a file's or a folder's key): a deleted or
   * moved folder is one watcher event for the folder, none for the articles in it.
   */
  private forgetUnder(prefix: string, skipped: boolean): void {
    const keys: string[] = skipped ? [prefix] : [];
    for (const key of this.index.paths()) {
      if (!isUnder(key, prefix)) continue;
      this.keepRemoved(key);
      this.worker.forget(key);
      this.diskStamps.delete(key);
      if (this.index.remove(key)) keys.push(key);
    }
    if (!keys.length) return;
    this.updateState();
    this.changed.fire({ keys });
  }

  /**
   * Keeps a removed article's analysis for a while, by its text: a rename seen by the watcher (a
   * delete, then a create with the same text — outside VS Code, or before onDidRenameFiles) reuses it.
   */
  private keepRemoved(key: string): void {
    const text = this.index.textOf(key);
    const analysis = this.index.analysis(key);
    if (text === undefined || !analysis || text.length > HOST_MAX_CHARS) return;
    const now = performance.now();
    // Oldest first (each is set anew): drop the expired ones and any beyond the limit.
    for (const [t, r] of this.removed) {
      if (now - r.at <= KEEP_REMOVED_MS && this.removed.size < KEEP_REMOVED_MAX) break;
      this.removed.delete(t);
    }
    this.removed.delete(text);
    this.removed.set(text, { analysis, at: now });
  }

  /**
   * An article renamed in VS Code keeps its analysis under the new name (the watcher's create
   * events then find the same text, and nothing is analysed again).
   */
  private onRename(from: string, to: string): void {
    this.worker.forget(from);
    this.diskStamps.delete(from);
    if (!this.index.has(from)) return;
    this.index.rename(from, to);
    // One change for a folder's articles (one event each from the workspace), told after them all.
    if (!this.renamedKeys) {
      const keys = (this.renamedKeys = []);
      queueMicrotask(() => {
        this.renamedKeys = undefined;
        this.updateState();
        this.changed.fire({ keys });
      });
    }
    this.renamedKeys.push(from, to);
  }

  private renamedKeys: string[] | undefined;

  private updateState(): void {
    if (this.indexing) return;
    const state = this.index.size ? 'ready' : 'empty';
    if (state !== this.state_) this.setState(state); // (not a context-key round trip per keystroke)
  }

  private setState(state: IndexState): void {
    this.state_ = state;
    this.host.showState(state);
    this.stateChanged.fire(state);
  }
}

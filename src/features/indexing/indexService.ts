import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { EntityOverrides } from '../../core/entities';
import type { FileError } from '../../core/common/types';
import { ArticleIndex } from '../../core/corpus';
import { decodeArticle, NotTextError } from '../../core/text';
import { articleKey, isArticleDocument, isArticleUri, relativePath } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';

export type IndexState = 'indexing' | 'ready' | 'empty';

export interface IndexChange {
  /** Keys (URI strings) of the articles added, changed or removed; undefined means "everything". */
  keys?: string[];
}

/** Above this many articles, indexing progress is shown in a notification (with Cancel). */
const NOTIFICATION_THRESHOLD = 50;
const READ_BATCH = 16;
/** Typing pauses this long before the open article is re-analysed. */
const EDIT_DEBOUNCE_MS = 150;

/**
 * Keeps the corpus index in step with the workspace: indexes every article at start-up (with
 * progress and cancel), re-reads files changed on disk, follows unsaved edits of open articles, and
 * drops deleted files. Everything else reads the corpus through this service.
 */
export class IndexService extends Disposable {
  readonly index = new ArticleIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = this.register(new vscode.EventEmitter<IndexChange>());
  readonly onDidChange = this.changed.event;
  private readonly stateChanged = this.register(new vscode.EventEmitter<IndexState>());
  readonly onDidChangeState = this.stateChanged.event;

  private state_: IndexState = 'indexing';
  private indexing = false;
  private run: Promise<void> = Promise.resolve();
  private generation = 0;
  private progress = { done: 0, total: 0 };
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private watchers: vscode.Disposable[] = [];
  errors: FileError[] = [];

  constructor(
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d, 0)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => void this.onClose(d)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reindex()));
    this.register(
      // Only a change of which files are articles needs a new index (not, say, a colour toggle).
      config.onDidChange((e) => {
        if (!e.affects('articles')) return;
        this.watch();
        void this.reindex();
      }),
    );
    this.register({ dispose: () => this.disposeWatchers() });
    this.register({ dispose: () => this.editTimers.forEach((t) => clearTimeout(t)) });
    this.watch();
  }

  get state(): IndexState {
    return this.state_;
  }

  get indexingProgress(): { done: number; total: number } {
    return this.progress;
  }

  /** Resolves when the current indexing run has finished. */
  whenIndexed(): Promise<void> {
    return this.run;
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  analysisOf(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.index.analysis(articleKey(uri));
  }

  /** The analysis of an article with folder-wide names (entity canonicals and speakers). */
  linkedAnalysisOf(uri: vscode.Uri): DocumentAnalysis | undefined {
    const key = articleKey(uri);
    return this.index.has(key) ? this.index.linked().documents.get(key) : undefined;
  }

  /** Applies the analyst's entity corrections to every article. */
  setEntityOverrides(overrides: EntityOverrides): void {
    this.index.setOptions({ entityOverrides: overrides });
    this.changed.fire({});
  }

  /** The analysis of an open article, brought up to date with its current (maybe unsaved) text. */
  analyzeDocument(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!isArticleDocument(doc, this.config.value)) return undefined;
    const key = articleKey(doc.uri);
    const before = this.index.analysis(key);
    const after = this.index.upsert(key, doc.getText());
    this.uris.set(key, doc.uri);
    if (after !== before) {
      this.changed.fire({ keys: [key] });
      this.updateState();
    }
    return after;
  }

  /** Relative paths of the indexed articles, sorted. */
  indexedPaths(): string[] {
    return [...this.uris.entries()]
      .filter(([key]) => this.index.has(key))
      .map(([, uri]) => relativePath(uri))
      .sort();
  }

  /**
   * Starts a fresh indexing run (cancelling the one in progress), once `after` has settled, and
   * returns when it is done. `whenIndexed()` waits for it from this call on.
   */
  reindex(after: Promise<unknown> = Promise.resolve()): Promise<void> {
    const generation = ++this.generation;
    this.indexing = true;
    this.setState('indexing');
    this.run = after
      .catch(() => undefined)
      .then(() => this.indexAll(generation))
      .catch((e) => {
        this.log.error(`Indexing failed: ${(e as Error)?.stack ?? String(e)}`);
        void vscode.window.showErrorMessage(`Crosscheck could not index the workspace: ${(e as Error)?.message ?? String(e)}`);
      })
      .finally(() => {
        if (generation !== this.generation) return;
        this.indexing = false;
        this.updateState();
      });
    return this.run;
  }

  private async indexAll(generation: number): Promise<void> {
    const cfg = this.config.value;
    const started = Date.now();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const found: vscode.Uri[] = [];
    for (const folder of folders) {
      const include = new vscode.RelativePattern(folder, cfg.articlesInclude);
      const exclude = cfg.articlesExclude ? new vscode.RelativePattern(folder, cfg.articlesExclude) : null;
      found.push(...(await vscode.workspace.findFiles(include, exclude)));
    }
    if (generation !== this.generation) return;
    found.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    this.progress = { done: 0, total: found.length };
    this.log.info(`Indexing ${found.length} article(s) in ${folders.length} folder(s)…`);

    const location = found.length >= NOTIFICATION_THRESHOLD ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const errors: FileError[] = [];
    const keep = new Set(found.map(articleKey));
    let cancelled = false;
    await vscode.window.withProgress(
      { location, title: 'Crosscheck: indexing articles', cancellable: location === vscode.ProgressLocation.Notification },
      async (progress, token) => {
        for (let i = 0; i < found.length; i += READ_BATCH) {
          if (token.isCancellationRequested || generation !== this.generation) {
            cancelled = true;
            return;
          }
          const batch = found.slice(i, i + READ_BATCH);
          const texts = await Promise.all(batch.map((uri) => this.readArticle(uri, cfg.maxFileSizeBytes, errors)));
          if (generation !== this.generation) return;
          batch.forEach((uri, k) => {
            const text = texts[k];
            if (text === undefined) return;
            const key = articleKey(uri);
            // An open document's buffer wins over the file on disk (it may hold unsaved edits).
            const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
            this.index.upsert(key, open ? open.getText() : text);
            this.uris.set(key, uri);
          });
          this.progress = { done: Math.min(i + READ_BATCH, found.length), total: found.length };
          progress.report({ increment: (batch.length / found.length) * 100, message: `${this.progress.done} of ${found.length}` });
          this.stateChanged.fire(this.state_);
          await new Promise((r) => setImmediate(r)); // keep the extension host responsive
        }
      },
    );
    if (generation !== this.generation) return;
    if (cancelled) {
      this.log.warn(`Indexing cancelled after ${this.progress.done} of ${found.length} articles.`);
    } else {
      for (const key of this.index.paths()) {
        if (!keep.has(key)) {
          this.index.remove(key);
          this.uris.delete(key);
        }
      }
    }
    this.errors = errors;
    const s = this.index.stats();
    this.log.info(`Indexed ${s.articles} article(s), ${s.quotes} quote(s) in ${Date.now() - started} ms${errors.length ? `; skipped ${errors.length}` : ''}.`);
    this.indexing = false;
    this.updateState();
    this.changed.fire({});
    if (errors.length) this.reportErrors(errors);
  }

  private async readArticle(uri: vscode.Uri, maxBytes: number, errors: FileError[]): Promise<string | undefined> {
    const path = relativePath(uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) {
        throw new NotTextError(`too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is the setting crosscheck.articles.maxFileSizeMB)`);
      }
      return decodeArticle(await vscode.workspace.fs.readFile(uri)).text;
    } catch (e) {
      const message =
        e instanceof NotTextError
          ? e.message
          : e instanceof vscode.FileSystemError && e.code === 'FileNotFound'
            ? 'disappeared while being indexed'
            : `cannot be read (${(e as Error)?.message ?? String(e)})`;
      errors.push({ path, message });
      this.log.warn(`Skipped ${path}: ${message}`);
      return undefined;
    }
  }

  private reportErrors(errors: FileError[]): void {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
    void vscode.window.showWarningMessage(`Crosscheck skipped ${first.path} (${first.message})${more}.`, 'Show Log').then((choice) => {
      if (choice) this.log.show(true);
    });
  }

  /** Follows edits of an open article, debounced so typing never waits for the analysis. */
  private onEdit(doc: vscode.TextDocument, delay = EDIT_DEBOUNCE_MS): void {
    if (!isArticleDocument(doc, this.config.value)) return;
    const key = articleKey(doc.uri);
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.editTimers.delete(key);
        if (!doc.isClosed) this.analyzeDocument(doc);
      }, delay),
    );
  }

  /** Has an edit of this document not been analysed yet? */
  hasPendingEdit(uri: vscode.Uri): boolean {
    return this.editTimers.has(articleKey(uri));
  }

  /** A closed document with unsaved edits discarded: go back to the text on disk. */
  private async onClose(doc: vscode.TextDocument): Promise<void> {
    const key = articleKey(doc.uri);
    if (!this.index.has(key) || !doc.isDirty) return;
    await this.refreshFromDisk(doc.uri);
  }

  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    const key = articleKey(uri);
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.isDirty)) return;
    const errors: FileError[] = [];
    const text = await this.readArticle(uri, this.config.value.maxFileSizeBytes, errors);
    if (text === undefined) {
      if (this.index.remove(key)) this.uris.delete(key);
    } else {
      this.index.upsert(key, text);
      this.uris.set(key, uri);
    }
    this.updateState();
    this.changed.fire({ keys: [key] });
  }

  private watch(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.config.value.articlesInclude));
      const isIncluded = (uri: vscode.Uri) => isArticleUri(uri, this.config.value);
      w.onDidCreate((uri) => isIncluded(uri) && void this.refreshFromDisk(uri));
      w.onDidChange((uri) => isIncluded(uri) && void this.refreshFromDisk(uri));
      w.onDidDelete((uri) => {
        const key = articleKey(uri);
        if (this.index.remove(key)) {
          this.uris.delete(key);
          this.updateState();
          this.changed.fire({ keys: [key] });
        }
      });
      this.watchers.push(w);
    }
  }

  private disposeWatchers(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
  }

  private updateState(): void {
    if (this.indexing) return;
    this.setState(this.index.size ? 'ready' : 'empty');
  }

  private setState(state: IndexState): void {
    this.state_ = state;
    void vscode.commands.executeCommand('setContext', ContextKeys.state, state);
    this.stateChanged.fire(state);
  }
}

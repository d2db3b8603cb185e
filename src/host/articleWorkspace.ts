import * as vscode from 'vscode';
import type { FileError } from '../core/common/types';
import { decodeArticle } from '../core/text';
import { readArticleFile, type ArticleChange, type ArticleRead, type ArticleTexts, type ArticleWorkspace } from './articleTexts';
import { articleKey, isArticleDocument, isArticleUri, relativePath } from './articles';
import { Coalescer } from './coalescer';
import type { Configuration } from './configuration';
import { Disposable } from './lifecycle';
import { isUnder, ReadQueue } from './readQueue';
import { SkippedFiles } from './skippedFiles';
import { isFileNotFound } from './workspaceSidecarFs';

/** File creations must pause this long before the workspace is looked through for articles the watcher missed. */
const RECONCILE_AFTER_MS = 500;

/**
 * The VS Code workspace's articles. Events: `onDidChangeArticle` for each edit of an open article,
 * file read again after a change on disk, rename (in VS Code) and deletion; `onDidCloseArticle`;
 * `onDidChangeArticleSet` when which files are articles changes (folders added or removed, the
 * article settings) — every article is then to be read again.
 */
export class VsCodeArticleWorkspace extends Disposable implements ArticleTexts, ArticleWorkspace {
  private readonly changed = this.register(new vscode.EventEmitter<ArticleChange>());
  readonly onDidChangeArticle = this.changed.event;
  private readonly closed = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  /** A document was closed (an article's, or one that was when it was opened). */
  readonly onDidCloseArticle = this.closed.event;
  private readonly setChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeArticleSet = this.setChanged.event;
  private readonly created = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** The watcher saw an article's file created (then read: a 'disk' change follows). */
  readonly onDidCreateArticleFile = this.created.event;
  private readonly skippedChanged = this.register(new vscode.EventEmitter<void>());
  /** Skipped files were found gone (the watcher's events for them were lost). */
  readonly onDidChangeSkipped = this.skippedChanged.event;

  /** The URI of each article seen (read, opened or renamed), by key, until it is deleted. */
  private readonly uris = new Map<string, vscode.Uri>();
  /** The text last read from each article's file (a large one's as its analysis decoded it: see `remember`). */
  private readonly texts = new Map<string, string>();
  /** Articles whose files were deleted (until a file appears there again): an editor still showing one is not an article. */
  private readonly gone = new Set<string>();
  private readonly reads = new ReadQueue();
  /** Files matched by the globs that are not articles: not read (nor reported) again until they change. */
  private readonly skipped = new SkippedFiles();
  private watchers: vscode.Disposable[] = [];
  /** Whole-workspace runs in progress (a fresh index): looking for missed files waits for them. */
  private holds = 0;
  private readonly reconciler = this.register(new Coalescer(() => void this.reconcile(), RECONCILE_AFTER_MS));

  constructor(
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.edited(e.document, false);
      }),
    );
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.edited(d, true)));
    // (every document: one that was an article when opened may not be one by the settings now; not
    // one that a change of language closed and opened again at once, its text as it was)
    this.register(vscode.workspace.onDidCloseTextDocument((d) => setTimeout(() => this.documentOf(articleKey(d.uri)) || this.onClosed(d))));
    // A folder added later is watched like the first ones (and a removed one's watchers go).
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.articleSetChanged()));
    // Only a change of which files are articles (not, say, a colour toggle).
    this.register(config.onDidChange((e) => e.affects('articles') && this.articleSetChanged()));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.renamed(e.files)));
    // Deleted in VS Code (the Explorer, a WorkspaceEdit): known at once, whether or not the file
    // watcher reports it (it loses events in a folder made a moment before, and under bursts).
    this.register(vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deleted(uri))));
    this.register({ dispose: () => this.disposeWatchers() });
    this.watch();
  }

  // ---- Texts ----

  textOf(key: string): string | undefined {
    // A deleted article has no text, though an editor may still show its last one (saving it there
    // brings the article back: the file is read again).
    if (this.gone.has(key)) return undefined;
    return this.documentOf(key)?.getText() ?? this.texts.get(key);
  }

  async load(uri: vscode.Uri): Promise<string | undefined> {
    const key = articleKey(uri);
    const known = this.textOf(key);
    if (known !== undefined) return known;
    try {
      const text = decodeArticle(await vscode.workspace.fs.readFile(uri)).text;
      this.gone.delete(key); // (it is there again)
      // (kept until the file changes, is renamed or deleted; a file that is not an article — a
      // claim's home the globs leave out — is not watched for changes, and kept as it was read)
      if (!this.documentOf(key)) this.keep(key, uri, text);
      return text;
    } catch (e) {
      if (!isFileNotFound(e)) this.log.warn(`Cannot read ${relativePath(uri)}: ${(e as Error)?.message ?? String(e)}`);
      return undefined;
    }
  }

  /** A large article's text as the analysis worker decoded it from the file's bytes. */
  remember(key: string, uri: vscode.Uri, text: string): void {
    this.keep(key, uri, text);
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  keyOf(uri: vscode.Uri): string {
    return articleKey(uri);
  }

  nameOf(uri: vscode.Uri): string {
    return relativePath(uri);
  }

  folderCount(): number {
    return vscode.workspace.workspaceFolders?.length ?? 0;
  }

  /** The open document of an article, if any. */
  documentOf(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  /** Is this open document an article (and its file not deleted since it was opened)? */
  isArticleDocument(doc: vscode.TextDocument): boolean {
    return isArticleDocument(doc, this.config.value);
  }

  /** Is the file at `uri` an article by the settings (inside a workspace folder, matching the globs)? */
  isArticleUri(uri: vscode.Uri): boolean {
    return isArticleUri(uri, this.config.value);
  }

  /** Was the article's file deleted (an editor may still show it)? */
  isDeleted(key: string): boolean {
    return this.gone.has(key);
  }

  /** An open article the corpus follows: its URI is known. */
  opened(doc: vscode.TextDocument): void {
    this.uris.set(articleKey(doc.uri), doc.uri);
  }

  private keep(key: string, uri: vscode.Uri, text: string): void {
    this.uris.set(key, uri);
    this.texts.set(key, text);
  }

  private edited(doc: vscode.TextDocument, opened: boolean): void {
    if (!this.isArticleDocument(doc)) return;
    this.changed.fire({ origin: 'edit', key: articleKey(doc.uri), uri: doc.uri, version: doc.version, opened, document: doc });
  }

  /**
   * A document closed: told to the listeners; one closed with unsaved edits (discarded) makes the
   * file's text the article's again, read anew (a 'disk' change follows).
   */
  private onClosed(doc: vscode.TextDocument): void {
    this.closed.fire(doc);
    const key = articleKey(doc.uri);
    if (doc.isDirty && !this.gone.has(key) && this.isArticleDocument(doc)) void this.refresh(doc.uri);
  }

  // ---- Files ----

  /** The files of every workspace folder that the article globs match. */
  async findArticles(): Promise<vscode.Uri[]> {
    const cfg = this.config.value;
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const include = new vscode.RelativePattern(folder, cfg.articlesInclude);
      const exclude = cfg.articlesExclude ? new vscode.RelativePattern(folder, cfg.articlesExclude) : null;
      found.push(...(await vscode.workspace.findFiles(include, exclude)));
    }
    return found;
  }

  /** Reads an article file (readArticleFile: the one way, the twin's too). */
  async read(uri: vscode.Uri): Promise<{ read?: ArticleRead; error?: FileError }> {
    const key = articleKey(uri);
    const r = await readArticleFile(
      { key, path: relativePath(uri), stat: () => Promise.resolve(vscode.workspace.fs.stat(uri)), readFile: () => Promise.resolve(vscode.workspace.fs.readFile(uri)) },
      this.skipped,
      { maxBytes: this.config.value.maxFileSizeBytes, isNotFound: isFileNotFound, warn: (m) => this.log.warn(m) },
    );
    if (r.error) this.texts.delete(key);
    else if (r.read) {
      this.uris.set(key, uri);
      // (a large file's text, as its last analysis decoded it, is kept until the next one's: see `remember`)
      if ('text' in r.read) this.texts.set(key, r.read.text);
    }
    return r;
  }

  /**
   * Reads a changed file again (one read at a time per file, and one more if it changed meanwhile)
   * and tells the listeners (origin 'disk'), unless the file was deleted meanwhile or an editor holds
   * unsaved edits of it (the editor's text is the article's).
   */
  refresh(uri: vscode.Uri): Promise<void> {
    const key = articleKey(uri);
    return this.reads.refresh(
      key,
      async () => (this.documentOf(key)?.isDirty ? undefined : await this.read(uri)),
      (r) => {
        if (!r) return;
        if (r.read) this.gone.delete(key);
        this.changed.fire({ origin: 'disk', key, uri, version: -1, read: r.read, error: r.error });
      },
    );
  }

  /** Is a read of this article from disk in flight? */
  isReading(key: string): boolean {
    return this.reads.has(key);
  }

  /** A file that turned out not to be an article (its analysis decoded bytes that are not text…). True when that is news. */
  skip(key: string, path: string, stamp: string | undefined, message: string): boolean {
    this.texts.delete(key);
    return this.skipped.record(key, path, stamp, message);
  }

  /** The file is an article (its large text was analysed). */
  unskip(key: string): void {
    this.skipped.forget(key);
  }

  /** A fresh look at every file: each is read (and reported) again, whatever was skipped before. */
  forgetSkipped(): void {
    this.skipped.clear();
  }

  /** The files matched by the article globs that are skipped (not text, too large, unreadable), and why. */
  errors(): FileError[] {
    return this.skipped.list().map(({ path, message }) => ({ path, message }));
  }

  /** The same, with how many times each was read in its present state (1: not read again). */
  skippedFiles(): { path: string; message: string; reads: number }[] {
    return this.skipped.list();
  }

  /** Looking for files the watcher missed waits until `run` (a fresh read of every article) is over. */
  holdWhile(run: Promise<unknown>): void {
    this.holds++;
    void run.finally(() => this.holds--);
  }

  // ---- Watchers ----

  private articleSetChanged(): void {
    this.watch();
    this.setChanged.fire();
  }

  private watch(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // Any deletion (a folder's is one event for the folder): its articles go. Any creation: the
      // folder is looked through again once they pause — a folder copied in may be one event for
      // the folder, and a burst of thousands of files loses some of its events.
      const all = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      all.onDidDelete((uri) => {
        this.deleted(uri);
        this.reconciler.schedule(true);
      });
      all.onDidCreate(() => this.reconciler.schedule(true));
      this.watchers.push(all);
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.config.value.articlesInclude));
      const isIncluded = (uri: vscode.Uri) => isArticleUri(uri, this.config.value);
      w.onDidCreate((uri) => {
        if (!isIncluded(uri)) return;
        this.created.fire(uri);
        void this.refresh(uri);
      });
      w.onDidChange((uri) => isIncluded(uri) && void this.refresh(uri));
      // (deletions: the watcher of every file above)
      this.watchers.push(w);
    }
  }

  private disposeWatchers(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
  }

  /**
   * Everything at or under `uri` (a file or a folder) is gone: a deleted or moved folder is one
   * watcher event for the folder, none for the articles in it.
   */
  private deleted(uri: vscode.Uri): void {
    const prefix = articleKey(uri);
    this.reads.deleted(prefix); // a read still in flight must not put it back
    for (const d of vscode.workspace.textDocuments) if (isUnder(d.uri.toString(), prefix)) this.gone.add(d.uri.toString());
    for (const key of [...this.uris.keys()]) {
      if (!isUnder(key, prefix)) continue;
      this.gone.add(key);
      this.uris.delete(key);
      this.texts.delete(key);
    }
    // (told even when nothing known was there: a consumer may hold articles under it that it learnt of otherwise)
    this.changed.fire({ origin: 'delete', key: prefix, uri, version: -1, skipped: this.skipped.forgetUnder(prefix) });
  }

  /**
   * Files and folders renamed in VS Code: their articles keep their texts under the new name (an
   * article moved out of the articles is deleted).
   */
  private renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      const from = articleKey(oldUri);
      for (const key of [...this.uris.keys()]) {
        if (!isUnder(key, from)) continue;
        const uri = key === from ? newUri : vscode.Uri.joinPath(newUri, key.slice(from.length + 1).split('/').map(decodeURIComponent).join('/'));
        const text = this.texts.get(key);
        const old = this.uris.get(key)!;
        this.uris.delete(key);
        this.texts.delete(key);
        if (!isArticleUri(uri, this.config.value)) {
          this.changed.fire({ origin: 'delete', key, uri: old, version: -1 }); // moved out of the articles
          continue;
        }
        const to = articleKey(uri);
        this.uris.set(to, uri);
        if (text !== undefined) this.texts.set(to, text);
        this.gone.delete(to);
        this.changed.fire({ origin: 'rename', key: to, uri, version: -1, from: key });
      }
    }
  }

  /**
   * Looks through the workspace once file events pause: articles not known are read, and known ones
   * whose files are gone are deleted (the watcher's events for some were lost). `known(key)`: does a
   * consumer hold the article (or is its analysis under way)?
   */
  private known: (key: string) => boolean = (key) => this.texts.has(key);

  /** Tells the workspace which articles its consumer holds (for the look for missed files). */
  trackWith(known: (key: string) => boolean): void {
    this.known = known;
  }

  private async reconcile(): Promise<void> {
    if (this.holds) return this.reconciler.schedule(true); // the run finds them
    const cfg = this.config.value;
    const missing: vscode.Uri[] = [];
    /** Files skipped before: looked at (their size and time) in case they changed, and not counted as new. */
    const recheck: vscode.Uri[] = [];
    const present = new Set<string>();
    for (const uri of await this.findArticles()) {
      const key = articleKey(uri);
      present.add(key);
      if (!this.known(key) && !this.reads.has(key) && isArticleUri(uri, cfg)) (this.skipped.has(key) ? recheck : missing).push(uri);
    }
    if (this.holds) return this.reconciler.schedule(true);
    // (skipped files deleted while the watcher dropped events)
    if (this.skipped.retain(present)) this.skippedChanged.fire();
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const [key, uri] of [...this.uris]) {
      if (!present.has(key) && !open.has(key) && !this.reads.has(key) && uri.scheme === 'file' && this.known(key)) this.deleted(uri);
    }
    if (missing.length) this.log.info(`Found ${missing.length} new article(s) the file watcher did not report; indexing them.`);
    for (const uri of [...missing, ...recheck]) await this.refresh(uri);
  }
}

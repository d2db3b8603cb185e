import * as vscode from 'vscode';
import type { FileError } from '../core/common/types';
import { decodeArticle, NotTextError } from '../core/text';
import { articleKey, isArticleDocument, isArticleUri, relativePath } from './articles';
import { Coalescer } from './coalescer';
import type { Configuration } from './configuration';
import { Disposable } from './lifecycle';
import { isUnder, ReadQueue } from './readQueue';
import { SkippedFiles } from './skippedFiles';

/**
 * Files of more than this many bytes are not decoded on the extension host (decoding 20 MB holds its
 * event loop for 50-400 ms): their bytes go to the analysis worker, which decodes them. The same
 * figure bounds the articles analysed on the host (indexService.ts).
 */
export const HOST_MAX_CHARS = 150_000;
/** File creations must pause this long before the workspace is looked through for articles the watcher missed. */
const RECONCILE_AFTER_MS = 500;

/** Why an article changed. */
export type ArticleOrigin = 'edit' | 'disk' | 'rename' | 'delete';

/** What reading an article from disk gave: its text, or — for a large file — its bytes, with its size and time. */
export type ArticleRead = { text: string } | { bytes: Uint8Array; stamp: string };

/** An article's text changed, or the article moved or went. */
export interface ArticleChange<U = vscode.Uri> {
  readonly origin: ArticleOrigin;
  /** The article's key (its URI as a string); for a deletion, maybe a folder's (every article under it). */
  readonly key: string;
  readonly uri: U;
  /** edit: the open document's version; otherwise -1. */
  readonly version: number;
  /** edit: the document was just opened, not typed in. */
  readonly opened?: boolean;
  /** edit: the open document. */
  readonly document?: vscode.TextDocument;
  /** disk: what was read; undefined when the file is not (or no longer) an article — `error` says why, if it is news. */
  readonly read?: ArticleRead;
  readonly error?: FileError;
  /** rename: the article's old key. */
  readonly from?: string;
  /** delete: were files skipped as not articles among what went? */
  readonly skipped?: boolean;
}

/**
 * The one owner of article texts in the extension host (after VS Code's markdown-language-features
 * `MdWorkspaceContents`): which files are articles (the globs, every workspace folder — folders added
 * later too), their text (an open document's, else the file's, decoded), the files skipped as not
 * articles, and the watchers. Consumers (the corpus sync in IndexService, the annotations) listen to
 * `onDidChangeArticle` and read `textOf`; none of them watches files or decodes bytes itself.
 * `MemoryArticleWorkspace` (memoryArticleWorkspace.ts) is its in-memory twin for unit tests.
 */
export interface ArticleTexts<U = vscode.Uri> {
  readonly onDidChangeArticle: vscode.Event<ArticleChange<U>>;
  /** The text of an article: its open document's (maybe unsaved), else the file's as last read. */
  textOf(key: string): string | undefined;
  /** The same, reading the file when it has not been read yet (undefined: no such file, or not text). */
  load(uri: U): Promise<string | undefined>;
  uriOf(key: string): U | undefined;
}

/**
 * The VS Code workspace's articles. Events: `onDidChangeArticle` for each edit of an open article,
 * file read again after a change on disk, rename (in VS Code) and deletion; `onDidCloseArticle`;
 * `onDidChangeArticleSet` when which files are articles changes (folders added or removed, the
 * article settings) — every article is then to be read again.
 */
export class VsCodeArticleWorkspace extends Disposable implements ArticleTexts {
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
    this.register(vscode.workspace.onDidCloseTextDocument((d) => setTimeout(() => this.documentOf(articleKey(d.uri)) || this.closed.fire(d))));
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
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.log.warn(`Cannot read ${relativePath(uri)}: ${(e as Error)?.message ?? String(e)}`);
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

  /**
   * Reads an article: its text, or — for a file of more than HOST_MAX_CHARS bytes — its bytes, which
   * the analysis worker decodes, with its size and modification time. A file that is not an article
   * (not text, too large, unreadable) gives `error` the first time it is seen in its present state,
   * and nothing (not even a read) after that until it changes.
   */
  async read(uri: vscode.Uri): Promise<{ read?: ArticleRead; error?: FileError }> {
    const path = relativePath(uri);
    const key = articleKey(uri);
    let stamp: string | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      stamp = `${stat.size}:${stat.mtime}`;
      // Skipped before and unchanged since: neither read nor reported again.
      if (this.skipped.known(key, stamp)) return {};
      const maxBytes = this.config.value.maxFileSizeBytes;
      if (stat.size > maxBytes) {
        throw new NotTextError(`too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is the setting crosscheck.articles.maxFileSizeMB)`);
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.uris.set(key, uri);
      // (a large file's text, as its last analysis decoded it, is kept until the next one's: see `remember`)
      if (bytes.length > HOST_MAX_CHARS) return { read: { bytes, stamp } }; // (the worker decodes it: skipped there if not text)
      const text = decodeArticle(bytes).text;
      this.skipped.forget(key);
      this.keep(key, uri, text);
      return { read: { text } };
    } catch (e) {
      this.texts.delete(key);
      const notFound = e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
      const message = e instanceof NotTextError ? e.message : notFound ? 'disappeared while being indexed' : `cannot be read (${(e as Error)?.message ?? String(e)})`;
      if (notFound) this.skipped.forget(key);
      if (notFound || this.skipped.record(key, path, stamp, message)) this.log.warn(`Skipped ${path}: ${message}`);
      return { error: { path, message } };
    }
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

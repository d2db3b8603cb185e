import type { FileError } from '../core/common/types';
import { readArticleFileNow, type ArticleChange, type ArticleDocument, type ArticleRead, type ArticleTexts, type ArticleWorkspace } from './articleTexts';
import { Emitter } from './emitter';
import { isUnder } from './readQueue';
import { SkippedFiles } from './skippedFiles';

/** An open document of the twin (what VS Code's `TextDocument` is to the corpus sync). */
export class MemoryDocument implements ArticleDocument<string> {
  version = 1;
  isDirty = false;
  isClosed = false;

  constructor(
    readonly uri: string,
    public text: string,
  ) {}

  getText(): string {
    return this.text;
  }
}

/** A file of the twin: its bytes, and a modification time that changes with each write. */
interface MemoryFile {
  bytes: Uint8Array;
  mtime: number;
}

const NOT_FOUND = 'FileNotFound';

/**
 * The in-memory twin of VsCodeArticleWorkspace (the same `ArticleTexts` and `ArticleWorkspace`
 * interfaces, no `vscode`), for unit tests of the features that read article texts and of the corpus
 * sync: workspace folders, files (bytes, decoded as the VS Code one decodes them: readArticleFile)
 * and open documents are set by the test, which sees the same events (edit, disk, rename, delete,
 * close, the set of articles changed) in the same order the VS Code one sends. URIs are the keys
 * themselves (URI strings); a file is an article when it is under a workspace folder. Writing a file
 * under a folder the workspace does not have is not seen (no watcher there) until the folder is added.
 */
export class MemoryArticleWorkspace implements ArticleTexts<string>, ArticleWorkspace<string, MemoryDocument> {
  private readonly files = new Map<string, MemoryFile>();
  private readonly documents = new Map<string, MemoryDocument>();
  private readonly folders: string[];
  /** The text last read from each article's file (as the VS Code workspace keeps it). */
  private readonly texts = new Map<string, string>();
  private readonly gone = new Set<string>();
  private readonly skipped = new SkippedFiles();
  private clock = 0;
  /** Messages the workspace logged (a skipped file is named there). */
  readonly warnings: string[] = [];

  private readonly changed = new Emitter<ArticleChange<string, MemoryDocument>>();
  readonly onDidChangeArticle = this.changed.event;
  private readonly closed = new Emitter<MemoryDocument>();
  readonly onDidCloseArticle = this.closed.event;
  private readonly setChanged = new Emitter<void>();
  readonly onDidChangeArticleSet = this.setChanged.event;
  private readonly skippedChanged = new Emitter<void>();
  readonly onDidChangeSkipped = this.skippedChanged.event;

  /**
   * `folders`: the workspace folders' URIs (by default the parent of whatever is written: every file is an article).
   * `maxBytes`: the setting crosscheck.articles.maxFileSizeMB, in bytes.
   */
  constructor(
    folders: string[] = [''],
    private readonly maxBytes = 10 * 1048576,
  ) {
    this.folders = [...folders];
  }

  // ---- ArticleTexts ----

  textOf(key: string): string | undefined {
    if (this.gone.has(key)) return undefined;
    return this.documents.get(key)?.text ?? this.texts.get(key);
  }

  async load(uri: string): Promise<string | undefined> {
    const known = this.textOf(uri);
    if (known !== undefined) return known;
    const r = this.readNow(uri);
    return r.read && 'text' in r.read ? r.read.text : undefined;
  }

  uriOf(key: string): string | undefined {
    return this.texts.has(key) || this.documents.has(key) || this.files.has(key) ? key : undefined;
  }

  /** The keys of the files, sorted. */
  keys(): string[] {
    return [...this.files.keys()].sort();
  }

  // ---- ArticleWorkspace (what the corpus sync reads) ----

  keyOf(uri: string): string {
    return uri;
  }

  nameOf(uri: string): string {
    const folder = this.folderOf(uri);
    return folder ? uri.slice(folder.length + 1) : uri;
  }

  folderCount(): number {
    return this.folders.length;
  }

  findArticles(): Promise<string[]> {
    return Promise.resolve(this.keys().filter((k) => this.isArticle(k)));
  }

  read(uri: string): Promise<{ read?: ArticleRead; error?: FileError }> {
    return Promise.resolve(this.readNow(uri));
  }

  refresh(uri: string): Promise<void> {
    this.refreshNow(uri);
    return Promise.resolve();
  }

  documentOf(key: string): MemoryDocument | undefined {
    return this.documents.get(key);
  }

  isArticleDocument(doc: MemoryDocument): boolean {
    return this.isArticle(doc.uri);
  }

  isDeleted(key: string): boolean {
    return this.gone.has(key);
  }

  opened(): void {
    // (URIs are the keys: nothing to learn)
  }

  remember(key: string, _uri: string, text: string): void {
    this.texts.set(key, text);
  }

  skip(key: string, path: string, stamp: string | undefined, message: string): boolean {
    this.texts.delete(key);
    return this.skipped.record(key, path, stamp, message);
  }

  unskip(key: string): void {
    this.skipped.forget(key);
  }

  forgetSkipped(): void {
    this.skipped.clear();
  }

  errors(): FileError[] {
    return this.skipped.list().map(({ path, message }) => ({ path, message }));
  }

  skippedFiles(): { path: string; message: string; reads: number }[] {
    return this.skipped.list();
  }

  holdWhile(): void {
    // (no look for files a watcher missed: the twin's events are never lost)
  }

  trackWith(): void {
    // (the same)
  }

  // ---- What a test does to the workspace ----

  /**
   * A file written (created or changed) on disk: read again — as bytes, decoded as VS Code's are —
   * unless an editor holds unsaved edits of it, or it is not under a workspace folder. The read and
   * its 'disk' event happen before this returns (the VS Code workspace's come a moment later).
   */
  writeFile(key: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(key, { bytes, mtime: ++this.clock });
    if (!this.isArticle(key) || this.documents.get(key)?.isDirty) return;
    this.refreshNow(key);
  }

  /** A file or folder deleted on disk: every file at or under `prefix` goes. */
  deleteFile(prefix: string): void {
    for (const key of [...this.files.keys()]) if (isUnder(key, prefix)) this.files.delete(key);
    for (const key of [...this.texts.keys()]) if (isUnder(key, prefix)) this.texts.delete(key);
    for (const key of this.documents.keys()) if (isUnder(key, prefix)) this.gone.add(key);
    this.fire({ origin: 'delete', key: prefix, uri: prefix, version: -1, ...(this.skipped.forgetUnder(prefix) ? { skipped: true } : {}) });
  }

  /** A file or folder renamed (in the editor): its articles keep their texts under the new names. */
  rename(from: string, to: string): void {
    for (const key of [...this.files.keys()]) {
      if (!isUnder(key, from)) continue;
      const moved = to + key.slice(from.length);
      this.files.set(moved, this.files.get(key)!);
      this.files.delete(key);
      const text = this.texts.get(key);
      this.texts.delete(key);
      if (!this.isArticle(moved)) {
        this.fire({ origin: 'delete', key, uri: key, version: -1 }); // moved out of the articles
        continue;
      }
      if (text !== undefined) this.texts.set(moved, text);
      this.gone.delete(moved);
      this.fire({ origin: 'rename', key: moved, uri: moved, version: -1, from: key });
    }
  }

  /** An article opened in an editor (version 1). */
  open(key: string): MemoryDocument {
    const file = this.files.get(key);
    const doc = new MemoryDocument(key, this.textOf(key) ?? (file ? new TextDecoder().decode(file.bytes) : ''));
    this.documents.set(key, doc);
    if (this.isArticle(key)) this.fire({ origin: 'edit', key, uri: key, version: 1, opened: true, document: doc });
    return doc;
  }

  /** An open article typed in: its whole text replaced (unsaved). */
  edit(key: string, text: string): void {
    const doc = this.documents.get(key);
    if (!doc) throw new Error(`${key} is not open`);
    doc.text = text;
    doc.version++;
    doc.isDirty = true;
    if (this.isArticle(key)) this.fire({ origin: 'edit', key, uri: key, version: doc.version, document: doc });
  }

  /** An open article saved: the file gets its text. */
  save(key: string): void {
    const doc = this.documents.get(key);
    if (!doc) throw new Error(`${key} is not open`);
    doc.isDirty = false;
    this.gone.delete(key);
    this.writeFile(key, doc.text);
  }

  /** An editor closed; unsaved edits are discarded, and the file's text is the article's again (read anew). */
  close(key: string): void {
    const doc = this.documents.get(key);
    if (!doc) return;
    this.documents.delete(key);
    doc.isClosed = true;
    this.closed.fire(doc);
    if (doc.isDirty && !this.gone.has(key) && this.isArticle(key)) this.refreshNow(key);
  }

  /** A workspace folder added (watched from now on, like the first ones). */
  addFolder(folder: string): void {
    this.folders.push(folder);
    this.setChanged.fire();
  }

  /** A workspace folder removed: its files are no longer articles. */
  removeFolder(folder: string): void {
    const i = this.folders.indexOf(folder);
    if (i >= 0) this.folders.splice(i, 1);
    this.setChanged.fire();
  }

  // ----

  private folderOf(uri: string): string | undefined {
    return this.folders.find((f) => f === '' || isUnder(uri, f));
  }

  private isArticle(key: string): boolean {
    return this.folderOf(key) !== undefined;
  }

  private file(uri: string): MemoryFile {
    const f = this.files.get(uri);
    if (!f) throw Object.assign(new Error(`${uri} not found`), { code: NOT_FOUND });
    return f;
  }

  /** Reads the file (readArticleFileNow: the VS Code workspace's decisions, in one turn). */
  private readNow(uri: string): { read?: ArticleRead; error?: FileError } {
    const r = readArticleFileNow(
      {
        key: uri,
        path: this.nameOf(uri),
        stat: () => {
          const f = this.file(uri);
          return { size: f.bytes.length, mtime: f.mtime };
        },
        readFile: () => this.file(uri).bytes,
      },
      this.skipped,
      { maxBytes: this.maxBytes, isNotFound: (e) => (e as { code?: string })?.code === NOT_FOUND, warn: (m) => this.warnings.push(m) },
    );
    if (r.error) this.texts.delete(uri);
    else if (r.read && 'text' in r.read) this.texts.set(uri, r.read.text);
    return r;
  }

  /** The file read again and told (origin 'disk'), unless an editor holds unsaved edits of it: done before this returns. */
  private refreshNow(key: string): void {
    if (this.documents.get(key)?.isDirty) return;
    const r = this.readNow(key);
    if (r.read) this.gone.delete(key);
    this.fire({ origin: 'disk', key, uri: key, version: -1, read: r.read, error: r.error });
  }

  private fire(e: ArticleChange<string, MemoryDocument>): void {
    this.changed.fire(e);
  }
}

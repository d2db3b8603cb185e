// What the article workspace is to its consumers, with no `vscode` at run time: the events, the
// interfaces the corpus sync and the annotations read through, and the one way an article file is
// read (readArticleFile) — shared by the VS Code workspace (articleWorkspace.ts) and its in-memory
// twin (memoryArticleWorkspace.ts), so that unit tests on the twin run the same decisions.
import type * as vscode from 'vscode';
import type { FileError } from '../core/common/types';
import { decodeArticle, NotTextError } from '../core/text';
import type { SkippedFiles } from './skippedFiles';

/**
 * Files of more than this many bytes are not decoded on the extension host (decoding 20 MB holds its
 * event loop for 50-400 ms): their bytes go to the analysis worker, which decodes them. The same
 * figure bounds the articles analysed on the host (indexService.ts).
 */
export const HOST_MAX_CHARS = 150_000;

/** Why an article changed. */
export type ArticleOrigin = 'edit' | 'disk' | 'rename' | 'delete';

/** What reading an article from disk gave: its text, or — for a large file — its bytes, with its size and time. */
export type ArticleRead = { text: string } | { bytes: Uint8Array; stamp: string };

/** An open article's document as the corpus sync reads it (a `vscode.TextDocument` is one). */
export interface ArticleDocument<U = vscode.Uri> {
  readonly uri: U;
  readonly version: number;
  readonly isClosed: boolean;
  readonly isDirty: boolean;
  getText(): string;
}

/** An article's text changed, or the article moved or went. */
export interface ArticleChange<U = vscode.Uri, D = vscode.TextDocument> {
  readonly origin: ArticleOrigin;
  /** The article's key (its URI as a string); for a deletion, maybe a folder's (every article under it). */
  readonly key: string;
  readonly uri: U;
  /** edit: the open document's version; otherwise -1. */
  readonly version: number;
  /** edit: the document was just opened, not typed in. */
  readonly opened?: boolean;
  /** edit: the open document. */
  readonly document?: D;
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
  readonly onDidChangeArticle: vscode.Event<ArticleChange<U, ArticleDocument<U>>>;
  /** The text of an article: its open document's (maybe unsaved), else the file's as last read. */
  textOf(key: string): string | undefined;
  /** The same, reading the file when it has not been read yet (undefined: no such file, or not text). */
  load(uri: U): Promise<string | undefined>;
  uriOf(key: string): U | undefined;
}

/**
 * Everything the corpus sync (IndexService) needs of the article workspace: VsCodeArticleWorkspace
 * in the extension, MemoryArticleWorkspace in unit tests. `D` is the open document's type.
 */
export interface ArticleWorkspace<U = vscode.Uri, D extends ArticleDocument<U> = ArticleDocument<U>> {
  readonly onDidChangeArticle: vscode.Event<ArticleChange<U, D>>;
  /** A document was closed (an article's, or one that was when it was opened). */
  readonly onDidCloseArticle: vscode.Event<D>;
  /** Which files are articles changed (a folder added or removed, the settings): every article is to be read again. */
  readonly onDidChangeArticleSet: vscode.Event<void>;
  /** Skipped files were found gone. */
  readonly onDidChangeSkipped: vscode.Event<void>;
  /** The article key of a URI (its string). */
  keyOf(uri: U): string;
  /** The name an analyst reads: the workspace-relative path. */
  nameOf(uri: U): string;
  /** How many workspace folders there are. */
  folderCount(): number;
  uriOf(key: string): U | undefined;
  /** The files of every folder that the article globs match. */
  findArticles(): Promise<U[]>;
  /** Reads an article file (readArticleFile): its text, a large one's bytes, or why it is skipped. */
  read(uri: U): Promise<{ read?: ArticleRead; error?: FileError }>;
  /** Reads a changed file again and tells the listeners (origin 'disk'). */
  refresh(uri: U): Promise<void>;
  /** The open document of an article, if any. */
  documentOf(key: string): D | undefined;
  isArticleDocument(doc: D): boolean;
  /** Was the article's file deleted (an editor may still show it)? */
  isDeleted(key: string): boolean;
  /** An open article the corpus follows: its URI is known. */
  opened(doc: D): void;
  /** A large article's text as the analysis worker decoded it from the file's bytes. */
  remember(key: string, uri: U, text: string): void;
  /** A file that turned out not to be an article. True when that is news. */
  skip(key: string, path: string, stamp: string | undefined, message: string): boolean;
  unskip(key: string): void;
  forgetSkipped(): void;
  errors(): FileError[];
  skippedFiles(): { path: string; message: string; reads: number }[];
  /** Looking for files the watcher missed waits until `run` (a fresh read of every article) is over. */
  holdWhile(run: Promise<unknown>): void;
  /** Tells the workspace which articles its consumer holds (for the look for missed files). */
  trackWith(known: (key: string) => boolean): void;
}

/** One article file, as readArticleFile reads it. */
export interface ArticleFile<T = Promise<{ size: number; mtime: number }>, B = Promise<Uint8Array>> {
  key: string;
  /** Its workspace-relative path (for messages). */
  path: string;
  stat(): T;
  readFile(): B;
}

export interface ReadOptions {
  /** The setting crosscheck.articles.maxFileSizeMB, in bytes. */
  maxBytes: number;
  /** Is this error the file system's "no such file"? */
  isNotFound: (e: unknown) => boolean;
  warn: (message: string) => void;
}

/**
 * Reads an article file: its text, or — for a file of more than HOST_MAX_CHARS bytes — its bytes,
 * which the analysis worker decodes, with its size and modification time. A file that is not an
 * article (not text, too large, unreadable) gives `error` the first time it is seen in its present
 * state, and nothing (not even a read) after that until it changes (`skipped` remembers it).
 */
export async function readArticleFile(file: ArticleFile, skipped: SkippedFiles, options: ReadOptions): Promise<{ read?: ArticleRead; error?: FileError }> {
  const read = new ArticleFileRead(file, skipped, options);
  try {
    if (!read.statted(await file.stat())) return {};
    return { read: read.decoded(await file.readFile()) };
  } catch (e) {
    return read.failed(e);
  }
}

/** The same for a file system that answers at once (the in-memory twin): the same decisions, in one turn. */
export function readArticleFileNow(file: ArticleFile<{ size: number; mtime: number }, Uint8Array>, skipped: SkippedFiles, options: ReadOptions): { read?: ArticleRead; error?: FileError } {
  const read = new ArticleFileRead(file, skipped, options);
  try {
    if (!read.statted(file.stat())) return {};
    return { read: read.decoded(file.readFile()) };
  } catch (e) {
    return read.failed(e);
  }
}

/** The decisions of one read of an article file (readArticleFile), step by step. */
class ArticleFileRead {
  private stamp: string | undefined;

  constructor(
    private readonly file: { key: string; path: string },
    private readonly skipped: SkippedFiles,
    private readonly options: ReadOptions,
  ) {}

  /** The file's size and time are known: false when it is to be neither read nor reported again (skipped before, unchanged since). */
  statted(stat: { size: number; mtime: number }): boolean {
    this.stamp = `${stat.size}:${stat.mtime}`;
    if (this.skipped.known(this.file.key, this.stamp)) return false;
    if (stat.size > this.options.maxBytes) {
      throw new NotTextError(`too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is the setting crosscheck.articles.maxFileSizeMB)`);
    }
    return true;
  }

  decoded(bytes: Uint8Array): ArticleRead {
    if (bytes.length > HOST_MAX_CHARS) return { bytes, stamp: this.stamp! }; // (the worker decodes it: skipped there if not text)
    const text = decodeArticle(bytes).text;
    this.skipped.forget(this.file.key);
    return { text };
  }

  failed(e: unknown): { error: FileError } {
    const { key, path } = this.file;
    const notFound = this.options.isNotFound(e);
    const message = e instanceof NotTextError ? e.message : notFound ? 'disappeared while being indexed' : `cannot be read (${(e as Error)?.message ?? String(e)})`;
    if (notFound) this.skipped.forget(key);
    if (notFound || this.skipped.record(key, path, this.stamp, message)) this.options.warn(`Skipped ${path}: ${message}`);
    return { error: { path, message } };
  }
}

import type { ArticleChange, ArticleTexts } from './articleWorkspace';
import { isUnder } from './readQueue';

type Listener<T> = (e: T) => unknown;

/**
 * The in-memory twin of VsCodeArticleWorkspace (the same `ArticleTexts` interface, no `vscode`), for
 * unit tests of the features that read article texts: files and open documents are set by the test,
 * which sees the same events (edit, disk, rename, delete) in the same order the VS Code one sends.
 * URIs are the keys themselves (URI strings).
 */
export class MemoryArticleWorkspace implements ArticleTexts<string> {
  private readonly files = new Map<string, string>();
  private readonly documents = new Map<string, { text: string; version: number; dirty: boolean }>();
  private readonly listeners = new Set<Listener<ArticleChange<string>>>();

  readonly onDidChangeArticle = (listener: Listener<ArticleChange<string>>) => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };

  textOf(key: string): string | undefined {
    return this.documents.get(key)?.text ?? this.files.get(key);
  }

  load(uri: string): Promise<string | undefined> {
    return Promise.resolve(this.textOf(uri));
  }

  uriOf(key: string): string | undefined {
    return this.files.has(key) || this.documents.has(key) ? key : undefined;
  }

  /** The keys of the files, sorted. */
  keys(): string[] {
    return [...this.files.keys()].sort();
  }

  // ---- What a test does to the workspace ----

  /** A file written (created or changed) on disk: read again unless an editor holds unsaved edits of it. */
  writeFile(key: string, text: string): void {
    this.files.set(key, text);
    if (this.documents.get(key)?.dirty) return;
    this.fire({ origin: 'disk', key, uri: key, version: -1, read: { text } });
  }

  /** A file or folder deleted on disk: every file at or under `prefix` goes. */
  deleteFile(prefix: string): void {
    for (const key of [...this.files.keys()]) if (isUnder(key, prefix)) this.files.delete(key);
    this.fire({ origin: 'delete', key: prefix, uri: prefix, version: -1 });
  }

  /** A file or folder renamed (in the editor): its articles keep their texts under the new names. */
  rename(from: string, to: string): void {
    for (const key of [...this.files.keys()]) {
      if (!isUnder(key, from)) continue;
      const moved = to + key.slice(from.length);
      this.files.set(moved, this.files.get(key)!);
      this.files.delete(key);
      this.fire({ origin: 'rename', key: moved, uri: moved, version: -1, from: key });
    }
  }

  /** An article opened in an editor (version 1). */
  open(key: string): void {
    const text = this.files.get(key) ?? '';
    this.documents.set(key, { text, version: 1, dirty: false });
    this.fire({ origin: 'edit', key, uri: key, version: 1, opened: true });
  }

  /** An open article typed in: its whole text replaced (unsaved). */
  edit(key: string, text: string): void {
    const doc = this.documents.get(key);
    if (!doc) throw new Error(`${key} is not open`);
    doc.text = text;
    doc.version++;
    doc.dirty = true;
    this.fire({ origin: 'edit', key, uri: key, version: doc.version });
  }

  /** An open article saved: the file gets its text. */
  save(key: string): void {
    const doc = this.documents.get(key);
    if (!doc) throw new Error(`${key} is not open`);
    doc.dirty = false;
    this.writeFile(key, doc.text);
  }

  /** An editor closed; unsaved edits are discarded, and the file's text is the article's again. */
  close(key: string): void {
    const doc = this.documents.get(key);
    this.documents.delete(key);
    const text = this.files.get(key);
    if (doc?.dirty && text !== undefined) this.fire({ origin: 'disk', key, uri: key, version: -1, read: { text } });
  }

  private fire(e: ArticleChange<string>): void {
    for (const l of [...this.listeners]) l(e);
  }
}

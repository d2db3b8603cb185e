import * as os from 'node:os';
import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import {
  AnnotationStore,
  articlePathForSidecar,
  isRecoveryPath,
  layoutFromSetting,
  resolveSource,
  SidecarWriteError,
  tagsOf,
  targetsOf,
  type Annotation,
  type ArticleAnnotations,
  type MovedSidecar,
  type SidecarLayout,
  type Target,
} from '../../core/annotations';
import { foldersGlob, TOOL_FOLDERS } from '../../core/common/skipFolders';
import { articleKey, isArticleDocument } from '../../host/articles';
import type { ArticleTexts } from '../../host/articleTexts';
import type { Configuration } from '../../host/configuration';
import { exists } from '../../host/fileStat';
import { Disposable } from '../../host/lifecycle';
import { isUnder } from '../../host/readQueue';
import { WorkspaceSidecarFileSystem } from '../../host/workspaceSidecarFs';
import type { IndexService } from '../indexing/indexService';
import { AnnotationEditing } from './annotationEditing';
import { vscodePlacesEditor } from './livePlacesEditor';
import { SidecarProblems } from './sidecarProblems';
import { anchorPlace, byPosition, LivePlaces, placeId, reanchor, type AnnotationRef, type LiveArticle, type LostArticle } from './livePlaces';

export type { AnnotationRef, LivePlace, LostArticle } from './livePlaces';
export { sameRef } from './livePlaces';

/** The annotations of a workspace folder: its store over workspace.fs. */
export interface FolderAnnotations {
  folder: vscode.WorkspaceFolder;
  key: string;
  fs: WorkspaceSidecarFileSystem;
  store: AnnotationStore;
  layout: SidecarLayout;
  disposables: vscode.Disposable[];
}



function defaultAuthor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}


/**
 * The analyst's annotations in the editor: one AnnotationStore per workspace folder (sidecars
 * through workspace.fs, re-read when one changes on disk), which places each annotation has (syncHome,
 * queued one at a time), and `flush()` for deactivation. Split by job: where the places are and how
 * they follow edits — livePlaces.ts; the analyst's changes and their undo — annotationEditing.ts;
 * problems with sidecars, told once each — sidecarProblems.ts; the texts — the article workspace.
 * Callers ask the part that owns the job (`service.places.placesAt(…)`, `service.editing.annotate(…)`);
 * this class does not forward their calls.
 */
export class AnnotationService extends Disposable {
  private folders = new Map<string, FolderAnnotations>();
  /** Where each annotation's places are and how they follow edits: callers ask it directly. */
  readonly places: LivePlaces;
  private readonly problems: SidecarProblems;
  /** The analyst's changes and their undo: callers ask it directly. */
  readonly editing: AnnotationEditing;
  private readonly changed = this.register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the article keys whose places changed (undefined: maybe all). */
  readonly onDidChange = this.changed.event;
  /** Background work (loading, re-anchoring), one job at a time. */
  private work: Promise<void> = Promise.resolve();
  /** The analyst's changes, one at a time. */
  private changes: Promise<unknown> = Promise.resolve();
  private pendingHomes = new Set<string>();
  /** Where the annotations of a renamed article went (folder key + '\n' + old path → new path), for the undo stack. */
  private readonly renamedHomes = new Map<string, string>();
  private readonly lostText = this.register(new vscode.EventEmitter<LostArticle>());
  /** An article with annotations can no longer be read (deleted, or moved outside VS Code without its sidecar). */
  readonly onDidLoseArticle = this.lostText.event;
  private ready: Promise<void>;

  constructor(
    index: IndexService,
    /** The articles' texts (the open documents', else the files'): the article workspace. */
    private readonly texts: ArticleTexts,
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.problems = this.register(new SidecarProblems(log));
    this.editing = this.register(
      new AnnotationEditing({
        log,
        exclusive: (job) => this.exclusive(job),
        ready: () => this.ready,
        settledWork: () => this.settledWork(),
        locate: (uri) => this.locate(uri),
        folderOf: (ref) => {
          const f = this.folders.get(ref.folder);
          if (!f) throw new Error('that workspace folder is no longer open');
          return f;
        },
        follow: (f, home) => this.follow(f, home),
        syncNow: (f, path) => this.enqueue(() => this.syncHome(f, path)),
        placesIn: (uri) => this.places.placesIn(uri),
        textOf: async (f, path) => {
          await this.ensureText(f, path);
          return this.currentText(articleKey(f.fs.uriOf(path)));
        },
        recoveryFileKept: (uri) => {
          this.problems.recoveryFile(uri, true);
          this.changed.fire(undefined);
        },
        setContext: (key, value) => this.setContext(key, value),
      }),
    );
    this.register({ dispose: () => this.disposeFolders() });
    this.places = this.register(new LivePlaces(texts, (keys) => this.changed.fire(keys), log, vscodePlacesEditor));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.places.follow(e)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => void this.places.onSave(d)));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)));
    this.register(index.onDidChange((e) => this.onIndexChange(e.keys)));
    // A deleted article's places are orphans at once, an editor still showing its text or not.
    this.register(texts.onDidChangeArticle((e) => e.origin === 'delete' && this.onArticlesGone(e.key)));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
    this.register(vscode.window.onDidChangeTextEditorSelection(() => this.updateCursorContext()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart()));
    this.register(
      config.onDidChange((e) => {
        if (e.affects('annotations')) void this.restart();
      }),
    );
    this.ready = this.startFolders();
    this.updateContext();
  }

  // ---- folders and stores ------------------------------------------------------------------------

  private createFolder(folder: vscode.WorkspaceFolder): FolderAnnotations {
    const fs = new WorkspaceSidecarFileSystem(folder.uri);
    const layout = layoutFromSetting(this.config.value.annotationsFolder);
    const author = this.config.value.annotationsAuthor.trim() || defaultAuthor();
    const store = new AnnotationStore(fs, {
      layout,
      creator: author ? { type: 'Person', name: author } : undefined,
      onListenerError: (e, home) => this.log.error(`Annotations: a listener failed after a change of ${home}: ${(e as Error)?.stack ?? String(e)}`),
    });
    const f: FolderAnnotations = { folder, key: folder.uri.toString(), fs, store, layout, disposables: [] };
    f.disposables.push(store.onDidChange((home) => this.queueSync(f, home)));
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.annotations*.json'));
    const onSidecar = (uri: vscode.Uri, deleted: boolean) => {
      const rel = fs.relativePathOf(uri);
      if (rel === undefined) return;
      if (isRecoveryPath(rel)) {
        this.problems.recoveryFile(uri, !deleted);
        this.changed.fire(undefined);
        return;
      }
      const home = articlePathForSidecar(rel, f.layout);
      if (home === undefined || !this.isSidecarOfLayout(rel, f.layout)) return;
      this.enqueue(async () => {
        if (this.folders.get(f.key) !== f) return;
        await f.store.reload(home);
        await this.syncHome(f, home);
      });
    };
    watcher.onDidCreate((u) => onSidecar(u, false));
    watcher.onDidChange((u) => onSidecar(u, false));
    watcher.onDidDelete((u) => onSidecar(u, true));
    f.disposables.push(watcher);
    return f;
  }

  /** In the adjacent layout, files under .crosscheck/ (a mirror folder once used) are not sidecars. */
  private isSidecarOfLayout(rel: string, layout: SidecarLayout): boolean {
    return layout.kind === 'mirror' || !rel.startsWith('.crosscheck/');
  }

  private startFolders(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const f = this.createFolder(folder);
      this.folders.set(f.key, f);
    }
    return this.enqueue(() => this.loadExisting());
  }

  /** Loads every sidecar in the workspace (so the Claims view lists the whole corpus) and the articles open in editors. */
  private async loadExisting(): Promise<void> {
    for (const f of this.folders.values()) {
      const pattern = f.layout.kind === 'mirror' ? `${f.layout.folder}/**/*.annotations*.json` : '**/*.annotations*.json';
      let found: vscode.Uri[] = [];
      try {
        found = await vscode.workspace.findFiles(new vscode.RelativePattern(f.folder, pattern), new vscode.RelativePattern(f.folder, foldersGlob(TOOL_FOLDERS)));
      } catch (e) {
        this.log.warn(`Annotations: could not list the sidecars of ${f.folder.name}: ${(e as Error)?.message ?? String(e)}`);
      }
      const homes = new Set<string>();
      for (const uri of found) {
        const rel = f.fs.relativePathOf(uri);
        if (rel === undefined) continue;
        if (isRecoveryPath(rel)) this.problems.recoveryFile(uri, true);
        const home = articlePathForSidecar(rel, f.layout);
        if (home !== undefined && this.isSidecarOfLayout(rel, f.layout)) homes.add(home);
      }
      for (const doc of vscode.workspace.textDocuments) {
        const loc = this.locate(doc.uri);
        if (loc?.folder === f && isArticleDocument(doc, this.config.value)) homes.add(loc.path);
      }
      for (const home of [...homes].sort()) {
        await f.store.load(home);
        await this.syncHome(f, home);
      }
      const n = f.store.all().reduce((k, s) => k + s.annotations.length, 0);
      if (n) this.log.info(`Annotations: ${n} annotation(s) in ${homes.size} sidecar(s) of ${f.folder.name}.`);
    }
  }

  private disposeFolders(): void {
    for (const f of this.folders.values()) {
      // Whatever is still queued is written (the store keeps its promises); the listeners go.
      void f.store.flush().catch(() => undefined);
      f.disposables.forEach((d) => d.dispose());
    }
  }

  /**
   * Writes every pending change, then forgets everything and reads the sidecars again from disk,
   * as a window reload would (also after the layout or author setting changed).
   */
  restart(): Promise<void> {
    this.ready = this.exclusive(async () => {
      await this.flush();
      await this.work;
      const old = this.folders;
      this.folders = new Map();
      for (const f of old.values()) f.disposables.forEach((d) => d.dispose());
      this.places.articles.clear();
      this.problems.clear();
      // Its entries act on the stores just dropped.
      this.editing.clearUndo();
      this.changed.fire(undefined);
      await this.startFolders();
    });
    return this.ready;
  }

  /** Waits for every queued write. Never throws; failures are logged (for deactivation). */
  async flush(): Promise<void> {
    for (const f of this.folders.values()) {
      try {
        await f.store.flush();
      } catch (e) {
        const failures = e instanceof SidecarWriteError ? e.failures.map((x) => `${x.sidecarPath} (${x.message})`).join('; ') : String(e);
        this.log.error(`Annotations could not be saved: ${failures}`);
      }
    }
  }

  /** Resolves when loading, re-anchoring and the analyst's changes queued so far are done. */
  async settled(): Promise<void> {
    await this.ready;
    for (let i = 0; i < 10; i++) {
      const before = [this.work, this.changes];
      await Promise.all(before.map((p) => p.catch(() => undefined)));
      if (before[0] === this.work && before[1] === this.changes && this.pendingHomes.size === 0) return;
    }
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.work.then(job).catch((e) => this.log.error(`Annotations: ${(e as Error)?.stack ?? String(e)}`));
    this.work = next;
    return next;
  }

  /** Runs the analyst's changes one at a time (the undo stack relies on it). */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.changes.catch(() => undefined).then(job);
    this.changes = run.catch(() => undefined);
    return run;
  }

  // ---- where things are ------------------------------------------------------------------------

  /** The folder and folder-relative path of a file, or undefined outside the workspace folders. */
  locate(uri: vscode.Uri): { folder: FolderAnnotations; path: string } | undefined {
    let best: { folder: FolderAnnotations; path: string } | undefined;
    for (const f of this.folders.values()) {
      const path = f.fs.relativePathOf(uri);
      if (path !== undefined && (!best || path.length < best.path.length)) best = { folder: f, path };
    }
    return best;
  }

  /**
   * An article with annotations whose file was just deleted, with the text its places refer to
   * (an open document keeps it; else the text last read), or undefined.
   */
  lostArticle(uri: vscode.Uri): LostArticle | undefined {
    const loc = this.locate(uri);
    const live = this.places.articles.get(articleKey(uri));
    const n = loc?.folder.store.get(loc.path)?.annotations.length ?? 0;
    const text = (live && this.places.textNow(live)) ?? this.currentText(articleKey(uri));
    return loc && n > 0 && text !== undefined ? { folder: loc.folder.key, path: loc.path, uri, text, annotations: n } : undefined;
  }

  /** A workspace folder's annotations, by its key (the folder's URI string). */
  folderByKey(key: string): FolderAnnotations | undefined {
    return this.folders.get(key);
  }

  /** An article's current text: the open document's, else the file's (read from disk now if it was not yet). */
  async readArticle(uri: vscode.Uri): Promise<string | undefined> {
    return this.locate(uri) ? this.texts.load(uri) : undefined;
  }

  uriOf(ref: { folder: string; home: string }): vscode.Uri | undefined {
    return this.folders.get(ref.folder)?.fs.uriOf(ref.home);
  }

  sidecarUriOf(ref: { folder: string; home: string }): vscode.Uri | undefined {
    const f = this.folders.get(ref.folder);
    return f && f.fs.uriOf(f.store.sidecarPathOf(ref.home));
  }

  /** The sidecar state of an article (loading it if needed). */
  async articleState(uri: vscode.Uri): Promise<ArticleAnnotations | undefined> {
    await this.ready;
    const loc = this.locate(uri);
    if (!loc) return undefined;
    const known = loc.folder.store.get(loc.path);
    // A broken sidecar that has since gone (fixed by deleting it) is read again, in case the file
    // watcher's event about it was lost (code-server drops some under bursts of file events).
    if (known?.status === 'invalid' && !(await exists(loc.folder.fs.uriOf(known.sidecarPath)))) {
      const f = loc.folder;
      await this.enqueue(async () => {
        await f.store.reload(loc.path);
        await this.syncHome(f, loc.path);
      });
      return f.store.get(loc.path) ?? known;
    }
    if (known) return known;
    const snap = await loc.folder.store.load(loc.path);
    this.queueSync(loc.folder, loc.path);
    return snap;
  }

  /** Snapshots of every loaded sidecar, with their folder. */
  allArticles(): { folder: string; snapshot: ArticleAnnotations }[] {
    const out: { folder: string; snapshot: ArticleAnnotations }[] = [];
    for (const f of this.folders.values()) for (const snapshot of f.store.all()) out.push({ folder: f.key, snapshot });
    return out;
  }

  recoveryFileUris(): vscode.Uri[] {
    return this.problems.recoveryFileUris();
  }

  annotation(ref: AnnotationRef): Annotation | undefined {
    return this.folders.get(ref.folder)?.store.get(ref.home)?.annotations.find((a) => a.id === ref.id);
  }

  /** Every tag used in the loaded sidecars, most used first. */
  tagsInUse(): string[] {
    const n = new Map<string, number>();
    for (const f of this.folders.values()) for (const s of f.store.all()) for (const a of s.annotations) for (const t of tagsOf(a)) n.set(t, (n.get(t) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  // ---- anchoring ---------------------------------------------------------------------------------

  /** An article's text as the workspace has it (the open document's, else the file's as last read). */
  private currentText(key: string): string | undefined {
    return this.texts.textOf(key);
  }

  /** Has the workspace read the article's file (when no editor has it)? */
  private async ensureText(f: FolderAnnotations, path: string): Promise<void> {
    await this.texts.load(f.fs.uriOf(path));
  }

  /** Sets the text the places refer to; tells when an article with annotations stops being readable. */
  private setText(live: LiveArticle, text: string | undefined): void {
    const before = this.places.textNow(live);
    live.text = text;
    if (text !== undefined || before === undefined) return;
    const n = live.folder.store.get(live.path)?.annotations.length ?? 0;
    if (n > 0 && this.folders.get(live.folder.key) === live.folder) this.lostText.fire({ folder: live.folder.key, path: live.path, uri: live.uri, text: before, annotations: n });
  }

  private queueSync(f: FolderAnnotations, home: string): void {
    const id = `${f.key}\n${home}`;
    if (this.pendingHomes.has(id)) return;
    this.pendingHomes.add(id);
    void this.enqueue(async () => {
      this.pendingHomes.delete(id);
      if (this.folders.get(f.key) === f) await this.syncHome(f, home);
    });
  }

  /**
   * Brings the places of one sidecar's annotations up to date with the store: places whose target
   * did not change keep their live offsets; new or changed ones are anchored in the current text.
   */
  private async syncHome(f: FolderAnnotations, home: string): Promise<void> {
    const snap = f.store.get(home);
    if (snap) this.problems.report(f.fs.uriOf(snap.sidecarPath), snap);
    const annotations = snap?.annotations ?? [];
    const status = snap?.status ?? 'ok';
    const wanted = new Map<string, { annotation: Annotation; target: Target; index: number }[]>();
    for (const annotation of annotations) {
      targetsOf(annotation).forEach((target, index) => {
        const path = index === 0 ? home : resolveSource(home, target.source);
        const list = wanted.get(path) ?? [];
        list.push({ annotation, target, index });
        wanted.set(path, list);
      });
    }
    for (const path of wanted.keys()) await this.ensureText(f, path);
    // From here on synchronous: the texts read now are the ones the offsets refer to.
    const affected = new Set(wanted.keys());
    for (const live of this.places.articles.values()) if (live.folder === f && live.places.some((p) => p.ref.home === home)) affected.add(live.path);
    const changedKeys: string[] = [];
    for (const path of affected) {
      const live = this.places.liveArticle(f, path);
      const text = this.currentText(live.key);
      const textChanged = text !== this.places.textNow(live);
      this.setText(live, text);
      const old = new Map(live.places.filter((p) => p.ref.home === home).map((p) => [placeId(p), p]));
      const others = live.places.filter((p) => p.ref.home !== home).map((p) => (textChanged ? reanchor(p, text) : p));
      const mine = (wanted.get(path) ?? []).map(({ annotation, target, index }) => {
        const ref = { folder: f.key, home, id: annotation.id };
        const prev = old.get(placeId({ ref, index }));
        if (prev && !textChanged && prev.targetKey === JSON.stringify(target)) return { ...prev, annotation, sidecarStatus: status };
        return anchorPlace(text, ref, index, annotation, target, status);
      });
      live.places = [...others, ...mine].sort(byPosition);
      if (live.places.length === 0 && !this.places.openDocument(live.key)) this.places.articles.delete(live.key);
      changedKeys.push(live.key);
    }
    if (changedKeys.length) this.changed.fire(changedKeys);
    this.updateCursorContext();
  }

  /** A different text for an article (changed on disk, or opened from another source): anchor its places again. */
  private refreshText(key: string): void {
    const live = this.places.articles.get(key);
    if (!live) return;
    void this.enqueue(async () => {
      const cur = this.places.articles.get(key);
      if (!cur) return;
      await this.ensureText(cur.folder, cur.path);
      const text = this.currentText(key);
      if (text === this.places.textNow(cur)) return;
      this.setText(cur, text);
      cur.places = cur.places.map((p) => reanchor(p, text)).sort(byPosition);
      this.changed.fire([key]);
    });
  }

  private onIndexChange(keys: string[] | undefined): void {
    const targets = keys ? keys.map((k) => this.places.articles.get(k)).filter((l): l is LiveArticle => !!l) : [...this.places.articles.values()];
    for (const live of targets) {
      if (this.places.openDocument(live.key)) continue; // the editor's change events keep it
      if (this.currentText(live.key) !== this.places.textNow(live)) this.refreshText(live.key);
    }
  }

  /** Every annotated article at or under `prefix` (a file or a folder) lost its file: its places are looked for again (and orphaned). */
  private onArticlesGone(prefix: string): void {
    for (const key of this.places.articles.keys()) if (isUnder(key, prefix)) this.refreshText(key);
  }

  private onOpen(doc: vscode.TextDocument): void {
    const key = articleKey(doc.uri);
    const live = this.places.articles.get(key);
    if (live) {
      if (this.places.textNow(live) !== doc.getText()) this.refreshText(key);
    } else if (isArticleDocument(doc, this.config.value)) {
      const loc = this.locate(doc.uri);
      if (loc && !loc.folder.store.get(loc.path)) {
        void this.enqueue(async () => {
          await loc.folder.store.load(loc.path);
          await this.syncHome(loc.folder, loc.path);
        });
      }
    }
  }

  // ---- context keys ------------------------------------------------------------------------------

  private lastContext = new Map<string, unknown>();

  private setContext(key: string, value: unknown): void {
    if (this.lastContext.get(key) === value) return;
    this.lastContext.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  private updateContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    this.setContext(ContextKeys.articleActive, !!doc && isArticleDocument(doc, this.config.value));
    this.updateCursorContext();
  }

  private updateCursorContext(): void {
    const editor = vscode.window.activeTextEditor;
    const places = editor ? this.places.placesIn(editor.document.uri) : [];
    const at = editor && places.length ? this.places.placesAt(editor.document.uri, editor.document.offsetAt(editor.selection.active), true) : [];
    this.setContext(ContextKeys.annotationAtCursor, at.length > 0);
    this.setContext(ContextKeys.articleHasOrphans, places.some((p) => p.index === 0 && p.status === 'orphan'));
  }

  // ---- articles and sidecars that move ------------------------------------------------------------

  /** The path a renamed article's annotations are under now. */
  follow(f: { key: string }, home: string): string {
    let cur = home;
    for (let i = 0; i < 100; i++) {
      const next = this.renamedHomes.get(`${f.key}\n${cur}`);
      if (next === undefined || next === cur) break;
      cur = next;
    }
    return cur;
  }

  /**
   * After VS Code moved a file or folder (onDidRenameFiles; also for its undo and redo): sidecars
   * that moved with it now belong to the articles at the matching paths — at once, before any
   * file-watcher news still queued about the old paths is looked at — the source fields that name
   * moved articles are rewritten, and the places are anchored again in the texts now on disk.
   * Resolves, once that is done, with the sidecars that followed their article.
   */
  moved(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<MovedSidecar[]> {
    const from = this.locate(oldUri);
    const to = this.locate(newUri);
    let followed: MovedSidecar[] = [];
    if (from && to && from.folder === to.folder) {
      followed = from.folder.store.moved(from.path, to.path);
      for (const m of followed) {
        this.renamedHomes.delete(`${from.folder.key}\n${m.to}`);
        this.renamedHomes.set(`${from.folder.key}\n${m.from}`, m.to);
        this.log.info(`Annotations: ${from.folder.store.sidecarPathOf(m.from)} moved with its article to ${from.folder.store.sidecarPathOf(m.to)}.`);
      }
    }
    const done = this.enqueue(async () => {
      if (from && to && from.folder !== to.folder) {
        // Across workspace folders: each store reads what is on disk now. The move is done: what was
        // held for it is let go first (else the sidecars that left would be kept as a watcher's late news).
        const left = from.folder.store.articlesAt(from.path);
        from.folder.store.release(left);
        for (const p of left) await from.folder.store.reload(p);
        const home = articlePathForSidecar(to.path, to.folder.layout);
        const oldHome = articlePathForSidecar(from.path, from.folder.layout);
        if (home !== undefined) {
          await to.folder.store.reload(home);
          // A sidecar that came with its article: it names the article by its new name.
          if (oldHome !== undefined) await to.folder.store.arrived(home, oldHome);
        }
      }
      // What followed is read again where it is now (a file watcher's late news about the old path
      // may have been taken in between the move on disk and this event).
      if (from) for (const m of followed) await from.folder.store.reload(m.to);
      // The texts at both paths are what is on disk now (a moved article is read from its new path).
      const under = (key: string, uri: vscode.Uri) => key === uri.toString() || key.startsWith(`${uri.toString()}/`);
      for (const live of [...this.places.articles.values()]) if (under(live.key, oldUri) || under(live.key, newUri)) this.refreshText(live.key);
    });
    return done.then(() => this.settledWork()).then(() => followed);
  }

  private async settledWork(): Promise<void> {
    for (let i = 0; i < 10 && (this.pendingHomes.size > 0 || i === 0); i++) await this.work;
  }

}


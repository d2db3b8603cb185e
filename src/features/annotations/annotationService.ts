import * as os from 'node:os';
import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import {
  AnnotationStore,
  anchorTarget,
  articlePathForSidecar,
  claimTextOf,
  isRecoveryPath,
  layoutFromSetting,
  followEdits,
  resolveSource,
  SidecarWriteError,
  tagsOf,
  targetsOf,
  type Annotation,
  type AnnotationContent,
  type AnchorStatus,
  type ArticleAnnotations,
  type ArticleStatus,
  type MovedSidecar,
  type PlaceUpdate,
  type SidecarLayout,
  type Target,
  type TextEdit,
  type TextSpan,
} from '../../core/annotations';
import { foldersGlob, TOOL_FOLDERS } from '../../core/common/skipFolders';
import { decodeArticle } from '../../core/text';
import { articleKey, isArticleDocument } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';
import { isFileNotFound, WorkspaceSidecarFileSystem } from '../../host/workspaceSidecarFs';
import type { IndexService } from '../indexing/indexService';
import { rangeIn } from './text';

/** Which annotation: the workspace folder (URI string), the article whose sidecar holds it (folder-relative), its id. */
export interface AnnotationRef {
  folder: string;
  home: string;
  id: string;
}

/** One place of an annotation (its home, or an appearance of the claim in another article), kept live while the article is edited. */
export interface LivePlace {
  ref: AnnotationRef;
  /** Index into the annotation's targets: 0 = home, 1… = appearances. */
  index: number;
  annotation: Annotation;
  /** The target as anchored (JSON), to notice when the sidecar changed it. */
  targetKey: string;
  /** How it was last anchored; 'orphan' also when the analyst deleted its words. */
  status: AnchorStatus;
  score: number;
  /** Live offsets in the article's current text (start === end for an orphan). */
  start: number;
  end: number;
  /** Moved by the analyst's edits since it was anchored (its selectors are refreshed on save). */
  edited: boolean;
  /** Text inside it was edited. */
  damaged: boolean;
  /** The status of the sidecar that holds it. */
  sidecarStatus: ArticleStatus;
}

/** The annotations of a workspace folder: its store over workspace.fs. */
export interface FolderAnnotations {
  folder: vscode.WorkspaceFolder;
  key: string;
  fs: WorkspaceSidecarFileSystem;
  store: AnnotationStore;
  layout: SidecarLayout;
  disposables: vscode.Disposable[];
}

/** An article with places in it. */
interface LiveArticle {
  key: string;
  uri: vscode.Uri;
  folder: FolderAnnotations;
  path: string;
  /**
   * The text the places' offsets refer to (undefined: the article cannot be read). While the
   * article is typed in it lags behind: `doc` is set, the places follow the document's edits, and
   * textNow() takes the document's text when something needs it.
   */
  text: string | undefined;
  /** The edited document whose text `text` has not caught up with yet. */
  doc?: vscode.TextDocument;
  places: LivePlace[];
}

/** A change the analyst can take back with crosscheck.undoAnnotationChange. */
interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
}

/** An article with annotations whose file is gone, with the text it had (see onDidLoseArticle). */
export interface LostArticle {
  folder: string;
  path: string;
  uri: vscode.Uri;
  text: string;
  annotations: number;
}

const UNDO_LIMIT = 100;
/** Typing pauses this long before orphaned places are looked for again (an undone deletion brings them back). */
const HEAL_DEBOUNCE_MS = 300;

function defaultAuthor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

const placeId = (p: { ref: AnnotationRef; index: number }) => `${p.ref.folder}\n${p.ref.home}\n${p.ref.id}\n${p.index}`;
const byPosition = (a: LivePlace, b: LivePlace) => (a.status === 'orphan' ? 1 : 0) - (b.status === 'orphan' ? 1 : 0) || a.start - b.start || a.end - b.end || (a.ref.id < b.ref.id ? -1 : 1);

/**
 * The analyst's annotations in the editor: one AnnotationStore per workspace folder (sidecars
 * through workspace.fs), every annotation anchored in its article's current text and kept in place
 * while the article is edited (mapSpans on each change; refreshPlaces on save), re-read when a
 * sidecar or an article changes on disk, changes queued one at a time with an undo stack, problems
 * with sidecars reported once per problem, and `flush()` for deactivation.
 */
export class AnnotationService extends Disposable {
  private folders = new Map<string, FolderAnnotations>();
  private readonly articles = new Map<string, LiveArticle>();
  /** Texts of articles read from disk because neither an editor nor the index has them. */
  private readonly diskTexts = new Map<string, string | undefined>();
  private readonly recoveryFiles = new Set<string>();
  private readonly reported = new Map<string, string>();
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('crosscheck.annotations'));
  private readonly changed = this.register(new vscode.EventEmitter<string[] | undefined>());
  /** Fires with the article keys whose places changed (undefined: maybe all). */
  readonly onDidChange = this.changed.event;
  private readonly undoStack: UndoEntry[] = [];
  private readonly undoChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeUndo = this.undoChanged.event;
  /** Background work (loading, re-anchoring), one job at a time. */
  private work: Promise<void> = Promise.resolve();
  /** The analyst's changes, one at a time. */
  private changes: Promise<unknown> = Promise.resolve();
  private pendingHomes = new Set<string>();
  private healTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Where the annotations of a renamed article went (folder key + '\n' + old path → new path), for the undo stack. */
  private readonly renamedHomes = new Map<string, string>();
  private readonly lostText = this.register(new vscode.EventEmitter<LostArticle>());
  /** An article with annotations can no longer be read (deleted, or moved outside VS Code without its sidecar). */
  readonly onDidLoseArticle = this.lostText.event;
  private ready: Promise<void>;

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register({ dispose: () => this.disposeFolders() });
    this.register({ dispose: () => this.healTimers.forEach((t) => clearTimeout(t)) });
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)));
    this.register(index.onDidChange((e) => this.onIndexChange(e.keys)));
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
        if (deleted) this.recoveryFiles.delete(uri.toString());
        else this.recoveryFiles.add(uri.toString());
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
        if (isRecoveryPath(rel)) this.recoveryFiles.add(uri.toString());
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
      this.articles.clear();
      this.diskTexts.clear();
      this.recoveryFiles.clear();
      this.reported.clear();
      this.diagnostics.clear();
      // Its entries act on the stores just dropped.
      this.undoStack.length = 0;
      this.setContext(ContextKeys.canUndoAnnotationChange, false);
      this.undoChanged.fire();
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
    const live = this.articles.get(articleKey(uri));
    const n = loc?.folder.store.get(loc.path)?.annotations.length ?? 0;
    const text = (live && this.textNow(live)) ?? this.currentText(articleKey(uri));
    return loc && n > 0 && text !== undefined ? { folder: loc.folder.key, path: loc.path, uri, text, annotations: n } : undefined;
  }

  /** A workspace folder's annotations, by its key (the folder's URI string). */
  folderByKey(key: string): FolderAnnotations | undefined {
    return this.folders.get(key);
  }

  /** An article's current text: the open document's, the index's, else read from disk now. */
  async readArticle(uri: vscode.Uri): Promise<string | undefined> {
    const loc = this.locate(uri);
    if (!loc) return undefined;
    const key = articleKey(uri);
    this.diskTexts.delete(key);
    await this.ensureText(loc.folder, loc.path);
    return this.currentText(key);
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
    if (known?.status === 'invalid' && !(await vscode.workspace.fs.stat(loc.folder.fs.uriOf(known.sidecarPath)).then(() => true, () => false))) {
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
    return [...this.recoveryFiles].sort().map((s) => vscode.Uri.parse(s));
  }

  /** The live places in an article (home places and appearances of other articles' claims). */
  placesIn(uri: vscode.Uri): readonly LivePlace[] {
    return this.articles.get(articleKey(uri))?.places ?? [];
  }

  /** The current text the places of an article refer to. */
  textOf(uri: vscode.Uri): string | undefined {
    const live = this.articles.get(articleKey(uri));
    return (live && this.textNow(live)) ?? this.currentText(articleKey(uri));
  }

  /** The range of a span of an article's current text: the open document's positions, else computed from its text. */
  rangeOf(uri: vscode.Uri, span: TextSpan): vscode.Range | undefined {
    const doc = this.openDocument(articleKey(uri));
    if (doc) return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
    const text = this.textOf(uri);
    return text === undefined ? undefined : rangeIn(text, span);
  }

  /** The words of a span of an article's current text (without reading the whole text of an open document). */
  textIn(uri: vscode.Uri, span: TextSpan): string | undefined {
    const doc = this.openDocument(articleKey(uri));
    if (doc) return doc.getText(new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
    return this.textOf(uri)?.slice(span.start, span.end);
  }

  /** The text an article's places refer to, catching up with the edits typed since it was last needed. */
  private textNow(live: LiveArticle): string | undefined {
    if (live.doc) {
      // Readable after the document is closed, too (VS Code keeps a closed document's last text).
      live.text = live.doc.getText();
      delete live.doc;
    }
    return live.text;
  }

  /** Every place of an annotation (home first), each with its article's URI. */
  placesOf(ref: AnnotationRef): { uri: vscode.Uri; place: LivePlace }[] {
    const out: { uri: vscode.Uri; place: LivePlace }[] = [];
    for (const live of this.articles.values()) {
      for (const p of live.places) if (sameRef(p.ref, ref)) out.push({ uri: live.uri, place: p });
    }
    return out.sort((a, b) => a.place.index - b.place.index);
  }

  /** Every live place, with its article. */
  *allPlaces(): Generator<{ uri: vscode.Uri; place: LivePlace }> {
    for (const live of this.articles.values()) for (const place of live.places) yield { uri: live.uri, place };
  }

  homePlaceOf(ref: AnnotationRef): LivePlace | undefined {
    return this.placesOf(ref).find((p) => p.place.index === 0)?.place;
  }

  annotation(ref: AnnotationRef): Annotation | undefined {
    return this.folders.get(ref.folder)?.store.get(ref.home)?.annotations.find((a) => a.id === ref.id);
  }

  /** Places under (or, with `touching`, next to) an offset of an open article, innermost first. */
  placesAt(uri: vscode.Uri, offset: number, touching = false): LivePlace[] {
    return this.placesIn(uri)
      .filter((p) => p.status !== 'orphan' && p.start <= offset && (offset < p.end || (touching && offset === p.end)))
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Every tag used in the loaded sidecars, most used first. */
  tagsInUse(): string[] {
    const n = new Map<string, number>();
    for (const f of this.folders.values()) for (const s of f.store.all()) for (const a of s.annotations) for (const t of tagsOf(a)) n.set(t, (n.get(t) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  // ---- anchoring ---------------------------------------------------------------------------------

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private currentText(key: string): string | undefined {
    const doc = this.openDocument(key);
    if (doc) return doc.getText();
    const indexed = this.index.corpus.textOf(key);
    if (indexed !== undefined) return indexed;
    return this.diskTexts.get(key);
  }

  private async ensureText(f: FolderAnnotations, path: string): Promise<void> {
    const key = articleKey(f.fs.uriOf(path));
    if (this.openDocument(key) || this.index.corpus.textOf(key) !== undefined || this.diskTexts.has(key)) return;
    let text: string | undefined;
    try {
      const bytes = await f.fs.readFileIfExists(path);
      text = bytes === undefined ? undefined : decodeArticle(bytes).text;
    } catch (e) {
      if (!isFileNotFound(e)) this.log.warn(`Annotations: cannot read ${path}: ${(e as Error)?.message ?? String(e)}`);
    }
    this.diskTexts.set(key, text);
  }

  /** Sets the text the places refer to; tells when an article with annotations stops being readable. */
  private setText(live: LiveArticle, text: string | undefined): void {
    const before = this.textNow(live);
    live.text = text;
    if (text !== undefined || before === undefined) return;
    const n = live.folder.store.get(live.path)?.annotations.length ?? 0;
    if (n > 0 && this.folders.get(live.folder.key) === live.folder) this.lostText.fire({ folder: live.folder.key, path: live.path, uri: live.uri, text: before, annotations: n });
  }

  private liveArticle(f: FolderAnnotations, path: string): LiveArticle {
    const uri = f.fs.uriOf(path);
    const key = articleKey(uri);
    let live = this.articles.get(key);
    if (!live) {
      live = { key, uri, folder: f, path, text: this.currentText(key), places: [] };
      this.articles.set(key, live);
    }
    return live;
  }

  private anchorPlace(text: string | undefined, ref: AnnotationRef, index: number, annotation: Annotation, target: Target, sidecarStatus: ArticleStatus): LivePlace {
    const anchor = text === undefined ? undefined : anchorTarget(text, target);
    const found = anchor && anchor.status !== 'orphan';
    return {
      ref,
      index,
      annotation,
      targetKey: JSON.stringify(target),
      status: found ? anchor.status : 'orphan',
      score: anchor?.score ?? 0,
      start: found ? anchor.start : 0,
      end: found ? anchor.end : 0,
      edited: false,
      damaged: false,
      sidecarStatus,
    };
  }

  private reanchor(p: LivePlace, text: string | undefined): LivePlace {
    const target = targetsOf(p.annotation)[p.index];
    return target ? this.anchorPlace(text, p.ref, p.index, p.annotation, target, p.sidecarStatus) : p;
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
    if (snap) this.report(f, snap);
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
    for (const live of this.articles.values()) if (live.folder === f && live.places.some((p) => p.ref.home === home)) affected.add(live.path);
    const changedKeys: string[] = [];
    for (const path of affected) {
      const live = this.liveArticle(f, path);
      const text = this.currentText(live.key);
      const textChanged = text !== this.textNow(live);
      this.setText(live, text);
      const old = new Map(live.places.filter((p) => p.ref.home === home).map((p) => [placeId(p), p]));
      const others = live.places.filter((p) => p.ref.home !== home).map((p) => (textChanged ? this.reanchor(p, text) : p));
      const mine = (wanted.get(path) ?? []).map(({ annotation, target, index }) => {
        const ref = { folder: f.key, home, id: annotation.id };
        const prev = old.get(placeId({ ref, index }));
        if (prev && !textChanged && prev.targetKey === JSON.stringify(target)) return { ...prev, annotation, sidecarStatus: status };
        return this.anchorPlace(text, ref, index, annotation, target, status);
      });
      live.places = [...others, ...mine].sort(byPosition);
      if (live.places.length === 0 && !this.openDocument(live.key)) this.articles.delete(live.key);
      changedKeys.push(live.key);
    }
    if (changedKeys.length) this.changed.fire(changedKeys);
    this.updateCursorContext();
  }

  /** A different text for an article (changed on disk, or opened from another source): anchor its places again. */
  private refreshText(key: string): void {
    const live = this.articles.get(key);
    if (!live) return;
    void this.enqueue(async () => {
      const cur = this.articles.get(key);
      if (!cur) return;
      await this.ensureText(cur.folder, cur.path);
      const text = this.currentText(key);
      if (text === this.textNow(cur)) return;
      this.setText(cur, text);
      cur.places = cur.places.map((p) => this.reanchor(p, text)).sort(byPosition);
      this.changed.fire([key]);
    });
  }

  private onIndexChange(keys: string[] | undefined): void {
    const targets = keys ? keys.map((k) => this.articles.get(k)).filter((l): l is LiveArticle => !!l) : [...this.articles.values()];
    for (const live of targets) {
      if (this.openDocument(live.key)) continue; // the editor's change events keep it
      this.diskTexts.delete(live.key);
      if (this.currentText(live.key) !== this.textNow(live)) this.refreshText(live.key);
    }
  }

  private onOpen(doc: vscode.TextDocument): void {
    const key = articleKey(doc.uri);
    const live = this.articles.get(key);
    if (live) {
      if (this.textNow(live) !== doc.getText()) this.refreshText(key);
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

  /**
   * Keeps the places of an edited article on their words: each content change maps them (as
   * mapSpans does); a change that replaces a place's text together with text around it (a paste
   * over a paragraph, a reload from disk) anchors that place again from its stored selectors
   * rather than stretching it over the new text; a place whose words are deleted becomes an orphan.
   * Per keystroke this costs places × changes: the document's text is read only when a place must
   * be anchored again (followEdits), otherwise when something asks for it (textNow).
   */
  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const key = articleKey(e.document.uri);
    const live = this.articles.get(key);
    if (!live || e.contentChanges.length === 0) return;
    live.doc = e.document;
    if (live.places.length === 0) return;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
    const after = followEdits(live.places, edits, (p) => this.reanchor(p, this.textNow(live)));
    live.places = after.places.sort(byPosition);
    this.changed.fire([key]);
    if (after.orphaned || live.places.some((p) => p.status === 'orphan')) this.scheduleHeal(key);
  }

  /** After typing pauses: orphans of this article whose words are back (an undone deletion) are attached again. */
  private scheduleHeal(key: string): void {
    clearTimeout(this.healTimers.get(key));
    this.healTimers.set(
      key,
      setTimeout(() => {
        this.healTimers.delete(key);
        const live = this.articles.get(key);
        if (!live || !live.places.some((p) => p.status === 'orphan')) return;
        const text = this.textNow(live);
        if (text === undefined) return;
        let healed = false;
        live.places = live.places
          .map((p) => {
            if (p.status !== 'orphan') return p;
            const again = this.reanchor(p, text);
            if (again.status === 'orphan') return p;
            healed = true;
            return again;
          })
          .sort(byPosition);
        if (healed) this.changed.fire([key]);
      }, HEAL_DEBOUNCE_MS),
    );
  }

  /** On save, the sidecars store the places as they are now, so that they describe the saved text. */
  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const key = articleKey(doc.uri);
    const live = this.articles.get(key);
    if (!live) return;
    const followsDoc = live.doc === doc;
    const text = this.textNow(live);
    if (text === undefined || (!followsDoc && text !== doc.getText())) return; // should not happen: the change events keep it
    const updates: PlaceUpdate[] = live.places
      .filter((p) => p.edited && p.status !== 'orphan' && p.end > p.start && p.sidecarStatus === 'ok')
      .map((p) => ({ homeArticle: p.ref.home, id: p.ref.id, target: p.index, span: { start: p.start, end: p.end } }));
    if (!updates.length) return;
    try {
      await live.folder.store.refreshPlaces(live.path, text, updates);
    } catch (e) {
      this.log.error(`Annotations: could not store the places in ${live.path}: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  // ---- reporting ---------------------------------------------------------------------------------

  private report(f: FolderAnnotations, snap: ArticleAnnotations): void {
    const sidecar = f.fs.uriOf(snap.sidecarPath);
    const id = sidecar.toString();
    const problem = snap.status !== 'ok' ? (snap.problem ?? `${snap.sidecarPath}: cannot be used`) : snap.writeError ? `${snap.sidecarPath}: could not be saved (${snap.writeError}); retrying at the next change` : '';
    const before = this.reported.get(id) ?? '';
    if (before === problem) return;
    this.reported.set(id, problem);
    if (!problem) {
      this.diagnostics.delete(sidecar);
      this.log.info(`Annotations: ${snap.sidecarPath} can be used again.`);
      return;
    }
    if (snap.status === 'invalid') {
      const line = /line (\d+), column (\d+)/.exec(problem);
      const pos = line ? new vscode.Position(Number(line[1]) - 1, Math.max(0, Number(line[2]) - 1)) : new vscode.Position(0, 0);
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), problem.replace(`${snap.sidecarPath}: `, ''), vscode.DiagnosticSeverity.Error);
      d.source = 'Crosscheck';
      this.diagnostics.set(sidecar, [d]);
      this.log.error(`Annotations: ${problem}. The file is left as it is; annotations of ${snap.articlePath} cannot be changed until it is fixed.`);
      void vscode.window
        .showErrorMessage(`Crosscheck cannot use ${problem}. The file is not changed; new annotations for ${snap.articlePath} are refused until it is fixed.`, 'Open File', 'Show Log')
        .then((c) => {
          if (c === 'Open File') void vscode.window.showTextDocument(sidecar);
          else if (c === 'Show Log') this.log.show(true);
        });
    } else if (snap.status === 'readOnly') {
      this.diagnostics.delete(sidecar);
      this.log.warn(`Annotations: ${problem}`);
      void vscode.window.showWarningMessage(problem);
    } else {
      this.log.error(`Annotations: ${problem}`);
      void vscode.window.showErrorMessage(`Crosscheck: ${problem}.`, 'Show Log').then((c) => c && this.log.show(true));
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
    const places = editor ? this.placesIn(editor.document.uri) : [];
    const at = editor && places.length ? this.placesAt(editor.document.uri, editor.document.offsetAt(editor.selection.active), true) : [];
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
      for (const key of [...this.diskTexts.keys()]) if (under(key, oldUri) || under(key, newUri)) this.diskTexts.delete(key);
      for (const live of [...this.articles.values()]) if (under(live.key, oldUri) || under(live.key, newUri)) this.refreshText(live.key);
    });
    return done.then(() => this.settledWork()).then(() => followed);
  }

  // ---- the analyst's changes ---------------------------------------------------------------------

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** The label of the change crosscheck.undoAnnotationChange would take back. */
  get undoLabel(): string | undefined {
    return this.undoStack[this.undoStack.length - 1]?.label;
  }

  private pushUndo(entry: UndoEntry): UndoEntry {
    this.undoStack.push(entry);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.setContext(ContextKeys.canUndoAnnotationChange, true);
    this.undoChanged.fire();
    return entry;
  }

  /** Takes back the last change (or `entry`, when it is still on the stack). Returns its label, or undefined when there is nothing to undo. */
  undo(entry?: UndoEntry): Promise<string | undefined> {
    return this.exclusive(async () => {
      const i = entry ? this.undoStack.lastIndexOf(entry) : this.undoStack.length - 1;
      const e = this.undoStack[i];
      if (!e) return undefined;
      this.undoStack.splice(i, 1);
      this.setContext(ContextKeys.canUndoAnnotationChange, this.undoStack.length > 0);
      this.undoChanged.fire();
      await e.undo();
      await this.settledWork();
      this.log.info(`Annotations: undid ${e.label}.`);
      return e.label;
    });
  }

  private async settledWork(): Promise<void> {
    for (let i = 0; i < 10 && (this.pendingHomes.size > 0 || i === 0); i++) await this.work;
  }

  private folderOf(ref: { folder: string }): FolderAnnotations {
    const f = this.folders.get(ref.folder);
    if (!f) throw new Error('that workspace folder is no longer open');
    return f;
  }

  /**
   * Annotates [span) of an open article: a new annotation, or — when an annotation covers exactly
   * these words — that one, with the tags added and the verdict and note replaced where given.
   * @throws AnnotationsUnavailableError when the article's sidecar is broken or from a newer version.
   */
  annotate(doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent): Promise<{ ref: AnnotationRef; created: boolean }> {
    return this.exclusive(async () => {
      await this.ready;
      const loc = this.locate(doc.uri);
      if (!loc) throw new Error(`${doc.uri.fsPath} is not in a workspace folder`);
      const { folder: f, path } = loc;
      await f.store.load(path);
      await this.enqueue(() => this.syncHome(f, path));
      const same = this.placesIn(doc.uri).find((p) => p.index === 0 && p.ref.home === path && p.status !== 'orphan' && p.start === span.start && p.end === span.end);
      const text = doc.getText();
      if (same) {
        const before = same.annotation;
        const patch: AnnotationContent = {};
        if (content.tags?.length) patch.tags = [...new Set([...tagsOf(before), ...content.tags])];
        if (content.verdict) patch.verdict = content.verdict;
        if (content.note !== undefined) patch.note = content.note;
        await f.store.update(path, same.ref.id, patch);
        this.pushUndo({ label: `the change to “${short(before)}”`, undo: () => this.restoreContent(f, this.follow(f, path), before) });
        await this.settledWork();
        return { ref: same.ref, created: false };
      }
      const a = await f.store.add(path, text, span, content);
      const ref = { folder: f.key, home: path, id: a.id };
      this.pushUndo({ label: `the new annotation on “${short(a)}”`, undo: () => f.store.remove(this.follow(f, path), a.id) });
      await this.settledWork();
      return { ref, created: true };
    });
  }

  /** Keeps a new annotation of an article whose sidecar is broken in a recovery file (returns its URI). */
  keepInRecoveryFile(doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent): Promise<vscode.Uri> {
    return this.exclusive(async () => {
      const loc = this.locate(doc.uri);
      if (!loc) throw new Error(`${doc.uri.fsPath} is not in a workspace folder`);
      const rel = await loc.folder.store.keepInRecoveryFile(loc.path, doc.getText(), span, content);
      const uri = loc.folder.fs.uriOf(rel);
      this.recoveryFiles.add(uri.toString());
      this.changed.fire(undefined);
      this.log.info(`Annotations: kept a new annotation of ${loc.path} in ${rel}.`);
      return uri;
    });
  }

  /** Changes tags, note and/or verdict (a field left out is kept; `verdict: undefined` present clears it). */
  update(ref: AnnotationRef, content: AnnotationContent): Promise<void> {
    return this.exclusive(async () => {
      const f = this.folderOf(ref);
      const before = this.mustGet(f, ref);
      await f.store.update(ref.home, ref.id, content);
      this.pushUndo({ label: `the change to “${short(before)}”`, undo: () => this.restoreContent(f, this.follow(f, ref.home), before) });
      await this.settledWork();
    });
  }

  /** Removes an annotation; returns the undo entry (for the notification's Undo button). */
  remove(ref: AnnotationRef): Promise<UndoEntry> {
    return this.exclusive(async () => {
      const f = this.folderOf(ref);
      const before = this.mustGet(f, ref);
      await f.store.remove(ref.home, ref.id);
      const entry = this.pushUndo({ label: `the removal of “${short(before)}”`, undo: () => this.restoreExactly(f, this.follow(f, ref.home), before) });
      await this.settledWork();
      return entry;
    });
  }

  /** Attaches an annotation (an orphan) to [span) of its own article, open in `doc`. */
  reattach(ref: AnnotationRef, doc: vscode.TextDocument, span: TextSpan): Promise<void> {
    return this.exclusive(async () => {
      const f = this.folderOf(ref);
      const loc = this.locate(doc.uri);
      if (!loc || loc.folder !== f || loc.path !== ref.home) throw new Error(`the selection must be in ${ref.home}, the article the annotation belongs to`);
      const before = this.mustGet(f, ref);
      await f.store.reattach(ref.home, ref.id, doc.getText(), span);
      this.pushUndo({ label: `re-attaching “${short(before)}”`, undo: () => this.restoreExactly(f, this.follow(f, ref.home), before) });
      await this.settledWork();
    });
  }

  /** Records the claim's appearances in other articles (each a span of that article's current text). */
  link(ref: AnnotationRef, places: { uri: vscode.Uri; span: TextSpan }[]): Promise<number> {
    return this.exclusive(async () => {
      const f = this.folderOf(ref);
      const before = this.mustGet(f, ref);
      let n = 0;
      for (const { uri, span } of places) {
        const loc = this.locate(uri);
        if (!loc || loc.folder !== f || loc.path === ref.home) continue;
        await this.ensureText(f, loc.path);
        const text = this.currentText(articleKey(uri));
        if (text === undefined) continue;
        await f.store.addAppearance(ref.home, ref.id, loc.path, text, span);
        n++;
      }
      if (n) this.pushUndo({ label: `linking “${short(before)}”`, undo: () => this.restoreExactly(f, this.follow(f, ref.home), before) });
      await this.settledWork();
      return n;
    });
  }

  /** Forgets one appearance of a claim (the place in `uri`). */
  unlink(ref: AnnotationRef, uri: vscode.Uri): Promise<void> {
    return this.exclusive(async () => {
      const f = this.folderOf(ref);
      const loc = this.locate(uri);
      if (!loc || loc.folder !== f) return;
      const before = this.mustGet(f, ref);
      await f.store.removeAppearance(ref.home, ref.id, loc.path);
      this.pushUndo({ label: `unlinking “${short(before)}”`, undo: () => this.restoreExactly(f, this.follow(f, ref.home), before) });
      await this.settledWork();
    });
  }

  private mustGet(f: FolderAnnotations, ref: AnnotationRef): Annotation {
    const a = f.store.get(ref.home)?.annotations.find((x) => x.id === ref.id);
    if (!a) throw new Error(`the annotation is no longer in ${f.store.sidecarPathOf(ref.home)}`);
    return a;
  }

  // ---- undo: putting an annotation back as it was -------------------------------------------------

  /**
   * Takes back a change of tags, verdict or note: the bodies, motivation and modification time as
   * they were; the places stay where they are now (they may have followed edits since).
   */
  private async restoreContent(f: FolderAnnotations, home: string, before: Annotation): Promise<void> {
    const now = this.mustGet(f, { folder: f.key, home, id: before.id });
    await f.store.restore(home, { ...now, body: before.body, motivation: before.motivation, modified: before.modified });
  }

  /**
   * Takes back a removal, a re-attachment, a link or an unlink: the annotation exactly as it was (id,
   * creator, times, bodies, selectors, appearances, other fields).
   */
  private async restoreExactly(f: FolderAnnotations, home: string, before: Annotation): Promise<void> {
    await f.store.restore(home, before);
  }
}

export function sameRef(a: AnnotationRef, b: AnnotationRef): boolean {
  return a.id === b.id && a.home === b.home && a.folder === b.folder;
}

/** The claim's words, shortened for messages. */
function short(a: Annotation): string {
  const t = claimTextOf(a).replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

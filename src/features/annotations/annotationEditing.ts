import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import { claimTextOf, tagsOf, type Annotation, type AnnotationContent, type TextSpan } from '../../core/annotations';
import { Disposable } from '../../host/lifecycle';
import type { AnnotationRef, FolderAnnotations, LivePlace } from './annotationService';

/** A change the analyst can take back with crosscheck.undoAnnotationChange. */
export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
}

const UNDO_LIMIT = 100;

/** What the analyst's changes need of the annotation service (its queue, folders and live places). */
export interface EditingContext {
  readonly log: vscode.LogOutputChannel;
  /** Runs the analyst's changes one at a time (the undo stack relies on it). */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves once the sidecars have been loaded. */
  ready(): Promise<void>;
  /** Resolves once the places of the sidecars changed so far are anchored again. */
  settledWork(): Promise<void>;
  locate(uri: vscode.Uri): { folder: FolderAnnotations; path: string } | undefined;
  /** @throws when the folder is no longer open. */
  folderOf(ref: { folder: string }): FolderAnnotations;
  /** The path a renamed article's annotations are under now. */
  follow(f: { key: string }, home: string): string;
  /** Anchors the places of an article's sidecar now (after loading it). */
  syncNow(f: FolderAnnotations, path: string): Promise<void>;
  placesIn(uri: vscode.Uri): readonly LivePlace[];
  /** An article's current text (read from disk if no editor has it and it was not read yet). */
  textOf(f: FolderAnnotations, path: string): Promise<string | undefined>;
  recoveryFileKept(uri: vscode.Uri): void;
  setContext(key: string, value: unknown): void;
}

/**
 * The analyst's changes to annotations (annotate, update, remove, re-attach, link, unlink, keep in a
 * recovery file), each run one at a time, and the undo stack that takes them back.
 */
export class AnnotationEditing extends Disposable {
  private readonly undoStack: UndoEntry[] = [];
  private readonly undoChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeUndo = this.undoChanged.event;

  constructor(private readonly ctx: EditingContext) {
    super();
  }

  /** Forgets the undo stack (its entries act on stores that were dropped). */
  clearUndo(): void {
    this.undoStack.length = 0;
    this.ctx.setContext(ContextKeys.canUndoAnnotationChange, false);
    this.undoChanged.fire();
  }

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
    this.ctx.setContext(ContextKeys.canUndoAnnotationChange, true);
    this.undoChanged.fire();
    return entry;
  }

  /** Takes back the last change (or `entry`, when it is still on the stack). Returns its label, or undefined when there is nothing to undo. */
  undo(entry?: UndoEntry): Promise<string | undefined> {
    return this.ctx.exclusive(async () => {
      const i = entry ? this.undoStack.lastIndexOf(entry) : this.undoStack.length - 1;
      const e = this.undoStack[i];
      if (!e) return undefined;
      this.undoStack.splice(i, 1);
      this.ctx.setContext(ContextKeys.canUndoAnnotationChange, this.undoStack.length > 0);
      this.undoChanged.fire();
      await e.undo();
      await this.ctx.settledWork();
      this.ctx.log.info(`Annotations: undid ${e.label}.`);
      return e.label;
    });
  }

  /**
   * Annotates [span) of an open article: a new annotation, or — when an annotation covers exactly
   * these words — that one, with the tags added and the verdict and note replaced where given.
   * @throws AnnotationsUnavailableError when the article's sidecar is broken or from a newer version.
   */
  annotate(doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent): Promise<{ ref: AnnotationRef; created: boolean }> {
    return this.ctx.exclusive(async () => {
      await this.ctx.ready();
      const loc = this.ctx.locate(doc.uri);
      if (!loc) throw new Error(`${doc.uri.fsPath} is not in a workspace folder`);
      const { folder: f, path } = loc;
      await f.store.load(path);
      await this.ctx.syncNow(f, path);
      const same = this.ctx.placesIn(doc.uri).find((p) => p.index === 0 && p.ref.home === path && p.status !== 'orphan' && p.start === span.start && p.end === span.end);
      const text = doc.getText();
      if (same) {
        const before = same.annotation;
        const patch: AnnotationContent = {};
        if (content.tags?.length) patch.tags = [...new Set([...tagsOf(before), ...content.tags])];
        if (content.verdict) patch.verdict = content.verdict;
        if (content.note !== undefined) patch.note = content.note;
        await f.store.update(path, same.ref.id, patch);
        this.pushUndo({ label: `the change to “${short(before)}”`, undo: () => this.restoreContent(f, this.ctx.follow(f, path), before) });
        await this.ctx.settledWork();
        return { ref: same.ref, created: false };
      }
      const a = await f.store.add(path, text, span, content);
      const ref = { folder: f.key, home: path, id: a.id };
      this.pushUndo({ label: `the new annotation on “${short(a)}”`, undo: () => f.store.remove(this.ctx.follow(f, path), a.id) });
      await this.ctx.settledWork();
      return { ref, created: true };
    });
  }

  /** Keeps a new annotation of an article whose sidecar is broken in a recovery file (returns its URI). */
  keepInRecoveryFile(doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent): Promise<vscode.Uri> {
    return this.ctx.exclusive(async () => {
      const loc = this.ctx.locate(doc.uri);
      if (!loc) throw new Error(`${doc.uri.fsPath} is not in a workspace folder`);
      const rel = await loc.folder.store.keepInRecoveryFile(loc.path, doc.getText(), span, content);
      const uri = loc.folder.fs.uriOf(rel);
      this.ctx.recoveryFileKept(uri);
      this.ctx.log.info(`Annotations: kept a new annotation of ${loc.path} in ${rel}.`);
      return uri;
    });
  }

  /** Changes tags, note and/or verdict (a field left out is kept; `verdict: undefined` present clears it). */
  update(ref: AnnotationRef, content: AnnotationContent): Promise<void> {
    return this.ctx.exclusive(async () => {
      const f = this.ctx.folderOf(ref);
      const before = this.mustGet(f, ref);
      await f.store.update(ref.home, ref.id, content);
      this.pushUndo({ label: `the change to “${short(before)}”`, undo: () => this.restoreContent(f, this.ctx.follow(f, ref.home), before) });
      await this.ctx.settledWork();
    });
  }

  /** Removes an annotation; returns the undo entry (for the notification's Undo button). */
  remove(ref: AnnotationRef): Promise<UndoEntry> {
    return this.ctx.exclusive(async () => {
      const f = this.ctx.folderOf(ref);
      const before = this.mustGet(f, ref);
      await f.store.remove(ref.home, ref.id);
      const entry = this.pushUndo({ label: `the removal of “${short(before)}”`, undo: () => this.restoreExactly(f, this.ctx.follow(f, ref.home), before) });
      await this.ctx.settledWork();
      return entry;
    });
  }

  /** Attaches an annotation (an orphan) to [span) of its own article, open in `doc`. */
  reattach(ref: AnnotationRef, doc: vscode.TextDocument, span: TextSpan): Promise<void> {
    return this.ctx.exclusive(async () => {
      const f = this.ctx.folderOf(ref);
      const loc = this.ctx.locate(doc.uri);
      if (!loc || loc.folder !== f || loc.path !== ref.home) throw new Error(`the selection must be in ${ref.home}, the article the annotation belongs to`);
      const before = this.mustGet(f, ref);
      await f.store.reattach(ref.home, ref.id, doc.getText(), span);
      this.pushUndo({ label: `re-attaching “${short(before)}”`, undo: () => this.restoreExactly(f, this.ctx.follow(f, ref.home), before) });
      await this.ctx.settledWork();
    });
  }

  /** Records the claim's appearances in other articles (each a span of that article's current text). */
  link(ref: AnnotationRef, places: { uri: vscode.Uri; span: TextSpan }[]): Promise<number> {
    return this.ctx.exclusive(async () => {
      const f = this.ctx.folderOf(ref);
      const before = this.mustGet(f, ref);
      let n = 0;
      for (const { uri, span } of places) {
        const loc = this.ctx.locate(uri);
        if (!loc || loc.folder !== f || loc.path === ref.home) continue;
        const text = await this.ctx.textOf(f, loc.path);
        if (text === undefined) continue;
        await f.store.addAppearance(ref.home, ref.id, loc.path, text, span);
        n++;
      }
      if (n) this.pushUndo({ label: `linking “${short(before)}”`, undo: () => this.restoreExactly(f, this.ctx.follow(f, ref.home), before) });
      await this.ctx.settledWork();
      return n;
    });
  }

  /** Forgets one appearance of a claim (the place in `uri`). */
  unlink(ref: AnnotationRef, uri: vscode.Uri): Promise<void> {
    return this.ctx.exclusive(async () => {
      const f = this.ctx.folderOf(ref);
      const loc = this.ctx.locate(uri);
      if (!loc || loc.folder !== f) return;
      const before = this.mustGet(f, ref);
      await f.store.removeAppearance(ref.home, ref.id, loc.path);
      this.pushUndo({ label: `unlinking “${short(before)}”`, undo: () => this.restoreExactly(f, this.ctx.follow(f, ref.home), before) });
      await this.ctx.settledWork();
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

/** The claim's words, shortened for messages. */
function short(a: Annotation): string {
  const t = claimTextOf(a).replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

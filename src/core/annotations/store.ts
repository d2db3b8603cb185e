/**
 * AnnotationStore: the annotations of every article, read from and written to sidecars through a
 * SidecarFileSystem. It never loses a word:
 *
 * - Writes are atomic (the port's writeFileAtomic), queued per sidecar (one write at a time) and
 *   coalesced (changes made while a write runs go out together in the next one). `flush()` waits
 *   for all of them; call it on deactivation.
 * - A sidecar that cannot be read, is not JSON or does not match the schema puts its article in
 *   status 'invalid': the error names the file, the JSON path and the problem; the file is never
 *   written; changes to that article are refused with AnnotationsUnavailableError (or kept in a
 *   recovery file with `keepInRecoveryFile`); every other article works as usual.
 * - A sidecar from a newer Crosscheck is 'readOnly'. An older format is migrated in memory and
 *   written in the current format at the first change.
 * - If the file changed on disk since it was read (git pull, hand edit), the store merges by
 *   annotation id before writing (see merge.ts); the other side's version of an annotation both
 *   sides changed goes to a recovery file. If the file on disk has become unreadable, the store
 *   does not write it and keeps its own pending changes in a recovery file.
 *
 * The store holds no article text: pass the current text where selectors are made (add, reattach,
 * refreshPlaces), and anchor with anchorAll / anchorTarget.
 */
import { mergeSidecars } from './merge';
import { articleMoveOf, isExternalSource, movedPath, rewriteSources, sourceFixer, withSources } from './moves';
import {
  createAnnotation,
  isoSeconds,
  newAnnotationId,
  relativeSource,
  resolveSource,
  targetsOf,
  withAppearance,
  withContent,
  withHomeSpan,
  withoutAppearance,
  type Annotation,
  type AnnotationContent,
  type Creator,
  type SidecarDocument,
  type TextSpan,
} from './model';
import { ADJACENT, articlePathForSidecar, baseName, isSidecarPath, recoveryPathFor, sidecarPathFor, type SidecarLayout } from './paths';
import type { SidecarFileSystem } from './port';
import { annotationFingerprint, compareAnnotations, normalizeAnnotation, serializeSidecar } from './serialize';
import { readSidecar, SidecarError } from './sidecar';
import { AnnotationsUnavailableError, bytesEqual, emptyDoc, replaceTarget, sameSelectors, SidecarWriteError, validSpan, type Appearance, type ArticleAnnotations, type MovedSidecar, type PlaceUpdate, type State, type StoreOptions } from './storeState';

export { AnnotationsUnavailableError, SidecarWriteError } from './storeState';
export type { Appearance, ArticleAnnotations, ArticleStatus, MovedSidecar, PlaceUpdate, StoreOptions } from './storeState';

const encoder = new TextEncoder();
/** Keeps a byte-order mark, so that a rewrite changes nothing but what it means to. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class AnnotationStore {
  readonly layout: SidecarLayout;
  private readonly states = new Map<string, State>();
  private readonly loading = new Map<string, Promise<State>>();
  private readonly listeners = new Set<(articlePath: string) => void>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly creator: Creator | undefined;
  private readonly onListenerError: (error: unknown, articlePath: string) => void;

  constructor(
    private readonly fs: SidecarFileSystem,
    options: StoreOptions = {},
  ) {
    this.layout = options.layout ?? ADJACENT;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? newAnnotationId;
    this.creator = options.creator;
    this.onListenerError = options.onListenerError ?? ((e, p) => console.error(`annotation store: a change listener failed for ${p}:`, e));
  }

  /** Called with the article's path whenever its annotations, status or write state change. */
  onDidChange(listener: (articlePath: string) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private emit(articlePath: string): void {
    for (const l of [...this.listeners]) {
      try {
        l(articlePath);
      } catch (e) {
        this.onListenerError(e, articlePath); // (not the store's failure: the others are still called)
      }
    }
  }

  sidecarPathOf(articlePath: string): string {
    return sidecarPathFor(articlePath, this.layout);
  }

  // ---- reading -----------------------------------------------------------------------------------

  /** The article's annotations, reading its sidecar the first time. Never throws for a bad sidecar. */
  async load(articlePath: string): Promise<ArticleAnnotations> {
    return this.snapshot(await this.state(articlePath));
  }

  /** Loads the sidecars of every article the port lists (`isArticle` filters the paths). */
  async loadAll(isArticle: (path: string) => boolean): Promise<ArticleAnnotations[]> {
    const files = await this.fs.listFiles();
    const articles = new Set(files.filter((f) => isArticle(f) && !isSidecarPath(f)));
    // Sidecars whose article is gone are loaded too, so that their annotations show as orphans.
    for (const f of files) {
      const a = articlePathForSidecar(f, this.layout);
      if (a !== undefined) articles.add(a);
    }
    const out: ArticleAnnotations[] = [];
    for (const a of [...articles].sort()) out.push(await this.load(a));
    return out;
  }

  /** The snapshot of an article already loaded, or undefined. */
  get(articlePath: string): ArticleAnnotations | undefined {
    const s = this.states.get(articlePath);
    return s && this.snapshot(s);
  }

  /** Snapshots of every loaded article. */
  all(): ArticleAnnotations[] {
    return [...this.states.values()].map((s) => this.snapshot(s));
  }

  /** Annotations of other articles (loaded ones) that name this article as one of their places. */
  appearancesIn(articlePath: string): Appearance[] {
    const out: Appearance[] = [];
    for (const s of this.states.values()) {
      if (s.articlePath === articlePath) continue;
      for (const a of s.doc.annotations) {
        targetsOf(a).forEach((t, index) => {
          if (index > 0 && resolveSource(s.articlePath, t.source) === articlePath) out.push({ homeArticle: s.articlePath, annotation: a, target: t, index });
        });
      }
    }
    return out;
  }

  /**
   * Re-reads the sidecar after it changed on disk (the host's file watcher calls this). Pending
   * changes of ours are merged with the file's new content first. Our own writes are recognised
   * and cost nothing.
   */
  async reload(articlePath: string): Promise<ArticleAnnotations> {
    const s = this.states.get(articlePath);
    if (!s) return this.load(articlePath);
    await this.settle(s);
    if (s.status === 'ok' && s.dirty) {
      this.schedule(s);
      await this.settle(s);
      return this.snapshot(s);
    }
    let disk: Uint8Array | undefined;
    const at = s.sidecarPath;
    try {
      disk = await this.fs.readFileIfExists(at);
    } catch (e) {
      if (s.sidecarPath !== at) return this.snapshot(s);
      this.setUnreadable(s, e);
      this.emit(articlePath);
      return this.snapshot(s);
    }
    // Moved meanwhile (moved()), or being moved (held): what was read is about a path it has left
    // or is leaving — a watcher's late news, never a reason to drop what it holds.
    if (s.sidecarPath !== at || (s.held && disk === undefined)) return this.snapshot(s);
    if (s.status === 'ok' && bytesEqual(disk, s.baseBytes)) return this.snapshot(s);
    this.absorb(s, disk);
    this.emit(articlePath);
    return this.snapshot(s);
  }

  private async state(articlePath: string): Promise<State> {
    const known = this.states.get(articlePath);
    if (known) return known;
    let p = this.loading.get(articlePath);
    if (!p) {
      p = this.read(articlePath).finally(() => this.loading.delete(articlePath));
      this.loading.set(articlePath, p);
    }
    return p;
  }

  private async read(articlePath: string): Promise<State> {
    const s: State = {
      articlePath,
      sidecarPath: this.sidecarPathOf(articlePath),
      status: 'ok',
      doc: emptyDoc(articlePath),
      base: undefined,
      baseBytes: undefined,
      dirty: false,
      recoveryFiles: [],
    };
    try {
      this.absorb(s, await this.fs.readFileIfExists(s.sidecarPath));
    } catch (e) {
      this.setUnreadable(s, e);
    }
    // A sidecar that moved here (moved()) while this was being read is the one to keep.
    const known = this.states.get(articlePath);
    if (known) return known;
    this.states.set(articlePath, s);
    return s;
  }

  private setUnreadable(s: State, e: unknown): void {
    s.status = 'invalid';
    s.error = new SidecarError(s.sidecarPath, [{ path: '', message: `cannot be read: ${(e as Error)?.message ?? String(e)}` }]);
    s.problem = s.error.message;
    s.base = undefined;
    s.baseBytes = undefined;
  }

  /** Takes the file's content as the state (no pending changes of ours). */
  private absorb(s: State, disk: Uint8Array | undefined): void {
    s.baseBytes = disk;
    delete s.problem;
    delete s.error;
    delete s.migratedFrom;
    if (disk === undefined) {
      s.status = 'ok';
      s.doc = emptyDoc(s.articlePath);
      s.base = undefined;
      return;
    }
    const r = readSidecar(disk, s.sidecarPath);
    if (r.kind === 'ok') {
      s.status = 'ok';
      s.doc = r.doc;
      s.base = r.doc;
      if (r.migratedFrom !== undefined) s.migratedFrom = r.migratedFrom;
    } else if (r.kind === 'newer') {
      s.status = 'readOnly';
      s.problem = r.message;
      s.doc = r.doc;
      s.base = undefined;
    } else {
      // Keep showing what we last knew; never write over the file.
      s.status = 'invalid';
      s.error = r.error;
      s.problem = r.error.message;
      s.base = undefined;
    }
  }

  private snapshot(s: State): ArticleAnnotations {
    const snap: ArticleAnnotations = {
      articlePath: s.articlePath,
      sidecarPath: s.sidecarPath,
      status: s.status,
      annotations: [...s.doc.annotations].map(normalizeAnnotation).sort(compareAnnotations),
      pendingWrite: s.dirty || s.writing !== undefined,
      recoveryFiles: [...s.recoveryFiles],
    };
    if (s.problem !== undefined) snap.problem = s.problem;
    if (s.error) snap.error = s.error;
    if (s.migratedFrom !== undefined) snap.migratedFrom = s.migratedFrom;
    if (s.writeError) snap.writeError = s.writeError.message;
    return snap;
  }

  // ---- changing ----------------------------------------------------------------------------------

  private async writable(articlePath: string): Promise<State> {
    const s = await this.state(articlePath);
    if (s.status !== 'ok') throw new AnnotationsUnavailableError(articlePath, s.sidecarPath, s.status, s.problem ?? 'unavailable');
    return s;
  }

  private find(s: State, id: string): Annotation {
    const a = s.doc.annotations.find((x) => x.id === id);
    if (!a) throw new Error(`no annotation ${id} in ${s.sidecarPath}`);
    return a;
  }

  private commit(s: State, annotations: Annotation[]): void {
    s.doc = { ...s.doc, source: baseName(s.articlePath), annotations };
    s.dirty = true;
    this.schedule(s);
    this.emit(s.articlePath);
  }

  private replace(s: State, next: Annotation): Annotation {
    this.commit(
      s,
      s.doc.annotations.map((a) => (a.id === next.id ? next : a)),
    );
    return next;
  }

  /** Creates an annotation on text[span] of the article. @throws AnnotationsUnavailableError, RangeError */
  async add(articlePath: string, text: string, span: TextSpan, content: AnnotationContent = {}): Promise<Annotation> {
    validSpan(text, span);
    const s = await this.writable(articlePath);
    const a = this.build(articlePath, text, span, content, s.doc);
    this.commit(s, [...s.doc.annotations, a]);
    return a;
  }

  private build(articlePath: string, text: string, span: TextSpan, content: AnnotationContent, doc: SidecarDocument): Annotation {
    let id = this.newId();
    while (doc.annotations.some((x) => x.id === id)) id = this.newId();
    return createAnnotation({ ...content, source: baseName(articlePath), text, span, id, now: this.now(), creator: this.creator });
  }

  /** Changes tags, note and/or verdict (see withContent for clearing). */
  async update(articlePath: string, id: string, content: AnnotationContent): Promise<Annotation> {
    const s = await this.writable(articlePath);
    return this.replace(s, withContent(this.find(s, id), content, this.now()));
  }

  async remove(articlePath: string, id: string): Promise<void> {
    const s = await this.writable(articlePath);
    this.find(s, id);
    this.commit(
      s,
      s.doc.annotations.filter((a) => a.id !== id),
    );
  }

  /**
   * Puts an annotation back exactly as given — id, creator, creation and modification times,
   * bodies, selectors, appearances and any other field — replacing the one with that id if there
   * is one: the undo of a removal or of a change (pass the annotation as it was before). The
   * annotation is copied, never shared with the caller. @throws AnnotationsUnavailableError
   */
  async restore(articlePath: string, annotation: Annotation): Promise<void> {
    const s = await this.writable(articlePath);
    const copy = structuredClone(annotation);
    const known = s.doc.annotations.some((a) => a.id === copy.id);
    this.commit(s, known ? s.doc.annotations.map((a) => (a.id === copy.id ? copy : a)) : [...s.doc.annotations, copy]);
  }

  /** Attaches an annotation (an orphan, say) to a new selection in its article. */
  async reattach(articlePath: string, id: string, text: string, span: TextSpan): Promise<Annotation> {
    validSpan(text, span);
    const s = await this.writable(articlePath);
    const a = withHomeSpan(this.find(s, id), text, span);
    return this.replace(s, { ...a, modified: isoSeconds(this.now()) });
  }

  /** Records that the claim also appears at otherText[span] of another article. */
  async addAppearance(articlePath: string, id: string, otherArticlePath: string, otherText: string, span: TextSpan): Promise<Annotation> {
    validSpan(otherText, span);
    const s = await this.writable(articlePath);
    const a = withAppearance(this.find(s, id), relativeSource(articlePath, otherArticlePath), otherText, span);
    return this.replace(s, { ...a, modified: isoSeconds(this.now()) });
  }

  async removeAppearance(articlePath: string, id: string, otherArticlePath: string): Promise<Annotation> {
    const s = await this.writable(articlePath);
    const a = withoutAppearance(this.find(s, id), relativeSource(articlePath, otherArticlePath));
    return this.replace(s, { ...a, modified: isoSeconds(this.now()) });
  }

  /**
   * After the analyst edited `editedArticle` (whose text is now `text`): stores the live spans of
   * the places that lie in it — the editor keeps them with mapSpans while typing — so that the
   * sidecar's selectors describe the saved text. Call it when the article is saved. Places whose
   * span collapsed (their text was deleted) keep their old selectors and will show as orphans.
   * Does not change `modified`; writes only if a selector changed. Sidecars that are not writable
   * are skipped.
   */
  async refreshPlaces(editedArticle: string, text: string, places: readonly PlaceUpdate[]): Promise<void> {
    const byHome = new Map<string, Map<string, PlaceUpdate[]>>();
    for (const p of places) {
      const ofHome = byHome.get(p.homeArticle) ?? new Map<string, PlaceUpdate[]>();
      ofHome.set(p.id, [...(ofHome.get(p.id) ?? []), p]);
      byHome.set(p.homeArticle, ofHome);
    }
    for (const [home, byId] of byHome) {
      const s = await this.state(home);
      if (s.status !== 'ok') continue;
      let changed = false;
      const annotations = s.doc.annotations.map((a) => {
        let cur = a;
        for (const p of byId.get(a.id) ?? []) {
          if (p.span.end <= p.span.start || p.span.end > text.length) continue;
          const targets = targetsOf(cur);
          const t = targets[p.target];
          if (!t || resolveSource(home, t.source) !== editedArticle || sameSelectors(t, text, p.span)) continue;
          cur = p.target === 0 ? withHomeSpan(cur, text, p.span) : replaceTarget(cur, p.target, text, p.span);
          changed = true;
        }
        return cur;
      });
      if (changed) this.commit(s, annotations);
    }
  }

  /**
   * For an article whose sidecar is invalid: keeps a new annotation in a recovery file next to the
   * sidecar (name.txt.annotations.recovered-<timestamp>.json, a valid sidecar of its own; later
   * calls append to the same file). Returns the recovery file's path.
   */
  async keepInRecoveryFile(articlePath: string, text: string, span: TextSpan, content: AnnotationContent = {}): Promise<string> {
    validSpan(text, span);
    const s = await this.state(articlePath);
    const doc = s.recovery?.doc ?? emptyDoc(articlePath);
    const a = this.build(articlePath, text, span, content, { ...doc, annotations: [...doc.annotations, ...s.doc.annotations] });
    const next = { ...doc, annotations: [...doc.annotations, a] };
    const path = s.recovery?.path ?? (await this.freeRecoveryPath(articlePath));
    await this.fs.writeFileAtomic(path, encoder.encode(serializeSidecar(next)));
    s.recovery = { path, doc: next };
    if (!s.recoveryFiles.includes(path)) s.recoveryFiles.push(path);
    this.emit(articlePath);
    return path;
  }

  private async freeRecoveryPath(articlePath: string): Promise<string> {
    const at = this.now();
    for (let n = 1; ; n++) {
      const p = recoveryPathFor(articlePath, this.layout, at, n);
      if ((await this.fs.readFileIfExists(p)) === undefined) return p;
    }
  }

  private async writeRecovery(s: State, annotations: Annotation[]): Promise<void> {
    const path = await this.freeRecoveryPath(s.articlePath);
    await this.fs.writeFileAtomic(path, encoder.encode(serializeSidecar({ ...emptyDoc(s.articlePath), annotations })));
    s.recoveryFiles.push(path);
  }

  // ---- articles that move --------------------------------------------------------------------------

  /** The loaded articles at `path` or under it (a folder), with a sidecar or annotations. */
  articlesAt(path: string): string[] {
    return [...this.states.values()].filter((s) => movedPath(s.articlePath, path, path) !== undefined && (s.baseBytes !== undefined || s.doc.annotations.length > 0 || s.dirty)).map((s) => s.articlePath);
  }

  /**
   * Writes every pending change of these articles' sidecars, then holds their writes: the host is
   * about to move the files (changes made meanwhile stay in memory and are written once the sidecar
   * has moved, see moved(), or at release()).
   */
  async hold(articlePaths: readonly string[]): Promise<void> {
    for (const p of articlePaths) {
      const s = this.states.get(p);
      if (!s) continue;
      await this.settle(s);
      if (s.dirty && s.status === 'ok') {
        this.schedule(s);
        await this.settle(s);
      }
      s.held = true;
    }
  }

  /** Lets held writes go (the move did not happen, or did not take the sidecar along). */
  release(articlePaths: readonly string[]): void {
    for (const p of articlePaths) {
      const s = this.states.get(p);
      if (!s?.held) continue;
      s.held = false;
      if (s.dirty) this.schedule(s);
    }
  }

  /**
   * After a file or folder was moved from `from` to `to` (folder-relative; VS Code's
   * onDidRenameFiles, an undo or a redo of it):
   * - each loaded sidecar that moved with it (the sidecar itself, or a folder holding it) is now the
   *   sidecar of the article at the matching path — its annotations, pending changes and write state
   *   go along;
   * - `source` fields that name a moved article are rewritten: a moved sidecar's own article name
   *   and the paths of its appearances (relative to the article's folder, which may have changed),
   *   and, in every other sidecar, appearances in the moved articles. The file is rewritten in place
   *   (atomically, as every write): only those values change, byte for byte;
   * - a sidecar whose article moved without it (it is about to follow, or it stays behind) is left
   *   as it is;
   * - recovery files this store wrote that moved (each is moved on its own, or with a folder) are
   *   listed at their new paths, and the one it appends to names the article where it is now.
   * Returns the sidecars that followed their article. Call it only once the move happened on disk.
   */
  moved(from: string, to: string): MovedSidecar[] {
    if (from === to) return [];
    const followed: { s: State; from: string }[] = [];
    for (const s of [...this.states.values()]) {
      const sidecar = movedPath(s.sidecarPath, from, to);
      const article = sidecar === undefined ? undefined : articlePathForSidecar(sidecar, this.layout);
      if (sidecar === undefined || article === undefined || article === s.articlePath) continue;
      const there = this.states.get(article);
      if (there && there !== s) {
        // Only an empty state (the new path was looked at before the file arrived) or a file the
        // move replaced can be there: ours is what is on disk now.
        this.states.delete(article);
      }
      followed.push({ s, from: s.articlePath });
      this.states.delete(s.articlePath);
      s.articlePath = article;
      s.sidecarPath = sidecar;
      this.states.set(article, s);
    }
    // What moved: the paths themselves, and the articles a move of sidecars stands for (a mirror
    // folder moves with its folder of articles, which may have moved first or may move next).
    const implied = articleMoveOf(from, to, this.layout);
    const movedArticle = (p: string) => movedPath(p, from, to) ?? (implied && movedPath(p, implied.from, implied.to));
    const fromOf = new Map(followed.map((x) => [x.s, x.from]));
    for (const s of this.states.values()) {
      s.recoveryFiles = s.recoveryFiles.map((p) => movedPath(p, from, to) ?? p);
      if (s.recovery) s.recovery = { ...s.recovery, path: movedPath(s.recovery.path, from, to) ?? s.recovery.path };
      const oldHome = fromOf.get(s) ?? s.articlePath;
      // Its article moved away from it: it follows later (or stays, as the sidecar of that path).
      if (!fromOf.has(s) && movedArticle(s.articlePath) !== undefined) continue;
      const fix = sourceFixer(oldHome, s.articlePath, movedArticle);
      if (s.recovery) s.recovery.doc = withSources(s.recovery.doc, fix);
      this.fixSources(s, fix);
    }
    for (const { s, from: old } of followed) {
      s.held = false;
      if (s.dirty) this.schedule(s);
      this.emit(old);
      this.emit(s.articlePath);
    }
    return followed.map((x) => ({ from: x.from, to: x.s.articlePath }));
  }

  /**
   * Links between the articles at or under `path` (a file or folder) and the other articles of this
   * folder, in the loaded sidecars: places of their claims outside `path` (`leaving`) and places
   * inside it of the other articles' claims (`entering`). What cannot follow a move to another
   * workspace folder (each folder's annotations link only within it).
   */
  linksAcross(path: string): { leaving: Appearance[]; entering: Appearance[] } {
    const inside = (p: string) => movedPath(p, path, path) !== undefined;
    const leaving: Appearance[] = [];
    const entering: Appearance[] = [];
    for (const s of this.states.values()) {
      const home = inside(s.articlePath);
      for (const a of s.doc.annotations) {
        targetsOf(a).forEach((t, index) => {
          if (index === 0 || isExternalSource(t.source)) return;
          const there = inside(resolveSource(s.articlePath, t.source));
          if (home !== there) (home ? leaving : entering).push({ homeArticle: s.articlePath, annotation: a, target: t, index });
        });
      }
    }
    return { leaving, entering };
  }

  /**
   * A sidecar that arrived from another workspace folder with its article (`oldHome`: the article's
   * path there): the source fields that name the article itself take its new name. Links to that
   * folder's articles are kept as they were: they cannot be followed across folders.
   */
  async arrived(articlePath: string, oldHome: string): Promise<void> {
    const s = await this.state(articlePath);
    const name = baseName(articlePath);
    this.fixSources(s, (source) => (!isExternalSource(source) && source !== name && resolveSource(oldHome, source) === oldHome ? name : undefined));
  }

  /** Rewrites the state's `source` fields; without pending changes, in the file's own bytes. */
  private fixSources(s: State, fix: (source: string) => string | undefined): void {
    if (s.status !== 'ok') return; // never written: it is read again when it is fixed
    const doc = withSources(s.doc, fix);
    if (doc === s.doc) return;
    if (!s.dirty && s.baseBytes !== undefined && s.base === s.doc && s.migratedFrom === undefined) {
      const bytes = encoder.encode(rewriteSources(decoder.decode(s.baseBytes), fix));
      s.rewrite = { doc, bytes };
    }
    s.doc = doc;
    s.dirty = true;
    this.schedule(s);
    this.emit(s.articlePath);
  }

  // ---- writing -----------------------------------------------------------------------------------

  private schedule(s: State): void {
    if (s.writing || s.held) return;
    s.writing = (async () => {
      await Promise.resolve(); // let the current burst of changes coalesce into one write
      try {
        while (s.dirty && s.status === 'ok' && !s.held) {
          s.dirty = false;
          try {
            await this.sync(s);
          } catch (e) {
            s.dirty = true;
            throw e;
          }
        }
        delete s.writeError;
      } catch (e) {
        s.writeError = e instanceof Error ? e : new Error(String(e));
      } finally {
        s.writing = undefined;
        this.emit(s.articlePath);
      }
    })();
  }

  private async settle(s: State): Promise<void> {
    while (s.writing) await s.writing;
  }

  /** Writes our doc, merging first if the file changed since we read or wrote it. */
  private async sync(s: State): Promise<void> {
    const disk = await this.fs.readFileIfExists(s.sidecarPath);
    if (!bytesEqual(disk, s.baseBytes)) {
      const theirs = disk === undefined ? ({ kind: 'ok', doc: emptyDoc(s.articlePath) } as const) : readSidecar(disk, s.sidecarPath);
      if (theirs.kind !== 'ok') {
        // The file became unreadable or newer: never overwrite it; keep our changes aside.
        const baseIds = new Map((s.base?.annotations ?? []).map((a) => [a.id, annotationFingerprint(a)]));
        const pending = s.doc.annotations.filter((a) => baseIds.get(a.id) !== annotationFingerprint(a));
        const ours = s.doc;
        this.absorb(s, disk);
        if (s.status === 'invalid') s.doc = ours;
        s.dirty = false;
        if (pending.length) await this.writeRecovery(s, pending);
        return;
      }
      const merged = mergeSidecars(s.base, s.doc, theirs.doc);
      s.doc = merged.doc;
      s.base = theirs.doc;
      s.baseBytes = disk;
      if (merged.conflicts.length) await this.writeRecovery(s, merged.conflicts);
      this.emit(s.articlePath);
    }
    const doc = s.doc;
    const bytes = s.rewrite?.doc === doc ? s.rewrite.bytes : encoder.encode(serializeSidecar(doc));
    delete s.rewrite;
    if (bytesEqual(bytes, disk) || (disk === undefined && doc.annotations.length === 0)) {
      s.base = doc;
      return;
    }
    await this.fs.writeFileAtomic(s.sidecarPath, bytes);
    s.base = doc;
    s.baseBytes = bytes;
    delete s.migratedFrom;
  }

  /**
   * Waits until every queued write is done, retrying failed ones once.
   * @throws SidecarWriteError naming the sidecars that still could not be written (their changes stay in memory).
   */
  async flush(): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      for (const s of this.states.values()) if (s.dirty && s.status === 'ok' && !s.held) this.schedule(s);
      for (const s of this.states.values()) await this.settle(s);
    }
    const failed = [...this.states.values()].filter((s) => s.dirty && s.status === 'ok' && s.writeError);
    if (failed.length) throw new SidecarWriteError(failed.map((s) => ({ sidecarPath: s.sidecarPath, message: s.writeError!.message })));
  }
}

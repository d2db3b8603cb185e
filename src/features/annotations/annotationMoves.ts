import * as vscode from 'vscode';
import { ContextKeys } from '../../constants';
import { anchorTarget, homeTarget, isRecoveryPath, isSidecarPath, movedPath, type SidecarLayout } from '../../core/annotations';
import { relativePath } from '../../host/articles';
import { exists, statOf } from '../../host/fileStat';
import type { VsCodeArticleWorkspace } from '../../host/articleWorkspace';
import { Disposable } from '../../host/lifecycle';
import type { AnnotationService, LostArticle } from './annotationService';

/** A sidecar move offered to the analyst after an article was renamed outside VS Code. */
export interface MoveOffer {
  /** The article that is gone, and the one that appeared with the same text (URI strings). */
  from: string;
  to: string;
  annotations: number;
}

/** What crosscheck.moveAnnotations returns. */
export type MoveAnnotationsResult = { ok: true; sidecar: string } | { ok: false; reason: 'cancelled' | 'none' | 'notFound' | 'exists' | 'failed'; message: string };

/** A rename under way: from onWillRenameFiles to onDidRenameFiles. */
interface PendingRename {
  /** Articles whose sidecar writes are held while the files move. */
  held: { folder: string; paths: string[] };
  /** Sidecars (and recovery files) that stayed where they were because the new path already has one. */
  kept: { sidecar: vscode.Uri; existing: vscode.Uri; recovery: boolean }[];
  /** A move to another workspace folder: what cannot follow it. */
  across?: { from: string; to: string; links: number };
  timer: ReturnType<typeof setTimeout>;
}

/** Held writes are let go after this long if VS Code never reports the rename as done (it failed). */
const HOLD_MS = 60_000;
/** A deleted article and a created one are paired as a rename when they happen this close together. */
const PAIR_MS = 120_000;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Sidecars move with their articles, the VS Code way:
 * - Renaming or moving an article (or a folder of them) in VS Code — the Explorer, a refactoring,
 *   another extension's WorkspaceEdit — moves its sidecar in the same operation
 *   (onWillRenameFiles + waitUntil with a WorkspaceEdit), so that one Undo takes both back. Where
 *   the new path already has a sidecar, nothing is overwritten: both files stay, and the analyst
 *   is told which is where.
 * - Once VS Code reports the move (onDidRenameFiles, also for undo and redo), the store follows
 *   the sidecars and rewrites the source fields that name the moved articles.
 * - Deleting an article never deletes its sidecar; the analyst is told where its annotations are.
 * - A rename outside VS Code (the file watcher sees a deletion and a creation) is recognised when
 *   the new article has exactly the old one's text and every annotation anchors exactly in it:
 *   Crosscheck then offers to move the sidecar, and does so only when asked (crosscheck.moveAnnotations).
 */
export class AnnotationMoves extends Disposable {
  private readonly pending = new Map<string, PendingRename>();
  private readonly deleting = new Map<string, { sidecars: { uri: vscode.Uri; annotations: number; goes: boolean }[] }>();
  /** Articles with annotations that disappeared, and articles that appeared, not yet paired. */
  private readonly lost = new Map<string, LostArticle & { at: number }>();
  private readonly appeared = new Map<string, { uri: vscode.Uri; at: number }>();
  /**
   * Paths VS Code renamed (both ends) or deleted lately: their fate is known — the sidecars were
   * moved with them, kept on purpose (Skip Changes, a sidecar already at the new path) or left
   * after a deletion — so they are never taken for the two halves of a rename outside VS Code.
   */
  private readonly handledHere: string[] = [];
  private pairing: Promise<void> = Promise.resolve();
  private readonly offers = new Map<string, MoveOffer>();
  private readonly offersChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeOffers = this.offersChanged.event;

  constructor(
    private readonly service: AnnotationService,
    private readonly workspace: VsCodeArticleWorkspace,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(vscode.workspace.onWillRenameFiles((e) => this.onWillRename(e)));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.onDidRename(e)));
    this.register(vscode.workspace.onWillDeleteFiles((e) => this.onWillDelete(e)));
    this.register(vscode.workspace.onDidDeleteFiles((e) => this.onDidDelete(e)));
    this.register(service.onDidLoseArticle((a) => this.onLost(a)));
    // The article workspace's watchers (every folder, added later too) tell what appeared and went.
    this.register(workspace.onDidCreateArticleFile((uri) => this.onAppeared(uri)));
    this.register(workspace.onDidChangeArticle((e) => e.origin === 'delete' && this.onDeleted(e.uri)));
    this.register({ dispose: () => this.pending.forEach((p) => clearTimeout(p.timer)) });
  }

  /** The moves offered and not yet done or dismissed. */
  moveOffers(): MoveOffer[] {
    return [...this.offers.values()];
  }

  // ---- renames in VS Code -------------------------------------------------------------------------

  /** Crosscheck's own files (sidecars, recovery files, the mirror folder) are moved by the edit below, never planned for. */
  private isOwnFile(path: string, layout: SidecarLayout): boolean {
    return isSidecarPath(path) || isRecoveryPath(path) || path === '.crosscheck' || path.startsWith('.crosscheck/') || (layout.kind === 'mirror' && (path === layout.folder || path.startsWith(`${layout.folder}/`)));
  }

  private onWillRename(e: vscode.FileWillRenameEvent): void {
    const files = e.files.filter(({ oldUri }) => {
      const loc = this.service.locate(oldUri);
      return loc && !this.isOwnFile(loc.path, loc.folder.layout);
    });
    if (files.length) e.waitUntil(this.planMoves(files));
  }

  /** The WorkspaceEdit that moves the sidecars of the articles being renamed (flushing and holding their writes first). */
  private async planMoves(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const { oldUri, newUri } of files) {
      try {
        await this.planMove(edit, oldUri, newUri);
      } catch (e) {
        this.log.error(`Annotations: could not prepare moving the annotations of ${relativePath(oldUri)}: ${(e as Error)?.message ?? String(e)}`);
      }
    }
    return edit;
  }

  private async planMove(edit: vscode.WorkspaceEdit, oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = this.service.locate(oldUri);
    const to = this.service.locate(newUri);
    const stat = await statOf(oldUri);
    if (!from || !to || !stat) return;
    const folder = (stat.type & vscode.FileType.Directory) !== 0;
    if (!folder && !this.workspace.isArticleUri(oldUri)) return;
    const f = from.folder;
    if (!folder) await f.store.load(from.path);
    this.release(oldUri); // (an earlier rename of the same path that never finished)
    const held = f.store.articlesAt(from.path);
    await f.store.hold(held);
    const rename: PendingRename = { held: { folder: f.key, paths: held }, kept: [], timer: setTimeout(() => this.release(oldUri), HOLD_MS) };
    this.pending.set(oldUri.toString(), rename);

    // Which files move: the article's sidecar and its recovery files; for a folder, nothing when its
    // sidecars are inside it (next to their articles), else its mirror folder (or, where the new
    // mirror folder exists already, each file that is not there yet).
    const moves: { from: vscode.Uri; to: vscode.Uri }[] = [];
    const across = f !== to.folder;
    if (across) {
      // Claims link places only within one workspace folder (paths relative to the article).
      const { leaving, entering } = f.store.linksAcross(from.path);
      rename.across = { from: f.folder.name, to: to.folder.folder.name, links: leaving.length + entering.length };
    }
    // (One layout for every folder: the setting is not per folder, so a mirror folder moves to a mirror folder.)
    if (!folder) {
      const sidecar = f.fs.uriOf(f.store.sidecarPathOf(from.path));
      const dest = to.folder.fs.uriOf(to.folder.store.sidecarPathOf(to.path));
      moves.push({ from: sidecar, to: dest });
      for (const suffix of await recoverySuffixes(sidecar)) moves.push({ from: withSuffix(sidecar, suffix), to: withSuffix(dest, suffix) });
    } else if (f.layout.kind === 'mirror' || to.folder.layout.kind === 'mirror') {
      const mirrorOf = (l: SidecarLayout, p: string) => (l.kind === 'mirror' ? `${l.folder}/${p}` : p);
      const src = f.fs.uriOf(mirrorOf(f.layout, from.path));
      const dst = to.folder.fs.uriOf(mirrorOf(to.folder.layout, to.path));
      if (f.layout.kind === 'mirror' && (await exists(src))) {
        if (!(await exists(dst))) moves.push({ from: src, to: dst });
        else for (const rel of await filesUnder(src)) moves.push({ from: vscode.Uri.joinPath(src, rel), to: vscode.Uri.joinPath(dst, rel) });
      }
    }
    for (const m of moves) {
      if (!(await exists(m.from))) continue;
      if (await exists(m.to)) {
        rename.kept.push({ sidecar: m.from, existing: m.to, recovery: isRecoveryPath(m.from.path) });
        continue;
      }
      edit.renameFile(m.from, m.to, { ignoreIfExists: true }, { label: `Move the annotations of ${relativePath(oldUri)} with it`, needsConfirmation: false });
    }
  }

  private release(oldUri: vscode.Uri): void {
    const p = this.pending.get(oldUri.toString());
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(oldUri.toString());
    const f = this.service.folderByKey(p.held.folder);
    f?.store.release(p.held.paths);
  }

  private onDidRename(e: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of e.files) {
      this.handled(oldUri, newUri);
      const rename = this.pending.get(oldUri.toString());
      void this.service.moved(oldUri, newUri).then(() => {
        // Whatever was held and did not move with it (Skip Changes, a sidecar kept) is written where it is.
        this.release(oldUri);
        if (rename?.kept.length) this.tellKept(oldUri, newUri, rename.kept);
        if (rename?.across && rename.held.paths.length) this.tellAcross(oldUri, newUri, rename.across);
      });
    }
  }

  /** An article (or folder) moved to another workspace folder: what could not follow it, if anything. */
  private tellAcross(oldUri: vscode.Uri, newUri: vscode.Uri, across: NonNullable<PendingRename['across']>): void {
    const moved = `${relativePath(oldUri)} was moved to ${relativePath(newUri)}, in the workspace folder “${across.to}”; its annotations moved with it`;
    if (!across.links) {
      this.log.info(`Annotations: ${moved}.`);
      return;
    }
    const msg = `${moved}, but ${plural(across.links, 'link')} between its claims and other articles of “${across.from}” cannot follow: claims link places only within one workspace folder, so ${across.links === 1 ? 'it now points' : 'they now point'} at a place that is not there (shown as not found).`;
    this.log.warn(`Annotations: ${msg}`);
    void vscode.window.showWarningMessage(msg);
  }

  private tellKept(oldUri: vscode.Uri, newUri: vscode.Uri, kept: PendingRename['kept']): void {
    const files = kept
      .map((k) =>
        k.recovery
          ? `${relativePath(k.sidecar)} — a recovery file of the renamed article, left where it was — and ${relativePath(k.existing)}, which was already there`
          : `${relativePath(k.sidecar)} — the renamed article’s annotations, now listed as orphans in Claims & Notes — and ${relativePath(k.existing)}, which was already there and whose annotations now belong to ${relativePath(newUri)}`,
      )
      .join('; ');
    const what = kept.every((k) => k.recovery) ? 'a recovery file of the same name' : 'an annotations file';
    const msg = `${relativePath(oldUri)} was renamed to ${relativePath(newUri)}, which already had ${what}: Crosscheck overwrote nothing and kept both: ${files}.`;
    this.log.warn(`Annotations: ${msg}`);
    void vscode.window.showWarningMessage(msg, 'Open Both Files').then(async (c) => {
      if (c !== 'Open Both Files') return;
      for (const k of kept) {
        await vscode.window.showTextDocument(k.sidecar, { preview: false });
        await vscode.window.showTextDocument(k.existing, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      }
    });
  }

  // ---- deletions in VS Code -----------------------------------------------------------------------

  private onWillDelete(e: vscode.FileWillDeleteEvent): void {
    for (const uri of e.files) {
      const loc = this.service.locate(uri);
      if (!loc || this.isOwnFile(loc.path, loc.folder.layout)) continue;
      const f = loc.folder;
      const sidecars = f.store
        .articlesAt(loc.path)
        .map((p) => ({ path: p, snap: f.store.get(p) }))
        .filter((x) => (x.snap?.annotations.length ?? 0) > 0)
        .map((x) => {
          const sidecar = f.store.sidecarPathOf(x.path);
          return { uri: f.fs.uriOf(sidecar), annotations: x.snap!.annotations.length, goes: movedPath(sidecar, loc.path, loc.path) !== undefined };
        });
      if (sidecars.length) this.deleting.set(uri.toString(), { sidecars });
    }
  }

  /** A deleted article's sidecar stays (Crosscheck never deletes one): say where its annotations are. */
  private onDidDelete(e: vscode.FileDeleteEvent): void {
    this.handled(...e.files);
    for (const uri of e.files) {
      const d = this.deleting.get(uri.toString());
      this.deleting.delete(uri.toString());
      if (!d) continue;
      const kept = d.sidecars.filter((s) => !s.goes);
      const gone = d.sidecars.filter((s) => s.goes);
      if (kept.length) {
        const n = kept.reduce((k, s) => k + s.annotations, 0);
        const msg = `${relativePath(uri)} was deleted; its ${plural(n, 'annotation')} ${n === 1 ? 'is' : 'are'} kept in ${kept.map((s) => relativePath(s.uri)).join(', ')} (listed as orphans in Claims & Notes, and attached again if the article comes back).`;
        this.log.info(`Annotations: ${msg}`);
        void vscode.window.showInformationMessage(msg, 'Open Annotations File').then((c) => c && vscode.window.showTextDocument(kept[0]!.uri));
      }
      if (gone.length) {
        const n = gone.reduce((k, s) => k + s.annotations, 0);
        const msg = `${relativePath(uri)} was deleted with the annotation files in it (${plural(n, 'annotation')} in ${plural(gone.length, 'file')}). Undo the deletion, or restore it from the trash, to get them back.`;
        this.log.warn(`Annotations: ${msg}`);
        void vscode.window.showWarningMessage(msg);
      }
    }
  }

  // ---- renames outside VS Code --------------------------------------------------------------------

  private handled(...uris: vscode.Uri[]): void {
    this.handledHere.push(...uris.map((u) => u.toString()));
    this.handledHere.splice(0, Math.max(0, this.handledHere.length - 200));
  }

  private handledInVsCode(key: string): boolean {
    return this.handledHere.some((h) => movedPath(key, h, h) !== undefined);
  }

  private onAppeared(uri: vscode.Uri): void {
    this.appeared.set(uri.toString(), { uri, at: Date.now() });
    void this.pair();
  }

  /**
   * Deleted while its document is open (the text stays in the editor) or before the index dropped
   * it; otherwise the service tells when the text it last read is gone (onDidLoseArticle).
   */
  private onDeleted(uri: vscode.Uri): void {
    const a = this.workspace.isArticleUri(uri) ? this.service.lostArticle(uri) : undefined;
    if (a) this.onLost(a);
  }

  private onLost(a: LostArticle): void {
    this.lost.set(a.uri.toString(), { ...a, at: Date.now() });
    void this.pair();
  }

  private pair(): Promise<void> {
    this.pairing = this.pairing.then(() => this.pairNow()).catch((e) => this.log.error(`Annotations: ${(e as Error)?.stack ?? String(e)}`));
    return this.pairing;
  }

  /** Pairs a lost article with one that appeared with exactly its text, and offers the move. */
  private async pairNow(): Promise<void> {
    const now = Date.now();
    for (const [k, x] of this.lost) if (now - x.at > PAIR_MS) this.lost.delete(k);
    for (const [k, x] of this.appeared) if (now - x.at > PAIR_MS) this.appeared.delete(k);
    for (const [lostKey, gone] of this.lost) {
      if (this.offers.has(lostKey) || this.handledInVsCode(lostKey)) continue;
      for (const [newKey, came] of this.appeared) {
        if (lostKey === newKey || this.handledInVsCode(newKey)) continue;
        const offer = await this.offerFor(gone, came.uri);
        if (!offer) continue;
        this.lost.delete(lostKey);
        this.appeared.delete(newKey);
        this.offer(offer);
        break;
      }
    }
  }

  /** The move of `gone`'s sidecar to the article at `uri`, when that is safe and certain. */
  private async offerFor(gone: LostArticle, uri: vscode.Uri): Promise<MoveOffer | undefined> {
    const to = this.service.locate(uri);
    const f = this.service.folderByKey(gone.folder);
    if (!to || !f || to.folder !== f) return undefined;
    const snap = f.store.get(gone.path);
    if (!snap || snap.status !== 'ok' || !snap.annotations.length) return undefined;
    if (await exists(gone.uri)) return undefined; // it came back
    if (!(await exists(uri))) return undefined; // gone again
    if (!(await exists(f.fs.uriOf(snap.sidecarPath)))) return undefined;
    if ((await f.store.load(to.path)).annotations.length || (await exists(f.fs.uriOf(f.store.sidecarPathOf(to.path))))) return undefined;
    const text = await this.service.readArticle(uri);
    if (text !== gone.text) return undefined;
    if (!snap.annotations.every((a) => anchorTarget(text, homeTarget(a)).status === 'exact')) return undefined;
    return { from: gone.uri.toString(), to: uri.toString(), annotations: snap.annotations.length };
  }

  private offer(o: MoveOffer): void {
    this.offers.set(o.from, o);
    this.offersChanged.fire();
    void vscode.commands.executeCommand('setContext', ContextKeys.annotationMoveOffered, true);
    const from = relativePath(vscode.Uri.parse(o.from));
    const to = relativePath(vscode.Uri.parse(o.to));
    const msg = `${from} seems to have been renamed to ${to} outside VS Code (the same text). Move its ${plural(o.annotations, 'annotation')} along to ${to}?`;
    this.log.info(`Annotations: ${msg}`);
    void vscode.window.showInformationMessage(msg, 'Move Annotations', 'Keep Them Where They Are').then((c) => {
      if (c === 'Move Annotations') void this.move(vscode.Uri.parse(o.from), vscode.Uri.parse(o.to));
      else if (c) this.dropOffer(o.from);
    });
  }

  private dropOffer(from: string): void {
    if (!this.offers.delete(from)) return;
    this.offersChanged.fire();
    void vscode.commands.executeCommand('setContext', ContextKeys.annotationMoveOffered, this.offers.size > 0);
  }

  /**
   * Moves the annotations of the article `from` (which may be gone) to the article `to`: its
   * sidecar is renamed with a WorkspaceEdit (so Undo takes it back), never over an existing one.
   * Without arguments, the analyst picks one of the moves offered.
   */
  async move(fromArg?: vscode.Uri, toArg?: vscode.Uri): Promise<MoveAnnotationsResult> {
    let from = fromArg;
    let to = toArg;
    if (!from || !to) {
      const offers = this.moveOffers();
      if (!offers.length) return { ok: false, reason: 'none', message: 'No renamed article is waiting for its annotations.' };
      const picked =
        offers.length === 1 && fromArg === undefined
          ? offers[0]
          : (
              await vscode.window.showQuickPick(
                offers.map((o) => ({ label: `${relativePath(vscode.Uri.parse(o.from))} → ${relativePath(vscode.Uri.parse(o.to))}`, description: plural(o.annotations, 'annotation'), o })),
                { title: 'Move Annotations to a Renamed Article' },
              )
            )?.o;
      if (!picked) return { ok: false, reason: 'cancelled', message: 'Cancelled.' };
      from = vscode.Uri.parse(picked.from);
      to = vscode.Uri.parse(picked.to);
    }
    const a = this.service.locate(from);
    const b = this.service.locate(to);
    if (!a || !b) return { ok: false, reason: 'notFound', message: 'Both articles must be in the workspace.' };
    const src = a.folder.fs.uriOf(a.folder.store.sidecarPathOf(a.path));
    const dst = b.folder.fs.uriOf(b.folder.store.sidecarPathOf(b.path));
    if (!(await exists(src))) return { ok: false, reason: 'notFound', message: `${relativePath(src)} does not exist.` };
    if (await exists(dst)) return { ok: false, reason: 'exists', message: `${relativePath(dst)} exists already; nothing was moved (Crosscheck never overwrites annotations).` };
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(src, dst, { ignoreIfExists: true }, { label: `Move the annotations of ${relativePath(from)} to ${relativePath(to)}`, needsConfirmation: false });
    const ok = await vscode.workspace.applyEdit(edit);
    if (!ok || !(await exists(dst))) return { ok: false, reason: 'failed', message: `Could not move ${relativePath(src)} to ${relativePath(dst)}.` };
    this.dropOffer(from.toString());
    this.log.info(`Annotations: moved ${relativePath(src)} to ${relativePath(dst)}.`);
    await this.service.settled();
    return { ok: true, sidecar: dst.toString() };
  }
}

/**
 * What follows the sidecar's name in the names of its recovery files (name.txt.annotations.json →
 * name.txt.annotations.recovered-20260501T093000Z.json: '.recovered-20260501T093000Z'), from a look
 * at the sidecar's folder.
 */
async function recoverySuffixes(sidecar: vscode.Uri): Promise<string[]> {
  const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
  const stem = name.replace(/\.json$/, '');
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(sidecar, '..'))).then(
    (e) => e,
    () => [] as [string, vscode.FileType][],
  );
  return entries
    .filter(([n, type]) => type === vscode.FileType.File && n.startsWith(`${stem}.recovered-`) && isRecoveryPath(n))
    .map(([n]) => n.slice(stem.length, -'.json'.length))
    .sort();
}

/** The sidecar's URI with `suffix` before its .json (one of its recovery files). */
function withSuffix(sidecar: vscode.Uri, suffix: string): vscode.Uri {
  return sidecar.with({ path: sidecar.path.replace(/\.json$/, `${suffix}.json`) });
}

/** Folder-relative paths of the files under a folder (recursively). */
async function filesUnder(root: vscode.Uri, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(prefix ? vscode.Uri.joinPath(root, prefix) : root)) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (type & vscode.FileType.Directory) out.push(...(await filesUnder(root, rel)));
    else out.push(rel);
  }
  return out;
}

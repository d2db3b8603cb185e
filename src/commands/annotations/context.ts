import * as vscode from 'vscode';
import { AnnotationsUnavailableError, type AnnotationContent, type TextSpan, type Verdict } from '../../core/annotations';
import type { AnnotationMoves } from '../../features/annotations/annotationMoves';
import type { AnnotationRef, AnnotationService } from '../../features/annotations/annotationService';
import { VERDICT_ICON } from '../../features/annotations/annotationHover';
import type { ClaimsModel } from '../../features/annotations/claimsModel';
import type { PassageCandidate } from '../../features/annotations/linkCandidates';
import type { IndexService } from '../../features/indexing/indexService';
import { isArticleDocument, relativePath } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { quoteWords } from './quoteWords';

/** What the annotation commands return (so that tests and other extensions can drive them without UI). */
export type AnnotationCommandResult =
  | { ok: true; ref: AnnotationRef; created?: boolean; candidates?: (PassageCandidate & { uri: string })[] }
  | { ok: false; reason: 'cancelled' | 'noSelection' | 'notAnArticle' | 'notFound' | 'invalid' | 'readOnly' | 'failed'; message: string; recoveryFile?: string };

/** Arguments of crosscheck.tagClaim and crosscheck.addNote; every field is optional. */
export interface AnnotateArgs {
  tag?: string;
  tags?: string[];
  verdict?: Verdict | '' | null;
  note?: string;
  /** The article (URI or URI string) and the span; default: the active editor's selection. */
  uri?: string | vscode.Uri;
  start?: number;
  end?: number;
  /** When the article's sidecar cannot be changed: keep the new annotation in a recovery file without asking. */
  recovery?: boolean;
}

export interface AnnotationCommandDeps {
  service: AnnotationService;
  model: ClaimsModel;
  moves: AnnotationMoves;
  index: IndexService;
  config: Configuration;
  log: vscode.LogOutputChannel;
  /** How the pickers name an article (its outlet, else its path); its path when not given. */
  articleName?: (key: string) => string;
  workspaceState?: vscode.Memento;
  globalState?: vscode.Memento;
}

export type Failure = Extract<AnnotationCommandResult, { ok: false }>;
export const fail = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });
export const cancelled = (): Failure => fail('cancelled', 'cancelled');

export function toUri(u: string | vscode.Uri): vscode.Uri {
  return typeof u === 'string' ? vscode.Uri.parse(u) : u;
}

const CUSTOM_TAGS = 'crosscheck.customTags';
const MAX_REMEMBERED = 50;

/**
 * What every annotation command shares: which annotation or span a command is about (from its
 * argument — a tree node, a hover link, a test's object — else the cursor, else a pick), the tags
 * the analyst has used, the one way to create an annotation (with the recovery-file fallback), and
 * the error handling around a command. One per extension; each command's file registers against it.
 */
export class AnnotationCommandContext {
  readonly service: AnnotationService;
  readonly model: ClaimsModel;
  readonly moves: AnnotationMoves;
  readonly index: IndexService;
  readonly config: Configuration;
  readonly log: vscode.LogOutputChannel;

  constructor(private readonly deps: AnnotationCommandDeps) {
    ({ service: this.service, model: this.model, moves: this.moves, index: this.index, config: this.config, log: this.log } = deps);
  }

  /** How the pickers name an article: its outlet where it has one, else its path in the workspace. */
  articleName(key: string): string {
    if (this.deps.articleName) return this.deps.articleName(key);
    const uri = this.index.uriOf(key);
    return uri ? relativePath(uri) : key;
  }

  // ---- what a command is about --------------------------------------------------------------------

  /** An annotation named by a tree node, a hover link or a test ({ folder, home, id } or { uri, id }). */
  refFromArg(arg: unknown): AnnotationRef | undefined {
    if (!arg || typeof arg !== 'object') return undefined;
    const a = arg as Record<string, unknown>;
    if ((a.kind === 'claim' || a.kind === 'appearance') && a.item && typeof a.item === 'object') return this.refFromArg((a.item as { ref?: unknown }).ref);
    if (a.ref) return this.refFromArg(a.ref);
    if (typeof a.folder === 'string' && typeof a.home === 'string' && typeof a.id === 'string') return { folder: a.folder, home: a.home, id: a.id };
    if (typeof a.id === 'string' && (typeof a.uri === 'string' || a.uri instanceof vscode.Uri)) {
      const loc = this.service.locate(toUri(a.uri));
      return loc ? { folder: loc.folder.key, home: loc.path, id: a.id } : undefined;
    }
    return undefined;
  }

  /** The annotation under the cursor of the active editor. */
  refAtCursor(): AnnotationRef | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const doc = editor.document;
    return this.service.places.placesAt(doc.uri, doc.offsetAt(editor.selection.active), true)[0]?.ref;
  }

  /** The annotation to act on: from the argument, else under the cursor, else picked from the active article's. */
  async pickRef(arg: unknown, title: string, filter: (ref: AnnotationRef) => boolean = () => true): Promise<AnnotationRef | undefined> {
    const given = this.refFromArg(arg);
    if (given) return given;
    const here = this.refAtCursor();
    if (here && filter(here)) return here;
    const claims = [...this.model.snapshot().claims, ...this.model.snapshot().orphans].filter((c) => filter(c.ref));
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const items = claims
      .sort((a, b) => (a.uri.toString() === active ? 0 : 1) - (b.uri.toString() === active ? 0 : 1))
      .map((c) => ({
        label: `${c.verdict ? `$(${VERDICT_ICON[c.verdict]}) ` : '$(tag) '}${quoteWords(c.quote, 70)}`,
        description: [c.path, c.status === 'orphan' ? 'orphaned' : '', c.tags.join(', ')].filter(Boolean).join(' · '),
        ref: c.ref,
      }));
    if (!items.length) {
      void vscode.window.showInformationMessage('Crosscheck: no annotations yet. Select a claim in an article and tag it (Crosscheck: Tag Claim…).');
      return undefined;
    }
    return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Which annotation?', matchOnDescription: true }))?.ref;
  }

  /** The article and span to annotate: from the arguments, else the active editor's selection. */
  async targetFromArgs(args: AnnotateArgs): Promise<{ doc: vscode.TextDocument; span: TextSpan } | Failure> {
    let doc: vscode.TextDocument;
    let span: TextSpan;
    if (args.uri !== undefined) {
      doc = await vscode.workspace.openTextDocument(toUri(args.uri));
      const start = args.start ?? 0;
      span = { start, end: args.end ?? start };
    } else {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return fail('noSelection', 'Open an article and select the words of the claim first.');
      doc = editor.document;
      span = { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
    }
    if (!isArticleDocument(doc, this.config.value) || !this.service.locate(doc.uri)) return fail('notAnArticle', `${relativePath(doc.uri)} is not an article Crosscheck reads (see crosscheck.articles.include).`);
    // Leave out the blanks around a selection.
    const text = doc.getText();
    while (span.start < span.end && /\s/.test(text[span.start]!)) span.start++;
    while (span.end > span.start && /\s/.test(text[span.end - 1]!)) span.end--;
    if (span.end <= span.start) return fail('noSelection', 'Select the words of the claim first.');
    return { doc, span };
  }

  // ---- tags ---------------------------------------------------------------------------------------

  /** Tags the analyst typed before (this workspace's, then every workspace's) and those in use. */
  rememberedTags(): string[] {
    const mine = [...(this.deps.workspaceState?.get<string[]>(CUSTOM_TAGS) ?? []), ...(this.deps.globalState?.get<string[]>(CUSTOM_TAGS) ?? [])];
    return [...new Set([...mine, ...this.service.tagsInUse()])];
  }

  async rememberTags(tags: readonly string[]): Promise<void> {
    if (!tags.length) return;
    for (const m of [this.deps.workspaceState, this.deps.globalState]) {
      if (!m) continue;
      const next = [...new Set([...tags, ...(m.get<string[]>(CUSTOM_TAGS) ?? [])])].slice(0, MAX_REMEMBERED);
      await m.update(CUSTOM_TAGS, next);
    }
  }

  // ---- doing it -----------------------------------------------------------------------------------

  /** Creates an annotation; when its sidecar cannot be changed, offers (or with `recovery`, uses) a recovery file. */
  async annotate(doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent, recovery: boolean | undefined): Promise<AnnotationCommandResult> {
    const { service, log } = this;
    try {
      const r = await service.editing.annotate(doc, span, content);
      await this.rememberTags(content.tags ?? []);
      return { ok: true, ref: r.ref, created: r.created };
    } catch (e) {
      if (!(e instanceof AnnotationsUnavailableError)) {
        log.error(`Annotations: ${(e as Error)?.stack ?? String(e)}`);
        void vscode.window.showErrorMessage(`Crosscheck could not annotate: ${(e as Error)?.message ?? String(e)}`);
        return fail('failed', (e as Error)?.message ?? String(e));
      }
      log.warn(`Annotations: refused: ${e.message}`);
      const sidecar = service.sidecarUriOf({ folder: service.locate(doc.uri)!.folder.key, home: e.articlePath });
      const keep = async (): Promise<vscode.Uri> => service.editing.keepInRecoveryFile(doc, span, content);
      if (recovery) {
        const uri = await keep();
        return { ok: false, reason: e.reason, message: e.message, recoveryFile: uri.toString() };
      }
      const actions = e.reason === 'invalid' ? ['Keep in Recovery File', 'Open Sidecar'] : ['Keep in Recovery File'];
      void vscode.window.showErrorMessage(`${e.message}.`, ...actions).then(async (choice) => {
        if (choice === 'Open Sidecar' && sidecar) await vscode.window.showTextDocument(sidecar);
        if (choice === 'Keep in Recovery File') {
          const uri = await keep();
          const open = await vscode.window.showInformationMessage(`Crosscheck kept the annotation in ${relativePath(uri)}. Merge it into the sidecar once that is fixed.`, 'Open');
          if (open) await vscode.window.showTextDocument(uri);
        }
      });
      return { ok: false, reason: e.reason, message: e.message };
    }
  }

  /** Runs a command's job: an error is logged and shown, and returned as a failure, never thrown. */
  async guard(what: string, job: () => Promise<AnnotationCommandResult>): Promise<AnnotationCommandResult> {
    try {
      return await job();
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      if (e instanceof AnnotationsUnavailableError) {
        void vscode.window.showErrorMessage(`${message}.`);
        return fail(e.reason, message);
      }
      this.log.error(`Annotations: ${what}: ${(e as Error)?.stack ?? message}`);
      void vscode.window.showErrorMessage(`Crosscheck could not ${what}: ${message}`);
      return fail('failed', message);
    }
  }

  /** A message saying what was done, with an Undo button that takes back `entry`. */
  undoLater(label: string, entry: Parameters<AnnotationService['editing']['undo']>[0]): void {
    void vscode.window.showInformationMessage(`Crosscheck: ${label}.`, 'Undo').then(async (c) => {
      if (c) await this.service.editing.undo(entry);
    });
  }
}

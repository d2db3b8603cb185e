import * as vscode from 'vscode';
import { Commands } from '../constants';
import { AnnotationsUnavailableError, claimTextOf, isVerdict, noteOf, tagsOf, VERDICTS, verdictOf, type AnnotationContent, type TextSpan, type Verdict } from '../core/annotations';
import type { AnnotationMoves } from '../features/annotations/annotationMoves';
import type { AnnotationRef, AnnotationService } from '../features/annotations/annotationService';
import { VERDICT_ICON, VERDICT_LABEL } from '../features/annotations/annotationHover';
import type { ClaimsModel } from '../features/annotations/claimsModel';
import { findPassages, type PassageCandidate } from '../features/annotations/linkCandidates';
import { oneLine, rangeIn, truncate } from '../features/annotations/text';
import type { IndexService } from '../features/indexing/indexService';
import { articleKey, isArticleDocument, relativePath } from '../host/articles';
import type { Configuration } from '../host/configuration';

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

const CUSTOM_TAGS = 'crosscheck.customTags';
const MAX_REMEMBERED = 50;

export interface AnnotationCommandDeps {
  service: AnnotationService;
  model: ClaimsModel;
  moves: AnnotationMoves;
  index: IndexService;
  config: Configuration;
  log: vscode.LogOutputChannel;
  workspaceState?: vscode.Memento;
  globalState?: vscode.Memento;
}

type Failure = Extract<AnnotationCommandResult, { ok: false }>;
const fail = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });

function toUri(u: string | vscode.Uri): vscode.Uri {
  return typeof u === 'string' ? vscode.Uri.parse(u) : u;
}

export function registerAnnotationCommands(deps: AnnotationCommandDeps): vscode.Disposable[] {
  const { service, model, moves, index, config, log } = deps;

  // ---- what a command is about --------------------------------------------------------------------

  /** An annotation named by a tree node, a hover link or a test ({ folder, home, id } or { uri, id }). */
  const refFromArg = (arg: unknown): AnnotationRef | undefined => {
    if (!arg || typeof arg !== 'object') return undefined;
    const a = arg as Record<string, unknown>;
    if ((a.kind === 'claim' || a.kind === 'appearance') && a.item && typeof a.item === 'object') return refFromArg((a.item as { ref?: unknown }).ref);
    if (a.ref) return refFromArg(a.ref);
    if (typeof a.folder === 'string' && typeof a.home === 'string' && typeof a.id === 'string') return { folder: a.folder, home: a.home, id: a.id };
    if (typeof a.id === 'string' && (typeof a.uri === 'string' || a.uri instanceof vscode.Uri)) {
      const loc = service.locate(toUri(a.uri));
      return loc ? { folder: loc.folder.key, home: loc.path, id: a.id } : undefined;
    }
    return undefined;
  };

  /** The annotation under the cursor of the active editor. */
  const refAtCursor = (): AnnotationRef | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const doc = editor.document;
    return service.placesAt(doc.uri, doc.offsetAt(editor.selection.active), true)[0]?.ref;
  };

  /** The annotation to act on: from the argument, else under the cursor, else picked from the active article's. */
  const pickRef = async (arg: unknown, title: string, filter: (ref: AnnotationRef) => boolean = () => true): Promise<AnnotationRef | undefined> => {
    const given = refFromArg(arg);
    if (given) return given;
    const here = refAtCursor();
    if (here && filter(here)) return here;
    const claims = [...model.snapshot().claims, ...model.snapshot().orphans].filter((c) => filter(c.ref));
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const items = claims
      .sort((a, b) => (a.uri.toString() === active ? 0 : 1) - (b.uri.toString() === active ? 0 : 1))
      .map((c) => ({
        label: `${c.verdict ? `$(${VERDICT_ICON[c.verdict]}) ` : '$(tag) '}“${truncate(oneLine(c.quote), 70)}”`,
        description: [c.path, c.status === 'orphan' ? 'orphaned' : '', c.tags.join(', ')].filter(Boolean).join(' · '),
        ref: c.ref,
      }));
    if (!items.length) {
      void vscode.window.showInformationMessage('Crosscheck: no annotations yet. Select a claim in an article and tag it (Crosscheck: Tag Claim…).');
      return undefined;
    }
    return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Which annotation?', matchOnDescription: true }))?.ref;
  };

  /** The article and span to annotate: from the arguments, else the active editor's selection. */
  const targetFromArgs = async (args: AnnotateArgs): Promise<{ doc: vscode.TextDocument; span: TextSpan } | Failure> => {
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
    if (!isArticleDocument(doc, config.value) || !service.locate(doc.uri)) return fail('notAnArticle', `${relativePath(doc.uri)} is not an article Crosscheck reads (see crosscheck.articles.include).`);
    // Leave out the blanks around a selection.
    const text = doc.getText();
    while (span.start < span.end && /\s/.test(text[span.start]!)) span.start++;
    while (span.end > span.start && /\s/.test(text[span.end - 1]!)) span.end--;
    if (span.end <= span.start) return fail('noSelection', 'Select the words of the claim first.');
    return { doc, span };
  };

  // ---- tags ---------------------------------------------------------------------------------------

  const rememberedTags = (): string[] => {
    const mine = [...(deps.workspaceState?.get<string[]>(CUSTOM_TAGS) ?? []), ...(deps.globalState?.get<string[]>(CUSTOM_TAGS) ?? [])];
    return [...new Set([...mine, ...service.tagsInUse()])];
  };

  const rememberTags = async (tags: readonly string[]): Promise<void> => {
    if (!tags.length) return;
    for (const m of [deps.workspaceState, deps.globalState]) {
      if (!m) continue;
      const next = [...new Set([...tags, ...(m.get<string[]>(CUSTOM_TAGS) ?? [])])].slice(0, MAX_REMEMBERED);
      await m.update(CUSTOM_TAGS, next);
    }
  };

  interface TagPick extends vscode.QuickPickItem {
    verdict?: Verdict;
    tag?: string;
  }

  /** The quick pick of verdicts and tags (several tags, one verdict). Undefined when cancelled. */
  const pickTags = (title: string, current: { tags: string[]; verdict: Verdict | undefined }): Promise<{ tags: string[]; verdict: Verdict | undefined } | undefined> =>
    new Promise((resolve) => {
      const qp = vscode.window.createQuickPick<TagPick>();
      qp.title = title;
      qp.placeholder = 'Pick a verdict and tags, or type a new tag';
      qp.canSelectMany = true;
      qp.matchOnDescription = true;
      const verdictItems: TagPick[] = VERDICTS.map((v) => ({ label: `$(${VERDICT_ICON[v]}) ${VERDICT_LABEL[v]}`, description: 'verdict', verdict: v }));
      const tagItems = (): TagPick[] => [...new Set([...current.tags, ...rememberedTags()])].map((t) => ({ label: t, description: 'tag', tag: t }));
      let extra: TagPick[] = [];
      const build = () => [
        { label: 'Verdict', kind: vscode.QuickPickItemKind.Separator } as TagPick,
        ...verdictItems,
        { label: 'Tags', kind: vscode.QuickPickItemKind.Separator } as TagPick,
        ...extra,
        ...tagItems(),
      ];
      qp.items = build();
      qp.selectedItems = qp.items.filter((i) => (i.verdict && i.verdict === current.verdict) || (i.tag && current.tags.includes(i.tag)));
      qp.onDidChangeValue((value) => {
        const v = value.trim();
        const selected = qp.selectedItems;
        const known = qp.items.some((i) => i.tag === v || i.label === v);
        const keep = extra.filter((e) => selected.includes(e));
        extra = v && !known ? [{ label: v, description: 'new tag', tag: v, alwaysShow: true }, ...keep] : keep;
        qp.items = build();
        qp.selectedItems = qp.items.filter((i) => selected.some((s) => (s.tag && s.tag === i.tag) || (s.verdict && s.verdict === i.verdict)));
      });
      let done = false;
      qp.onDidAccept(() => {
        done = true;
        // Enter with nothing checked takes the highlighted row (a new tag just typed, say).
        const picked = qp.selectedItems.length ? qp.selectedItems : qp.activeItems.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
        const verdicts = picked.filter((p) => p.verdict).map((p) => p.verdict!);
        qp.hide();
        if (verdicts.length > 1) void vscode.window.showInformationMessage(`Crosscheck: one verdict per claim — kept “${VERDICT_LABEL[verdicts[0]!]}”.`);
        resolve({ tags: picked.filter((p) => p.tag).map((p) => p.tag!), verdict: verdicts[0] });
      });
      qp.onDidHide(() => {
        qp.dispose();
        if (!done) resolve(undefined);
      });
      qp.show();
    });

  const askNote = async (title: string, value = ''): Promise<string | undefined> =>
    vscode.window.showInputBox({
      title,
      value,
      prompt: 'A note on this claim, in Markdown (edit it later in its comment thread or with Crosscheck: Edit Note…)',
      placeHolder: 'Why it is disputed, who says otherwise, sources…',
      ignoreFocusOut: true,
    });

  // ---- annotate -----------------------------------------------------------------------------------

  const annotate = async (doc: vscode.TextDocument, span: TextSpan, content: AnnotationContent, recovery: boolean | undefined): Promise<AnnotationCommandResult> => {
    try {
      const r = await service.annotate(doc, span, content);
      await rememberTags(content.tags ?? []);
      return { ok: true, ref: r.ref, created: r.created };
    } catch (e) {
      if (!(e instanceof AnnotationsUnavailableError)) {
        log.error(`Annotations: ${(e as Error)?.stack ?? String(e)}`);
        void vscode.window.showErrorMessage(`Crosscheck could not annotate: ${(e as Error)?.message ?? String(e)}`);
        return fail('failed', (e as Error)?.message ?? String(e));
      }
      log.warn(`Annotations: refused: ${e.message}`);
      const sidecar = service.sidecarUriOf({ folder: service.locate(doc.uri)!.folder.key, home: e.articlePath });
      const keep = async (): Promise<vscode.Uri> => service.keepInRecoveryFile(doc, span, content);
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
  };

  const guard = async (what: string, job: () => Promise<AnnotationCommandResult>): Promise<AnnotationCommandResult> => {
    try {
      return await job();
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      if (e instanceof AnnotationsUnavailableError) {
        void vscode.window.showErrorMessage(`${message}.`);
        return fail(e.reason, message);
      }
      log.error(`Annotations: ${what}: ${(e as Error)?.stack ?? message}`);
      void vscode.window.showErrorMessage(`Crosscheck could not ${what}: ${message}`);
      return fail('failed', message);
    }
  };

  const editTags = async (ref: AnnotationRef, args: AnnotateArgs = {}): Promise<AnnotationCommandResult> => {
    const a = service.annotation(ref);
    if (!a) return fail('notFound', 'That annotation is gone.');
    let content: { tags: string[]; verdict: Verdict | undefined } | undefined;
    if (args.tag !== undefined || args.tags !== undefined || args.verdict !== undefined) {
      content = { tags: args.tags ?? (args.tag !== undefined ? [...tagsOf(a), args.tag] : tagsOf(a)), verdict: args.verdict === undefined ? verdictOf(a) : isVerdict(args.verdict) ? args.verdict : undefined };
    } else {
      content = await pickTags('Tags & Verdict', { tags: tagsOf(a), verdict: verdictOf(a) });
    }
    if (!content) return fail('cancelled', 'cancelled');
    await service.update(ref, { tags: content.tags, verdict: content.verdict });
    await rememberTags(content.tags);
    return { ok: true, ref };
  };

  const editNote = async (ref: AnnotationRef, note: string | undefined): Promise<AnnotationCommandResult> => {
    const a = service.annotation(ref);
    if (!a) return fail('notFound', 'That annotation is gone.');
    const next = note ?? (await askNote('Edit Note', noteOf(a)));
    if (next === undefined) return fail('cancelled', 'cancelled');
    await service.update(ref, { note: next });
    return { ok: true, ref };
  };

  const undoLater = (label: string, entry: Parameters<AnnotationService['undo']>[0]) => {
    void vscode.window.showInformationMessage(`Crosscheck: ${label}.`, 'Undo').then(async (c) => {
      if (c) await service.undo(entry);
    });
  };

  return [
    vscode.commands.registerCommand(Commands.tagClaim, (arg?: unknown) =>
      guard('tag the claim', async () => {
        const args = (arg && typeof arg === 'object' && !refFromArg(arg) ? arg : {}) as AnnotateArgs;
        const existing = refFromArg(arg);
        if (existing) return editTags(existing, {});
        const target = await targetFromArgs(args);
        if ('ok' in target) {
          // Nothing selected, but the cursor is on an annotation: change its tags.
          const here = args.uri === undefined ? refAtCursor() : undefined;
          if (here && target.reason === 'noSelection') return editTags(here, args);
          if (target.reason === 'noSelection') void vscode.window.showInformationMessage(`Crosscheck: ${target.message}`);
          else void vscode.window.showWarningMessage(`Crosscheck: ${target.message}`);
          return target;
        }
        let content: AnnotationContent;
        const given = args.tag !== undefined || args.tags !== undefined || args.verdict !== undefined || args.note !== undefined;
        if (given) {
          content = { tags: [...(args.tags ?? []), ...(args.tag !== undefined ? [args.tag] : [])] };
          if (isVerdict(args.verdict)) content.verdict = args.verdict;
          if (args.note !== undefined) content.note = args.note;
        } else {
          const picked = await pickTags(`Tag “${truncate(oneLine(target.doc.getText(rangeIn(target.doc.getText(), target.span))), 50)}”`, { tags: [], verdict: undefined });
          if (!picked || (!picked.tags.length && !picked.verdict)) return fail('cancelled', 'cancelled');
          content = { tags: picked.tags };
          if (picked.verdict) content.verdict = picked.verdict;
        }
        return annotate(target.doc, target.span, content, args.recovery);
      }),
    ),

    vscode.commands.registerCommand(Commands.addNote, (arg?: unknown) =>
      guard('add the note', async () => {
        const existing = refFromArg(arg);
        if (existing) return editNote(existing, typeof (arg as AnnotateArgs).note === 'string' ? (arg as AnnotateArgs).note : undefined);
        const args: AnnotateArgs = typeof arg === 'string' ? { note: arg } : ((arg ?? {}) as AnnotateArgs);
        const target = await targetFromArgs(args);
        if ('ok' in target) {
          const here = args.uri === undefined ? refAtCursor() : undefined;
          if (here && target.reason === 'noSelection') return editNote(here, args.note);
          void vscode.window.showInformationMessage(`Crosscheck: ${target.message}`);
          return target;
        }
        const note = args.note ?? (await askNote('Add Note'));
        if (note === undefined || note === '') return fail('cancelled', 'cancelled');
        const content: AnnotationContent = { note };
        if (args.tags || args.tag) content.tags = [...(args.tags ?? []), ...(args.tag ? [args.tag] : [])];
        if (isVerdict(args.verdict)) content.verdict = args.verdict;
        return annotate(target.doc, target.span, content, args.recovery);
      }),
    ),

    vscode.commands.registerCommand(Commands.editNote, (arg?: unknown, note?: string) =>
      guard('edit the note', async () => {
        const ref = await pickRef(arg, 'Edit Note');
        if (!ref) return fail('cancelled', 'cancelled');
        const given = typeof note === 'string' ? note : typeof (arg as AnnotateArgs | undefined)?.note === 'string' ? (arg as AnnotateArgs).note : undefined;
        return editNote(ref, given);
      }),
    ),

    vscode.commands.registerCommand(Commands.editTags, (arg?: unknown) =>
      guard('change the tags', async () => {
        const ref = await pickRef(arg, 'Tags & Verdict');
        if (!ref) return fail('cancelled', 'cancelled');
        return editTags(ref, (arg && typeof arg === 'object' ? arg : {}) as AnnotateArgs);
      }),
    ),

    vscode.commands.registerCommand(Commands.removeAnnotation, (arg?: unknown) =>
      guard('remove the annotation', async () => {
        const ref = await pickRef(arg, 'Remove Annotation');
        if (!ref) return fail('cancelled', 'cancelled');
        const a = service.annotation(ref);
        if (!a) return fail('notFound', 'That annotation is gone.');
        const entry = await service.remove(ref);
        undoLater(`removed the annotation on “${truncate(oneLine(model.snapshot().claims.find((c) => c.ref.id === ref.id)?.quote ?? entry.label), 40)}”`, entry);
        return { ok: true, ref };
      }),
    ),

    vscode.commands.registerCommand(Commands.undoAnnotationChange, async () => {
      try {
        const label = await service.undo();
        if (label) vscode.window.setStatusBarMessage(`Crosscheck: undid ${label}`, 4000);
        else void vscode.window.showInformationMessage('Crosscheck: no annotation change to undo.');
        return label;
      } catch (e) {
        log.error(`Annotations: undo: ${(e as Error)?.stack ?? String(e)}`);
        void vscode.window.showErrorMessage(`Crosscheck could not undo: ${(e as Error)?.message ?? String(e)}`);
        return undefined;
      }
    }),

    vscode.commands.registerCommand(Commands.reattachAnnotation, (arg?: unknown) =>
      guard('re-attach the annotation', async () => {
        const editor = vscode.window.activeTextEditor;
        const selection = editor && !editor.selection.isEmpty ? editor.selection : undefined;
        const fromArgs = arg as { selection?: { uri: string | vscode.Uri; start: number; end: number } } | undefined;
        let doc = editor?.document;
        let span = selection && doc ? { start: doc.offsetAt(selection.start), end: doc.offsetAt(selection.end) } : undefined;
        if (fromArgs?.selection) {
          doc = await vscode.workspace.openTextDocument(toUri(fromArgs.selection.uri));
          span = { start: fromArgs.selection.start, end: fromArgs.selection.end };
        }
        const home = doc && service.locate(doc.uri);
        const orphanHere = (r: AnnotationRef) => service.homePlaceOf(r)?.status === 'orphan' && (!home || (r.home === home.path && r.folder === home.folder.key));
        const ref = refFromArg(arg) ?? (await pickRef(undefined, 'Re-attach to Selection', orphanHere));
        if (!ref) return fail('cancelled', 'cancelled');
        if (!doc || !span || span.end <= span.start) {
          const msg = `Select the words of the claim in ${ref.home} first, then re-attach.`;
          void vscode.window.showInformationMessage(`Crosscheck: ${msg}`);
          return fail('noSelection', msg);
        }
        await service.reattach(ref, doc, span);
        return { ok: true, ref };
      }),
    ),

    vscode.commands.registerCommand(Commands.linkClaim, (arg?: unknown) =>
      guard('link the claim', async () => {
        const ref = await pickRef(arg, 'Link Claim to Other Articles');
        if (!ref) return fail('cancelled', 'cancelled');
        const homeUri = service.uriOf(ref);
        const place = service.homePlaceOf(ref);
        const a = service.annotation(ref);
        if (!homeUri || !a) return fail('notFound', 'That annotation is gone.');
        const given = (arg as { targets?: { uri: string | vscode.Uri; start: number; end: number }[] } | undefined)?.targets;
        let targets: { uri: vscode.Uri; span: TextSpan }[];
        if (given) {
          targets = given.map((t) => ({ uri: toUri(t.uri), span: { start: t.start, end: t.end } }));
        } else {
          const text = service.textOf(homeUri);
          const attached = !!place && place.status !== 'orphan' && text !== undefined;
          const words = attached ? text!.slice(place!.start, place!.end) : claimTextOf(a);
          const span = attached ? { start: place!.start, end: place!.end } : undefined;
          const found = findPassages(index, articleKey(homeUri), words, span);
          if ((arg as { candidatesOnly?: boolean } | undefined)?.candidatesOnly) return { ok: true, ref, candidates: found.map((c) => ({ ...c, uri: (index.uriOf(c.key) ?? vscode.Uri.parse(c.key)).toString() })) };
          if (!found.length) {
            void vscode.window.showInformationMessage('Crosscheck found no passage like this claim in the other articles.');
            return fail('notFound', 'no candidates');
          }
          const picks = await vscode.window.showQuickPick(
            found.map((c) => ({
              label: `“${truncate(oneLine(c.text), 90)}”`,
              description: `${index.uriOf(c.key) ? relativePath(index.uriOf(c.key)!) : c.key} · ${c.how}`,
              candidate: c,
            })),
            { title: `Where else is “${truncate(oneLine(words), 40)}” reported?`, canPickMany: true, matchOnDescription: true },
          );
          if (!picks?.length) return fail('cancelled', 'cancelled');
          targets = picks.map((p) => ({ uri: index.uriOf(p.candidate.key) ?? vscode.Uri.parse(p.candidate.key), span: { start: p.candidate.start, end: p.candidate.end } }));
        }
        const n = await service.link(ref, targets);
        if (!given) vscode.window.setStatusBarMessage(`Crosscheck: linked the claim to ${n} passage${n === 1 ? '' : 's'}`, 4000);
        return { ok: true, ref };
      }),
    ),

    vscode.commands.registerCommand(Commands.openAnnotation, async (arg?: unknown, index_ = 0) => {
      const ref = refFromArg(arg);
      if (!ref) return;
      const at = service.placesOf(ref).find((p) => p.place.index === index_) ?? service.placesOf(ref)[0];
      const uri = at?.uri ?? service.uriOf(ref);
      if (!uri) return;
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        if (at && at.place.status !== 'orphan') {
          const range = new vscode.Range(doc.positionAt(at.place.start), doc.positionAt(at.place.end));
          await vscode.window.showTextDocument(doc, { selection: range, preview: true });
          vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } else {
          await vscode.window.showTextDocument(doc, { preview: true });
          const quote = model.snapshot().orphans.find((o) => o.ref.id === ref.id)?.quote ?? '';
          void vscode.window.showWarningMessage(
            `Crosscheck could not find the annotated words in ${relativePath(uri)}: “${truncate(oneLine(quote), 80)}”. Select where they are now and use Re-attach to Selection.`,
          );
        }
      } catch (e) {
        void vscode.window.showErrorMessage(`Crosscheck could not open ${relativePath(uri)}: ${(e as Error)?.message ?? String(e)}`);
      }
    }),

    vscode.commands.registerCommand(Commands.reloadAnnotations, async () => {
      await service.restart();
      await service.settled();
    }),

    vscode.commands.registerCommand(Commands.openSidecar, async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      const loc = uri && service.locate(uri);
      if (!loc) return;
      const sidecar = service.sidecarUriOf({ folder: loc.folder.key, home: loc.path });
      try {
        if (sidecar) await vscode.window.showTextDocument(sidecar);
      } catch {
        void vscode.window.showInformationMessage(`Crosscheck: ${loc.path} has no annotations yet (its sidecar would be ${relativePath(sidecar!)}).`);
      }
    }),

    // { from, to } (article URIs or URI strings): move from's sidecar to to's place; none: pick one of the moves offered.
    vscode.commands.registerCommand(Commands.moveAnnotations, async (arg?: { from?: string | vscode.Uri; to?: string | vscode.Uri }) => {
      const r = await moves.move(arg?.from === undefined ? undefined : toUri(arg.from), arg?.to === undefined ? undefined : toUri(arg.to));
      if (!r.ok && r.reason !== 'cancelled' && arg?.from === undefined) void vscode.window.showInformationMessage(`Crosscheck: ${r.message}`);
      else if (!r.ok && r.reason !== 'cancelled') log.warn(`Annotations: ${r.message}`);
      return r;
    }),

    vscode.commands.registerCommand(Commands.claimsGroupByArticle, () => model.setGrouping('article')),
    vscode.commands.registerCommand(Commands.claimsGroupByVerdict, () => model.setGrouping('verdict')),
  ];
}

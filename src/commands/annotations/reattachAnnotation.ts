import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { AnnotationRef } from '../../features/annotations/annotationService';
import { cancelled, fail, toUri, type AnnotationCommandContext } from './context';

/** crosscheck.reattachAnnotation: moves an (orphaned) annotation to the words selected now. */
export function registerReattachAnnotation(ctx: AnnotationCommandContext): vscode.Disposable {
  const { service } = ctx;
  return vscode.commands.registerCommand(Commands.reattachAnnotation, (arg?: unknown) =>
    ctx.guard('re-attach the annotation', async () => {
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
      const orphanHere = (r: AnnotationRef) => service.places.homePlaceOf(r)?.status === 'orphan' && (!home || (r.home === home.path && r.folder === home.folder.key));
      const ref = ctx.refFromArg(arg) ?? (await ctx.pickRef(undefined, 'Re-attach to Selection', orphanHere));
      if (!ref) return cancelled();
      if (!doc || !span || span.end <= span.start) {
        const msg = `Select the words of the claim in ${ref.home} first, then re-attach.`;
        void vscode.window.showInformationMessage(`Crosscheck: ${msg}`);
        return fail('noSelection', msg);
      }
      await service.editing.reattach(ref, doc, span);
      return { ok: true, ref };
    }),
  );
}

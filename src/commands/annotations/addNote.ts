import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isVerdict, type AnnotationContent } from '../../core/annotations';
import { cancelled, type AnnotateArgs, type AnnotationCommandContext } from './context';
import { editNote } from './editNote';
import { askNote } from './pickers';

/**
 * crosscheck.addNote: a note on the selected words, as a new annotation; on an annotation given or
 * under the cursor with nothing selected, its note is edited instead.
 */
export function registerAddNote(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.addNote, (arg?: unknown) =>
    ctx.guard('add the note', async () => {
      const existing = ctx.refFromArg(arg);
      if (existing) return editNote(ctx, existing, typeof (arg as AnnotateArgs).note === 'string' ? (arg as AnnotateArgs).note : undefined);
      const args: AnnotateArgs = typeof arg === 'string' ? { note: arg } : ((arg ?? {}) as AnnotateArgs);
      const target = await ctx.targetFromArgs(args);
      if ('ok' in target) {
        const here = args.uri === undefined ? ctx.refAtCursor() : undefined;
        if (here && target.reason === 'noSelection') return editNote(ctx, here, args.note);
        void vscode.window.showInformationMessage(`Crosscheck: ${target.message}`);
        return target;
      }
      const note = args.note ?? (await askNote('Add Note'));
      if (note === undefined || note === '') return cancelled();
      const content: AnnotationContent = { note };
      if (args.tags || args.tag) content.tags = [...(args.tags ?? []), ...(args.tag ? [args.tag] : [])];
      if (isVerdict(args.verdict)) content.verdict = args.verdict;
      return ctx.annotate(target.doc, target.span, content, args.recovery);
    }),
  );
}

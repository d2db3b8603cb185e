import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { noteOf } from '../../core/annotations';
import type { AnnotationRef } from '../../features/annotations/annotationService';
import { cancelled, fail, type AnnotateArgs, type AnnotationCommandContext, type AnnotationCommandResult } from './context';
import { askNote } from './pickers';

/** Replaces an annotation's note with `note`, or with what the analyst types. */
export async function editNote(ctx: AnnotationCommandContext, ref: AnnotationRef, note: string | undefined): Promise<AnnotationCommandResult> {
  const a = ctx.service.annotation(ref);
  if (!a) return fail('notFound', 'That annotation is gone.');
  const next = note ?? (await askNote('Edit Note', noteOf(a)));
  if (next === undefined) return cancelled();
  await ctx.service.editing.update(ref, { note: next });
  return { ok: true, ref };
}

/** crosscheck.editNote: the note of the annotation given, under the cursor, or picked. */
export function registerEditNote(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.editNote, (arg?: unknown, note?: string) =>
    ctx.guard('edit the note', async () => {
      const ref = await ctx.pickRef(arg, 'Edit Note');
      if (!ref) return cancelled();
      const given = typeof note === 'string' ? note : typeof (arg as AnnotateArgs | undefined)?.note === 'string' ? (arg as AnnotateArgs).note : undefined;
      return editNote(ctx, ref, given);
    }),
  );
}

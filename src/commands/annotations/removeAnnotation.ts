import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { claimTextOf } from '../../core/annotations';
import { cancelled, fail, type AnnotationCommandContext } from './context';
import { quoteWords } from './quoteWords';

/** crosscheck.removeAnnotation: removes the annotation given, under the cursor, or picked; the message offers Undo. */
export function registerRemoveAnnotation(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.removeAnnotation, (arg?: unknown) =>
    ctx.guard('remove the annotation', async () => {
      const ref = await ctx.pickRef(arg, 'Remove Annotation');
      if (!ref) return cancelled();
      const a = ctx.service.annotation(ref);
      if (!a) return fail('notFound', 'That annotation is gone.');
      // The claim's words as the article has them now (else as the annotation quotes them).
      const words = ctx.model.snapshot().claims.find((c) => c.ref.id === ref.id)?.quote ?? claimTextOf(a);
      const entry = await ctx.service.editing.remove(ref);
      ctx.undoLater(removedMessage(words), entry);
      return { ok: true, ref };
    }),
  );
}

/** "removed the annotation on “…”" (the words shortened to one line). */
export function removedMessage(words: string): string {
  return `removed the annotation on ${quoteWords(words, 40)}`;
}

import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isVerdict, tagsOf, verdictOf, type Verdict } from '../../core/annotations';
import type { AnnotationRef } from '../../features/annotations/annotationService';
import { cancelled, fail, type AnnotateArgs, type AnnotationCommandContext, type AnnotationCommandResult } from './context';
import { pickTags } from './pickers';

/** Changes an annotation's tags and verdict: from `args` when they name any, else as the analyst picks them. */
export async function editTags(ctx: AnnotationCommandContext, ref: AnnotationRef, args: AnnotateArgs = {}): Promise<AnnotationCommandResult> {
  const a = ctx.service.annotation(ref);
  if (!a) return fail('notFound', 'That annotation is gone.');
  let content: { tags: string[]; verdict: Verdict | undefined } | undefined;
  if (args.tag !== undefined || args.tags !== undefined || args.verdict !== undefined) {
    content = { tags: args.tags ?? (args.tag !== undefined ? [...tagsOf(a), args.tag] : tagsOf(a)), verdict: args.verdict === undefined ? verdictOf(a) : isVerdict(args.verdict) ? args.verdict : undefined };
  } else {
    content = await pickTags(ctx, 'Tags & Verdict', { tags: tagsOf(a), verdict: verdictOf(a) });
  }
  if (!content) return cancelled();
  await ctx.service.editing.update(ref, { tags: content.tags, verdict: content.verdict });
  await ctx.rememberTags(content.tags);
  return { ok: true, ref };
}

/** crosscheck.editTags: the tags and verdict of the annotation given, under the cursor, or picked. */
export function registerEditTags(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.editTags, (arg?: unknown) =>
    ctx.guard('change the tags', async () => {
      const ref = await ctx.pickRef(arg, 'Tags & Verdict');
      if (!ref) return cancelled();
      return editTags(ctx, ref, (arg && typeof arg === 'object' ? arg : {}) as AnnotateArgs);
    }),
  );
}

import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isVerdict, type AnnotationContent } from '../../core/annotations';
import { rangeIn } from '../../features/annotations/text';
import { cancelled, type AnnotateArgs, type AnnotationCommandContext } from './context';
import { editTags } from './editTags';
import { pickTags } from './pickers';
import { quoteWords } from './quoteWords';

/**
 * crosscheck.tagClaim: tags (and a verdict) on the selected words, as a new annotation; on an
 * annotation given or under the cursor with nothing selected, its tags are changed instead.
 */
export function registerTagClaim(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.tagClaim, (arg?: unknown) =>
    ctx.guard('tag the claim', async () => {
      const existing = ctx.refFromArg(arg);
      if (existing) return editTags(ctx, existing, {});
      const args = (arg && typeof arg === 'object' ? arg : {}) as AnnotateArgs;
      const target = await ctx.targetFromArgs(args);
      if ('ok' in target) {
        // Nothing selected, but the cursor is on an annotation: change its tags.
        const here = args.uri === undefined ? ctx.refAtCursor() : undefined;
        if (here && target.reason === 'noSelection') return editTags(ctx, here, args);
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
        const picked = await pickTags(ctx, `Tag ${quoteWords(target.doc.getText(rangeIn(target.doc.getText(), target.span)), 50)}`, { tags: [], verdict: undefined });
        if (!picked || (!picked.tags.length && !picked.verdict)) return cancelled();
        content = { tags: picked.tags };
        if (picked.verdict) content.verdict = picked.verdict;
      }
      return ctx.annotate(target.doc, target.span, content, args.recovery);
    }),
  );
}

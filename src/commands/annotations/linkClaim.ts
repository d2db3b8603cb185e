import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { claimTextOf, type TextSpan } from '../../core/annotations';
import { findPassages, searchSentences } from '../../features/annotations/linkCandidates';
import { articleKey } from '../../host/articles';
import { pickLinkTargets } from './linkPicker';
import { cancelled, fail, toUri, type AnnotationCommandContext } from './context';
import { quoteWords } from './quoteWords';

/**
 * crosscheck.linkClaim: links an annotated claim to where other articles report it — the passages
 * given (`targets`), or those the analyst picks among the candidates found or searches for by typing
 * (linkPicker.ts; `candidatesOnly`: just return the candidates, those a typed `query` finds if given).
 */
export function registerLinkClaim(ctx: AnnotationCommandContext): vscode.Disposable {
  const { service, index } = ctx;
  return vscode.commands.registerCommand(Commands.linkClaim, (arg?: unknown) =>
    ctx.guard('link the claim', async () => {
      const ref = await ctx.pickRef(arg, 'Link Claim to Other Articles');
      if (!ref) return cancelled();
      const homeUri = service.uriOf(ref);
      const place = service.places.homePlaceOf(ref);
      const a = service.annotation(ref);
      if (!homeUri || !a) return fail('notFound', 'That annotation is gone.');
      const given = (arg as { targets?: { uri: string | vscode.Uri; start: number; end: number }[] } | undefined)?.targets;
      let targets: { uri: vscode.Uri; span: TextSpan }[];
      if (given) {
        targets = given.map((t) => ({ uri: toUri(t.uri), span: { start: t.start, end: t.end } }));
      } else {
        const text = service.places.textOf(homeUri);
        const attached = !!place && place.status !== 'orphan' && text !== undefined;
        const words = attached ? text!.slice(place!.start, place!.end) : claimTextOf(a);
        const span = attached ? { start: place!.start, end: place!.end } : undefined;
        // (`query`: what the analyst would type in the picker — the sentences it finds instead)
        const query = (arg as { query?: string } | undefined)?.query;
        const found = query ? searchSentences(index.corpus, articleKey(homeUri), query) : findPassages(index, articleKey(homeUri), words, span);
        if ((arg as { candidatesOnly?: boolean } | undefined)?.candidatesOnly) return { ok: true, ref, candidates: found.map((c) => ({ ...c, uri: (index.uriOf(c.key) ?? vscode.Uri.parse(c.key)).toString() })) };
        // (none suggested: the picker still searches every article as the analyst types)
        const picks = await pickLinkTargets(index.corpus, (key) => ctx.articleName(key), articleKey(homeUri), found, `Where else is ${quoteWords(words, 40)} reported?${found.length ? '' : ' (nothing alike found: type words to search)'}`);
        if (!picks?.length) return cancelled();
        targets = picks.map((c) => ({ uri: index.uriOf(c.key) ?? vscode.Uri.parse(c.key), span: { start: c.start, end: c.end } }));
      }
      const n = await service.editing.link(ref, targets);
      if (!given) vscode.window.setStatusBarMessage(`Crosscheck: linked the claim to ${n} passage${n === 1 ? '' : 's'}`, 4000);
      return { ok: true, ref };
    }),
  );
}

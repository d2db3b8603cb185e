import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleSources } from '../features/sources/articleSources';
import type { IndexService } from '../features/indexing/indexService';
import type { MatchesModel } from '../features/matches/matchesModel';

/**
 * Moving between the passages of the active article that other articles carry, opening the
 * matches of the passage at the cursor, and keeping the Matches list still (pin, Follow Cursor).
 */
export function registerMatchNavigation(model: MatchesModel, index: IndexService, sources: ArticleSources): vscode.Disposable[] {
  const step = (direction: 1 | -1) => () => {
    const active = model.activeArticle();
    if (!active) {
      void vscode.window.showInformationMessage('Open an article to move between its passages that other articles carry.');
      return;
    }
    const { editor, key } = active;
    const passages = model.sharedPassages(key);
    if (!passages.length) {
      void vscode.window.showInformationMessage('No passage of this article appears in the other articles.');
      return;
    }
    const at = editor.document.offsetAt(editor.selection.active);
    const next =
      direction === 1
        ? (passages.find((p) => p.source.start > at) ?? passages[0]!)
        : ([...passages].reverse().find((p) => p.source.end < at || (p.source.start < at && at > p.source.end)) ?? passages[passages.length - 1]!);
    const range = new vscode.Range(editor.document.positionAt(next.source.start), editor.document.positionAt(next.source.end));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const n = passages.indexOf(next) + 1;
    vscode.window.setStatusBarMessage(`Crosscheck: shared passage ${n} of ${passages.length}`, 2500);
  };

  return [
    vscode.commands.registerCommand(Commands.nextMatch, step(1)),
    vscode.commands.registerCommand(Commands.previousMatch, step(-1)),
    vscode.commands.registerCommand(Commands.openMatchFromList, (key: string, start: number, end: number) => model.openFromList(key, start, end)),
    vscode.commands.registerCommand(Commands.matchesFollowCursor, () => model.setFollowCursor(true)),
    vscode.commands.registerCommand(Commands.matchesStopFollowingCursor, () => model.setFollowCursor(false)),
    vscode.commands.registerCommand(Commands.matchesAtCursor, () => model.showAtCursor()),
    vscode.commands.registerCommand(Commands.openMatch, async () => {
      model.showAtCursor();
      const c = model.atCursor;
      if (!c) {
        void vscode.window.showInformationMessage('Place the cursor in an article (or select a passage) to see where the other articles carry it.');
        return;
      }
      if (!c.matches.length) {
        void vscode.window.showInformationMessage(`No other article carries this ${c.what}.`);
        return;
      }
      const pick = await vscode.window.showQuickPick(
        c.matches.map((m) => {
          const name = sources.nameOf(m.doc);
          return {
            label: name.label,
            description: `${name.label === name.file ? '' : `${name.file} · `}${Math.round(m.score * 100)}% · ${m.kind}${m.inQuote ? ' · in a quote' : ''}`,
            detail: m.text.replace(/\s+/g, ' ').trim(),
            match: m,
          };
        }),
        { title: `Matches for the ${c.what}: “${c.text.replace(/\s+/g, ' ').slice(0, 60)}${c.text.length > 60 ? '…' : ''}”`, matchOnDetail: true },
      );
      if (pick) await vscode.commands.executeCommand(Commands.openLocation, pick.match.doc, pick.match.start, pick.match.end, true);
    }),
  ];
}

import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { IndexService } from '../features/indexing/indexService';

export function registerReindex(index: IndexService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reindex, async () => {
    await index.reindex();
    const s = index.corpus.stats();
    void vscode.window.setStatusBarMessage(`$(check) Crosscheck indexed ${s.articles} article(s)`, 3000);
  });
}

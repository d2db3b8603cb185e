import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { IndexService } from '../features/indexing/indexService';

/**
 * Opens an indexed article with [start, end) selected and revealed. Arguments: the article's index
 * key (or URI string), start and end offsets, and whether to open it beside the active editor.
 */
export function registerOpenLocation(index: IndexService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openLocation, async (key: string, start: number, end: number, beside = false) => {
    const uri = index.uriOf(key) ?? vscode.Uri.parse(key);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      await vscode.window.showTextDocument(doc, {
        selection: range,
        preview: true,
        viewColumn: beside ? vscode.ViewColumn.Beside : undefined,
      });
      vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck could not open ${uri.fsPath}: ${(e as Error)?.message ?? String(e)}`);
    }
  });
}

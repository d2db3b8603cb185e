import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { AnnotationCommandContext } from './context';

/** crosscheck.undoAnnotationChange: takes back the last annotation change; returns its label. */
export function registerUndoAnnotationChange(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.undoAnnotationChange, async () => {
    try {
      const label = await ctx.service.editing.undo();
      if (label) vscode.window.setStatusBarMessage(`Crosscheck: undid ${label}`, 4000);
      else void vscode.window.showInformationMessage('Crosscheck: no annotation change to undo.');
      return label;
    } catch (e) {
      ctx.log.error(`Annotations: undo: ${(e as Error)?.stack ?? String(e)}`);
      void vscode.window.showErrorMessage(`Crosscheck could not undo: ${(e as Error)?.message ?? String(e)}`);
      return undefined;
    }
  });
}

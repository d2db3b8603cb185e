import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Configuration } from '../host/configuration';

export function registerToggleQuoteDecorations(config: Configuration): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.toggleQuoteDecorations, async () => {
    await config.update('decorations.quotes', !config.value.decorateQuotes);
  });
}

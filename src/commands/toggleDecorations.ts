import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Configuration } from '../host/configuration';

/** Toggle commands for the decoration layers; each flips its setting, so the choice persists. */
export function registerToggleDecorations(config: Configuration): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.toggleQuoteDecorations, () => config.update('decorations.quotes', !config.value.decorateQuotes)),
    vscode.commands.registerCommand(Commands.toggleEntityDecorations, () => config.update('decorations.entities', !config.value.decorateEntities)),
    vscode.commands.registerCommand(Commands.toggleMatchDecorations, () => config.update('decorations.matches', !config.value.decorateMatches)),
  ];
}

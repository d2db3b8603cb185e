import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { DiscrepanciesModel } from '../features/discrepancies/discrepanciesModel';

/** Which discrepancies the Claims & Notes view lists: those of the article being read, or all. */
export function registerDiscrepancyCommands(model: DiscrepanciesModel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.discrepanciesShowAll, () => model.setScope('all')),
    vscode.commands.registerCommand(Commands.discrepanciesShowArticle, () => model.setScope('article')),
  ];
}

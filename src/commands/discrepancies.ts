import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { DiscrepanciesModel } from '../features/discrepancies/discrepanciesModel';

/** Which discrepancies the Claims & Notes view lists (those of the article being read, or all), and opening their members. */
export function registerDiscrepancyCommands(model: DiscrepanciesModel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.discrepanciesShowAll, () => model.setScope('all')),
    vscode.commands.registerCommand(Commands.discrepanciesShowArticle, () => model.setScope('article')),
    // A member row: opened beside; the list keeps still (see DiscrepanciesModel.openMember).
    vscode.commands.registerCommand(Commands.openDiscrepancyMember, (key: string, start: number, end: number) => model.openMember(key, start, end)),
  ];
}

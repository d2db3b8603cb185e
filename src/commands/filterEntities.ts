import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { QuotesEntitiesModel } from '../features/views/quotesEntitiesModel';

export function registerFilterEntities(model: QuotesEntitiesModel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.filterEntities, async () => {
      const text = await vscode.window.showInputBox({
        title: 'Filter Quotes & Entities',
        prompt: 'Show speakers, quotes and names that contain this text',
        value: model.filter,
        placeHolder: 'e.g. Lavrov, trust, Kremlin',
      });
      if (text !== undefined) model.setFilter(text);
    }),
    vscode.commands.registerCommand(Commands.clearEntitiesFilter, () => model.setFilter('')),
  ];
}

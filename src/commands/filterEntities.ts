import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { QuotesEntitiesModel } from '../features/views/quotesEntitiesModel';

export function registerFilterEntities(model: QuotesEntitiesModel): vscode.Disposable[] {
  return [
    // An argument (from a keybinding's "args", or a script) sets the filter without asking.
    vscode.commands.registerCommand(Commands.filterEntities, async (preset?: unknown) => {
      if (typeof preset === 'string') return model.setFilter(preset);
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

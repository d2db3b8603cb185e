import * as vscode from 'vscode';
import { Views } from '../../constants';
import { Disposable } from '../../host/lifecycle';

/**
 * The three sidebar views, registered with empty trees so that their `viewsWelcome` content (the
 * empty states in package.json) shows until the features that fill them land.
 */
export class EmptyViews extends Disposable {
  constructor() {
    super();
    const empty: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
    for (const id of [Views.matches, Views.entities, Views.claims]) {
      this.register(vscode.window.createTreeView(id, { treeDataProvider: empty, showCollapseAll: false }));
    }
  }
}

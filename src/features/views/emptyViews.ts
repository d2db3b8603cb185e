import * as vscode from 'vscode';
import { Views } from '../../constants';
import { Disposable } from '../../host/lifecycle';

/**
 * The sidebar views not yet filled by a feature, registered with empty trees so that their `viewsWelcome` content (the
 * empty states in package.json) shows until the features that fill them land.
 */
export class EmptyViews extends Disposable {
  constructor() {
    super();
    const empty: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
    for (const id of [Views.matches]) {
      this.register(vscode.window.createTreeView(id, { treeDataProvider: empty, showCollapseAll: false }));
    }
  }
}

import * as vscode from 'vscode';
import type { ViewNode } from '../api';

/** Walks a tree provider the way the workbench would render it, to `depth` levels. */
export async function walkTree<T>(provider: vscode.TreeDataProvider<T>, depth = 3, parent?: T): Promise<ViewNode[]> {
  const children = (await provider.getChildren(parent)) ?? [];
  const out: ViewNode[] = [];
  for (const child of children) {
    const item = await provider.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const node: ViewNode = { label };
    if (typeof item.description === 'string') node.description = item.description;
    if (item.contextValue) node.contextValue = item.contextValue;
    if (item.command) node.command = { command: item.command.command, arguments: item.command.arguments };
    if (depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) node.children = await walkTree(provider, depth - 1, child);
    out.push(node);
  }
  return out;
}

import * as vscode from 'vscode';
import type { ViewNode } from '../api';

/**
 * Walks a tree provider the way the workbench would render it, to `depth` levels. Tooltips a provider
 * resolves lazily (`resolveTreeItem`, as the workbench does on hover) are resolved.
 */
export async function walkTree<T>(provider: vscode.TreeDataProvider<T>, depth = 3, parent?: T): Promise<ViewNode[]> {
  const children = (await provider.getChildren(parent)) ?? [];
  const out: ViewNode[] = [];
  for (const child of children) {
    let item = await provider.getTreeItem(child);
    if (item.tooltip === undefined && provider.resolveTreeItem) item = (await provider.resolveTreeItem(item, child, new vscode.CancellationTokenSource().token)) ?? item;
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const node: ViewNode = { label };
    if (typeof item.description === 'string') node.description = item.description;
    if (item.contextValue) node.contextValue = item.contextValue;
    if (item.command) node.command = { command: item.command.command, arguments: item.command.arguments };
    if (item.tooltip !== undefined) node.tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip.value;
    if (depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) node.children = await walkTree(provider, depth - 1, child);
    out.push(node);
  }
  return out;
}

import type * as vscode from 'vscode';
import type { CrosscheckApi } from './api';
import { Container } from './container';

let container: Container | undefined;

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  container = new Container();
  context.subscriptions.push(container);
  return container.api();
}

export function deactivate(): void {
  container?.dispose();
  container = undefined;
}

import type * as vscode from 'vscode';
import type { CrosscheckApi } from './api';
import { Container } from './container';

let container: Container | undefined;

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  container = new Container(context);
  context.subscriptions.push(container);
  return container.api();
}

/** Waits for pending sidecar writes (annotations are never lost on close), then disposes everything. */
export async function deactivate(): Promise<void> {
  const c = container;
  container = undefined;
  if (!c) return;
  try {
    await c.flush();
  } finally {
    c.dispose();
  }
}

// Helpers shared by the integration test files (bundled into each of them).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';

export const EXTENSION_ID = 'crosscheck.crosscheck';
export const SAMPLE_ARTICLES = [
  '000_bcb29d6ce618a839.txt',
  '001_ccdd08a9bed3a08f.txt',
  '002_25850ff43da0e0ff.txt',
  '003_5a3a1f82d09f5ee9.txt',
  '004_a5a5ff91e9721339.txt',
];
export const SEED = '001_ccdd08a9bed3a08f.txt';
export const NON_ARTICLE = 'metadata.json';

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export const fmt = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
export const sortedRanges = (rs: readonly vscode.Range[]) => rs.map(fmt).sort();

/** Ranges of `doc` for [start, end) offsets. */
export const toRange = (doc: vscode.TextDocument, s: { start: number; end: number }) =>
  new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));

/** The [start, end) offsets of the text strictly between the quotation marks that open with `opening`. */
export function quoteSpan(text: string, opening: string): { start: number; end: number } {
  const at = text.indexOf(opening);
  assert.ok(at >= 0, `the article contains ${JSON.stringify(opening)}`);
  const start = at + 1; // after the opening “
  const end = text.indexOf('”', start);
  assert.ok(end > start, `the quotation opened by ${JSON.stringify(opening)} is closed`);
  return { start, end };
}

/** Reverts unsaved changes (a dirty editor would make closing ask a question) and closes every editor. */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}


/** The extension's API, once it has activated by itself on the workspace. */
export async function crosscheckApi(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded (extensionDevelopmentPath)`);
  await waitFor('the extension to activate on the sample workspace', () => ext.isActive || undefined, 30_000);
  await ext.exports.whenIndexed();
  return ext.exports;
}

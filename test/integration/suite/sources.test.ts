// Outlets by name in a real VS Code: each article's outlet read from its text, corrected in
// .crosscheck/sources.json (diagnostics with line and column, a broken file never overwritten), and
// the Matches view naming articles by outlet.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi, ViewNode } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const QUOTE = 'The world’s two foremost nuclear powers cannot have this kind of relationship';

describe('Outlets by name (.crosscheck/sources.json)', function () {
  let api: CrosscheckApi;
  const file = () => workspaceUri('.crosscheck/sources.json');

  before(async function () {
    api = await crosscheckApi();
  });

  after(async function () {
    await closeAllEditors();
    await vscode.workspace.fs.delete(file(), { useTrash: false }).then(undefined, () => undefined);
  });

  async function matchLabels(): Promise<string[]> {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const at = doc.getText().indexOf(QUOTE);
    editor.selection = new vscode.Selection(doc.positionAt(at + 3), doc.positionAt(at + 3));
    const root = await waitFor('the Matches view to follow the cursor', async () => {
      const r = await api.viewContents('crosscheck.matches', 3);
      return r[0]?.label.includes(QUOTE.slice(0, 20)) ? r : undefined;
    });
    return (root[0]!.children ?? []).map((c: ViewNode) => c.label).sort();
  }

  it('names articles by the outlet their text gives, and by the analyst’s correction; a wrong entry is a positioned diagnostic', async function () {
    assert.deepEqual(await matchLabels(), ['004_a5a5ff91e9721339.txt', 'France 24', 'STV', 'The Financial Times']);
    const text = JSON.stringify({ version: 1, articles: { '004_a5a5ff91e9721339.txt': { outlet: 'Example Journal' }, '003_5a3a1f82d09f5ee9.txt': { date: 'April 12' } }, outlets: { 'France 24': 'France 24 (wire)' } }, null, 2);
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));
    const d = await waitFor('a diagnostic on the bad date', () => vscode.languages.getDiagnostics(file()).find((x) => x.source === 'Crosscheck'), 15_000);
    assert.match(d.message, /not a date written YYYY-MM-DD/);
    assert.equal(d.range.start.line, text.split('\n').findIndex((l) => l.includes('"April 12"')));
    await waitFor('the corrected names', async () => {
      const labels = await matchLabels();
      return labels.includes('Example Journal') && labels.includes('France 24 (wire)') ? labels : undefined;
    });
  });

  it('a broken file: its diagnostic, the names read from the text again, and the command opens it untouched', async function () {
    const broken = '{ "version": 1, "articles": { "004_a5a5ff91e9721339.txt": ';
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(broken));
    await waitFor('a diagnostic on the broken file', () => vscode.languages.getDiagnostics(file()).find((x) => /not valid JSON/.test(x.message)), 15_000);
    await waitFor('the detected names again', async () => ((await matchLabels()).includes('004_a5a5ff91e9721339.txt') ? true : undefined));
    await vscode.commands.executeCommand('crosscheck.editSourceCorrections');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file())), broken, 'the broken file is byte-identical');
  });
  it('page debris is not the passage at the cursor', async function () {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('002_25850ff43da0e0ff.txt'));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const at = doc.getText().indexOf('low level of trust');
    editor.selection = new vscode.Selection(doc.positionAt(at + 3), doc.positionAt(at + 3));
    await waitFor('the Matches view to follow the cursor', async () => ((await api.viewContents('crosscheck.matches', 1))[0]?.label.includes('low level of trust') ? true : undefined));
    // Line 1: "Skip to main content".
    assert.match(doc.lineAt(0).text, /^Skip to main content/);
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    const label = await waitFor('the Matches view to leave the quote', async () => {
      const l = (await api.viewContents('crosscheck.matches', 1))[0]?.label;
      return l && !l.includes('low level of trust') ? l : undefined;
    });
    assert.doesNotMatch(label, /Skip to main content/);
  });
});

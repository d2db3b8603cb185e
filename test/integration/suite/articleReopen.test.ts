// Opening and reopening an article in a real VS Code (issue 17, "prose reads as prose"): an article is
// given the language crosscheck-article (it wraps), and that change of language — which VS Code tells
// extensions as the document closed and opened again — costs no second analysis; a tab closed and
// opened again costs none; the analyst's own choice of language is kept. Counted through the API's
// editorAnalysesOf (every analysis of an article's text for an editor: typed in, warmed up, in the worker).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, waitFor, workspaceUri } from './util';

const ARTICLE = 'zz-reopen-harbour.txt';
// (invented: a short report with a quotation and a figure)
const TEXT = [
  'Harbour works at Port Wendlow will close for six weeks, the town council said on Tuesday.',
  '',
  '“We cannot keep the quay open while the cranes are replaced,” said council leader Mara Oskven, adding that 14 boats would moor at Keld instead.',
  '',
  'Fishermen at the harbour said they had been told of the closure only on Monday.',
  '',
].join('\n');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Reopening an article (crosscheck-article, no second analysis)', function () {
  let api: CrosscheckApi;
  const uri = () => workspaceUri(ARTICLE);
  const runs = () => api.editorAnalysesOf(uri());
  const path = () => vscode.workspace.asRelativePath(uri(), false);

  before(async function () {
    api = await crosscheckApi();
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(TEXT));
    await waitFor('the new article indexed', () => api.indexedPaths().includes(path()));
  });

  after(async function () {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri(), { useTrash: false }).then(undefined, () => undefined);
  });

  it('the first opening: the article is given crosscheck-article and analysed once for its editor, not again for the change of language', async function () {
    assert.equal(runs(), 0, 'indexed from disk, never opened');
    const analysis = api.analysisOf(uri());
    assert.ok(analysis);
    const editor = await vscode.window.showTextDocument(uri(), { preview: false });
    await waitFor('the article’s language', () => vscode.window.activeTextEditor?.document.languageId === 'crosscheck-article');
    assert.equal(editor.document.uri.toString(), uri().toString());
    await sleep(1_000); // (the warm-up runs 50 ms after an opening)
    assert.equal(runs(), 1, 'one warm-up, not one more after the change of language (a close and an open)');
    assert.equal(api.analysisOf(uri()), analysis, 'the index keeps its analysis: the text did not change');
  });

  it('closing the tab and opening it again analyses nothing', async function () {
    const before = runs();
    await closeAllEditors();
    await sleep(300);
    await vscode.window.showTextDocument(uri(), { preview: false });
    await sleep(1_000);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'crosscheck-article');
    assert.equal(runs(), before);
  });

  it('the analyst’s choice of another language is kept, and changing it (back and forth) analyses nothing', async function () {
    const before = runs();
    const analysis = api.analysisOf(uri());
    let doc = await vscode.languages.setTextDocumentLanguage(vscode.window.activeTextEditor!.document, 'plaintext');
    await sleep(1_000);
    assert.equal(doc.languageId, 'plaintext', 'not given crosscheck-article again');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    await closeAllEditors();
    await vscode.window.showTextDocument(uri(), { preview: false });
    await sleep(1_000);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext', 'kept when the tab is opened again');
    doc = await vscode.languages.setTextDocumentLanguage(vscode.window.activeTextEditor!.document, 'crosscheck-article');
    await sleep(1_000);
    assert.equal(doc.languageId, 'crosscheck-article');
    assert.equal(runs(), before, 'no analysis for a change of language');
    assert.equal(api.analysisOf(uri()), analysis);
  });

  it('an edit after all that is analysed (the editor still follows the article)', async function () {
    const before = runs();
    const editor = vscode.window.activeTextEditor!;
    const at = editor.document.getText().indexOf('six weeks');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 3)), 'ten')));
    await waitFor('the edit analysed', () => (api.analysisOf(uri()) && runs() > before ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

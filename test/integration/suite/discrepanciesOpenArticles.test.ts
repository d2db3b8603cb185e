// The Problems panel's discrepancies for the OPEN articles only (crosscheck.discrepancies.problemsScope,
// default 'openArticles', as language servers report open files), in a real VS Code: an article's
// diagnostics come when its tab opens and go when its tab closes; a document opened without a tab gets
// none; 'allArticles' lists every article's.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const OTHER = '002_25850ff43da0e0ff.txt';
const FIGURE = '89 people — France 24 says 87 deaths';
const KINDS = ['figures differ', 'spelling differs', 'quote wording differs', 'claim disputed'];

/** Crosscheck's discrepancy diagnostics by article file name. */
function byFile(): Map<string, vscode.Diagnostic[]> {
  const out = new Map<string, vscode.Diagnostic[]>();
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    const ours = list.filter((d) => d.source === 'Crosscheck' && KINDS.includes(String(d.code)));
    if (ours.length) out.set(uri.path.split('/').pop()!, ours);
  }
  return out;
}

const files = () => [...byFile().keys()].sort();

function tabOf(name: string): vscode.Tab | undefined {
  for (const g of vscode.window.tabGroups.all) for (const t of g.tabs) if (t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith(`/${name}`)) return t;
  return undefined;
}

describe('Discrepancies in the Problems panel for the open articles (crosscheck.discrepancies.problemsScope)', function () {
  const config = () => vscode.workspace.getConfiguration('crosscheck');
  const set = (key: string, value: string | undefined) => config().update(key, value, vscode.ConfigurationTarget.Workspace);

  before(async function () {
    await crosscheckApi();
    await closeAllEditors();
    await set('discrepancies.showInEditor', 'problems');
  });

  after(async function () {
    await set('discrepancies.problemsScope', undefined);
    await set('discrepancies.showInEditor', undefined);
    await closeAllEditors();
  });

  it('is "openArticles" by default: only an article open in a tab has diagnostics', async function () {
    assert.equal(config().get('discrepancies.problemsScope'), 'openArticles');
    await vscode.workspace.openTextDocument(workspaceUri(OTHER)); // (a document without a tab: not open to the analyst)
    await vscode.window.showTextDocument(workspaceUri(SEED), { preview: false });
    await waitFor('the seed’s figure diagnostic', () => byFile().get(SEED)?.some((d) => d.message === FIGURE));
    assert.deepEqual(files(), [SEED]);
  });

  it('an article’s diagnostics come when its tab opens and go when it closes', async function () {
    await vscode.window.showTextDocument(workspaceUri(OTHER), { preview: false });
    await waitFor('the other article’s diagnostics', () => byFile().get(OTHER)?.some((d) => d.message === `87 deaths — ${SEED} says 89 people`));
    assert.deepEqual(files(), [SEED, OTHER].sort());
    await vscode.window.tabGroups.close(tabOf(SEED)!);
    await waitFor('the seed’s diagnostics gone', () => !byFile().has(SEED) || undefined);
    assert.deepEqual(files(), [OTHER]);
    // (a diff of an article counts as open: either side)
  });

  it('"allArticles": every article’s, open or not; back to the default, the closed ones go', async function () {
    await set('discrepancies.problemsScope', 'allArticles');
    await waitFor('every article’s diagnostics', () => (byFile().has(SEED) && files().length >= 3 ? true : undefined));
    await set('discrepancies.problemsScope', undefined);
    await waitFor('only the open article’s', () => (files().join() === OTHER ? true : undefined));
    await closeAllEditors();
    await waitFor('none with no article open', () => byFile().size === 0 || undefined);
  });
});

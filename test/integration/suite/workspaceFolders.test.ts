// Folders of articles in a real VS Code: renamed, copied in by another program, deleted. Last of
// the suites (files run in name order): a burst of hundreds of file events leaves code-server's
// file watcher dropping events for a while, which would make the suites after it flaky.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';
import { crosscheckApi, SAMPLE_ARTICLES, SEED, waitFor, workspaceUri } from './util';

describe('Folders of articles', function () {
  let api: CrosscheckApi;

  before(async function () {
    api = await crosscheckApi();
  });

  describe('renamed, copied in and deleted', function () {
    const encoder = new TextEncoder();
    const inFolder = (p: string) => api.indexedPaths().filter((x) => x.startsWith(p));

    after(async function () {
      for (const dir of ['folder-a', 'folder-b']) await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await waitFor('the folders to leave the index', () => (inFolder('folder-').length === 0 ? true : undefined));
    });

    it('a folder renamed in VS Code: its articles are indexed under the new names, with the same analysis', async function () {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
      for (const name of ['one.txt', 'deeper/two.txt']) await vscode.workspace.fs.writeFile(workspaceUri(`folder-a/${name}`), encoder.encode(text));
      await waitFor('the copies to be indexed', () => (inFolder('folder-a/').length === 2 ? true : undefined));
      const before = api.analysisOf(workspaceUri('folder-a/deeper/two.txt'));
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(workspaceUri('folder-a'), workspaceUri('folder-b'));
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the articles under their new names', () => (inFolder('folder-b/').length === 2 && inFolder('folder-a/').length === 0 ? true : undefined));
      assert.deepEqual(inFolder('folder-b/'), ['folder-b/deeper/two.txt', 'folder-b/one.txt']);
      assert.equal(api.analysisOf(workspaceUri('folder-b/deeper/two.txt')), before, 'kept, not analysed again');
    });

    it('a folder of 400 articles copied in outside VS Code: every one is indexed', async function () {
      this.timeout(120_000);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
      const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-copy-'));
      for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(staging, `copy-${i}.txt`), `Copy ${i}.\n\n${text}`);
      fs.cpSync(staging, workspaceUri('folder-b/copied').fsPath, { recursive: true });
      fs.rmSync(staging, { recursive: true, force: true });
      await waitFor('the 400 copies to be indexed', () => (inFolder('folder-b/copied/').length === 400 ? true : undefined), 100_000);
    });

    it('a folder deleted (one event for the folder): its articles leave the index', async function () {
      await vscode.workspace.fs.delete(workspaceUri('folder-b'), { recursive: true, useTrash: false });
      await waitFor('the articles to leave the index', () => (inFolder('folder-b/').length === 0 ? true : undefined));
      assert.deepEqual(api.indexedPaths(), [...SAMPLE_ARTICLES].sort());
    });
  });
});

// A multi-root workspace (runTest.ts opens a copy of the samples and an empty folder "second" in a
// VS Code of their own): annotated articles moved from one workspace folder to the other take
// their sidecars along, and nothing is left listed at the old paths; every folder's entity
// corrections apply, and a folder added later is watched like the others.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationView, CrosscheckApi, ViewNode } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const CLAIM = 'the current state of U.S.-Russia relations is at a low point';
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
type Result = { ok: boolean; message?: string; ref?: AnnotationView['ref'] };

/** Every row's label and description in the Claims & Notes view, depth first. */
const rows = (nodes: ViewNode[]): string[] => nodes.flatMap((n) => [`${n.label} | ${n.description ?? ''}`, ...rows(n.children ?? [])]);

describe('Multi-root workspace', function () {
  this.timeout(60_000);
  let api: CrosscheckApi;
  let seedText: string;
  const second = (p: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![1]!.uri, p);
  const start = () => seedText.indexOf(CLAIM);

  async function tag(uri: vscode.Uri, verdict: string): Promise<Result> {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(seedText));
    const r = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start: start(), end: start() + CLAIM.length, verdict });
    assert.equal(r.ok, true, JSON.stringify(r));
    await waitFor(`${uri.path}’s sidecar`, async () => ((await read(sidecarOf(uri)).catch(() => '')).includes(verdict) ? true : undefined));
    return r;
  }

  async function move(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit), `moved ${from.path} → ${to.path}`);
  }

  before(async function () {
    api = await crosscheckApi();
    assert.equal(vscode.workspace.workspaceFolders?.length, 2, 'two workspace folders');
    seedText = await read(workspaceUri(SEED));
  });

  after(closeAllEditors);

  it('an article moved to the other folder takes its sidecar along, under its new name; links from its old folder cannot follow', async function () {
    const story = workspaceUri('cross-a.txt');
    const other = workspaceUri('cross-b.txt');
    await tag(story, 'disputed');
    const linked = await tag(other, 'confirmed');
    await vscode.commands.executeCommand('crosscheck.linkClaim', { ...linked.ref, targets: [{ uri: story.toString(), start: start(), end: start() + CLAIM.length }] });
    await waitFor('the link', async () => ((await read(sidecarOf(other))).includes('"source": "cross-a.txt"') ? true : undefined));
    const before = await read(sidecarOf(story));

    const target = second('moved.txt');
    await move(story, target);
    assert.equal(await exists(sidecarOf(story)), false, 'the sidecar left the old folder');
    await waitFor('the sidecar to name its article by its new name', async () => ((await read(sidecarOf(target)).catch(() => '')) === before.replaceAll('"source": "cross-a.txt"', '"source": "moved.txt"') ? true : undefined));
    const moved = await waitFor('the annotation at the new path', async () => {
      const v = (await api.annotationsOf(target)).annotations;
      return v.length === 1 && v[0]!.status === 'exact' ? v[0] : undefined;
    });
    assert.equal(moved.verdict, 'disputed');
    assert.deepEqual((await api.annotationsOf(story)).annotations, [], 'nothing left at the old path');
    let seen: string[] = [];
    await waitFor('the Claims & Notes view to list the claim once, where it is', async () => {
      seen = rows(await api.viewContents('crosscheck.claims', 4));
      const r = seen.filter((x) => x.startsWith('“') && (x.includes('moved.txt') || x.includes('cross-a.txt'))); // (claims, not the link's row)
      return r.length === 1 && r[0]!.endsWith('| second/moved.txt') ? true : undefined;
    }, 5000).catch((e: Error) => assert.fail(`${e.message}: ${JSON.stringify(seen, null, 1)}`));
    // The link from the old folder cannot follow (each folder's annotations link only within it): not found.
    const [link] = (await api.annotationsOf(other)).annotations[0]!.appearances;
    assert.deepEqual([link!.uri, link!.status], [story.toString(), 'orphan']);
    assert.ok(seen.includes('tillerson-moscow-2017/cross-a.txt | not found'), 'shown as not found');
  });

  it('a folder moved to the other folder: its claims are listed once, at their new paths (none left behind as orphans)', async function () {
    const story = workspaceUri('dir-x/story.txt');
    await tag(story, 'unverified');
    await move(workspaceUri('dir-x'), second('dir-y'));
    const target = second('dir-y/story.txt');
    assert.equal(await exists(sidecarOf(target)), true, 'the sidecar went with the folder');
    await waitFor('the annotation at the new path', async () => ((await api.annotationsOf(target)).annotations[0]?.status === 'exact' ? true : undefined));
    await waitFor('the claim listed once, at the new path', async () => {
      const r = rows(await api.viewContents('crosscheck.claims', 4)).filter((x) => x.includes('story.txt'));
      return r.length === 1 && r[0]!.endsWith('| second/dir-y/story.txt') ? true : undefined;
    }, 5000);
    assert.deepEqual((await api.annotationsOf(story)).annotations, []);
  });

  describe('entity corrections and watchers in every folder', function () {
    const kremlinIn = (uri: vscode.Uri) => (api.linkedAnalysisOf(uri)?.entities ?? []).some((e) => e.text === 'Kremlin');
    const ignoreKremlin = encoder.encode(JSON.stringify({ version: 1, ignore: ['Kremlin'] }) + '\n');

    it('the second folder’s .crosscheck/entities.json applies to the corpus, and its removal undoes it', async function () {
      const file = second('.crosscheck/entities.json');
      await waitFor('the Kremlin found automatically', () => kremlinIn(workspaceUri(SEED)) || undefined);
      await vscode.workspace.fs.writeFile(file, ignoreKremlin);
      await waitFor('the second folder’s correction to remove the Kremlin', () => (!kremlinIn(workspaceUri(SEED)) ? true : undefined), 15_000);
      await vscode.workspace.fs.delete(second('.crosscheck'), { recursive: true, useTrash: false });
      await waitFor('the automatic results to return', () => kremlinIn(workspaceUri(SEED)) || undefined, 15_000);
    });

    it('a folder added to the workspace later: new articles in it are indexed, and its corrections apply', async function () {
      const folders = vscode.workspace.workspaceFolders!;
      const third = vscode.Uri.joinPath(folders[1]!.uri, '..', 'third');
      await vscode.workspace.fs.createDirectory(third);
      const added = new Promise<void>((resolve) => {
        const l = vscode.workspace.onDidChangeWorkspaceFolders(() => {
          l.dispose();
          resolve();
        });
      });
      assert.ok(vscode.workspace.updateWorkspaceFolders(folders.length, 0, { uri: third, name: 'third' }), 'folder added');
      await added;
      await api.whenIndexed(); // (the look-through of the new folder is over: only a watcher can see what comes next)
      try {
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(third, 'late.txt'), encoder.encode(seedText));
        await waitFor('the article written in the added folder to be indexed', () => (api.indexedPaths().some((p) => p.endsWith('late.txt')) ? true : undefined), 15_000);
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(third, '.crosscheck', 'entities.json'), ignoreKremlin);
        await waitFor('the added folder’s correction to remove the Kremlin', () => (!kremlinIn(workspaceUri(SEED)) ? true : undefined), 15_000);
      } finally {
        const i = vscode.workspace.workspaceFolders!.findIndex((f) => f.uri.toString() === third.toString());
        if (i >= 0) vscode.workspace.updateWorkspaceFolders(i, 1);
        await vscode.workspace.fs.delete(third, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      }
      await waitFor('the automatic results to return once the folder is gone', () => kremlinIn(workspaceUri(SEED)) || undefined, 15_000);
    });
  });
});

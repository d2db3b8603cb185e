// Annotations follow their articles in a real VS Code: a rename or move (the same WorkspaceEdit the
// Explorer applies) takes the sidecar along in one operation that one Undo takes back; a folder
// rename, the mirror layout, a rename onto a path that has a sidecar already (nothing overwritten),
// a deletion (the sidecar stays), and a rename outside VS Code (offered, moved only when asked).
// Everything happens in moves-test/, removed afterwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { AnnotationView, CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const DIR = 'moves-test';
const CLAIM = 'the current state of U.S.-Russia relations is at a low point';
const OTHER_CLAIM = 'Russia is Syria’s most powerful ally';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

type Result = { ok: boolean; message?: string; ref?: AnnotationView['ref']; sidecar?: string; reason?: string };

const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
const at = (dir: string, name: string) => workspaceUri(`${DIR}/${dir}/${name}`);

/** Renames as the Explorer does (a WorkspaceEdit: participants run, and Undo takes it back). */
async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit), `renamed ${from.path} → ${to.path}`);
}

describe('Annotations follow renamed and moved articles', function () {
  let api: CrosscheckApi;
  let seedText: string;

  /** An article (a copy of the seed) with CLAIM tagged disputed; resolves once its sidecar is on disk. */
  async function annotated(uri: vscode.Uri, sidecar = sidecarOf(uri)): Promise<AnnotationView> {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(seedText));
    const start = seedText.indexOf(CLAIM);
    const r = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start, end: start + CLAIM.length, verdict: 'disputed' });
    assert.equal(r.ok, true, JSON.stringify(r));
    await waitFor(`${sidecar.path} on disk`, async () => ((await read(sidecar).catch(() => '')).includes(CLAIM) ? true : undefined));
    return (await api.annotationsOf(uri)).annotations[0]!;
  }

  /** Its one annotation once it is anchored exactly (the article and sidecar are where they should be). */
  const anchored = (uri: vscode.Uri) =>
    waitFor(`the annotation of ${uri.path} to be attached`, async () => {
      const v = await api.annotationsOf(uri);
      return v.annotations.length === 1 && v.annotations[0]!.status === 'exact' ? v.annotations[0]! : undefined;
    });

  before(async function () {
    api = await crosscheckApi();
    seedText = await read(workspaceUri(SEED));
  });

  afterEach(closeAllEditors);

  after(async function () {
    await closeAllEditors();
    await api.whenIndexed();
    await vscode.workspace.fs.delete(workspaceUri(DIR), { recursive: true, useTrash: false });
    // The index's file watcher sees a renamed or deleted folder as one event for the folder, not
    // for the articles in it: read the workspace again, so that the other suites find it as it was.
    await vscode.commands.executeCommand('crosscheck.reindex');
    await api.whenIndexed();
    await waitFor('the test articles to leave the index', () => !api.indexedPaths().some((p) => p.startsWith(`${DIR}/`)) || undefined);
    await vscode.commands.executeCommand('crosscheck.reloadAnnotations');
  });

  it('renaming an annotated article moves its sidecar in the same operation; links to it follow; one Undo brings both back', async function () {
    const story = at('rename', 'story.txt');
    const other = at('rename', 'other.txt');
    const a = await annotated(story);
    // other.txt has a claim linked to the same words in story.txt.
    const b = await annotated(other);
    const start = seedText.indexOf(CLAIM);
    await vscode.commands.executeCommand('crosscheck.linkClaim', { ...b.ref, targets: [{ uri: story.toString(), start, end: start + CLAIM.length }] });
    await waitFor('the link in other.txt’s sidecar', async () => ((await read(sidecarOf(other))).includes('"source": "story.txt"') ? true : undefined));
    const storySidecar = await read(sidecarOf(story));
    const otherSidecar = await read(sidecarOf(other));

    const renamed = at('rename', 'story-renamed.txt');
    await rename(story, renamed);
    // The sidecar moved before the article did (VS Code applies the participant's edit first).
    assert.equal(await exists(sidecarOf(story)), false, 'the old sidecar is gone');
    assert.equal(await exists(sidecarOf(renamed)), true, 'the sidecar moved with it');
    const moved = await anchored(renamed);
    assert.deepEqual([moved.id, moved.verdict, moved.text], [a.id, 'disputed', CLAIM]);
    assert.deepEqual((await api.annotationsOf(story)).annotations, [], 'nothing left at the old path');
    // Only the source fields changed, byte for byte.
    const expected = storySidecar.replaceAll('"source": "story.txt"', '"source": "story-renamed.txt"');
    await waitFor('the sidecar to name its new article', async () => ((await read(sidecarOf(renamed))) === expected ? true : undefined));
    await waitFor('the link to follow', async () => ((await read(sidecarOf(other))) === otherSidecar.replace('"source": "story.txt"', '"source": "story-renamed.txt"') ? true : undefined));
    const linked = (await api.annotationsOf(other)).annotations[0]!;
    assert.deepEqual(
      linked.appearances.map((x) => [x.uri, x.status]),
      [[renamed.toString(), 'exact']],
    );

    // One Undo (here from the renamed article's editor) takes back the rename and the sidecar's move.
    await vscode.window.showTextDocument(renamed);
    await vscode.commands.executeCommand('undo');
    await waitFor('the article back at its old path', () => exists(story).then((x) => x || undefined));
    await waitFor('the sidecar back, as it was', async () => ((await read(sidecarOf(story)).catch(() => '')) === storySidecar ? true : undefined));
    assert.equal(await exists(sidecarOf(renamed)), false);
    assert.equal((await anchored(story)).id, a.id);
    await waitFor('the link back, as it was', async () => ((await read(sidecarOf(other))) === otherSidecar ? true : undefined));
  });

  it('Undo Annotation Change still takes back a change made before the article was renamed', async function () {
    const first = at('undo', 'first.txt');
    const a = await annotated(first);
    const second = at('undo', 'second.txt');
    await rename(first, second);
    assert.equal((await anchored(second)).id, a.id);
    const label = await vscode.commands.executeCommand<string>('crosscheck.undoAnnotationChange');
    assert.match(label ?? '', /^the new annotation/);
    assert.deepEqual((await api.annotationsOf(second)).annotations, []);
    await waitFor('the sidecar to drop it', async () => (!(await read(sidecarOf(second))).includes(a.id) ? true : undefined));
    assert.equal(await exists(sidecarOf(first)), false, 'nothing written at the old path');
  });

  it('renaming a folder takes the sidecars inside it along; links into it follow', async function () {
    const x = at('folder/desk', 'x.txt');
    const outside = at('folder', 'outside.txt');
    const a = await annotated(x);
    const b = await annotated(outside);
    const start = seedText.indexOf(CLAIM);
    await vscode.commands.executeCommand('crosscheck.linkClaim', { ...b.ref, targets: [{ uri: x.toString(), start, end: start + CLAIM.length }] });
    await waitFor('the link', async () => ((await read(sidecarOf(outside))).includes('"source": "desk/x.txt"') ? true : undefined));
    const before = await read(sidecarOf(x));

    await rename(workspaceUri(`${DIR}/folder/desk`), workspaceUri(`${DIR}/folder/archive-2017`));
    const x2 = at('folder/archive-2017', 'x.txt');
    assert.equal((await anchored(x2)).id, a.id);
    assert.equal(await read(sidecarOf(x2)), before, 'its source is the file name, which did not change');
    await waitFor('the link into the folder to follow', async () => ((await read(sidecarOf(outside))).includes('"source": "archive-2017/x.txt"') ? true : undefined));
    assert.deepEqual(
      (await api.annotationsOf(outside)).annotations[0]!.appearances.map((p) => [p.uri, p.status]),
      [[x2.toString(), 'exact']],
    );
  });

  it('renaming onto a path that has a sidecar already overwrites nothing: both files are kept', async function () {
    const mine = at('conflict', 'mine.txt');
    const theirs = at('conflict', 'theirs.txt');
    await annotated(mine);
    // A sidecar left by a deleted theirs.txt (on other words of the same text).
    await vscode.workspace.fs.writeFile(theirs, encoder.encode(seedText));
    const start = seedText.indexOf(OTHER_CLAIM);
    const r = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: theirs.toString(), start, end: start + OTHER_CLAIM.length, verdict: 'confirmed' });
    assert.equal(r.ok, true, JSON.stringify(r));
    await waitFor('theirs.txt’s sidecar', async () => ((await read(sidecarOf(theirs)).catch(() => '')).includes('confirmed') ? true : undefined));
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(theirs);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const mineSidecar = await read(sidecarOf(mine));
    const theirsSidecar = await read(sidecarOf(theirs));

    await rename(mine, theirs);
    assert.equal(await read(sidecarOf(mine)), mineSidecar, 'the renamed article’s sidecar stays where it was, unchanged');
    assert.equal(await read(sidecarOf(theirs)), theirsSidecar, 'the sidecar already there is unchanged');
    const now = await anchored(theirs);
    assert.deepEqual([now.verdict, now.text], ['confirmed', OTHER_CLAIM], 'theirs.txt has the annotations of the sidecar that was there');
    // mine.txt's stay in its sidecar, as orphans (once the index has seen the file go).
    await waitFor('mine.txt’s annotation to be an orphan', async () => {
      const left = (await api.annotationsOf(mine)).annotations;
      return left.length === 1 && left[0]!.verdict === 'disputed' && left[0]!.status === 'orphan' ? true : undefined;
    });
  });

  it('an article whose sidecar is broken: its recovery files move with it (never over a file already there), and one Undo brings them back', async function () {
    const broken = at('recovery', 'broken.txt');
    const corrupt = '{ "version": 1, "source": "broken.txt", "annotations": [ { "id": ';
    await vscode.workspace.fs.writeFile(broken, encoder.encode(seedText));
    await vscode.workspace.fs.writeFile(sidecarOf(broken), encoder.encode(corrupt));
    await waitFor('the sidecar to be found invalid', async () => ((await api.annotationsOf(broken)).status === 'invalid' ? true : undefined));
    const start = seedText.indexOf(CLAIM);
    const kept = await vscode.commands.executeCommand<{ recoveryFile?: string }>('crosscheck.tagClaim', { uri: broken.toString(), start, end: start + CLAIM.length, verdict: 'disputed', recovery: true });
    assert.ok(kept.recoveryFile, JSON.stringify(kept));
    const session = vscode.Uri.parse(kept.recoveryFile);
    const sessionText = await read(session);
    // One left by an earlier session.
    const earlier = at('recovery', 'broken.txt.annotations.recovered-20250101T000000Z.json');
    await vscode.workspace.fs.writeFile(earlier, encoder.encode(sessionText));
    const renamedTo = (u: vscode.Uri, article: string) => u.with({ path: u.path.replace('/broken.txt.', `/${article}.`) });

    const renamed = at('recovery', 'renamed.txt');
    await rename(broken, renamed);
    for (const [from, what, text] of [
      [sidecarOf(broken), 'the sidecar', corrupt],
      [session, 'this session’s recovery file', sessionText],
      [earlier, 'an earlier recovery file', sessionText],
    ] as const) {
      assert.equal(await exists(from), false, `${what} left behind`);
      assert.equal(await read(renamedTo(from, 'renamed.txt')), text, `${what} moved, unchanged`);
    }
    await waitFor('the recovery file listed where it is', async () => {
      const v = await api.annotationsOf(renamed);
      return v.status === 'invalid' && JSON.stringify(v.recoveryFiles) === JSON.stringify([renamedTo(session, 'renamed.txt').toString()]) ? true : undefined;
    });

    // One Undo takes the three back.
    await vscode.window.showTextDocument(renamed);
    await vscode.commands.executeCommand('undo');
    await waitFor('the article back at its old path', () => exists(broken).then((x) => x || undefined));
    for (const f of [sidecarOf(broken), session, earlier]) await waitFor(`${f.path} back`, () => exists(f).then((x) => x || undefined));
    assert.equal(await exists(renamedTo(earlier, 'renamed.txt')), false);

    // Onto a path that has a recovery file of the same name already: that one is kept as it is, and ours stays.
    const target = at('recovery', 'target.txt');
    const theirs = renamedTo(earlier, 'target.txt');
    await vscode.workspace.fs.writeFile(theirs, encoder.encode('{ "theirs": true }'));
    await rename(broken, target);
    assert.equal(await read(theirs), '{ "theirs": true }', 'the file already there is unchanged');
    assert.equal(await read(earlier), sessionText, 'ours stays where it was');
    assert.equal(await read(renamedTo(session, 'target.txt')), sessionText, 'the other recovery file moved');
    assert.equal(await read(sidecarOf(target)), corrupt, 'the sidecar moved');
  });

  it('deleting an annotated article keeps its sidecar; the annotations come back with the article', async function () {
    const gone = at('delete', 'gone.txt');
    const a = await annotated(gone);
    const sidecar = await read(sidecarOf(gone));
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(gone);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the annotation to be an orphan', async () => ((await api.annotationsOf(gone)).annotations[0]?.status === 'orphan' ? true : undefined));
    assert.equal(await read(sidecarOf(gone)), sidecar, 'the sidecar is kept, unchanged');
    await vscode.workspace.fs.writeFile(gone, encoder.encode(seedText));
    assert.equal((await anchored(gone)).id, a.id);
  });

  it('deleting an annotated article open in an editor: its annotations are orphans at once, and come back when it is saved again', async function () {
    const shown = at('delete', 'shown.txt');
    const a = await annotated(shown);
    const editor = await vscode.window.showTextDocument(shown);
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(shown);
    assert.ok(await vscode.workspace.applyEdit(edit));
    // (the editor may keep the text; the article is gone all the same)
    await waitFor('the annotation to be an orphan', async () => ((await api.annotationsOf(shown)).annotations[0]?.status === 'orphan' ? true : undefined));
    await vscode.workspace.fs.writeFile(shown, encoder.encode(editor.document.isClosed ? seedText : editor.document.getText()));
    assert.equal((await anchored(shown)).id, a.id);
  });

  it('a rename outside VS Code: the move is offered (same text, every annotation exact) and done only when asked', async function () {
    const before = at('outside', 'before.txt');
    const after = at('outside', 'after.txt');
    const a = await annotated(before);
    const sidecar = await read(sidecarOf(before));
    fs.renameSync(before.fsPath, after.fsPath); // another program: the watcher sees a deletion and a creation
    const offer = await waitFor('the move to be offered', () => api.annotationMoveOffers().find((o) => o.from === before.toString()));
    assert.deepEqual(offer, { from: before.toString(), to: after.toString(), annotations: 1 });
    assert.equal(await read(sidecarOf(before)), sidecar, 'not moved until asked');
    assert.equal(await exists(sidecarOf(after)), false);

    const r = await vscode.commands.executeCommand<Result>('crosscheck.moveAnnotations', { from: before.toString(), to: after.toString() });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(await exists(sidecarOf(before)), false);
    assert.equal((await anchored(after)).id, a.id);
    await waitFor('the sidecar to name its new article', async () => ((await read(sidecarOf(after))) === sidecar.replaceAll('"source": "before.txt"', '"source": "after.txt"') ? true : undefined));
    assert.deepEqual(api.annotationMoveOffers(), []);
    // Never over an existing sidecar.
    await annotated(before);
    const refused = await vscode.commands.executeCommand<Result>('crosscheck.moveAnnotations', { from: before.toString(), to: after.toString() });
    assert.deepEqual([refused.ok, refused.reason], [false, 'exists']);
  });

  it('mirror layout: the mirrored sidecar moves with the article, into a new folder, and with a renamed folder', async function () {
    const config = vscode.workspace.getConfiguration('crosscheck');
    const M = '.crosscheck/annotations';
    const mirrored = (p: string) => workspaceUri(`${M}/${DIR}/${p}.annotations.json`);
    await config.update('annotations.folder', M, vscode.ConfigurationTarget.Workspace);
    try {
      const m = at('mirror', 'm.txt');
      await waitFor('the new layout', async () => ((await api.annotationsOf(m)).sidecar === mirrored('mirror/m.txt').toString() ? true : undefined));
      const a = await annotated(m, mirrored('mirror/m.txt'));
      const moved = at('mirror/sub', 'm2.txt');
      await rename(m, moved);
      assert.equal(await exists(mirrored('mirror/m.txt')), false);
      assert.equal((await anchored(moved)).id, a.id);
      await waitFor('the mirrored sidecar to name its new article', async () => ((await read(mirrored('mirror/sub/m2.txt')).catch(() => '')).includes('"source": "m2.txt"') ? true : undefined));
      assert.equal(await exists(sidecarOf(moved)), false, 'nothing next to the article');

      await rename(workspaceUri(`${DIR}/mirror/sub`), workspaceUri(`${DIR}/mirror/sub2`));
      const again = at('mirror/sub2', 'm2.txt');
      assert.equal((await anchored(again)).id, a.id);
      assert.equal(await exists(mirrored('mirror/sub2/m2.txt')), true);
      assert.equal(await exists(mirrored('mirror/sub/m2.txt')), false);
    } finally {
      await config.update('annotations.folder', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(workspaceUri(M), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await waitFor('the adjacent layout again', async () => ((await api.annotationsOf(at('mirror', 'm.txt'))).sidecar === sidecarOf(at('mirror', 'm.txt')).toString() ? true : undefined));
    }
  });
});

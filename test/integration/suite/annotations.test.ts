// Claims and notes in a real VS Code: tagging a selection, notes, edits around and inside a claim,
// save and reload, sidecars changed on disk, a corrupt sidecar, undo, linking, the Claims & Notes
// view and orphans. The tests work on copies of the seed article in annotations-test/ (removed
// afterwards, so the other suites see the sample folder as it was).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationsView, AnnotationView, CrosscheckApi, ViewNode } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const DIR = 'annotations-test';
const CLAIM = 'the current state of U.S.-Russia relations is at a low point';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

type Result = { ok: boolean; reason?: string; message?: string; ref?: AnnotationView['ref']; created?: boolean; recoveryFile?: string; candidates?: { uri: string; text: string; how: string }[] };

const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
/** The file's text once it satisfies `ok` (writes are queued: a command returns before its sidecar is on disk). */
const readWhen = (uri: vscode.Uri, what: string, ok: (text: string) => boolean) =>
  waitFor(what, async () => {
    const text = await read(uri).catch(() => undefined);
    return text !== undefined && ok(text) ? text : undefined;
  });
const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
const labels = (nodes: ViewNode[] | undefined) => (nodes ?? []).map((n) => n.label);

async function hoverText(uri: vscode.Uri, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** Opens an article with [start, end) selected. */
async function select(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { selection: new vscode.Range(doc.positionAt(start), doc.positionAt(end)) });
}

/** A sidecar written by hand (another analyst, git pull) with one annotation. */
function handSidecar(source: string, id: string, exact: string, prefix: string, suffix: string, start: number, verdict = 'unverified'): string {
  return (
    JSON.stringify(
      {
        version: 1,
        source,
        annotations: [
          {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            id,
            type: 'Annotation',
            motivation: 'assessing',
            creator: { type: 'Person', name: 'Another Analyst' },
            created: '2026-05-01T09:30:00Z',
            modified: '2026-05-01T09:30:00Z',
            body: [{ type: 'TextualBody', purpose: 'assessing', value: verdict }],
            target: {
              source,
              selector: [
                { type: 'TextQuoteSelector', exact, prefix, suffix },
                { type: 'TextPositionSelector', start, end: start + exact.length },
              ],
            },
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}

describe('Claims and notes (annotations)', function () {
  let api: CrosscheckApi;
  let seedText: string;
  const claimUri = () => workspaceUri(`${DIR}/claim.txt`);
  const brokenUri = () => workspaceUri(`${DIR}/broken.txt`);
  const pulledUri = () => workspaceUri(`${DIR}/pulled.txt`);
  const annotationsOf = (uri: vscode.Uri) => api.annotationsOf(uri);
  const only = async (uri: vscode.Uri): Promise<AnnotationView> => {
    const view = await annotationsOf(uri);
    assert.equal(view.annotations.length, 1, JSON.stringify(view, null, 1));
    return view.annotations[0]!;
  };

  before(async function () {
    api = await crosscheckApi();
    seedText = await read(workspaceUri(SEED));
    for (const name of ['claim.txt', 'broken.txt', 'pulled.txt']) await vscode.workspace.fs.writeFile(workspaceUri(`${DIR}/${name}`), encoder.encode(seedText));
    await waitFor('the copies to be indexed', () => ['claim', 'broken', 'pulled'].every((n) => api.indexedPaths().includes(`${DIR}/${n}.txt`)) || undefined);
  });

  after(async function () {
    await closeAllEditors();
    await api.whenIndexed(); // a settings change re-indexes: deleting files during that run would leave them indexed
    // One by one, and the folder only once the index has dropped them: VS Code reports a deleted
    // folder as one event for the folder, which the index's article watcher does not see.
    for (const [name, type] of await vscode.workspace.fs.readDirectory(workspaceUri(DIR))) {
      if (type === vscode.FileType.File) await vscode.workspace.fs.delete(workspaceUri(`${DIR}/${name}`), { useTrash: false });
    }
    await waitFor('the copies to leave the index', () => !api.indexedPaths().some((p) => p.startsWith(`${DIR}/`)) || undefined).catch((e) => {
      throw new Error(`${(e as Error).message}: ${api.indexedPaths().join(', ')}`);
    });
    await vscode.workspace.fs.delete(workspaceUri(DIR), { recursive: true, useTrash: false });
    await vscode.commands.executeCommand('crosscheck.reloadAnnotations');
  });

  afterEach(closeAllEditors);

  it('tags a selection, and the tag stays on the same words through edits, a save and a reload', async function () {
    const uri = claimUri();
    const start = seedText.indexOf(CLAIM);
    const editor = await select(uri, start, start + CLAIM.length);
    const r = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { tag: 'relations', verdict: 'disputed' });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.created, true);

    let a = await only(uri);
    assert.deepEqual([a.verdict, a.tags, a.status, a.text], ['disputed', ['relations'], 'exact', CLAIM]);
    const onDisk = JSON.parse(await readWhen(sidecarOf(uri), 'the sidecar', (t) => t.includes(CLAIM)));
    assert.equal(onDisk.version, 1);
    assert.equal(onDisk.source, 'claim.txt');
    assert.equal(onDisk.annotations[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector').exact, CLAIM);
    await api.whenDecorated();
    assert.deepEqual(api.decoratedRanges(uri, 'disputed').map((x) => editor.document.getText(x)), [CLAIM]);
    assert.ok(!api.indexedPaths().some((p) => p.endsWith('.json')), 'sidecars are not indexed as articles');

    // Edits before it, inside it and right after it.
    const doc = editor.document;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(0), 'UPDATED: this story has changed.\n\n')));
    const inner = doc.getText().indexOf('current state');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(inner), doc.positionAt(inner + 'current'.length)), 'present')));
    const edited = CLAIM.replace('current', 'present');
    const end = doc.getText().indexOf(edited) + edited.length;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(end), ' [sic]')));
    a = await waitFor('the tag to follow the edits', async () => {
      const x = await only(uri);
      return x.text === edited ? x : undefined;
    });
    assert.equal(doc.getText(a.range!), edited);
    await api.whenDecorated();
    assert.deepEqual(api.decoratedRanges(uri, 'disputed').map((x) => doc.getText(x)), [edited]);

    // Saved: the sidecar describes the saved text.
    assert.ok(await doc.save());
    await readWhen(sidecarOf(uri), 'the sidecar to store the new place', (t) => t.includes(`"exact": "${edited}"`));

    // As after a window reload: nothing in memory, everything read again from disk.
    await closeAllEditors();
    await vscode.commands.executeCommand('crosscheck.reloadAnnotations');
    a = await only(uri);
    const text = await read(uri);
    assert.equal(a.status, 'exact');
    assert.equal(a.text, edited);
    assert.equal(text.slice(text.indexOf(edited), text.indexOf(edited) + edited.length), edited);
    assert.deepEqual([a.verdict, a.tags], ['disputed', ['relations']]);
  });

  it('follows an article changed outside the editor (moved, never to a lookalike)', async function () {
    const uri = claimUri();
    const before = await only(uri);
    const text = await read(uri);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(`A new first paragraph, added by another tool.\n\n${text}`));
    const moved = await waitFor('the claim to be anchored again', async () => {
      const x = await only(uri);
      return x.range && x.range.start.line === before.range!.start.line + 2 ? x : undefined;
    });
    assert.equal(moved.text, before.text);
    // 'moved' when re-anchored from the sidecar; 'exact' when VS Code still had the document and
    // reported the change as an edit, which the place followed.
    assert.ok(moved.status === 'moved' || moved.status === 'exact', moved.status);
  });

  it('adds a Markdown note, shows it in the hover, edits it, and removes the annotation undoably', async function () {
    const uri = claimUri();
    const text = await read(uri);
    const words = 'Russia is Syria’s most powerful ally';
    const start = text.indexOf(words);
    await select(uri, start, start + words.length);
    const r = await vscode.commands.executeCommand<Result>('crosscheck.addNote', 'Check **this** against the *Reuters* copy.');
    assert.equal(r.ok, true, JSON.stringify(r));
    const view = await annotationsOf(uri);
    const note = view.annotations.find((x) => x.text === words)!;
    assert.equal(note.note, 'Check **this** against the *Reuters* copy.');
    assert.match(await hoverText(uri, start + 3), /Check \*\*this\*\* against/);
    await api.whenDecorated();
    assert.ok(api.decoratedRanges(uri, 'note').length >= 1);

    await vscode.commands.executeCommand('crosscheck.editNote', note.ref, 'Reuters has it too.');
    assert.equal((await annotationsOf(uri)).annotations.find((x) => x.id === note.id)?.note, 'Reuters has it too.');
    await vscode.commands.executeCommand('crosscheck.undoAnnotationChange');
    assert.equal((await annotationsOf(uri)).annotations.find((x) => x.id === note.id)?.note, 'Check **this** against the *Reuters* copy.');

    const removed = await vscode.commands.executeCommand<Result>('crosscheck.removeAnnotation', note.ref);
    assert.equal(removed.ok, true);
    assert.ok(!(await annotationsOf(uri)).annotations.some((x) => x.id === note.id));
    await readWhen(sidecarOf(uri), 'the sidecar to drop it', (t) => !t.includes(note.id));
    await vscode.commands.executeCommand('crosscheck.undoAnnotationChange');
    const back = (await annotationsOf(uri)).annotations.find((x) => x.id === note.id);
    assert.ok(back, 'undo puts it back with the same id');
    assert.deepEqual([back.note, back.text, back.status], ['Check **this** against the *Reuters* copy.', words, 'exact']);
    await readWhen(sidecarOf(uri), 'the sidecar to have it again', (t) => t.includes(note.id));
  });

  it('changes the verdict, and the claim moves to that colour', async function () {
    const uri = claimUri();
    const a = (await annotationsOf(uri)).annotations.find((x) => x.verdict === 'disputed')!;
    await vscode.commands.executeCommand('crosscheck.editTags', { ...a.ref, verdict: 'misattributed', tags: ['relations', 'tass'] });
    const after = (await annotationsOf(uri)).annotations.find((x) => x.id === a.id)!;
    assert.deepEqual([after.verdict, after.tags], ['misattributed', ['relations', 'tass']]);
    await vscode.window.showTextDocument(uri);
    await api.whenDecorated();
    assert.equal(api.decoratedRanges(uri, 'disputed').length, 0);
    assert.equal(api.decoratedRanges(uri, 'misattributed').length, 1);
    await vscode.commands.executeCommand('crosscheck.editTags', { ...a.ref, verdict: 'disputed', tags: ['relations'] });
  });

  it('links the claim to the same passage in another article', async function () {
    const uri = claimUri();
    const a = (await annotationsOf(uri)).annotations.find((x) => x.verdict === 'disputed')!;
    const found = await vscode.commands.executeCommand<Result>('crosscheck.linkClaim', { ...a.ref, candidatesOnly: true });
    const seed = workspaceUri(SEED).toString();
    const inSeed = found.candidates?.find((c) => c.uri === seed);
    assert.ok(inSeed, `the seed article carries the same words: ${JSON.stringify(found.candidates?.map((c) => [c.uri, c.how]))}`);
    const start = seedText.indexOf(CLAIM);
    await vscode.commands.executeCommand('crosscheck.linkClaim', { ...a.ref, targets: [{ uri: seed, start, end: start + CLAIM.length }] });
    const linked = (await annotationsOf(uri)).annotations.find((x) => x.id === a.id)!;
    assert.deepEqual(
      linked.appearances.map((p) => [p.uri, p.status, p.text]),
      [[seed, 'exact', CLAIM]],
    );
    const sidecar = JSON.parse(await readWhen(sidecarOf(uri), 'the link in the sidecar', (t) => t.includes(`../${SEED}`)));
    const stored = sidecar.annotations.find((x: { id: string }) => x.id === a.id);
    assert.equal(stored.target[1].source, `../${SEED}`);
    await vscode.commands.executeCommand('crosscheck.undoAnnotationChange');
    assert.deepEqual((await annotationsOf(uri)).annotations.find((x) => x.id === a.id)!.appearances, []);
  });

  it('Link Claim searches every article’s sentences as the analyst types; its targets are sentence-sized', async function () {
    const uri = claimUri();
    const a = (await annotationsOf(uri)).annotations.find((x) => x.verdict === 'disputed')!;
    const typed = await vscode.commands.executeCommand<Result>('crosscheck.linkClaim', { ...a.ref, candidatesOnly: true, query: 'no proof' });
    const hits = typed.candidates ?? [];
    assert.ok(hits.some((c) => /saw no proof/.test(c.text)), JSON.stringify(hits.map((c) => c.text)));
    const found = await vscode.commands.executeCommand<Result>('crosscheck.linkClaim', { ...a.ref, candidatesOnly: true });
    for (const c of [...hits, ...(found.candidates ?? [])]) {
      assert.ok(!c.text.includes('\n') && c.text.length <= 300, `one sentence, not a paragraph: ${c.text.length} characters (${c.how}): ${c.text}`);
    }
  });

  it('a corrupt sidecar: named with its problem, never overwritten, annotations refused (or kept in a recovery file), other articles unaffected', async function () {
    const uri = brokenUri();
    const sidecar = sidecarOf(uri);
    const corrupt = '{ "version": 1, "source": "broken.txt", "annotations": [ { "id": ';
    await vscode.workspace.fs.writeFile(sidecar, encoder.encode(corrupt));
    const view: AnnotationsView = await waitFor('the sidecar to be found invalid', async () => {
      const v = await annotationsOf(uri);
      return v.status === 'invalid' ? v : undefined;
    });
    assert.match(view.problem ?? '', /broken\.txt\.annotations\.json: not valid JSON/);
    await waitFor('a diagnostic on the sidecar', () => vscode.languages.getDiagnostics(sidecar).find((d) => d.source === 'Crosscheck'));

    const start = seedText.indexOf(CLAIM);
    const refused = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start, end: start + CLAIM.length, verdict: 'disputed' });
    assert.deepEqual([refused.ok, refused.reason], [false, 'invalid']);
    assert.match(refused.message ?? '', /cannot be changed until .*broken\.txt\.annotations\.json is fixed/);
    assert.equal(await read(sidecar), corrupt, 'the corrupt sidecar is byte-identical');

    const kept = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start, end: start + CLAIM.length, verdict: 'disputed', recovery: true });
    assert.ok(kept.recoveryFile, JSON.stringify(kept));
    const recovered = JSON.parse(await read(vscode.Uri.parse(kept.recoveryFile)));
    assert.equal(recovered.annotations[0].body[0].value, 'disputed');
    assert.equal(await read(sidecar), corrupt, 'still byte-identical');

    // Every other article keeps working.
    const other = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: pulledUri().toString(), start, end: start + CLAIM.length, tag: 'ok' });
    assert.equal(other.ok, true, JSON.stringify(other));

    // Fixed on disk: usable again.
    await vscode.workspace.fs.delete(sidecar);
    await waitFor('the article to be usable again', async () => ((await annotationsOf(uri)).status === 'ok' ? true : undefined));
    await waitFor('the diagnostic to go', () => (vscode.languages.getDiagnostics(sidecar).length === 0 ? true : undefined));
  });

  it('a sidecar from a newer version: shown read-only, never written', async function () {
    const uri = brokenUri();
    const sidecar = sidecarOf(uri);
    const words = 'Russia is Syria’s most powerful ally';
    const at = seedText.indexOf(words);
    const newer = handSidecar('broken.txt', 'urn:uuid:5d1e8f7a-2b3c-4d5e-8f90-a1b2c3d4e5f6', words, seedText.slice(at - 32, at), seedText.slice(at + words.length, at + words.length + 32), at).replace('"version": 1', '"version": 7');
    await vscode.workspace.fs.writeFile(sidecar, encoder.encode(newer));
    const view = await waitFor('the sidecar to be read-only', async () => {
      const v = await annotationsOf(uri);
      return v.status === 'readOnly' ? v : undefined;
    });
    assert.match(view.problem ?? '', /newer version of Crosscheck \(format version 7/);
    assert.deepEqual(view.annotations.map((a) => [a.text, a.status]), [[words, 'exact']], 'its annotations still show');
    const refused = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start: at, end: at + words.length, verdict: 'confirmed' });
    assert.deepEqual([refused.ok, refused.reason], [false, 'readOnly']);
    const removed = await vscode.commands.executeCommand<Result>('crosscheck.removeAnnotation', view.annotations[0]!.ref);
    assert.equal(removed.ok, false);
    assert.equal(await read(sidecar), newer, 'byte-identical');
    await vscode.workspace.fs.delete(sidecar);
    await waitFor('the article to be usable again', async () => ((await annotationsOf(uri)).status === 'ok' ? true : undefined));
  });

  it('re-reads a sidecar changed on disk (a git pull) and lists its claims in the Claims & Notes view', async function () {
    const uri = pulledUri();
    const words = 'Russia is Syria’s most powerful ally';
    const at = seedText.indexOf(words);
    const id = 'urn:uuid:7f1c2a52-0c1b-4a39-9d55-5e8e3a1c2b10';
    const body = handSidecar('pulled.txt', id, words, seedText.slice(at - 32, at), seedText.slice(at + words.length, at + words.length + 32), at + 7);
    await vscode.workspace.fs.writeFile(sidecarOf(uri), encoder.encode(body));
    const a = await waitFor('the pulled annotation', async () => (await annotationsOf(uri)).annotations.find((x) => x.id === id));
    assert.deepEqual([a.verdict, a.text, a.status], ['unverified', words, 'moved']);

    const root = await api.viewContents('crosscheck.claims', 3);
    assert.ok(labels(root).includes('Unverified'), labels(root).join(', '));
    const unverified = root.find((n) => n.label === 'Unverified')!.children!;
    const node = unverified.find((n) => n.label === `“${words}”`);
    assert.ok(node, labels(unverified).join(', '));
    assert.match(node.description ?? '', /annotations-test\/pulled\.txt/);
    assert.equal(node.command?.command, 'crosscheck.openAnnotation');
    await vscode.commands.executeCommand(node.command!.command, ...(node.command!.arguments ?? []));
    const editor = await waitFor('the claim to open', () => vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(editor.selection), words);
    const disputed = root.find((n) => n.label === 'Disputed')!.children!;
    assert.ok(disputed.some((n) => n.label === `“${CLAIM.replace('current', 'present')}”`), labels(disputed).join(', '));
  });

  it('shows an orphan apart, never moved to a lookalike, and re-attaches it to the selection', async function () {
    const uri = pulledUri();
    const id = 'urn:uuid:0b6f4c1e-93a2-4c55-8d1e-2b4d6f8a9c01';
    const gone = 'a sentence that this article never contained at all';
    await vscode.workspace.fs.writeFile(sidecarOf(uri), encoder.encode(handSidecar('pulled.txt', id, gone, 'nothing like it is in the text, ', ', and its context is gone too.', 120, 'disputed')));
    const orphan = await waitFor('the orphan', async () => (await annotationsOf(uri)).annotations.find((x) => x.id === id));
    assert.equal(orphan.status, 'orphan');
    assert.equal(orphan.range, undefined);
    const root = await api.viewContents('crosscheck.claims', 3);
    const orphans = root.find((n) => n.label.startsWith('Orphaned'));
    assert.ok(orphans, labels(root).join(', '));
    const node = orphans.children!.find((n) => n.label === `“${gone}”`)!;
    assert.equal(node.contextValue, 'claim.orphan');

    const words = 'chemical attack in northwestern Syria';
    const at = seedText.indexOf(words);
    await select(uri, at, at + words.length);
    const r = await vscode.commands.executeCommand<Result>('crosscheck.reattachAnnotation', orphan.ref);
    assert.equal(r.ok, true, JSON.stringify(r));
    const attached = (await annotationsOf(uri)).annotations.find((x) => x.id === id)!;
    assert.deepEqual([attached.status, attached.text, attached.verdict], ['exact', words, 'disputed']);
    const after = await api.viewContents('crosscheck.claims', 3);
    assert.ok(!after.some((n) => n.label.startsWith('Orphaned')), labels(after).join(', '));
    await readWhen(sidecarOf(uri), 'the new place in the sidecar', (t) => t.includes(`"exact": "${words}"`));
  });

  it('removing an annotation and undoing it puts back exactly what the sidecar held (id, creator, times, selectors, bodies)', async function () {
    const uri = pulledUri();
    const id = 'urn:uuid:0b6f4c1e-93a2-4c55-8d1e-2b4d6f8a9c01'; // another analyst's, re-attached by the test above
    const stored = async () => (JSON.parse(await read(sidecarOf(uri))) as { annotations: { id: string }[] }).annotations.find((x) => x.id === id);
    const before = await stored();
    assert.ok(before, 'the annotation is in the sidecar');
    const a = (await annotationsOf(uri)).annotations.find((x) => x.id === id)!;
    const removed = await vscode.commands.executeCommand<Result>('crosscheck.removeAnnotation', a.ref);
    assert.equal(removed.ok, true, JSON.stringify(removed));
    await readWhen(sidecarOf(uri), 'the sidecar to drop it', (t) => !t.includes(id));
    assert.match((await vscode.commands.executeCommand<string>('crosscheck.undoAnnotationChange')) ?? '', /^the removal of/);
    await readWhen(sidecarOf(uri), 'the sidecar to have it again', (t) => t.includes(id));
    assert.deepEqual(await stored(), before);
    const back = (await annotationsOf(uri)).annotations.find((x) => x.id === id)!;
    assert.deepEqual([back.status, back.text, back.verdict], [a.status, a.text, a.verdict]);
  });

  it('keeps sidecars in a mirror folder when crosscheck.annotations.folder says so', async function () {
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('annotations.folder', '.crosscheck/annotations', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the new layout', async () => ((await annotationsOf(claimUri())).sidecar.includes('.crosscheck/annotations/') ? true : undefined));
      const uri = brokenUri();
      const start = seedText.indexOf(CLAIM);
      const r = await vscode.commands.executeCommand<Result>('crosscheck.tagClaim', { uri: uri.toString(), start, end: start + CLAIM.length, tag: 'mirror' });
      assert.equal(r.ok, true, JSON.stringify(r));
      const mirrored = workspaceUri(`.crosscheck/annotations/${DIR}/broken.txt.annotations.json`);
      await waitFor('the mirrored sidecar', () => exists(mirrored).then((x) => x || undefined));
      assert.equal(await exists(sidecarOf(uri)), false, 'nothing next to the article');
      await vscode.workspace.fs.delete(workspaceUri('.crosscheck/annotations'), { recursive: true, useTrash: false });
    } finally {
      await config.update('annotations.folder', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the adjacent layout again', async () => ((await annotationsOf(claimUri())).sidecar === sidecarOf(claimUri()).toString() ? true : undefined));
      await api.whenIndexed();
    }
  });
});

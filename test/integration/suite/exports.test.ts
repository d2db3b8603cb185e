// The exports of the claims and notes from the editor (Export Claims Briefing / CSV / JSON-LD), in a
// real VS Code: the CLI's formats over the folder's sidecars as saved (pending changes first),
// written atomically where asked (here given, instead of the save dialog), a clear failure naming the file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationView, CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const CLAIM = 'the current state of U.S.-Russia relations is at a low point';

interface ExportResult {
  ok: boolean;
  uri?: string;
  annotations?: number;
  message?: string;
}

describe('Exporting the claims and notes from the editor', function () {
  let api: CrosscheckApi;
  let ref: AnnotationView['ref'] | undefined;
  const seed = () => workspaceUri(SEED);
  const sidecar = () => seed().with({ path: `${seed().path}.annotations.json` });
  /** Next to the workspace folder (where the save dialog proposes), so that the exports are not articles. */
  const outside = (name: string) => vscode.Uri.joinPath(workspaceUri('.'), '..', 'exports', name);
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

  before(async function () {
    api = await crosscheckApi();
    const doc = await vscode.workspace.openTextDocument(seed());
    const start = doc.getText().indexOf(CLAIM);
    assert.ok(start >= 0);
    const tagged = await vscode.commands.executeCommand<{ ok: boolean; ref?: AnnotationView['ref'] }>('crosscheck.tagClaim', {
      uri: seed().toString(),
      start,
      end: start + CLAIM.length,
      tags: ['relations', 'low point'],
      verdict: 'disputed',
      note: 'Compare with the **wire** copy, "line 2".',
    });
    assert.ok(tagged.ok, JSON.stringify(tagged));
    ref = tagged.ref;
  });

  after(async function () {
    await closeAllEditors();
    if (ref) await vscode.commands.executeCommand('crosscheck.removeAnnotation', ref);
    await waitFor('the claim to be removed', async () => ((await api.annotationsOf(seed())).annotations.length === 0 ? true : undefined));
    await vscode.workspace.fs.delete(sidecar(), { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(outside(''), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('are commands of the palette, in the Crosscheck category', async function () {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['crosscheck.exportBriefing', 'crosscheck.exportCsv', 'crosscheck.exportJsonLd']) assert.ok(commands.includes(c), c);
    const manifest = vscode.extensions.getExtension('crosscheck.crosscheck')!.packageJSON as { contributes: { commands: { command: string; category?: string; title: string }[] } };
    const titles = manifest.contributes.commands.filter((c) => c.command.startsWith('crosscheck.export')).map((c) => `${c.category}: ${c.title}`);
    assert.deepEqual(titles, ['Crosscheck: Export Claims Briefing (Markdown)…', 'Crosscheck: Export Claims as CSV…', 'Crosscheck: Export Claims as JSON-LD (W3C Web Annotations)…']);
  });

  it('Export Claims Briefing writes the Markdown briefing, the claim under its verdict with its tags and note', async function () {
    const uri = outside('briefing.md');
    const r = await vscode.commands.executeCommand<ExportResult>('crosscheck.exportBriefing', { uri, open: false });
    assert.deepEqual(r, { ok: true, uri: uri.toString(), annotations: 1 });
    const text = await read(uri);
    const folder = vscode.workspace.workspaceFolders![0]!.name;
    assert.ok(text.startsWith(`# Claims briefing: ${folder}\n\n1 annotated claim in 1 article: 1 disputed.\n`), text.slice(0, 200));
    for (const part of ['## Disputed (1)', `### 1. ${CLAIM}`, `> ${CLAIM}`, `- **Article:** \`${SEED}\``, '- **Tags:** relations, low point', '**Note:**', 'Compare with the **wire** copy, "line 2".']) {
      assert.ok(text.includes(part), `${part}\n---\n${text}`);
    }
  });

  it('Export Claims as CSV writes one row per claim, RFC 4180 (quoted cells, CRLF)', async function () {
    const uri = outside('claims.csv');
    const r = await vscode.commands.executeCommand<ExportResult>('crosscheck.exportCsv', { uri, open: false });
    assert.equal(r.ok, true, JSON.stringify(r));
    const lines = (await read(uri)).split('\r\n');
    assert.equal(lines[0], 'doc,id,status,start,end,verdict,tags,claim,note,appearances,creator,created,modified');
    assert.equal(lines.length, 3, 'a header, one row, the final line end');
    assert.equal(lines[2], '');
    const text = (await vscode.workspace.openTextDocument(seed())).getText();
    const start = text.indexOf(CLAIM);
    assert.ok(lines[1]!.startsWith(`${SEED},urn:uuid:`), lines[1]);
    assert.ok(lines[1]!.includes(`,exact,${start},${start + CLAIM.length},disputed,relations; low point,${CLAIM},"Compare with the **wire** copy, ""line 2"".",`), lines[1]);
  });

  it('Export Claims as JSON-LD writes a W3C AnnotationCollection, its targets relative to the folder', async function () {
    const uri = outside('annotations.jsonld');
    const r = await vscode.commands.executeCommand<ExportResult>('crosscheck.exportJsonLd', { uri, open: false });
    assert.equal(r.ok, true, JSON.stringify(r));
    const json = JSON.parse(await read(uri)) as { '@context': string; type: string; total: number; first: { items: { target: { source: string }; body?: unknown }[] } };
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.total, 1);
    assert.equal(json.first.items[0]!.target.source, SEED);
    assert.match(JSON.stringify(json.first.items[0]!.body), /disputed/);
  });

  it('replaces an existing export whole, leaving no temporary file; a failure names the file', async function () {
    const uri = outside('claims.csv');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('old content that is longer than the new one '.repeat(200)));
    const r = await vscode.commands.executeCommand<ExportResult>('crosscheck.exportCsv', { uri, open: false });
    assert.equal(r.ok, true);
    assert.ok((await read(uri)).startsWith('doc,id,status'));
    assert.ok(!(await read(uri)).includes('old content'));
    const left = (await vscode.workspace.fs.readDirectory(outside(''))).map(([n]) => n).filter((n) => n.endsWith('.tmp'));
    assert.deepEqual(left, []);
    // A folder cannot be created under a file: the error says which file could not be written.
    const bad = vscode.Uri.joinPath(seed(), 'briefing.md');
    const failed = await vscode.commands.executeCommand<ExportResult>('crosscheck.exportBriefing', { uri: bad, open: false });
    assert.equal(failed.ok, false);
    assert.ok(failed.message?.startsWith(`${bad.fsPath}: `), failed.message);
  });
});

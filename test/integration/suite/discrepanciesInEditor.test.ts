// The discrepancies in the article editors (crosscheck.discrepancies.showInEditor), in a real VS Code:
// Information diagnostics at each member naming the other outlets (Problems panel, F8), updated when
// an article changes and never duplicated; inline hints instead; nothing when off. The Claims & Notes
// view stays hidden: the setting alone asks for the discrepancies.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, crosscheckApi, SAMPLE_ARTICLES, SEED, waitFor, workspaceUri } from './util';

const KINDS = ['figures differ', 'spelling differs', 'quote wording differs', 'claim disputed'];

/** Crosscheck's discrepancy diagnostics by article file name. */
function discrepancyDiagnostics(): Map<string, vscode.Diagnostic[]> {
  const out = new Map<string, vscode.Diagnostic[]>();
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    const ours = list.filter((d) => d.source === 'Crosscheck' && KINDS.includes(String(d.code)));
    if (ours.length) out.set(uri.path.split('/').pop()!, ours);
  }
  return out;
}

const textAt = (doc: vscode.TextDocument, r: vscode.Range) => doc.getText(r);

describe('Discrepancies in the editor (crosscheck.discrepancies.showInEditor)', function () {
  const config = () => vscode.workspace.getConfiguration('crosscheck');
  const setMode = (mode: string | undefined) => config().update('discrepancies.showInEditor', mode, vscode.ConfigurationTarget.Workspace);

  before(async function () {
    await crosscheckApi();
    await vscode.commands.executeCommand('workbench.view.explorer'); // (the Claims & Notes view hidden)
    // Every article's discrepancies, open or not (the default lists the open ones': discrepanciesOpenArticles.test.ts).
    await config().update('discrepancies.problemsScope', 'allArticles', vscode.ConfigurationTarget.Workspace);
  });

  afterEach(closeAllEditors);

  after(async function () {
    await setMode(undefined);
    await config().update('discrepancies.problemsScope', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('are off by default: no diagnostics, no hints', async function () {
    assert.equal(config().get('discrepancies.showInEditor'), 'off');
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(discrepancyDiagnostics().size, 0);
  });

  it('"problems": an Information diagnostic at each member naming the other outlets, linked to their versions, each once', async function () {
    await setMode('problems');
    const seedDoc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    const figure = await waitFor('the seed’s figure diagnostic', () => discrepancyDiagnostics().get(SEED)?.find((d) => d.message === '89 people — France 24 says 87 deaths'));
    assert.equal(figure.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(figure.code, 'figures differ');
    assert.equal(textAt(seedDoc, figure.range), '89 people');
    // The other outlet's version, one click away (the peek of F8 and the Problems panel list it).
    const [other] = figure.relatedInformation ?? [];
    assert.ok(other, 'related information');
    assert.equal(other.message, 'France 24: 87 deaths');
    assert.equal(other.location.uri.path.split('/').pop(), '002_25850ff43da0e0ff.txt');
    assert.equal(textAt(await vscode.workspace.openTextDocument(other.location.uri), other.location.range), '87 deaths');
    // The other side says the reverse; the seed names it by file (its text gives no outlet).
    const theirs = discrepancyDiagnostics().get('002_25850ff43da0e0ff.txt')!;
    assert.ok(theirs.some((d) => d.message === `87 deaths — ${SEED} says 89 people`), theirs.map((d) => d.message).join(' | '));
    // A spelling: the seed's "Sergey" against the outlets that write "Sergei".
    const name = discrepancyDiagnostics().get(SEED)!.find((d) => d.code === 'spelling differs' && textAt(seedDoc, d.range) === 'Sergey Lavrov');
    assert.ok(name, discrepancyDiagnostics().get(SEED)!.map((d) => d.message).join(' | '));
    assert.match(name.message, /^Sergey Lavrov — .*The Financial Times.* says? Sergei Lavrov$/);
    // Only articles, each place and message once.
    const all = discrepancyDiagnostics();
    for (const [file, list] of all) {
      assert.ok(SAMPLE_ARTICLES.includes(file), file);
      const keys = list.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
      assert.equal(new Set(keys).size, keys.length, `${file}: ${keys.join(' | ')}`);
    }
  });

  it('are derived again when an article changes: replaced, never added to', async function () {
    await setMode('problems');
    await waitFor('the diagnostics', () => discrepancyDiagnostics().get(SEED)?.some((d) => d.message === '89 people — France 24 says 87 deaths'));
    const before = [...discrepancyDiagnostics()].map(([f, l]) => [f, l.length] as const).sort();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('002_25850ff43da0e0ff.txt')));
    const doc = editor.document;
    const at = doc.getText().indexOf('87 deaths');
    const figure = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 2));
    assert.ok(await editor.edit((b) => b.replace(figure, '85')));
    await waitFor('the new figure', () => discrepancyDiagnostics().get(SEED)?.some((d) => d.message === '89 people — France 24 says 85 deaths'));
    assert.ok(!discrepancyDiagnostics().get(SEED)!.some((d) => d.message.includes('87 deaths')), 'the old figure is gone');
    assert.deepEqual([...discrepancyDiagnostics()].map(([f, l]) => [f, l.length] as const).sort(), before);
    assert.ok(await editor.edit((b) => b.replace(figure, '87')));
    await waitFor('the figure back as it was', () => discrepancyDiagnostics().get(SEED)?.some((d) => d.message === '89 people — France 24 says 87 deaths'));
  });

  it('"inlineHints": a hint after each member instead, its outlet linking to the version; "off" removes everything', async function () {
    await setMode('problems');
    await waitFor('the diagnostics', () => discrepancyDiagnostics().get(SEED)?.length);
    await setMode('inlineHints');
    await waitFor('the diagnostics removed', () => discrepancyDiagnostics().size === 0);
    const doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    await vscode.window.showTextDocument(doc);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const hints = await waitFor('the seed’s hints', async () => {
      const hs = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      return hs?.some((h) => label(h) === '≠ 87 deaths (France 24)') ? hs : undefined;
    });
    const figure = hints.find((h) => label(h) === '≠ 87 deaths (France 24)')!;
    assert.equal(doc.offsetAt(figure.position), doc.getText().indexOf('89 people') + '89 people'.length, 'right after the figure');
    const outlet = (figure.label as vscode.InlayHintLabelPart[]).find((p) => p.value === 'France 24');
    assert.equal(outlet?.location?.uri.path.split('/').pop(), '002_25850ff43da0e0ff.txt');
    await setMode('off');
    await waitFor('the hints removed', async () => {
      const hs = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      return !hs?.some((h) => label(h).startsWith('≠')) || undefined;
    });
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(discrepancyDiagnostics().size, 0);
  });

  it('Crosscheck: Show Discrepancies in the Editor… sets it from the palette (here given the choice)', async function () {
    const run = (mode?: string) => vscode.commands.executeCommand<string | undefined>('crosscheck.showDiscrepanciesInEditor', mode);
    assert.equal(await run('problems'), 'problems');
    assert.equal(config().get('discrepancies.showInEditor'), 'problems');
    await waitFor('the diagnostics', () => discrepancyDiagnostics().get(SEED)?.length);
    assert.equal(await run('sideways'), undefined, 'not a choice: nothing changes');
    assert.equal(config().get('discrepancies.showInEditor'), 'problems');
    assert.equal(await run('off'), 'off');
    await waitFor('the diagnostics removed', () => discrepancyDiagnostics().size === 0);
  });
});

// The discrepancies between the articles in the Claims & Notes view, in a real VS Code: derived
// when the view is shown, grouped by kind, restricted to the article being read (or all), each
// member opening its exact span, and refreshed when an article changes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi, ViewNode } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const labels = (nodes: ViewNode[] | undefined) => (nodes ?? []).map((n) => n.label);
const child = (node: ViewNode | undefined, label: string) => node?.children?.find((n) => n.label === label);

/** The sample articles whose text names their outlet (a copyright, credit or metadata line). */
const OUTLETS: Record<string, string> = { '000_bcb29d6ce618a839.txt': 'The Financial Times', '002_25850ff43da0e0ff.txt': 'France 24', '003_5a3a1f82d09f5ee9.txt': 'STV' };

describe('Discrepancies in the Claims & Notes view', function () {
  let api: CrosscheckApi;

  before(async function () {
    api = await crosscheckApi();
    // Derived only while the view is visible: show it.
    await vscode.commands.executeCommand('crosscheck.claims.focus');
  });

  afterEach(closeAllEditors);

  after(async function () {
    await vscode.commands.executeCommand('crosscheck.discrepanciesShowArticle');
    await vscode.commands.executeCommand('workbench.view.explorer'); // the view hidden again: nothing derived for the other suites
  });

  /** The Discrepancies group once it satisfies `ok`. */
  function group(what: string, ok: (g: ViewNode) => boolean): Promise<ViewNode> {
    return waitFor(what, async () => {
      const g = (await api.viewContents('crosscheck.claims', 5)).find((n) => n.label === 'Discrepancies');
      return g && ok(g) ? g : undefined;
    });
  }

  async function read(name: string): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  }

  /** Runs a member's command (what a click does) and returns the words it selects, with the article. */
  async function open(member: ViewNode): Promise<{ file: string; text: string }> {
    assert.equal(member.command?.command, 'crosscheck.openDiscrepancyMember');
    await vscode.commands.executeCommand(member.command.command, ...(member.command.arguments ?? []));
    const key = String(member.command.arguments?.[0]);
    const editor = await waitFor('the member’s article', () => (vscode.window.activeTextEditor?.document.uri.toString() === key ? vscode.window.activeTextEditor : undefined));
    return { file: editor.document.uri.path.split('/').pop()!, text: editor.document.getText(editor.selection) };
  }

  it('lists the discrepancies of the article being read by kind; each member opens its exact span', async function () {
    await read(SEED);
    const g = await group('the discrepancies of the seed', (x) => /of 11 · 001_ccdd08a9bed3a08f\.txt$/.test(x.description ?? ''));
    assert.equal(g.contextValue, 'discrepancies.article');
    // The seed has a figure, a name spelling and quote wordings; no disputed claim.
    assert.deepEqual(labels(g.children), ['Numbers', 'Name spellings', 'Quote wording']);
    const number = child(child(g, 'Numbers'), '89 people vs 87 deaths — people killed');
    assert.ok(number, labels(child(g, 'Numbers')?.children).join(', '));
    assert.equal(number.description, '2 articles');
    // The seed's own member first; the label is an excerpt around the figure.
    const [mine, theirs] = number.children!;
    assert.match(mine!.description ?? '', /^001_ccdd08a9bed3a08f\.txt · this article$/);
    assert.match(mine!.label, /\b89\b/);
    assert.equal(theirs!.description, 'France 24'); // 002, by the outlet its credit line names
    // (a member is the figure with what it counts)
    assert.deepEqual(await open(mine!), { file: SEED, text: '89 people' });
    assert.deepEqual(await open(theirs!), { file: '002_25850ff43da0e0ff.txt', text: '87 deaths' });

    const lavrov = child(child(g, 'Name spellings'), 'Sergei Lavrov vs Sergey Lavrov')!;
    assert.ok(lavrov, labels(child(g, 'Name spellings')?.children).join(', '));
    assert.ok(lavrov.children!.length >= 5);
    for (const m of lavrov.children!) {
      const { file, text } = await open(m);
      assert.ok(['Sergei Lavrov', 'Sergey Lavrov'].includes(text), `${file}: ${text}`);
      // (a member is named by its article's outlet where the text gives one, else by its file)
      assert.equal(OUTLETS[file] ?? file, m.description?.replace(/ · this article$/, ''));
    }
    const wording = child(g, 'Quote wording')!;
    assert.ok(labels(wording.children).includes('“this kind of relationship” vs “this relationship” vs “this sort of relationship”'), labels(wording.children).join(' | '));
  });

  it('keeps its rows still while members are opened (beside): no rescoping, reordering or dropping', async function () {
    const shape = (nodes: ViewNode[] | undefined): unknown => (nodes ?? []).map((n) => [n.label, n.description, shape(n.children)]);
    await read(SEED);
    const before = await group('the discrepancies of the seed', (x) => /of 11 · 001_ccdd08a9bed3a08f\.txt$/.test(x.description ?? ''));
    const theirs = child(child(before, 'Numbers'), '89 people vs 87 deaths — people killed')!.children![1]!;
    assert.equal((await open(theirs)).file, '002_25850ff43da0e0ff.txt');
    assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.Two, 'opened beside the article being read');
    // The opened article's cursor moves, then another member of it is opened: the list stays.
    const other = vscode.window.activeTextEditor!;
    other.selection = new vscode.Selection(0, 0, 0, 0);
    const lavrov = child(child(before, 'Name spellings'), 'Sergei Lavrov vs Sergey Lavrov')!;
    for (const m of lavrov.children!.filter((c) => !c.description?.endsWith('this article')).slice(0, 2)) await open(m);
    await new Promise((r) => setTimeout(r, 1_500));
    const after = (await api.viewContents('crosscheck.claims', 5)).find((n) => n.label === 'Discrepancies');
    assert.deepEqual(shape(after?.children), shape(before.children));
    assert.equal(after?.description, before.description);
    // Back in the article being read, the list follows again: another article read next is listed.
    await read(SEED);
    await read('000_bcb29d6ce618a839.txt');
    await group('the discrepancies of 000', (x) => /· The Financial Times$/.test(x.description ?? '')); // (000 names its outlet)
  });

  it('lists every article’s discrepancies on request, and follows the article being read', async function () {
    await read(SEED);
    await vscode.commands.executeCommand('crosscheck.discrepanciesShowAll');
    const all = await group('all discrepancies', (x) => x.description === '11 · all articles');
    assert.equal(all.contextValue, 'discrepancies.all');
    assert.deepEqual(labels(all.children), ['Numbers', 'Name spellings', 'Quote wording', 'Claims stated and disputed']);
    await vscode.commands.executeCommand('crosscheck.discrepanciesShowArticle');
    await read('000_bcb29d6ce618a839.txt');
    const other = await group('the discrepancies of 000', (x) => /· The Financial Times$/.test(x.description ?? ''));
    const claims = child(other, 'Claims stated and disputed');
    assert.ok(claims, labels(other.children).join(', '));
    assert.match(claims.children![0]!.label, /^Disputed: Mr Lavrov said that Russia saw no proof/);
  });

  it('is derived again when an article changes', async function () {
    const editor = await read('002_25850ff43da0e0ff.txt');
    const g = await group('the discrepancies of 002', (x) => /· France 24$/.test(x.description ?? ''));
    const member = child(child(g, 'Numbers'), '89 people vs 87 deaths — people killed')!.children!.find((m) => m.description?.startsWith('France 24'))!;
    const [, start] = member.command!.arguments as [string, number, number];
    const end = start + 2; // (the figure of "87 deaths")
    const doc = editor.document;
    assert.equal(doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end))), '87');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(start), doc.positionAt(end)), '85')));
    await group('the new figure', (x) => !!child(child(x, 'Numbers'), '89 people vs 85 deaths — people killed'));
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(start), doc.positionAt(end)), '87')));
    await group('the figure back as it was', (x) => !!child(child(x, 'Numbers'), '89 people vs 87 deaths — people killed'));
  });

  it('reads the outlets corrected in .crosscheck/sources.json: one quote told to each article’s own outlet is no conflict', async function () {
    const lead = 'A ferry ran aground near Tollin harbour on Friday evening, and forty passengers were taken ashore.';
    const said = '“In twenty years on this coast I have never seen the tide turn so fast,” harbour master Ivo Marsh told';
    const files: [string, string][] = [['told-test/a.txt', `${lead}\n\n${said} KVXA.\n`], ['told-test/b.txt', `${lead}\n\n${said} the Tollin Courier.\n`]];
    const sources = workspaceUri('.crosscheck/sources.json');
    const whom = (x: ViewNode) => (child(x, 'Claims stated and disputed')?.children ?? []).some((n) => n.label.includes('told whom'));
    try {
      for (const [name, text] of files) await vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(text));
      await waitFor('the new articles indexed', () => (api.indexedPaths().filter((p) => p.includes('told-test/')).length === 2 ? true : undefined), 15_000);
      await read('told-test/a.txt');
      await group('the conflict over whom the quote was told to', whom);
      const corrected = { version: 1, articles: { 'told-test/a.txt': { outlet: 'KVXA' }, 'told-test/b.txt': { outlet: 'Tollin Courier' } } };
      await vscode.workspace.fs.writeFile(sources, new TextEncoder().encode(JSON.stringify(corrected, null, 2)));
      await group('no conflict once each listener is its article’s own outlet', (x) => /KVXA$/.test(x.description ?? '') && !whom(x));
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(workspaceUri('told-test'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(sources, { useTrash: false }).then(undefined, () => undefined);
      await waitFor('the test articles gone from the index', () => (api.indexedPaths().some((p) => p.includes('told-test/')) ? undefined : true), 15_000);
    }
  });
});

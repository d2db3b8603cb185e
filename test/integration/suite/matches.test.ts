// Cross-file matches in a real VS Code: the Matches view for the passage at the cursor, opening a
// match beside the article, moving between shared passages, comparing quote versions, and the
// shared-passage decoration layer.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi, ViewNode } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const QUOTE = 'The world’s two foremost nuclear powers cannot have this kind of relationship';

describe('Cross-file matches', function () {
  let api: CrosscheckApi;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async function () {
    api = await crosscheckApi();
  });

  beforeEach(async function () {
    doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await api.whenDecorated();
  });

  afterEach(closeAllEditors);

  /** Puts the cursor inside `needle` and returns the Matches view once it shows that passage. */
  async function cursorIn(needle: string): Promise<ViewNode[]> {
    const at = doc.getText().indexOf(needle);
    assert.ok(at >= 0, needle);
    editor.selection = new vscode.Selection(doc.positionAt(at + 3), doc.positionAt(at + 3));
    return waitFor('the Matches view to follow the cursor', async () => {
      const root = await api.viewContents('crosscheck.matches', 3);
      return root[0]?.label.includes(needle.slice(0, 20)) ? root : undefined;
    });
  }

  it('on an empty line of an article, asks for the cursor in a sentence (not in an article)', async function () {
    const blank = doc.getText().indexOf('\n\n') + 1;
    assert.ok(blank > 0, 'the seed has an empty line');
    editor.selection = new vscode.Selection(doc.positionAt(blank), doc.positionAt(blank));
    const root = await waitFor('the Matches view to follow the cursor', async () => {
      const r = await api.viewContents('crosscheck.matches', 1);
      return r[0]?.label.startsWith('At cursor:') ? r : undefined;
    });
    assert.equal(root[0]!.label, 'At cursor: place the cursor in a sentence');
  });

  it('lists the other articles that carry the quote at the cursor, reworded ones included', async function () {
    const root = await cursorIn(QUOTE);
    const cursor = root[0]!;
    assert.match(cursor.label, /^Quote at cursor: “The world’s two foremost/);
    const docs = (cursor.children ?? []).map((c) => c.label).sort();
    // 002 and 004 carry it verbatim, 003 says "this sort of", 000 "this relationship". Each is
    // named by its outlet where its text gives one (000's copyright line, 002's credit line, 003's
    // metadata line); 004 names none, and keeps its file name.
    assert.deepEqual(docs, ['004_a5a5ff91e9721339.txt', 'France 24', 'STV', 'The Financial Times']);
    assert.match(cursor.children!.find((c) => c.label === 'STV')!.description ?? '', /reworded/);
    assert.match(cursor.children!.find((c) => c.label.startsWith('004'))!.description ?? '', /100% · verbatim/);
  });

  it('a click on a match opens the other article beside, with the passage selected', async function () {
    const root = await cursorIn(QUOTE);
    const match = root[0]!.children!.find((c) => c.label === 'STV')!;
    await vscode.commands.executeCommand(match.command!.command, ...(match.command!.arguments ?? []));
    const other = await waitFor('the other article to open beside', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('003_5a3a1f82d09f5ee9.txt')),
    );
    assert.equal(other.viewColumn, vscode.ViewColumn.Two);
    assert.match(other.document.getText(other.selection), /two foremost nuclear powers cannot have this sort of relationship/);
  });

  it('keeps the list still while its matches are opened (pinned), and follows again from the article', async function () {
    const root = await cursorIn(QUOTE);
    const shape = (nodes: ViewNode[]): unknown => nodes.map((n) => [n.label, shape(n.children ?? [])]);
    const match = root[0]!.children!.find((c) => c.label.startsWith('STV'))!;
    assert.equal(match.command!.command, 'crosscheck.openMatchFromList');
    await vscode.commands.executeCommand(match.command!.command, ...(match.command!.arguments ?? []));
    const other = await waitFor('the match to open beside', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith('003_5a3a1f82d09f5ee9.txt') ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(other.viewColumn, vscode.ViewColumn.Two);
    // Reading on in the opened article (its cursor moves) does not replace the list.
    other.selection = new vscode.Selection(0, 0, 0, 0);
    await new Promise((r) => setTimeout(r, 600));
    const pinned = await api.viewContents('crosscheck.matches', 3);
    assert.deepEqual(shape(pinned), shape(root));
    assert.match(pinned[0]!.description ?? '', /pinned/);
    // A second match of the same list opens too, and the list still stays.
    const second = root[0]!.children!.find((c) => c.label.startsWith('France 24'))!;
    await vscode.commands.executeCommand(second.command!.command, ...(second.command!.arguments ?? []));
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(shape(await api.viewContents('crosscheck.matches', 3)), shape(root));
    // Back in the article: the list follows its cursor again.
    editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const again = await cursorIn('MOSCOW — Relations between');
    assert.doesNotMatch(again[0]!.description ?? '', /pinned/);
  });

  it('with Follow Cursor off, the list changes only on Matches at Cursor', async function () {
    await cursorIn(QUOTE);
    await vscode.commands.executeCommand('crosscheck.matchesStopFollowingCursor');
    try {
      const at = doc.getText().indexOf('MOSCOW — Relations between');
      editor.selection = new vscode.Selection(doc.positionAt(at + 3), doc.positionAt(at + 3));
      await new Promise((r) => setTimeout(r, 600));
      const still = await api.viewContents('crosscheck.matches', 3);
      assert.match(still[0]!.label, /two foremost/);
      assert.match(still[0]!.description ?? '', /not following the cursor/);
      await vscode.commands.executeCommand('crosscheck.matchesAtCursor');
      const now = await api.viewContents('crosscheck.matches', 3);
      assert.doesNotMatch(now[0]!.label, /two foremost/);
    } finally {
      await vscode.commands.executeCommand('crosscheck.matchesFollowCursor');
    }
  });

  it('"In this article" lists the passages other articles carry; next/previous move between them', async function () {
    const root = await api.viewContents('crosscheck.matches', 3);
    const inArticle = root.find((n) => n.label === 'In this article')!;
    const passages = inArticle.children ?? [];
    assert.ok(passages.length >= 3, `${passages.length} shared passages`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('crosscheck.nextMatch');
      starts.push(doc.offsetAt(editor.selection.active));
    }
    assert.ok(starts[0]! < starts[1]! && starts[1]! < starts[2]!, `next moves forward: ${starts.join(', ')}`);
    await vscode.commands.executeCommand('crosscheck.previousMatch');
    assert.equal(doc.offsetAt(editor.selection.active), starts[1]);
    const shared = api.decoratedRanges(doc.uri, 'sharedPassage').map((r) => doc.offsetAt(r.start));
    for (const s of starts) assert.ok(shared.includes(s), `the passage at ${s} is shaded as shared`);
  });

  it('"In this article" follows the folder: an article added that carries a sentence of this one adds its passage', async function () {
    // The rows come from the matches model, which works the shared passages out when it refreshes
    // after the corpus changed; the tree only reads them (no matching in getTreeItem).
    const inArticle = async () => (await api.viewContents('crosscheck.matches', 3)).find((n) => n.label === 'In this article');
    const before = (await waitFor('the article row', inArticle)).children ?? [];
    // A sentence of the seed no other article carries yet (not shaded as shared).
    const text = doc.getText();
    const shared = api.decoratedRanges(doc.uri, 'sharedPassage').map((r) => [doc.offsetAt(r.start), doc.offsetAt(r.end)] as const);
    const sentence = [...text.matchAll(/[A-Z][^.!?\n“”"]{80,200}[.!?]/g)].find((m) => !shared.some(([s, e]) => s < m.index! + m[0].length && m.index! < e))?.[0];
    assert.ok(sentence, 'the seed has a sentence no other article carries');
    const added = workspaceUri('zz-carrier.txt');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(`A report\n\nOfficials gave an account on Friday. ${sentence} Nothing more was said.\n`));
    try {
      const after = await waitFor('the new shared passage to be listed', async () => {
        const rows = (await inArticle())?.children ?? [];
        return rows.some((p) => p.label.includes(sentence.slice(0, 40))) ? rows : undefined;
      });
      assert.ok(after.length > before.length, `${before.length} → ${after.length} shared passages`);
    } finally {
      await vscode.workspace.fs.delete(added, { useTrash: false });
      await waitFor('the passage to be listed no more', async () => (!((await inArticle())?.children ?? []).some((p) => p.label.includes(sentence.slice(0, 40))) ? true : undefined));
    }
  });

  it('compares the versions of the quote at the cursor in a diff editor', async function () {
    await cursorIn(QUOTE);
    await vscode.commands.executeCommand('crosscheck.compareQuote', '003_5a3a1f82d09f5ee9.txt');
    const tab = await waitFor('a diff editor', () => {
      const t = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((x) => x.input instanceof vscode.TabInputTextDiff);
      return t;
    });
    const input = tab.input as vscode.TabInputTextDiff;
    assert.equal(input.original.scheme, 'crosscheck-quote');
    const [left, right] = await Promise.all([vscode.workspace.openTextDocument(input.original), vscode.workspace.openTextDocument(input.modified)]);
    assert.match(left.getText(), /this kind of relationship/);
    assert.match(right.getText(), /this sort of relationship/);
  });
});

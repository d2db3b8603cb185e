// The other outlets' versions of a quote in its hover, in a real VS Code: through the real hover
// provider (vscode.executeHoverProvider), the words that differ marked, the links executed as a
// click would, and article text that tries to inject Markdown.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SEED, waitFor, workspaceUri } from './util';

const QUOTE = 'The world’s two foremost nuclear powers cannot have this kind of relationship';
const PREFIX = 'hover-test'; // the test articles' names

interface Link {
  title: string;
  command: string;
  args: unknown[];
}

/** The hover's Markdown parts at an offset, as the real provider gives them. */
async function hoverAt(uri: vscode.Uri, offset: number): Promise<vscode.MarkdownString[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && !('language' in c));
}

/** The command links of Markdown, with their decoded arguments. */
function linksOf(md: string): Link[] {
  return [...md.matchAll(/\[((?:\\.|[^\]\\])*)\]\(command:([\w.]+)\?([^\s)]*)(?: "[^"]*")?\)/g)].map((m) => ({
    title: m[1]!,
    command: m[2]!,
    args: JSON.parse(decodeURIComponent(m[3]!)) as unknown[],
  }));
}

/** Markdown text without its backslash escapes. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

describe('Quote versions in the hover', function () {
  let api: CrosscheckApi;

  before(async function () {
    api = await crosscheckApi();
  });

  afterEach(closeAllEditors);

  async function seedHover(): Promise<{ doc: vscode.TextDocument; at: number; md: string; part: vscode.MarkdownString }> {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const at = doc.getText().indexOf(QUOTE) + 10;
    assert.ok(at > 10, 'the seed carries the quote');
    const parts = await hoverAt(doc.uri, at);
    const part = parts.find((p) => p.value.includes('Carried by'));
    assert.ok(part, `the hover lists the other versions:\n${parts.map((p) => p.value).join('\n---\n')}`);
    return { doc, at, md: part.value, part };
  }

  it('lists the other articles that carry the quote, with the words that differ marked', async function () {
    const { md } = await seedHover();
    assert.match(md, /\*\*Carried by 4 other articles\*\*/);
    // 003 says "this sort of relationship": "kind" struck, "sort" bold; 000 says "this relationship".
    const lines = md.split('\n');
    const versionOf = (name: string) => lines[lines.findIndex((l) => l.includes(name)) + 2] ?? '';
    // (each article by its outlet where its text names one: 003 STV, 000 The Financial Times, 002 France 24)
    assert.match(versionOf('[STV]'), /this ~~kind~~ \*\*sort\*\* of relationship/);
    assert.match(versionOf('[The Financial Times]'), /have this ~~kind of~~ relationship/);
    // Those that differ come first; 002 and 004 carry the same words.
    const listed = lines.filter((l) => l.startsWith('- [')).map((l) => unescape(/^- \[((?:\\.|[^\]\\])*)\]/.exec(l)![1]!));
    assert.deepEqual([...listed].sort(), ['004_a5a5ff91e9721339.txt', 'France 24', 'STV', 'The Financial Times'], 'every other article is listed');
    assert.deepEqual(listed.slice(0, 2).sort(), ['STV', 'The Financial Times'], `the versions that differ first: ${listed.join(', ')}`);
    assert.match(lines.find((l) => l.startsWith('- [004'))!, /same words/);
    assert.match(md, /~~Struck~~: words only this article’s version has/);
  });

  it('a version’s link opens that article beside with the quote selected', async function () {
    const { md, part } = await seedHover();
    // Only the links it writes can run.
    assert.deepEqual(part.isTrusted, { enabledCommands: ['crosscheck.openLocation', 'crosscheck.compareQuote', 'crosscheck.compareOutlets'] });
    const open = linksOf(md).filter((l) => l.command === 'crosscheck.openLocation');
    assert.deepEqual(open.map((l) => unescape(l.title)).sort(), ['004_a5a5ff91e9721339.txt', 'France 24', 'STV', 'The Financial Times']);
    const link = open.find((l) => l.title === 'STV')!;
    await vscode.commands.executeCommand(link.command, ...link.args);
    const other = await waitFor('the other article to open beside', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('003_5a3a1f82d09f5ee9.txt')),
    );
    assert.equal(other.viewColumn, vscode.ViewColumn.Two);
    assert.match(other.document.getText(other.selection), /^The world.s two foremost nuclear powers cannot have this sort of relationship$/);
  });

  it('the compare links compare the quote under the mouse, wherever the cursor is', async function () {
    const { md } = await seedHover();
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0); // not in the quote
    const compare = linksOf(md).filter((l) => l.command === 'crosscheck.compareQuote');
    assert.equal(compare.length, 5, 'one for the quote, one per version');
    const link = compare.find((l) => typeof l.args[0] === 'string' && (l.args[0] as string).endsWith('000_bcb29d6ce618a839.txt'))!;
    assert.ok(link, JSON.stringify(compare));
    await vscode.commands.executeCommand(link.command, ...link.args);
    const tab = await waitFor('a diff editor', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((x) => x.input instanceof vscode.TabInputTextDiff));
    const input = tab.input as vscode.TabInputTextDiff;
    const [left, right] = await Promise.all([vscode.workspace.openTextDocument(input.original), vscode.workspace.openTextDocument(input.modified)]);
    assert.match(left.getText(), /cannot have this kind of relationship/);
    assert.match(right.getText(), /cannot have this relationship/);
  });

  it('escapes article text: a quote cannot inject links, HTML or icons into the hover', async function () {
    const text = (extra: string) =>
      `The envoy said: “We reject [the offer](command:workbench.action.closeWindow) of $(alert) ${extra} because the terms would ruin our fishing fleet.”\n`;
    // In the folder the watcher has watched from the start: a folder made a moment ago may not be
    // watched yet when its files go, and its deletions would then be lost to the cleanup below.
    const a = workspaceUri(`${PREFIX}-a.txt`);
    const b = workspaceUri(`${PREFIX}-b.txt`);
    await vscode.workspace.fs.writeFile(a, new TextEncoder().encode(text('<b>really</b> and **loudly**')));
    await vscode.workspace.fs.writeFile(b, new TextEncoder().encode(text('<img src=x onerror=alert(1)> and _quietly_')));
    try {
      // Opened, so they are indexed at once whatever the file watcher makes of a new folder.
      for (const f of [a, b]) await vscode.workspace.openTextDocument(f);
      await waitFor('the two articles to be indexed', () => (api.indexedPaths().filter((p) => p.startsWith(PREFIX)).length === 2 ? true : undefined));
      const at = text('').indexOf('reject');
      const md = await waitFor('the hover to list the other version', async () => (await hoverAt(a, at)).find((p) => p.value.includes('Carried by'))?.value);
      assert.match(md, /Carried by 1 other article/);
      assert.deepEqual(
        linksOf(md).map((l) => l.command).sort(),
        ['crosscheck.compareOutlets', 'crosscheck.compareQuote', 'crosscheck.compareQuote', 'crosscheck.openLocation'],
        'the only links are Crosscheck’s own (Compare outlets, Compare versions, and the version’s open and compare)',
      );
      assert.doesNotMatch(md, /<img|<b>|\]\(command:workbench|\$\(alert\)/, md);
      assert.match(md, /\\\[the offer\\\]\\\(command\\:workbench/, 'the article’s link is shown as text');
      assert.match(md, /\*\*img src\\=x onerror\\=alert\\\(1/, `the other outlet’s words are marked, escaped: ${md}`);
    } finally {
      await closeAllEditors();
      for (const f of [a, b]) await vscode.workspace.fs.delete(f, { useTrash: false });
      await waitFor('the test articles to leave the index', () => (api.indexedPaths().some((p) => p.startsWith(PREFIX)) ? undefined : true), 60_000);
    }
  });
});

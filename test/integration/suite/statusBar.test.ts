// Crosscheck's status bar item in a real VS Code, read through the API (not the DOM): what it shows
// when ready and while indexing, its tooltip, its click, and a shared-quote count that is never
// shown wrong after an edit — stale until the corpus derivation has run (once edits pause), then
// caught up, with nothing else (a hover, a view) asking for the clusters.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';
import { ArticleIndex } from '../../../src/core/corpus';
import { closeAllEditors, crosscheckApi, SAMPLE_ARTICLES, SEED, waitFor, workspaceUri } from './util';

/** A quotation article 002 carries and the seed does not: inserted in the seed, one more quote is shared. */
const NEW_SHARED = '\n\n“Frankly, Putin is backing a person that’s truly an evil person,” Trump said in an interview.\n';

describe('Status bar', function () {
  this.timeout(60_000);
  let api: CrosscheckApi;
  const large = () => workspaceUri('status-large.txt');
  const totalQuotes = () => api.indexedPaths().reduce((n, p) => n + (api.analysisOf(workspaceUri(p))?.quotes.length ?? 0), 0);
  /** The quotations several sample articles carry, by the analysis core itself. */
  let sharedOnDisk: number;

  before(async function () {
    api = await crosscheckApi();
    const index = new ArticleIndex();
    for (const f of SAMPLE_ARTICLES) index.upsert(f, new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(f))));
    sharedOnDisk = index.quoteClusters().length;
    assert.ok(sharedOnDisk > 0, 'the samples share quotes');
  });

  after(async function () {
    await closeAllEditors();
    fs.rmSync(large().fsPath, { force: true });
    await waitFor('the large article to leave the index', () => (!api.indexedPaths().includes('status-large.txt') ? true : undefined));
  });

  it('shows articles, quotes and shared quotes, a tooltip that says them, and the indexing state while indexing', async function () {
    // Indexing made to last: an article over 150,000 characters is analysed in the worker, and the run waits for it.
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    const text = Array.from({ length: Math.ceil(600_000 / sample.length) }, () => sample).join('\n\n');
    fs.writeFileSync(large().fsPath, text);
    await waitFor('the large article to be indexed', () => (api.indexedPaths().includes('status-large.txt') ? true : undefined));
    fs.writeFileSync(large().fsPath, text + '\n\nChanged.'); // (changed: the run analyses it again, and waits for it)

    const seen = new Set<string>();
    const run = vscode.commands.executeCommand('crosscheck.reindex');
    let finished = false;
    void Promise.resolve(run).finally(() => (finished = true));
    while (!finished) {
      seen.add(`${api.statusBar().text}\n${api.statusBar().tooltip}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    await run;
    const indexing = [...seen].filter((s) => s.startsWith('$(sync~spin) Crosscheck'));
    assert.ok(indexing.length, `shown while indexing; saw ${JSON.stringify([...seen])}`);
    for (const s of indexing) assert.match(s, /^\$\(sync~spin\) Crosscheck( \d+\/6)?\nCrosscheck is indexing the articles in this workspace$/);

    fs.rmSync(large().fsPath);
    await waitFor('the large article to leave the index', () => (!api.indexedPaths().includes('status-large.txt') ? true : undefined));
    await vscode.commands.executeCommand('crosscheck.reindex'); // (the clusters counted again at the end)
    const expected = `$(quote) 5 articles · ${totalQuotes()} quotes · ${sharedOnDisk} shared quotes`;
    const bar = await waitFor('the counts', () => (api.statusBar().text === expected ? api.statusBar() : undefined));
    assert.equal(bar.accessibilityLabel, `Crosscheck: 5 articles · ${totalQuotes()} quotes · ${sharedOnDisk} shared quotes`);
    assert.match(bar.tooltip, new RegExp(`5 articles indexed, ${totalQuotes()} quotations, \\d+ named entity mentions; ${sharedOnDisk} quotations carried by several articles\\.`));
    assert.match(bar.tooltip, /Click to open the Crosscheck sidebar\./);
    assert.doesNotMatch(bar.tooltip, /skipped/);
  });

  it('a click opens the Crosscheck sidebar', async function () {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor('the sidebar to close', () => (api.visibleViews().length === 0 ? true : undefined));
    const { command } = api.statusBar();
    assert.equal(command, 'workbench.view.extension.crosscheck');
    await vscode.commands.executeCommand(command!);
    await waitFor('a Crosscheck view to be visible', () => (api.visibleViews().length > 0 ? true : undefined));
  });

  it('after an edit, the shared-quote count is never shown wrong, and catches up by itself once the edits pause', async function () {
    // No view that reads the discrepancies (the Claims & Notes view): the count does not depend on one.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor('the sidebar to close', () => (api.visibleViews().length === 0 ? true : undefined));
    assert.match(api.statusBar().text, new RegExp(` · ${sharedOnDisk} shared quotes$`));
    const before = totalQuotes();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), NEW_SHARED));
    const seen: { text: string; tooltip: string }[] = [];
    await waitFor(
      'the count to catch up',
      () => {
        const bar = api.statusBar();
        seen.push({ text: bar.text, tooltip: bar.tooltip });
        return bar.text.endsWith(` · ${sharedOnDisk + 1} shared quotes`) ? true : undefined;
      },
      10_000,
    );
    assert.ok(totalQuotes() > before);
    assert.match(api.statusBar().tooltip, new RegExp(`; ${sharedOnDisk + 1} quotations carried by several articles\\.`));
    // With the new quote counted, the old shared count is never shown as if current: stale (said so in the tooltip) until derived.
    for (const bar of seen.filter((b) => b.text.includes(`${totalQuotes()} quotes`))) {
      if (bar.text.includes('shared quote')) assert.match(bar.text, new RegExp(` · ${sharedOnDisk + 1} shared quotes$`));
      else assert.match(bar.tooltip, new RegExp(`quotations carried by several articles: ${sharedOnDisk} before the last changes`));
    }
  });
});

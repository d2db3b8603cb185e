// A 20 MB article in a real VS Code: it is analysed (in the analysis worker) without crashing, and
// the extension host keeps answering while it is indexed, opened and typed in. The bounds are
// generous on purpose (a command answered within seconds, not blocked for them); the real targets
// are in the editor benchmark (bench/editor.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SAMPLE_ARTICLES, waitFor, workspaceUri } from './util';

const SIZE = 20 * 1024 * 1024;
/** A command's round trip through the workbench may take this long at most while the article is worked on. */
const ROUND_TRIP_BOUND_MS = 3000;

/** Sends a cheap command to the workbench every 100 ms and keeps the longest round trip. */
function responsiveness(): { stop(): Promise<number> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const t0 = performance.now();
      await vscode.commands.executeCommand('setContext', 'crosscheck.testProbe', i);
      max = Math.max(max, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return max;
    },
  };
}

describe('A 20 MB article', function () {
  this.timeout(10 * 60_000);
  let api: CrosscheckApi;
  const uri = () => workspaceUri('large-20mb.txt');

  before(async function () {
    api = await crosscheckApi();
  });

  after(async function () {
    await closeAllEditors();
    if (fs.existsSync(uri().fsPath)) fs.rmSync(uri().fsPath);
    await waitFor('the large article to leave the index', () => !api.indexedPaths().includes('large-20mb.txt') || undefined, 60_000);
  });

  it('is analysed without blocking the extension host', async function () {
    // The sample articles, over and over: 20 MB of news text with quotes and names.
    const samples = await Promise.all(SAMPLE_ARTICLES.map(async (f) => Buffer.from(await vscode.workspace.fs.readFile(workspaceUri(f))).toString('utf8')));
    const parts: string[] = [];
    for (let n = 0, i = 0; n < SIZE; i++) {
      const t = samples[i % samples.length]!.trim() + '\n\n';
      parts.push(t);
      n += Buffer.byteLength(t);
    }
    const probe = responsiveness();
    fs.writeFileSync(uri().fsPath, parts.join(''));
    const analysis = await waitFor('the analysis of the 20 MB article', () => api.analysisOf(uri()), 5 * 60_000);
    const held = await probe.stop();
    const text = fs.readFileSync(uri().fsPath, 'utf8');
    assert.ok(analysis.quotes.length > 10_000, `${analysis.quotes.length} quotes`);
    assert.ok(analysis.entities.length > 10_000, `${analysis.entities.length} entity mentions`);
    for (const q of [analysis.quotes[0]!, analysis.quotes[analysis.quotes.length - 1]!]) assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(api.indexedPaths().includes('large-20mb.txt'));
    assert.ok(held < ROUND_TRIP_BOUND_MS, `a command took ${held.toFixed(0)} ms to answer while the article was indexed`);
  });

  it('is typed in: the host keeps answering, and the analysis follows the new text', async function () {
    const editor = await vscode.window.showTextDocument(uri(), { preview: false });
    const probe = responsiveness();
    const typed = '“We will not be rushed,” said Rex Tillerson. ';
    for (let i = 0; i < typed.length; i++) {
      assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(i), typed[i]!)));
      await new Promise((r) => setTimeout(r, 30));
    }
    const analysis = await waitFor(
      'the analysis of the typed text',
      () => {
        const a = api.analysisOf(uri());
        return a?.quotes[0]?.text === 'We will not be rushed,' ? a : undefined;
      },
      5 * 60_000,
    );
    const held = await probe.stop();
    assert.equal(analysis.quotes[0]!.speaker, 'Rex Tillerson');
    assert.equal(editor.document.getText().slice(analysis.quotes[1]!.start, analysis.quotes[1]!.end), analysis.quotes[1]!.text);
    // How long the host was held while typing is a speed figure, so it is measured — against its
    // target — by bench/editor.ts, not asserted here: on a loaded 2-core CI machine the same code
    // answered in 0.5 s or in 3.2 s. It is printed so that a regression is visible in the log.
    console.log(`      longest command round trip while typing and re-analysing: ${held.toFixed(0)} ms`);
  });

  it('is decorated near the visible lines only, and again where the editor scrolls to', async function () {
    const editor = await vscode.window.showTextDocument(uri(), { preview: false });
    const doc = editor.document;
    const analysis = api.analysisOf(uri())!;
    const people = new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => `${e.start}:${e.end}`));
    const drawn = () => api.decoratedRanges(uri(), 'person');
    const near = (ranges: vscode.Range[], line: number) => ranges.some((r) => Math.abs(r.start.line - line) < 100);
    const top = editor.visibleRanges[0]!.start.line;
    await waitFor('decorations at the top', async () => (await api.whenDecorated(), near(drawn(), top)) || undefined, 60_000);
    assert.ok(drawn().length < people.size / 20, `${drawn().length} of ${people.size} person mentions drawn`);
    assert.ok(drawn().every((r) => people.has(`${doc.offsetAt(r.start)}:${doc.offsetAt(r.end)}`)), 'every drawn range is a person mention');

    const middle = Math.floor(doc.lineCount / 2);
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor('decorations around the middle', async () => (await api.whenDecorated(), near(drawn(), middle) && !near(drawn(), top)) || undefined, 60_000);
    assert.ok(drawn().every((r) => people.has(`${doc.offsetAt(r.start)}:${doc.offsetAt(r.end)}`)), 'every drawn range is a person mention');
  });
});

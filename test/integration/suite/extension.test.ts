// Crosscheck inside a real VS Code, through the real `vscode` API and the extension's test API
// (src/api.ts). The workspace is a fresh copy of samples/tillerson-moscow-2017 plus one non-article
// file, metadata.json (see ../runTest.ts).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi, DecorationLayer } from '../../../src/api';

import {
  closeAllEditors,
  EXTENSION_ID,
  fmt,
  NON_ARTICLE,
  quoteSpan,
  SAMPLE_ARTICLES,
  SEED,
  sortedRanges,
  toRange,
  waitFor,
  workspaceUri,
} from './util';

describe('Crosscheck in a real VS Code', function () {
  let api: CrosscheckApi;

  before(async function () {
    const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded (extensionDevelopmentPath)`);
    // Activation must come from the workspace (activationEvents), not from the tests: wait, don't activate.
    await waitFor('the extension to activate on the sample workspace', () => ext.isActive || undefined, 30_000);
    api = ext.exports;
  });

  afterEach(closeAllEditors);

  it('runs in a real VS Code extension host', function () {
    console.log(`    vscode.version ${vscode.version} (${vscode.env.appName}, appHost ${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, extension host node ${process.version})`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const [, minor] = vscode.version.split('.').map(Number);
    assert.ok((minor ?? 0) >= 100, `VS Code ${vscode.version} satisfies engines.vscode ^1.100.0`);
    // Built-in extensions only a real VS Code ships, and a real command registry.
    assert.ok(vscode.extensions.getExtension('vscode.json'), 'the built-in JSON language extension is present');
    assert.ok(vscode.extensions.getExtension('vscode.theme-defaults'), 'the built-in default themes are present');
  });

  it('activates on the sample workspace and returns its test API', async function () {
    const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID)!;
    assert.equal(ext.isActive, true);
    for (const fn of ['whenIndexed', 'indexedPaths', 'analysisOf', 'decoratedRanges', 'whenDecorated'] as const) {
      assert.equal(typeof api?.[fn], 'function', `exports.${fn} is a function`);
    }
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['crosscheck.reindex', 'crosscheck.toggleQuoteDecorations', 'crosscheck.showOutput']) {
      assert.ok(commands.includes(c), `command ${c} is registered`);
    }
  });

  it('indexes exactly the five sample articles (not metadata.json)', async function () {
    await api.whenIndexed();
    assert.deepEqual(api.indexedPaths(), SAMPLE_ARTICLES);
  });

  describe(`decorating the seed article ${SEED}`, function () {
    let doc: vscode.TextDocument;
    let editor: vscode.TextEditor;

    beforeEach(async function () {
      await api.whenIndexed();
      doc = await vscode.workspace.openTextDocument(workspaceUri(SEED));
      editor = await vscode.window.showTextDocument(doc, { preview: false });
      await api.whenDecorated();
    });

    it('decorates exactly the quotes of its analysis, direct as "quote" and partial as "partialQuote"', function () {
      const analysis = api.analysisOf(doc.uri);
      assert.ok(analysis, 'analysisOf(seed) is defined');
      const direct = analysis.quotes.filter((q) => q.kind === 'direct');
      const partial = analysis.quotes.filter((q) => q.kind === 'partial');
      assert.ok(direct.length >= 2 && partial.length >= 1, `the seed has direct and partial quotes (${direct.length} direct, ${partial.length} partial)`);
      for (const q of analysis.quotes) assert.equal(doc.getText().slice(q.start, q.end), q.text, 'quote offsets index the document text');
      assert.deepEqual(sortedRanges(api.decoratedRanges(doc.uri, 'quote')), sortedRanges(direct.map((q) => toRange(doc, q))));
      assert.deepEqual(sortedRanges(api.decoratedRanges(doc.uri, 'partialQuote')), sortedRanges(partial.map((q) => toRange(doc, q))));
    });

    it('decorates quotes located independently of the extension', function () {
      const text = doc.getText();
      const has = (layer: DecorationLayer, s: { start: number; end: number }) =>
        sortedRanges(api.decoratedRanges(doc.uri, layer)).includes(fmt(toRange(doc, s)));
      // A clause of reported speech: “I expressed the view … between our countries,” Tillerson said.
      const expressed = quoteSpan(text, '“I expressed the view that the current state');
      assert.ok(text.slice(expressed.start, expressed.end).endsWith('between our countries,'));
      assert.ok(has('quote', expressed), `direct quote ${fmt(toRange(doc, expressed))} is decorated as "quote"`);
      assert.ok(!has('partialQuote', expressed), 'and not as "partialQuote"');
      // Another one: “The world’s two foremost nuclear powers …,” Tillerson said.
      const world = quoteSpan(text, '“The world’s two foremost');
      assert.ok(has('quote', world), `direct quote ${fmt(toRange(doc, world))} is decorated as "quote"`);
      // A fragment inside the reporter's sentence: … are at a “low point” and need to be improved …
      const lowPoint = quoteSpan(text, '“low point”');
      assert.equal(text.slice(lowPoint.start, lowPoint.end), 'low point');
      assert.ok(has('partialQuote', lowPoint), `partial quote ${fmt(toRange(doc, lowPoint))} is decorated as "partialQuote"`);
      assert.ok(!has('quote', lowPoint), 'and not as "quote"');
    });

    it('moves the decorations when text is inserted before a quote', async function () {
      const before = doc.getText();
      const expressed = quoteSpan(before, '“I expressed the view that the current state');
      const lowPoint = quoteSpan(before, '“low point”');
      // A new paragraph (no quotation marks) at the start of the line that holds the direct quote.
      const insertAt = before.lastIndexOf('\n', expressed.start) + 1;
      const inserted = 'Editor note: this paragraph was added by a test.\n\n';
      const oldQuote = sortedRanges(api.decoratedRanges(doc.uri, 'quote'));
      assert.ok(oldQuote.length > 0);
      assert.ok(await editor.edit((b) => b.insert(doc.positionAt(insertAt), inserted)), 'the edit applied');
      await api.whenDecorated();
      const shift = (s: { start: number; end: number }) => (s.start >= insertAt ? { start: s.start + inserted.length, end: s.end + inserted.length } : s);
      const has = (layer: DecorationLayer, s: { start: number; end: number }) =>
        sortedRanges(api.decoratedRanges(doc.uri, layer)).includes(fmt(toRange(doc, s)));
      assert.equal(doc.getText().slice(shift(expressed).start, shift(expressed).end), before.slice(expressed.start, expressed.end));
      assert.ok(has('quote', shift(expressed)), `the direct quote moved two lines down to ${fmt(toRange(doc, shift(expressed)))}`);
      assert.ok(!has('quote', expressed), 'and is no longer decorated where it was');
      assert.ok(has('partialQuote', lowPoint), 'a quote before the insertion stays where it was');
      assert.equal(api.decoratedRanges(doc.uri, 'quote').length, oldQuote.length, 'no quote gained or lost');
    });
  });

  it('does not decorate a file that is not an article (metadata.json)', async function () {
    await api.whenIndexed();
    const uri = workspaceUri(NON_ARTICLE);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /“/, 'the JSON file contains curly quotation marks');
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenDecorated();
    assert.equal(api.analysisOf(uri), undefined);
    assert.deepEqual(api.decoratedRanges(uri, 'quote'), []);
    assert.deepEqual(api.decoratedRanges(uri, 'partialQuote'), []);
  });
});

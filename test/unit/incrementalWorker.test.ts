// The analysis worker (dist/analysisWorker.js, built by `node esbuild.mjs`) through the extension
// host's client: the same analysis as on the main thread, newer texts replace older ones.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import { analyzeText } from '../../src/core/corpus';
import { AnalysisWorkerClient, textUnits } from '../../src/features/indexing/analysisWorkerClient';
import { ROOT } from './fixtures';

const SCRIPT = path.join(ROOT, 'dist', 'analysisWorker.js');

function everything(a: DocumentAnalysis): unknown {
  return {
    quotes: a.quotes,
    entities: a.entities.map((m) => ({ m, info: m.hint })),
    unconfirmed: (a.unconfirmed ?? []).map((m) => ({ m, info: m.hint })),
  };
}

/** About `chars` characters of BBC articles, one after another. */
function bbcText(chars: number): string {
  const dir = path.join(ROOT, 'bench', 'corpus', 'bbc');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = fs.readFileSync(path.join(dir, files[i % files.length]!), 'utf8').trim() + '\n\n';
    parts.push(t);
    n += t.length;
  }
  return parts.join('');
}

describe('the analysis worker', function () {
  this.timeout(120_000);
  let client: AnalysisWorkerClient;
  const logged: string[] = [];

  before(function () {
    if (!fs.existsSync(SCRIPT)) this.skip(); // built by `node esbuild.mjs` (npm run test:unit does)
    client = new AnalysisWorkerClient(SCRIPT, (m) => logged.push(m));
  });
  after(() => client?.dispose());

  it('analyses an article as the main thread does, and an edit of it', async () => {
    const text = bbcText(400_000);
    const r = await client.analyze('a', text, {});
    assert.ok(r);
    assert.deepStrictEqual(everything(r.analysis), everything(analyzeText(text)));
    assert.equal(r.cached, true);
    const edited = text.slice(0, 200_000) + '“We are ready,” said Rex Tillerson.\n\n' + text.slice(200_000);
    const r2 = await client.analyze('a', edited, {});
    assert.ok(r2);
    assert.deepStrictEqual(everything(r2.analysis), everything(analyzeText(edited)));
    assert.ok(r2.analysis.quotes.some((q) => q.text === 'We are ready,' && q.speaker === 'Rex Tillerson'));
  });

  it('replaces an older text of the same article: the older one answers undefined', async () => {
    const text = bbcText(3_000_000);
    assert.equal(client.busy('big'), false);
    const first = client.analyze('big', text, {});
    const other = client.analyze('other', 'A short one. “It is,” she said.', {});
    assert.equal(client.busy('big'), true);
    const newer = text + '\n\nThe end.';
    const second = client.analyze('big', newer, {});
    assert.equal(await first, undefined);
    const r = await second;
    assert.ok(r);
    assert.equal(r.cached, false);
    assert.deepStrictEqual(r.analysis.quotes, analyzeText(newer).quotes);
    assert.ok((await other)?.analysis.quotes.length === 1);
    assert.equal(client.busy('big'), false);
  });

  it('reports progress on long analyses', async () => {
    const fractions: number[] = [];
    const r = await client.analyze('progress', bbcText(3_000_000), {}, (f) => fractions.push(f));
    assert.ok(r);
    assert.ok(fractions.length > 0, 'some progress');
    assert.ok(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!)), fractions.join(' '));
  });

  it('sends the text exactly, a lone surrogate and all', async () => {
    const text = 'An odd one \ud800 here. “Odd \udc00 indeed,” said Mr Smith.\n\nNext 😀 paragraph.';
    const units = await textUnits(text, () => Promise.resolve(), 7);
    assert.equal(Buffer.from(units.buffer).toString('utf16le'), text);
    const r = await client.analyze('odd', text, {});
    assert.deepStrictEqual(everything(r!.analysis), everything(analyzeText(text)));
  });

  it('decodes a file’s bytes in the worker and sends its text back', async () => {
    const text = '\ufeffHeadline\r\n\r\n“We decode it there,” said Jane Doe. Café 😀.\r\n';
    const r = await client.analyze('bytes', { bytes: new TextEncoder().encode(text) }, {});
    assert.ok(r);
    assert.equal(r.text, text.slice(1)); // as decodeArticle gives it: the byte-order mark removed
    assert.deepStrictEqual(everything(r.analysis), everything(analyzeText(r.text)));
    // a view into a larger buffer (as a read may give) is sent as a buffer of its own
    const padded = new Uint8Array(100 + 20);
    padded.set(new TextEncoder().encode('“Yes,” she said.'), 50);
    const r2 = await client.analyze('view', { bytes: padded.subarray(50, 50 + new TextEncoder().encode('“Yes,” she said.').length) }, {});
    assert.equal(r2?.text, '“Yes,” she said.');
    await assert.rejects(client.analyze('bad', { bytes: new Uint8Array([0x41, 0xff, 0xfe, 0x41]) }, {}), (e: Error) => e.name === 'NotTextError' && /not valid UTF-8/.test(e.message));
  });

  it('starts again after the worker dies', async () => {
    const dead = new AnalysisWorkerClient(path.join(ROOT, 'out', 'no-such-worker.js'), (m) => logged.push(m));
    await assert.rejects(dead.analyze('x', 'Text.', {}), /analysis worker/);
    dead.dispose();
    const r = await client.analyze('after', 'Still here. “Yes,” he said.', {});
    assert.equal(r?.analysis.quotes.length, 1);
  });
});

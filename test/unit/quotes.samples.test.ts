import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDocuments } from '../../src/core/corpus';
import { GOLD_FILE, readSample, ROOT, sampleFiles } from './fixtures';
import { tempDir } from '../shared/tempDir';

describe('quotes: the sample corpus against its gold file', () => {
  let dir = '';
  let out = '';
  before(() => {
    const analysis = analyzeDocuments(sampleFiles().map((f) => ({ path: f, text: readSample(f) })));
    dir = tempDir('crosscheck-quotes-');
    out = path.join(dir, 'analysis.json');
    fs.writeFileSync(out, JSON.stringify(analysis));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('meets the quote and speaker bounds of eval/score.mjs', () => {
    const args = [path.join(ROOT, 'eval', 'score.mjs'), GOLD_FILE, out, '--json',
      '--min', 'quotes.f1@0.5=0.95', '--min', 'quotes.f1@0.9=0.90', '--min', 'speaker.acc=0.92'];
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, args, { encoding: 'utf8' });
    } catch (e) {
      const err = e as { status?: number; stdout?: string };
      assert.fail(`score.mjs exited ${err.status}: ${err.stdout ?? ''}`);
    }
    const { metric } = JSON.parse(stdout) as { metric: Record<string, number> };
    assert.ok(metric['quotes.f1@0.5']! >= 0.95, JSON.stringify(metric));
    assert.ok(metric['quotes.f1@0.9']! >= 0.9, JSON.stringify(metric));
    assert.ok(metric['speaker.acc']! >= 0.92, JSON.stringify(metric));
  });

  it('gives every quotation a span that is its text, inside a non-boilerplate paragraph', () => {
    const analysis = JSON.parse(fs.readFileSync(out, 'utf8')) as { documents: Record<string, { quotes: { start: number; end: number; text: string }[] }> };
    for (const f of sampleFiles()) {
      const text = readSample(f);
      for (const q of analysis.documents[f]!.quotes) assert.equal(text.slice(q.start, q.end), q.text, f);
      assert.ok(!analysis.documents[f]!.quotes.some((q) => /Copyright|Comments|outdated browser/.test(q.text)), f);
    }
  });
});

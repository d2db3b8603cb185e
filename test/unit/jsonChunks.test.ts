import assert from 'node:assert/strict';
import { batched, jsonChunks } from '../../src/core/common/jsonChunks';
import { analyzeDocuments } from '../../src/core/corpus';
import { readSample, sampleFiles } from './fixtures';

const joined = (v: unknown, levels?: number) => [...jsonChunks(v, levels)].join('');

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  const cases: [string, unknown][] = [
    ['scalars', [1, -2.5, 'a', '', true, false, null]],
    ['empty containers at every level', { a: {}, b: [], c: [{}, [], { d: [] }], e: { f: {} } }],
    ['members that JSON leaves out, and array holes it writes as null', { a: undefined, b: () => 1, c: [undefined, () => 1, 3], d: 1 }],
    ['an object with only left-out members', { a: undefined }],
    ['strings with newlines, quotes, backslashes and non-ASCII', { 'k\ney': 'line 1\nline 2 “quoted” \\ \u2028 é 😀', list: ['a\nb'] }],
    ['deep nesting', { a: { b: { c: { d: [1, { e: [2, [3, { f: 'g' }]] }] } } } }],
    ['a top-level array of objects', [{ a: 1 }, { b: [1, 2] }]],
    ['a Date (toJSON) inside', { when: new Date(0), list: [new Date(0)] }],
  ];
  for (const [what, value] of cases)
    it(what, () => {
      for (const levels of [0, 1, 2, 5]) assert.equal(joined(value, levels), JSON.stringify(value, null, 2), `levels ${levels}`);
    });

  it('the analysis of the sample corpus, byte for byte, in many pieces', () => {
    const analysis = analyzeDocuments(sampleFiles().map((f) => ({ path: f, text: readSample(f) })));
    const pieces = [...jsonChunks(analysis)];
    assert.equal(pieces.join(''), JSON.stringify(analysis, null, 2));
    assert.ok(pieces.length > 20, `${pieces.length} pieces`);
    // No piece holds a whole article's analysis with the others.
    const largest = Math.max(...pieces.map((p) => p.length));
    assert.ok(largest < JSON.stringify(analysis, null, 2).length / 3, `largest piece ${largest}`);
  });

  it('batched: the same text in fewer, larger pieces', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `piece ${i};`);
    const batches = [...batched(pieces, 100)];
    assert.equal(batches.join(''), pieces.join(''));
    assert.ok(batches.length < 150 && batches.length > 50, `${batches.length} batches`);
    assert.deepEqual([...batched([], 100)], []);
  });
});

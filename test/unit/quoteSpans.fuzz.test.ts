import assert from 'node:assert/strict';
import { extractQuotes, findQuotes } from '../../src/core/quotes';
import { MAX_QUOTE_CHARS } from '../../src/core/quotes/marks';
import { parseArticle } from '../../src/core/text';
import { prng } from '../shared/prng';

/**
 * Random quotation marks and random edits in invented prose: whatever the marks, every quotation
 * span stays inside the text, non-empty, in order and not overlapping, within the length cap, and
 * the run finishes quickly.
 */
const WORDS = (
  'the harbour board said it would review plans for a new ferry pier at Orvik after residents of ' +
  'Lindholm complained about noise and dust Mayor Ana Ruiz told reporters work will resume in May ' +
  'we will not back down she said and added that the council had been warned'
).split(' ');
const MARKS = ['"', '"', '“', '”', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', "''", '’’', '‘‘'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', ' —', ' (', ')'];

function prose(rand: () => number, words: number, markRate: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  let out = '';
  for (let i = 0; i < words; i++) {
    let w = pick(WORDS);
    if (rand() < markRate) w = pick(MARKS) + w;
    if (rand() < markRate) w += pick(MARKS);
    if (rand() < 0.08) w += pick(PUNCT);
    out += w;
    const r = rand();
    out += r < 0.03 ? '\n\n' : r < 0.035 ? '\n' : ' ';
  }
  return out;
}

/** Inserts, deletes or replaces a few characters at random places (marks and breaks weighted in). */
function edit(rand: () => number, text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  const r = rand();
  const bits = [...MARKS, '\n\n', ' ', 'x', '.'];
  const piece = bits[Math.floor(rand() * bits.length)]!;
  if (r < 0.4) return text.slice(0, at) + piece + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 5));
  return text.slice(0, at) + piece + text.slice(at + piece.length);
}

function checkSpans(text: string): void {
  const article = parseArticle(text);
  const raw = findQuotes(article);
  let last = -1;
  for (const q of raw) {
    assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length, `raw span ${q.start}-${q.end} of ${text.length}`);
    assert.ok(q.open < q.start && (q.close === -1 || q.close >= q.end), 'marks around the content');
    assert.ok(q.start >= last, 'raw spans in order and not overlapping');
    assert.ok(q.end - q.start <= MAX_QUOTE_CHARS, 'within the length cap');
    const p = article.paragraphs[q.paragraph]!;
    assert.ok(q.start >= p.start && q.end <= p.end && !p.boilerplate, 'inside its paragraph');
    last = q.end;
  }
  last = -1;
  for (const q of extractQuotes(article)) {
    assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.start >= last, 'quotes in order and not overlapping');
    last = q.end;
  }
}

describe('quote spans: fuzz (random marks and edits, seeded)', () => {
  it('keeps every span valid in prose with random marks', function () {
    this.timeout(30000);
    const rand = prng(1315);
    for (let round = 0; round < 150; round++) {
      const text = prose(rand, 20 + Math.floor(rand() * 300), [0.02, 0.1, 0.3][round % 3]!);
      checkSpans(text);
    }
  });

  it('keeps every span valid through random edits of one article', function () {
    this.timeout(30000);
    const rand = prng(2026);
    let text = prose(rand, 400, 0.05);
    for (let step = 0; step < 300; step++) {
      text = edit(rand, text);
      checkSpans(text);
    }
  });

  it('finishes a long paragraph of stray marks quickly, with no huge span', function () {
    this.timeout(30000);
    const rand = prng(7);
    for (const rate of [0.2, 0.01]) {
      const text = prose(rand, 40000, rate).replace(/\n+/g, ' ');
      const t0 = performance.now();
      checkSpans(text);
      assert.ok(performance.now() - t0 < 10000, 'a 250 KB paragraph of stray marks takes seconds at most');
    }
  });
});

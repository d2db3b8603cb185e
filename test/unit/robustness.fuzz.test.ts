/**
 * Issue 15: no article can stall, exhaust or crash the analysis. Fuzzed articles of the shapes
 * that hurt (stray quotation marks, random edits, text without sentence ends, repeated
 * paragraphs) at small sizes, seeded: the whole analysis of a folder finishes and every span it
 * returns is valid. And the per-article budget (common/budget.ts): an article past it, or whose
 * analysis fails, is named and analysed partially; the others keep their whole results.
 */
import assert from 'node:assert/strict';
import type { AnalysisJson } from '../../src/core/common/analysisFormat';
import { Budget, BudgetExceeded, type BudgetPolicy, type Clock } from '../../src/core/common/budget';
import { analyzeDocuments, CorpusMatcher, type SourceDocument } from '../../src/core/corpus';
import type { Clause } from '../../src/core/corpus/detectors/claims';
import { ClauseFinder, MAX_CLAUSE_CANDIDATES } from '../../src/core/corpus/detectors/claimTopics';
import { MAX_INDEXED_QUOTES, MAX_SHINGLE_PLACES, POSITIONED_TOKENS, shinglePositionsOf } from '../../src/core/corpus/passages';
import { paragraphQuotes } from '../../src/core/quotes/marks';
import { parseArticle } from '../../src/core/text';
import { MAX_SENTENCE_CHARS } from '../../src/core/text/segment';
import { prng } from '../shared/prng';

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const NAMES = ['Ilse Marrow', 'Tomas Quell', 'Vera Dunmore', 'Aziz Pollard', 'the Harbour Authority', 'Kelso Valley Water'];
const PLACES = ['Port Aldous', 'Grenmouth', 'Lower Tansy', 'Caddock'];
const WORDS = 'the council said water levels were rising again near the harbour and that 42 homes had been cleared by Tuesday while engineers checked the old wall'.split(' ');

/** A news-like article: paragraphs of sentences with names, places, figures and quotations. */
function article(rnd: Rnd, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 1 + Math.floor(rnd() * 4); s > 0; s--) {
      const words = Array.from({ length: 6 + Math.floor(rnd() * 14) }, () => pick(rnd, WORDS)).join(' ');
      const r = rnd();
      if (r < 0.3) sentences.push(`"${words[0]!.toUpperCase()}${words.slice(1)}," ${pick(rnd, NAMES)} said in ${pick(rnd, PLACES)}.`);
      else if (r < 0.5) sentences.push(`${pick(rnd, NAMES)} put the figure at ${Math.floor(rnd() * 900)}, saying ${words}.`);
      else sentences.push(`${words[0]!.toUpperCase()}${words.slice(1)} in ${pick(rnd, PLACES)}.`);
    }
    out.push(sentences.join(' '));
  }
  return out.join('\n\n') + '\n';
}

const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„'];

/** Quotation marks put in and taken out at random. */
function strayMarks(text: string, rnd: Rnd, rate: number): string {
  let out = '';
  for (const ch of text) {
    if ('"“”'.includes(ch) && rnd() < 0.3) continue;
    out += ch;
    if (ch === ' ' && rnd() < rate) out += pick(rnd, MARKS);
  }
  return out;
}

/** Random edits: characters, words and line breaks deleted, inserted and swapped. */
function randomEdits(text: string, rnd: Rnd, edits: number): string {
  let t = text;
  const junk = ['\n', '\n\n', '.', ' ', '"', '…', 'Mr.', '\u00a0', '—', 'é', '\ud83d\ude00', '\r\n', '?!'];
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const r = rnd();
    if (r < 0.4) t = t.slice(0, at) + pick(rnd, junk) + t.slice(at);
    else if (r < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 20));
    else {
      const b = Math.floor(rnd() * t.length);
      const [x, y] = at < b ? [at, b] : [b, at];
      t = t.slice(0, x) + t.slice(y, y + 30) + t.slice(x + 30, y) + t.slice(x, x + 30) + t.slice(y + 30);
    }
  }
  return t;
}

/** Captions: lower case, no punctuation, one line. */
function runOn(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, '').replace(/\s+/g, ' ');
}

/** One paragraph over and over, each copy a little edited. */
function repeated(rnd: Rnd, copies: number): string {
  const para = article(rnd, 1).trim();
  return Array.from({ length: copies }, () => randomEdits(para, rnd, 1)).join('\n\n');
}

/** Every span the analysis returns is into its article's text and is the text it says. */
function assertValid(docs: SourceDocument[], out: AnalysisJson): void {
  const text = new Map(docs.map((d) => [d.path, d.text]));
  const inside = (doc: string, s: { start: number; end: number }, what: string) => {
    const t = text.get(doc);
    assert.ok(t !== undefined, `${what}: unknown article ${doc}`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= t.length, `${what} ${doc} ${s.start}-${s.end} of ${t.length}`);
  };
  assert.deepEqual(Object.keys(out.documents).sort(), [...text.keys()].sort());
  for (const [doc, d] of Object.entries(out.documents)) {
    for (const q of d.quotes) {
      inside(doc, q, 'quote');
      assert.equal(text.get(doc)!.slice(q.start, q.end), q.text, `quote ${doc} ${q.start}`);
    }
    for (const e of d.entities) {
      inside(doc, e, 'entity');
      assert.equal(text.get(doc)!.slice(e.start, e.end), e.text, `entity ${doc} ${e.start}`);
    }
  }
  for (const c of out.quoteClusters) for (const m of c.members) inside(m.doc, m, 'cluster member');
  for (const d of out.discrepancies) for (const m of d.members) inside(m.doc, m, `${d.kind} discrepancy member`);
  for (const d of docs) {
    let last = 0;
    for (const p of parseArticle(d.text).paragraphs) {
      for (const s of p.sentences) {
        assert.ok(s.start >= Math.max(last, p.start) && s.end <= p.end && s.start < s.end, `sentence ${d.path} ${s.start}-${s.end}`);
        assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS, `sentence of ${s.end - s.start} characters`);
        last = s.end;
      }
    }
  }
}

describe('robustness: fuzzed articles of the shapes that hurt', function () {
  this.timeout(60_000);
  const shapes: [string, (rnd: Rnd) => string][] = [
    ['random marks', (rnd) => strayMarks(article(rnd, 60), rnd, 0.3)],
    ['random marks, dense', (rnd) => strayMarks(article(rnd, 30), rnd, 0.9)],
    ['random edits', (rnd) => randomEdits(article(rnd, 60), rnd, 200)],
    ['no sentence ends', (rnd) => runOn(article(rnd, 200))],
    ['no sentence ends, with line breaks now and then', (rnd) => runOn(article(rnd, 80)).replace(/ /g, (s) => (rnd() < 0.01 ? '\n' : s))],
    ['repeated paragraphs', (rnd) => repeated(rnd, 150)],
  ];
  for (const [name, make] of shapes) {
    it(`${name}: the folder's analysis finishes and every span is valid`, () => {
      for (let seed = 1; seed <= 2; seed++) {
        const rnd = prng(seed * 1009 + name.length);
        const a = make(rnd);
        // Two articles of one story: the second a copy of the first with edits, and a third of another.
        const docs: SourceDocument[] = [
          { path: 'a.txt', text: a },
          { path: 'b.txt', text: randomEdits(a, rnd, 40) },
          { path: 'c.txt', text: make(rnd) },
        ];
        const t0 = performance.now();
        const out = analyzeDocuments(docs);
        assertValid(docs, out);
        assert.ok(performance.now() - t0 < 20_000, `${name} seed ${seed}: ${(performance.now() - t0).toFixed(0)} ms`);
      }
    });
  }
});

/** A clock that moves on `step` ms at every reading, and can throw at a given reading. */
function steppingClock(step: number, throwAt?: number): Clock {
  let t = 0;
  let reads = 0;
  return () => {
    if (++reads === throwAt) throw new Error('simulated failure');
    return (t += step);
  };
}

const STORY = article(prng(5), 40);
const MB = 1 << 20;

describe('robustness: the per-article budget', () => {
  it('checks the clock only now and then at loop boundaries, and throws once spent', () => {
    let reads = 0;
    const b = new Budget(10, () => reads++ * 100);
    let checks = 0;
    assert.throws(() => {
      for (;;) {
        b.check();
        checks++;
      }
    }, BudgetExceeded);
    assert.ok(checks >= 60 && reads <= 3, `${checks} checks, ${reads} readings`);
    assert.throws(() => b.check(), BudgetExceeded);
    assert.equal(b.isSpent(), true);
    assert.equal(Budget.unlimited().isSpent(), false);
  });

  it('names the article past its budget, lists nothing of it, and keeps the others whole', () => {
    // Every reading of the clock is a second later: an article's analysis reads it four times; the
    // small one's allowance (its size's share) is less than a second, the large one's ample.
    const small = { path: 'small.txt', text: 'The council met on Tuesday.\n' };
    const docs = [small, { path: 'a.txt', text: STORY }, { path: 'b.txt', text: randomEdits(STORY, prng(9), 20) }];
    const budget: BudgetPolicy = { msPerMB: (500 * MB) / small.text.length, minMs: 0, clock: steppingClock(1000) };
    const named: string[] = [];
    const out = analyzeDocuments(docs, [], { budget, onError: (e) => named.push(e.path) });
    const whole = analyzeDocuments(docs.slice(1));
    assert.deepEqual(named, ['small.txt']);
    assert.match(out.errors![0]!.message, /analysed partially: went past its time budget \(0\.5 s\) by the end of reading its paragraphs and sentences; nothing of it is listed; it is not matched across files/);
    assert.deepEqual(out.documents['small.txt'], { quotes: [], entities: [] });
    // The others: what they get without the small article at all.
    assert.deepEqual(out.documents['a.txt'], whole.documents['a.txt']);
    assert.deepEqual(out.documents['b.txt'], whole.documents['b.txt']);
    assert.deepEqual(out.quoteClusters, whole.quoteClusters);
    assert.ok(out.quoteClusters.length > 0);
    assert.deepEqual(out.discrepancies, whole.discrepancies);
  });

  it('keeps what the passes before the budget ran out found', () => {
    const docs = [{ path: 'a.txt', text: STORY }];
    // Allowance 1.5 s: past it at the third reading, after the quotations.
    const out = analyzeDocuments(docs, [], { budget: { msPerMB: 0, minMs: 1500, clock: steppingClock(1000) } });
    assert.match(out.errors![0]!.message, /by the end of finding its quotations; its \d+ quotation\(s\) are listed, not its names/);
    assert.deepEqual(out.documents['a.txt']!.quotes, analyzeDocuments(docs).documents['a.txt']!.quotes);
    assert.deepEqual(out.documents['a.txt']!.entities, []);
  });

  it('an article whose analysis fails is named; the rest of the folder goes on', () => {
    const docs = [
      { path: 'a.txt', text: STORY },
      { path: 'b.txt', text: randomEdits(STORY, prng(9), 20) },
    ];
    // The clock fails at a.txt's third reading (in the article's analysis, after its quotations).
    const out = analyzeDocuments(docs, [], { budget: { msPerMB: 0, minMs: 1e9, clock: steppingClock(1, 3) } });
    assert.equal(out.errors?.length, 1);
    assert.equal(out.errors![0]!.path, 'a.txt');
    assert.match(out.errors![0]!.message, /its analysis failed \(simulated failure\) while finding its names; its \d+ quotation\(s\) are listed, not its names/);
    assert.deepEqual(out.documents['b.txt'], analyzeDocuments([docs[1]!]).documents['b.txt']);
  });

  it('folder-wide steps past the folder budget are left out and said so; the articles keep their results', () => {
    const docs = [
      { path: 'a.txt', text: STORY },
      { path: 'b.txt', text: randomEdits(STORY, prng(9), 20) + STORY.slice(0, 500) },
    ];
    // Articles: four readings a second apart each, within their 10 s; then hours pass at each
    // reading, and the folder's 20 s run out before the clusters.
    let reads = 0;
    const clock = () => (++reads <= 8 ? 1000 * reads : 3.6e6 * reads);
    const out = analyzeDocuments(docs, [], { budget: { msPerMB: 0, minMs: 10_000, clock } });
    const whole = analyzeDocuments(docs);
    assert.deepEqual(out.documents, whole.documents);
    assert.deepEqual(out.quoteClusters, []);
    assert.deepEqual(out.discrepancies, []);
    assert.equal(out.errors?.length, 1);
    assert.equal(out.errors![0]!.path, 'b.txt');
    assert.match(out.errors![0]!.message, /cross-file results are incomplete.*left out quote clusters \(the folder's time budget ran out \(20\.0 s\)\)/);
  });

  it('a matcher whose budget is spent skips its folder-wide steps and lists them', () => {
    const m = new CorpusMatcher();
    m.upsert('a.txt', STORY);
    assert.equal(m.skipped.length, 0);
    m.setBudget(new Budget(-1));
    assert.deepEqual(m.quoteClusters(), []);
    assert.deepEqual(m.discrepancies(), []);
    assert.deepEqual(
      m.skipped.map((s) => s.step),
      ['quote clusters', 'discrepancies'],
    );
  });
});

describe('robustness: work caps', () => {
  it(`an article with more than ${MAX_INDEXED_QUOTES} quotations clusters only the first ones, and is named`, () => {
    const many = Array.from({ length: MAX_INDEXED_QUOTES + 10 }, (_, i) => `He said "no ${i % 7}" and left.`).join(' ');
    const out = analyzeDocuments([
      { path: 'many.txt', text: many },
      { path: 'few.txt', text: STORY },
    ]);
    assert.equal(out.documents['many.txt']!.quotes.length, MAX_INDEXED_QUOTES + 10);
    assert.deepEqual(out.errors, [
      { path: 'many.txt', message: `only the first 5,000 of its 5,010 quotations are clustered across files (stray quotation marks?)` },
    ]);
  });

  it('a long article finds the places of a passage\'s shingles by binary search: the first places a scan finds', () => {
    const long = article(prng(3), 600);
    const m = new CorpusMatcher();
    m.upsert('a.txt', long);
    m.upsert('b.txt', long);
    const e = m.index.doc('b.txt')!;
    assert.ok(e.tokens.length > POSITIONED_TOKENS && e.shinglePositions);
    assert.equal(m.index.doc('a.txt')!.shinglePositions?.length, e.shinglePositions.length);
    const hashes = new Set([...e.shingles.subarray(5000, 5040)].filter((h) => h !== 0));
    const seen = new Map<number, number>();
    const expected: number[] = [];
    for (let i = 0; i < e.shingles.length; i++) {
      const h = e.shingles[i]!;
      if (!hashes.has(h)) continue;
      seen.set(h, (seen.get(h) ?? 0) + 1);
      if (seen.get(h)! <= MAX_SHINGLE_PLACES) expected.push(i);
    }
    assert.deepEqual(shinglePositionsOf(e, hashes), expected);
    // Matching the copy sentence by sentence reads no whole article per sentence.
    const t0 = performance.now();
    const found = m.matchDocument('a.txt');
    assert.ok(found.length > 0 && found.every((d) => d.matches.some((x) => x.doc === 'b.txt')));
    assert.ok(performance.now() - t0 < 15_000);
  });

  it('the quotation marks of a paragraph are looked for in that paragraph only, not on to the next mark of the article', () => {
    // 40,000 short paragraphs without a mark in 2 MB: reading on to the article's end from each
    // paragraph (a global RegExp started at it) reads 40 billion characters.
    const para = 'The council cleared 42 homes by Tuesday near the harbour.'.padEnd(50, ' ');
    const text = Array.from({ length: 40_000 }, () => para).join('\n');
    const t0 = performance.now();
    let found = 0;
    for (let k = 0; k < 40_000; k++) found += paragraphQuotes(text, k * 51, k * 51 + 50, null).length;
    assert.equal(found, 0);
    assert.ok(performance.now() - t0 < 3_000, `${(performance.now() - t0).toFixed(0)} ms`);
    // A mark just past the paragraph is not the paragraph's.
    assert.deepEqual(paragraphQuotes('He left. "Gone," she said.', 0, 8, null), []);
  });

  it(`a denial's topic is looked for in at most ${MAX_CLAUSE_CANDIDATES} clauses of an article: those with most of its words, then the first`, () => {
    // Captions without sentence ends: every clause shares words with the topic, and a denial a
    // clause would compare the whole article.
    const sentences = Array.from({ length: 300 }, (_, i) => (i % 3 === 1 ? `Engineers checked the harbour wall at dock ${i} today.` : `The harbour wall at dock ${i} stood firm.`));
    const m = new CorpusMatcher();
    m.upsert('a.txt', sentences.join(' '));
    const doc = m.index.doc('a.txt')!;
    const clauses: Clause[] = [];
    for (let k = 0; k < doc.sentences.length / 2; k++) {
      clauses.push({ doc, t0: doc.sentences[2 * k]!, t1: doc.sentences[2 * k + 1]!, sentence: k, denial: false, anaphoric: false, open: false, cue0: -1, cue1: -1 });
    }
    assert.equal(clauses.length, 300);
    const finder = new ClauseFinder(m.index, doc, clauses);
    const found = finder.candidates({ terms: ['engineers', 'harbour', 'wall'], weights: [1, 1, 1], rarest: [0], words: 3 });
    // The clauses with all three words (every third, 100 of them), the first ones, in article order.
    assert.deepEqual(found.map((c) => c.sentence), Array.from({ length: MAX_CLAUSE_CANDIDATES }, (_, i) => 3 * i + 1));
    // Under the cap, every clause with two of the words or more, as before.
    const few = new ClauseFinder(m.index, doc, clauses.slice(0, 20)).candidates({ terms: ['harbour', 'wall', 'firm'], weights: [1, 1, 1], rarest: [2], words: 3 });
    assert.deepEqual(few.map((c) => c.sentence), Array.from({ length: 20 }, (_, i) => i));
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import type { EntityMention, Quote } from '../../src/core/common/types';
import { analyzeDocuments, CorpusMatcher } from '../../src/core/corpus';
import { countShared } from '../../src/core/corpus/passages';
import { prng } from '../shared/prng';
import { GOLD_FILE, readSample, ROOT, sampleFiles } from './fixtures';
import { tempDir } from '../shared/tempDir';

/** Quotes of a snippet: the text between curly double quotation marks. */
function quotesOf(text: string, speaker: string | null = null): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, speaker, kind: /[.,!?]$/.test(m[1]!) ? 'direct' : 'partial' });
  }
  return out;
}

/** Person mentions of the given names, each with its own spelling as canonical. */
function people(text: string, names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const n of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type: 'person', canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

function corpus(docs: Record<string, { text: string; speaker?: string; names?: string[] }>): CorpusMatcher {
  const m = new CorpusMatcher();
  for (const [p, d] of Object.entries(docs)) m.upsert(p, d.text, { quotes: quotesOf(d.text, d.speaker ?? null), entities: people(d.text, d.names ?? []) });
  return m;
}

const of = (list: Discrepancy[], kind: Discrepancy['kind']) => list.filter((d) => d.kind === kind);
const members = (d: Discrepancy) => d.members.map((m) => `${m.doc}:${m.text}`);

// Two reports of one fictional event, sharing the mayor's statement (so they are one story).
const STATEMENT = '“The water rose faster than anyone had predicted, and the old wall simply gave way,”';
const ONE =
  `Floods swept through Calder Bridge on Sunday, killing 14 people and forcing hundreds from their homes.\n\n` +
  `Mayor Katarina Novak said: ${STATEMENT} adding that repairs would take months.\n\n` +
  `The regional ministry denied that the dam operator was responsible for the flooding.\n\n` +
  `The mayor said the council had reached an agreement with insurers to pay for emergency housing.`;
const TWO =
  `Rescue teams were still searching Calder Bridge on Monday after floods that left 16 dead.\n\n` +
  `${STATEMENT} Mayor Katarina Nowak told reporters.\n\n` +
  `Engineers said the dam operator was responsible for the flooding of the lower town, which was the worst hit.\n\n` +
  `The mayor said the council had reached an agreement with insurers to pay for emergency housing. ` +
  `The insurers later disputed this, saying nothing had been signed.`;
const THREE =
  `Water levels fell in Calder Bridge on Tuesday.\n\n` +
  `Mayor Katarina Novak said: ${STATEMENT}\n\n` +
  `She also said the council reached an agreement with insurers over emergency housing for families.`;

describe('discrepancies', () => {
  const m = corpus({
    'one.txt': { text: ONE, speaker: 'Katarina Novak', names: ['Katarina Novak'] },
    'two.txt': { text: TWO, speaker: 'Katarina Nowak', names: ['Katarina Nowak'] },
    'three.txt': { text: THREE, speaker: 'Katarina Novak', names: ['Katarina Novak'] },
  });
  const found = m.discrepancies();

  it('finds different figures for one count: killing 14 people / 16 dead', () => {
    const numbers = of(found, 'number');
    assert.equal(numbers.length, 1);
    assert.deepEqual(members(numbers[0]!), ['one.txt:14 people', 'two.txt:16 dead']);
    assert.equal(numbers[0]!.label, 'people killed: 14 people · 16 dead');
  });

  it('finds one name spelled two ways, pointing at every mention', () => {
    const names = of(found, 'name');
    assert.equal(names.length, 1);
    assert.deepEqual(members(names[0]!), ['one.txt:Katarina Novak', 'three.txt:Katarina Novak', 'two.txt:Katarina Nowak']);
    // The label names the linked entity, then its spellings (most articles first).
    assert.equal(names[0]!.label, 'name of Katarina Novak: Katarina Novak · Katarina Nowak');
  });

  it('finds a claim one article states and another reports as denied', () => {
    const claims = of(found, 'claim');
    const dam = claims.find((c) => c.members.some((x) => x.text.includes('dam operator')))!;
    assert.ok(dam, 'the dam claim');
    assert.ok(dam.members.some((x) => x.doc === 'one.txt' && x.text.startsWith('The regional ministry denied')));
    assert.ok(dam.members.some((x) => x.doc === 'two.txt' && x.text.startsWith('Engineers said the dam operator was responsible')));
  });

  it('finds a claim disputed by pointing back ("disputed this") and the articles that state it', () => {
    const claims = of(found, 'claim');
    const deal = claims.find((c) => c.members.some((x) => x.text.includes('disputed this')))!;
    assert.ok(deal, 'the agreement claim');
    const docs = new Set(deal.members.map((x) => x.doc));
    assert.ok(docs.has('one.txt') || docs.has('three.txt'), 'an article stating the agreement');
    assert.ok(deal.members.every((x) => ONE.includes(x.text) || TWO.includes(x.text) || THREE.includes(x.text)));
  });

  it('reports nothing for identical statements, and every member is its article’s exact text', () => {
    assert.equal(of(found, 'wording').length, 0);
    const texts: Record<string, string> = { 'one.txt': ONE, 'two.txt': TWO, 'three.txt': THREE };
    for (const d of found) for (const x of d.members) assert.equal(texts[x.doc]!.slice(x.start, x.end), x.text);
  });

  it('finds the words that differ between versions of one quote', () => {
    const w = corpus({
      'a.txt': { text: 'The union leader said: “We cannot accept this kind of deal for our members.”', speaker: 'Ada Brennan' },
      'b.txt': { text: '“We cannot accept this deal for our members,” Ada Brennan said.', speaker: 'Ada Brennan' },
      'c.txt': { text: 'Ada Brennan said: “We cannot accept this kind of deal for our members.”', speaker: 'Ada Brennan' },
    });
    const wording = of(w.discrepancies(), 'wording');
    assert.equal(wording.length, 1);
    assert.deepEqual(members(wording[0]!), ['a.txt:this kind of deal', 'b.txt:this deal', 'c.txt:this kind of deal']);
    assert.equal(wording[0]!.label, '"this kind of deal" / "this deal"');
  });

  it('finds a quote whose object another article reports differently', () => {
    // Two reports carrying the same wire paragraph (one story), worded differently around the quote.
    const wire = 'Coastguard vessels escorted the trawlers back to port after the navy patrol boats withdrew from the disputed waters late on Thursday evening.';
    const w = corpus({
      'a.txt': { text: `${wire}\n\nThe envoy called the raid “a reckless attack on our fishing fleet” and left the talks.`, speaker: 'Lena Holt' },
      'b.txt': { text: `${wire}\n\nThe envoy accused the navy of a reckless attack on the harbour.` },
    });
    const wording = of(w.discrepancies(), 'wording');
    assert.equal(wording.length, 1);
    assert.deepEqual(members(wording[0]!), ['a.txt:our fishing fleet', 'b.txt:the harbour']);
  });

  it('finds a quote another article renders near-verbatim with a phrase in other words, in an event folder of its own words', () => {
    // No shared quote, little shared text: two outlets of one story (they share its names).
    const names = ['Oren Vale', 'Mira Sollis'];
    const w = corpus({
      'a.txt': {
        text: 'Oren Vale and Mira Sollis were arrested at the Kestrel quarry on Monday.\n\n“The arrests are the culmination of a thorough, nine-week fraud review by special prosecutor Mira Sollis,” the ministry said.',
        names,
      },
      'b.txt': { text: 'Police held Oren Vale at his home near the quarry.\n\nThe arrests are the culmination of the latest nine-week fraud review by special prosecutor Mira Sollis.', names },
    });
    const wording = of(w.discrepancies(), 'wording');
    assert.equal(wording.length, 1);
    assert.deepEqual(members(wording[0]!), ['a.txt:a thorough', 'b.txt:the latest']);
  });

  it('not a change of grammar inside the rendering, nor words between two names', () => {
    const names = ['Oren Vale', 'Mira Sollis', 'Kestrel Party'];
    const grammar = corpus({
      'a.txt': { text: 'Oren Vale and Mira Sollis were arrested at the Kestrel quarry on Monday.\n\n“The ministry would have run the quarry review far better than special prosecutor Mira Sollis,” he said.', names },
      'b.txt': { text: 'Police held Oren Vale at his home near the quarry.\n\nHe accused the ministry of running the quarry review far better than special prosecutor Mira Sollis.', names },
    });
    assert.deepEqual(of(grammar.discrepancies(), 'wording'), []);
    const between = corpus({
      'a.txt': { text: 'Oren Vale and Mira Sollis were arrested at the Kestrel quarry on Monday.\n\n“It was clear Oren Vale cared more for the Oren Vale fan club than the Kestrel Party,” she said.', names },
      'b.txt': { text: 'Police held Oren Vale at his home near the quarry.\n\nLast year Oren Vale has quit the Kestrel Party and its council group.', names },
    });
    assert.deepEqual(of(between.discrepancies(), 'wording'), []);
  });

  it('ignores spelling, hyphenation and bracketed insertions inside quotes', () => {
    const w = corpus({
      'a.txt': { text: '“The judgment of the (appeal) court sets no pre-conditions for the release,” she said.', speaker: 'Mia Lund' },
      'b.txt': { text: '“The judgement of the court sets no preconditions for the release,” she said.', speaker: 'Mia Lund' },
    });
    assert.equal(w.quoteClusters().length, 1);
    assert.deepEqual(of(w.discrepancies(), 'wording'), []);
  });

  it('does not compare figures, names or claims across unrelated articles', () => {
    const u = corpus({
      'a.txt': { text: 'A bus crash in the north killed 14 people on Friday. Police said the driver Tomas Berger was not responsible for the crash.', names: ['Tomas Berger'] },
      'b.txt': { text: 'A fire at a warehouse in the south left 16 dead. Firefighters said the owner was responsible for the fire. Tomas Burger runs the bakery next door.', names: ['Tomas Burger'] },
    });
    const list = u.discrepancies();
    assert.deepEqual(of(list, 'number'), []);
    assert.deepEqual(of(list, 'claim'), []);
  });

  it('does not take two articles that both give both figures for a disagreement', () => {
    const u = corpus({
      'a.txt': { text: `${STATEMENT} said the mayor. The storm killed 14 people in the town and 16 people across the region.`, speaker: 'K' },
      'b.txt': { text: `${STATEMENT} the mayor said. Officials said 16 people died across the region, 14 of them in the town.`, speaker: 'K' },
    });
    assert.deepEqual(of(u.discrepancies(), 'number'), []);
  });
});

describe('discrepancies with a huge article', () => {
  // Text without quotes, names, figures or denials: made-up words in sentences and paragraphs
  // (a quarter of a megabyte of them, repeated).
  function filler(chars: number, seed: number): string {
    const block = paragraphs(256 * 1024, seed);
    return block.repeat(Math.ceil(chars / block.length));
  }
  function paragraphs(chars: number, seed: number): string {
    const rnd = prng(seed);
    const syllables = ['ka', 'lo', 'mi', 're', 'su', 'ta', 'ne', 'vo', 'pi', 'du', 'sa', 'ro', 'fe', 'gu', 'ze', 'bo'];
    const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => syllables[Math.floor(rnd() * syllables.length)]).join('');
    const out: string[] = [];
    let n = 0;
    while (n < chars) {
      const sentences: string[] = [];
      for (let k = 0; k < 5; k++) {
        const words = Array.from({ length: 8 + Math.floor(rnd() * 8) }, word);
        words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
        sentences.push(words.join(' ') + '.');
      }
      const p = sentences.join(' ');
      out.push(p);
      n += p.length + 2;
    }
    return out.join('\n\n') + '\n\n';
  }
  const WIRE =
    'Rescue teams from three neighbouring districts worked through the night to reinforce the river banks with sandbags, ' +
    'while volunteers carried elderly residents from flooded cottages to the school gymnasium on the hill above the old market square.';
  const DENIAL = `${WIRE}\n\nFloods killed 14 people in Calder Bridge on Sunday.\n\nThe regional ministry denied that the dam operator was responsible for the flooding.`;
  const REPORT = `${WIRE}\n\nEngineers said the dam operator was responsible for the flooding of the lower town.\n\nThe floods in Calder Bridge left 16 people dead on Sunday.`;

  it('compares two sorted lists of very different lengths as a merge would', () => {
    const rnd = prng(5);
    const sorted = (n: number, range: number) => Int32Array.from(new Set(Array.from({ length: n }, () => Math.floor((rnd() - 0.5) * range)))).sort();
    const merge = (x: Int32Array, y: Int32Array) => {
      const ys = new Set(y);
      return x.filter((v) => ys.has(v)).length;
    };
    for (const [n, m] of [[0, 50], [3, 100_000], [40, 100_000], [1000, 200_000], [5000, 5000], [50_000, 7]]) {
      const a = sorted(n!, 1_000_000);
      const b = sorted(m!, 1_000_000);
      assert.equal(countShared(a, b), merge(a, b), `${n} against ${m}`);
      assert.equal(countShared(b, a), merge(a, b), `${m} against ${n}`);
      assert.equal(countShared(b, b), b.length);
    }
  });

  it('a 20 MB article without quotes gives the discrepancies it gives without the text around it', function () {
    this.timeout(60_000);
    const before = filler(4 * 1048576, 1);
    const huge = before + REPORT + '\n\n' + filler(16 * 1048576, 2);
    assert.ok(huge.length >= 20 * 1048576);
    const run = (report: string) => {
      const m = new CorpusMatcher();
      m.upsert('denial.txt', DENIAL, { quotes: [], entities: [] });
      m.upsert('report.txt', report, { quotes: [], entities: [] });
      return m.discrepancies();
    };
    const small = run(REPORT);
    assert.deepEqual(
      small.map((d) => d.kind),
      ['number', 'claim'],
    );
    const big = run(huge);
    // The same findings, the huge article's members where its copy of the report is.
    const shifted = small.map((d) => ({ ...d, members: d.members.map((x) => (x.doc === 'report.txt' ? { ...x, start: x.start + before.length, end: x.end + before.length } : x)) }));
    assert.deepEqual(big, shifted);
    for (const d of big) for (const x of d.members) assert.equal((x.doc === 'report.txt' ? huge : DENIAL).slice(x.start, x.end), x.text);
  });
});

describe('cross-file analysis of the sample corpus', () => {
  it('meets the cluster and discrepancy bounds (eval/score.mjs)', function () {
    this.timeout(60000);
    const docs = sampleFiles().map((p) => ({ path: p, text: readSample(p) }));
    const out = analyzeDocuments(docs);
    const file = path.join(tempDir('crosscheck-'), 'analysis.json');
    fs.writeFileSync(file, JSON.stringify(out));
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'eval', 'score.mjs'), GOLD_FILE, file, '--min', 'clusters.f1=0.95', '--min', 'discrepancies.recall=0.8', '--min', 'discrepancies.precision=0.6'],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

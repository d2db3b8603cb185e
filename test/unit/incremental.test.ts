// The incremental analysis: after any edit, the same result as analysing the new text from scratch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import { analyzeText, ArticleIndex, linkCorpus } from '../../src/core/corpus';
import { IncrementalAnalyzer } from '../../src/core/corpus/incremental';
import { packAnalysis, unpackAnalysis } from '../../src/core/corpus/incrementalTransfer';
import { parseEntityOverrides, type EntityOverrides } from '../../src/core/entities';
import { readSample, ROOT, sampleFiles } from './fixtures';

/** Everything an analysis carries, the linker's hidden per-mention facts included. */
function everything(a: DocumentAnalysis): unknown {
  return {
    quotes: a.quotes,
    entities: a.entities.map((m) => ({ m, info: m.hint })),
    unconfirmed: (a.unconfirmed ?? []).map((m) => ({ m, info: m.hint })),
  };
}

function assertSame(inc: DocumentAnalysis, text: string, what: string, options: { entityOverrides?: EntityOverrides } = {}): void {
  const full = analyzeText(text, options);
  assert.deepStrictEqual(everything(inc), everything(full), what);
}

/** A small deterministic pseudo-random generator (so a failure can be replayed). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const BBC = path.join(ROOT, 'bench', 'corpus', 'bbc');
function bbcArticles(every: number): { name: string; text: string }[] {
  const files = (fs.readdirSync(BBC, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  return files.filter((_, i) => i % every === 0).map((f) => ({ name: f, text: fs.readFileSync(path.join(BBC, f), 'utf8') }));
}

/** Snippets that exercise what crosses paragraphs: quotation marks, names, titles, headings, breaks. */
const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '“', '”', '"', '‘', '’', "'", ', he said.', ' Mr Smith said ', '“We will win,” said Jane Doe. ',
  'The ', 'Secretary of', 'State Rex Tillerson', ' according to officials', 'Putin', 'He', 'MOSCOW — ', '\n\nBREAKING NEWS\n\n',
  '“It runs on\n\n“and on', 'Tillerson’s spokesman', ' (BBC)', 'U.S.', ' al-Assad', '…', '. ', 'Copyright 2017 Reuters\n',
];

type Edit = (text: string, r: () => number, other: string) => string;
const EDITS: Edit[] = [
  // type a character or a snippet somewhere
  (t, r) => {
    const at = Math.floor(r() * (t.length + 1));
    return t.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + t.slice(at);
  },
  // delete a few characters (a word, a paragraph break, a quotation mark)
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 12));
  },
  // delete a longer stretch (over paragraphs)
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + t.slice(at + Math.floor(r() * 400));
  },
  // paste a paragraph of another article
  (t, r, other) => {
    const paras = other.split(/\n\s*\n/).filter((p) => p.trim());
    const p = paras[Math.floor(r() * paras.length)] ?? 'Nothing.';
    const breaks = [...t.matchAll(/\n\n/g)].map((m) => m.index!);
    const at = breaks.length ? breaks[Math.floor(r() * breaks.length)]! : t.length;
    return t.slice(0, at) + '\n\n' + p + t.slice(at);
  },
  // type a word one character at a time (each keystroke analysed)
  (t) => t,
];

describe('incremental analysis', function () {
  this.timeout(120_000);

  it('gives what analyzeText gives after every random edit of the sample and BBC articles', () => {
    const articles = [...sampleFiles().map((f) => ({ name: f, text: readSample(f) })), ...bbcArticles(110)];
    const r = rng(20170412);
    let edits = 0;
    for (const [n, a] of articles.entries()) {
      const inc = new IncrementalAnalyzer();
      let text = a.text;
      assertSame(inc.analyze(text), text, `${a.name}: first analysis`);
      const other = articles[(n + 1) % articles.length]!.text;
      for (let k = 0; k < 10; k++) {
        const kind = Math.floor(r() * EDITS.length);
        if (kind === EDITS.length - 1) {
          // typing: every keystroke of a word, each one analysed
          let at = Math.floor(r() * (text.length + 1));
          for (const ch of [...SNIPPETS[Math.floor(r() * SNIPPETS.length)]!]) {
            text = text.slice(0, at) + ch + text.slice(at);
            at += ch.length;
            assertSame(inc.analyze(text), text, `${a.name}: keystroke ${JSON.stringify(ch)} of edit ${k}`);
            edits++;
          }
          continue;
        }
        text = EDITS[kind]!(text, r, other);
        assertSame(inc.analyze(text), text, `${a.name}: edit ${k} (kind ${kind})`);
        edits++;
      }
    }
    assert.ok(edits > 250, `${edits} edits`);
  });

  it('applies the analyst’s added names and keeps its work when they change', () => {
    const o = parseEntityOverrides(JSON.stringify({ version: 1, entities: [{ name: 'Lavrov', type: 'person', canonical: 'Sergei Lavrov' }, { name: 'Kremlin', type: 'place' }] }));
    const text = readSample(sampleFiles()[1]!);
    const inc = new IncrementalAnalyzer();
    inc.analyze(text);
    inc.setOptions({ entityOverrides: o.overrides });
    const edited = text.replace('Moscow', 'Moscowx');
    assertSame(inc.analyze(edited), edited, 'with overrides', { entityOverrides: o.overrides });
    assert.equal(inc.lastStats.reused, inc.lastStats.paragraphs - 1);
  });

  it('re-does only the edited paragraph’s own work and reuses the rest', () => {
    const text = readSample(sampleFiles()[1]!);
    const inc = new IncrementalAnalyzer();
    inc.analyze(text);
    const first = inc.lastStats;
    assert.equal(first.reused, 0);
    assert.ok(first.sentences.analysed > 0);
    // a letter typed inside a lower-case word of a middle paragraph
    const at = text.indexOf(' the ', Math.floor(text.length / 2)) + 2;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assertSame(inc.analyze(edited), edited, 'one letter');
    const s = inc.lastStats;
    assert.equal(s.reused, s.paragraphs - 1);
    assert.ok(s.sentences.analysed <= 3, JSON.stringify(s));
    assert.ok(s.sentences.reused > first.sentences.analysed / 2, JSON.stringify(s));
    // the same text again: nothing is worked out again
    inc.analyze(edited);
    assert.equal(inc.lastStats.sentences.analysed, 0);
  });

  it('analyses long texts without keeping anything, with the same result', () => {
    const text = bbcArticles(100).map((a) => a.text.trim()).join('\n\n');
    const inc = new IncrementalAnalyzer({}, { maxCachedChars: 1000 });
    assertSame(inc.analyze(text), text, 'uncached');
    assert.equal(inc.lastStats.cached, false);
    const edited = text.replace('the', 'thex');
    assertSame(inc.analyze(edited), edited, 'uncached, edited');
    assert.equal(inc.lastStats.reused, 0);
  });

  it('can be cancelled from its checkpoint and still analyses the next text right', () => {
    const text = bbcArticles(200).map((a) => a.text.trim()).join('\n\n');
    const inc = new IncrementalAnalyzer();
    inc.analyze(text.slice(0, text.length >> 1));
    let calls = 0;
    const progress: number[] = [];
    assert.throws(
      () =>
        inc.analyze(text, {
          checkpoint: () => {
            if (++calls === 3) throw new Error('cancelled');
          },
          onProgress: (f) => progress.push(f),
        }),
      /cancelled/,
    );
    assert.ok(progress.length > 0 && progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!)));
    assertSame(inc.analyze(text), text, 'after a cancelled run');
    const all: number[] = [];
    inc.analyze(text + '\n\nThe end.', { onProgress: (f) => all.push(f) });
    assert.equal(all[all.length - 1], 1);
  });
});

// The incremental analysis of a long article (several BBC articles and the sample articles in one
// text), typed into one character at a time: after every keystroke, what a full analysis gives.
/** BBC articles (every `every`th) and the sample articles, one after another. */
function longArticle(every: number): string {
  const bbc = bbcArticles(every).map((a) => a.text);
  return [...bbc.slice(0, bbc.length >> 1), ...sampleFiles().map(readSample), ...bbc.slice(bbc.length >> 1)].map((t) => t.trim()).join('\n\n');
}

/**
 * Keystrokes: lower-case letters and spaces mostly, and what changes attribution across the
 * article: capitals (the name table), quotation marks (numbering, runs-on), full stops and
 * paragraph breaks (sentences), and names and speech verbs typed a letter at a time.
 */
const KEYS = 'eeettaaoinsshr      ,.TMSJ“”"\n';
const WORDS = ['Tillerson', ' said', 'Lavrov', ' Mr ', '“', 'He ', 'Putin'];

describe('incremental analysis of a long article', function () {
  this.timeout(300_000);

  it('gives what analyzeText gives after every keystroke, in place and in names typed a letter at a time', () => {
    let text = longArticle(60);
    assert.ok(text.length > 60_000, `${text.length} chars`);
    const inc = new IncrementalAnalyzer();
    assert.deepStrictEqual(everything(inc.analyze(text)), everything(analyzeText(text)), 'first analysis');
    const r = rng(20261123);
    let keystrokes = 0;
    let reused = 0;
    let analysed = 0;
    const type = (at: number, ch: string, what: string) => {
      text = text.slice(0, at) + ch + text.slice(at);
      const got = inc.analyze(text);
      assert.deepStrictEqual(everything(got), everything(analyzeText(text)), `${what} (keystroke ${keystrokes}, ${JSON.stringify(ch)} at ${at})`);
      keystrokes++;
      reused += inc.lastStats.sentences.reused;
      analysed += inc.lastStats.sentences.analysed;
    };
    for (let k = 0; k < 40; k++) {
      const at = Math.floor(r() * (text.length + 1));
      if (k % 8 === 7) {
        // a word typed a letter at a time
        const word = WORDS[Math.floor(r() * WORDS.length)]!;
        [...word].forEach((ch, i) => type(at + i, ch, `word ${JSON.stringify(word)}`));
      } else if (k % 5 === 4 && text.length > 1) {
        // a deletion
        text = text.slice(0, at) + text.slice(at + 1);
        assert.deepStrictEqual(everything(inc.analyze(text)), everything(analyzeText(text)), `deletion at ${at}`);
      } else type(at, KEYS[Math.floor(r() * KEYS.length)]!, 'a key');
    }
    assert.ok(keystrokes >= 40, `${keystrokes} keystrokes`);
    // and the memo did its work (most sentences were not worked out again)
    assert.ok(reused > 20 * analysed, `${reused} sentences reused, ${analysed} analysed`);
  });

  it('changes speakers far from where a name is typed, as a full analysis does', () => {
    const filler = (i: number) => `the talks went on for ${i + 2} hours and nobody left the room. the rain kept on all day.`;
    const paras = [
      'Mary Quimby arrived in the city on Monday.',
      ...Array.from({ length: 12 }, (_, i) => filler(i)),
      '“We are ready to talk,” said Mary Quimby.',
      '“It will take time,” Quimby said.',
      '“Nobody knows,” she said, and the minister agreed.',
      '“We will see,” said the minister. “Wait.”',
      ...Array.from({ length: 12 }, (_, i) => filler(i + 20)),
    ];
    let text = paras.join('\n\n');
    const inc = new IncrementalAnalyzer();
    const speakers = new Set<string>();
    const check = (what: string) => {
      const got = everything(inc.analyze(text));
      assert.deepStrictEqual(got, everything(analyzeText(text)), what);
      speakers.add(JSON.stringify(inc.analyze(text).quotes.map((q) => q.speaker)));
    };
    check('first analysis');
    // typed a letter at a time in a paragraph far from the quotations: a fuller name, a namesake,
    // an honorific, a title (each changes the answer to a question asked far away)
    const type = (para: number, words: string) => {
      let at = text.indexOf(filler(para)) + 'the talks'.length;
      for (const ch of words) {
        text = text.slice(0, at) + ch + text.slice(at);
        at++;
        check(`typing ${JSON.stringify(words)}: ${JSON.stringify(text.slice(at - 20, at))}`);
      }
    };
    type(3, ' with Mary Ann Quimby');
    type(6, ' with Mrs Quimby');
    type(30, ' with Peter Quimby, the minister,');
    assert.ok(speakers.size >= 3, `the speakers changed ${speakers.size - 1} times: ${[...speakers].join(' / ')}`);
  });
});

describe('incremental analysis: packed for the worker', () => {
  it('unpacks to the same analysis, with what the linker knows about each mention', () => {
    const o = parseEntityOverrides(JSON.stringify({ version: 1, entities: [{ name: 'Kremlin', type: 'place', canonical: 'The Kremlin' }] })).overrides;
    for (const f of sampleFiles()) {
      const a = analyzeText(readSample(f), { entityOverrides: o });
      const packed = packAnalysis(a);
      // what postMessage does to it
      const copy = structuredClone(packed);
      assert.deepStrictEqual(everything(unpackAnalysis(copy)), everything(a), f);
    }
  });

  it('links a large article’s unpacked mentions as it links the original ones', () => {
    const text = bbcArticles(150).map((a) => a.text.trim()).join('\n\n');
    const a = analyzeText(text);
    const b = unpackAnalysis(structuredClone(packAnalysis(a)));
    const other = analyzeText(readSample(sampleFiles()[0]!));
    const l1 = linkCorpus(new Map([['big', a], ['s', other]]));
    const l2 = linkCorpus(new Map([['big', b], ['s', other]]));
    assert.deepStrictEqual([...l2.documents], [...l1.documents]);
    assert.deepStrictEqual(l2.entities.entities, l1.entities.entities);
  });
});

describe('ArticleIndex: analyses from elsewhere, deferred and skipped cross-indexing', () => {
  const doc = (words: string) => `Headline\n\n${words} “We will see,” said Rex Tillerson.`;

  it('takes a given analysis and brings search and the matcher up to date when asked', () => {
    const index = new ArticleIndex();
    index.upsert('a.txt', doc('The summit in Moscow.'));
    index.upsert('b.txt', doc('The summit in Moscow.'));
    const text = doc('The summit in Ljubljana.');
    const analysis = analyzeText(text);
    assert.equal(index.upsert('a.txt', text, { analysis, defer: true }), analysis);
    assert.equal(index.analysis('a.txt'), analysis);
    assert.equal(index.textOf('a.txt'), text);
    assert.equal(index.pendingCount(), 1);
    // a query that needs search catches up first (search only: the matcher is caught up when it is asked for)
    assert.deepEqual(index.search('Ljubljana').map((h) => h.path), ['a.txt']);
    assert.equal(index.pendingCount(), 1);
    index.documentMatches('a.txt'); // (a query that needs the matcher catches it up)
    assert.equal(index.pendingCount(), 0);
    index.upsert('a.txt', doc('The summit in Vilnius.'), { defer: true });
    assert.equal(index.flush(), true);
    assert.equal(index.flush(), false);
    assert.deepEqual(index.search('Vilnius').map((h) => h.path), ['a.txt']);
    // the matcher too (and only the matcher)
    index.upsert('a.txt', doc('The summit in Moscow.'), { defer: true });
    index.documentMatches('a.txt');
    assert.equal(index.pendingCount(), 1);
    assert.deepEqual(index.search('Vilnius'), []);
    assert.equal(index.pendingCount(), 0);
  });

  it('has a version that changes with the articles, and reading it catches nothing up', () => {
    const index = new ArticleIndex();
    const v0 = index.version;
    index.upsert('a.txt', doc('One.'));
    const v1 = index.version;
    assert.ok(v1 !== v0);
    index.upsert('a.txt', doc('One.'));
    assert.equal(index.version, v1, 'the same text again');
    index.upsert('a.txt', doc('Two.'), { defer: true });
    const v2 = index.version;
    assert.ok(v2 !== v1);
    assert.equal(index.pendingCount(), 1);
    index.rename('a.txt', 'b.txt');
    assert.ok(index.version !== v2);
    const v3 = index.version;
    index.remove('b.txt');
    assert.ok(index.version !== v3);
  });

  it('never searches, matches or links an article upserted with crossIndex false, and renames and removes it', () => {
    const index = new ArticleIndex();
    index.upsert('a.txt', doc('The summit in Moscow.'));
    index.upsert('huge.txt', doc('The summit in Ljubljana.'), { crossIndex: false });
    assert.equal(index.size, 2);
    assert.deepEqual(index.search('Ljubljana'), []);
    assert.ok(!index.isCrossIndexed('huge.txt'));
    assert.deepEqual(index.documentMatches('huge.txt'), []);
    assert.deepEqual(index.linked().documents.get('huge.txt'), index.analysis('huge.txt'));
    assert.ok(index.linked().entities.entities.every((e) => e.docs.every((d) => d !== 'huge.txt')));
    index.rename('huge.txt', 'big.txt');
    assert.ok(index.has('big.txt') && !index.has('huge.txt'));
    assert.deepEqual(index.search('Ljubljana'), []);
    // cross-indexed again once it is small enough
    index.upsert('big.txt', doc('The summit in Ljubljana, again.'));
    assert.deepEqual(index.search('Ljubljana').map((h) => h.path), ['big.txt']);
    assert.ok(index.remove('big.txt'));
    assert.deepEqual(index.search('Ljubljana'), []);
    index.upsert('huge.txt', doc('Pending.'), { defer: true });
    assert.ok(index.remove('huge.txt'));
    assert.equal(index.pendingCount(), 0);
  });
});

// The incremental analysis of a long article (several BBC articles and the sample articles in one
// text), typed into one character at a time: after every keystroke, what a full analysis gives.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import { analyzeText } from '../../src/core/corpus';
import { IncrementalAnalyzer } from '../../src/core/corpus/incremental';
import { unconfirmedNames } from '../../src/core/entities';
import { mentionInfo } from '../../src/core/entities/recognize';
import { readSample, ROOT, sampleFiles } from './fixtures';

function everything(a: DocumentAnalysis): unknown {
  return {
    quotes: a.quotes,
    entities: a.entities.map((m) => ({ m, info: mentionInfo.get(m) })),
    unconfirmed: unconfirmedNames(a.entities).map((m) => ({ m, info: mentionInfo.get(m) })),
  };
}

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

/** BBC articles (every `every`th) and the sample articles, one after another. */
function longArticle(every: number): string {
  const dir = path.join(ROOT, 'bench', 'corpus', 'bbc');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const bbc = files.filter((_, i) => i % every === 0).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
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

/**
 * Statements aligned across articles (statements.ts): sentences of two reports of one story that
 * say the same thing in other words are paired; other sentences, and unrelated articles, are not.
 * Invented events and names.
 */
import assert from 'node:assert/strict';
import type { EntityMention } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';
import { relatedness } from '../../src/core/corpus/detectors/shared';
import { finish } from '../../src/core/common/budget';
import { alignPair, alignStatements, alignStatementSteps, relatedPairs, statementDataOf, StatementState, statementsOf } from '../../src/core/corpus/statements';

function entities(text: string, names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const n of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type: 'place', canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

const NAMES = ['Port Velda', 'Marrow Bay', 'Norland', 'Essling'];
const A =
  'Storms closed the ferry route between Port Velda and Marrow Bay on Monday. ' +
  'The coastguard rescued eleven fishermen from a stranded trawler near Essling. ' +
  'Officials in Norland said repairs to the harbour wall would cost two million crowns.';
const B =
  'Eleven fishermen were rescued by the coastguard after their trawler ran aground near Essling. ' +
  'Ferries between Port Velda and Marrow Bay stopped running on Monday because of the storms. ' +
  'A local bakery in Norland reopened after the holidays.';
const C = 'The Essling chess club elected a new chairman. Norland and Port Velda will play a friendly match in the spring at Marrow Bay.';
const UNRELATED = 'A new opera opened in the capital to warm reviews. The conductor thanked the orchestra and the singers.';

function matcher(docs: Record<string, string>): CorpusMatcher {
  const m = new CorpusMatcher();
  for (const [p, t] of Object.entries(docs)) m.upsert(p, t, { quotes: [], entities: entities(t, NAMES) });
  return m;
}

const text = (s: { doc: { text: string; tokens: { starts: Int32Array; ends: Int32Array } }; t0: number; t1: number }) =>
  s.doc.text.slice(s.doc.tokens.starts[s.t0]!, s.doc.tokens.ends[s.t1 - 1]!);

describe('statements aligned across articles', () => {
  it('pairs the sentences that report the same thing in other words, in text order', () => {
    const m = matcher({ 'a.txt': A, 'b.txt': B });
    const pairs = relatedPairs(m.index, relatedness(m.index, []));
    assert.equal(pairs.length, 1, 'two reports naming the same places are one story');
    const found = alignStatements(m.index, pairs).map((s) => [text(s.a).split(' ')[0], text(s.b).split(' ')[0]]);
    assert.deepEqual(found, [
      ['Storms', 'Ferries'],
      ['The', 'Eleven'],
    ]);
  });

  it('does not pair sentences sharing only names, nor articles sharing no names or text', () => {
    const m = matcher({ 'a.txt': A, 'c.txt': C, 'z.txt': UNRELATED });
    const pairs = relatedPairs(m.index, relatedness(m.index, []));
    assert.deepEqual(
      pairs.map(([x, y]) => [x.path, y.path].sort().join('+')),
      ['a.txt+c.txt'],
    );
    assert.deepEqual(alignPair(m.index, m.index.doc('a.txt')!, m.index.doc('c.txt')!), []);
  });

  it('keeps a pair’s alignment while both articles are unchanged, and works it out again after a change', () => {
    const m = matcher({ 'a.txt': A, 'b.txt': B });
    const state = new StatementState();
    const related = relatedness(m.index, []);
    const first = finish(alignStatementSteps(m.index, relatedPairs(m.index, related), state));
    assert.equal(finish(alignStatementSteps(m.index, relatedPairs(m.index, related), state))[0], first[0], 'the same record: kept');
    m.upsert('b.txt', B.replace('Eleven', 'Twelve'), { quotes: [], entities: entities(B, NAMES) });
    const again = finish(alignStatementSteps(m.index, relatedPairs(m.index, relatedness(m.index, [])), state));
    assert.notEqual(again[0], first[0]);
    assert.equal(again[0]!.covers.length, first[0]!.covers.length);
    assert.equal([...statementsOf(m.index, again)].length, 2);
  });

  it('lists each sentence\'s distinct content words, and each word\'s sentences, in flat arrays', () => {
    const long = Array.from({ length: 90 }, (_, i) => `Word${i}`).join(' ');
    const m = matcher({ 'a.txt': `Storms hit Essling. Storms and storms closed Essling harbour. ${long}. Essling reopened.` });
    const index = m.index;
    const data = statementDataOf(index, index.doc('a.txt')!);
    const id = (w: string) => index.vocab.find(w)!;
    const sentenceTerms = (k: number) => [...data.terms.subarray(data.termsAt[k]!, data.termsAt[k + 1]!)];
    const last = data.count - 1;
    assert.deepEqual(sentenceTerms(1), [id('storm'), id('closed'), id('essling'), id('harbour')].sort((x, y) => x - y), 'distinct, in term order');
    assert.deepEqual(sentenceTerms(2), [], 'a run-on of more than 80 words is no statement');
    const sentencesOf = (w: string) => {
      const k = [...data.keys].indexOf(id(w));
      return k < 0 ? [] : [...data.sentences.subarray(data.sentencesAt[k]!, data.sentencesAt[k + 1]!)];
    };
    assert.deepEqual(sentencesOf('essling'), [0, 1, last]);
    assert.deepEqual(sentencesOf('storm'), [0, 1], 'once per sentence');
    assert.deepEqual(sentencesOf('word5'), []);
    assert.deepEqual([...data.keys], [...new Set(data.terms)].sort((x, y) => x - y), 'every word of a statement, once');
  });
});

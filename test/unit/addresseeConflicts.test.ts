/**
 * Claims about whom one utterance was told to (detectors/addressees.ts): two outlets naming two
 * different listeners for one quote, and what must not be reported. Invented events and names.
 */
import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import type { Quote } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';

/** Quotes of a snippet: the text between curly double quotation marks, all by one speaker. */
function quotesOf(text: string, speaker: string | null): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, speaker, kind: 'direct' });
  }
  return out;
}

const LEAD = 'A ferry ran aground near Tollin harbour on Friday evening, and forty passengers were taken ashore.';
const SAID = '“In twenty years on this coast I have never seen the tide turn so fast,”';

function told(a: string, b: string, speakers: [string | null, string | null] = ['Ivo Marsh', 'Ivo Marsh'], outlets?: Record<string, string>): Discrepancy[] {
  const m = new CorpusMatcher();
  if (outlets) m.setOutlets((path) => outlets[path]);
  m.upsert('a.txt', `${LEAD}\n\n${a}`, { quotes: quotesOf(`${LEAD}\n\n${a}`, speakers[0]), entities: [] });
  m.upsert('b.txt', `${LEAD}\n\n${b}`, { quotes: quotesOf(`${LEAD}\n\n${b}`, speakers[1]), entities: [] });
  return m.discrepancies().filter((d) => d.kind === 'claim' && d.label.startsWith('told whom'));
}

describe('claims: whom one utterance was told to', () => {
  it('one quote told to two named listeners ("told radio station KVXA" / "told KBOR")', () => {
    const found = told(`${SAID} harbour master Ivo Marsh told radio station KVXA on Saturday.`, `${SAID} Ivo Marsh told KBOR.`);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((x) => `${x.doc}:${x.text}`), ['a.txt:radio station KVXA', 'b.txt:KBOR']);
    assert.match(found[0]!.label, /KVXA · KBOR/);
  });

  it('a listener named before a quote that follows a colon', () => {
    const found = told(`Ivo Marsh told the Tollin Courier: ${SAID.replace(',”', '.”')}`, `${SAID} Ivo Marsh told KBOR.`);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.members.map((x) => `${x.doc}:${x.text}`), ['a.txt:the Tollin Courier', 'b.txt:KBOR']);
  });

  it('not a listener with no name, one name in the other, an acronym of the other, nor an interviewer of the same outlet', () => {
    assert.deepEqual(told(`${SAID} Ivo Marsh told reporters.`, `${SAID} Ivo Marsh told KBOR.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told a news conference.`, `${SAID} Ivo Marsh told KBOR.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told the Coast Wire Service.`, `${SAID} Ivo Marsh told CWS.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told Radio Tollin.`, `${SAID} Ivo Marsh told Radio Tollin North.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told KBOR's Dana Pell.`, `${SAID} Ivo Marsh told KBOR.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told MPs and peers.`, `${SAID} Ivo Marsh told the Harbour Users Forum.`), []);
    assert.deepEqual(told(`${SAID} Ivo Marsh told Tollin Radio 2's Morning Show.`, `${SAID} Ivo Marsh told Tollin News.`), []);
  });

  it('not two listeners that are each the outlet publishing the article (he told each of them); one that is not its own outlet still is', () => {
    assert.deepEqual(told(`${SAID} Ivo Marsh told KVXA.\n\n© 2031 KVXA`, `${SAID} Ivo Marsh told the Tollin Courier.\n\nCopyright The Tollin Courier Limited 2031. All rights reserved.`), []);
    assert.equal(told(`${SAID} Ivo Marsh told KVXA.\n\n© 2031 KVXA`, `${SAID} Ivo Marsh told KBOR.\n\nCopyright The Tollin Courier Limited 2031. All rights reserved.`).length, 1);
  });

  it("the outlets as the host resolved them (the analyst's corrections), not only what the texts give", () => {
    // Neither text names its outlet: corrected, each listener is its article's own outlet.
    const a = `${SAID} Ivo Marsh told KVXA.`;
    const b = `${SAID} Ivo Marsh told the Tollin Courier.`;
    assert.equal(told(a, b).length, 1);
    assert.deepEqual(told(a, b, undefined, { 'a.txt': 'KVXA', 'b.txt': 'Tollin Courier' }), []);
    // A correction wins over what the text gives ("© KVXA" in a story the analyst knows another outlet published).
    assert.equal(told(`${a}\n\n© 2031 KVXA`, `${b}\n\nCopyright The Tollin Courier Limited 2031. All rights reserved.`, undefined, { 'a.txt': 'Harbour Weekly', 'b.txt': 'Tollin Courier' }).length, 1);
  });

  it('a change of the outlets derives the discrepancies again', () => {
    const m = new CorpusMatcher();
    for (const [path, tail] of [['a.txt', 'KVXA'], ['b.txt', 'the Tollin Courier']] as const) {
      const text = `${LEAD}\n\n${SAID} Ivo Marsh told ${tail}.`;
      m.upsert(path, text, { quotes: quotesOf(text, 'Ivo Marsh'), entities: [] });
    }
    const whom = () => m.discrepancies().filter((d) => d.label.startsWith('told whom')).length;
    assert.equal(whom(), 1);
    const outlets: Record<string, string> = { 'a.txt': 'KVXA', 'b.txt': 'Tollin Courier' };
    m.setOutlets((path) => outlets[path]);
    assert.equal(whom(), 0);
    outlets['a.txt'] = 'Harbour Weekly';
    m.setOutlets((path) => outlets[path]);
    assert.equal(whom(), 1);
  });

  it('two outlets whose names share only a word saying what kind of outlet they are', () => {
    assert.equal(told(`${SAID} Ivo Marsh told Velda News.`, `${SAID} Ivo Marsh told Coast News.`).length, 1);
  });

  it('not two speakers, a short phrase, nor the listener of the next sentence', () => {
    assert.deepEqual(told(`${SAID} Ivo Marsh told KVXA.`, `${SAID} Rhea Lund told KBOR.`, ['Ivo Marsh', 'Rhea Lund']), []);
    assert.deepEqual(told('Ivo Marsh called it “a freak tide,” he told KVXA.', 'It was “a freak tide,” Ivo Marsh told KBOR.'), []);
    assert.deepEqual(told(`${SAID.replace(',”', '.”')} A coastguard officer later told KVXA the ferry was refloated.`, `${SAID} Ivo Marsh told KBOR.`), []);
    assert.deepEqual(told(`${SAID.replace(',”', '.”')}\n\nThe coastguard told KVXA the ferry was refloated.`, `${SAID} Ivo Marsh told KBOR.`), []);
  });
});

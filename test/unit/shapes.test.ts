/**
 * The analysis's hot objects keep one V8 shape each (hidden class, "map"), and its arrays stay packed:
 * an optimised function that meets a second shape where it has seen one is deoptimised and compiled
 * again, which on a cold run over a folder cost more than the analysis itself in places. These tests
 * ask V8 directly (natives syntax, switched on for the functions made here), so a property added
 * later or an optional one left out fails them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import type { Quote } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';
import { PassageIndex } from '../../src/core/corpus/passages';
import { quotesOf } from '../shared/quoteSnippets';
import { extractArticleEntities } from '../../src/core/entities';
import { lookupName, nameKey } from '../../src/core/entities/gazetteer';
import { paragraphCandidates } from '../../src/core/entities/recognize';
import { tokenizeParagraph, type Token } from '../../src/core/entities/tokens';
import { isCapWord, tokenize } from '../../src/core/quotes/tokens';
import { mapArray, parseArticle, splitOn } from '../../src/core/text';

v8.setFlagsFromString('--allow-natives-syntax');
// Built after the flag is set, so that their bodies may use natives syntax.
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;
const holey = new Function('a', 'return %HasHoleyElements(a);') as (a: unknown[]) => boolean;

/** Every object has the first one's map. */
function assertOneShape(objects: readonly object[], what: string): void {
  assert.ok(objects.length >= 2, `need several ${what} to compare`);
  objects.forEach((o, i) => assert.ok(sameMap(objects[0]!, o), `${what} #${i} has another shape than #0: ${JSON.stringify(o)} / ${JSON.stringify(objects[0])}`));
}

const TEXT = 'US Secretary of State Rex Tillerson met “Mr Lavrov” in Moscow, the BBC said. Tillerson’s aide, Ann, left for the United Nations on Tuesday.';

describe('object shapes of the analysis (V8 maps)', () => {
  it('quote tokens: one shape for words, punctuation and quotations, before and after isCapWord caches its answer', () => {
    const open = TEXT.indexOf('“');
    const close = TEXT.indexOf('”');
    const toks = tokenize(TEXT, 0, TEXT.length, [{ open, after: close + 1, id: 0 }], () => TEXT.slice(open + 1, close));
    assert.ok(toks.some((t) => t.k === 'q') && toks.some((t) => t.k === 'p') && toks.some((t) => t.k === 'w'));
    assertOneShape(toks, 'tokens');
    for (const t of toks.slice(0, 5)) isCapWord(t);
    assertOneShape(toks, 'tokens after isCapWord');
  });

  it('entity candidates: one shape for known names ("BBC") and the others ("Rex Tillerson")', () => {
    const article = parseArticle(TEXT);
    const tokens: Token[] = [];
    tokenizeParagraph(TEXT, article.paragraphs[0]!, tokens);
    const cands = paragraphCandidates(TEXT, tokens, []);
    assert.ok(cands.some((c) => typeof c.known === 'string') && cands.some((c) => !c.known), JSON.stringify(cands));
    assertOneShape(cands, 'candidates');
  });

  it('recognised mentions: one shape, hint included, for known names, others and the unconfirmed single words', () => {
    const { entities: ms, unconfirmed: pending } = extractArticleEntities(parseArticle(TEXT + ' Brackley spoke.'));
    assert.ok(ms.some((m) => m.hint?.known) && ms.some((m) => m.hint && !m.hint.known) && pending.length, JSON.stringify([ms, pending]));
    assertOneShape([...ms, ...pending], 'mentions');
    assertOneShape(mapArray([...ms, ...pending], (m) => m.hint!), 'hints');
  });

  it('gazetteer entries: one shape whether or not the name is written in capitals ("US", "France")', () => {
    const entries = ['US', 'France', 'United Nations', 'BBC', 'Moscow'].map((n) => lookupName(n)!);
    assert.ok(entries.every(Boolean));
    assert.deepEqual(entries.map((e) => !!e.capitals), [true, false, false, true, false]);
    assertOneShape(entries, 'gazetteer entries');
  });

  it('indexed quotes: one shape, whatever shape each quote came in (as found, or renamed by the folder-wide linking)', () => {
    const text = '“The wall will hold,” said Ilse Marrow. “Not this year,” Marrow added. A clerk said “no comment”.';
    const at = (s: string) => text.indexOf(s);
    const found: Quote = { start: at('The wall'), end: at(',” said'), text: 'The wall will hold,', speaker: 'Ilse Marrow', kind: 'direct' };
    const second: Quote = { start: at('Not this'), end: at('year') + 4, text: 'Not this year', speaker: 'Marrow', kind: 'direct' };
    const renamed: Quote = { ...second, speaker: 'Ilse Marrow' }; // as corpus/link.ts gives a speaker its canonical name
    const unattributed: Quote = { start: at('no comment'), end: at('no comment') + 10, text: 'no comment', speaker: null, kind: 'partial' };
    // (A folder's worth of articles: V8 11 gave a spread copy `{ ...q, t0, … }` a map of its own
    // once it had made a few, so three quotes alone would not tell.)
    const index = new PassageIndex();
    const quotes = [];
    for (let i = 0; i < 40; i++) {
      const path = `a${i}.txt`;
      index.upsert(path, text + ` (${i})`, { quotes: [found, renamed, unattributed] });
      quotes.push(...index.doc(path)!.quotes);
    }
    assertOneShape(quotes, 'indexed quotes');
    assert.deepEqual(Object.keys(quotes[1]!), ['start', 'end', 'text', 'speaker', 'kind', 't0', 't1', 'sentence']);
  });

  it('quote cluster views: one shape for every cluster of a folder', () => {
    const said = [
      'Nobody expected the flood barrier to fail during the spring tide',
      'Our volunteers delivered blankets and soup to every stranded family',
      'Ticket prices for the summer festival will double next year',
      'Farmers lost almost half their wheat harvest to the early frost',
      'The new ferry timetable adds three crossings on Sunday mornings',
      'Pupils will study marine biology at the restored lighthouse',
      'Police recovered twelve stolen paintings from a warehouse near the docks',
      'Hospital managers want another forty nurses before winter arrives',
      'Miners at the quarry voted to accept the revised pay offer',
      'Dancers rehearsed for eight months before the opening gala',
      'Engineers found corrosion inside the railway tunnel ventilation shafts',
      'Local bakers donated bread to the homeless shelter every Friday',
    ];
    // (Three folders' views: V8 11 gave a spread copy that adds keys a map of its own once it had
    // made a few, so one folder's dozen would not tell.)
    const views = [];
    for (const outlets of [['Herald', 'Courier'], ['Gazette', 'Post'], ['Echo', 'Mercury']]) {
      const m = new CorpusMatcher();
      for (const outlet of outlets) {
        const text = said.map((q) => `The ${outlet} spoke to the mayor. “${q},” said Ilse Marrow.`).join('\n\n');
        m.upsert(`${outlet}.txt`, text, { quotes: quotesOf(text, 'Ilse Marrow') });
      }
      const own = m.quoteClusters();
      assert.equal(own.length, said.length);
      views.push(...own);
    }
    assertOneShape(views, 'cluster views');
    assert.deepEqual(Object.keys(views[0]!), ['label', 'members', 'reference', 'id', 'variants']);
  });
});

describe('packed arrays', () => {
  it('mapArray returns a packed array, also from optimised code (TurboFan makes an inlined Array#map holey)', () => {
    const words = ['Rex', 'Tillerson', 'Sergei', 'Lavrov'];
    const lower = (w: string) => w.toLowerCase();
    assert.equal(holey(mapArray(words, lower)), false);
    // Optimised in a fresh Node process, from mapArray's own source. In the unit run's process, with
    // the whole suite loaded, TurboFan's code for the same push loop has returned holey arrays (on
    // fresh copies too; never with part of the suite): the cause is not found yet, and what it means
    // for a long analysis is an open question (see the session notes). Array#map is holey here too.
    const script = `
      const mapArray = ${mapArray.toString()};
      const words = ['Rex', 'Tillerson', 'Sergei', 'Lavrov'];
      const lower = (w) => w.toLowerCase();
      %PrepareFunctionForOptimization(mapArray);
      const before = mapArray(words, lower);
      mapArray(words, lower);
      %OptimizeFunctionOnNextCall(mapArray);
      const optimised = mapArray(words, lower);
      process.stdout.write(JSON.stringify({ optimised, holey: [%HasHoleyElements(before), %HasHoleyElements(optimised)] }));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { optimised: string[]; holey: [boolean, boolean] };
    assert.deepEqual(out.optimised, ['rex', 'tillerson', 'sergei', 'lavrov']);
    assert.deepEqual(out.holey, [false, false], 'holey from optimised code');
  });

  it('splitOn splits as String#split does, into a packed array every time (V8 hands cached splits back holey)', () => {
    for (const s of ['Rex Tillerson', 'Rex  Tillerson', ' a b ', '', 'one', 'a b c d']) {
      assert.deepEqual(splitOn(s, ' '), s.split(' '), JSON.stringify(s));
      assert.equal(holey(splitOn(s, ' ')), false);
      assert.equal(holey(splitOn(s, ' ')), false, 'the second split of one string');
    }
  });
});

describe('nameKey', () => {
  /** What nameKey computed before its plain-name shortcut. */
  const reference = (name: string): string =>
    name.replace(/['’]s$/u, '').toLowerCase().replace(/\./g, '').replace(/,/g, ' ').replace(/[\s\u00a0\-‐‑–]+/gu, ' ').trim();

  it('gives the same key as the five-pass reference for plain and awkward names', () => {
    const names = [
      'Barack Obama', 'Rex Tillerson', "Tillerson's", 'Tillerson’s', "TILLERSON'S", 'U.S.', 'Washington, D.C.', 'al-Assad', 'Jean‐Marc', 'Jean‑Marc',
      'Asia – Pacific', ' Moscow', 'Moscow ', 'New  York', 'New\tYork', 'New\u00a0York', 'A\u2009B', 'x\u3000y', 'Z\ufeff', "O'Neill", 's', "'s", '', 'İstanbul',
      'ÉLYSÉE', 'Straße', 'Dr. No', 'Mr.', 'a\nb', 'a\u2028b', 'a\u0085b', 'end.', ',lead', 'St Petersburg',
    ];
    for (const n of names) assert.equal(nameKey(n), reference(n), JSON.stringify(n));
  });
});

/**
 * The name detector's state between derivations (`NameState`): an edit that leaves an article's
 * names as they were keeps the folder's groups of names and works out again only the discrepancies
 * of the groups the article writes in; an edit that changes its names, a new analysis or a rename
 * works the groups out again. Each result is the same as a derivation from scratch.
 */
import assert from 'node:assert/strict';
import type { EntityMention } from '../../src/core/common/types';
import { nameDiscrepancies, NameState } from '../../src/core/corpus/detectors/names';
import { PassageIndex } from '../../src/core/corpus/passages';
import { nearNeighbours } from '../../src/core/entities/variants';

/** Mentions of the given names (persons or places), each its own canonical. */
function mentions(text: string, names: [string, 'person' | 'place'][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, type] of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type, canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

const A = 'Flooding closed the harbour at Port Elsworth on Sunday. Mayor Teodora Marchetti said the sea wall would be rebuilt.';
const B = 'Harbour workers in Port Elsworth began repairs on Monday. Mayor Teodora Marchetty visited the sea wall with engineers.';
const C = 'The ferry to Port Elsworth will sail again next week, Teodora Marchetti said.';
const NAMES: [string, 'person' | 'place'][] = [
  ['Teodora Marchetty', 'person'],
  ['Teodora Marchetti', 'person'],
  ['Port Elsworth', 'place'],
];

function build(docs: Record<string, string>): PassageIndex {
  const index = new PassageIndex();
  for (const [p, t] of Object.entries(docs)) index.upsert(p, t, { entities: mentions(t, NAMES).map((m) => ({ ...m, text: t.slice(m.start, m.end), canonical: t.slice(m.start, m.end) })) });
  return index;
}

const fresh = (docs: Record<string, string>) => nameDiscrepancies(build(docs));
const labels = (list: { label: string }[]) => list.map((d) => d.label);

describe('name discrepancies kept between derivations', () => {
  it('an edit that leaves the names as they were keeps the groups, and the members follow the text', () => {
    const docs = { 'a.txt': A, 'b.txt': B, 'c.txt': C };
    const index = build(docs);
    const state = new NameState();
    const first = nameDiscrepancies(index, state);
    assert.deepEqual(labels(first), ['name of Teodora Marchetti: Teodora Marchetti · Teodora Marchetty']);
    const groups = state.rootOf;
    // A sentence added before the name in b.txt: the same names, in the same order.
    const edited = 'Crews worked through the night. ' + B;
    index.upsert('b.txt', edited, { entities: mentions(edited, NAMES).map((m) => ({ ...m, canonical: edited.slice(m.start, m.end) })) });
    const again = nameDiscrepancies(index, state);
    assert.equal(state.rootOf, groups, 'the groups are those of the last derivation');
    assert.deepEqual(again, fresh({ ...docs, 'b.txt': edited }));
    const inB = again[0]!.members.find((m) => m.doc === 'b.txt')!;
    assert.equal(edited.slice(inB.start, inB.end), 'Teodora Marchetty');
  });

  it('an edit that changes the names works the groups out again: a spelling made to agree is no discrepancy', () => {
    const docs = { 'a.txt': A, 'b.txt': B, 'c.txt': C };
    const index = build(docs);
    const state = new NameState();
    assert.equal(nameDiscrepancies(index, state).length, 1);
    const groups = state.rootOf;
    const agreed = B.replace('Marchetty', 'Marchetti');
    index.upsert('b.txt', agreed, { entities: mentions(agreed, NAMES).map((m) => ({ ...m, canonical: agreed.slice(m.start, m.end) })) });
    const again = nameDiscrepancies(index, state);
    assert.notEqual(state.rootOf, groups);
    assert.deepEqual(again, []);
    assert.deepEqual(again, fresh({ ...docs, 'b.txt': agreed }));
    // And back: the discrepancy again.
    index.upsert('b.txt', B, { entities: mentions(B, NAMES).map((m) => ({ ...m, canonical: B.slice(m.start, m.end) })) });
    assert.deepEqual(nameDiscrepancies(index, state), fresh(docs));
  });

  it('a new analysis of the same text, a rename and a removal: the same as from scratch', () => {
    const docs: Record<string, string> = { 'a.txt': A, 'b.txt': B, 'c.txt': C };
    const index = build(docs);
    const state = new NameState();
    nameDiscrepancies(index, state);
    // Without entities: names are read from capitals.
    index.upsert('c.txt', C, { entities: [] });
    const bare = new PassageIndex();
    for (const p of ['a.txt', 'b.txt']) bare.upsert(p, docs[p]!, { entities: index.doc(p)!.entities });
    bare.upsert('c.txt', C, { entities: [] });
    assert.deepEqual(nameDiscrepancies(index, state), nameDiscrepancies(bare));
    // A rename that moves b.txt first in path order.
    index.upsert('c.txt', C, { entities: build({ 'c.txt': C }).doc('c.txt')!.entities });
    nameDiscrepancies(index, state);
    index.rename('b.txt', '0-b.txt');
    const renamed = nameDiscrepancies(index, state);
    assert.deepEqual(renamed, fresh({ 'a.txt': A, '0-b.txt': B, 'c.txt': C }));
    assert.ok(renamed[0]!.members.some((m) => m.doc === '0-b.txt'));
    index.remove('0-b.txt');
    assert.deepEqual(nameDiscrepancies(index, state), []);
  });
});

describe('near neighbours of name skeletons', () => {
  it('each key with the next three in the order of the keys, then of the reversed keys; equal keys in the order given', () => {
    const items = ['brandolini', 'brandolina', 'aaa', 'brandolini', 'zorbaleni'];
    const windows = nearNeighbours(
      items.map((k, i) => ({ k, i })),
      (x) => x.k,
    ).map((w) => w.map((x) => x.i));
    // By key: aaa(2), brandolina(1), brandolini(0), brandolini(3), zorbaleni(4).
    // By reversed key: aaa(2), brandolina(1) "anilodnarb", zorbaleni(4) "inelabroz", brandolini(0) and (3) "iniladnarb".
    assert.deepEqual(windows, [
      [2, 1, 0, 3],
      [1, 0, 3, 4],
      [0, 3, 4],
      [3, 4],
      [2, 1, 4, 0],
      [1, 4, 0, 3],
      [4, 0, 3],
      [0, 3],
    ]);
  });
});

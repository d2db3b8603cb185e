import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import { discrepancyNotes } from '../../src/features/discrepancies/discrepancyNotes';

const OUTLETS: Record<string, string> = { 'a.txt': 'Daily Lantern', 'b.txt': 'Harbour Post', 'c.txt': 'Valley Wire', 'd.txt': 'd.txt' };
const outletOf = (key: string) => OUTLETS[key] ?? key;

describe('what a discrepancy member says against the others (editor diagnostics and hints)', () => {
  it('names the other outlets and their figure at each member', () => {
    const found: Discrepancy[] = [
      {
        kind: 'number',
        label: 'people injured: 14 people · 16 people',
        members: [
          { doc: 'a.txt', start: 10, end: 19, text: '14 people' },
          { doc: 'b.txt', start: 30, end: 39, text: '16 people' },
          { doc: 'c.txt', start: 5, end: 14, text: '16 people' },
        ],
      },
    ];
    const notes = discrepancyNotes(found, outletOf);
    assert.deepEqual(
      [...notes].map(([k, ns]) => [k, ns.map((n) => n.message)]),
      [
        ['a.txt', ['14 people — Harbour Post and Valley Wire say 16 people']],
        // (an outlet that agrees with the member is not named against it)
        ['b.txt', ['16 people — Daily Lantern says 14 people']],
        ['c.txt', ['16 people — Daily Lantern says 14 people']],
      ],
    );
    const a = notes.get('a.txt')![0]!;
    assert.deepEqual(a.versions[0]!.places.map((p) => [p.key, p.start, p.end]), [['b.txt', 30, 39], ['c.txt', 5, 14]]);
  });

  it('one note per place and message: a span repeated, or the same difference found twice, is noted once; one place per article', () => {
    const d: Discrepancy = {
      kind: 'name',
      label: 'name of Mira Okonjo: Mira Okonjo · Mira Okonyo',
      members: [
        { doc: 'a.txt', start: 0, end: 11, text: 'Mira Okonjo' },
        { doc: 'a.txt', start: 0, end: 11, text: 'Mira Okonjo' },
        { doc: 'b.txt', start: 4, end: 15, text: 'Mira Okonyo' },
        { doc: 'b.txt', start: 80, end: 91, text: 'Mira Okonyo' },
      ],
    };
    const notes = discrepancyNotes([d, d], outletOf);
    assert.deepEqual(notes.get('a.txt')!.map((n) => n.message), ['Mira Okonjo — Harbour Post says Mira Okonyo']);
    assert.deepEqual(notes.get('a.txt')![0]!.versions[0]!.places.map((p) => p.start), [4], 'the first of the article’s places');
    assert.deepEqual(notes.get('b.txt')!.map((n) => [n.start, n.message]), [
      [4, 'Mira Okonyo — Daily Lantern says Mira Okonjo'],
      [80, 'Mira Okonyo — Daily Lantern says Mira Okonjo'],
    ]);
  });

  it('the article itself is "this article" when it carries another version; a member with no other version gets no note', () => {
    const found: Discrepancy[] = [
      {
        kind: 'wording',
        label: '"a fair deal" / "a fair and final deal"',
        members: [
          { doc: 'a.txt', start: 0, end: 11, text: 'a fair deal' },
          { doc: 'a.txt', start: 50, end: 71, text: 'a fair and final deal' },
          { doc: 'd.txt', start: 9, end: 30, text: 'a fair and final deal' },
        ],
      },
    ];
    const notes = discrepancyNotes(found, outletOf);
    assert.deepEqual(notes.get('a.txt')!.map((n) => n.message), ['“a fair deal” — this article and d.txt say “a fair and final deal”', '“a fair and final deal” — this article says “a fair deal”']);
    assert.deepEqual(notes.get('d.txt')!.map((n) => n.message), ['“a fair and final deal” — Daily Lantern says “a fair deal”']);
  });

  it('a disputed claim quotes the other outlet’s statement, shortened', () => {
    const long = `The ministry denied that any ${'shipment '.repeat(20)}had left the port`;
    const found: Discrepancy[] = [
      {
        kind: 'claim',
        label: 'disputed: The convoy left the port on Monday',
        members: [
          { doc: 'a.txt', start: 0, end: 34, text: 'The convoy left the port on Monday' },
          { doc: 'b.txt', start: 100, end: 100 + long.length, text: long },
        ],
      },
    ];
    const notes = discrepancyNotes(found, outletOf);
    assert.ok(notes.get('a.txt')![0]!.message.startsWith('Disputed — Harbour Post: “The ministry denied that any shipment shipment'));
    assert.ok(notes.get('a.txt')![0]!.message.endsWith('…”'));
    assert.equal(notes.get('b.txt')![0]!.message, 'Disputed — Daily Lantern: “The convoy left the port on Monday”');
  });

  it('names three versions, then counts the rest', () => {
    const members = ['11', '12', '13', '14', '15'].map((n, i) => ({ doc: `${'abcde'[i]}.txt`, start: 0, end: 2, text: n }));
    const notes = discrepancyNotes([{ kind: 'number', label: 'x', members }], outletOf);
    assert.equal(notes.get('a.txt')![0]!.message, '11 — Harbour Post says 12; Valley Wire says 13; d.txt says 14; and 1 more');
  });

  it('names three outlets of a version, then counts the others', () => {
    const keys = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const members = keys.map((doc, i) => ({ doc, start: 0, end: 11, text: i ? 'Tomas Vrell' : 'Tomás Vrell' }));
    const notes = discrepancyNotes([{ kind: 'name', label: 'x', members }], outletOf);
    assert.equal(notes.get('a.txt')![0]!.message, 'Tomás Vrell — Harbour Post, Valley Wire, d.txt and 2 other outlets say Tomas Vrell');
    assert.equal(notes.get('a.txt')![0]!.versions[0]!.places.length, 5, 'every place is kept for the links');
  });
});

/**
 * Coverage (core/corpus/coverage.ts): what each article does with a quote, a figure or a claim —
 * reports, rewords, omits or disputes — and the folder's coverage matrix. Hand-made clusters and
 * discrepancies (the derivation's shapes), then one invented folder through the whole index.
 * Invented events and names.
 */
import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import { ArticleIndex, coverageMatrix, discrepancyCoverage, passageLookup, quoteCoverage, quoteDisputes, type QuoteClusterView, type SharedPassage, type VariantOp } from '../../src/core/corpus';

const Q = 'The new bridge will open to traffic before the winter storms arrive in the valley';

/** A member quoting `quote` at `at` of its article (the whole quote is the region). */
function member(doc: string, at: number, quote: string, speaker: string | null = 'Mara Velt') {
  return { doc, start: at, end: at + quote.length, text: quote, region: { start: at, end: at + quote.length }, speaker };
}

const eq = (t: string): VariantOp => ({ op: 'equal', a: { start: 0, end: t.length }, b: { start: 0, end: t.length }, textA: t, textB: t });
const rep = (a: string, b: string): VariantOp => ({ op: 'replace', a: { start: 0, end: a.length }, b: { start: 0, end: b.length }, textA: a, textB: b });

/** a.txt carries the reference version; b.txt the same words (and a shorter caption); c.txt a reworded one. */
function bridgeCluster(): QuoteClusterView {
  const reworded = 'The new bridge will open to cars before the winter storms reach the valley';
  return {
    id: 'q1',
    label: 'The new bridge will open…',
    reference: 0,
    members: [member('a.txt', 100, Q), member('b.txt', 40, 'The new bridge will open'), member('b.txt', 300, Q), member('c.txt', 10, reworded)],
    variants: [
      { member: 1, against: 0, ops: [eq('The new bridge will open')], same: true },
      { member: 2, against: 0, ops: [eq(Q)], same: true },
      { member: 3, against: 0, ops: [eq('The new bridge will open to '), rep('traffic', 'cars'), eq(' before the winter storms '), rep('arrive in', 'reach')], same: false },
    ],
  };
}

const DOCS = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

describe('coverage: what each article does with an item', () => {
  it('a quote: the shared version and its parts are reported, another wording reworded, no version omitted', () => {
    const cells = quoteCoverage(bridgeCluster(), DOCS);
    assert.deepEqual(
      cells.map((c) => c.status),
      ['reports', 'reports', 'rewords', 'omits'],
    );
    // b.txt quotes it twice (a caption, shorter): its fullest version is the one to open.
    assert.equal(cells[1]!.version?.start, 300);
    assert.equal(cells[2]!.detail, '2 differences');
    assert.equal(cells[3]!.version, undefined);
  });

  it('a quote in a copied paragraph of an article that does not quote it is reported there; a shared paragraph without its words is not', () => {
    const para = (doc: string, text: string) => ({ doc, start: 0, end: text.length, text });
    const withQuote = `Officials said the new bridge will open to traffic before the winter storms arrive in the valley, weeks early.`;
    const passages: SharedPassage[] = [
      { verbatim: true, members: [{ doc: 'a.txt', start: 90, end: 300, text: `Mara Velt said: “${Q}.”` }, para('d.txt', withQuote)] },
      { verbatim: false, members: [{ doc: 'a.txt', start: 90, end: 300, text: `Mara Velt said: “${Q}.”` }, para('e.txt', 'The ferry will keep running across the valley until the new bridge opens next year, officials said.')] },
    ];
    const cells = quoteCoverage(bridgeCluster(), [...DOCS, 'e.txt'], { passages: passageLookup(passages) });
    assert.equal(cells[3]!.status, 'reports');
    assert.match(cells[3]!.detail, /copied paragraph/);
    assert.equal(cells[4]!.status, 'omits', 'a shared paragraph that does not hold the quote’s words');
  });

  it('a quote whose claim another article denies is disputed there; a denial of something else disputes nothing', () => {
    const c = bridgeCluster();
    const denial: Discrepancy = {
      label: 'disputed: The new bridge will open to traffic before the winter storms',
      kind: 'claim',
      members: [
        { doc: 'a.txt', start: 100, end: 160, text: 'The new bridge will open to traffic before the winter storms' },
        { doc: 'd.txt', start: 5, end: 70, text: 'The county engineer denied that the bridge would open this year' },
      ],
    };
    const elsewhere: Discrepancy = {
      label: 'disputed: The ferry company was paid twice',
      kind: 'claim',
      members: [
        { doc: 'a.txt', start: 900, end: 940, text: 'The ferry company was paid twice' },
        { doc: 'c.txt', start: 500, end: 560, text: 'The ferry company rejected the report that it was paid twice' },
      ],
    };
    // A sentence that holds the quote among more words of its own is not the claim denied.
    const around: Discrepancy = {
      label: 'disputed: the mayor, who also said the new bridge will open, promised a tunnel by spring next year',
      kind: 'claim',
      members: [
        { doc: 'b.txt', start: 250, end: 470, text: 'The mayor, who also said the new bridge will open to traffic before the winter storms, promised a tunnel under the river by spring of next year and a second ferry for the valley' },
        { doc: 'e.txt', start: 0, end: 40, text: 'The council denied any tunnel was planned' },
      ],
    };
    const disputes = quoteDisputes([c], [denial, elsewhere, around]);
    const cells = quoteCoverage(c, [...DOCS, 'e.txt'], { disputes });
    assert.deepEqual(
      cells.map((x) => x.status),
      ['reports', 'reports', 'rewords', 'disputes', 'omits'],
    );
    assert.equal(cells[3]!.version?.doc, 'd.txt');
  });

  it('a claim stated and disputed: the denials dispute it, the assertions report it, an article doing both disputes it', () => {
    const d: Discrepancy = {
      label: 'disputed: the toll will be lifted in March',
      kind: 'claim',
      members: [
        { doc: 'a.txt', start: 0, end: 40, text: 'the toll will be lifted in March' },
        { doc: 'b.txt', start: 10, end: 50, text: 'The mayor said the toll will be lifted in March' },
        { doc: 'b.txt', start: 60, end: 100, text: 'Her deputy later disputed this' },
        { doc: 'c.txt', start: 0, end: 60, text: 'The council denied that the toll would be lifted' },
      ],
    };
    assert.deepEqual(
      discrepancyCoverage(d, DOCS).map((c) => c.status),
      ['reports', 'disputes', 'disputes', 'omits'],
    );
  });

  it('a figure: the one most articles give is reported, another disputes it; at a tie the first given is reported', () => {
    const fig: Discrepancy = {
      label: 'people hurt: 14 people · 12 injured',
      kind: 'number',
      members: [
        { doc: 'a.txt', start: 0, end: 9, text: '12 injured' },
        { doc: 'b.txt', start: 0, end: 9, text: '14 people' },
        { doc: 'c.txt', start: 0, end: 9, text: '14 hurt' },
      ],
    };
    const cells = discrepancyCoverage(fig, DOCS);
    assert.deepEqual(
      cells.map((c) => c.status),
      ['disputes', 'reports', 'reports', 'omits'],
    );
    assert.equal(cells[0]!.detail, 'gives “12 injured”');
    const tie: Discrepancy = { ...fig, members: fig.members.slice(0, 2) };
    assert.deepEqual(
      discrepancyCoverage(tie, DOCS).map((c) => c.status),
      ['reports', 'disputes', 'omits', 'omits'],
    );
  });

  it('the matrix: claims, then figures, then the quotes the most articles carry; name spellings and quote wording are not rows; articles that carry nothing are not columns', () => {
    const claim: Discrepancy = {
      label: 'disputed: the toll will be lifted in March',
      kind: 'claim',
      members: [
        { doc: 'a.txt', start: 0, end: 40, text: 'the toll will be lifted in March' },
        { doc: 'c.txt', start: 0, end: 60, text: 'The council denied that the toll would be lifted' },
      ],
    };
    const name: Discrepancy = { label: 'name of Mara Velt: Mara Velt · Mara Welt', kind: 'name', members: [{ doc: 'a.txt', start: 0, end: 9, text: 'Mara Velt' }, { doc: 'b.txt', start: 0, end: 9, text: 'Mara Welt' }] };
    const figure: Discrepancy = { label: 'people hurt: 14 people · 12 injured', kind: 'number', members: [{ doc: 'a.txt', start: 0, end: 9, text: '12 injured' }, { doc: 'b.txt', start: 0, end: 9, text: '14 people' }] };
    const small: QuoteClusterView = { id: 'q2', label: 'We are ready', reference: 0, members: [member('a.txt', 2000, 'We are ready'), member('b.txt', 2000, 'We are ready')], variants: [{ member: 1, against: 0, ops: [eq('We are ready')], same: true }] };
    const alone: QuoteClusterView = { id: 'q3', label: 'Twice', reference: 0, members: [member('a.txt', 0, 'Twice in one article'), member('a.txt', 50, 'Twice in one article')], variants: [] };
    const m = coverageMatrix({ docs: [...DOCS, 'z.txt'], clusters: [small, bridgeCluster(), alone], discrepancies: [name, figure, claim] });
    assert.deepEqual(
      m.rows.map((r) => `${r.kind}:${r.id}`),
      ['claim:d2', 'figure:d1', 'quote:q1', 'quote:q2'],
    );
    assert.deepEqual(m.docs, ['a.txt', 'b.txt', 'c.txt'], 'd.txt and z.txt carry none of the rows');
    assert.equal(m.rows[0]!.cells.length, 3);
    assert.equal(m.rows[2]!.speaker, 'Mara Velt');
    const cut = coverageMatrix({ docs: DOCS, clusters: [small, bridgeCluster()], discrepancies: [figure, claim], maxRows: 2, maxDocs: 2 });
    assert.equal(cut.rows.length, 2);
    assert.equal(cut.rowsLeftOut, 2);
    assert.deepEqual(cut.docs, ['a.txt', 'b.txt']);
    assert.equal(cut.docsLeftOut, 1);
  });

  it('through the index: a quote carried word for word, reworded, and left out by an article of the same story', () => {
    const story =
      'Crews closed the Harlow river crossing on Monday after floodwater damaged two of its supports, ' +
      'and the regional transport office sent ferries to carry commuters across the water until repairs begin.\n\n';
    const quote = 'We will not reopen the crossing until every support has been checked by independent engineers';
    const idx = new ArticleIndex();
    idx.upsert('a.txt', `${story}“${quote},” said Ilsa Brandt, head of the transport office.`);
    idx.upsert('b.txt', `${story}“${quote},” Ilsa Brandt told reporters.`);
    idx.upsert('c.txt', `${story}“We will not reopen the bridge until every support has been checked by outside engineers,” Ilsa Brandt said.`);
    idx.upsert('d.txt', `${story}The office said the ferries would run every twenty minutes.`);
    const m = coverageMatrix({ docs: idx.paths(), clusters: idx.quoteClusters(), discrepancies: idx.discrepancies(), passages: idx.sharedPassages() });
    const row = m.rows.find((r) => r.kind === 'quote' && r.label.startsWith('We will not reopen'));
    assert.ok(row, `a row for the quote: ${m.rows.map((r) => r.label).join(' | ')}`);
    const status = Object.fromEntries(m.docs.map((d, j) => [d, row.cells[j]!.status]));
    assert.deepEqual(status, { 'a.txt': 'reports', 'b.txt': 'reports', 'c.txt': 'rewords', ...(m.docs.includes('d.txt') ? { 'd.txt': 'omits' } : {}) });
  });
});

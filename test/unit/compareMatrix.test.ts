/**
 * The coverage matrix page (features/compare/matrixView.ts) and the statuses on the comparison
 * page (compareView.ts): escaped text, an ARIA grid with one tab stop, statuses as words, the
 * strict content security policy, and the empty state. Invented outlets and items.
 */
import assert from 'node:assert/strict';
import { compareHtml } from '../../src/features/compare/compareView';
import { matrixHtml, type MatrixModel } from '../../src/features/compare/matrixView';

const model: MatrixModel = {
  outlets: [
    { label: 'Kestrel TV', file: 'a.txt' },
    { label: 'Pebble & Co <Wire>', file: 'b.txt' },
  ],
  rows: [
    { kind: 'claim', label: 'Disputed: the toll <b>will</b> be lifted', cells: [{ status: 'reports', detail: 'states it', canOpen: true }, { status: 'disputes', detail: 'denies it', canOpen: true }] },
    { kind: 'quote', label: '“We are ready”', speaker: 'Mara Velt', cells: [{ status: 'rewords', detail: '1 difference', canOpen: true }, { status: 'omits', detail: '', canOpen: false }] },
  ],
  rowsLeftOut: 3,
  outletsLeftOut: 0,
};

describe('compare outlets: the coverage matrix page', () => {
  it('an ARIA grid of items × outlets with one tab stop, each status a word, text escaped', () => {
    const html = matrixHtml(model, 'NONCE9');
    assert.match(html, /<table role="grid"[^>]*aria-rowcount="3" aria-colcount="3"/);
    assert.equal((html.match(/role="gridcell"/g) ?? []).length, 4);
    assert.equal((html.match(/role="rowheader"/g) ?? []).length, 2);
    assert.equal((html.match(/tabindex="0"/g) ?? []).length, 1, 'one tab stop');
    assert.ok(!html.includes('<b>will</b>') && !html.includes('<Wire>'), 'text is escaped');
    assert.match(html, /Pebble &amp; Co &lt;Wire&gt;/);
    for (const s of ['reports', 'rewords', 'disputes', 'omits']) assert.match(html, new RegExp(`class="cell ${s}[^"]*"[^>]*>.*\\b${s}\\b`), `${s} shown as a word`);
    // Only the cells with a version can be opened.
    assert.equal((html.match(/class="cell [a-z]+ open"/g) ?? []).length, 3);
    assert.match(html, /1 claim, 1 quote \(and 3 more not shown\) × 2 outlets/);
  });

  it('allows only its own nonce’d script and style, loads nothing, has no inline handlers', () => {
    const html = matrixHtml(model, 'NONCE9');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-NONCE9'; script-src 'nonce-NONCE9';">/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.equal((html.match(/<style/g) ?? []).length, 1);
    assert.ok(!/https?:\/\//.test(html), 'nothing remote');
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handlers');
  });

  it('says why it is empty instead of an empty grid', () => {
    const html = matrixHtml({ outlets: [], rows: [], rowsLeftOut: 0, outletsLeftOut: 0, empty: 'No quote, figure or claim is carried by two or more articles yet.' }, 'N');
    assert.ok(!html.includes('role="grid"'));
    assert.match(html, /<p class="empty">No quote, figure or claim is carried by two or more articles yet\.<\/p>/);
  });
});

describe('compare outlets: statuses on the comparison page', () => {
  it('each column says what its outlet does with the item, the outlets that omit it are named, and a way back to the matrix', () => {
    const html = compareHtml(
      {
        title: 'Figure: 14 vs 12',
        subtitle: 'Reported differently by 2 articles',
        legend: 'Each outlet’s words.',
        absent: ['Orland Wire'],
        absentMore: 0,
        fromMatrix: true,
        columns: [
          { key: 'k1', outlet: 'Kestrel TV', file: 'a.txt', start: 0, end: 2, status: '“14 hurt”', segments: [{ kind: 'added', text: '14 hurt' }], coverage: { status: 'reports', detail: '“14 hurt”' } },
          { key: 'k2', outlet: 'Pebble', file: 'b.txt', start: 0, end: 2, status: '“12 injured”', segments: [{ kind: 'added', text: '12 injured' }], coverage: { status: 'disputes', detail: 'gives “12 injured”' } },
        ],
      },
      'N2',
    );
    assert.match(html, /aria-label="Kestrel TV: reports \(“14 hurt”\), “14 hurt”"/);
    assert.match(html, /<p class="coverage"[^>]*><span class="st disputes">.*disputes<\/span><\/p>/);
    assert.match(html, /omits<\/span>:<\/strong> Orland Wire/);
    assert.match(html, /<button type="button" id="matrix"/);
  });
});

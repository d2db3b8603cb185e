import assert from 'node:assert/strict';
import { articleLabels, detectSource, EMPTY_SOURCE_OVERRIDES, headlineOf, isoDate, outletCorrectionsKey, parseSourceOverrides, resolveSource, sourceOf } from '../../src/core/sources';

const body = (n = 3) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the body tells what happened in Lowmarsh on Tuesday, and it is long enough to be a paragraph of prose.`).join('\n\n');

describe('sources: the outlet, date and headline an article gives', () => {
  it('reads the outlet from a copyright line, without the company suffix', () => {
    assert.equal(detectSource(`Flood closes bridge\n\n${body()}\n\nCopyright The Lowmarsh Courier Limited 2031. All rights reserved.`).outlet?.value, 'The Lowmarsh Courier');
    assert.equal(detectSource(`${body()}\n\n© 2031 Brindle Media Group Inc.`).outlet?.value, 'Brindle Media Group');
    assert.equal(detectSource(`${body()}\n\n(c) 2029-2031 Vantor News`).outlet?.how, 'copyright line');
  });

  it('reads the outlet from a credit line, a byline naming it, an agency dateline and a site teaser', () => {
    assert.equal(detectSource(`${body()}\n\n(KESTREL 9 with AP)`).outlet?.value, 'Kestrel 9');
    assert.equal(detectSource(`${body()}\n\n(Orland Wire)`).outlet?.value, 'Orland Wire');
    const byline = detectSource(`Dam opens early\n\nMira Totten, The Orland Wire\n\n${body()}`);
    assert.equal(byline.outlet?.value, 'The Orland Wire');
    assert.equal(byline.byline?.value, 'Mira Totten');
    assert.equal(detectSource(`LOWMARSH, Ore. (Orland Wire) — The dam opened early on Tuesday.\n\n${body()}`).outlet?.value, 'Orland Wire');
    assert.equal(detectSource(`${body()}\n\nAlso on Pebbleside:`).outlet?.value, 'Pebbleside');
  });

  it('reads a date and an outlet from a metadata line, and a publication line', () => {
    const d = detectSource(` date 2031-04-12   • Kestrel TV\nDam opens early in Lowmarsh\n\n${body()}`);
    assert.equal(d.date?.value, '2031-04-12');
    assert.equal(d.outlet?.value, 'Kestrel TV');
    assert.equal(d.headline?.value, 'Dam opens early in Lowmarsh');
    assert.equal(detectSource(`Dam opens early in Lowmarsh\nPublished: March 3, 2031\n\n${body()}`).date?.value, '2031-03-03');
    assert.equal(isoDate('4 Sept. 2030'), '2030-09-04');
  });

  it('finds the headline after page debris, and none where the text opens with its body', () => {
    assert.equal(headlineOf(`Skip to main content\n\nDam opens early in Lowmarsh\n\n${body()}`), 'Dam opens early in Lowmarsh');
    assert.equal(detectSource(body()).headline, undefined);
    assert.equal(detectSource(`LOWMARSH — The dam opened early on Tuesday, officials said\n\n${body()}`).headline, undefined);
  });

  it('reads only the edges of a very large article', () => {
    const big = `Dam opens early in Lowmarsh\n\n${body(20_000)}\n\n© 2031 Vantor News`;
    assert.ok(big.length > 2_000_000);
    const started = Date.now();
    const d = detectSource(big);
    assert.equal(d.outlet?.value, 'Vantor News');
    assert.equal(d.outlet?.start, big.lastIndexOf('©'));
    assert.equal(d.headline?.value, 'Dam opens early in Lowmarsh');
    assert.ok(Date.now() - started < 500, `${Date.now() - started} ms`);
  });

  it('says nothing where the text names no outlet (negative cases)', () => {
    const plain = detectSource(`Dam opens early\n\n${body()}\n\n“We are ready,” the mayor told the Orland Wire news agency.`);
    assert.equal(plain.outlet, undefined);
    // A photo credit is not a byline; a role is not an outlet; a body sentence is not a copyright line.
    assert.equal(detectSource(`Mira Totten, Orland Wire | Workers at the dam (left) on Tuesday.\n\n${body()}`).outlet, undefined);
    assert.equal(detectSource(`Dam opens early\n\nMira Totten, Staff Writer\n\n${body()}`).outlet, undefined);
    // A venue line is not a byline; a headline is not a byline (nor, in any case, its last word an outlet).
    assert.equal(detectSource(`Lowmarsh v Pebbleside\n\nRiverside Park, Lowmarsh\n\n${body()}`).outlet, undefined);
    assert.equal(detectSource(`Mira Totten blow for Lowmarsh Rovers\n\n${body()}`).outlet, undefined);
    assert.equal(detectSource(`Totten Backs Dam Plan - Lowmarsh Council\n\n${body()}`).outlet, undefined);
    assert.equal(detectSource(`${body(20)}\n\nCopyright law was the subject of a long hearing in the capital on Tuesday, where lawyers for the dam's owners argued at length about fees.\n\n${body(20)}`).outlet, undefined);
  });
});

describe('sources: .crosscheck/sources.json', () => {
  it('reads corrections of articles and outlet names, and applies them over what was detected', () => {
    const { overrides, problems } = parseSourceOverrides(
      JSON.stringify({ version: 1, articles: { './wire/a.txt': { outlet: 'Lowmarsh Courier', date: '2031-04-12' } }, outlets: { 'KESTREL 9': 'Kestrel Nine' } }, null, 2),
    );
    assert.deepEqual(problems, []);
    const a = resolveSource(detectSource(`(Orland Wire)\n\n${body()}`), overrides.articles.get('wire/a.txt'), overrides.outlets);
    assert.deepEqual(a, { outlet: 'Lowmarsh Courier', outletHow: 'sources.json', date: '2031-04-12' });
    const b = sourceOf(`${body()}\n\n(KESTREL 9 with AP)`, undefined, new Map([['kestrel 9', 'Kestrel Nine']]));
    assert.equal(b.outlet, 'Kestrel Nine');
  });

  it('reports each problem with its line and column, and keeps the valid entries', () => {
    const src = '{\n  "version": 1,\n  "articles": {\n    "a.txt": { "outlet": "" },\n    "b.txt": { "date": "12/04/2031", "outlet": "Kestrel TV" },\n    "c.txt": { "sauce": "x" }\n  },\n  "colour": 1\n}';
    const { overrides, problems } = parseSourceOverrides(src);
    assert.deepEqual(
      problems.map((p) => [p.path, p.line, p.column]),
      [
        ['articles["a.txt"].outlet', 4, 26],
        ['articles["b.txt"].date', 5, 24],
        ['articles["c.txt"].sauce', 6, 16],
        ['colour', 8, 3],
      ],
    );
    assert.deepEqual([...overrides.articles], [['b.txt', { outlet: 'Kestrel TV' }]]);
    const broken = parseSourceOverrides('{ "version": 1, "articles": {');
    assert.equal(broken.problems.length, 1);
    assert.match(broken.problems[0]!.message, /not valid JSON/);
  });

  it('labels articles by outlet, with the file name where two share one, and by file name where none is known', () => {
    const labels = articleLabels([
      { key: 'k1', file: 'x/one.txt', source: { outlet: 'Kestrel TV' } },
      { key: 'k2', file: 'x/two.txt', source: { outlet: 'Orland Wire' } },
      { key: 'k3', file: 'x/three.txt', source: { outlet: 'Orland Wire' } },
      { key: 'k4', file: 'x/four.txt', source: {} },
    ]);
    assert.deepEqual([...labels.values()], ['Kestrel TV', 'Orland Wire · two.txt', 'Orland Wire · three.txt', 'x/four.txt']);
  });
});

describe('sources: which corrections change the outlets (the discrepancies are derived again only then)', () => {
  const parsed = (json: object) => parseSourceOverrides(JSON.stringify(json)).overrides;

  it('no outlet corrected, in any number of folders, is the same as none: the texts’ outlets', () => {
    const dates = parsed({ version: 1, articles: { 'a.txt': { date: '2024-05-04', headline: 'A ferry ran aground' } } });
    assert.equal(outletCorrectionsKey([EMPTY_SOURCE_OVERRIDES, dates]), outletCorrectionsKey([]));
  });

  it('an article’s outlet or a renamed outlet changes the key; the order they are written in does not', () => {
    const none = outletCorrectionsKey([EMPTY_SOURCE_OVERRIDES]);
    const one = outletCorrectionsKey([parsed({ version: 1, articles: { 'a.txt': { outlet: 'KVXA' }, 'b.txt': { outlet: 'The Courier' } } })]);
    const swapped = outletCorrectionsKey([parsed({ version: 1, articles: { 'b.txt': { outlet: 'The Courier' }, 'a.txt': { outlet: 'KVXA', date: '2024-05-04' } } })]);
    const renamed = outletCorrectionsKey([parsed({ version: 1, outlets: { 'EXAMPLE NEWS': 'Example News' } })]);
    assert.notEqual(one, none);
    assert.equal(swapped, one);
    assert.notEqual(renamed, none);
    assert.notEqual(renamed, one);
    // The same correction in another folder is another correction (folders are corrected apart).
    assert.notEqual(outletCorrectionsKey([EMPTY_SOURCE_OVERRIDES, parsed({ version: 1, outlets: { 'EXAMPLE NEWS': 'Example News' } })]), renamed);
  });
});

describe('compare outlets: the panel’s page', () => {
  it('escapes article text, marks the differences, and allows only its own nonce’d script and style', async () => {
    const { compareHtml } = await import('../../src/features/compare/compareView');
    const html = compareHtml(
      {
        title: 'Quote: “a <b>bold</b> plan”',
        subtitle: 'carried by 2 articles',
        legend: 'Each version against Kestrel TV’s.',
        absent: ['Orland Wire'],
        absentMore: 0,
        columns: [
          { key: 'k1', outlet: 'Kestrel TV', file: 'a.txt', start: 0, end: 10, status: 'this article', segments: [{ kind: 'same', text: 'a <b>bold</b> plan' }] },
          { key: 'k2', outlet: 'Pebble & Co', file: 'b.txt', start: 0, end: 10, status: '1 difference', segments: [{ kind: 'same', text: 'a ' }, { kind: 'added', text: 'daring' }, { kind: 'dropped', text: 'bold' }, { kind: 'same', text: ' plan' }] },
        ],
      },
      'NONCE123',
    );
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-NONCE123'; script-src 'nonce-NONCE123';">/);
    assert.ok(!html.includes('<b>bold</b>'), 'article text is escaped');
    assert.match(html, /a &lt;b&gt;bold&lt;\/b&gt; plan/);
    assert.match(html, /a <ins[^>]*>daring<\/ins> <del[^>]*>bold<\/del> plan/); // (a space either side of the dropped words)
    assert.match(html, /Pebble &amp; Co/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.ok(!/https?:\/\//.test(html), 'nothing remote');
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handlers');
  });
});

describe('page debris is not a title (search)', () => {
  it('titles an article by its headline, or its first line that is not debris', async () => {
    const { ArticleIndex } = await import('../../src/core/corpus');
    const index = new ArticleIndex();
    index.upsert('a.txt', `Skip to main content\n\nDam opens early in Lowmarsh\n\n${body()}`);
    index.upsert('b.txt', `Skip to main content\n\n${body()}`);
    index.flush();
    const title = (path: string) => index.search('Lowmarsh').find((h) => h.path === path)?.title;
    assert.equal(title('a.txt'), 'Dam opens early in Lowmarsh');
    assert.match(title('b.txt') ?? '', /^Paragraph 1 of the body/);
  });
});

import assert from 'node:assert/strict';
import { excerpt } from '../../src/core/common/excerpt';
import type { Quote } from '../../src/core/common/types';
import {
  changeCount,
  CorpusMatcher,
  discrepancyTitle,
  elideSegments,
  escapeMarkdown,
  segmentsToMarkdown,
  versionSegments,
  type QuoteClusterView,
  type VariantOp,
  type VersionSegment,
} from '../../src/core/corpus';

function quotesOf(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, speaker: null, kind: /[.,!?]$/.test(m[1]!) ? 'direct' : 'partial' });
  }
  return out;
}

function corpus(docs: Record<string, string>): CorpusMatcher {
  const m = new CorpusMatcher();
  for (const [p, t] of Object.entries(docs)) m.upsert(p, t, { quotes: quotesOf(t), entities: [] });
  return m;
}

/** A diff run: `textA` at a0 of the version read against, `textB` at b0 of the version shown. */
function op(kind: VariantOp['op'], a0: number, textA: string, b0: number, textB: string): VariantOp {
  return { op: kind, a: { start: a0, end: a0 + textA.length }, b: { start: b0, end: b0 + textB.length }, textA, textB };
}

const kinds = (segs: VersionSegment[]) => segs.map((s) => [s.kind, s.text]);

describe('quote versions against this article’s version', () => {
  const m = corpus({
    'a.txt': 'The minister said: “We will never accept this kind of deal with them, whatever happens.”',
    'b.txt': 'She told reporters: “We will never accept this sort of deal with them, whatever happens.”',
    'c.txt': 'According to the minister, “we will never accept this deal with them, whatever happens next.”',
  });
  const cluster = m.quoteClusters()[0]!;
  const member = (doc: string) => cluster.members.findIndex((x) => x.doc === doc);
  const shown = (c: QuoteClusterView, mine: string, other: string) => {
    const v = m.versionsAgainst(c, member(mine)).find((x) => c.members[x.member]!.doc === other)!;
    const o = c.members[v.member]!;
    return { v, segs: versionSegments(v.ops, o.text, o.start) };
  };

  it('compares every other version with the version of the article the analyst reads, not the cluster’s reference', () => {
    assert.equal(cluster.members.length, 3);
    assert.equal(cluster.members[cluster.reference]!.doc, 'a.txt');
    // Read from b.txt ("this sort of deal"): a.txt says "kind" where b says "sort"; c.txt drops "sort of".
    const fromB = m.versionsAgainst(cluster, member('b.txt'));
    assert.deepEqual(fromB.map((v) => cluster.members[v.member]!.doc).sort(), ['a.txt', 'c.txt']);
    assert.deepEqual(kinds(shown(cluster, 'b.txt', 'a.txt').segs), [
      ['same', 'We will never accept this '],
      ['dropped', 'sort'],
      ['added', 'kind'],
      ['same', ' of deal with them, whatever happens'],
      ['outside', '.'],
    ]);
    assert.deepEqual(kinds(shown(cluster, 'b.txt', 'c.txt').segs), [
      ['same', 'we will never accept this '],
      ['dropped', 'sort of'],
      ['same', 'deal with them, whatever happens'],
      ['outside', ' next.'],
    ]);
    // Read from c.txt: the others added words.
    assert.deepEqual(kinds(shown(cluster, 'c.txt', 'b.txt').segs).filter(([k]) => k === 'added'), [['added', 'sort of']]);
    assert.equal(changeCount(shown(cluster, 'c.txt', 'b.txt').v.ops), 1);
  });

  it('uses the cluster’s own diffs from the reference, and answers the same object on a second call', () => {
    assert.equal(m.versionsAgainst(cluster, cluster.reference), cluster.variants);
    assert.equal(m.versionsAgainst(cluster, member('c.txt')), m.versionsAgainst(cluster, member('c.txt')));
    assert.equal(m.clustersFresh, true);
    m.upsert('d.txt', 'Unrelated: “nothing to see here at all today.”', { quotes: quotesOf('Unrelated: “nothing to see here at all today.”'), entities: [] });
    assert.equal(m.clustersFresh, false, 'a change makes the clusters stale until asked for');
    m.quoteClusters();
    assert.equal(m.clustersFresh, true);
    assert.equal(typeof m.clustersCostMs, 'number');
  });

  it('segments: the spaces between compared words are the version’s own; words before the compared part are outside', () => {
    const A = 'low level of trust';
    const B = 'a very low level of confidence';
    const ops = [op('equal', 0, 'low level of', 7, 'low level of'), op('replace', 13, 'trust', 20, 'confidence')];
    assert.equal(A.slice(13), 'trust');
    assert.deepEqual(kinds(versionSegments(ops, B)), [
      ['outside', 'a very '],
      ['same', 'low level of '],
      ['dropped', 'trust'],
      ['added', 'confidence'],
    ]);
    // An offset into the article, and no diff at all (not aligned): the whole text, unmarked.
    assert.deepEqual(kinds(versionSegments(ops.map((o) => ({ ...o, b: { start: o.b.start + 100, end: o.b.end + 100 } })), B, 100)), kinds(versionSegments(ops, B)));
    assert.deepEqual(kinds(versionSegments([], B)), [['outside', B]]);
  });

  it('Markdown: added words bold, dropped words struck, spaces outside the marks', () => {
    const segs: VersionSegment[] = [
      { kind: 'same', text: 'We will never accept this ' },
      { kind: 'dropped', text: 'kind of' },
      { kind: 'same', text: 'deal with them ' },
      { kind: 'added', text: 'at all' },
      { kind: 'outside', text: '.' },
    ];
    assert.equal(segmentsToMarkdown(segs), 'We will never accept this ~~kind of~~ deal with them **at all**\\.');
    // Dropped words between two words get a space on each side, but none before punctuation.
    assert.equal(segmentsToMarkdown([{ kind: 'same', text: 'this' }, { kind: 'dropped', text: 'kind' }, { kind: 'same', text: ', then' }]), 'this ~~kind~~\\, then');
  });

  it('Markdown: article text can never inject links, HTML, emphasis or icons', () => {
    const evil = '[open](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** _it_ `code` $(alert) ~~x~~ &lt;b&gt; https://example.com www.example.com\n# heading\n- item |a|b|';
    const md = segmentsToMarkdown([{ kind: 'same', text: evil }, { kind: 'added', text: '](command:x) <b>' }, { kind: 'dropped', text: '$(trash) [y](z)' }]);
    // Every ASCII punctuation character of the article text is escaped; no line breaks survive.
    const unescaped = md.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/\*\*|~~/g, '');
    assert.doesNotMatch(unescaped, /[!-/:-@[-`{-~]/, `only the marks are unescaped: ${unescaped}`);
    assert.doesNotMatch(md, /\n/);
    assert.equal(escapeMarkdown('a\\b'), 'a\\\\b');
    assert.equal(escapeMarkdown('$(alert)'), '\\$\\(alert\\)');
  });

  it('elides long unchanged stretches, keeping words next to each change', () => {
    const long = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const segs: VersionSegment[] = [
      { kind: 'same', text: `${long(30, 'a')} ` },
      { kind: 'added', text: 'NEW' },
      { kind: 'same', text: ` ${long(30, 'b')} ` },
      { kind: 'dropped', text: 'OLD' },
      { kind: 'same', text: ` ${long(30, 'c')}` },
    ];
    const out = elideSegments(segs, 3);
    assert.equal(segmentsToMarkdown(out), '… a27 a28 a29 **NEW** b0 b1 b2 … b27 b28 b29 ~~OLD~~ c0 c1 c2 …');
    // Short versions are left alone; a long one without changes keeps its beginning.
    assert.deepEqual(elideSegments(segs.slice(0, 2), 3, 40), segs.slice(0, 2));
    assert.equal(segmentsToMarkdown(elideSegments([{ kind: 'same', text: long(50, 'w') }], 2)), 'w0 w1 w2 w3 …');
  });
});

describe('discrepancy titles', () => {
  it('sets the versions against each other, for the labels the analysis writes', () => {
    const m = corpus({
      'a.txt': 'The union leader said: “We cannot accept this kind of deal for our members.”',
      'b.txt': '“We cannot accept this deal for our members,” Ada Brennan said.',
    });
    const wording = m.discrepancies().find((d) => d.kind === 'wording')!;
    assert.equal(discrepancyTitle(wording), '“this kind of deal” vs “this deal”');
    assert.equal(discrepancyTitle({ kind: 'number', label: 'number killed: 89 / 87' }), '89 vs 87 — number killed');
    assert.equal(discrepancyTitle({ kind: 'number', label: 'wives of the accused: 19 wives · 20 women' }), '19 wives vs 20 women — wives of the accused');
    assert.equal(discrepancyTitle({ kind: 'name', label: 'Sergei Lavrov / Sergey Lavrov' }), 'Sergei Lavrov vs Sergey Lavrov');
    assert.equal(discrepancyTitle({ kind: 'name', label: 'name of Sergei Lavrov: Sergei Lavrov · Sergey Lavrov' }), 'Sergei Lavrov vs Sergey Lavrov');
    assert.equal(discrepancyTitle({ kind: 'name', label: 'name of Kemal Arslan: Kemal Arslani · Kemal Arslany' }), 'Kemal Arslani vs Kemal Arslany — Kemal Arslan');
    assert.equal(discrepancyTitle({ kind: 'wording', label: 'an unlawful attack against … "Syria" / "Assad\'s forces"' }), '“Syria” vs “Assad\'s forces” — an unlawful attack against …');
    assert.equal(discrepancyTitle({ kind: 'claim', label: 'disputed: Russia saw no proof' }), 'Disputed: Russia saw no proof');
    assert.equal(discrepancyTitle({ kind: 'number', label: 'something else' }), 'something else');
  });
});

describe('excerpts', () => {
  const text = 'First paragraph ends here.\n\nOfficials said the death toll rose to 89 on Wednesday, up from the earlier figure given by the ministry.\n\nNext one.';
  it('shows the span with whole words of its paragraph around it, and where it is', () => {
    const at = text.indexOf('89');
    const e = excerpt(text, at, at + 2, 40);
    assert.equal(e.text.slice(e.highlight[0], e.highlight[1]), '89');
    assert.ok(e.text.length <= 42, e.text);
    assert.match(e.text, /^…\S.* 89 on .*…$/);
    assert.doesNotMatch(e.text, /First|Next/);
    // A narrow view: a few words before, the rest after.
    const narrow = excerpt(text, at, at + 2, 40, 12);
    assert.ok(narrow.highlight[0] <= 13, narrow.text);
    assert.match(narrow.text, /^…rose to 89 on Wednesday, up from the…$/);
    const start = text.indexOf('Officials');
    const whole = excerpt(text, start, start + 9, 200);
    assert.equal(whole.text, 'Officials said the death toll rose to 89 on Wednesday, up from the earlier figure given by the ministry.');
    assert.deepEqual(whole.highlight, [0, 9]);
  });
  it('cuts a long span at a word', () => {
    const start = text.indexOf('Officials');
    const e = excerpt(text, start, text.indexOf('ministry.') + 9, 30);
    assert.match(e.text, /^Officials said the death toll…$/);
    assert.deepEqual(e.highlight, [0, e.text.length]);
  });
});

/**
 * Quote clusters and discrepancies of a long-lived CorpusMatcher, refreshed after each change from
 * what it kept of the last derivation, are the same as those of a matcher built afresh from the
 * same texts: same clusters in the same order (ids, labels, members, variants), same discrepancies
 * in the same order. A seeded random sequence of edits, additions, removals, renames and
 * re-upserts of identical text (with a new analysis) over the sample corpus and BBC articles.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import { analyzeText, CorpusMatcher } from '../../src/core/corpus';
import { editArticle } from '../../bench/generate';
import { prng } from '../shared/prng';
import { readSample, ROOT, sampleFiles } from './fixtures';

const BBC = path.join(ROOT, 'bench', 'corpus', 'bbc');

/**
 * The sample articles, and the first `perCategory` BBC articles of some categories each with an
 * other outlet's version (paragraphs swapped, sentences dropped, words replaced: bench/generate),
 * so that most stories are reported twice.
 */
function corpusSample(perCategory: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of sampleFiles()) out.set(`samples/${f}`, readSample(f));
  const rnd = prng(7);
  const base: string[] = [];
  for (const cat of ['politics', 'business', 'sport']) {
    const files = fs.readdirSync(path.join(BBC, cat)).filter((f) => f.endsWith('.txt')).sort().slice(0, perCategory);
    for (const f of files) {
      const text = fs.readFileSync(path.join(BBC, cat, f), 'utf8');
      out.set(`bbc/${cat}/${f}`, text);
      base.push(text);
    }
  }
  const pool = [...new Set(base.flatMap((t) => t.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []))].sort();
  for (const [p, text] of [...out]) if (p.startsWith('bbc/')) out.set(`copy/${p.slice(4)}`, editArticle(text, rnd, pool));
  return out;
}

const analyses = new Map<string, DocumentAnalysis>();
function analysisOf(text: string): DocumentAnalysis {
  let a = analyses.get(text);
  if (!a) analyses.set(text, (a = analyzeText(text)));
  return a;
}

/** A fresh analysis object (new quote and entity arrays) with the same content. */
function copyOf(a: DocumentAnalysis): DocumentAnalysis {
  return { ...a, quotes: a.quotes.map((q) => ({ ...q })), entities: a.entities.map((e) => ({ ...e })) };
}

/** An edit of an article; `other` is another article of the corpus, chosen at random. */
type Edit = (text: string, rnd: () => number, other: string) => string | undefined;

const sentenceEnds = (text: string) => [...text.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"])/g)].map((m) => m.index! + m[0].length);

/** Inserts a sentence after a random sentence end. */
function insertSentence(t: string, rnd: () => number, sentence: string): string | undefined {
  const ends = sentenceEnds(t);
  if (!ends.length) return undefined;
  const at = ends[Math.floor(rnd() * ends.length)]!;
  return t.slice(0, at) + sentence + ' ' + t.slice(at);
}

/** A random sentence of plain words (no quotation marks) of 8 to 25 words, without its final stop. */
function plainSentence(t: string, rnd: () => number): string | undefined {
  const list = [...t.matchAll(/(?<=[.!?]\s)[A-Z][^.!?"“”\n]{40,200}(?=\.\s)/g)].map((m) => m[0]).filter((x) => x.split(' ').length >= 8);
  return list.length ? list[Math.floor(rnd() * list.length)] : undefined;
}

const EDITS: Record<string, Edit> = {
  'insert a sentence': (t, rnd) => {
    const ends = sentenceEnds(t);
    if (!ends.length) return undefined;
    const at = ends[Math.floor(rnd() * ends.length)]!;
    return t.slice(0, at) + 'An analyst added this sentence about the 42 people killed while reading. ' + t.slice(at);
  },
  'delete a sentence': (t, rnd) => {
    const ends = sentenceEnds(t);
    if (ends.length < 2) return undefined;
    const k = Math.floor(rnd() * (ends.length - 1));
    return t.slice(0, ends[k]!) + t.slice(ends[k + 1]!);
  },
  'change a number': (t, rnd) => {
    const nums = [...t.matchAll(/\b\d+\b/g)];
    if (!nums.length) return undefined;
    const m = nums[Math.floor(rnd() * nums.length)]!;
    const v = Number(m[0]) + 1 + Math.floor(rnd() * 5);
    return t.slice(0, m.index!) + String(v) + t.slice(m.index! + m[0].length);
  },
  "change a name's spelling": (t, rnd) => {
    const names = [...t.matchAll(/\b[A-Z][a-z]{4,}\s[A-Z][a-z]{4,}\b/g)];
    if (!names.length) return undefined;
    const m = names[Math.floor(rnd() * names.length)]!;
    const w = m[0];
    const i = w.length - 2;
    const changed = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    return t.slice(0, m.index!) + changed + t.slice(m.index! + w.length);
  },
  // Edits that tie articles together: the words of another article's quote outside quotation
  // marks with another ending, another article's statement, and a denial of it.
  'paraphrase a quote of another article': (t, rnd, other) => {
    const quotes = [...other.matchAll(/"([^"\n]{40,})"/g)].map((m) => m[1]!.split(' ')).filter((w) => w.length >= 8);
    if (!quotes.length) return undefined;
    const words = quotes[Math.floor(rnd() * quotes.length)]!;
    return insertSentence(t, rnd, `Officials said ${words.slice(0, 6).join(' ')} the regional council instead.`);
  },
  'copy a statement of another article': (t, rnd, other) => {
    const s = plainSentence(other, rnd);
    return s && insertSentence(t, rnd, `${s}.`);
  },
  'deny a statement of another article': (t, rnd, other) => {
    const s = plainSentence(other, rnd);
    return s && insertSentence(t, rnd, `A spokesman denied that ${s[0]!.toLowerCase()}${s.slice(1)}.`);
  },
  'reword a quote': (t, rnd) => {
    const quotes = [...t.matchAll(/"([^"\n]{20,})"/g)];
    if (!quotes.length) return undefined;
    const m = quotes[Math.floor(rnd() * quotes.length)]!;
    const words = m[1]!.split(' ');
    const k = Math.floor(rnd() * words.length);
    words.splice(k, rnd() < 0.5 ? 1 : 0, 'really');
    const q = `"${words.join(' ')}"`;
    return t.slice(0, m.index!) + q + t.slice(m.index! + m[0].length);
  },
};

describe('incremental quote clusters and discrepancies', function () {
  this.timeout(300_000);

  /** Compares a long-lived matcher with one built from its texts; returns how many clusters and discrepancies there were. */
  function check(live: CorpusMatcher, texts: Map<string, string>, docAnalysis: Map<string, DocumentAnalysis>, step: string): [number, number] {
    const fresh = new CorpusMatcher();
    for (const p of [...texts.keys()].sort()) fresh.upsert(p, texts.get(p)!, docAnalysis.get(p)!);
    const c = live.quoteClusters();
    const fc = fresh.quoteClusters();
    assert.deepEqual(c, fc, `quote clusters after ${step}`);
    const d = live.discrepancies();
    assert.deepEqual(d, fresh.discrepancies(), `discrepancies after ${step}`);
    // Versions against a member other than the reference, for a few clusters.
    for (const k of [0, 3, 7]) {
      const cl = c[k];
      if (!cl) continue;
      const mine = cl.reference === 0 ? cl.members.length - 1 : 0;
      assert.deepEqual(live.versionsAgainst(cl, mine), fresh.versionsAgainst(fc[k]!, mine), `versions against member ${mine} of ${cl.id} after ${step}`);
    }
    return [c.length, d.length];
  }

  /** A matcher of the sample corpus, with the texts and analyses it was given. */
  function sampleMatcher(): { texts: Map<string, string>; docAnalysis: Map<string, DocumentAnalysis>; live: CorpusMatcher } {
    const texts = new Map<string, string>();
    const docAnalysis = new Map<string, DocumentAnalysis>();
    const live = new CorpusMatcher();
    for (const f of sampleFiles()) {
      texts.set(f, readSample(f));
      docAnalysis.set(f, analysisOf(texts.get(f)!));
      live.upsert(f, texts.get(f)!, docAnalysis.get(f)!);
    }
    return { texts, docAnalysis, live };
  }

  it('on the sample corpus: each article removed, added back and edited, the same as afresh', () => {
    // The five reports of one event: every article matters to the others' clusters, renderings
    // of quotes, figures, names and disputed claims.
    const { texts, docAnalysis, live } = sampleMatcher();
    const [, found] = check(live, texts, docAnalysis, 'the first derivation');
    assert.ok(found >= 10, `the sample's discrepancies (${found})`);
    for (const f of sampleFiles()) {
      const text = texts.get(f)!;
      texts.delete(f);
      live.remove(f);
      check(live, texts, docAnalysis, `removing ${f}`);
      texts.set(f, text);
      live.upsert(f, text, docAnalysis.get(f)!);
      check(live, texts, docAnalysis, `adding ${f} back`);
      // The same text with another analysis: no entities (names are then read from capitals), no quotes; then back.
      const a = docAnalysis.get(f)!;
      const variants: [string, DocumentAnalysis][] = [
        ['without entities', { ...copyOf(a), entities: [] }],
        ['without quotes', { ...copyOf(a), quotes: [] }],
        ['with its analysis', copyOf(a)],
      ];
      for (const [what, changed] of variants) {
        docAnalysis.set(f, changed);
        live.upsert(f, text, changed);
        check(live, texts, docAnalysis, `re-upserting ${f} ${what}`);
      }
      const edited = EDITS['insert a sentence']!(text, prng(1), '')!;
      texts.set(f, edited);
      docAnalysis.set(f, analysisOf(edited));
      live.upsert(f, edited, docAnalysis.get(f)!);
      check(live, texts, docAnalysis, `editing ${f}`);
    }
  });

  it('derived a step at a time (clusters, then each kind), the same; a change between steps starts over', () => {
    const { texts, docAnalysis, live } = sampleMatcher();
    let steps = 1;
    while (!live.deriveStep()) steps++;
    assert.equal(steps, 7, 'the clusters, then six parts (numbers, names, two of wording, two of claims)');
    assert.ok(live.clustersFresh && live.discrepanciesFresh);
    check(live, texts, docAnalysis, 'stepping');
    // An edit after three steps: the steps start over from the clusters.
    const f = sampleFiles()[2]!;
    const edited = EDITS['change a number']!(texts.get(f)!, prng(3), '')!;
    live.upsert(f, edited, analysisOf(edited));
    live.deriveStep();
    live.deriveStep();
    live.deriveStep();
    const again = EDITS['insert a sentence']!(edited, prng(4), '')!;
    texts.set(f, again);
    docAnalysis.set(f, analysisOf(again));
    live.upsert(f, again, docAnalysis.get(f)!);
    assert.ok(!live.discrepanciesFresh);
    steps = 1;
    while (!live.deriveStep()) steps++;
    assert.equal(steps, 7);
    check(live, texts, docAnalysis, 'a change between steps');
  });

  it('after a random sequence of changes, the same as a matcher built afresh', () => {
    const all = corpusSample(40);
    const rnd = prng(20261123);
    const paths = [...all.keys()];
    // Start with most of the corpus; the rest is added along the way.
    const texts = new Map<string, string>();
    const docAnalysis = new Map<string, DocumentAnalysis>();
    const spare: string[] = [];
    const live = new CorpusMatcher();
    for (const p of paths) {
      if (rnd() < 0.1) {
        spare.push(p);
        continue;
      }
      texts.set(p, all.get(p)!);
      docAnalysis.set(p, analysisOf(all.get(p)!));
      live.upsert(p, texts.get(p)!, docAnalysis.get(p)!);
    }
    const [clusters, discrepancies] = check(live, texts, docAnalysis, 'the first derivation');
    assert.ok(clusters > 20 && discrepancies > 10, `a sample with something to find (${clusters} clusters, ${discrepancies} discrepancies)`);
    const done = new Map<string, number>();
    const edits = Object.keys(EDITS);
    for (let i = 0; i < 60; i++) {
      const current = [...texts.keys()].sort();
      const p = current[Math.floor(rnd() * current.length)]!;
      const r = rnd();
      let op: string;
      if (r < 0.6) {
        // An edit, mostly in articles whose quotes are clustered (where caches matter most).
        const name = edits[i % edits.length]!;
        // Another article of the same story when there is one (where edits change what is found).
        const entry = live.index.doc(p)!;
        const near = live.index.relatedDocs(entry).map((x) => x.doc.path);
        const other = near.length && rnd() < 0.8 ? near[Math.floor(rnd() * Math.min(near.length, 5))]! : current[Math.floor(rnd() * current.length)]!;
        const text = EDITS[name]!(texts.get(p)!, rnd, texts.get(other)!);
        if (text === undefined || text === texts.get(p)) continue;
        op = `${name} in ${p}`;
        texts.set(p, text);
        docAnalysis.set(p, analysisOf(text));
        live.upsert(p, text, docAnalysis.get(p)!);
      } else if (r < 0.65 && spare.length) {
        const q = spare.pop()!;
        op = `add ${q}`;
        texts.set(q, all.get(q)!);
        docAnalysis.set(q, analysisOf(all.get(q)!));
        live.upsert(q, texts.get(q)!, docAnalysis.get(q)!);
      } else if (r < 0.75) {
        op = `remove ${p}`;
        spare.unshift(p);
        texts.delete(p);
        docAnalysis.delete(p);
        live.remove(p);
      } else if (r < 0.85) {
        // A rename that moves the article elsewhere in path order.
        const to = `renamed/${i}-${path.basename(p)}`;
        op = `rename ${p} to ${to}`;
        texts.set(to, texts.get(p)!);
        docAnalysis.set(to, docAnalysis.get(p)!);
        texts.delete(p);
        docAnalysis.delete(p);
        live.rename(p, to);
      } else {
        // The same text again with a new analysis: sometimes without its entities, or its quotes.
        const a = copyOf(docAnalysis.get(p)!);
        const variant = rnd();
        if (variant < 0.3) a.entities = [];
        else if (variant < 0.5) a.quotes = a.quotes.slice(1);
        op = `re-upsert ${p} (${variant < 0.3 ? 'no entities' : variant < 0.5 ? 'a quote fewer' : 'same analysis'})`;
        docAnalysis.set(p, a);
        live.upsert(p, texts.get(p)!, a);
      }
      done.set(op.split(' ')[0]!, (done.get(op.split(' ')[0]!) ?? 0) + 1);
      // Sometimes two changes between derivations.
      if (rnd() < 0.2) continue;
      check(live, texts, docAnalysis, `step ${i}: ${op}`);
    }
    check(live, texts, docAnalysis, 'the end');
    for (const kind of ['insert', 'delete', 'change', 'reword', 'paraphrase', 'copy', 'deny', 'add', 'remove', 'rename', 're-upsert']) assert.ok(done.has(kind), `the sequence did a ${kind} (${[...done.keys()].join(', ')})`);
  });
});

/**
 * The per-keystroke cost of the incremental analysis in a 10,000-word article (the editor bench's
 * article: BBC articles concatenated until 10,000 words), outside VS Code: one analysis, then 50
 * single-character insertions at seeded random places, each re-analysed and timed (CPU time of this
 * process, so the other engineers' load on the machine counts less), with the wall time of quotations
 * and attribution (`IncrementalAnalyzer.lastStats.ms`) beside it.
 *
 *   node --single-threaded out/bench/keystroke.js [--edits N] [--rounds N] [--words N] [--check] [--json FILE]
 *     --rounds  how many times over (a fresh analyser and other places each time; default 3)
 *     --check   also compare each result with a full analysis (slow; not timed)
 *
 * --single-threaded keeps the garbage collector on the main thread, where its CPU time is counted
 * against the keystroke that caused it (and the figures vary much less from run to run). No
 * collection is forced between keystrokes: as in the editor's worker, and a forced full collection
 * (--expose-gc, gc()) before each one doubled every figure and reordered what costs most.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core/corpus';
import { IncrementalAnalyzer } from '../src/core/corpus/incremental';
import { findRoot, listTxt, prng } from './generate';

const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const EDITS = opt('--edits', 50);
const WORDS = opt('--words', 10_000);
const ROUNDS = opt('--rounds', 3);
const check = args.includes('--check');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

const corpus = path.join(findRoot(), 'bench', 'corpus', 'bbc');
const files = listTxt(corpus).map((f) => path.join(corpus, f));

/** As bench/editor.ts builds its article. */
function concatenate(words: number): string {
  const parts: string[] = [];
  let w = 0;
  for (let i = 0; w < words; i++) {
    const t = fs.readFileSync(files[i % files.length]!, 'utf8').trim() + '\n\n';
    parts.push(t);
    w += t.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('');
}

const cpuMs = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};

const base = concatenate(WORDS);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz ,.';
const all: number[] = [];
/** Per keystroke, the wall time of quotations and attribution, and of the whole call. */
const quotesMs: number[] = [];
const wallMs: number[] = [];
let first = 0;
for (let round = 0; round < ROUNDS; round++) {
  const r = prng(20261123 + round);
  const inc = new IncrementalAnalyzer();
  let text = base;
  first = cpuMs(() => inc.analyze(text));
  for (let k = 0; k < EDITS; k++) {
    const at = Math.floor(r() * (text.length + 1));
    text = text.slice(0, at) + LETTERS[Math.floor(r() * LETTERS.length)] + text.slice(at);
    let out: ReturnType<IncrementalAnalyzer['analyze']> | undefined;
    all.push(cpuMs(() => (out = inc.analyze(text))));
    const ms = inc.lastStats.ms;
    quotesMs.push(ms.quotes);
    wallMs.push(ms.paragraphs + ms.quotes + ms.entities);
    if (check) assert.deepStrictEqual(out, analyzeText(text), `edit ${k} of round ${round}`);
  }
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const res = {
  words: WORDS, chars: base.length, edits: all.length, firstMs: first, p50: q(all, 0.5), p95: q(all, 0.95), mean: sum(all) / all.length,
  quotes: { p50: q(quotesMs, 0.5), p95: q(quotesMs, 0.95), share: sum(quotesMs) / sum(wallMs) },
};
console.log(`${res.chars} chars; first analysis ${first.toFixed(1)} ms; ${res.edits} keystrokes: p50 ${res.p50.toFixed(2)} ms, p95 ${res.p95.toFixed(2)} ms, mean ${res.mean.toFixed(2)} ms (CPU)`);
console.log(`quotations and attribution: p50 ${res.quotes.p50.toFixed(2)} ms, p95 ${res.quotes.p95.toFixed(2)} ms, ${(100 * res.quotes.share).toFixed(0)}% of the analysis (wall)`);
console.log('RESULT ' + JSON.stringify(res));
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(res, null, 2));

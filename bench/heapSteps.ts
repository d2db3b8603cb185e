/**
 * Where the memory of a large folder's analysis goes: the full analysis of the corpus at scale K
 * (bench/generate.ts) step by step as bench/matching.ts runs it, with the heap still in use after a
 * full collection once each step is done (what the step leaves retained) and the process's peak
 * RSS so far. For finding what to make smaller; bench/matching.ts has the time and the peak.
 *
 *   node --expose-gc out/bench/heapSteps.js [--scale K] [--snapshot FILE]
 *     --snapshot FILE   also write a heap snapshot once the discrepancies are derived (needs about
 *                       twice the heap in memory; open it in Chrome's DevTools, Memory tab)
 *     --kept            then what each article's kept work holds (`DocEntry.kept`, its figures;
 *                       the number detector's state): the heap in use freed by letting each go
 *                       in turn (what only it holds)
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { inputV8Flags } from '../src/cli/v8flags';
import type { CorpusMatcher } from '../src/core/corpus';
import { fullAnalysis } from './fullAnalysis';
import { corpusDir, findRoot, listTxt } from './generate';

const args = process.argv.slice(2);
const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
const snapshot = args.includes('--snapshot') ? args[args.indexOf('--snapshot') + 1] : undefined;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const MB = (n: number) => `${(n / 1048576).toFixed(0).padStart(6)} MB`;

function step<T>(name: string, fn: () => T): T {
  const t = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(t);
  gc!();
  const used = v8.getHeapStatistics().used_heap_size;
  console.log(`${name.padEnd(28)} ${((d.user + d.system) / 1000).toFixed(0).padStart(7)} ms CPU   heap in use after ${MB(used)}   peak RSS so far ${MB(process.resourceUsage().maxRSS * 1024)}`);
  return r;
}

/** The heap in use freed by letting each kind of an article's kept work go, one after another. */
function keptBreakdown(matcher: CorpusMatcher): void {
  const docs = [...matcher.index.allDocs()];
  const used = () => {
    gc!();
    return v8.getHeapStatistics().used_heap_size;
  };
  let before = used();
  const drop = (name: string, fn: () => void) => {
    fn();
    const now = used();
    console.log(`  ${name.padEnd(34)} ${MB(before - now)}`);
    before = now;
  };
  console.log('heap freed by letting go of (in this order):');
  for (const k of ['statements', 'names', 'wording', 'diffs'] as const) drop(`kept.${k}`, () => docs.forEach((d) => (d.kept[k] = undefined)));
  drop('kept.claims.slots (entity starts)', () => docs.forEach((d) => d.kept.claims?.slots && (d.kept.claims.slots.starts = new Map())));
  drop('kept.claims.slots', () => docs.forEach((d) => d.kept.claims && (d.kept.claims.slots = undefined)));
  drop('kept.claims.finder', () => docs.forEach((d) => d.kept.claims && (d.kept.claims.finder = undefined)));
  drop('kept.claims (clauses)', () => docs.forEach((d) => (d.kept.claims = undefined)));
  const numbers = matcher.index.numberState;
  if (numbers) {
    drop('numberState.kept (asked, answers)', () => numbers.kept.forEach((k) => ((k.asked = []), (k.answers = []))));
    drop('numberState.kept (groups)', () => numbers.kept.forEach((k) => (k.groups = [])));
    drop('numberState.kept (figures by sentence)', () => numbers.kept.forEach((k) => k.figures.bySentence.clear()));
  }
  drop('index.numberState (the rest)', () => (matcher.index.numberState = undefined));
  drop('index.storyState (names by article)', () => (matcher.index.storyState = undefined));
  drop('numbers (figures)', () => docs.forEach((d) => (d.numbers = undefined)));
  // (The corpus object's own state, read through its private fields: a bench's look inside.)
  const inside = matcher as unknown as { discrepancyState: Record<string, unknown>; alignCache: Map<unknown, unknown>; disc: unknown; steps: unknown; derived: unknown; against: unknown };
  for (const k of Object.keys(inside.discrepancyState)) drop(`discrepancy state: ${k}`, () => (inside.discrepancyState[k] = undefined));
  drop('the discrepancies found', () => ((inside.disc = undefined), (inside.steps = undefined)));
  drop('alignment cache (clusters)', () => inside.alignCache.clear());
  drop('the clusters derived', () => ((inside.derived = undefined), (inside.against = undefined)));
  const index = matcher.index as unknown as { sharedCache: Map<unknown, unknown>; relatedCache: Map<unknown, unknown> };
  drop('index: shared shingles cache', () => index.sharedCache.clear());
  drop('index: related articles cache', () => index.relatedCache.clear());
}

function main(): void {
  const dir = corpusDir(scale, findRoot());
  const docs = listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const flag of inputV8Flags(chars)) v8.setFlagsFromString(flag);
  console.log(`${scale}x the BBC corpus: ${docs.length} articles, ${(chars / 1e6).toFixed(1)} M characters`);
  const { counts, matcher } = fullAnalysis(docs, step, { releaseParses: true });
  const n = counts.discrepancies;
  console.log(`(${n} discrepancies)`);
  if (args.includes('--kept')) keptBreakdown(matcher);
  if (snapshot) {
    v8.writeHeapSnapshot(snapshot);
    console.log(`heap snapshot: ${snapshot}`);
  }
}

main();

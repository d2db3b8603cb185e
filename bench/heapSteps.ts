/**
 * Where the memory of a large folder's analysis goes: the full analysis of the corpus at scale K
 * (bench/generate.ts) step by step as bench/matching.ts runs it, with the heap still in use after a
 * full collection once each step is done (what the step leaves retained) and the process's peak
 * RSS so far. For finding what to make smaller; bench/matching.ts has the time and the peak.
 *
 *   node --expose-gc out/bench/heapSteps.js [--scale K] [--snapshot FILE]
 *     --snapshot FILE   also write a heap snapshot once the discrepancies are derived (needs about
 *                       twice the heap in memory; open it in Chrome's DevTools, Memory tab)
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { inputV8Flags } from '../src/cli/v8flags';
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

function main(): void {
  const dir = corpusDir(scale, findRoot());
  const docs = listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const flag of inputV8Flags(chars)) v8.setFlagsFromString(flag);
  console.log(`${scale}x the BBC corpus: ${docs.length} articles, ${(chars / 1e6).toFixed(1)} M characters`);
  const { counts } = fullAnalysis(docs, step, { releaseParses: true });
  const n = counts.discrepancies;
  console.log(`(${n} discrepancies)`);
  if (snapshot) {
    v8.writeHeapSnapshot(snapshot);
    console.log(`heap snapshot: ${snapshot}`);
  }
}

main();

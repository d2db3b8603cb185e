/**
 * The discrepancies' steps one by one (`CorpusMatcher.deriveStep`: the quote clusters, then each
 * detector), on the BBC corpus: from scratch (as `crosscheck analyze` derives them, folder-wide
 * names linked), and after one article changes (as the editor derives them, each article with its
 * own analysis: 25 edits of bench/matching.ts's refresh, median and max). CPU ms; for finding which detector to speed up (bench/matching.ts has the totals).
 *
 *   node --expose-gc out/bench/discrepancySteps.js [--edits N] [--scale K]
 *     --scale K   the corpus K times the BBC corpus (bench/generate.ts) instead
 *     --cold      from scratch only (not the edits)
 *     --again N   then the folder-wide work of some steps N times more, from scratch but with each
 *                 article's own work kept (median CPU ms): for comparing two versions of them (names,
 *                 related pairs, aligned statements, the figures' groups, slot conflicts, claims by cue)
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import type { DocumentAnalysis } from '../src/core/common/analysisFormat';
import { analyzeText, CorpusMatcher, linkCorpus } from '../src/core/corpus';
import { nameDiscrepancies, NameState } from '../src/core/corpus/detectors/names';
import { numberDiscrepancies } from '../src/core/corpus/detectors/numbers';
import { stateOf } from '../src/core/corpus/detectors/numberState';
import { mentionsOf } from '../src/core/corpus/detectors/numberMentions';
import { slotConflicts } from '../src/core/corpus/detectors/claimConflicts';
import { claimDiscrepancies, ClaimState } from '../src/core/corpus/detectors/claims';
import { CLAIM_STORY, storyRelated } from '../src/core/corpus/detectors/story';
import { relatedness } from '../src/core/corpus/detectors/shared';
import { finish } from '../src/core/common/budget';
import { alignStatements, alignStatementSteps, relatedPairs, StatementState } from '../src/core/corpus/statements';
import { corpusDir, findRoot, listTxt, prng } from './generate';

const STEPS = ['quote clusters', 'numbers', 'names', 'wording (clusters)', 'wording (text)', 'claims (cues)', 'claims (slots)'];

function cpu(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** CPU ms of each `deriveStep` until the discrepancies are up to date (the first step: the clusters and the detectors' setup). */
function steps(matcher: CorpusMatcher): number[] {
  const out: number[] = [];
  for (;;) {
    let done = false;
    out.push(cpu(() => (done = matcher.deriveStep())));
    if (done) break;
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const edits = args.includes('--edits') ? Number(args[args.indexOf('--edits') + 1]) : 25;
  const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
  const dir = corpusDir(scale, findRoot());
  const docs = listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
  const perDoc = new Map<string, DocumentAnalysis>();
  for (const d of docs) perDoc.set(d.path, analyzeText(d.text));
  const linked = linkCorpus(perDoc).documents;
  const matcher = new CorpusMatcher();
  for (const d of docs) matcher.upsert(d.path, d.text, linked.get(d.path) ?? {});
  (globalThis as { gc?: () => void }).gc?.();
  // CROSSCHECK_PROF_COLD=file.cpuprofile: a CPU profile of the derivation from scratch.
  const coldProfile = process.env.CROSSCHECK_PROF_COLD;
  const coldSession = coldProfile ? new Session() : undefined;
  if (coldSession) {
    coldSession.connect();
    coldSession.post('Profiler.enable');
    coldSession.post('Profiler.setSamplingInterval', { interval: 250 });
    coldSession.post('Profiler.start');
  }
  const cold = steps(matcher);
  if (coldSession)
    coldSession.post('Profiler.stop', (err, r) => {
      if (!err) fs.writeFileSync(coldProfile!, JSON.stringify(r.profile));
      coldSession.disconnect();
    });
  const again = args.includes('--again') ? Number(args[args.indexOf('--again') + 1]) : 0;
  // CROSSCHECK_PROF_AGAIN=file.cpuprofile: a CPU profile of the `--again` runs (warm: no compiling, no first-time work).
  const againProfile = process.env.CROSSCHECK_PROF_AGAIN;
  const againSession = again && againProfile ? new Session() : undefined;
  if (againSession) {
    againSession.connect();
    againSession.post('Profiler.enable');
    againSession.post('Profiler.setSamplingInterval', { interval: 250 });
    againSession.post('Profiler.start');
  }
  if (again) {
    const index = matcher.index;
    const clusters = matcher.quoteClusters();
    const median = (fn: () => unknown) => {
      const v: number[] = [];
      for (let i = 0; i < again; i++) v.push(cpu(fn));
      return v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(1);
    };
    const related = relatedness(index, clusters);
    const pairs = relatedPairs(index, related);
    const inPairs = new Set(pairs.flatMap(([a, b]) => [a.id, b.id])).size;
    const aligned = alignStatements(index, pairs).length;
    console.log(`related pairs ${pairs.length} over ${inPairs} of ${docs.length} articles, ${aligned} aligned statements`);
    console.log(`again (median of ${again}): names ${median(() => nameDiscrepancies(index, new NameState()))} ms, related pairs ${median(() => relatedPairs(index, relatedness(index, clusters)))} ms, aligned statements ${median(() => alignStatements(index, pairs))} ms`);
    // (Each article's words by sentence from scratch, then the alignment of every pair.)
    console.log(`again (median of ${again}): aligned statements with each article's words by sentence ${median(() => {
      for (const d of index.allDocs()) d.kept.statements = undefined;
      return alignStatements(index, pairs);
    })} ms`);
    // (The figures' groups and the slot conflicts from scratch, each article's figures and slots kept.)
    const aligned2 = finish(alignStatementSteps(index, pairs, new StatementState()));
    console.log(`again (median of ${again}): number groups ${median(() => {
      stateOf(index).kept = new Map();
      return numberDiscrepancies(index, relatedness(index, clusters));
    })} ms, slot conflicts ${median(() => slotConflicts(index, aligned2, pairs))} ms`);
    // (Each article's figures and each sentence's slots read again.)
    console.log(`again (median of ${again}): number mentions ${median(() => {
      for (const d of index.allDocs()) d.numbers = undefined;
      for (const d of index.allDocs()) mentionsOf(index, d);
    })} ms, slot conflicts with each article's slots ${median(() => {
      for (const d of index.allDocs()) if (d.kept.claims) d.kept.claims.slots = undefined;
      return slotConflicts(index, aligned2, pairs);
    })} ms`);
    // (The claims by cue from scratch: each article's clauses and their finder worked out again.)
    console.log(`again (median of ${again}): claims by cue ${median(() => {
      for (const d of index.allDocs()) d.kept.claims = undefined;
      return claimDiscrepancies(index, storyRelated(index, relatedness(index, clusters), CLAIM_STORY), new ClaimState());
    })} ms`);
  }
  if (againSession)
    againSession.post('Profiler.stop', (err, r) => {
      if (!err) fs.writeFileSync(againProfile!, JSON.stringify(r.profile));
      againSession.disconnect();
    });
  if (args.includes('--cold')) {
    console.log(`discrepancies by step, ${scale}x the BBC corpus (${docs.length} articles), CPU ms from scratch: ${STEPS.map((s, k) => `${s} ${(cold[k] ?? 0).toFixed(0)}`).join(', ')}; all ${cold.slice(1).reduce((a, b) => a + b, 0).toFixed(0)}`);
    return;
  }
  // The editor's corpus: each article with its own analysis (ArticleIndex upserts them unlinked).
  const editor = new CorpusMatcher();
  for (const d of docs) editor.upsert(d.path, d.text, perDoc.get(d.path)!);
  steps(editor);
  const rows: number[][] = [];
  const rnd = prng(11);
  // CROSSCHECK_PROF=file.cpuprofile: a CPU profile of the derivations after the edits (not the first).
  const profile = process.env.CROSSCHECK_PROF;
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 250 });
    session.post('Profiler.start');
  }
  for (let i = 0; i < edits; i++) {
    const d = docs[Math.floor(rnd() * docs.length)]!;
    const edited = d.text.replace(/\.\s/, '. An analyst added this sentence while reading. ');
    editor.upsert(d.path, edited, analyzeText(edited));
    rows.push(steps(editor));
    editor.upsert(d.path, d.text, perDoc.get(d.path)!);
    steps(editor);
  }
  if (session)
    session.post('Profiler.stop', (err, r) => {
      if (!err) fs.writeFileSync(profile!, JSON.stringify(r.profile));
      session.disconnect();
    });
  const stat = (k: number) => {
    const v = rows.map((r) => r[k] ?? 0).sort((a, b) => a - b);
    return [v[Math.floor(v.length / 2)] ?? 0, v[v.length - 1] ?? 0];
  };
  console.log(`discrepancies by step, ${scale}x the BBC corpus (${docs.length} articles), CPU ms: from scratch; after one change (median / max of ${edits})`);
  const total = [0, 0];
  for (let k = 0; k < STEPS.length; k++) {
    const [med, max] = stat(k);
    console.log(`  ${STEPS[k]!.padEnd(22)} ${(cold[k] ?? 0).toFixed(1).padStart(8)}   ${med!.toFixed(1).padStart(7)} / ${max!.toFixed(1)}`);
    if (k > 0) total[0]! += cold[k] ?? 0;
  }
  const sums = rows.map((r) => r.slice(1).reduce((a, b) => a + b, 0)).sort((a, b) => a - b);
  console.log(`  ${'discrepancies (all)'.padEnd(22)} ${total[0]!.toFixed(1).padStart(8)}   ${(sums[Math.floor(sums.length / 2)] ?? 0).toFixed(1).padStart(7)} / ${(sums[sums.length - 1] ?? 0).toFixed(1)}`);
  console.log(`  (${matcher.discrepancies().length} discrepancies)`);
}

main();

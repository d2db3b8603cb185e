/**
 * `npm run bench`: cross-file matching at scale. The full analysis (quotes, entities, folder-wide
 * names, passage index, quote clusters, discrepancies, shared passages) of the BBC corpus and of
 * corpora 2x, 5x and 10x its size (bench/generate.ts), each in a child process so that its peak
 * memory is its own, beside the read-and-split floor measured in the same process; how each
 * figure grows from 1x to 10x; the matches for the passage at the cursor at 10x; and refreshing
 * the index, matches and folder-wide views (quote clusters, discrepancies) after one article
 * changes, at 1x, for a BBC article and while typing in a 10,000-word article made of BBC articles
 * (the editor bench's folder scenario); the discrepancies once a 20 MB article without quotes
 * joins the BBC corpus, beside those of the BBC corpus alone; and `crosscheck analyze` of the BBC
 * corpus as shipped (dist/cli.js), beside the 1x row. Times are CPU
 * time of processes run with V8's --single-threaded (no background compiler or GC threads): the
 * time on one core; the CLI runs as shipped, and its CPU time counts all its threads. Each scale runs
 * with the V8 flags the CLI sets for a folder of its size (src/cli/v8flags.ts: from 4x the BBC
 * corpus, a heap that grows less between collections).
 *
 *   node out/bench/matching.js [--quick] [--json FILE]
 *     --quick   1x and 2x only (no 10x targets are checked)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { DocumentAnalysis } from '../src/core/common/analysisFormat';
import { analyzeText, ArticleIndex, CorpusMatcher, linkCorpus } from '../src/core/corpus';
import { fullAnalysis } from './fullAnalysis';
import { inputV8Flags } from '../src/cli/v8flags';
import { corpusDir, findRoot, listTxt, prng } from './generate';

const args = process.argv.slice(2);
const root = findRoot();

/**
 * CPU milliseconds (user + system) spent by fn. `clean`: collect garbage first (with --expose-gc),
 * so that the garbage of what ran before is not billed to fn; not between the steps of one
 * measurement, since a full collection forced there is work the analysis itself never does.
 */
function cpu<T>(fn: () => T, clean = true): [T, number] {
  if (clean) (globalThis as { gc?: () => void }).gc?.();
  const t = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(t);
  return [r, (d.user + d.system) / 1000];
}

interface ScaleResult {
  scale: number;
  files: number;
  chars: number;
  floorMs: number;
  fullMs: number;
  parts: Record<string, number>;
  counts: Record<string, number>;
  maxRssMB: number;
  cursor?: { n: number; p50: number; p95: number; max: number };
}

interface HugeResult {
  /** Characters of the BBC corpus and of the huge article. */
  corpusChars: number;
  hugeChars: number;
  /** CPU ms of `discrepancies()` on the BBC corpus, then with the huge article added. */
  corpusMs: number;
  withHugeMs: number;
  counts: [number, number];
}

interface RefreshResult {
  n: number;
  median: Record<string, number>;
  max: Record<string, number>;
}

function readDocs(dir: string): { path: string; text: string }[] {
  return listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
}

/** Child: the full analysis of one corpus (and the cursor queries, when asked). */
function runScale(scale: number, cursor: boolean): ScaleResult {
  const dir = corpusDir(scale, root);
  const files = listTxt(dir);
  // The floor: read every file and split every word.
  let chars = 0;
  const [, floorMs] = cpu(() => {
    for (const f of files) {
      const t = fs.readFileSync(path.join(dir, f), 'utf8');
      chars += t.length;
      t.split(/\s+/);
    }
  });
  const parts: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const [r, ms] = cpu(fn, false);
    parts[name] = ms;
    return r;
  };
  // As the CLI does for a large folder (favour memory: src/cli/v8flags.ts), once the size is known.
  for (const flag of inputV8Flags(chars)) v8.setFlagsFromString(flag);
  const [{ matcher, counts: found }, fullMs] = cpu(() => fullAnalysis(step('read', () => readDocs(dir)), step));
  Object.assign(counts, found);
  counts.quotes = matcher.index.allDocs().reduce((n, d) => n + d.quotes.length, 0);
  const out: ScaleResult = { scale, files: files.length, chars, floorMs, fullMs, parts, counts, maxRssMB: 0 };
  if (cursor) out.cursor = cursorQueries(matcher);
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  return out;
}

/** Matches for the passage at the cursor: random sentences, quotes and paragraphs of random articles. */
function cursorQueries(matcher: CorpusMatcher): ScaleResult['cursor'] {
  const docs = matcher.index.allDocs();
  const rnd = prng(7);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const d = docs[Math.floor(rnd() * docs.length)]!;
    const r = rnd();
    let span: [number, number] | undefined;
    if (r < 0.2 && d.quotes.length) {
      const q = d.quotes[Math.floor(rnd() * d.quotes.length)]!;
      span = [q.start, q.end];
    } else {
      const list = r < 0.3 ? d.paragraphs : d.sentences;
      const k = Math.floor(rnd() * (list.length / 2));
      if (list.length) span = [d.tokens.starts[list[2 * k]!]!, d.tokens.ends[list[2 * k + 1]! - 1]!];
    }
    if (!span) continue;
    const t = process.cpuUsage();
    matcher.matchSpan(d.path, span[0], span[1]);
    const dt = process.cpuUsage(t);
    times.push((dt.user + dt.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { n: times.length, p50: q(0.5), p95: q(0.95), max: times[times.length - 1]! };
}

/** Child: the editor's index of the BBC corpus; one article changes, the index and its matches are refreshed. */
function runRefresh(): RefreshResult {
  const dir = corpusDir(1, root);
  const docs = readDocs(dir);
  const index = new ArticleIndex();
  for (const d of docs) index.upsert(d.path, d.text);
  index.quoteClusters();
  index.discrepancies();
  const rnd = prng(11);
  const rows: Record<string, number>[] = [];
  for (let i = 0; i < 25; i++) {
    const d = docs[Math.floor(rnd() * docs.length)]!;
    const edited = d.text.replace(/\.\s/, '. An analyst added this sentence while reading. ');
    const row: Record<string, number> = {};
    const time = (name: string, fn: () => unknown) => {
      const t = process.cpuUsage();
      fn();
      const dt = process.cpuUsage(t);
      row[name] = (dt.user + dt.system) / 1000;
    };
    time('re-analyse + index the article', () => index.upsert(d.path, edited));
    time("the article's matches", () => index.documentMatches(d.path));
    const [s0, s1] = [d.text.indexOf('. ') + 2, d.text.indexOf('. ', d.text.indexOf('. ') + 2)];
    time('matches at the cursor', () => index.matchesAt(d.path, s0, Math.max(s0 + 1, s1)));
    row['index + matches'] = row['re-analyse + index the article']! + row["the article's matches"]! + row['matches at the cursor']!;
    time('folder: quote clusters (when shown)', () => index.quoteClusters());
    time('folder: discrepancies (when shown)', () => index.discrepancies());
    rows.push(row);
    if (process.env.CROSSCHECK_BENCH_ROWS) console.error(`${d.path}: ${Object.entries(row).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    index.upsert(d.path, d.text);
  }
  // The editor bench's folder scenario: typing in a 10,000-word article made of BBC articles (it
  // shares text and quotes with dozens of stories), the folder-wide views refreshed after each word.
  const files = listTxt(dir);
  const parts: string[] = [];
  for (let i = 0, words = 0; words < 10_000; i++) {
    const t = fs.readFileSync(path.join(dir, files[i % files.length]!), 'utf8').trim() + '\n\n';
    parts.push(t);
    words += t.split(/\s+/).filter(Boolean).length;
  }
  let long = parts.join('');
  const key = 'article-10k.txt';
  index.upsert(key, long);
  index.quoteClusters();
  index.discrepancies();
  let at = long.indexOf(' ', Math.floor(long.length * 0.4));
  for (let i = 0; i < 12; i++) {
    long = long.slice(0, at) + ' word' + long.slice(at);
    at += 5;
    const row = rows[i]!;
    const time = (name: string, fn: () => unknown) => {
      const t = process.cpuUsage();
      fn();
      const dt = process.cpuUsage(t);
      row[name] = (dt.user + dt.system) / 1000;
    };
    index.upsert(key, long);
    time('10k-word article: quote clusters', () => index.quoteClusters());
    time('10k-word article: discrepancies', () => index.discrepancies());
    if (process.env.CROSSCHECK_BENCH_ROWS) console.error(`${key}: ${row['10k-word article: quote clusters']!.toFixed(1)} + ${row['10k-word article: discrepancies']!.toFixed(1)}`);
  }
  const keys = Object.keys(rows[0]!);
  const median: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const k of keys) {
    const v = rows.map((r) => r[k]).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    median[k] = v[Math.floor(v.length / 2)]!;
    max[k] = v[v.length - 1]!;
  }
  return { n: rows.length, median, max };
}

/**
 * Child: the discrepancies of the BBC corpus, then with a 20 MB article added that is the corpus's
 * articles over and over with their quotation marks taken out (so it has no quotes, and every
 * other article shares text with it). Comparing it with each article once used to cost its whole
 * length each time: 38 s.
 */
function runHuge(): HugeResult {
  const docs = readDocs(corpusDir(1, root));
  const perDoc = new Map<string, DocumentAnalysis>();
  for (const d of docs) perDoc.set(d.path, analyzeText(d.text));
  const linked = linkCorpus(perDoc).documents;
  const matcher = new CorpusMatcher();
  for (const d of docs) matcher.upsert(d.path, d.text, linked.get(d.path) ?? {});
  matcher.quoteClusters();
  const [before, corpusMs] = cpu(() => matcher.discrepancies().length);
  const parts: string[] = [];
  let hugeChars = 0;
  for (let i = 0; hugeChars < 20 * 1048576; i++) {
    const t = docs[i % docs.length]!.text.replace(/["“”«»„]/g, '');
    parts.push(t);
    hugeChars += t.length + 2;
  }
  matcher.upsert('huge.txt', parts.join('\n\n'));
  matcher.quoteClusters();
  const [after, withHugeMs] = cpu(() => matcher.discrepancies().length);
  const corpusChars = docs.reduce((n, d) => n + d.text.length, 0);
  return { corpusChars, hugeChars, corpusMs, withHugeMs, counts: [before, after] };
}

interface CliResult {
  /** CPU milliseconds of the whole process (every thread), from Node's start to the JSON written; median of the runs. */
  cpuMs: number;
  /** Wall milliseconds of the process, start to exit; median. */
  wallMs: number;
  runs: number;
}

/**
 * The command-line tool as shipped — dist/cli.js, built with the bench — analysing the BBC corpus in
 * a process of its own: Node's start, reading the files, the analysis and writing the JSON. Its CPU
 * time counts every thread (V8 compiles and collects garbage in the background), which is what one
 * core has to do; `main` is called as `node dist/cli.js analyze` calls it, and the process reports
 * its CPU time once the JSON is written.
 */
function runCli(runs: number): CliResult {
  const cli = path.join(root, 'dist', 'cli.js');
  const out = path.join(os.tmpdir(), `crosscheck-bench-${process.pid}.json`);
  const argv = ['analyze', corpusDir(1, root), '--quiet', '--out', out];
  const script =
    `require(${JSON.stringify(cli)}).main(${JSON.stringify(argv)}).then((code) => {` +
    `const u = process.cpuUsage(); console.log('RESULT ' + JSON.stringify({ cpuMs: (u.user + u.system) / 1000 })); process.exitCode = code; })`;
  const cpus: number[] = [];
  const walls: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
      walls.push(performance.now() - t);
      const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
      if (r.status !== 0 || !line) {
        process.stderr.write(r.stderr ?? '');
        throw new Error(`crosscheck analyze failed (status ${r.status})`);
      }
      cpus.push((JSON.parse(line.slice(7)) as { cpuMs: number }).cpuMs);
    }
  } finally {
    fs.rmSync(out, { force: true });
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { cpuMs: median(cpus), wallMs: median(walls), runs };
}

function child(mode: string[]): unknown {
  // --single-threaded: no background compiler or GC threads, so CPU time is one core's time.
  const r = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', '--max-old-space-size=4096', __filename, ...mode], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line) {
    process.stderr.write(r.stderr ?? '');
    throw new Error(`benchmark child ${mode.join(' ')} failed (status ${r.status})`);
  }
  return JSON.parse(line.slice(7));
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function main(): void {
  const quick = args.includes('--quick');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const scales = quick ? [1, 2] : [1, 2, 5, 10];
  const top = scales[scales.length - 1]!;
  for (const k of scales) corpusDir(k, root);
  const results = scales.map((k) => child(['--scale', String(k), ...(k === top ? ['--cursor'] : [])]) as ScaleResult);
  const refresh = child(['--refresh']) as RefreshResult;
  const huge = child(['--huge']) as HugeResult;
  const cli = runCli(3);

  const one = results[0]!;
  const last = results[results.length - 1]!;
  console.log(`Cross-file matching benchmark — BBC corpus and copies with paragraphs reordered, sentences dropped, words changed; Node ${process.version}; CPU time, one core`);
  console.log('');
  console.log(`${pad('corpus', 8)} ${lpad('articles', 8)} ${lpad('M chars', 8)} ${lpad('floor', 9)} ${lpad('full analysis', 14)} ${lpad('× floor', 8)} ${lpad('peak RSS', 9)}  clusters, discrepancies, shared passages`);
  for (const r of results) {
    console.log(
      `${pad(`${r.scale}x`, 8)} ${lpad(String(r.files), 8)} ${lpad((r.chars / 1e6).toFixed(1), 8)} ${lpad(sec(r.floorMs), 9)} ${lpad(sec(r.fullMs), 14)} ${lpad(`${(r.fullMs / r.floorMs).toFixed(0)}×`, 8)} ${lpad(`${r.maxRssMB.toFixed(0)} MB`, 9)}  ${r.counts['quote clusters']}, ${r.counts.discrepancies}, ${r.counts['shared passages']}`,
    );
  }
  console.log(
    `${pad('1x CLI', 8)} ${lpad(String(one.files), 8)} ${lpad((one.chars / 1e6).toFixed(1), 8)} ${lpad(sec(one.floorMs), 9)} ${lpad(sec(cli.cpuMs), 14)} ${lpad(`${(cli.cpuMs / one.floorMs).toFixed(0)}×`, 8)}            crosscheck analyze as shipped (node dist/cli.js: Node's start, reading, analysis, JSON written), CPU of all its threads, median of ${cli.runs}; wall ${sec(cli.wallMs)} (not pinned to a core: its background threads may run beside it)`,
  );
  console.log('');
  console.log('full analysis by step (CPU s):');
  const steps = Object.keys(one.parts);
  console.log(`  ${pad('step', 28)} ${results.map((r) => lpad(`${r.scale}x`, 8)).join(' ')} ${lpad(`${last.scale}x/1x`, 8)}`);
  for (const s of steps) console.log(`  ${pad(s, 28)} ${results.map((r) => lpad((r.parts[s]! / 1000).toFixed(2), 8)).join(' ')} ${lpad(`${(last.parts[s]! / Math.max(1e-3, one.parts[s]!)).toFixed(1)}×`, 8)}`);
  const size = last.chars / one.chars;
  const growth = { floor: last.floorMs / one.floorMs, full: last.fullMs / one.fullMs, rss: last.maxRssMB / one.maxRssMB };
  console.log('');
  console.log(`growth ${one.scale}x → ${last.scale}x: size ${size.toFixed(1)}×, floor ${growth.floor.toFixed(1)}×, full analysis ${growth.full.toFixed(1)}×, peak RSS ${growth.rss.toFixed(1)}×`);
  if (last.cursor) console.log(`matches for the passage at the cursor (${last.scale}x, ${last.cursor.n} queries): p50 ${last.cursor.p50.toFixed(2)} ms, p95 ${last.cursor.p95.toFixed(2)} ms, max ${last.cursor.max.toFixed(1)} ms`);
  console.log(`refresh after one article changes (1x, ${refresh.n} edits; median / max ms; folder-wide views are recomputed when shown):`);
  for (const k of Object.keys(refresh.median)) console.log(`  ${pad(k, 34)} ${lpad(refresh.median[k]!.toFixed(1), 7)} / ${refresh.max[k]!.toFixed(1)}`);

  const hugeSize = (huge.corpusChars + huge.hugeChars) / huge.corpusChars;
  const hugeGrowth = huge.withHugeMs / huge.corpusMs;
  console.log(
    `discrepancies with a ${(huge.hugeChars / 1048576).toFixed(0)} MB article without quotes added to the BBC corpus: ${sec(huge.withHugeMs)} (${huge.counts[1]}); baseline, the BBC corpus alone: ${sec(huge.corpusMs)} (${huge.counts[0]}); ${hugeGrowth.toFixed(1)}× for ${hugeSize.toFixed(1)}× the text`,
  );

  const folderViews = refresh.median['folder: quote clusters (when shown)']! + refresh.median['folder: discrepancies (when shown)']!;
  const longViews = refresh.median['10k-word article: quote clusters']! + refresh.median['10k-word article: discrepancies']!;
  const targets: [string, boolean][] = [
    ['discrepancies with a 20 MB article added grow about linearly (at most 1.3 × the size ratio)', hugeGrowth <= 1.3 * hugeSize],
    ['full analysis of the BBC corpus under 5 s', one.fullMs < 5000],
    ['crosscheck analyze of the BBC corpus (the CLI as shipped, Node start and JSON included) under 5 s CPU', cli.cpuMs < 5000],
    ['refresh (index + matches) after one change under 50 ms at 1x (median)', refresh.median['index + matches']! < 50],
    [
      // Before clusters and discrepancies kept what a change leaves as it was: 122 + 319 ms (BBC
      // article), 147 + 372 ms (10k-word article).
      `folder-wide views after one change (quote clusters + discrepancies) under 150 ms at 1x (median): ${folderViews.toFixed(0)} ms after a BBC article's, ${longViews.toFixed(0)} ms after the 10k-word article's (before: 441, 519 ms)`,
      folderViews < 150 && longViews < 150,
    ],
  ];
  if (!quick) {
    targets.push(
      ['full analysis of the 10x corpus under 50 s', last.fullMs < 50000],
      ['peak memory at 10x under 1.5 GB', last.maxRssMB < 1536],
      ['full analysis grows about linearly (at most 1.3 × the size ratio)', growth.full <= 1.3 * size],
      ['matches at the cursor: p95 under 10 ms at 10x', (last.cursor?.p95 ?? Infinity) < 10],
    );
  }
  console.log('');
  for (const [name, ok] of targets) console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ results, cli, refresh, growth, size }, null, 2));
  if (targets.some(([, ok]) => !ok)) {
    console.log('\nmissed targets');
    process.exitCode = 1;
  }
}

if (args.includes('--scale')) {
  const r = runScale(Number(args[args.indexOf('--scale') + 1]), args.includes('--cursor'));
  console.log('RESULT ' + JSON.stringify(r));
} else if (args.includes('--huge')) {
  console.log('RESULT ' + JSON.stringify(runHuge()));
} else if (args.includes('--refresh')) {
  console.log('RESULT ' + JSON.stringify(runRefresh()));
} else main();

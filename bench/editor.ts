/**
 * `npm run bench` (editor): what the analyst waits for, measured in a real VS Code — code-server
 * (VS Code 1.139) in headless Chromium, started the way the integration tests start it
 * (test/harness, @vscode/test-electron's runTests with the code-server shim) with the payload
 * test/integration/bench/index.ts timing inside the extension host:
 *
 *   - open a 10,000-word article (made of BBC articles, bench/corpus/bbc) → its decorations set;
 *   - a keystroke (editor.edit inserting one character) → the decorations of the new text set;
 *   - beside each, the editor's own share, measured in the same run on a copy of the article that is
 *     not an article (a .log file: nothing analysed or drawn), and setDecorations with the same
 *     ranges precomputed;
 *   - the same keystrokes once the workspace also holds the BBC corpus (2,095 articles) with the
 *     Crosscheck sidebar open, in bursts with reading pauses between, and the longest the extension
 *     host's event loop was held meanwhile (the views catch up after each pause);
 *   - a 20 MB article (made of BBC articles too): its analysis time and the longest the extension
 *     host's event loop was held while it was indexed, opened and typed in.
 *
 * Targets (exit code 1 when one is missed): a keystroke's decorations within 50 ms at the median, end
 * to end; Crosscheck's own share (from the extension host hearing of the editor or the edit to
 * setDecorations) within 50 ms at the 95th percentile; the event loop never held for more than
 * 250 ms while the 20 MB article is indexed or typed in. Opening an editor end to end is printed
 * beside its baseline: in code-server the workbench alone takes longer than 50 ms to open one.
 *
 *   node out/bench/editor.js [--quick] [--reps N] [--no-huge] [--no-folder] [--folder DIR] [--no-build]
 *     --folder  the folder of other articles (default: the BBC corpus), e.g. the shapes of
 *               bench/shapes.ts (`node out/bench/shapes.js --write DIR`)
 */
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { findCodeServer, projectRoot } from '../test/harness/env';
import type { EditorBenchResults } from '../test/integration/bench/index';

const TARGET_MS = 50;
const LOOP_TARGET_MS = 250;
const WORDS = 10_000;
const HUGE_BYTES = 20 * 1024 * 1024;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const reps = args.includes('--reps') ? Number(args[args.indexOf('--reps') + 1]) : quick ? 12 : 30;
const huge = !args.includes('--no-huge');
const withFolder = !args.includes('--no-folder');
const folderArg = args.includes('--folder') ? path.resolve(args[args.indexOf('--folder') + 1]!) : undefined;
const root = projectRoot();
const say = (msg: string) => console.log(`[bench/editor] ${msg}`);

function bbcFiles(): string[] {
  const dir = path.join(root, 'bench', 'corpus', 'bbc');
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** BBC articles one after another (each a headline and paragraphs) until `enough` says stop. */
function concatenate(enough: (chars: number, words: number) => boolean): string {
  const parts: string[] = [];
  let chars = 0;
  let words = 0;
  const files = bbcFiles();
  for (let i = 0; !enough(chars, words); i++) {
    const t = fs.readFileSync(files[i % files.length]!, 'utf8').trim() + '\n\n';
    parts.push(t);
    chars += t.length;
    words += t.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('');
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function main(): Promise<number> {
  // The payload and the shim are built with the tests.
  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  if (!findCodeServer()) {
    say('installing code-server into the cache (scripts/setup-vscode.sh; once per machine)');
    execFileSync('bash', [path.join(root, 'scripts', 'setup-vscode.sh')], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 20 * 60_000 });
  }
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  try {
    const ws = path.join(runDir, 'workspace');
    fs.cpSync(path.join(root, 'samples', 'tillerson-moscow-2017'), ws, { recursive: true });
    const article = concatenate((_, w) => w >= WORDS);
    fs.writeFileSync(path.join(ws, 'article-10k.txt'), article);
    // The same text in a file that is not an article: the editor's own share of each measurement.
    fs.writeFileSync(path.join(ws, 'article-10k.log'), article);
    const hugeFile = path.join(runDir, 'huge-20mb.txt');
    if (huge) {
      // Outside the workspace: the payload copies it in, so that its indexing is measured.
      const text = concatenate((c) => c >= HUGE_BYTES);
      fs.writeFileSync(hugeFile, text.slice(0, HUGE_BYTES - 1).replace(/\s+\S*$/, '') + '\n');
    }
    const outFile = path.join(runDir, 'results.json');
    say(`VS Code: code-server (cached); workspace ${ws}; ${reps} repetitions`);
    await runTests({
      vscodeExecutablePath: path.join(root, 'test', 'harness', 'code-server-shim'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'bench', 'index.js'),
      launchArgs: [ws, '--disable-extensions', `--user-data-dir=${path.join(runDir, 'user-data')}`, `--extensions-dir=${path.join(runDir, 'extensions')}`],
      extensionTestsEnv: {
        CROSSCHECK_BENCH_OUT: outFile,
        CROSSCHECK_BENCH_ARTICLE: 'article-10k.txt',
        CROSSCHECK_BENCH_PLAIN: 'article-10k.log',
        CROSSCHECK_BENCH_HUGE: huge ? hugeFile : undefined,
        CROSSCHECK_BENCH_PROFILE: process.env.CROSSCHECK_BENCH_PROFILE,
        CROSSCHECK_BENCH_PROFILE_HUGE: process.env.CROSSCHECK_BENCH_PROFILE_HUGE,
        CROSSCHECK_BENCH_PROFILE_CORRECTION: process.env.CROSSCHECK_BENCH_PROFILE_CORRECTION,
        CROSSCHECK_BENCH_PROFILE_INDEXING: process.env.CROSSCHECK_BENCH_PROFILE_INDEXING,
        CROSSCHECK_BENCH_FOLDER: withFolder ? (folderArg ?? path.join(root, 'bench', 'corpus', 'bbc')) : undefined,
        CROSSCHECK_BENCH_REPS: String(reps),
      },
    }).catch((e: unknown) => say(`the editor run failed: ${e instanceof Error ? e.message : String(e)}`));
    if (!fs.existsSync(outFile)) {
      say('no results');
      return 1;
    }
    return report(JSON.parse(fs.readFileSync(outFile, 'utf8')) as EditorBenchResults);
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

function report(r: EditorBenchResults): number {
  const missed: string[] = [];
  console.log(`\nCrosscheck editor benchmark — a ${r.words.toLocaleString('en')}-word article (${r.chars.toLocaleString('en')} characters, ${r.decorationCount} decorations), ${r.reps} repetitions, VS Code 1.139 (code-server), Node ${process.version} host\n`);
  console.log(`${pad('', 38)} ${lpad('p50', 10)} ${lpad('p95', 10)} ${lpad('target', 9)}   ${pad('baseline (same run)', 38)} ${lpad('p50', 10)} ${lpad('p95', 10)}`);
  /** A row; `target`: which percentile must stay under TARGET_MS. */
  const row = (name: string, xs: number[], base: [string, number[]][], target?: 'p50' | 'p95') => {
    const p50 = q(xs, 0.5);
    const p95 = q(xs, 0.95);
    const at = target === 'p50' ? p50 : p95;
    const mark = target === undefined ? '' : `${at <= TARGET_MS ? '✓' : '✗'} ${target}`;
    if (target !== undefined && !(at <= TARGET_MS)) missed.push(`${name.trim()}: ${target} ${ms(at)} > ${TARGET_MS} ms`);
    const left = (i: number) => (i === 0 ? `${pad(name, 38)} ${lpad(ms(p50), 10)} ${lpad(ms(p95), 10)} ${lpad(mark, 9)}` : ' '.repeat(70));
    if (!base.length) console.log(left(0));
    base.forEach(([bname, b], i) => console.log(`${left(i)}   ${pad(bname, 38)} ${lpad(ms(q(b, 0.5)), 10)} ${lpad(ms(q(b, 0.95)), 10)}`));
  };
  row('open → decorations', r.open, [['open the same text, not an article', r.openBaseline]]);
  row('  after the host hears of the editor', r.openShare, [], 'p95');
  row('keystroke → decorations', r.keystroke, [
    ['the same keystroke, not an article', r.keystrokeBaseline],
    ['setDecorations, ranges precomputed', r.setDecorationsBaseline],
  ], 'p50');
  row('  after the host hears of the edit', r.keystrokeShare, [], 'p95');
  console.log(`
Targets (${TARGET_MS} ms): a keystroke's decorations at the median, end to end; Crosscheck's own share (from the moment the`);
  console.log(`extension host hears of the editor or the edit to setDecorations) at the 95th percentile. Opening an editor is not`);
  console.log(`held to it end to end: the workbench alone takes longer than that here (the baseline).`);
  if (r.folder) {
    const f = r.folder;
    console.log(`\nThe same article in a folder of ${f.articles.toLocaleString('en')} articles (the BBC corpus added; indexed in ${(f.indexingMs / 1000).toFixed(1)} s), the Crosscheck sidebar open,`);
    console.log(`typing in bursts of six keystrokes with 1.5 s reading pauses between (${f.keystroke.length} keystrokes)`);
    console.log(`  longest event-loop delay while indexed (+2 s) ${lpad(ms(f.indexingMaxDelayMs), 9)}   target ≤ ${LOOP_TARGET_MS} ms ${f.indexingMaxDelayMs <= LOOP_TARGET_MS ? '✓' : '✗'}`);
    if (!(f.indexingMaxDelayMs <= LOOP_TARGET_MS)) missed.push(`indexing a folder of ${f.articles} articles held the event loop ${ms(f.indexingMaxDelayMs)}`);
    row('keystroke → decorations (folder)', f.keystroke, [], 'p50');
    row('  after the host hears of it (folder)', f.keystrokeShare, [], 'p95');
    console.log(`  longest event-loop delay while typing       ${lpad(ms(f.typingMaxDelayMs), 10)}   target ≤ ${LOOP_TARGET_MS} ms ${f.typingMaxDelayMs <= LOOP_TARGET_MS ? '✓' : '✗'}`);
    console.log(`  of which in the second after a pause        ${lpad(ms(f.afterPauseMaxDelayMs), 10)}   (the views catch up)`);
    if (!(f.typingMaxDelayMs <= LOOP_TARGET_MS)) missed.push(`typing in a folder of ${f.articles} articles held the event loop ${ms(f.typingMaxDelayMs)}`);
    if (f.correctionMaxDelayMs !== undefined) {
      console.log(`  an entity correction: every article again   ${lpad(ms(f.correctionMs!), 10)}`);
      console.log(`  longest event-loop delay meanwhile (+1 s)   ${lpad(ms(f.correctionMaxDelayMs), 10)}   target ≤ ${LOOP_TARGET_MS} ms ${f.correctionMaxDelayMs <= LOOP_TARGET_MS ? '✓' : '✗'}`);
      if (!(f.correctionMaxDelayMs <= LOOP_TARGET_MS)) missed.push(`an entity correction in a folder of ${f.articles} articles held the event loop ${ms(f.correctionMaxDelayMs)}`);
    }
  }
  if (r.huge) {
    const h = r.huge;
    const b = h.baseline;
    console.log(`\n20 MB article (${(h.chars / 1048576).toFixed(1)} MB, ${h.quotes.toLocaleString('en')} quotes, ${h.entities.toLocaleString('en')} entity mentions), analysed in the worker; baseline: the same file, not an article`);
    console.log(`  file created → analysis in the index       ${lpad((h.analysisMs / 1000).toFixed(1) + ' s', 10)}`);
    console.log(`  longest event-loop delay meanwhile          ${lpad(ms(h.indexingMaxDelayMs), 10)}   target ≤ ${LOOP_TARGET_MS} ms ${h.indexingMaxDelayMs <= LOOP_TARGET_MS ? '✓' : '✗'}`);
    console.log(`  open it: showTextDocument                   ${lpad(ms(h.openMs), 10)}   baseline ${ms(b.openMs)}`);
    console.log(`  open it: longest event-loop delay (2 s)     ${lpad(ms(h.openMaxDelayMs), 10)}   baseline ${ms(b.openMaxDelayMs)}`);
    console.log(`  type ${h.keystrokes} keystrokes: longest delay        ${lpad(ms(h.typingMaxDelayMs), 10)}   baseline ${ms(b.typingMaxDelayMs)}   target ≤ ${LOOP_TARGET_MS} ms ${h.typingMaxDelayMs <= LOOP_TARGET_MS ? '✓' : '✗'}`);
    console.log(`  command round trip while typing, p50 / max  ${lpad(ms(h.roundTripP50Ms), 10)} / ${ms(h.roundTripMaxMs)}   baseline ${ms(b.roundTripP50Ms)} / ${ms(b.roundTripMaxMs)}`);
    console.log(`  last keystroke → its analysis               ${lpad((h.lastKeystrokeToAnalysisMs / 1000).toFixed(1) + ' s', 10)}`);
    console.log(`  longest delay from then to 3 s after        ${lpad(ms(h.afterTypingMaxDelayMs), 10)}   (the new analysis unpacked and drawn)`);
    if (!(h.indexingMaxDelayMs <= LOOP_TARGET_MS)) missed.push(`20 MB indexing held the event loop ${ms(h.indexingMaxDelayMs)}`);
    if (!(h.typingMaxDelayMs <= LOOP_TARGET_MS)) missed.push(`20 MB typing held the event loop ${ms(h.typingMaxDelayMs)}`);
  }
  if (r.error) missed.push(`the run failed: ${r.error.split('\n')[0]}`);
  if (missed.length) {
    console.log(`\nmissed targets: ${missed.join('; ')}`);
    return 1;
  }
  console.log('\nall targets met');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[bench/editor] crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);

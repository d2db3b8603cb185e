// Runs the integration suite (test/integration/suite) inside a real VS Code with the standard runner,
// @vscode/test-electron's runTests(). Which VS Code (CROSSCHECK_VSCODE):
//   code-server    code-server from the cache (scripts/setup-vscode.sh) through our VS Code-compatible
//                  executable test/harness/code-server-shim: VS Code 1.139 + headless Chromium;
//   desktop        desktop VS Code, downloaded by @vscode/test-electron (needs the internet and a display);
//   /path/to/code  that VS Code executable;
//   auto (default) code-server when the cache has it; otherwise try to download desktop VS Code and,
//                  when that is impossible (offline), install code-server with setup-vscode.sh.
// The workspace is a fresh temporary copy of samples/tillerson-moscow-2017 plus metadata.json (a
// non-article file with curly quotes in it). Then the suites named multiRoot*.test.js run in a second
// VS Code, on a multi-root workspace (.code-workspace) of such a copy and an empty folder "second"
// (a single-folder window cannot be made multi-root without reloading); with CROSSCHECK_TEST_GREP, only
// when the pattern matches "Multi-root workspace" or contains "multi-root". Exit code 0 when every test passed.
// `runTest.js --prepare-workspace DIR` only creates that workspace (used by .vscode/launch.json).
// Other environment: CROSSCHECK_TEST_GREP (filter tests), CROSSCHECK_COUNTS_FILE (counts JSON),
// CROSSCHECK_TEST_TIMEOUT_MS (whole run, default 15 min).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import type { Counts } from '../harness/countsReporter';
import { envMs, findCodeServer, projectRoot, SAMPLE_FOLDER } from '../harness/env';

const say = (msg: string) => console.log(`[integration] ${msg}`);

function setupCodeServer(root: string): void {
  say('installing code-server into the cache (scripts/setup-vscode.sh; a few minutes, once per machine)');
  execFileSync('bash', [path.join(root, 'scripts', 'setup-vscode.sh')], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 20 * 60_000 });
}

async function chooseVsCode(root: string): Promise<{ executable: string; label: string }> {
  const shim = path.join(root, 'test', 'harness', 'code-server-shim');
  const mode = process.env.CROSSCHECK_VSCODE || 'auto';
  if (mode === 'code-server') {
    if (!findCodeServer()) setupCodeServer(root);
    return { executable: shim, label: 'code-server (cached)' };
  }
  if (mode !== 'auto' && mode !== 'desktop') {
    if (!fs.existsSync(mode)) throw new Error(`CROSSCHECK_VSCODE=${mode}: no such executable`);
    return { executable: mode, label: mode };
  }
  if (mode === 'auto' && findCodeServer()) return { executable: shim, label: 'code-server (cached)' };
  try {
    const executable = await downloadAndUnzipVSCode({ version: process.env.CROSSCHECK_VSCODE_VERSION || 'stable', timeout: 30_000 });
    return { executable, label: `desktop VS Code (${executable})` };
  } catch (e) {
    if (mode === 'desktop') throw e;
    say(`cannot download desktop VS Code (${e instanceof Error ? e.message : String(e)}); using code-server`);
    setupCodeServer(root);
    return { executable: shim, label: 'code-server (just installed)' };
  }
}

/** A fresh copy of the sample folder, plus a file that is not an article. */
function makeWorkspace(root: string, runDir: string): string {
  const ws = path.join(runDir, path.basename(SAMPLE_FOLDER));
  fs.cpSync(path.join(root, SAMPLE_FOLDER), ws, { recursive: true });
  fs.writeFileSync(
    path.join(ws, 'metadata.json'),
    JSON.stringify({ event: 'Tillerson in Moscow', note: 'He said “this is not an article, so it is not highlighted,” she said.' }, null, 2) + '\n',
  );
  return ws;
}

/** The multi-root suites' titles start with this; with CROSSCHECK_TEST_GREP, their VS Code starts only when the pattern matches it or says "multi-root". */
const MULTI_ROOT_SUITE = 'Multi-root workspace';

/** A .code-workspace of two folders: a copy of the samples (as makeWorkspace) and an empty folder "second". */
function makeMultiRootWorkspace(root: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const first = makeWorkspace(root, dir);
  fs.mkdirSync(path.join(dir, 'second'));
  const file = path.join(dir, 'multi.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: path.basename(first) }, { path: 'second' }] }, null, 2) + '\n');
  return file;
}

async function main(): Promise<number> {
  const root = projectRoot();
  // `runTest.js --prepare-workspace DIR`: only (re)create the workspace in DIR (for F5 "Extension Tests").
  const prep = process.argv.indexOf('--prepare-workspace');
  if (prep >= 0) {
    const dir = path.resolve(process.argv[prep + 1] ?? path.join(root, '.vscode-test', 'f5-workspace'));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    say(`workspace ready: ${makeWorkspace(root, dir)}`);
    return 0;
  }
  const extensionTestsPath = path.join(root, 'out', 'test', 'integration', 'suite', 'index.js');
  for (const f of [path.join(root, 'dist', 'extension.js'), extensionTestsPath]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(root, f)} is missing: run 'node esbuild.mjs --tests' first`);
  }
  const { executable, label } = await chooseVsCode(root);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-int-'));
  const resultsDir = path.join(root, 'test-results', 'integration');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  const started = Date.now();
  const totalMs = envMs('CROSSCHECK_TEST_TIMEOUT_MS', 15 * 60_000);
  // Last resort for executables other than the shim (which has its own deadlines).
  const watchdog = setTimeout(() => {
    say(`FAILED: no result after ${Math.round((totalMs + 60_000) / 1000)} s`);
    process.exit(1);
  }, totalMs + 60_000);
  try {
    const countsFile = process.env.CROSSCHECK_COUNTS_FILE;
    const run = async (name: string, workspace: string, multiRoot: boolean): Promise<Counts | undefined> => {
      const counts = countsFile ? path.join(runDir, `${name}.counts.json`) : undefined;
      const read = () => (counts && fs.existsSync(counts) ? (JSON.parse(fs.readFileSync(counts, 'utf8')) as Counts) : undefined);
      try {
        await runTests({
          vscodeExecutablePath: executable,
          extensionDevelopmentPath: root,
          extensionTestsPath,
          launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(runDir, name, 'user-data')}`, `--extensions-dir=${path.join(runDir, name, 'extensions')}`],
          extensionTestsEnv: {
            CROSSCHECK_COUNTS_FILE: counts,
            CROSSCHECK_TEST_GREP: process.env.CROSSCHECK_TEST_GREP,
            CROSSCHECK_RESULTS_DIR: resultsDir,
            CROSSCHECK_TEST_MULTIROOT: multiRoot ? '1' : undefined,
          },
        });
      } catch (e) {
        throw Object.assign(e instanceof Error ? e : new Error(String(e)), { counts: read() });
      }
      return read();
    };
    const workspace = makeWorkspace(root, runDir);
    say(`VS Code: ${label}; workspace: ${workspace}`);
    const results: (Counts | undefined)[] = [];
    let failure: unknown;
    const attempt = async (name: string, ws: string, multiRoot: boolean) => {
      try {
        results.push(await run(name, ws, multiRoot));
      } catch (e) {
        results.push((e as { counts?: Counts }).counts);
        failure ??= e;
      }
    };
    await attempt('single', workspace, false);
    const grep = process.env.CROSSCHECK_TEST_GREP;
    if (!grep || /multi-root/i.test(grep) || new RegExp(grep).test(MULTI_ROOT_SUITE)) {
      const multi = makeMultiRootWorkspace(root, path.join(runDir, 'multi'));
      say(`multi-root workspace: ${multi}`);
      await attempt('multi', multi, true);
    }
    if (countsFile) {
      const sum = (k: keyof Counts) => results.reduce((n, c) => n + (c?.[k] ?? 0), 0);
      fs.mkdirSync(path.dirname(countsFile), { recursive: true });
      fs.writeFileSync(countsFile, JSON.stringify({ passed: sum('passed'), failed: sum('failed'), pending: sum('pending'), total: sum('total') }) + '\n');
    }
    if (failure) throw failure;
    say(`passed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (e) {
    say(`FAILED (${((Date.now() - started) / 1000).toFixed(1)} s): ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    clearTimeout(watchdog);
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[integration] crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);

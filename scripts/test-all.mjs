#!/usr/bin/env node
// `npm test`: every test layer, one after the other, with one summary.
//   1. build (node esbuild.mjs --tests)
//   1b. checks: npm run typecheck (tsc over everything, and over the core without vscode), npm run lint
//   2. scripts/setup-vscode.sh (Chromium, Node 24, code-server; cached, a second or so when done)
//   3. unit         npm run test:unit         (mocha in Node)
//   4. integration  npm run test:integration  (mocha inside a real VS Code's extension host)
//   5. e2e          npm run test:e2e          (the packaged .vsix in code-server, driven in Chromium)
// Each layer's counts come from test/harness/countsReporter (a JSON file per layer), not from its
// printed output. A layer fails when it exits non-zero, reports a failure, reports no tests at all,
// or crashes before reporting (counted as 1 failed). Prints each layer's duration and counts and
// ends with one line "N passed, M failed"; exits 1 unless every layer passed.
//   node scripts/test-all.mjs [unit] [integration] [e2e]   (default: all three)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['unit', 'integration', 'e2e'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const w of wanted) if (!ALL.includes(w)) { console.error(`unknown layer ${w}; layers: ${ALL.join(', ')}`); process.exit(2); }
const layers = wanted.length ? ALL.filter((l) => wanted.includes(l)) : ALL;
const countsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-counts-'));
// (removed however the run ends: a failed build exits early, and Ctrl+C stops it part-way)
process.on('exit', () => fs.rmSync(countsDir, { recursive: true, force: true }));
const reporter = path.join(root, 'out', 'test', 'harness', 'mochaReporter.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const MIN = 60_000;
const steps = {
  build: { cmd: process.execPath, args: ['esbuild.mjs', '--tests'], timeout: 5 * MIN },
  checks: { cmd: 'bash', args: ['-c', 'npm run --silent typecheck && npm run --silent lint'], timeout: 10 * MIN },
  setup: { cmd: 'bash', args: ['scripts/setup-vscode.sh'], timeout: 30 * MIN },
  unit: { cmd: npm, args: ['run', '--silent', 'test:unit', '--', '--reporter', reporter], timeout: 10 * MIN, counted: true },
  integration: { cmd: npm, args: ['run', '--silent', 'test:integration'], timeout: 25 * MIN, counted: true },
  e2e: { cmd: npm, args: ['run', '--silent', 'test:e2e'], timeout: 25 * MIN, counted: true },
};

const banner = (s) => console.log(`\n========== ${s} ==========`);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a step in its own process group (so a timeout can stop all of it); resolves its exit code. */
function runStep(name, step, env) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    let timedOut = false;
    const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`[test-all] ${name} exceeded ${secs(step.timeout)}: stopping it`);
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 10_000).unref();
    }, step.timeout);
    const onSignal = (sig) => { kill(sig); };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    child.on('error', (e) => console.error(`[test-all] cannot start ${name}: ${e.message}`));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve({ code: code ?? 1, signal, timedOut });
    });
  });
}

const results = [];
let setupOk = true;

for (const name of ['build', 'checks', 'setup']) {
  if (name === 'setup' && !layers.some((l) => l !== 'unit')) continue;
  banner(name);
  const t0 = Date.now();
  const r = await runStep(name, steps[name], {});
  const ms = Date.now() - t0;
  console.log(`[test-all] ${name}: ${r.code === 0 ? 'ok' : `FAILED (exit ${r.signal ?? r.code}${r.timedOut ? ', timed out' : ''})`} in ${secs(ms)}`);
  results.push({ name, ms, step: true, ok: r.code === 0 });
  if (name === 'build' && r.code !== 0) {
    console.log(`\n0 passed, 1 failed`);
    process.exit(1);
  }
  if (name === 'setup') setupOk = r.code === 0;
}

for (const name of layers) {
  banner(name);
  const countsFile = path.join(countsDir, `${name}.json`);
  const t0 = Date.now();
  let r = { code: 1, signal: null, timedOut: false };
  if (name !== 'unit' && !setupOk) console.error(`[test-all] ${name}: skipped, setup-vscode.sh failed`);
  else r = await runStep(name, steps[name], { CROSSCHECK_COUNTS_FILE: countsFile });
  const ms = Date.now() - t0;
  let counts;
  try { counts = JSON.parse(fs.readFileSync(countsFile, 'utf8')); } catch { counts = undefined; }
  const res = { name, ms, passed: counts?.passed ?? 0, failed: counts?.failed ?? 0, pending: counts?.pending ?? 0, notes: [] };
  if (!counts) { res.failed += 1; res.notes.push('crashed before reporting counts (counted as 1 failed)'); }
  else if (counts.total === 0 || counts.passed + counts.failed === 0) { res.failed += 1; res.notes.push('reported no tests (counted as 1 failed)'); }
  if (r.code !== 0 && res.failed === 0) { res.failed += 1; res.notes.push(`exited with ${r.signal ?? r.code} (counted as 1 failed)`); }
  if (r.timedOut) res.notes.push('timed out');
  res.ok = r.code === 0 && res.failed === 0;
  results.push(res);
  console.log(`[test-all] ${name}: ${res.passed} passed, ${res.failed} failed${res.pending ? `, ${res.pending} pending` : ''} in ${secs(ms)}${res.notes.length ? ` — ${res.notes.join('; ')}` : ''}`);
}
banner('summary');
let passed = 0;
let failed = 0;
for (const r of results) {
  if (r.step) {
    console.log(`${r.name.padEnd(12)} ${(r.ok ? 'ok' : 'FAILED').padEnd(26)} ${secs(r.ms).padStart(9)}`);
    if (!r.ok && r.name === 'checks') failed += 1; // a type or lint error fails the run like a test
    continue;
  }
  passed += r.passed;
  failed += r.failed;
  const counts = `${r.passed} passed, ${r.failed} failed`;
  console.log(`${r.name.padEnd(12)} ${counts.padEnd(26)} ${secs(r.ms).padStart(9)}${r.notes.length ? `  (${r.notes.join('; ')})` : ''}`);
}
const ok = results.every((r) => r.ok);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

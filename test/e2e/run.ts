// Runs the UI tests (out/test/e2e/*.test.js) with mocha in plain Node, with a hard deadline.
//   CROSSCHECK_E2E_TIMEOUT_MS  whole run (default 10 min)   CROSSCHECK_TEST_GREP  filter tests
//   CROSSCHECK_COUNTS_FILE     counts JSON (countsReporter)  UPDATE_SCREENSHOTS=1  refresh media/
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { runCleanups } from '../harness/cleanup';
import { CountsReporter } from '../harness/countsReporter';
import { envMs } from '../harness/env';

async function stop(code: number, why?: string): Promise<never> {
  if (why) console.error(`[e2e] ${why}`);
  const force = setTimeout(() => process.exit(code), 20_000);
  force.unref();
  await runCleanups();
  process.exit(code);
}

const totalMs = envMs('CROSSCHECK_E2E_TIMEOUT_MS', 10 * 60_000);
setTimeout(() => void stop(1, `FAILED: the UI tests took longer than ${Math.round(totalMs / 1000)} s (CROSSCHECK_E2E_TIMEOUT_MS)`), totalMs).unref();
process.on('SIGINT', () => void stop(130, 'interrupted'));
process.on('SIGTERM', () => void stop(143, 'terminated'));

const mocha = new Mocha({ ui: 'bdd', reporter: CountsReporter, timeout: 60_000, slow: 10_000, color: process.stdout.isTTY });
if (process.env.CROSSCHECK_TEST_GREP) mocha.grep(new RegExp(process.env.CROSSCHECK_TEST_GREP));
const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
if (files.length === 0) void stop(1, `no *.test.js files in ${__dirname}`);
for (const f of files) mocha.addFile(path.join(__dirname, f));
const started = Date.now();
mocha.run((failures) => {
  console.log(`[e2e] ${failures ? 'FAILED' : 'passed'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  void stop(failures ? 1 : 0);
});

// Runs inside VS Code's extension host (loaded through --extensionTestsPath / the launch payload):
// mocha over the compiled *.test.js files next to this file. Resolves when every test passed.
//   CROSSCHECK_TEST_GREP   only run tests whose full title matches this regular expression
//   CROSSCHECK_COUNTS_FILE where the reporter writes {"passed","failed",…} (see countsReporter.ts)
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { CountsReporter } from '../../harness/countsReporter';
import { SUITE_STARTED_MARKER } from '../../harness/markers';

export function run(): Promise<void> {
  console.log(`${SUITE_STARTED_MARKER} in ${process.execPath} (node ${process.version})`);
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: CountsReporter,
    timeout: 60_000,
    slow: 5_000,
    color: false,
  });
  if (process.env.CROSSCHECK_TEST_GREP) mocha.grep(new RegExp(process.env.CROSSCHECK_TEST_GREP));
  // The multi-root suites run in their own VS Code, on a multi-root workspace (see runTest.ts); the others on one folder.
  const multiRoot = process.env.CROSSCHECK_TEST_MULTIROOT === '1';
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && f.startsWith('multiRoot') === multiRoot)
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no *.test.js files in ${__dirname}`));
        else resolve();
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

// A mocha reporter: mocha's "spec" output, plus the counts as one JSON line, written to the file named
// by $CROSSCHECK_COUNTS_FILE (when set) so scripts/test-all.mjs need not parse human-readable output.
// Used by every layer: `mocha --reporter out/test/harness/mochaReporter.js` for unit tests, and
// programmatically by the integration suite (in the extension host) and the e2e runner.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export interface Counts {
  passed: number;
  failed: number;
  pending: number;
  /** Total tests mocha found. */
  total: number;
}

export class CountsReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const file = process.env.CROSSCHECK_COUNTS_FILE;
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats;
      const counts: Counts = {
        passed: s?.passes ?? 0,
        failed: s?.failures ?? 0,
        pending: s?.pending ?? 0,
        total: runner.total,
      };
      if (file) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(counts) + '\n');
      }
    });
  }
}

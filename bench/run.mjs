// `npm run bench`: builds and runs every benchmark suite (bench/*.ts, one process each, so that one
// suite's memory does not weigh on the next), passing the command-line flags through.
//   npm run bench [-- --quick] [-- --only NAME]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.dirname(here);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const pass = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');

const build = spawnSync(process.execPath, ['esbuild.mjs', '--bench'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const suites = fs.readdirSync(path.join(here)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
let failed = 0;
for (const s of suites) {
  if (only && s !== only) continue;
  console.log(`\n=== bench/${s}.ts ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'out', 'bench', `${s}.js`), ...pass], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (failed) {
  console.log(`\n${failed} benchmark suite(s) missed a target or failed`);
  process.exit(1);
}

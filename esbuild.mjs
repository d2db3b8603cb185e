// Builds the extension and the command-line tool into dist/, and (with --tests) the test suites into out/.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild lowers every /\p{…}/u literal to `new RegExp("…", "u")` for node targets, which Node
  // has supported since v10; inside a hot function that builds (and looks up) a RegExp each time
  // it runs, instead of reusing the literal's.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'linked',
};

/** Lists *.ts files under a folder (recursively) that satisfy a test. */
function files(dir, test) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && test(d.name))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { CROSSCHECK_VERSION: JSON.stringify(JSON.parse(fs.readFileSync('package.json', 'utf8')).version) },
  },
  // The analysis worker: large articles are analysed on a thread of their own (src/host/analysisWorker.ts).
  { ...common, entryPoints: ['src/host/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
];

if (tests) {
  const isTest = (n) => n.endsWith('.test.ts');
  builds.push(
    // Unit tests: plain Node, each file bundled with the core it tests.
    { ...common, sourcemap: 'inline', entryPoints: files('test/unit', isTest), outdir: 'out/test/unit', packages: 'external' },
    // Integration tests: loaded by the extension host; 'vscode' is provided by the host.
    {
      ...common,
      sourcemap: 'inline',
      entryPoints: [...files('test/integration/suite', (n) => n.endsWith('.ts'))],
      outdir: 'out/test/integration/suite',
      external: ['vscode'],
      packages: 'external',
    },
    // Runners: plain Node scripts that start VS Code / code-server / Chromium.
    {
      ...common,
      sourcemap: 'inline',
      entryPoints: [
        ...files('test/integration', (n) => n.endsWith('.ts') && !n.includes('suite')),
        ...files('test/e2e', (n) => n.endsWith('.ts')),
        ...files('test/harness', (n) => n.endsWith('.ts')),
      ].filter((f) => !f.includes(`${path.sep}suite${path.sep}`)),
      outdir: 'out/test',
      outbase: 'test',
      packages: 'external',
    },
  );
}

if (args.has('--bench')) {
  // One bundle per suite (bench/*.ts); bench/run.mjs runs them one after another.
  builds.push({ ...common, sourcemap: 'inline', entryPoints: files('bench', (n) => n.endsWith('.ts')).filter((f) => path.dirname(f) === 'bench'), outdir: 'out/bench', packages: 'external' });
}

const chmodCli = { name: 'chmod-cli', setup(b) { b.onEnd(() => { if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755); }); } };
builds[1].plugins = [chmodCli];

const started = Date.now();
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`[esbuild] built ${builds.length} targets in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}

#!/usr/bin/env node
/**
 * Byte-for-byte check of `crosscheck analyze --format json` against a reference made by another
 * build (for a change meant to alter speed, not results): the BBC corpus (bench/corpus/bbc), each
 * multi-dev event and the sample corpus (../shared/corpus).
 *
 *   node scripts/compare-output.mjs --make-ref DIR [--cli path/to/other/dist/cli.js]   writes the reference
 *   node scripts/compare-output.mjs --ref DIR [--cli dist/cli.js]                       compares with it
 *
 * Exit code 1 when any output differs (the first differing line of each is printed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cli = path.resolve(opt('--cli') ?? path.join(root, 'dist', 'cli.js'));
const makeRef = opt('--make-ref');
const ref = makeRef ?? opt('--ref');
if (!ref) {
  console.error('usage: compare-output.mjs (--make-ref DIR | --ref DIR) [--cli dist/cli.js]');
  process.exit(2);
}

const shared = path.resolve(root, '..', 'shared', 'corpus');
const folders = [['bbc', path.join(root, 'bench', 'corpus', 'bbc')], ['seeds', path.join(shared, 'seeds')]];
const multi = path.join(shared, 'multi-dev');
for (const e of fs.readdirSync(multi).sort()) {
  if (fs.statSync(path.join(multi, e)).isDirectory()) folders.push([`multi-dev-${e}`, path.join(multi, e)]);
}

fs.mkdirSync(ref, { recursive: true });
let differs = 0;
for (const [name, dir] of folders) {
  const out = makeRef ? path.join(ref, `${name}.json`) : path.join(os.tmpdir(), `compare-output-${process.pid}-${name}.json`);
  const r = spawnSync(process.execPath, [cli, 'analyze', dir, '--format', 'json', '--quiet', '--out', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    console.error(`${name}: crosscheck analyze failed (${r.status})\n${r.stderr}`);
    process.exit(2);
  }
  if (makeRef) {
    console.log(`${name}: reference written`);
    continue;
  }
  const a = fs.readFileSync(path.join(ref, `${name}.json`), 'utf8');
  const b = fs.readFileSync(out, 'utf8');
  fs.rmSync(out, { force: true });
  if (a === b) {
    console.log(`${name}: identical (${a.length} bytes)`);
    continue;
  }
  differs++;
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && la[i] === lb[i]) i++;
  console.log(`${name}: DIFFERS at line ${i + 1}\n  ref: ${la[i]?.slice(0, 200)}\n  new: ${lb[i]?.slice(0, 200)}`);
}
if (differs) process.exitCode = 1;

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { sampledCpuClock } from '../../src/cli/cpuClock';
import { cliV8Flags, inputV8Flags, LARGE_INPUT_CHARS } from '../../src/cli/v8flags';
import { ROOT, SAMPLE_DIR, sampleFiles } from './fixtures';
import { tempDir } from '../shared/tempDir';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('crosscheck-cli-');
  for (const [rel, body] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
  }
  return dir;
}

describe('cli: crosscheck analyze', function () {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
  });

  it('prints the analysis JSON of the sample folder, keyed by relative path', () => {
    const r = run(['analyze', SAMPLE_DIR, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.offsets, 'utf16');
    assert.deepEqual(Object.keys(json.documents), sampleFiles());
    assert.ok(Array.isArray(json.quoteClusters) && Array.isArray(json.discrepancies));
    assert.equal(json.errors, undefined);
  });

  it('every quote and entity span is the text it claims, in the file as read', () => {
    const json = JSON.parse(run(['analyze', SAMPLE_DIR]).stdout);
    for (const [doc, d] of Object.entries<{ quotes: { start: number; end: number; text: string }[]; entities: { start: number; end: number; text: string }[] }>(json.documents)) {
      const text = fs.readFileSync(path.join(SAMPLE_DIR, doc), 'utf8');
      for (const s of [...d.quotes, ...d.entities]) assert.equal(text.slice(s.start, s.end), s.text, `${doc} ${s.start}-${s.end}`);
    }
  });

  it('recurses into subfolders, reads .txt and .md, uses / separators, and skips other files', () => {
    const dir = tempFolder({
      'a.txt': 'One article.',
      'sub/deeper/b.md': '# Two\n\nAnother article.',
      'notes.json': '{}',
      'node_modules/x/readme.txt': 'not an article',
      '.hidden/c.txt': 'not an article',
    });
    const json = JSON.parse(run(['analyze', dir]).stdout);
    assert.deepEqual(Object.keys(json.documents), ['a.txt', 'sub/deeper/b.md']);
  });

  it('writes each document’s outlet (from its text, or .crosscheck/sources.json) under "sources"; a wrong entry goes to stderr', () => {
    const dir = tempFolder({
      'a.txt': 'Dam opens early\n\nThe dam opened early on Tuesday, officials said.\n\n© 2031 Vantor News',
      'b.txt': 'The dam opened early on Tuesday, officials said.',
      'c.txt': 'The dam opened late on Tuesday, officials said.',
      '.crosscheck/sources.json': JSON.stringify({ version: 1, articles: { 'b.txt': { outlet: 'Orland Wire' }, 'c.txt': { date: 'Tuesday' } } }),
    });
    const r = run(['analyze', dir]);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.sources, { 'a.txt': { outlet: 'Vantor News', headline: 'Dam opens early' }, 'b.txt': { outlet: 'Orland Wire' } });
    assert.match(r.stderr, /sources\.json:1:\d+: articles\["c\.txt"\]\.date: "Tuesday" is not a date/);
  });

  it('the outlets in .crosscheck/sources.json reach the discrepancies: one quote told to each article\'s own outlet is no conflict', () => {
    const lead = 'A ferry ran aground near Tollin harbour on Friday evening, and forty passengers were taken ashore.';
    const said = '“In twenty years on this coast I have never seen the tide turn so fast,” harbour master Ivo Marsh told';
    const files = { 'a.txt': `${lead}\n\n${said} KVXA.`, 'b.txt': `${lead}\n\n${said} the Tollin Courier.` };
    const whom = (dir: string) => (JSON.parse(run(['analyze', dir]).stdout).discrepancies as { label: string }[]).filter((d) => d.label.startsWith('told whom'));
    assert.equal(whom(tempFolder(files)).length, 1);
    const corrected = tempFolder({ ...files, '.crosscheck/sources.json': JSON.stringify({ version: 1, articles: { 'a.txt': { outlet: 'KVXA' }, 'b.txt': { outlet: 'Tollin Courier' } } }) });
    assert.deepEqual(whom(corrected), []);
  });

  it('offsets ignore a byte-order mark and count CRLF as two characters', () => {
    const body = '\r\n“We agree,” she said.\r\n';
    const dir = tempFolder({ 'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(body)]) });
    const json = JSON.parse(run(['analyze', dir]).stdout);
    const quotes = json.documents['bom.txt'].quotes;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].start, body.indexOf('We agree'));
    assert.equal(quotes[0].text, 'We agree,');
  });

  it('reports a binary or non-UTF-8 file on stderr and in errors[], and goes on with the rest', () => {
    const dir = tempFolder({
      'good.txt': '“Fine,” he said.',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]),
    });
    const r = run(['analyze', dir]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json.documents), ['good.txt']);
    assert.deepEqual(json.errors.map((e: { path: string }) => e.path), ['image.txt', 'latin1.txt']);
    assert.match(r.stderr, /image\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
  });

  it('an entity corrections file that cannot be read is named on stderr (not silently ignored)', () => {
    const dir = tempFolder({ 'ok.txt': 'The minister said nothing.' });
    fs.mkdirSync(path.join(dir, '.crosscheck', 'entities.json'), { recursive: true }); // (a folder: unreadable as a file, root included)
    const r = run(['analyze', dir, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /cannot read .*entities\.json .*without the entity corrections/);
  });

  it('a file that cannot be read is reported by name, and the other articles are analysed', () => {
    // A link to itself cannot be read by anyone, root included (CI runs as root, for whom a
    // permission bit changes nothing); permission denied is checked through the port (corpus tests).
    const dir = tempFolder({ 'ok.txt': 'The minister said nothing.' });
    fs.symlinkSync('locked.txt', path.join(dir, 'locked.txt'));
    const r = run(['analyze', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /locked\.txt: cannot be read/);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json.documents), ['ok.txt']);
    assert.deepEqual(json.errors.map((e: { path: string }) => e.path), ['locked.txt']);
  });

  it('an article past its --budget is named on stderr and in errors[], analysed partially, and the output is whole', () => {
    const story = '“The wall will hold,” said Ilse Marrow, the engineer in Port Aldous. Water rose by 40 cm on Tuesday.\n\n';
    const dir = tempFolder({ 'a.txt': story.repeat(40), 'b.txt': story.repeat(30) });
    // A microsecond of CPU time: both articles go past it.
    const r = run(['analyze', dir, '--budget', '0.000001']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json.documents), ['a.txt', 'b.txt']);
    assert.deepEqual(json.errors.map((e: { path: string }) => e.path), ['a.txt', 'b.txt']);
    for (const e of json.errors) assert.match(e.message, /^analysed partially: went past its time budget \(0\.0 s\) by the end of reading its paragraphs and sentences/);
    assert.match(r.stderr, /crosscheck: a\.txt: analysed partially/);
    assert.match(r.stderr, /crosscheck: b\.txt: analysed partially/);
    // Without a budget (0), nothing is partial.
    const whole = run(['analyze', dir, '--budget', '0']);
    assert.equal(JSON.parse(whole.stdout).errors, undefined);
    assert.ok(JSON.parse(whole.stdout).documents['a.txt'].quotes.length > 0);
  });

  it('writes Markdown to --out atomically and prints nothing on stdout', () => {
    const out = path.join(tempDir('crosscheck-out-'), 'report.md');
    const r = run(['analyze', SAMPLE_DIR, '--format', 'markdown', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const md = fs.readFileSync(out, 'utf8');
    assert.match(md, /^# Crosscheck report: tillerson-moscow-2017/);
    // (a section per article, headed by its outlet where its text names one: "## France 24 — 002_….txt")
    for (const f of sampleFiles()) assert.ok(md.split('\n').some((l) => l === `## ${f}` || (l.startsWith('## ') && l.endsWith(` — ${f}`))), f);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['report.md']);
  });

  it('shows progress on stderr for large folders', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i++) files[`a${i}.txt`] = `Article ${i}.`;
    const r = run(['analyze', tempFolder(files)]);
    assert.match(r.stderr, /read 250\/250 files/);
    assert.equal(run(['analyze', tempFolder(files), '--quiet']).stderr, '');
  });

  for (const [args, message] of [
    [[], /missing command/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['analyze'], /needs a folder/],
    [['analyze', '/definitely/not/here'], /folder not found: \/definitely\/not\/here/],
    [['analyze', '.', '--format', 'xml'], /unknown format 'xml'/],
    [['analyze', '.', '--out'], /--out needs a value/],
    [['analyze', '.', '--bogus'], /unknown option '--bogus'/],
    [['analyze', '.', '--budget', 'soon'], /--budget needs a number of seconds \(0: none\), got 'soon'/],
    [['analyze', '.', '--budget=-1'], /--budget needs a number of seconds/],
  ] as [string[], RegExp][]) {
    it(`exits 2 with one line for: crosscheck ${args.join(' ') || '(nothing)'}`, () => {
      const r = run(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }

  it('a file given instead of a folder is bad usage', () => {
    const r = run(['analyze', path.join(SAMPLE_DIR, sampleFiles()[0]!)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a folder/);
  });
});

describe('cli: crosscheck analyze applies .crosscheck/entities.json', function () {
  const article = '“We will talk again,” said Sergey Lavrov. The Tomahawk missiles were fired at dawn.';

  it('uses the analyst’s corrections', () => {
    const dir = tempFolder({
      'a.txt': article,
      '.crosscheck/entities.json': JSON.stringify({ version: 1, entities: [{ name: 'Tomahawk', type: 'organization' }], ignore: [] }),
    });
    const r = run(['analyze', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const names = JSON.parse(r.stdout).documents['a.txt'].entities.map((e: { text: string; type: string }) => `${e.text}/${e.type}`);
    assert.ok(names.includes('Tomahawk/organization'), names.join(', '));
  });

  it('names the file, line and column of a problem on stderr, and still analyses', () => {
    const dir = tempFolder({ 'a.txt': article, '.crosscheck/entities.json': '{\n  "version": 1,\n  "entities": [ { "name": "X", "type": "persn" } ]\n}\n' });
    const r = run(['analyze', dir]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /entities\.json:3:\d+: entities\[0\]\.type: "persn" is not a type/);
    assert.ok(JSON.parse(r.stdout).documents['a.txt'].quotes.length === 1);
  });
});

describe('cli: V8 flags of a command-line run', () => {
  it('sets the interrupt budget as it loads, before any of the analysis is defined', () => {
    // A preload records what the CLI hands to v8.setFlagsFromString.
    const hook = path.join(tempDir('crosscheck-flags-'), 'hook.js');
    fs.writeFileSync(
      hook,
      `const v8 = require('node:v8'); const set = v8.setFlagsFromString; const seen = [];
       v8.setFlagsFromString = (f) => { seen.push(f); return set(f); };
       process.on('exit', () => process.stderr.write('FLAGS ' + JSON.stringify(seen) + '\\n'));`,
    );
    const r = spawnSync(process.execPath, ['-r', hook, CLI, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const line = r.stderr.split('\n').find((l) => l.startsWith('FLAGS '));
    assert.deepEqual(JSON.parse(line!.slice(6)), cliV8Flags());
    assert.equal(r.stderr.includes('unrecognized flag'), false, r.stderr);
    // The flag only reaches functions created after it: the bundle runs it before the core's modules.
    // (A packaged build — `npm run package`, as the UI tests do — is minified, without the modules'
    // path comments: the same entry bundled in memory has the same module order, with them.)
    let bundle = fs.readFileSync(CLI, 'utf8');
    if (!bundle.includes('// src/core/'))
      bundle = esbuild.buildSync({ entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' }).outputFiles[0]!.text;
    const flags = bundle.indexOf('setFlagsFromString(');
    const core = bundle.indexOf('// src/core/');
    assert.ok(flags !== -1 && core !== -1 && flags < core, 'v8flags runs before the first core module');
  });

  it('favours memory for a large folder only, on the V8s that know the flag', () => {
    assert.deepEqual(inputV8Flags(4_700_000, '11.3.244.8-node.38'), [], 'the BBC corpus keeps the default');
    assert.deepEqual(inputV8Flags(LARGE_INPUT_CHARS, '11.3.244.8-node.38'), ['--heap-growing-percent=60']);
    assert.deepEqual(inputV8Flags(43_000_000, '13.6.233.17-node.53'), ['--heap-growing-percent=60']);
    assert.deepEqual(inputV8Flags(43_000_000, '14.0.1'), [], 'an unmeasured V8 gets nothing');
  });

  it('sets no flag that the running V8 does not know (newer V8s have no interrupt budget)', () => {
    assert.deepEqual(cliV8Flags('11.3.244.8-node.38'), ['--interrupt-budget=540672']);
    assert.deepEqual(cliV8Flags('13.6.233.17-node.53'), []);
    assert.deepEqual(cliV8Flags('12.4.254.21-node.33'), []);
  });
});

describe('cli: the budget clock', () => {
  it('reads the CPU time once per interval of wall time, moves with the wall clock between readings, never goes back', () => {
    let wall = 0;
    let cpu = 100;
    let reads = 0;
    const clock = sampledCpuClock(() => (reads++, cpu), () => wall, 10);
    assert.equal(clock(), 100);
    // Many checks within the interval: no reading, the estimate moves with the wall clock.
    for (let i = 1; i <= 9; i++) {
      wall = i;
      cpu = 100 + i / 2;
      assert.equal(clock(), 100 + i);
    }
    assert.equal(reads, 1);
    // Past the interval: read again; the reading (lower than the estimate) does not take it back.
    wall = 10;
    cpu = 104;
    assert.equal(clock(), 109);
    assert.equal(reads, 2);
    wall = 16;
    assert.equal(clock(), 110);
    wall = 25;
    cpu = 130;
    assert.equal(clock(), 130);
    assert.equal(reads, 3);
  });
});

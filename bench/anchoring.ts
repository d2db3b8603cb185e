/**
 * `npm run bench`: re-anchoring 1,000 annotations in one article after an edit (target: under
 * 100 ms), beside the floor measured in the same run — a plain `indexOf` of each stored quote in the
 * edited text, which finds words but neither checks context nor handles a changed quote.
 *
 * The article: BBC politics articles (bench/corpus/bbc, MIT) joined into one long text, with 1,000
 * annotations on spans of 3–20 words, anchored from their stored selectors after each kind of edit.
 *
 *   node out/bench/anchoring.js [--json FILE]
 */
import fs from 'node:fs';
import path from 'node:path';
import { anchorAll, applyEdits, createAnnotation, type Anchor, type Annotation, type TextEdit } from '../src/core/annotations';
import { prng } from '../test/shared/prng';

const TARGET_MS = 100;
const N = 1000;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}


const root = findRoot();
const dir = path.join(root, 'bench', 'corpus', 'bbc', 'politics');
const text = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 60)
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim())
  .join('\n\n');

// 1,000 annotations on word spans spread over the text.
const r = prng(1);
const annotations: Annotation[] = [];
const spans: { start: number; end: number }[] = [];
const wordStarts: number[] = [];
for (let i = 0; i < text.length; i++) if ((i === 0 || /\s/.test(text[i - 1]!)) && /\S/.test(text[i]!)) wordStarts.push(i);
for (let k = 0; k < N; k++) {
  const w = Math.floor(r() * (wordStarts.length - 25));
  const start = wordStarts[w]!;
  let end = wordStarts[w + 3 + Math.floor(r() * 17)]!;
  while (/\s/.test(text[end - 1]!)) end--;
  spans.push({ start, end });
  annotations.push(createAnnotation({ source: 'long.txt', text, span: { start, end }, id: `urn:x:${k}`, now: new Date(0) }));
}

// The edits. Rewordings change one letter inside 5% of the annotated spans, or delete them.
const paragraph = '\n\nEditor’s note: this article was updated on Friday to add the minister’s response and correct a date.\n\n';
const mid = wordStarts[Math.floor(wordStarts.length / 2)]!;
function rewordings(share: number, deleteClaim = false): TextEdit[] {
  const rr = prng(2);
  const picked = spans
    .map((s, i) => ({ s, i }))
    .filter(() => rr() < share)
    .sort((a, b) => b.s.start - a.s.start);
  const edits: TextEdit[] = [];
  let lastStart = Infinity;
  for (const { s } of picked) {
    const inner = text.indexOf(' ', s.start + 1);
    if (inner <= s.start || inner >= s.end - 2 || s.end > lastStart) continue;
    edits.push(deleteClaim ? { start: s.start, end: s.end, newText: '' } : { start: inner + 1, end: inner + 2, newText: 'X' }); // the claim deleted, or one letter changed
    lastStart = s.start;
  }
  return edits;
}

interface Row {
  name: string;
  ms: number;
  floorMs: number;
  statuses: Record<string, number>;
  targetMs: number;
}

function time(fn: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!; // median
}

const scenarios: [string, TextEdit[]][] = [
  ['no edit (every annotation where it was)', []],
  ['a paragraph inserted at the start (all moved)', [{ start: 0, end: 0, newText: paragraph }]],
  ['a sentence deleted in the middle (half moved)', [{ start: mid, end: text.indexOf('.', mid) + 1, newText: '' }]],
  ['a letter changed in 5% of the claims, plus a paragraph at the start', [...rewordings(0.05), { start: 0, end: 0, newText: paragraph }]],
  ['5% of the claims deleted with their words (orphans)', rewordings(0.05, true)],
];

const rows: Row[] = [];
for (const [name, edits] of scenarios) {
  const edited = applyEdits(text, edits);
  let result: Anchor[] = [];
  anchorAll(edited, annotations); // warm up
  const ms = time(() => {
    result = anchorAll(edited, annotations);
  }, 9);
  const quotes = annotations.map((a) => (a.target as { selector: { exact?: string }[] }).selector[0]!.exact!);
  let found = 0;
  const floorMs = time(() => {
    found = 0;
    for (const q of quotes) if (edited.indexOf(q) !== -1) found++;
  }, 9);
  const statuses: Record<string, number> = {};
  for (const a of result) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  rows.push({ name, ms, floorMs, statuses, targetMs: TARGET_MS });
  void found;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
console.log(`Crosscheck anchoring benchmark — ${N} annotations in one article of ${(text.length / 1000).toFixed(0)} k chars, Node ${process.version}, one core (median of 9)`);
console.log('');
console.log(`${pad('after', 66)} ${lpad('anchor', 9)} ${lpad('indexOf', 9)} ${lpad('target', 9)}  statuses`);
for (const r of rows) {
  const ok = r.ms <= r.targetMs ? '✓' : '✗';
  const st = Object.entries(r.statuses)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  console.log(`${pad(r.name, 66)} ${lpad(`${r.ms.toFixed(1)} ms`, 9)} ${lpad(`${r.floorMs.toFixed(1)} ms`, 9)} ${lpad(`${ok} ${r.targetMs} ms`, 9)}  ${st}`);
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ annotations: N, chars: text.length, rows }, null, 2));
const missed = rows.filter((r) => r.ms > r.targetMs);
if (missed.length) {
  console.log(`\nmissed targets: ${missed.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}

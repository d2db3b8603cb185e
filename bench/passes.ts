/**
 * `npm run bench`: speed of the analysis passes over the BBC corpus (bench/corpus/bbc, 2,095
 * articles, 4.7 M characters), each printed beside the read-and-split floor measured in the same
 * run, and beside `compromise` (the usual off-the-shelf JavaScript NLP) on the same files.
 *
 *   node out/bench/passes.js [--quick] [--json FILE]
 *     --quick   skip the compromise baseline (about 70 s)
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDocuments, type SourceDocument } from '../src/core/corpus';
import { extractArticleEntities, linkEntities } from '../src/core/entities';
import { extractQuotes } from '../src/core/quotes';
import { parseArticle } from '../src/core/text';

interface Row {
  name: string;
  ms: number;
  note?: string;
  targetMs?: number;
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function listTxt(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

function time(fn: () => void, repeat = 1): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

const root = findRoot();
const corpusDir = path.join(root, 'bench', 'corpus', 'bbc');
const files = listTxt(corpusDir);
let chars = 0;
let words = 0;
const rows: Row[] = [];

// The floor: read every file and split every word.
const floor = time(() => {
  chars = 0;
  words = 0;
  for (const f of files) {
    const t = fs.readFileSync(f, 'utf8');
    chars += t.length;
    words += t.split(/\s+/).length;
  }
}, 3);
rows.push({ name: 'floor: read + split every word', ms: floor });

const docs: SourceDocument[] = files.map((f) => ({ path: path.relative(corpusDir, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
const articles = docs.map((d) => parseArticle(d.text));

rows.push({ name: 'text: paragraphs, sentences, boilerplate', ms: time(() => docs.forEach((d) => parseArticle(d.text)), 3) });
let quoteCount = 0;
rows.push({
  name: 'quotes: spans, kinds, speakers',
  ms: time(() => {
    quoteCount = 0;
    for (const a of articles) quoteCount += extractQuotes(a).length;
  }, 3),
});
let entityCount = 0;
rows.push({
  name: 'entities: mentions + folder-wide names',
  targetMs: 3000,
  ms: time(() => {
    entityCount = 0;
    const byDoc = new Map<string, ReturnType<typeof extractArticleEntities>>();
    articles.forEach((a, i) => {
      const e = extractArticleEntities(a);
      entityCount += e.entities.length;
      byDoc.set(docs[i]!.path, e);
    });
    linkEntities(byDoc);
  }, 3),
});
rows.push({ name: 'analyze: the whole pipeline (analyzeDocuments)', ms: time(() => analyzeDocuments(docs), 1), targetMs: 5000 });
rows[rows.length - 2]!.note = `${entityCount} mentions`;
rows[rows.length - 3]!.note = `${quoteCount} quotes`;

if (!quick) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (t: string) => { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] }; quotations(): { out(f: string): string[] } };
  let n = 0;
  rows.push({
    name: 'baseline: compromise people/places/organizations',
    ms: time(() => {
      n = 0;
      for (const d of docs) {
        const doc = nlp(d.text);
        n += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      }
    }),
  });
  rows[rows.length - 1]!.note = `${n} mentions`;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
console.log(`Crosscheck benchmark — ${files.length} BBC articles, ${(chars / 1e6).toFixed(2)} M chars, ${(words / 1e6).toFixed(2)} M words, Node ${process.version}`);
console.log('Wall-clock, one process; passes are the best of 3 (warm), the whole pipeline and compromise one run each.');
console.log('bench/matching.ts measures the cold, single-threaded CPU time of a full analysis instead.');
console.log('');
console.log(`${pad('pass', 50)} ${lpad('time', 10)} ${lpad('× floor', 9)} ${lpad('target', 9)}  note`);
for (const r of rows) {
  const target = r.targetMs ? `${r.ms <= r.targetMs ? '✓' : '✗'} ${(r.targetMs / 1000).toFixed(0)} s` : '';
  console.log(`${pad(r.name, 50)} ${lpad(`${(r.ms / 1000).toFixed(3)} s`, 10)} ${lpad(`${(r.ms / floor).toFixed(1)}×`, 9)} ${lpad(target, 9)}  ${r.note ?? ''}`);
}
console.log(`\npeak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ files: files.length, chars, rows }, null, 2));
const missed = rows.filter((r) => r.targetMs && r.ms > r.targetMs);
if (missed.length) {
  console.log(`\nmissed targets: ${missed.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}

/**
 * Times the entity pass over the BBC corpus, against the floor of reading every file and splitting
 * it into words. Run from the repository root:
 *
 *   npx esbuild bench/entities.ts --bundle --platform=node --outfile=out/bench/entities.js && node --expose-gc out/bench/entities.js
 *
 * Prints CPU milliseconds (user + system, one core) for: reading, the floor (read + split every word), parseArticle, extractEntities
 * (per article, the entity pass alone), linkEntities (folder-wide), and the entity counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticleEntities, linkEntities } from '../src/core/entities';
import { parseArticle } from '../src/core/text';

// (a folder argument; the flags `npm run bench` passes to every suite, such as --quick, are not one)
const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'bench/corpus/bbc';
const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
// CPU time of this process (user + system), so that other work on the machine does not count.
const cpu = () => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};
const ms = (t0: bigint) => Number(cpu() - t0) / 1e6;
/** With --expose-gc, starts each timed step with a clean heap so one step's garbage is not billed to the next. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();

let t0 = cpu();
const texts = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
const readMs = ms(t0);
const chars = texts.reduce((n, t) => n + t.length, 0);

t0 = cpu();
let words = 0;
for (const f of files) words += fs.readFileSync(path.join(root, f), 'utf8').split(/[^\p{L}\p{N}]+/u).length;
const floorMs = ms(t0);

gc();
t0 = cpu();
const articles = texts.map(parseArticle);
const parseMs = ms(t0);

// Warm up once (lazy tables), then time.
extractArticleEntities(articles[0]!);
gc();
t0 = cpu();
const byDoc = new Map(articles.map((a, i) => [files[i]!, extractArticleEntities(a)]));
const extractMs = ms(t0);

gc();
t0 = cpu();
const index = linkEntities(byDoc);
const linkMs = ms(t0);

const mentions = [...byDoc.values()].reduce((n, l) => n + l.entities.length, 0);
console.log(JSON.stringify({
  articles: files.length, chars, words, mentions, entities: index.entities.length,
  ms: { read: Math.round(readMs), floorReadAndSplit: Math.round(floorMs), parseArticle: Math.round(parseMs), extractEntities: Math.round(extractMs), linkEntities: Math.round(linkMs) },
}, null, 1));
if (process.argv.includes('--top')) for (const e of index.entities.slice(0, Number(process.env.TOP ?? 60))) console.log(e.type.padEnd(13), e.mentions.length, e.canonical, '|', e.aliases.slice(0, 6).join(', '));

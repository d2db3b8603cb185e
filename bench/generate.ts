/**
 * Larger corpora for the matching benchmark, made from the BBC corpus (bench/corpus/bbc): at scale
 * k, each article appears k times, the first copy as it is and the others edited the way outlets
 * edit wire copy — paragraphs reordered, sentences dropped, words changed. A seeded PRNG makes
 * every run produce the same corpora. They are written to out/bench-corpus/<k>x (git-ignored) and
 * reused while the BBC corpus and this generator are unchanged.
 *
 *   node out/bench/generate.js [--force]     writes the 2x, 5x and 10x corpora
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from '../test/shared/prng';

export { prng };

export const SCALES = [2, 5, 10];
const SEED = 20170412;
/** Bump when the edits change, so that stale corpora are regenerated. */
const GENERATOR_VERSION = 1;

export interface GeneratedDoc {
  path: string;
  text: string;
}


export function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export function listTxt(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** One outlet's edit of an article: some paragraphs swapped, sentences dropped, words replaced. */
export function editArticle(text: string, rnd: () => number, pool: string[]): string {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  // Keep the headline first; swap a body paragraph or two.
  for (let swaps = 1 + Math.floor(rnd() * 2); swaps > 0 && paragraphs.length > 3; swaps--) {
    const i = 1 + Math.floor(rnd() * (paragraphs.length - 1));
    const j = 1 + Math.floor(rnd() * (paragraphs.length - 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  }
  const out = paragraphs.map((p, pi) => {
    if (pi === 0) return p;
    const sentences = p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/);
    const kept = sentences.filter(() => rnd() >= 0.1);
    const body = (kept.length ? kept : sentences.slice(0, 1)).join(' ');
    return body.replace(/[A-Za-z]{3,}/g, (w) => {
      if (rnd() >= 0.02) return w;
      const r = pool[Math.floor(rnd() * pool.length)]!;
      return /^[A-Z]/.test(w) ? r[0]!.toUpperCase() + r.slice(1) : r;
    });
  });
  return out.join('\n\n') + '\n';
}

/** The corpus at scale k: copy 0 is the original, copies 1..k-1 are edited. */
export function generate(base: GeneratedDoc[], scale: number, seed = SEED): GeneratedDoc[] {
  const pool = [...new Set(base.flatMap((d) => d.text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []))].sort();
  const out: GeneratedDoc[] = [];
  for (let c = 0; c < scale; c++) {
    const rnd = prng(seed + c * 7919);
    for (const d of base) out.push({ path: `c${c}/${d.path}`, text: c === 0 ? d.text : editArticle(d.text, rnd, pool) });
  }
  return out;
}

export function readBase(root = findRoot()): GeneratedDoc[] {
  const dir = path.join(root, 'bench', 'corpus', 'bbc');
  return listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
}

/** The folder of the corpus at scale k (1 is the BBC corpus itself), generated when missing or stale. */
export function corpusDir(scale: number, root = findRoot(), force = false): string {
  if (scale === 1) return path.join(root, 'bench', 'corpus', 'bbc');
  const dir = path.join(root, 'out', 'bench-corpus', `${scale}x`);
  const base = readBase(root);
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, scale, files: base.length, chars: base.reduce((n, d) => n + d.text.length, 0) });
  const stampFile = path.join(dir, 'corpus.json');
  if (!force && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const d of generate(base, scale)) {
    const file = path.join(dir, d.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, d.text);
  }
  fs.writeFileSync(stampFile, stamp);
  return dir;
}

if (/generate\.js$/.test(process.argv[1] ?? '')) {
  const force = process.argv.includes('--force');
  const root = findRoot();
  for (const k of SCALES) {
    const t = Date.now();
    const dir = corpusDir(k, root, force);
    const files = listTxt(dir);
    const chars = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    console.log(`${k}x: ${files.length} articles, ${(chars / 1e6).toFixed(1)} MB in ${path.relative(root, dir)} (${Date.now() - t} ms)`);
  }
}

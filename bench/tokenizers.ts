/**
 * The tokenizers over the BBC corpus (bench/corpus/bbc, 2,095 articles), each alone, warm, CPU
 * time, best of five: the passage index's words (corpus/tokens.ts, a fresh vocabulary each round,
 * as one folder's analysis has), the entity recogniser's tokens (entities/tokens.ts) and the
 * attribution's tokens (quotes/tokens.ts, quotations as single tokens); with the tokens each makes
 * and the heap growth it leaves behind (its garbage, roughly: no collection is forced during it).
 *
 *   node --expose-gc out/bench/tokenizers.js
 */
import fs from 'node:fs';
import path from 'node:path';
import { Vocabulary, tokenize as corpusTokenize } from '../src/core/corpus/tokens';
import { tokenizeParagraph, type Token } from '../src/core/entities';
import { findQuotes, quoteRangesByParagraph } from '../src/core/quotes';
import { tokenize as quoteTokenize } from '../src/core/quotes/tokens';
import { parseArticle } from '../src/core/text';
import { findRoot, listTxt } from './generate';

const dir = path.join(findRoot(), 'bench', 'corpus', 'bbc');
const texts = listTxt(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const articles = texts.map(parseArticle);
const quotes = articles.map((a) => {
  const raw = findQuotes(a);
  return { perPara: quoteRangesByParagraph(raw), content: (id: number) => a.text.slice(raw[id]!.start, raw[id]!.end) };
});

function measure(name: string, fn: () => number): void {
  let best = Infinity;
  let bytes = Infinity;
  let tokens = 0;
  for (let r = 0; r < 5; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const heap = process.memoryUsage().heapUsed;
    const t = process.cpuUsage();
    tokens = fn();
    const d = process.cpuUsage(t);
    bytes = Math.min(bytes, process.memoryUsage().heapUsed - heap);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  console.log(`${name.padEnd(44)} ${best.toFixed(0).padStart(5)} ms  ${String(tokens).padStart(9)} tokens  ${(bytes / 1048576).toFixed(0).padStart(5)} MB heap growth (its garbage, roughly)`);
}

console.log(`tokenizers over the BBC corpus (${texts.length} articles), CPU, warm, best of 5`);
measure('passage index (corpus/tokens.ts)', () => {
  const vocab = new Vocabulary();
  let n = 0;
  for (const t of texts) n += corpusTokenize(t, vocab).length;
  return n;
});
measure('entities (entities/tokens.ts)', () => {
  let n = 0;
  for (const a of articles) {
    const out: Token[] = [];
    for (const p of a.paragraphs) tokenizeParagraph(a.text, p, out);
    n += out.length;
  }
  return n;
});
measure('attribution (quotes/tokens.ts)', () => {
  let n = 0;
  articles.forEach((a, i) => {
    const { perPara, content } = quotes[i]!;
    for (const p of a.paragraphs) if (!p.boilerplate) n += quoteTokenize(a.text, p.start, p.end, perPara.get(p.index) ?? [], content).length;
  });
  return n;
});

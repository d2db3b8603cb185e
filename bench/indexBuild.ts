/**
 * The passage index's own cost on the BBC corpus, cold, for comparing two versions of it: building
 * it (tokens, shingles, postings), then each article's related articles (`relatedDocs`, read by the
 * discrepancy detectors), CPU ms in a fresh process. The articles are parsed and analysed first
 * (untimed), as the command line hands them to the index.
 *
 *   node --expose-gc out/bench/indexBuild.js
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis } from '../src/core/common/analysisFormat';
import { analyzeArticle, linkCorpus } from '../src/core/corpus';
import { PassageIndex } from '../src/core/corpus/passages';
import { parseArticle, type Article } from '../src/core/text';
import { corpusDir, findRoot, listTxt } from './generate';

function cpu(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

function main(): void {
  const args = process.argv.slice(2);
  const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
  const dir = corpusDir(scale, findRoot());
  const docs = listTxt(dir).map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
  const articles = new Map<string, Article>();
  const perDoc = new Map<string, DocumentAnalysis>();
  for (const d of docs) {
    const a = parseArticle(d.text);
    articles.set(d.path, a);
    perDoc.set(d.path, analyzeArticle(a));
  }
  const linked = linkCorpus(perDoc).documents;
  const index = new PassageIndex();
  const build = cpu(() => {
    for (const d of docs) {
      const a = linked.get(d.path)!;
      index.upsert(d.path, d.text, { quotes: a.quotes, entities: a.entities, article: articles.get(d.path) });
    }
  });
  let pairs = 0;
  const related = cpu(() => {
    for (const d of index.allDocs()) pairs += index.relatedDocs(d).length;
  });
  console.log(`passage index, ${scale}x the BBC corpus (${docs.length} articles), CPU ms: build ${build.toFixed(0)}, related articles ${related.toFixed(0)} (${pairs} related)`);
}

main();

// The name table's groups (by last word): the incremental attribution takes an answer about a name
// to be unchanged when that name's group is, so every answer must read its group only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findQuotes, prepareParagraph, quoteRangesByParagraph } from '../../src/core/quotes';
import { NameIndex, type NameInfo, type NameRun } from '../../src/core/quotes/names';
import { parseArticle } from '../../src/core/text';
import { ROOT } from './fixtures';

function fp(n: NameInfo | null): string {
  return n ? JSON.stringify([n.name, n.words, n.count, n.male, n.female, n.titled, n.org, n.modifier, [...n.roles]]) : '-';
}

/** Each paragraph's name runs, in order. */
function runsOf(text: string): NameRun[][] {
  const article = parseArticle(text);
  const quotes = findQuotes(article);
  const ranges = quoteRangesByParagraph(quotes);
  const content = (id: number) => text.slice(quotes[id]!.start, quotes[id]!.end);
  return article.paragraphs.filter((p) => !p.boilerplate).map((p) => prepareParagraph(text, p, ranges.get(p.index) ?? [], content).names);
}

function table(paras: readonly NameRun[][]): NameIndex {
  const index = new NameIndex();
  for (const runs of paras) for (const r of runs) index.addRun(r);
  return index;
}

describe('name table groups', () => {
  it('answer every question about a name from its group alone: same group, same answer', () => {
    const dir = path.join(ROOT, 'bench', 'corpus', 'bbc');
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 40 === 0);
    let same = 0;
    let changed = 0;
    for (const [n, f] of files.entries()) {
      const paras = runsOf(fs.readFileSync(path.join(dir, f), 'utf8'));
      const other = runsOf(fs.readFileSync(path.join(dir, files[(n + 1) % files.length]!), 'utf8'));
      const at = n % Math.max(1, paras.length);
      // the article, and the article with one paragraph taken out and another's put in its place
      const a = table(paras);
      const b = table([...paras.slice(0, at), other[n % other.length] ?? [], ...paras.slice(at + 1)]);
      const ga = a.groupFps(fp);
      const gb = b.groupFps(fp);
      assert.ok(ga && gb, `${f}: groups usable`);
      const questions = new Map<string, string[]>();
      for (const r of [...a.names.values(), ...b.names.values()]) {
        for (let i = 0; i < r.words.length; i++) questions.set(r.words.slice(i).join(' '), r.words.slice(i));
        questions.set(r.words.slice(0, -1).join(' '), r.words.slice(0, -1));
        questions.set(r.words[r.words.length - 1]! + ' Jr', [r.words[r.words.length - 1]!, 'Jr']);
      }
      for (const words of questions.values()) {
        const name = words.join(' ');
        const g = a.lookupGroup(words);
        const h = a.nameGroupOf(name);
        assert.equal(g, b.lookupGroup(words));
        assert.equal(h, b.nameGroupOf(name));
        const answers = (x: NameIndex) => [fp(x.lookup(words))];
        const about = (x: NameIndex) => [x.genderOf(name), x.isPerson(name), x.isTitled(name)];
        if (g !== null && ga.get(g) === gb.get(g)) {
          assert.deepStrictEqual(answers(b), answers(a), `${f}: lookup ${name}`);
          same++;
        } else changed++;
        if (h !== null && ga.get(h) === gb.get(h)) {
          assert.deepStrictEqual(about(b), about(a), `${f}: about ${name}`);
          same++;
        } else changed++;
      }
    }
    assert.ok(same > 1000 && changed > 100, `${same} questions in unchanged groups, ${changed} in changed ones`);
  });
});

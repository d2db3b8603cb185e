import assert from 'node:assert/strict';
import { globToRegExp, PathFilter } from '../../src/core/common/glob';
import { ArticleIndex, readArticles } from '../../src/core/corpus';
import { readSample, sampleFiles } from './fixtures';
import { memoryPort } from '../shared/memoryPort';

describe('glob patterns (article include/exclude settings)', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.{txt,md}', 'a.txt', true],
    ['**/*.{txt,md}', 'deep/er/b.md', true],
    ['**/*.{txt,md}', 'c.json', false],
    ['**/*.txt', 'a.txt.bak', false],
    ['articles/*.txt', 'articles/x.txt', true],
    ['articles/*.txt', 'articles/sub/x.txt', false],
    ['**/{node_modules,.git}/**', 'node_modules/p/readme.txt', true],
    ['**/{node_modules,.git}/**', 'src/node_modules/p/readme.txt', true],
    ['**/{node_modules,.git}/**', 'notes/modules.txt', false],
    ['file?.txt', 'file1.txt', true],
    ['[ab].txt', 'b.txt', true],
    ['a+b.txt', 'a+b.txt', true],
  ];
  for (const [glob, p, want] of cases) it(`${glob} ${want ? 'matches' : 'does not match'} ${p}`, () => assert.equal(globToRegExp(glob).test(p), want));

  it('an exclude wins over an include', () => {
    const f = new PathFilter('**/*.txt', '**/drafts/**');
    assert.equal(f.matches('a.txt'), true);
    assert.equal(f.matches('drafts/a.txt'), false);
  });
});

describe('readArticles', () => {
  const port = memoryPort;

  it('reads articles in path order, skipping non-articles and reporting bad files', async () => {
    const gone = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const { docs, errors } = await readArticles(
      port({ 'b.txt': 'B', 'a.md': 'A', 'x.json': '{}', 'bin.txt': new Uint8Array([1, 0, 2]), 'gone.txt': gone }),
    );
    assert.deepEqual(docs.map((d) => d.path), ['a.md', 'b.txt']);
    assert.deepEqual(errors, [
      { path: 'bin.txt', message: 'binary file (it contains NUL bytes), not a plain-text article' },
      { path: 'gone.txt', message: 'disappeared while being read' },
    ]);
  });

  it('a file the system refuses to read (permission denied) is named, and the others are read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { docs, errors } = await readArticles(port({ 'locked.txt': denied, 'ok.txt': 'The minister said nothing.' }));
    assert.deepEqual(docs.map((d) => d.path), ['ok.txt']);
    assert.deepEqual(errors, [{ path: 'locked.txt', message: 'cannot be read (permission denied)' }]);
  });

  it('skips files over the size limit with a message that says so', async () => {
    const { docs, errors } = await readArticles(port({ 'big.txt': 'x'.repeat(3 * 1048576) }), { maxBytes: 1048576 });
    assert.equal(docs.length, 0);
    assert.match(errors[0]!.message, /too large \(3\.0 MB; the limit is 1 MB\)/);
  });
});

describe('ArticleIndex', () => {
  const load = () => {
    const index = new ArticleIndex();
    for (const f of sampleFiles()) index.upsert(f, readSample(f));
    return index;
  };

  it('holds every article with its analysis', () => {
    const index = load();
    assert.equal(index.size, 5);
    assert.deepEqual(index.paths(), sampleFiles());
    assert.ok(index.analysis(sampleFiles()[0]!));
  });

  it('searches the full text with prefix and fuzzy matching', () => {
    const index = load();
    const shayrat = index.search('Shayrat');
    assert.deepEqual(shayrat.map((h) => h.path), ['002_25850ff43da0e0ff.txt']);
    assert.ok(index.search('Shayra').some((h) => h.path === '002_25850ff43da0e0ff.txt'), 'prefix');
    assert.ok(index.search('Shayrot').some((h) => h.path === '002_25850ff43da0e0ff.txt'), 'fuzzy');
    assert.equal(index.search('Tillerson').length, 5);
    assert.deepEqual(index.search('   '), []);
  });

  it('updates one article in place: old words go, new words come, unchanged text is not re-analysed', () => {
    const index = load();
    const before = index.analysis('000_bcb29d6ce618a839.txt');
    assert.equal(index.upsert('000_bcb29d6ce618a839.txt', readSample('000_bcb29d6ce618a839.txt')), before);
    index.upsert('002_25850ff43da0e0ff.txt', 'A short article about zeppelins.');
    assert.deepEqual(index.search('Shayrat'), []);
    assert.deepEqual(index.search('zeppelins').map((h) => h.path), ['002_25850ff43da0e0ff.txt']);
    assert.equal(index.size, 5);
  });

  it('removes and renames articles', () => {
    const index = load();
    index.rename('002_25850ff43da0e0ff.txt', 'renamed.txt');
    assert.deepEqual(index.search('Shayrat').map((h) => h.path), ['renamed.txt']);
    assert.equal(index.remove('renamed.txt'), true);
    assert.equal(index.remove('renamed.txt'), false);
    assert.deepEqual(index.search('Shayrat'), []);
    assert.equal(index.size, 4);
  });
});

describe('ArticleIndex: folder-wide names', () => {
  it('links entities and speakers across articles, and recomputes after a change', () => {
    const index = new ArticleIndex();
    index.upsert('a.txt', '“We will talk again,” Foreign Minister Sergey Lavrov said on Monday.');
    index.upsert('b.txt', 'Sergei Lavrov met the delegation. “The talks were useful,” Mr Lavrov said.');
    const speakers = () => [...index.linked().documents.values()].flatMap((d) => d.quotes.map((q) => q.speaker));
    assert.equal(new Set(speakers()).size, 1, speakers().join(', '));
    const first = index.linked();
    assert.equal(index.linked(), first, 'cached until something changes');
    index.remove('b.txt');
    assert.notEqual(index.linked(), first);
    assert.deepEqual([...index.linked().documents.keys()], ['a.txt']);
  });

  it('an article being typed in has its names looked up in the last linking; the folder is linked again when asked for exactly, or when anything else changes', () => {
    const index = new ArticleIndex();
    const texts = sampleFiles().map(readSample);
    sampleFiles().forEach((f, i) => index.upsert(f, texts[i]!));
    const full = index.linked();
    const edited = sampleFiles()[0]!;
    const linkedOf = (p: string) => index.linked().documents.get(p)!;
    // An edit that names nobody: the same names as a full linking of the folder gives.
    const calm = texts[0]!.replace(/\n\n/, '\n\nThe meeting lasted two hours.\n\n');
    index.upsert(edited, calm, { defer: true });
    assert.equal(index.linked(), full, 'the same linking, patched: the folder is not linked again');
    const exact = () => {
      const fresh = new ArticleIndex();
      sampleFiles().forEach((f, i) => fresh.upsert(f, i === 0 ? index.textOf(edited)! : texts[i]!));
      return fresh.linked().documents.get(edited)!;
    };
    assert.deepEqual(linkedOf(edited), exact());
    // A new mention of a known person under another spelling: the folder's canonical name, as a speaker too.
    const spelled = calm.replace(/\n\n/, '\n\n“We will meet again,” said Sergey Lavrov.\n\n');
    index.upsert(edited, spelled, { defer: true });
    const lavrov = linkedOf(edited).entities.find((m) => m.text === 'Sergey Lavrov');
    const canonical = exact().entities.find((m) => m.text === 'Sergey Lavrov')!.canonical;
    assert.equal(lavrov?.canonical, canonical);
    assert.equal(linkedOf(edited).quotes.find((q) => q.text.startsWith('We will meet again'))?.speaker, canonical);
    for (const p of sampleFiles().slice(1)) assert.equal(linkedOf(p), full.documents.get(p), 'the other articles are left as they were');
    // Asked for exactly: linked again, as a fresh index of the same texts links it.
    const relinked = index.linked({ exact: true });
    assert.notEqual(relinked, full);
    assert.deepEqual(relinked.documents.get(edited), exact());
    // Any other change (not an edit) links the folder again on the next call.
    index.upsert(sampleFiles()[1]!, texts[1]! + '\n\nA late paragraph.');
    assert.notEqual(index.linked(), relinked);
  });

  it('setOptions re-analyses every article with the analyst’s corrections', async () => {
    const { parseEntityOverrides } = await import('../../src/core/entities');
    const index = new ArticleIndex();
    index.upsert('a.txt', 'The Tomahawk missiles hit the base near Homs.');
    const names = () => index.analysis('a.txt')!.entities.map((e) => e.text);
    const before = names();
    index.setOptions({ entityOverrides: parseEntityOverrides('{"version":1,"entities":[{"name":"Tomahawk","type":"organization"}]}').overrides });
    assert.ok(names().includes('Tomahawk'), `${before.join(', ')} → ${names().join(', ')}`);
  });

  it('an article analysed again elsewhere (the editor, a slice at a time) replaces its analysis with upsert({ replace })', async () => {
    const { parseEntityOverrides } = await import('../../src/core/entities');
    const { analyzeText } = await import('../../src/core/corpus');
    const text = 'The Tomahawk missiles hit the base near Homs.';
    const index = new ArticleIndex();
    index.upsert('a.txt', text);
    const options = { entityOverrides: parseEntityOverrides('{"version":1,"entities":[{"name":"Tomahawk","type":"organization"}]}').overrides };
    const old = index.analysis('a.txt');
    const version = index.version;
    index.setOptions(options, () => undefined);
    assert.equal(index.analysis('a.txt'), old, 'left for the caller');
    assert.ok(index.version > version, 'the corpus changed (its options)');
    const fresh = analyzeText(text, options);
    assert.equal(index.upsert('a.txt', text, { analysis: fresh }), old, 'the same text without replace: nothing to do');
    assert.equal(index.upsert('a.txt', text, { analysis: fresh, replace: true }), fresh);
    assert.equal(index.analysis('a.txt'), fresh);
    assert.ok(index.linked().documents.get('a.txt')!.entities.some((e) => e.text === 'Tomahawk' && e.type === 'organization'));
  });
});

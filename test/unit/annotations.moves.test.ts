import assert from 'node:assert/strict';
import {
  anchorAnnotation,
  AnnotationStore,
  layoutFromSetting,
  MemoryFileSystem,
  movedPath,
  readSidecar,
  rewriteSources,
  serializeSidecar,
  sourceFixer,
  withSources,
  type Annotation,
  type SidecarDocument,
  type TextSpan,
} from '../../src/core/annotations';
import { readSample } from './fixtures';

const TEXT = readSample('000_bcb29d6ce618a839.txt');
const OTHER = readSample('001_ccdd08a9bed3a08f.txt');
const span = (claim: string, text = TEXT): TextSpan => {
  const start = text.indexOf(claim);
  assert.ok(start >= 0, claim);
  return { start, end: start + claim.length };
};

function newStore(fs: MemoryFileSystem, folder = '') {
  let n = 0;
  let t = Date.parse('2026-05-01T09:00:00Z');
  return new AnnotationStore(fs, {
    layout: layoutFromSetting(folder),
    now: () => new Date((t += 1000)),
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    creator: { type: 'Person', name: 'Ana' },
  });
}

/** What the editor does on disk: moves a file, or a folder and everything under it. */
function mv(fs: MemoryFileSystem, from: string, to: string): void {
  for (const [p, b] of [...fs.files]) {
    const q = movedPath(p, from, to);
    if (q === undefined) continue;
    assert.ok(!fs.files.has(q), `${q} exists`);
    fs.files.delete(p);
    fs.files.set(q, b);
  }
}

const docOf = (fs: MemoryFileSystem, p: string): SidecarDocument => {
  const r = readSidecar(fs.files.get(p)!, p);
  assert.equal(r.kind, 'ok', r.kind === 'invalid' ? r.error.message : r.kind);
  return (r as { doc: SidecarDocument }).doc;
};
const sources = (d: SidecarDocument) => [d.source, ...d.annotations.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]).map((t) => t.source))];

/** news/a.txt with a claim linked to wapo/b.txt, and wapo/b.txt with a claim linked to news/a.txt. */
async function corpus(folder = '') {
  const fs = new MemoryFileSystem({ 'news/a.txt': TEXT, 'wapo/b.txt': OTHER });
  const store = newStore(fs, folder);
  const a = await store.add('news/a.txt', TEXT, span('low level of trust'), { verdict: 'disputed' });
  await store.addAppearance('news/a.txt', a.id, 'wapo/b.txt', OTHER, span('low point', OTHER));
  const b = await store.add('wapo/b.txt', OTHER, span('low point', OTHER), { tags: ['relations'] });
  await store.addAppearance('wapo/b.txt', b.id, 'news/a.txt', TEXT, span('Rex Tillerson'));
  await store.flush();
  return { fs, store, a, b };
}

describe('annotations: articles that move', () => {
  it('movedPath: a file, or a folder and what is under it; nothing else', () => {
    assert.equal(movedPath('news/a.txt', 'news/a.txt', 'news/b.txt'), 'news/b.txt');
    assert.equal(movedPath('news/a.txt', 'news', 'archive/news'), 'archive/news/a.txt');
    assert.equal(movedPath('news/a.txt.annotations.json', 'news/a.txt', 'news/b.txt'), undefined);
    assert.equal(movedPath('newsroom/a.txt', 'news', 'archive'), undefined);
  });

  it('sourceFixer: the article’s own name, appearances relative to its new folder, other moved articles; URLs kept', () => {
    const renamed = sourceFixer('news/a.txt', 'news/b.txt', () => undefined);
    assert.equal(renamed('a.txt'), 'b.txt');
    assert.equal(renamed('../wapo/c.txt'), undefined);
    const moved = sourceFixer('news/a.txt', 'archive/2017/a.txt', () => undefined);
    assert.equal(moved('a.txt'), undefined);
    assert.equal(moved('../wapo/c.txt'), '../../wapo/c.txt');
    assert.equal(moved('sibling.txt'), '../../news/sibling.txt');
    assert.equal(moved('https://example.org/a.txt'), undefined);
    const other = sourceFixer('wapo/c.txt', 'wapo/c.txt', (p) => (p === 'news/a.txt' ? 'news/b.txt' : undefined));
    assert.equal(other('../news/a.txt'), '../news/b.txt');
    assert.equal(other('c.txt'), undefined);
    assert.equal(other('../news/z.txt'), undefined);
  });

  it('rewriteSources changes only the source values: formatting, key order, escapes, BOM and unknown fields stay byte for byte', () => {
    const hand =
      '\uFEFF{\r\n    "annotations": [ { "id": "urn:x", "note \\"source\\"": "source",\r\n' +
      '        "target": [ {"selector": [], "source"  :   "a.txt"}, { "source":"../wapo/b.txt", "x": {"source": 5} } ],\r\n' +
      '        "body": [{"source": "https://example.org/a.txt", "value": "caf\\u00e9"}] } ],\r\n' +
      '    "source": "a.txt", "version": 1, "extra": ["source", "a.txt"]\r\n}\r\n';
    const fix = sourceFixer('news/a.txt', 'archive/news/b.txt', () => undefined);
    const out = rewriteSources(hand, fix);
    assert.equal(
      out,
      hand.replace('"source"  :   "a.txt"', '"source"  :   "b.txt"').replace('"source":"../wapo/b.txt"', '"source":"../../wapo/b.txt"').replace('"source": "a.txt", "version"', '"source": "b.txt", "version"'),
    );
    assert.deepEqual(JSON.parse(out.slice(1)), withSources(JSON.parse(hand.slice(1)), fix));
    assert.equal(rewriteSources(hand, () => undefined), hand);
  });

  it('a renamed article takes its sidecar along: annotations, places and links follow; only the source fields change', async () => {
    const { fs, store, a } = await corpus();
    const before = fs.text('news/a.txt.annotations.json')!;
    const seen: string[] = [];
    store.onDidChange((p) => seen.push(p));
    // As VS Code does it: the sidecar first (the participant's edit), then the article.
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    assert.deepEqual(store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json'), [{ from: 'news/a.txt', to: 'news/a2.txt' }]);
    mv(fs, 'news/a.txt', 'news/a2.txt');
    assert.deepEqual(store.moved('news/a.txt', 'news/a2.txt'), []);
    await store.flush();
    assert.equal(store.get('news/a.txt'), undefined);
    assert.deepEqual(store.get('news/a2.txt')!.annotations.map((x) => x.id), [a.id]);
    assert.ok(seen.includes('news/a.txt') && seen.includes('news/a2.txt'));
    assert.deepEqual([...fs.files.keys()].sort(), ['news/a2.txt', 'news/a2.txt.annotations.json', 'wapo/b.txt', 'wapo/b.txt.annotations.json']);
    assert.equal(fs.text('news/a2.txt.annotations.json'), before.replaceAll('"source": "a.txt"', '"source": "a2.txt"'));
    assert.deepEqual(sources(docOf(fs, 'wapo/b.txt.annotations.json')), ['b.txt', 'b.txt', '../news/a2.txt']);
    assert.equal(anchorAnnotation(TEXT, store.get('news/a2.txt')!.annotations[0]!).status, 'exact');
    assert.deepEqual(store.appearancesIn('news/a2.txt').map((x) => x.homeArticle), ['wapo/b.txt']);
  });

  it('a renamed article with a broken sidecar: its recovery files are listed where they moved, and later notes go on naming the article where it is', async () => {
    const fs = new MemoryFileSystem({ 'news/a.txt': TEXT, 'news/a.txt.annotations.json': '{' });
    const store = newStore(fs);
    await store.load('news/a.txt');
    const rec = await store.keepInRecoveryFile('news/a.txt', TEXT, span('low level of trust'), { note: 'first' });
    assert.match(rec, /^news\/a\.txt\.annotations\.recovered-\d{8}T\d{6}Z\.json$/);
    const moved = rec.replace('news/a.txt.', 'news/a2.txt.');
    // As VS Code does it: the sidecar and its recovery file (the participant's edit), then the article.
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    mv(fs, rec, moved);
    store.moved(rec, moved);
    mv(fs, 'news/a.txt', 'news/a2.txt');
    store.moved('news/a.txt', 'news/a2.txt');
    assert.deepEqual(store.get('news/a2.txt')!.recoveryFiles, [moved]);
    assert.equal(store.get('news/a.txt'), undefined);
    // The next note kept goes to the same (moved) recovery file, which now names a2.txt.
    assert.equal(await store.keepInRecoveryFile('news/a2.txt', TEXT, span('two hours'), { note: 'second' }), moved);
    assert.deepEqual([...fs.files.keys()].sort(), ['news/a2.txt', 'news/a2.txt.annotations.json', moved].sort());
    const doc = docOf(fs, moved);
    assert.equal(doc.annotations.length, 2, 'both notes, in one file');
    assert.deepEqual([...new Set(sources(doc))], ['a2.txt']);
    // A folder moved: the recovery file in it too.
    mv(fs, 'news', 'archive/news');
    store.moved('news', 'archive/news');
    assert.deepEqual(store.get('archive/news/a2.txt')!.recoveryFiles, [moved.replace('news/', 'archive/news/')]);
  });

  it('linksAcross: the links a move to another workspace folder cannot take along, both ways', async () => {
    const { store } = await corpus();
    const count = (path: string) => {
      const { leaving, entering } = store.linksAcross(path);
      return [leaving.map((x) => x.homeArticle), entering.map((x) => x.homeArticle)];
    };
    assert.deepEqual(count('news/a.txt'), [['news/a.txt'], ['wapo/b.txt']]);
    assert.deepEqual(count('news'), [['news/a.txt'], ['wapo/b.txt']]);
    assert.deepEqual(count(''), [[], []], 'everything moves: every link with it');
    assert.deepEqual(count('elsewhere'), [[], []]);
  });

  it('arrived: a sidecar that came from another workspace folder names its article by its new name; other links are kept as they were', async () => {
    const { fs } = await corpus();
    const before = fs.text('news/a.txt.annotations.json')!;
    // What the other folder's store finds after the move (same relative paths: the folder's root differs).
    const there = new MemoryFileSystem({ 'in/moved.txt': TEXT, 'in/moved.txt.annotations.json': before });
    const other = newStore(there);
    await other.load('in/moved.txt');
    await other.arrived('in/moved.txt', 'news/a.txt');
    await other.flush();
    assert.equal(there.text('in/moved.txt.annotations.json'), before.replaceAll('"source": "a.txt"', '"source": "moved.txt"'), 'only the article’s own name changed, byte for byte');
    assert.ok(before.includes('"source": "../wapo/b.txt"') && there.text('in/moved.txt.annotations.json')!.includes('"source": "../wapo/b.txt"'), 'the link is kept');
  });

  it('a hand-formatted sidecar keeps its formatting when its article is renamed', async () => {
    const at = span('low level of trust');
    const hand = [
      '{',
      '    "version": 1,',
      '    "source": "a.txt",',
      '    "annotations": [{',
      '        "id": "urn:uuid:4b3d2a10-0000-4000-8000-000000000001", "type": "Annotation", "@context": "http://www.w3.org/ns/anno.jsonld",',
      '        "motivation": "tagging", "created": "2026-05-01T09:30:00Z", "modified": "2026-05-01T09:30:00Z",',
      '        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "trust"}],',
      `        "target": {"source": "a.txt", "selector": [{"type": "TextPositionSelector", "start": ${at.start}, "end": ${at.end}}, {"type": "TextQuoteSelector", "exact": "low level of trust"}]}`,
      '    }]',
      '}',
      '',
    ].join('\n');
    const fs = new MemoryFileSystem({ 'news/a.txt': TEXT, 'news/a.txt.annotations.json': hand });
    const store = newStore(fs);
    await store.load('news/a.txt');
    mv(fs, 'news/a.txt.annotations.json', 'news/renamed.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/renamed.txt.annotations.json');
    await store.flush();
    assert.equal(fs.text('news/renamed.txt.annotations.json'), hand.replaceAll('"source": "a.txt"', '"source": "renamed.txt"'));
  });

  it('an undo moves the article back first and the sidecar after it: every file ends as it was, byte for byte', async () => {
    const { fs, store } = await corpus();
    const original = new Map([...fs.files].map(([p, b]) => [p, Buffer.from(b).toString()]));
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    mv(fs, 'news/a.txt', 'news/a2.txt');
    store.moved('news/a.txt', 'news/a2.txt');
    await store.flush();
    // Undo: the article, then (a moment later) its sidecar.
    const writes = fs.writes;
    mv(fs, 'news/a2.txt', 'news/a.txt');
    store.moved('news/a2.txt', 'news/a.txt');
    await store.flush();
    assert.equal(fs.writes - writes, 1, 'only the link in wapo/b.txt’s sidecar: the sidecar about to move back is not written');
    assert.ok(!fs.files.has('news/a.txt.annotations.json'));
    mv(fs, 'news/a2.txt.annotations.json', 'news/a.txt.annotations.json');
    store.moved('news/a2.txt.annotations.json', 'news/a.txt.annotations.json');
    await store.flush();
    assert.deepEqual(new Map([...fs.files].map(([p, b]) => [p, Buffer.from(b).toString()])), original);
    assert.equal(store.get('news/a.txt')!.annotations.length, 1);
  });

  it('a folder moved deeper: its sidecars go along, links out of it get one more ../, links into it follow', async () => {
    const { fs, store, a, b } = await corpus();
    mv(fs, 'news', 'archive/2017/news');
    assert.deepEqual(store.moved('news', 'archive/2017/news'), [{ from: 'news/a.txt', to: 'archive/2017/news/a.txt' }]);
    await store.flush();
    const moved = docOf(fs, 'archive/2017/news/a.txt.annotations.json');
    assert.deepEqual(sources(moved), ['a.txt', 'a.txt', '../../../wapo/b.txt']);
    assert.deepEqual(sources(docOf(fs, 'wapo/b.txt.annotations.json')), ['b.txt', 'b.txt', '../archive/2017/news/a.txt']);
    assert.deepEqual(store.get('archive/2017/news/a.txt')!.annotations.map((x) => x.id), [a.id]);
    assert.deepEqual(store.appearancesIn('archive/2017/news/a.txt').map((x) => x.annotation.id), [b.id]);
    assert.deepEqual(store.appearancesIn('wapo/b.txt').map((x) => x.annotation.id), [a.id]);
  });

  it('mirror layout: the mirror folder moves with its folder of articles, links between them stay, and an undo (articles first) puts every file back', async () => {
    const M = '.crosscheck/annotations';
    const { fs, store, a } = await corpus(M);
    fs.set('news/c.txt', OTHER);
    await store.addAppearance('news/a.txt', a.id, 'news/c.txt', OTHER, span('low point', OTHER));
    await store.flush();
    const original = new Map([...fs.files].map(([p, b]) => [p, Buffer.from(b).toString()]));
    // Forward, as VS Code does it: the participant's edit (the mirror folder), then the folder.
    mv(fs, `${M}/news`, `${M}/desk`);
    assert.deepEqual(store.moved(`${M}/news`, `${M}/desk`), [{ from: 'news/a.txt', to: 'desk/a.txt' }]);
    mv(fs, 'news', 'desk');
    assert.deepEqual(store.moved('news', 'desk'), []);
    await store.flush();
    assert.deepEqual([...fs.files.keys()].sort(), [`${M}/desk/a.txt.annotations.json`, `${M}/wapo/b.txt.annotations.json`, 'desk/a.txt', 'desk/c.txt', 'wapo/b.txt']);
    assert.deepEqual(store.get('desk/a.txt')!.annotations.map((x) => x.id), [a.id]);
    assert.deepEqual(sources(docOf(fs, `${M}/desk/a.txt.annotations.json`)), ['a.txt', 'a.txt', '../wapo/b.txt', 'c.txt']);
    assert.deepEqual(sources(docOf(fs, `${M}/wapo/b.txt.annotations.json`)), ['b.txt', 'b.txt', '../desk/a.txt']);
    // Undo: the folder of articles first, then the mirror folder. Nothing is written into the
    // mirror folder while it waits to move back.
    const writes = fs.writes;
    mv(fs, 'desk', 'news');
    store.moved('desk', 'news');
    await store.flush();
    assert.equal(fs.writes - writes, 1, 'only wapo/b.txt’s link');
    mv(fs, `${M}/desk`, `${M}/news`);
    store.moved(`${M}/desk`, `${M}/news`);
    await store.flush();
    assert.deepEqual(new Map([...fs.files].map(([p, b]) => [p, Buffer.from(b).toString()])), original);
  });

  it('holds writes while the sidecar moves: a change made meanwhile is written at the new place, never at the old one', async () => {
    const { fs, store, a } = await corpus();
    await store.hold(['news/a.txt']);
    await store.update('news/a.txt', a.id, { note: 'written during the rename' });
    await store.flush();
    assert.ok(!fs.text('news/a.txt.annotations.json')!.includes('written during'), 'held');
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    await store.flush();
    assert.ok(!fs.files.has('news/a.txt.annotations.json'));
    const d = docOf(fs, 'news/a2.txt.annotations.json');
    assert.ok(JSON.stringify(d).includes('written during the rename'));
    assert.equal(d.source, 'a2.txt');
    // release() lets a hold go when the sidecar did not move.
    await store.hold(['wapo/b.txt']);
    const b = store.get('wapo/b.txt')!.annotations[0]!;
    await store.update('wapo/b.txt', b.id, { note: 'later' });
    store.release(['wapo/b.txt']);
    await store.flush();
    assert.ok(fs.text('wapo/b.txt.annotations.json')!.includes('later'));
  });

  it('a file watcher’s late news about the old path (a reload under way while the sidecar moves) never empties it', async () => {
    const { fs, store, a } = await corpus();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const read = fs.readFileIfExists.bind(fs);
    fs.readFileIfExists = async (p: string) => {
      if (p === 'news/a.txt.annotations.json') await gate;
      return read(p);
    };
    const reloading = store.reload('news/a.txt'); // the watcher saw the sidecar change a moment ago
    await new Promise((r) => setTimeout(r, 5));
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    open();
    await reloading;
    await store.flush();
    assert.deepEqual(store.get('news/a2.txt')!.annotations.map((x) => x.id), [a.id]);
    assert.equal(docOf(fs, 'news/a2.txt.annotations.json').annotations.length, 1);
    // Read between the move on disk and the news of it: held (a move is under way), nothing is dropped.
    fs.readFileIfExists = read;
    await store.hold(['news/a2.txt']);
    mv(fs, 'news/a2.txt.annotations.json', 'news/a3.txt.annotations.json');
    await store.reload('news/a2.txt');
    assert.equal(store.get('news/a2.txt')!.annotations.length, 1);
    store.moved('news/a2.txt.annotations.json', 'news/a3.txt.annotations.json');
    await store.flush();
    assert.deepEqual(store.get('news/a3.txt')!.annotations.map((x) => x.id), [a.id]);
  });

  it('a sidecar with pending changes, or in an older format, is written in the canonical form', async () => {
    const { fs, store, a } = await corpus();
    await store.hold(['news/a.txt']);
    await store.update('news/a.txt', a.id, { tags: ['pending'] });
    mv(fs, 'news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    store.moved('news/a.txt.annotations.json', 'news/a2.txt.annotations.json');
    await store.flush();
    const d = docOf(fs, 'news/a2.txt.annotations.json');
    assert.equal(fs.text('news/a2.txt.annotations.json'), serializeSidecar(d));
    assert.deepEqual(sources(d), ['a2.txt', 'a2.txt', '../wapo/b.txt']);
    assert.ok((d.annotations[0] as Annotation).body.some((x) => x.value === 'pending'));
  });
});

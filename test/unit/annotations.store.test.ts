import assert from 'node:assert/strict';
import {
  anchorAnnotation,
  AnnotationsUnavailableError,
  AnnotationStore,
  applyEdits,
  layoutFromSetting,
  mapSpans,
  MemoryFileSystem,
  noteOf,
  readSidecar,
  serializeSidecar,
  SidecarWriteError,
  tagsOf,
  verdictOf,
  type Annotation,
  type SidecarDocument,
  type TextEdit,
  type TextSpan,
  type Verdict,
} from '../../src/core/annotations';
import { int, pick, prng, wordSpan, words } from './annotations.helpers.test';
import { readSample } from './fixtures';

const TEXT = readSample('000_bcb29d6ce618a839.txt');
const span = (claim: string, text = TEXT): TextSpan => {
  const start = text.indexOf(claim);
  assert.ok(start >= 0, claim);
  return { start, end: start + claim.length };
};

function clock(start = Date.parse('2026-05-01T09:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

function ids() {
  let n = 0;
  return () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function newStore(fs: MemoryFileSystem, extra: Partial<ConstructorParameters<typeof AnnotationStore>[1]> = {}) {
  return new AnnotationStore(fs, { now: clock(), newId: ids(), creator: { type: 'Person', name: 'Ana' }, ...extra });
}

/** A port that records the order of writes and fails if two writes to one file overlap. */
class WatchedFs extends MemoryFileSystem {
  inFlight = new Set<string>();
  log: string[] = [];
  override async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    assert.ok(!this.inFlight.has(path), `two writes to ${path} at once`);
    this.inFlight.add(path);
    try {
      await new Promise((r) => setTimeout(r, 1));
      await super.writeFileAtomic(path, data);
      this.log.push(path);
    } finally {
      this.inFlight.delete(path);
    }
  }
}

const docOf = (fs: MemoryFileSystem, p: string): SidecarDocument => {
  const r = readSidecar(fs.files.get(p)!, p);
  assert.equal(r.kind, 'ok', r.kind === 'invalid' ? r.error.message : r.kind);
  return (r as { doc: SidecarDocument }).doc;
};

describe('annotations: the store', () => {
  it('adds, changes and removes annotations, and writes them to the sidecar next to the article', async () => {
    const fs = new MemoryFileSystem({ 'news/a.txt': TEXT });
    const store = newStore(fs);
    assert.deepEqual((await store.load('news/a.txt')).annotations, []);
    const a = await store.add('news/a.txt', TEXT, span('low level of trust'), { verdict: 'disputed', note: 'Reuters: *some* trust.', tags: ['trust'] });
    const b = await store.add('news/a.txt', TEXT, span('Rex Tillerson'), { tags: ['people'] });
    await store.update('news/a.txt', b.id, { note: 'US secretary of state' });
    await store.flush();
    const d = docOf(fs, 'news/a.txt.annotations.json');
    assert.equal(d.source, 'a.txt');
    assert.deepEqual(d.annotations.map((x) => x.id), [b.id, a.id]); // by start offset
    assert.equal(noteOf(d.annotations[0]!), 'US secretary of state');
    assert.deepEqual(d.annotations[1]!.creator, { type: 'Person', name: 'Ana' });
    assert.equal(fs.text('news/a.txt.annotations.json'), serializeSidecar(d));
    await store.remove('news/a.txt', b.id);
    await store.flush();
    assert.deepEqual(docOf(fs, 'news/a.txt.annotations.json').annotations.map((x) => x.id), [a.id]);
    // A second store (another window, the next session) reads the same.
    const again = await newStore(fs).load('news/a.txt');
    assert.equal(verdictOf(again.annotations[0]!), 'disputed');
    assert.equal(anchorAnnotation(TEXT, again.annotations[0]!).status, 'exact');
  });

  it('a mirror layout keeps sidecars under .crosscheck/annotations/', async () => {
    const fs = new MemoryFileSystem({ 'news/a.txt': TEXT });
    const store = newStore(fs, { layout: layoutFromSetting('.crosscheck/annotations') });
    await store.add('news/a.txt', TEXT, span('low level of trust'));
    await store.flush();
    assert.deepEqual([...fs.files.keys()].sort(), ['.crosscheck/annotations/news/a.txt.annotations.json', 'news/a.txt']);
  });

  it('serialises writes per file and coalesces bursts; flush() waits for them', async () => {
    const fs = new WatchedFs({ 'a.txt': TEXT, 'b.txt': TEXT });
    const store = newStore(fs);
    const claims = ['low level of trust', 'Rex Tillerson', 'Vladimir Putin', 'Sergei Lavrov', 'two hours'];
    // A burst: 5 adds to one article and 5 to another, not awaited one by one.
    await Promise.all(claims.flatMap((c) => [store.add('a.txt', TEXT, span(c)), store.add('b.txt', TEXT, span(c))]));
    // Then changes while the first writes are in flight.
    const first = (await store.load('a.txt')).annotations[0]!;
    for (let i = 0; i < 20; i++) await store.update('a.txt', first.id, { note: `draft ${i}` });
    assert.equal(store.get('a.txt')!.pendingWrite, true);
    await store.flush();
    assert.equal(store.get('a.txt')!.pendingWrite, false);
    assert.ok(fs.log.filter((p) => p === 'a.txt.annotations.json').length <= 6, fs.log.join(' '));
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 5);
    assert.equal(noteOf(docOf(fs, 'a.txt.annotations.json').annotations.find((x) => x.id === first.id)!), 'draft 19');
    assert.equal(docOf(fs, 'b.txt.annotations.json').annotations.length, 5);
  });

  it('does not create a sidecar until there is something to write; notifies listeners', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const store = newStore(fs);
    const seen: string[] = [];
    store.onDidChange((p) => seen.push(p));
    await store.load('a.txt');
    await store.flush();
    assert.equal(fs.files.has('a.txt.annotations.json'), false);
    await store.add('a.txt', TEXT, span('two hours'));
    await store.flush();
    assert.ok(seen.length >= 1 && seen.every((p) => p === 'a.txt'));
  });

  it('a listener that throws: the change stands, the other listeners are called, and the error is reported', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const reported: string[] = [];
    const store = newStore(fs, { onListenerError: (e, p) => reported.push(`${p}: ${(e as Error).message}`) });
    const seen: string[] = [];
    store.onDidChange(() => {
      throw new Error('view gone');
    });
    store.onDidChange((p) => seen.push(p));
    await store.load('a.txt');
    await store.add('a.txt', TEXT, span('two hours'));
    await store.flush();
    assert.ok(seen.length >= 1, 'the second listener was called');
    assert.ok(reported.length >= 1 && reported.every((r) => r === 'a.txt: view gone'), reported.join('; '));
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 1, 'the change was saved');
  });

  it('refuses a span outside the text or an empty one', async () => {
    const store = newStore(new MemoryFileSystem({ 'a.txt': TEXT }));
    await assert.rejects(store.add('a.txt', TEXT, { start: 5, end: 5 }), RangeError);
    await assert.rejects(store.add('a.txt', TEXT, { start: 0, end: TEXT.length + 1 }), RangeError);
  });
});

describe('annotations: a sidecar that cannot be used', () => {
  const corrupt: [string, string][] = [
    ['not JSON', '{ "version": 1, "source": "a.txt", "annotations": [ { "id": '],
    ['a verdict misspelt', JSON.stringify({ version: 1, source: 'a.txt', annotations: [{ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation', motivation: 'assessing', created: '2026-05-01T09:00:00Z', modified: '2026-05-01T09:00:00Z', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'dispted' }], target: { source: 'a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'trust' }] } }] })],
  ];
  for (const [name, body] of corrupt) {
    it(`${name}: the error names the file and the problem; the file stays byte-identical; other articles work`, async () => {
      const fs = new WatchedFs({ 'a.txt': TEXT, 'a.txt.annotations.json': body, 'b.txt': TEXT });
      const before = fs.files.get('a.txt.annotations.json')!.slice();
      const store = newStore(fs);
      const snap = await store.load('a.txt');
      assert.equal(snap.status, 'invalid');
      assert.match(snap.problem!, name === 'not JSON' ? /^a\.txt\.annotations\.json: not valid JSON/ : /^a\.txt\.annotations\.json: \$\.annotations\[0\]\.body\[0\]\.value: "dispted" is not a verdict/);
      await assert.rejects(store.add('a.txt', TEXT, span('low level of trust'), { note: 'new' }), (e: Error) => e instanceof AnnotationsUnavailableError && /a\.txt\.annotations\.json/.test(e.message) && e.message.includes(snap.problem!));
      await assert.rejects(store.update('a.txt', 'urn:x:1', { note: 'x' }), AnnotationsUnavailableError);
      await assert.rejects(store.remove('a.txt', 'urn:x:1'), AnnotationsUnavailableError);
      await store.refreshPlaces('a.txt', TEXT, [{ homeArticle: 'a.txt', id: 'urn:x:1', target: 0, span: span('trust') }]);
      // Other articles are unaffected.
      await store.add('b.txt', TEXT, span('low level of trust'), { note: 'fine' });
      await store.flush();
      assert.deepEqual(fs.files.get('a.txt.annotations.json'), before);
      assert.ok(!fs.log.includes('a.txt.annotations.json'));
      assert.equal(docOf(fs, 'b.txt.annotations.json').annotations.length, 1);
      // The analyst's new note is not lost: kept in a recovery file on request.
      const rec = await store.keepInRecoveryFile('a.txt', TEXT, span('low level of trust'), { note: 'my note' });
      const rec2 = await store.keepInRecoveryFile('a.txt', TEXT, span('two hours'), { note: 'second' });
      assert.equal(rec, rec2);
      assert.match(rec, /^a\.txt\.annotations\.recovered-\d{8}T\d{6}Z\.json$/);
      assert.deepEqual(docOf(fs, rec).annotations.map(noteOf).sort(), ['my note', 'second']);
      assert.deepEqual(fs.files.get('a.txt.annotations.json'), before);
      assert.deepEqual(store.get('a.txt')!.recoveryFiles, [rec]);
    });
  }

  it('once fixed on disk, reload() makes the article writable again', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT, 'a.txt.annotations.json': '{' });
    const store = newStore(fs);
    assert.equal((await store.load('a.txt')).status, 'invalid');
    fs.set('a.txt.annotations.json', JSON.stringify({ version: 1, source: 'a.txt', annotations: [] }));
    assert.equal((await store.reload('a.txt')).status, 'ok');
    await store.add('a.txt', TEXT, span('two hours'));
    await store.flush();
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 1);
  });

  it('a sidecar from a newer Crosscheck is read-only, with its annotations shown', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const writer = newStore(fs);
    await writer.add('a.txt', TEXT, span('two hours'), { note: 'n' });
    await writer.flush();
    const newer = fs.text('a.txt.annotations.json')!.replace('"version": 1', '"version": 3');
    fs.set('a.txt.annotations.json', newer);
    const store = newStore(fs);
    const snap = await store.load('a.txt');
    assert.equal(snap.status, 'readOnly');
    assert.equal(snap.annotations.length, 1);
    assert.match(snap.problem!, /newer version of Crosscheck \(format version 3/);
    await assert.rejects(store.update('a.txt', snap.annotations[0]!.id, { note: 'x' }), /read-only/);
    await store.flush();
    assert.equal(fs.text('a.txt.annotations.json'), newer);
  });

  it('an older format is migrated in memory and rewritten as version 1 only when changed', async () => {
    const v0 = JSON.stringify({ article: 'a.txt', notes: [{ id: 'n1', quote: 'two hours', note: 'old note', status: 'confirmed' }] });
    const fs = new MemoryFileSystem({ 'a.txt': TEXT, 'a.txt.annotations.json': v0 });
    const store = newStore(fs);
    const snap = await store.load('a.txt');
    assert.equal(snap.migratedFrom, 0);
    await store.flush();
    assert.equal(fs.text('a.txt.annotations.json'), v0);
    await store.update('a.txt', 'urn:crosscheck:note:n1', { tags: ['time'] });
    await store.flush();
    const d = docOf(fs, 'a.txt.annotations.json');
    assert.equal(d.version, 1);
    assert.deepEqual([noteOf(d.annotations[0]!), verdictOf(d.annotations[0]!), tagsOf(d.annotations[0]!)], ['old note', 'confirmed', ['time']]);
    assert.equal(store.get('a.txt')!.migratedFrom, undefined);
  });
});

describe('annotations: changes on disk while the store has its own', () => {
  it('merges by id with what another window wrote', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const one = newStore(fs);
    const x = await one.add('a.txt', TEXT, span('low level of trust'), { note: 'x' });
    await one.flush();
    const two = newStore(fs, { newId: () => `urn:uuid:${'2'.repeat(8)}-0000-4000-8000-000000000001` });
    await two.load('a.txt');
    const y = await two.add('a.txt', TEXT, span('two hours'), { note: 'y from two' });
    await two.flush();
    // Window one has not seen y; it changes x and adds z.
    await one.update('a.txt', x.id, { note: 'x changed in one' });
    const z = await one.add('a.txt', TEXT, span('Vladimir Putin'), { note: 'z' });
    await one.flush();
    const d = docOf(fs, 'a.txt.annotations.json');
    assert.deepEqual(new Map(d.annotations.map((a) => [a.id, noteOf(a)])), new Map([[x.id, 'x changed in one'], [y.id, 'y from two'], [z.id, 'z']]));
    assert.deepEqual(one.get('a.txt')!.recoveryFiles, []);
  });

  it('both changed the same note: ours is kept, theirs goes to a recovery file', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const one = newStore(fs);
    const x = await one.add('a.txt', TEXT, span('low level of trust'), { note: 'base' });
    await one.flush();
    const two = newStore(fs);
    await two.load('a.txt');
    await two.update('a.txt', x.id, { note: 'theirs' });
    await two.flush();
    await one.update('a.txt', x.id, { note: 'ours' });
    await one.flush();
    assert.equal(noteOf(docOf(fs, 'a.txt.annotations.json').annotations[0]!), 'ours');
    const [rec] = one.get('a.txt')!.recoveryFiles;
    assert.equal(noteOf(docOf(fs, rec!).annotations[0]!), 'theirs');
  });

  it('the file was broken by a hand edit while we had changes: not overwritten, our changes kept aside', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const store = newStore(fs);
    const x = await store.add('a.txt', TEXT, span('low level of trust'), { note: 'saved' });
    await store.flush();
    const broken = fs.text('a.txt.annotations.json')!.replace('"saved"', '"saved" oops');
    fs.set('a.txt.annotations.json', broken);
    await store.update('a.txt', x.id, { note: 'pending change' });
    await store.flush();
    assert.equal(fs.text('a.txt.annotations.json'), broken);
    const snap = store.get('a.txt')!;
    assert.equal(snap.status, 'invalid');
    assert.equal(noteOf(docOf(fs, snap.recoveryFiles[0]!).annotations[0]!), 'pending change');
    await assert.rejects(store.update('a.txt', x.id, { note: 'more' }), AnnotationsUnavailableError);
  });

  it('our own writes do not count as outside changes', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const store = newStore(fs);
    await store.add('a.txt', TEXT, span('two hours'));
    await store.flush();
    const writes = fs.writes;
    await store.reload('a.txt');
    await store.flush();
    assert.equal(fs.writes, writes);
  });
});

describe('annotations: writes that fail', () => {
  it('are retried; flush() reports what it could not write and keeps it in memory', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const store = newStore(fs);
    fs.failWrites = 1;
    await store.add('a.txt', TEXT, span('two hours'), { note: 'n1' });
    await store.flush(); // the failed write is retried
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 1);
    fs.failWrites = 100;
    await store.add('a.txt', TEXT, span('Vladimir Putin'), { note: 'n2' });
    await assert.rejects(store.flush(), (e: Error) => e instanceof SidecarWriteError && /a\.txt\.annotations\.json \(ENOSPC/.test(e.message));
    assert.match(store.get('a.txt')!.writeError!, /ENOSPC/);
    assert.equal(store.get('a.txt')!.annotations.length, 2);
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 1); // the old file, intact
    fs.failWrites = 0;
    await store.flush();
    assert.equal(docOf(fs, 'a.txt.annotations.json').annotations.length, 2);
    assert.equal(store.get('a.txt')!.writeError, undefined);
  });
});

describe('annotations: appearances and live places', () => {
  it('links a claim to its places in other articles and finds them from there', async () => {
    const other = readSample('001_ccdd08a9bed3a08f.txt');
    const fs = new MemoryFileSystem({ 'ft/a.txt': TEXT, 'wapo/b.txt': other });
    const store = newStore(fs);
    const x = await store.add('ft/a.txt', TEXT, span('low level of trust'), { verdict: 'disputed' });
    const otherSpan = span('low level of trust', other);
    await store.addAppearance('ft/a.txt', x.id, 'wapo/b.txt', other, otherSpan);
    await store.flush();
    const stored = docOf(fs, 'ft/a.txt.annotations.json').annotations[0]!;
    assert.ok(Array.isArray(stored.target));
    assert.equal((stored.target as { source: string }[])[1]!.source, '../wapo/b.txt');
    const found = store.appearancesIn('wapo/b.txt');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.homeArticle, 'ft/a.txt');
    // The other article is edited: the editor maps the place live, and saves it.
    const edited = applyEdits(other, [{ start: 0, end: 0, newText: 'UPDATED: ' }]);
    await store.refreshPlaces('wapo/b.txt', edited, [{ homeArticle: 'ft/a.txt', id: x.id, target: 1, span: { start: otherSpan.start + 9, end: otherSpan.end + 9 } }]);
    await store.flush();
    const t1 = (docOf(fs, 'ft/a.txt.annotations.json').annotations[0]!.target as { selector: { type: string; start?: number }[] }[])[1]!;
    assert.equal(t1.selector.find((s) => s.type === 'TextPositionSelector')!.start, otherSpan.start + 9);
    await store.removeAppearance('ft/a.txt', x.id, 'wapo/b.txt');
    assert.equal(store.appearancesIn('wapo/b.txt').length, 0);
  });

  it('re-attaches an orphan to a new selection', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    const store = newStore(fs);
    const x = await store.add('a.txt', TEXT, span('low level of trust'), { note: 'keep me' });
    const rewritten = TEXT.replace('there is a “low level of trust” between the countries', 'the two sides do not trust each other');
    assert.equal(anchorAnnotation(rewritten, (await store.load('a.txt')).annotations[0]!).status, 'orphan');
    await store.reattach('a.txt', x.id, rewritten, span('do not trust each other', rewritten));
    const a = store.get('a.txt')!.annotations[0]!;
    assert.equal(noteOf(a), 'keep me');
    assert.deepEqual(anchorAnnotation(rewritten, a), { status: 'exact', ...span('do not trust each other', rewritten), score: 1 });
  });

  it('restore() puts a removed annotation back exactly: id, creator, times, bodies, selectors, appearances, unknown fields', async () => {
    // Written by another analyst's tool: a foreign creator, a second note, a body of another
    // purpose, a selector type and a field Crosscheck does not know, an appearance elsewhere.
    const at = span('low level of trust');
    const other = 'Their copy: there is a low level of trust, they said.';
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:9d0c6a4e-1111-4c2b-8a6d-2f1e0b9c7d31',
      type: 'Annotation',
      motivation: 'assessing',
      creator: { type: 'Person', name: 'Another Analyst', email: 'another@example.org' },
      created: '2025-11-02T08:00:00Z',
      modified: '2026-01-15T17:45:12Z',
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
        { type: 'TextualBody', purpose: 'commenting', value: 'First note.', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Second note.', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'linking', value: 'https://example.org/source' },
      ],
      target: [
        {
          source: 'a.txt',
          selector: [
            { type: 'TextQuoteSelector', exact: 'low level of trust', prefix: TEXT.slice(at.start - 32, at.start), suffix: TEXT.slice(at.end, at.end + 32) },
            { type: 'TextPositionSelector', start: at.start, end: at.end },
            { type: 'XPathSelector', value: '/p[3]' },
          ],
        },
        { source: '../wapo/b.txt', selector: [{ type: 'TextQuoteSelector', exact: 'low level of trust', prefix: 'there is a ', suffix: ', they said.' }, { type: 'TextPositionSelector', start: other.indexOf('low'), end: other.indexOf('low') + 18 }] },
      ],
      reviewed: true,
    } as unknown as Annotation;
    const original = serializeSidecar({ version: 1, source: 'a.txt', annotations: [foreign] });
    const fs = new MemoryFileSystem({ 'ft/a.txt': TEXT, 'ft/a.txt.annotations.json': original });
    const store = newStore(fs);
    const before = (await store.load('ft/a.txt')).annotations[0]!;
    await store.remove('ft/a.txt', before.id);
    await store.flush();
    assert.equal(docOf(fs, 'ft/a.txt.annotations.json').annotations.length, 0);
    const given = structuredClone(before);
    await store.restore('ft/a.txt', given);
    (given as { reviewed?: unknown }).reviewed = false; // copied: changing it afterwards changes nothing stored
    await store.flush();
    assert.equal(fs.text('ft/a.txt.annotations.json'), original, 'byte-identical to the file before the removal');
    // Over a changed version of the same id: the change is taken back, nothing else is touched.
    const y = await store.add('ft/a.txt', TEXT, span('Rex Tillerson'), { tags: ['people'] });
    await store.update('ft/a.txt', before.id, { note: 'rewritten', verdict: 'confirmed' });
    await store.restore('ft/a.txt', before);
    const now = store.get('ft/a.txt')!.annotations;
    assert.deepEqual(now.find((x) => x.id === before.id), before);
    assert.deepEqual(now.map((x) => x.id).sort(), [before.id, y.id].sort());
  });
});

/**
 * 10,000 cycles of: an edit to the article (or a change to the annotations), save, and reload in a
 * fresh store from the in-memory file system. No annotation and no word of a note may be lost, and
 * every annotation whose words survive must come back exactly where the editor had it.
 */
describe('annotations: edit–save–reload loop', () => {
  it('loses no annotation over 10,000 cycles', async function () {
    this.timeout(300_000);
    const r = prng(42);
    const fs = new MemoryFileSystem({ 'a.txt': TEXT });
    let text = TEXT;
    let store = newStore(fs);
    await store.load('a.txt');
    /** What the analyst expects to find: content per id, and the live span (null once its words are gone). */
    const expected = new Map<string, { note: string; tags: string[]; verdict: Verdict | undefined; live: TextSpan | null }>();
    const verdicts: (Verdict | undefined)[] = ['disputed', 'confirmed', 'unverified', 'misattributed', undefined];
    let cycle = 0;
    let external = 0;
    const idsNow = () => [...expected.keys()];
    for (; cycle < 10_000; cycle++) {
      const roll = r();
      const externalEdit = roll < 0.1;
      const damaged = new Set<string>();
      if (roll < 0.55) {
        // An edit to the article: small, anywhere; live spans follow it.
        const pos = int(r, 0, text.length);
        const e: TextEdit = { start: pos, end: Math.min(text.length, pos + (r() < 0.5 ? 0 : int(r, 1, 25))), newText: r() < 0.3 ? '' : words(r, int(r, 1, 4)) + ' ' };
        if (e.start === e.end && e.newText === '') e.newText = 'x';
        // Keep the article at a sensible size.
        if (text.length > 4000 && e.newText.length > e.end - e.start) e.newText = '';
        const ids = idsNow();
        const mapped = mapSpans(ids.map((id) => expected.get(id)!.live ?? { start: 0, end: 0 }), [e]);
        text = applyEdits(text, [e]);
        fs.set('a.txt', text);
        ids.forEach((id, i) => {
          const x = expected.get(id)!;
          if (x.live && mapped[i]!.damaged) damaged.add(id);
          if (x.live) x.live = mapped[i]!.collapsed ? null : { start: mapped[i]!.start, end: mapped[i]!.end };
        });
        if (externalEdit) {
          // Changed outside the editor: nothing keeps the anchors live; the next load re-anchors.
          external++;
        } else {
          // Saved in the editor: the places are stored as the editor tracked them.
          await store.refreshPlaces(
            'a.txt',
            text,
            ids.filter((id) => expected.get(id)!.live).map((id) => ({ homeArticle: 'a.txt', id, target: 0, span: expected.get(id)!.live! })),
          );
        }
      } else if (roll < 0.75 || expected.size < 3) {
        if (expected.size < 40) {
          const s = wordSpan(r, text, 8, 60);
          const content = { note: r() < 0.7 ? `note ${cycle}: ${words(r, 5)} — “${text.slice(s.start, s.end)}”` : '', tags: r() < 0.5 ? [pick(r, ['figures', 'tone', 'attribution'])] : [], verdict: pick(r, verdicts) };
          const a = await store.add('a.txt', text, s, content);
          expected.set(a.id, { ...content, live: s });
        }
      } else if (roll < 0.9) {
        const id = pick(r, idsNow());
        const x = expected.get(id)!;
        x.note = `${x.note} + edit ${cycle}`;
        x.verdict = pick(r, verdicts);
        await store.update('a.txt', id, { note: x.note, verdict: x.verdict });
      } else if (roll < 0.95) {
        const id = pick(r, idsNow());
        await store.remove('a.txt', id);
        expected.delete(id);
      } else {
        // Re-attach an orphan (or move an annotation) to a new selection.
        const id = pick(r, idsNow());
        const s = wordSpan(r, text, 8, 60);
        await store.reattach('a.txt', id, text, s);
        expected.get(id)!.live = s;
      }

      // Save, then reload from "disk" in a fresh store, as after a restart.
      await store.flush();
      store = newStore(fs, { now: clock(Date.parse('2026-05-01T09:00:00Z') + cycle * 10_000_000), newId: ids() });
      const snap = await store.load('a.txt');
      assert.equal(snap.status, 'ok');
      const got = new Map<string, Annotation>(snap.annotations.map((a) => [a.id, a]));
      assert.deepEqual([...got.keys()].sort(), idsNow().sort(), `cycle ${cycle}: annotations lost or invented`);
      for (const [id, x] of expected) {
        const a = got.get(id)!;
        assert.equal(noteOf(a), x.note, `cycle ${cycle}: note of ${id}`);
        assert.deepEqual(tagsOf(a), x.tags);
        assert.equal(verdictOf(a), x.verdict);
        if (!x.live) continue; // an orphan: its words are gone; it is kept, with its note
        const anchor = anchorAnnotation(text, a);
        if (!externalEdit) {
          assert.deepEqual(anchor, { status: 'exact', start: x.live.start, end: x.live.end, score: 1 }, `cycle ${cycle}: ${id}`);
        } else {
          // After an outside edit, re-anchoring must find the words the editor would have tracked,
          // or (if the edit damaged them) overlap them or give up; the analyst then confirms.
          if (!damaged.has(id)) assert.deepEqual([anchor.start, anchor.end], [x.live.start, x.live.end], `cycle ${cycle}: ${id} intact but not re-attached exactly`);
          if (anchor.status === 'orphan') x.live = null;
          else {
            assert.ok(anchor.start < x.live.end && x.live.start < anchor.end, `cycle ${cycle}: ${id} attached elsewhere`);
            if (anchor.status !== 'exact' && anchor.status !== 'moved') await store.reattach('a.txt', id, text, { start: anchor.start, end: anchor.end });
            x.live = { start: anchor.start, end: anchor.end };
          }
        }
      }
      if (externalEdit) {
        await store.refreshPlaces('a.txt', text, idsNow().filter((id) => expected.get(id)!.live).map((id) => ({ homeArticle: 'a.txt', id, target: 0, span: expected.get(id)!.live! })));
      }
    }
    assert.equal(cycle, 10_000);
    assert.ok(external > 500, `${external}`);
  });
});

// The article workspace (src/host/articleWorkspace.ts, issue 16): the re-reads of changed files it
// serialises (host/readQueue.ts), and its in-memory twin (host/memoryArticleWorkspace.ts) that unit
// tests of features use in its place — the same interface, the same events.
import assert from 'node:assert/strict';
import type { ArticleChange } from '../../src/host/articleTexts';
import { MemoryArticleWorkspace, type MemoryDocument } from '../../src/host/memoryArticleWorkspace';
import { isUnder, ReadQueue } from '../../src/host/readQueue';

/** A promise the test settles by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ReadQueue (re-reads of changed files)', function () {
  it('one read at a time per file; asked again meanwhile, reads once more after it (not once per ask)', async function () {
    const q = new ReadQueue();
    const gate = deferred<void>();
    let reads = 0;
    const delivered: number[] = [];
    const read = async () => {
      const n = ++reads;
      if (n === 1) await gate.promise;
      return n;
    };
    const first = q.refresh('file:///a.txt', read, (n) => delivered.push(n));
    assert.equal(q.has('file:///a.txt'), true);
    const second = q.refresh('file:///a.txt', read, (n) => delivered.push(n));
    void q.refresh('file:///a.txt', read, (n) => delivered.push(n));
    assert.equal(reads, 1, 'no second read while the first is in flight');
    gate.resolve();
    await first;
    await second;
    assert.deepEqual(delivered, [1, 2], 'the first read, then one more for the two asks meanwhile');
    assert.equal(q.has('file:///a.txt'), false);
  });

  it('a read of a file deleted while it was in flight is dropped; other files are not', async function () {
    const q = new ReadQueue();
    const gate = deferred<void>();
    const delivered: string[] = [];
    const a = q.refresh('file:///ws/dir/a.txt', () => gate.promise.then(() => 'a'), (t) => delivered.push(t));
    const b = q.refresh('file:///ws/dirt/b.txt', () => gate.promise.then(() => 'b'), (t) => delivered.push(t));
    q.deleted('file:///ws/dir'); // the folder: the article under it, not its namesake `dirt`
    gate.resolve();
    await Promise.all([a, b]);
    assert.deepEqual(delivered, ['b']);
    // Deleted before the read started: the read is delivered (the file is there again).
    await q.refresh('file:///ws/dir/a.txt', async () => 'again', (t) => delivered.push(t));
    assert.deepEqual(delivered, ['b', 'again']);
  });

  it('isUnder: a file, or a folder and what is in it — not a sibling whose name starts the same', function () {
    assert.equal(isUnder('file:///ws/a', 'file:///ws/a'), true);
    assert.equal(isUnder('file:///ws/a/b.txt', 'file:///ws/a'), true);
    assert.equal(isUnder('file:///ws/ab.txt', 'file:///ws/a'), false);
    assert.equal(isUnder('file:///ws', 'file:///ws/a'), false);
  });
});

describe('MemoryArticleWorkspace (the twin for unit tests)', function () {
  const A = 'file:///ws/a.txt';
  const B = 'file:///ws/sub/b.txt';
  const C = 'file:///ws/sub/c.txt';

  function record(w: MemoryArticleWorkspace): ArticleChange<string, MemoryDocument>[] {
    const seen: ArticleChange<string, MemoryDocument>[] = [];
    w.onDidChangeArticle((e) => seen.push(e));
    return seen;
  }

  it("an open document's text wins over the file's; closing it with unsaved edits goes back to the file", async function () {
    const w = new MemoryArticleWorkspace();
    const seen = record(w);
    w.writeFile(A, 'On disk.');
    w.open(A);
    w.edit(A, 'Typed, unsaved.');
    assert.equal(w.textOf(A), 'Typed, unsaved.');
    assert.equal(await w.load(A), 'Typed, unsaved.');
    w.writeFile(A, 'Changed on disk meanwhile.'); // an editor with unsaved edits keeps its text: no read
    w.close(A);
    assert.equal(w.textOf(A), 'Changed on disk meanwhile.');
    assert.deepEqual(
      seen.map((e) => `${e.origin} ${e.version}${e.opened ? ' opened' : ''}`),
      ['disk -1', 'edit 1 opened', 'edit 2', 'disk -1'],
    );
  });

  it('a deleted folder takes the articles under it (one event, for the folder); a rename keeps the texts', function () {
    const w = new MemoryArticleWorkspace();
    w.writeFile(A, 'Alpha.');
    w.writeFile(B, 'Bravo.');
    w.writeFile(C, 'Charlie.');
    const seen = record(w);
    w.rename('file:///ws/sub', 'file:///ws/moved');
    assert.deepEqual(w.keys(), [A, 'file:///ws/moved/b.txt', 'file:///ws/moved/c.txt']);
    assert.equal(w.textOf('file:///ws/moved/b.txt'), 'Bravo.');
    assert.equal(w.textOf(B), undefined);
    assert.deepEqual(
      seen.map((e) => [e.origin, e.from, e.key]),
      [
        ['rename', B, 'file:///ws/moved/b.txt'],
        ['rename', C, 'file:///ws/moved/c.txt'],
      ],
    );
    w.deleteFile('file:///ws/moved');
    assert.deepEqual(w.keys(), [A]);
    assert.deepEqual(seen.at(-1), { origin: 'delete', key: 'file:///ws/moved', uri: 'file:///ws/moved', version: -1 });
    assert.equal(w.uriOf('file:///ws/moved/c.txt'), undefined);
  });
});

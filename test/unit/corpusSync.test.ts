// The corpus sync (src/features/indexing/indexService.ts, issue 16) run on the in-memory article
// workspace (src/host/memoryArticleWorkspace.ts) with a host that records what the analyst would
// be shown: indexing at start-up, files changed on disk, renames, deletions, a workspace folder
// added later, open documents typed in and closed, and the files skipped as not articles — each
// named, whether the host or the analysis worker found that it is not text.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/corpus';
import { decodeArticle } from '../../src/core/text';
import type { WorkerSource } from '../../src/features/indexing/analysisWorkerClient';
import { IndexService, type IndexChange } from '../../src/features/indexing/indexService';
import type { IndexState, SyncHost } from '../../src/features/indexing/syncHost';
import { HOST_MAX_CHARS } from '../../src/host/articleTexts';
import { MemoryArticleWorkspace } from '../../src/host/memoryArticleWorkspace';

const WS = 'file:///desk';
const OTHER = 'file:///archive';

const ferry = (speaker: string) => `The ferry Orla Bright ran aground near Tallis Point on Monday.\n\n"We heard a loud bang and then the lights went out," said ${speaker}, a passenger.\n`;
const bridge = 'The new bridge over the Vell opened on Friday.\n\n"It cuts my drive in half," said Ilsa Romberg, a commuter.\n';
const market = 'The Corven market will close early this winter.\n\n"Trade has never been this slow," said Pavel Dorrin, a stallholder.\n';

/** What a host shows the analyst, recorded; the analysis worker analyses on this thread, a turn later. */
function recordingHost() {
  const shown = { errors: [] as string[], skipped: [] as string[], states: [] as IndexState[], progress: [] as string[], warnings: [] as string[] };
  const inWorker = new Map<string, number>();
  let cancel = false;
  const host: SyncHost = {
    log: { info: () => undefined, warn: (m) => shown.warnings.push(m), error: (m) => shown.errors.push(m) },
    worker: {
      analyze: async (key: string, source: WorkerSource | string, options) => {
        inWorker.set(key, (inWorker.get(key) ?? 0) + 1);
        try {
          await new Promise((r) => setImmediate(r));
          // (as the worker does: decodes a file's bytes, and throws NotTextError for bytes that are not text)
          const text = typeof source === 'string' ? source : 'text' in source ? source.text : decodeArticle(source.bytes).text;
          return { analysis: analyzeText(text, options), text, ms: 1, cached: false };
        } finally {
          inWorker.set(key, inWorker.get(key)! - 1);
        }
      },
      busy: (key: string) => (inWorker.get(key) ?? 0) > 0,
      cancel: () => undefined,
      forget: () => undefined,
      dispose: () => undefined,
    },
    withProgress: (title, _notify, task) => {
      shown.progress.push(title);
      return task({ report: () => undefined, isCancelled: () => cancel });
    },
    showError: (m) => shown.errors.push(m),
    showSkipped: (m) => shown.skipped.push(m),
    showState: (s) => shown.states.push(s),
  };
  return { host, shown, cancelNext: () => (cancel = true) };
}

function setup(folders = [WS], maxBytes?: number) {
  const ws = new MemoryArticleWorkspace(folders, maxBytes);
  const { host, shown, cancelNext } = recordingHost();
  const sync = new IndexService<string>(ws, host);
  const changes: IndexChange[] = [];
  sync.onDidChange((c) => changes.push(c));
  return { ws, sync, shown, changes, cancelNext };
}

const speakersOf = (sync: IndexService<string>, key: string) => sync.analysisOf(key)?.quotes.map((q) => q.speaker).filter(Boolean);
/** Lets timers run out (the edit debounce, the worker's turn). */
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('corpus sync on the in-memory article workspace', function () {
  let env: ReturnType<typeof setup>;
  afterEach(() => env?.sync.dispose());

  it('indexes every article of the workspace, with progress, and says when it is ready (or empty)', async function () {
    env = setup();
    const { ws, sync, shown } = env;
    await sync.reindex();
    assert.equal(sync.state, 'empty');
    ws.writeFile(`${WS}/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${WS}/news/b.txt`, bridge);
    await sync.reindex();
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'news/b.txt']);
    assert.deepEqual(speakersOf(sync, `${WS}/news/b.txt`), ['Ilsa Romberg']);
    assert.equal(sync.state, 'ready');
    assert.deepEqual(sync.indexingProgress, { done: 2, total: 2 });
    // (empty, then ready as the files appear — the sync follows the files — and a fresh run)
    assert.deepEqual(shown.states, ['indexing', 'empty', 'ready', 'indexing', 'ready']);
    assert.deepEqual(shown.progress, ['Crosscheck: indexing articles', 'Crosscheck: indexing articles']);
    assert.deepEqual(shown.errors, []);
  });

  it('a file changed on disk is analysed again and told by its key; an unchanged sibling keeps its analysis', async function () {
    env = setup();
    const { ws, sync, changes } = env;
    ws.writeFile(`${WS}/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${WS}/b.txt`, bridge);
    await sync.reindex();
    const b = sync.analysisOf(`${WS}/b.txt`);
    changes.length = 0;
    ws.writeFile(`${WS}/a.txt`, ferry('Tomas Wiel'));
    assert.deepEqual(speakersOf(sync, `${WS}/a.txt`), ['Tomas Wiel']);
    assert.deepEqual(changes, [{ keys: [`${WS}/a.txt`] }]);
    assert.equal(sync.analysisOf(`${WS}/b.txt`), b, 'the other article is not analysed again');
    // A new file: indexed as it appears.
    ws.writeFile(`${WS}/c.txt`, market);
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'b.txt', 'c.txt']);
  });

  it('a folder copied in (a burst of files in one task) is analysed a slice at a time, as each file alone would be; a deletion meanwhile drops its file', async function () {
    env = setup();
    const { ws, sync, changes } = env;
    await sync.reindex();
    const names = Array.from({ length: 60 }, (_, i) => `copied/f${String(i).padStart(2, '0')}.txt`);
    const texts = names.map((_, i) => ferry(`Passenger ${String.fromCharCode(65 + (i % 26))}. Lund`));
    names.forEach((n, i) => ws.writeFile(`${WS}/${n}`, texts[i]!));
    // The last file deleted in the same task: if its read waits in the queue, it is dropped there.
    ws.deleteFile(`${WS}/${names[59]}`);
    ws.writeFile(`${WS}/copied/f00.txt`, bridge); // (changed again: its later text is the one kept)
    await sync.whenIndexed();
    assert.deepEqual(sync.indexedPaths(), names.slice(0, 59));
    assert.deepEqual(sync.analysisOf(`${WS}/copied/f00.txt`), analyzeText(bridge));
    for (let i = 1; i < 59; i++) assert.deepEqual(sync.analysisOf(`${WS}/${names[i]}`), analyzeText(texts[i]!), names[i]);
    assert.ok(changes.some((c) => c.keys?.includes(`${WS}/${names[30]}`)), 'each file told by its key');
  });

  it('a renamed folder takes its articles and their analyses (not analysed again) to the new names, in one change', async function () {
    env = setup();
    const { ws, sync, changes } = env;
    ws.writeFile(`${WS}/sub/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${WS}/sub/b.txt`, bridge);
    ws.writeFile(`${WS}/subway.txt`, market);
    await sync.reindex();
    const a = sync.analysisOf(`${WS}/sub/a.txt`);
    changes.length = 0;
    ws.rename(`${WS}/sub`, `${WS}/moved`);
    await Promise.resolve(); // (the change is told once, after the folder's renames)
    assert.deepEqual(sync.indexedPaths(), ['moved/a.txt', 'moved/b.txt', 'subway.txt']);
    assert.equal(sync.analysisOf(`${WS}/moved/a.txt`), a, 'the same analysis, under the new name');
    assert.equal(sync.analysisOf(`${WS}/sub/a.txt`), undefined);
    assert.deepEqual(changes, [{ keys: [`${WS}/sub/a.txt`, `${WS}/moved/a.txt`, `${WS}/sub/b.txt`, `${WS}/moved/b.txt`] }]);
  });

  it('a deleted folder takes the articles under it, not a sibling whose name starts the same; a rename seen as delete + create reuses the analysis', async function () {
    env = setup();
    const { ws, sync, changes } = env;
    ws.writeFile(`${WS}/sub/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${WS}/subway.txt`, market);
    await sync.reindex();
    const a = sync.analysisOf(`${WS}/sub/a.txt`);
    changes.length = 0;
    ws.deleteFile(`${WS}/sub`);
    assert.deepEqual(sync.indexedPaths(), ['subway.txt']);
    assert.deepEqual(changes, [{ keys: [`${WS}/sub/a.txt`] }]);
    assert.equal(sync.state, 'ready');
    // The same text again under another name (a move outside the editor): its analysis is kept.
    ws.writeFile(`${WS}/elsewhere/a.txt`, ferry('Maren Hollis'));
    assert.equal(sync.analysisOf(`${WS}/elsewhere/a.txt`), a);
    ws.deleteFile(`${WS}/elsewhere`);
    ws.deleteFile(`${WS}/subway.txt`);
    assert.equal(sync.state, 'empty');
  });

  it('a workspace folder added later is indexed and watched; a removed one is dropped', async function () {
    env = setup();
    const { ws, sync } = env;
    ws.writeFile(`${WS}/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${OTHER}/b.txt`, bridge); // (not a workspace folder yet: not seen)
    await sync.reindex();
    assert.deepEqual(sync.indexedPaths(), ['a.txt']);
    ws.addFolder(OTHER);
    await sync.whenIndexed();
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'b.txt']);
    ws.writeFile(`${OTHER}/c.txt`, market); // a file created in the new folder afterwards
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'b.txt', 'c.txt']);
    ws.writeFile(`${OTHER}/b.txt`, ferry('Tomas Wiel'));
    assert.deepEqual(speakersOf(sync, `${OTHER}/b.txt`), ['Tomas Wiel']);
    ws.removeFolder(OTHER);
    await sync.whenIndexed();
    assert.deepEqual(sync.indexedPaths(), ['a.txt']);
  });

  it('files that are not articles are named with the reason, once, and indexed when they become text', async function () {
    env = setup([WS], 4096);
    const { ws, sync, shown } = env;
    ws.writeFile(`${WS}/a.txt`, ferry('Maren Hollis'));
    ws.writeFile(`${WS}/photo.txt`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    ws.writeFile(`${WS}/huge.txt`, 'word '.repeat(1000)); // 5,000 bytes: over the 4,096-byte limit
    await sync.reindex();
    assert.deepEqual(sync.indexedPaths(), ['a.txt']);
    const named = sync.errors().map((e) => e.path);
    assert.deepEqual(named, ['huge.txt', 'photo.txt']);
    assert.match(sync.errors()[0]!.message, /too large/);
    assert.match(sync.errors()[1]!.message, /not|binary|text/i);
    assert.equal(shown.skipped.length, 1, 'one message for the run');
    assert.match(shown.skipped[0]!, /Crosscheck skipped (huge|photo)\.txt .* and 1 more\./);
    // Read again unchanged (the watcher's second event for one change): not reported again.
    const before = shown.warnings.length;
    void ws.refresh(`${WS}/photo.txt`);
    assert.equal(shown.warnings.length, before);
    assert.equal(sync.skippedFiles().find((f) => f.path === 'photo.txt')?.reads, 1);
    // It becomes text: indexed, no longer skipped.
    ws.writeFile(`${WS}/photo.txt`, bridge);
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'photo.txt']);
    assert.deepEqual(sync.errors().map((e) => e.path), ['huge.txt']);
    // A deleted skipped file is no longer named.
    ws.deleteFile(`${WS}/huge.txt`);
    assert.deepEqual(sync.errors(), []);
  });

  it('a large file that is not text is named when the analysis worker finds it out; a large article is indexed from the worker', async function () {
    env = setup();
    const { ws, sync } = env;
    const filler = 'Rain fell on the valley all week.\n\n';
    const big = bridge + filler.repeat(Math.ceil(HOST_MAX_CHARS / filler.length) + 1);
    assert.ok(big.length > HOST_MAX_CHARS);
    const binary = new Uint8Array(HOST_MAX_CHARS + 10).fill(0); // NULs: not text
    ws.writeFile(`${WS}/big.txt`, big);
    ws.writeFile(`${WS}/blob.txt`, binary);
    await sync.reindex();
    assert.deepEqual(sync.indexedPaths(), ['big.txt']);
    assert.equal(sync.corpus.textOf(`${WS}/big.txt`), big);
    assert.equal(ws.textOf(`${WS}/big.txt`), big, 'the workspace keeps the text the worker decoded');
    assert.deepEqual(sync.errors().map((e) => e.path), ['blob.txt']);
    // Changed on disk into text: analysed (in the worker) and no longer skipped.
    ws.writeFile(`${WS}/blob.txt`, big);
    await settle();
    assert.deepEqual(sync.indexedPaths(), ['big.txt', 'blob.txt']);
    assert.deepEqual(sync.errors(), []);
  });

  it("an open article's unsaved edits are analysed (debounced); closing it without saving goes back to the file", async function () {
    env = setup();
    const { ws, sync } = env;
    const key = `${WS}/a.txt`;
    ws.writeFile(key, ferry('Maren Hollis'));
    await sync.reindex();
    const doc = ws.open(key);
    ws.edit(key, ferry('Tomas Wiel'));
    await settle();
    assert.deepEqual(speakersOf(sync, key), ['Tomas Wiel']);
    assert.equal(sync.isCurrent(doc), true);
    assert.equal(sync.hasPendingEdit(key), false);
    // A change on disk while the editor holds unsaved edits: the editor's text stays the article's.
    ws.writeFile(key, ferry('Ada Quist'));
    assert.deepEqual(speakersOf(sync, key), ['Tomas Wiel']);
    ws.close(key);
    assert.deepEqual(speakersOf(sync, key), ['Ada Quist'], 'the file as it is now');
    assert.equal(sync.isCurrent(doc), false);
  });

  it('an open article whose file was deleted is not indexed again by its edits; saving it brings it back', async function () {
    env = setup();
    const { ws, sync } = env;
    const key = `${WS}/a.txt`;
    ws.writeFile(key, ferry('Maren Hollis'));
    await sync.reindex();
    const doc = ws.open(key);
    ws.deleteFile(key);
    assert.deepEqual(sync.indexedPaths(), []);
    ws.edit(key, ferry('Tomas Wiel'));
    await settle();
    assert.equal(sync.analyzeDocument(doc), undefined);
    assert.deepEqual(sync.indexedPaths(), []);
    ws.save(key);
    assert.deepEqual(speakersOf(sync, key), ['Tomas Wiel']);
  });

  it('indexing cancelled keeps what it had; a fresh run drops articles gone meanwhile', async function () {
    env = setup();
    const { ws, sync, cancelNext } = env;
    ws.writeFile(`${WS}/a.txt`, ferry('Maren Hollis'));
    await sync.reindex();
    cancelNext();
    ws.writeFile(`${WS}/b.txt`, bridge);
    await sync.reindex();
    assert.deepEqual(sync.indexedPaths(), ['a.txt', 'b.txt'], 'a cancelled run removes nothing');
    assert.equal(sync.state, 'ready');
  });

  it('a listener that throws does not keep the others from hearing the change, and is logged', async function () {
    env = setup();
    const { ws, sync, shown } = env;
    sync.onDidChange(() => {
      throw new Error('listener broke');
    });
    const heard: IndexChange[] = [];
    sync.onDidChange((c) => heard.push(c));
    ws.writeFile(`${WS}/a.txt`, market);
    assert.deepEqual(heard, [{ keys: [`${WS}/a.txt`] }]);
    assert.ok(shown.errors.some((m) => m.includes('listener broke')));
  });
});

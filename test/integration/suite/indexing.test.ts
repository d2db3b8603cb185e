// Files the article globs match that are not articles (binary, not UTF-8), in a real VS Code: they
// are skipped and reported once, not read again each time the index looks through the workspace
// after file events, read again when they change, and forgotten when deleted.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { CrosscheckApi } from '../../../src/api';
import { crosscheckApi, SAMPLE_ARTICLES, waitFor, workspaceUri } from './util';

/** Longer than the index waits after file events before it looks through the workspace (500 ms). */
const LOOK_THROUGH_MS = 1500;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Files that are not articles', function () {
  this.timeout(60_000);
  let api: CrosscheckApi;
  const small = () => workspaceUri('not-text.txt');
  /** Over 150,000 bytes: decoded in the analysis worker rather than on the extension host. */
  const large = () => workspaceUri('not-text-large.txt');
  const noise = (i: number) => workspaceUri(`noise-${i}.json`);
  const skipped = (p: string) => api.skippedFiles().find((f) => f.path === p);

  before(async function () {
    api = await crosscheckApi();
  });

  after(async function () {
    for (const u of [small(), large(), noise(0), noise(1), noise(2)]) fs.rmSync(u.fsPath, { force: true });
    await waitFor('the files to be forgotten', () => (!api.skippedFiles().length && !api.indexedPaths().includes('not-text.txt') ? true : undefined));
  });

  it('are skipped once, not read again when the index looks through the workspace, read again when changed, forgotten when deleted', async function () {
    const binary = Buffer.from('Not an article\u0000\u0001\u0002 at all\n');
    fs.writeFileSync(small().fsPath, binary);
    fs.writeFileSync(large().fsPath, Buffer.concat(Array.from({ length: 6000 }, () => binary)));
    await waitFor('both files to be skipped', () => (skipped('not-text.txt') && skipped('not-text-large.txt') ? true : undefined));
    assert.match(skipped('not-text.txt')!.message, /binary file/);
    assert.match(skipped('not-text-large.txt')!.message, /binary file/);

    // Other files come and go: each pause of file events makes the index look through the workspace.
    for (let i = 0; i < 3; i++) {
      fs.writeFileSync(noise(i).fsPath, '{}');
      await pause(LOOK_THROUGH_MS);
    }
    assert.deepEqual(
      api.skippedFiles().map((f) => [f.path, f.reads]),
      [
        ['not-text-large.txt', 1],
        ['not-text.txt', 1],
      ],
      'each read once, however often the workspace was looked through',
    );
    assert.deepEqual(api.indexedPaths(), [...SAMPLE_ARTICLES].sort());

    // Changed into an article: read again, and indexed.
    fs.writeFileSync(small().fsPath, 'Now it is an article. “It is text,” she said.\n');
    await waitFor('the changed file to be indexed', () => (api.indexedPaths().includes('not-text.txt') && !skipped('not-text.txt') ? true : undefined));
    // Changed back: skipped again (news again).
    fs.writeFileSync(small().fsPath, binary);
    await waitFor('the file to be skipped again', () => (skipped('not-text.txt') && !api.indexedPaths().includes('not-text.txt') ? true : undefined));
    assert.equal(skipped('not-text.txt')!.reads, 1);

    // Deleted: forgotten.
    fs.rmSync(large().fsPath);
    await waitFor('the deleted file to be forgotten', () => (!skipped('not-text-large.txt') ? true : undefined));
  });
});

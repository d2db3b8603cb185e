// The index's memory of files that are not articles (src/features/indexing/skippedFiles.ts): a file
// is read and reported once per state (size and modification time), and forgotten when it goes.
import assert from 'node:assert/strict';
import { SkippedFiles } from '../../src/host/skippedFiles';

describe('SkippedFiles', function () {
  const key = (p: string) => `file:///ws/${p}`;

  it('reports a file once per state; a change (size or time) is news again', function () {
    const s = new SkippedFiles();
    assert.equal(s.known(key('a.txt'), '10:1'), false);
    assert.equal(s.record(key('a.txt'), 'a.txt', '10:1', 'binary'), true, 'first time: report it');
    assert.equal(s.known(key('a.txt'), '10:1'), true, 'unchanged: no need to read it');
    assert.equal(s.record(key('a.txt'), 'a.txt', '10:1', 'binary'), false, 'two reads crossed: not reported twice');
    assert.equal(s.known(key('a.txt'), '10:2'), false, 'modified: read again');
    assert.equal(s.known(key('a.txt'), '11:1'), false, 'resized: read again');
    assert.equal(s.record(key('a.txt'), 'a.txt', '10:2', 'binary'), true, 'changed and still not text: news');
    assert.equal(s.record(key('a.txt'), 'a.txt', '10:2', 'not valid UTF-8'), true, 'another problem: news');
    assert.deepEqual(s.list(), [{ path: 'a.txt', message: 'not valid UTF-8', reads: 1 }]);
  });

  it('forgets files that became articles, were deleted (one by one or with their folder) or are no longer found', function () {
    const s = new SkippedFiles();
    for (const p of ['a.txt', 'dir/b.txt', 'dir/sub/c.txt', 'dir2/d.txt', 'e.txt']) s.record(key(p), p, '1:1', 'binary');
    assert.equal(s.forget(key('a.txt')), true);
    assert.equal(s.forgetUnder(key('dir')), true);
    assert.deepEqual(
      s.list().map((f) => f.path),
      ['dir2/d.txt', 'e.txt'],
      "a folder's prefix is not a sibling's (dir2)",
    );
    assert.equal(s.retain(new Set([key('e.txt')])), true);
    assert.deepEqual(
      s.list().map((f) => f.path),
      ['e.txt'],
    );
    assert.equal(s.retain(new Set([key('e.txt')])), false, 'nothing to drop');
    // Unknown size and time (stat failed): reported once, never taken as known.
    assert.equal(s.record(key('f.txt'), 'f.txt', undefined, 'cannot be read'), true);
    assert.equal(s.record(key('f.txt'), 'f.txt', undefined, 'cannot be read'), false);
  });
});

// Bursts of changes on the extension host (features/indexing/slicedWork.ts, issue 15): the first few
// items of a task run at once, the rest a slice per task; the work done is the same as one go.
import assert from 'node:assert/strict';
import { SlicedWork } from '../../src/features/indexing/slicedWork';

const nextTask = () => new Promise((r) => setImmediate(r));

/** A clock the test moves: each item "costs" `cost` ms. */
function work(cost: number, atOnce = 2, sliceMs = 25) {
  let clock = 0;
  const done: string[] = [];
  const errors: unknown[] = [];
  const w = new SlicedWork<string>(
    (key, item) => {
      if (item === 'boom') throw new Error('boom');
      done.push(`${key}=${item}`);
      clock += cost;
    },
    sliceMs,
    atOnce,
    (e) => errors.push(e),
    () => clock,
  );
  return { w, done, errors };
}

describe('sliced work for bursts of changes (slicedWork.ts)', function () {
  it('a lone item, or a few together, runs at once, whatever it costs', function () {
    const { w, done } = work(100);
    w.add('a', '1');
    w.add('b', '1');
    assert.deepEqual(done, ['a=1', 'b=1']);
    assert.equal(w.pending, 0);
  });

  it('a burst: the first items of the task at once, the rest a slice per later task, in order, each once', async function () {
    const { w, done } = work(10);
    for (let i = 0; i < 20; i++) w.add(`k${i}`, 'v');
    // Two at once, then more until 25 ms of the task are spent (the clock: 10 ms an item).
    assert.deepEqual(done, ['k0=v', 'k1=v', 'k2=v']);
    assert.equal(w.pending, 17);
    await nextTask();
    assert.equal(done.length, 3 + 3, 'one slice (three items, to past 25 ms) in the next task');
    await w.whenIdle();
    assert.deepEqual(done, Array.from({ length: 20 }, (_, i) => `k${i}=v`));
  });

  it('a later item of a queued key takes its place; take runs one now; forget drops them', async function () {
    const { w, done } = work(10, 0, 5);
    w.add('a', '1');
    w.add('b', '1'); // (past the slice: queued from here)
    w.add('c', '1');
    w.add('d', '1');
    w.add('b', '2');
    assert.deepEqual(done, ['a=1']);
    w.take('c');
    assert.deepEqual(done, ['a=1', 'c=1'], 'taken before an event of its key that must find it done');
    w.take('c'); // (nothing queued for it any more)
    w.forget((k) => k === 'd');
    await w.whenIdle();
    assert.deepEqual(done, ['a=1', 'c=1', 'b=2'], 'b once, with its later item; d dropped');
  });

  it('an item that throws is reported and the others go on; dispose drops what waits', async function () {
    const { w, done, errors } = work(10, 0, 5);
    w.add('a', 'boom');
    w.add('b', '1');
    w.add('c', 'boom');
    w.add('d', '1');
    await w.whenIdle();
    assert.equal(errors.length, 2);
    assert.deepEqual(done, ['b=1', 'd=1']);
    const other = work(10, 0, 5);
    other.w.add('a', '1');
    other.w.add('b', '1');
    other.w.dispose();
    await other.w.whenIdle();
    await nextTask();
    assert.deepEqual(other.done, ['a=1']);
  });
});

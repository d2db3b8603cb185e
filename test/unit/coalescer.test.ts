// host/coalescer.ts: one run however often asked; a debounce with `restart`; a delay per request.
import assert from 'node:assert/strict';
import { Coalescer } from '../../src/host/coalescer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Coalescer', function () {
  // (Margins of hundreds of milliseconds: a loaded CI machine wakes timers late, never early.)
  it('runs once however often asked within the delay; with restart, a debounce', async function () {
    let runs = 0;
    const c = new Coalescer(() => runs++, 300);
    c.schedule();
    c.schedule();
    await sleep(100);
    c.schedule(true); // pushed back: due 300 ms from now
    await sleep(250);
    assert.equal(runs, 0);
    await c.whenIdle();
    assert.equal(runs, 1);
    c.dispose();
  });

  it('a delay per request: a sooner one brings a waiting run forward, a later one does not put it off', async function () {
    let runs = 0;
    const c = new Coalescer(() => runs++, 5000);
    let t = performance.now();
    c.schedule(); // due in 5 s
    c.schedule(false, 0); // now
    await c.whenIdle();
    assert.equal(runs, 1);
    assert.ok(performance.now() - t < 2500, 'brought forward');
    t = performance.now();
    c.schedule(false, 10);
    c.schedule(false, 5000); // later: ignored
    await c.whenIdle();
    assert.equal(runs, 2);
    assert.ok(performance.now() - t < 2500, 'not put off');
    c.schedule(false, 10);
    c.schedule(true, 600); // restart: put off on purpose
    await sleep(200);
    assert.equal(runs, 2);
    await c.whenIdle();
    assert.equal(runs, 3);
    c.dispose();
  });

  it('cancel calls a waiting run off and lets whoever waits go; it can be asked again', async function () {
    let runs = 0;
    const c = new Coalescer(() => runs++, 20);
    c.schedule();
    const idle = c.whenIdle();
    c.cancel();
    assert.equal(c.scheduled, false);
    await idle;
    await sleep(40);
    assert.equal(runs, 0);
    c.schedule();
    await c.whenIdle();
    assert.equal(runs, 1);
    c.dispose();
  });
});

// host/coalescer.ts: one run however often asked; a debounce with `restart`; a delay per request.
import assert from 'node:assert/strict';
import { Coalescer } from '../../src/host/coalescer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Coalescer', function () {
  it('runs once however often asked within the delay; with restart, a debounce', async function () {
    let runs = 0;
    const c = new Coalescer(() => runs++, 30);
    c.schedule();
    c.schedule();
    await sleep(10);
    c.schedule(true); // pushed back
    await sleep(25);
    assert.equal(runs, 0);
    await c.whenIdle();
    assert.equal(runs, 1);
    c.dispose();
  });

  it('a delay per request: a sooner one brings a waiting run forward, a later one does not put it off', async function () {
    let runs = 0;
    const c = new Coalescer(() => runs++, 2000);
    c.schedule(); // due in 2 s
    c.schedule(false, 0); // now
    await sleep(20);
    assert.equal(runs, 1, 'brought forward');
    c.schedule(false, 10);
    c.schedule(false, 2000); // later: ignored
    await sleep(40);
    assert.equal(runs, 2, 'not put off');
    c.schedule(false, 10);
    c.schedule(true, 60); // restart: put off on purpose
    await sleep(30);
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

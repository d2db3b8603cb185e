// The corpus's derived results and the one scheduler that derives them (core/corpus/derivation.ts):
// readers (the status bar's shared-quote count, hovers, the discrepancies) read results at no
// cost and hear when they were derived; nothing derives on a read.
import assert from 'node:assert/strict';
import { ArticleIndex, DerivationScheduler } from '../../src/core/corpus';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits (polling) until `done` holds: timers may fire late on a loaded machine, never early. */
async function until(what: string, done: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(5);
  }
}
const A = 'The minister said: “We will not accept these terms under any circumstances,” on Tuesday.\n';
const B = 'Officials met. “We will not accept these terms under any circumstances,” the minister said.\n';
const C = 'The mayor of Dunmore said 40 homes were flooded.\n';
const D = 'The mayor of Dunmore said 45 homes were flooded.\n';

describe('ArticleIndex: fresh results are read, never derived', function () {
  it('freshClusters and freshDiscrepancies are undefined until derived, and again after any change, a deferred edit included', function () {
    const index = new ArticleIndex();
    index.upsert('a', A);
    index.upsert('b', B);
    assert.equal(index.freshClusters(), undefined);
    index.documentMatches('a'); // a query, not a derivation
    assert.equal(index.freshClusters(), undefined);
    assert.equal(index.freshDiscrepancies(), undefined);
    while (!index.deriveStep());
    assert.equal(index.freshClusters()?.length, 1);
    assert.ok(index.freshDiscrepancies());
    // A deferred edit: stale at once, though the matcher has not caught up yet.
    index.upsert('b', B + 'More.\n', { defer: true });
    assert.equal(index.pendingCount(), 1);
    assert.equal(index.freshClusters(), undefined);
    assert.equal(index.pendingCount(), 1, 'reading the results catches nothing up');
    assert.equal(index.deriveStep(), false, 'the first step catches the matcher up');
    assert.equal(index.freshClusters(), undefined);
    while (!index.deriveStep());
    assert.equal(index.freshClusters()?.length, 1);
  });

  it('parses an article once, for its analysis and for the passage index (deferred or not)', function () {
    const index = new ArticleIndex();
    index.upsert('a', A);
    index.upsert('b', B, { defer: true });
    index.flush();
    assert.equal(index.matchCounters().docsProcessed, 2);
    assert.equal(index.matchCounters().docsParsed, 0, 'the parse made for the analysis is handed to the passage index');
    // An analysis from elsewhere (the incremental analysis, the worker) without its parse: parsed there.
    index.upsert('c', C, { analysis: { quotes: [], entities: [] } });
    assert.equal(index.matchCounters().docsParsed, 1);
  });
});

describe('DerivationScheduler', function () {
  it('derives once changes pause, in steps, and tells its listeners once per new state', async function () {
    const index = new ArticleIndex();
    index.upsert('a', A);
    index.upsert('b', B);
    index.upsert('c', C);
    index.upsert('d', D);
    const scheduler = new DerivationScheduler(index, { pauseMs: 300 });
    let heard = 0;
    scheduler.onDidDerive(() => heard++);
    const started = Date.now();
    scheduler.schedule();
    await wait(200);
    const again = Date.now();
    scheduler.schedule(); // another change: the pause starts over
    await wait(200);
    if (Date.now() - again < 300) {
      // (only checkable when the machine kept time: 200 ms since the second change)
      assert.equal(heard, 0);
      assert.equal(index.freshClusters(), undefined, 'not before the pause');
    }
    await until('the derivation', () => heard === 1);
    assert.ok(Date.now() - started >= 500, 'the pause started over at the second change');
    assert.equal(index.freshClusters()?.length, 1);
    assert.ok(Array.isArray(index.freshDiscrepancies()));
    // Nothing changed: derived again for nobody.
    scheduler.schedule(0);
    await until('the run', () => !scheduler.isScheduled());
    assert.equal(heard, 1);
    index.remove('b');
    scheduler.schedule(0);
    await until('the derivation after the change', () => heard === 2);
    assert.equal(index.freshClusters()?.length, 0);
    scheduler.dispose();
  });

  it('derives only the quote clusters while nobody reads the discrepancies, and tells again when they are derived for the same corpus', async function () {
    const index = new ArticleIndex();
    index.upsert('a', A);
    index.upsert('b', B);
    let wanted = false;
    const scheduler = new DerivationScheduler(index, { pauseMs: 0, discrepancies: () => wanted });
    let heard = 0;
    scheduler.onDidDerive(() => heard++);
    scheduler.schedule();
    await until('the clusters', () => heard === 1);
    assert.equal(index.freshClusters()?.length, 1);
    assert.equal(index.freshDiscrepancies(), undefined, 'not derived for nobody');
    wanted = true;
    scheduler.schedule(0);
    await until('the discrepancies', () => heard === 2);
    assert.ok(index.freshDiscrepancies());
    scheduler.schedule(0);
    await until('the run', () => !scheduler.isScheduled());
    assert.equal(heard, 2, 'nothing new');
    scheduler.dispose();
  });

  it('waits while not ready, but whenDerived derives for a command all the same', async function () {
    const index = new ArticleIndex();
    index.upsert('a', A);
    index.upsert('b', B);
    let ready = false;
    const scheduler = new DerivationScheduler(index, { pauseMs: 0, ready: () => ready });
    scheduler.schedule();
    await until('the run', () => !scheduler.isScheduled());
    assert.equal(index.freshClusters(), undefined, 'not while indexing');
    await scheduler.whenDerived();
    assert.equal(index.freshClusters()?.length, 1);
    index.upsert('c', C);
    ready = true;
    scheduler.schedule(0);
    await until('the derivation once ready', () => index.freshDiscrepancies() !== undefined);
    scheduler.dispose();
  });

  it('a step that throws is reported and stops the run; a listener that throws does not keep the others from hearing', async function () {
    const errors: unknown[] = [];
    let fail = true;
    const corpus = {
      version: 1,
      deriveStep: () => {
        if (fail) throw new Error('boom');
        return true;
      },
    };
    const scheduler = new DerivationScheduler(corpus, { pauseMs: 0, onError: (e) => errors.push(e) });
    let heard = 0;
    scheduler.onDidDerive(() => {
      throw new Error('listener');
    });
    scheduler.onDidDerive(() => heard++);
    await scheduler.whenDerived(); // (not kept waiting by the failure)
    assert.equal(errors.length, 1);
    assert.equal(heard, 0);
    fail = false;
    scheduler.schedule(0);
    await until('the derivation', () => heard === 1);
    assert.equal(errors.length, 2);
    scheduler.dispose();
  });
});

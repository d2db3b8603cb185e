// ArticleIndex.onClustersDerived: views that show what the quote clusters say (the status bar's
// shared-quote count) hear when someone else derived them, without deriving them themselves.
import assert from 'node:assert/strict';
import { ArticleIndex } from '../../src/core/corpus';

const tick = () => new Promise((r) => setTimeout(r, 0));
const A = 'The minister said: “We will not accept these terms under any circumstances,” on Tuesday.\n';
const B = 'Officials met. “We will not accept these terms under any circumstances,” the minister said.\n';

describe('ArticleIndex.onClustersDerived', function () {
  it('tells once per derivation, after whoever asked has derived them; not for other uses of the matcher', async function () {
    const index = new ArticleIndex();
    let heard = 0;
    const stop = index.onClustersDerived(() => heard++);
    index.upsert('a', A);
    index.upsert('b', B);
    index.matcher.matchDocument('a'); // the matcher, not the clusters
    await tick();
    assert.equal(heard, 0);
    assert.equal(index.quoteClusters().length, 1);
    assert.equal(heard, 0, 'after the caller is done (a microtask), not inside its call');
    await tick();
    assert.equal(heard, 1);
    index.quoteClusters(); // fresh already: nothing new
    await tick();
    assert.equal(heard, 1);

    // A deferred edit: the clusters are stale until derived again.
    index.upsert('b', B + 'More.\n', { defer: true });
    index.flushPending();
    assert.equal(index.matcher.clustersFresh, false);
    await tick();
    assert.equal(heard, 1);
    index.matcher.quoteClusters();
    await tick();
    assert.equal(heard, 2);

    index.remove('b');
    index.discrepancies(); // derives them too
    await tick();
    assert.equal(heard, 3);

    stop();
    index.upsert('b', B);
    index.quoteClusters();
    await tick();
    assert.equal(heard, 3, 'stopped');
  });
});

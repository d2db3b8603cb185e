// Work in slices (common/budget.ts, `Steps`): the folder-wide passes that would hold the editor's
// extension host (the linking of names, the quote clusters) yield at checkpoints, so that the
// editor can spread them over several tasks. Run a slice at a time — with changes to the corpus
// between slices — they must give what they give in one go.
import assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../src/core/common/analysisFormat';
import { advance, finish, type Steps } from '../../src/core/common/budget';
import { ArticleIndex, analyzeText, linkCorpus } from '../../src/core/corpus';
import { linkEntities, linkEntitiesSteps, parseEntityOverrides } from '../../src/core/entities';
import { ArticleParts, groupingSteps } from '../../src/features/views/quotesEntitiesGrouping';

/** Invented articles: one quote carried by three outlets, names written several ways. */
const ARTICLES: Record<string, string> = {
  'a.txt': 'Harbour talks resume\n\nMarta Quellin, the mayor of Port Averly, said: “We will rebuild the harbour wall before the winter storms arrive.” Quellin spoke on Tuesday.\n\nThe Averly Fishing Cooperative said 40 boats were damaged.\n',
  'b.txt': 'Averly rebuilds\n\n“We will rebuild the harbour wall before the winter storms arrive,” Mayor Marta Quellin told reporters in Port Averly.\n\nThe cooperative said 45 boats were damaged. Jonah Pell of the Averly Fishing Cooperative agreed.\n',
  'c.txt': 'Storm damage\n\nMs Quellin said: “We will rebuild the harbour wall before the winter storms arrive.”\n\nJonah Pell said the boats would be repaired by spring.\n',
  'd.txt': 'Council vote\n\nThe council of Port Averly voted on Monday. Councillor Ida Brenner said: “This budget protects every family in the district.”\n',
  'e.txt': 'Budget passed\n\n“This budget protects every family in the district,” said Ida Brenner after the vote.\n',
};

/** Runs steps a checkpoint at a time (a slice of 0 ms stops at every one); how many slices it took, and the result. */
function bySlices<T>(steps: Steps<T>): { slices: number; value: T } {
  for (let slices = 1; ; slices++) {
    const done = advance(steps, 0);
    if (done) return { slices, value: done.value };
  }
}

function index(texts: Record<string, string> = ARTICLES): ArticleIndex {
  const ix = new ArticleIndex();
  for (const [path, text] of Object.entries(texts)) ix.upsert(path, text);
  return ix;
}

describe('work in slices (common/budget.ts)', function () {
  it('finish runs steps to the end; advance stops at a checkpoint once its slice is spent and goes on where it stopped', function () {
    const seen: number[] = [];
    function* count(): Steps<string> {
      for (let i = 0; i < 5; i++) {
        seen.push(i);
        yield;
      }
      return 'done';
    }
    assert.equal(finish(count()), 'done');
    assert.deepEqual(seen, [0, 1, 2, 3, 4]);
    seen.length = 0;
    const steps = count();
    assert.equal(advance(steps, 0), undefined, 'a slice of 0 ms ends at the first checkpoint');
    assert.deepEqual(seen, [0]);
    assert.equal(advance(steps, 0), undefined);
    assert.deepEqual(seen, [0, 1]);
    assert.deepEqual(advance(steps, 60_000), { value: 'done' }, 'a long slice runs to the end');
    assert.deepEqual(seen, [0, 1, 2, 3, 4]);
  });

  it('linking the folder a checkpoint at a time gives what linkEntities gives in one go', function () {
    const analyses = new Map(Object.entries(ARTICLES).map(([p, t]) => [p, analyzeText(t)] as const));
    const whole = linkEntities(analyses);
    const { slices, value } = bySlices(linkEntitiesSteps(analyses));
    assert.ok(slices > 5, `the linking stops at its checkpoints (${slices} slices)`);
    assert.deepEqual(value.entities, whole.entities);
    assert.deepEqual([...value.byDoc], [...whole.byDoc]);
    assert.equal(value.find('Quellin')?.canonical, 'Marta Quellin');
  });

  it('quote clusters derived a checkpoint at a time, with edits between slices, equal those of a fresh index', function () {
    const ix = index();
    let steps = 0;
    // Part-way through, an article changes (an edit) and another is added: the derivation under
    // way is dropped and starts over for the corpus as it is.
    while (!ix.deriveStep('clusters', 0)) {
      steps++;
      if (steps === 3) ix.upsert('c.txt', ARTICLES['c.txt']!.replace('by spring', 'by the summer'));
      if (steps === 6) ix.upsert('f.txt', 'Mayor Marta Quellin repeated: “We will rebuild the harbour wall before the winter storms arrive.”\n');
      assert.ok(steps < 10_000);
    }
    assert.ok(steps > 6, `the clusters are derived in several steps (${steps})`);
    const fresh = index({ ...ARTICLES, 'c.txt': ARTICLES['c.txt']!.replace('by spring', 'by the summer'), 'f.txt': 'Mayor Marta Quellin repeated: “We will rebuild the harbour wall before the winter storms arrive.”\n' });
    const clusters = ix.freshClusters();
    assert.ok(clusters, 'fresh once the last step is done');
    assert.deepEqual(clusters, fresh.quoteClusters());
    assert.equal(clusters.find((c) => c.label.includes('harbour wall'))?.members.length, 4);
    // The discrepancies go on from the sliced clusters, and equal a fresh index's too.
    while (!ix.deriveStep('discrepancies', 0));
    assert.deepEqual(ix.freshDiscrepancies(), fresh.discrepancies());
  });

  it('a derivation left part-way and then asked for whole (a command) is finished, not started over wrongly', function () {
    const ix = index();
    assert.equal(ix.deriveStep('clusters', 0), false);
    assert.equal(ix.deriveStep('clusters', 0), false);
    assert.deepEqual(ix.quoteClusters(), index().quoteClusters());
    assert.ok(ix.freshClusters());
  });

  it('an entity correction: the linking prepared in slices is what the index would link, and is dropped if the corpus changed meanwhile', function () {
    const { overrides } = parseEntityOverrides(JSON.stringify({ version: 1, entities: [{ name: 'Jonah Pell', type: 'organization' }] }));
    const options = { entityOverrides: overrides };
    const changedOf = (ix: ArticleIndex) => {
      const changed = new Map();
      for (const p of ix.paths()) {
        const a = analyzeText(ix.textOf(p)!, options);
        if (JSON.stringify(a) !== JSON.stringify(ix.analysis(p))) changed.set(p, a);
      }
      return changed;
    };
    const ix = index();
    ix.linked();
    const changed = changedOf(ix);
    assert.ok(changed.size > 0 && changed.size < ix.size, `a correction changes some articles' analyses, not all (${changed.size})`);
    const { value: prepared } = bySlices(ix.linkingSteps(options, changed));
    ix.setOptions(options, (p) => changed.get(p), prepared);
    const expected = linkCorpus(new Map(Object.entries(ARTICLES).map(([p, t]) => [p, analyzeText(t, options)] as const)), overrides);
    assert.equal(ix.linked(), prepared.linked, 'installed, not linked again');
    assert.deepEqual([...ix.linked().documents], [...expected.documents]);
    assert.equal(ix.linked().entities.find('Jonah Pell')?.type, 'organization');

    // The corpus changed between the preparation and setOptions: linked afresh on first read.
    const iy = index();
    const { value: stale } = bySlices(iy.linkingSteps(options, changedOf(iy)));
    iy.upsert('g.txt', 'Jonah Pell said the harbour would reopen.\n');
    iy.setOptions(options, (p, t) => (p === 'g.txt' ? analyzeText(t, options) : changedOf(iy).get(p)), stale);
    assert.notEqual(iy.linked(), stale.linked);
    assert.ok(iy.linked().documents.has('g.txt'));
  });

  it('the folder linked a checkpoint at a time (linkedSteps) is what linked() gives, and is kept for linked() unless the corpus changed meanwhile', function () {
    const ix = index();
    const { slices, value } = bySlices(ix.linkedSteps());
    assert.ok(slices > 5, `the linking stops at its checkpoints (${slices} slices)`);
    assert.equal(ix.linked(), value, 'kept: linked() does not link the folder again');
    assert.deepEqual([...value.documents], [...index().linked().documents]);
    assert.equal(bySlices(ix.linkedSteps()).slices, 1, 'linked already: no checkpoint');

    // An article added between two slices: the linking under way is of the corpus as it was, and
    // is not kept; linked() links the corpus as it is.
    const iy = index();
    const steps = iy.linkedSteps();
    assert.equal(advance(steps, 0), undefined);
    iy.upsert('g.txt', 'Jonah Pell said the harbour would reopen.\n');
    const stale = finish(steps);
    assert.ok(!stale.documents.has('g.txt'));
    assert.notEqual(iy.linked(), stale);
    assert.ok(iy.linked().documents.has('g.txt'));
  });

  it('the Quotes & Entities grouping built a checkpoint at a time equals the one built in one go; a large article is gathered over several', function () {
    // A large article: thousands of quotes and mentions, more than one checkpoint's worth (made
    // up directly: analysing that much text would make the test slow).
    const ix = index();
    const big: DocumentAnalysis = { quotes: [], entities: [] };
    for (let i = 0; i < 3000; i++) {
      const at = i * 100;
      big.quotes.push({ start: at, end: at + 40, text: `We will rebuild wall number ${i}`, speaker: 'Marta Quellin', kind: 'direct' });
      big.entities.push({ start: at + 50, end: at + 63, text: 'Marta Quellin', type: 'person', canonical: 'Marta Quellin' });
      big.entities.push({ start: at + 70, end: at + 81, text: 'Port Averly', type: 'place', canonical: 'Port Averly' });
    }
    const documents = [...ix.linked().documents, ['big.txt', big] as const];
    const whole = finish(groupingSteps(documents, new ArticleParts()));
    const parts = new ArticleParts();
    const { slices, value } = bySlices(groupingSteps(documents, parts));
    assert.deepEqual(value, whole);
    assert.ok(slices >= 3, `the large article's share is gathered over several checkpoints (${slices} slices for 9,000 quotes and mentions)`);
    const quellin = value.entities.person.find((g) => g.canonical === 'Marta Quellin');
    assert.ok(quellin && quellin.perArticle.get('big.txt') === 3000, 'every mention of the large article is counted');
    assert.equal(value.speakers[0]?.speaker, 'Marta Quellin', 'the speaker with most quotes first');
    // Kept shares: a second grouping of the same analyses gathers no article again (only the
    // checkpoints between articles and before the sorts).
    const again = bySlices(groupingSteps(documents, parts)).slices;
    assert.ok(again <= 6 && again < slices, `${again} slices with the shares kept, ${slices} without`);
    assert.deepEqual(finish(groupingSteps(documents, parts)), whole);
  });

  it('the discrepancies a checkpoint at a time: the costlier kinds over several tasks, the same list as in one go', function () {
    // The storm's reports, among seventy other short articles of a mixed folder.
    const texts: Record<string, string> = { ...ARTICLES };
    for (let i = 0; i < 70; i++) {
      texts[`m${String(i).padStart(2, '0')}.txt`] = `Market day ${i}\n\nTraders in the town of Lowmere sold ${100 + i} crates of apples on Saturday, the market warden Ossian Tarv said.\n`;
    }
    const ix = index(texts);
    while (!ix.deriveStep('clusters', 60_000));
    let calls = 1;
    while (!ix.deriveStep('discrepancies', 0)) calls++;
    // Six kinds; the quote wording and the claims stop every 32 articles.
    assert.ok(calls >= 10, `the kinds are derived over more tasks than there are kinds (${calls})`);
    const fresh = index(texts).discrepancies();
    assert.ok(fresh.some((d) => d.kind === 'number'), `the reports disagree: ${fresh.map((d) => d.label).join('; ')}`);
    assert.deepEqual(ix.freshDiscrepancies(), fresh);
  });
});

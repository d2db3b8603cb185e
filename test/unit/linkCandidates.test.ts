// Link Claim's candidates: typing searches every other article's sentences, and a link lands on a
// sentence-sized target, never a whole paragraph. (Invented articles.)
import assert from 'node:assert/strict';
import { ArticleIndex } from '../../src/core/corpus';
import { findPassagesIn, searchSentences, sentenceSized } from '../../src/features/annotations/linkCandidates';

const HOME = 'home.txt';
const PARAGRAPH =
  'Officials of the harbour board met on Tuesday behind closed doors. The board saw no proof that any cargo manifests were taken from the office. A review of the cranes is due in March, a spokeswoman said.';

function corpus(): ArticleIndex {
  const index = new ArticleIndex();
  index.upsert(HOME, 'The harbour board found no evidence that cargo manifests were stolen, its chair told reporters on Wednesday.\n');
  index.upsert('other.txt', `${PARAGRAPH}\n\nThe strike at the terminal ended on Friday.\n`);
  index.upsert('third.txt', 'Farmers in the valley expect a poor harvest after the dry spring.\n');
  return index;
}

describe('Link Claim candidates', () => {
  it('typed words find the sentence that carries them in another article ("no proof" in "saw no proof")', () => {
    const found = searchSentences(corpus(), HOME, 'no proof');
    assert.ok(found.length >= 1);
    assert.equal(found[0]!.key, 'other.txt');
    assert.equal(found[0]!.text, 'The board saw no proof that any cargo manifests were taken from the office.');
  });

  it('a search by terms (not the exact words) also lands on one sentence, and never in the claim’s own article', () => {
    const found = searchSentences(corpus(), HOME, 'cranes review');
    assert.ok(found.some((c) => c.key === 'other.txt' && c.text === 'A review of the cranes is due in March, a spokeswoman said.'), JSON.stringify(found));
    assert.ok(found.every((c) => c.key !== HOME));
    assert.deepEqual(searchSentences(corpus(), HOME, 'zebra crossing'), []);
  });

  it('a long sentence is narrowed to the clause that holds the typed words', () => {
    const index = new ArticleIndex();
    index.upsert(HOME, 'The mayor spoke.\n');
    const long =
      'The two councils argued for hours about the budget for the new bridge over the river, which had been delayed twice already — the treasurer said the city saw no proof that the contractor had overcharged, and urged the auditors to look again at the accounts of the last three years before any vote is held.';
    index.upsert('b.txt', `${long}\n`);
    const [hit] = searchSentences(index, HOME, 'no proof');
    assert.equal(hit?.text, 'the treasurer said the city saw no proof that the contractor had overcharged');
    // A short sentence is kept whole.
    index.upsert('c.txt', 'The inspector saw no proof of damage, and left.\n');
    assert.ok(searchSentences(index, HOME, 'no proof').some((c) => c.text === 'The inspector saw no proof of damage, and left.'));
  });

  it('a paragraph-wide match is narrowed to the sentences made of the claim’s words', () => {
    const text = `${PARAGRAPH}\n`;
    const s = sentenceSized(text, 0, PARAGRAPH.length, 'the board saw no proof that cargo manifests were taken');
    assert.equal(text.slice(s.start, s.end), 'The board saw no proof that any cargo manifests were taken from the office.');
    // Two sentences of the claim: both, nothing around them.
    const two = sentenceSized(text, 0, PARAGRAPH.length, 'The board saw no proof that any cargo manifests were taken. A review of the cranes is due in March.');
    assert.equal(text.slice(two.start, two.end), 'The board saw no proof that any cargo manifests were taken from the office. A review of the cranes is due in March, a spokeswoman said.');
    // Nothing in common: still one sentence, not the paragraph.
    const none = sentenceSized(text, 0, PARAGRAPH.length, 'zebra crossing');
    assert.ok(none.end - none.start < PARAGRAPH.length / 2);
    // A single sentence is kept as it is.
    assert.deepEqual(sentenceSized('One short line.\n', 0, 15, 'line'), { start: 0, end: 15 });
  });

  it('the suggestions for a claim are sentence-sized', () => {
    const index = corpus();
    const claim = 'The board saw no proof that any cargo manifests were taken from the office.';
    index.upsert(HOME, `${claim}\n`);
    const found = findPassagesIn(index, HOME, claim, { start: 0, end: claim.length });
    const mine = found.filter((c) => c.key === 'other.txt');
    assert.ok(mine.length >= 1, JSON.stringify(found));
    for (const c of mine) assert.ok(c.end - c.start <= claim.length + 5, `${c.how}: ${c.text}`);
  });
});

import assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { parseArticle } from '../../src/core/text';
import { speaker } from '../shared/attribution';

// A headline's or sentence's first word describing its subject ("Tearful Jo Roe pays tribute",
// "Furious Roe hits back") is no part of the name, nor a sentence adverb of the same endings
// ("Nevertheless, …"). Invented names; the lexicon of common words lacks these words.
const names = (text: string) => extractEntities(parseArticle(text)).map((e) => e.text);

describe('a headline adjective before a name (-ful, -less, -ous) is no part of it', () => {
  it('entities: "Tearful Morwen Tal pays tribute" names Morwen Tal; "Nevertheless Kelbia" is Kelbia', () => {
    const t = 'Tearful Morwen Tal pays tribute to her mother\n\nMorwen Tal spoke at the funeral on Friday.';
    assert.ok(names(t).includes('Morwen Tal'), JSON.stringify(names(t)));
    assert.ok(!names(t).some((n) => n.startsWith('Tearful')), JSON.stringify(names(t)));
    const u = 'Sales fell in March.\n\nNevertheless Kelbia Motors said it would hire.';
    assert.ok(!names(u).some((n) => n.startsWith('Nevertheless')), JSON.stringify(names(u)));
    // a name of those endings is kept where it is no sentence's first word
    assert.ok(names('The talks were led by Ana Gracious in Vell.').some((n) => n.includes('Gracious')));
  });

  it('speakers: after "Tearful Morwen’s tribute to her mother", Morwen\'s quotes are Morwen\'s, not "Tearful Morwen"\'s', () => {
    const t = 'Tearful Morwen’s tribute to her mother\n\n“She was an inspiration to us all,” Morwen said on Friday.';
    assert.equal(speaker(t, 'inspiration'), 'Morwen');
  });
});

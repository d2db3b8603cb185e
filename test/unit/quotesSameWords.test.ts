// A quotation nobody is said to have said borrows the speaker of a quotation with the same words.
import assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/quotes';
import { parseArticle } from '../../src/core/text';

describe('quotations with the same words', () => {
  it('give a headline’s quotation the speaker of the same words in the story, the closest fit first', () => {
    const text = [
      '‘We will not back down on taxes’ as talks go on',
      'The talks went on all day.',
      '“We will not back down on taxes or on anything else,” said Mary Quimby.',
      '“We will not back down on taxes,” said Peter Jones.',
      '“Back down? Never,” said Anne Smith.',
      'A sign at the gate read ‘never back down’ in red.',
    ].join('\n\n');
    const quotes = extractQuotes(parseArticle(text));
    const by = new Map(quotes.map((q) => [q.text, q.speaker]));
    assert.equal(by.get('We will not back down on taxes'), 'Peter Jones');
    assert.equal(by.get('never back down'), 'Anne Smith');
    assert.equal(by.get('We will not back down on taxes or on anything else,'), 'Mary Quimby');
  });
});

import assert from 'node:assert/strict';
import { quoteWords } from '../../src/commands/annotations/quoteWords';

describe('words quoted in the annotation commands’ messages', () => {
  it('quotation marks inside become single ones, so the message’s own marks pair up', () => {
    assert.equal(quoteWords('the removal of “the old guard” from the council', 80), '“the removal of ‘the old guard’ from the council”');
    assert.equal(quoteWords('she called it "a fair deal" twice', 80), '“she called it ‘a fair deal’ twice”');
  });

  it('marks around the whole claim are not doubled', () => {
    assert.equal(quoteWords('“We will not leave the harbour,”', 80), '“We will not leave the harbour,”');
  });

  it('a sentence that opens or ends with a quotation keeps its marks, as single ones', () => {
    assert.equal(quoteWords('“We are ready,” the minister said.', 80), '“‘We are ready,’ the minister said.”');
    assert.equal(quoteWords('The minister said: "We are ready."', 80), '“The minister said: ‘We are ready.’”');
    assert.equal(quoteWords('“Ready,” she said, “and waiting.”', 80), '“‘Ready,’ she said, ‘and waiting.’”');
  });

  it('long words are cut at a word, with an ellipsis, on one line', () => {
    assert.equal(quoteWords('the removal of “the old guard”\nfrom the council of the northern valley', 30), '“the removal of ‘the old…”');
    assert.equal(quoteWords('Supercalifragilisticexpialidocious words', 10), '“Supercali…”');
  });

  it('apostrophes and short words are left as they are', () => {
    assert.equal(quoteWords('the mayor’s plan', 40), '“the mayor’s plan”');
  });
});

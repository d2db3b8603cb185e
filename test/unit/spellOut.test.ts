import * as assert from 'node:assert/strict';
import { spellOut } from '../../src/core/quotes/attribution/model';

describe('spellOut: where an article spells an acronym out', () => {
  it('finds capitalised words whose initials are the letters, over commas and glue words', () => {
    const text = 'A report by the Office of Harbour and Coastal Safety, the Department for Rural Kelp, and the Port Budget Officer (PBO).';
    assert.equal(spellOut(text, 'OHCS'), 'Office of Harbour and Coastal Safety');
    assert.equal(spellOut(text, 'DRK'), 'Department for Rural Kelp');
    assert.equal(spellOut(text, 'PBO'), 'Port Budget Officer');
    assert.equal(spellOut('Velmar, Ostra and Quinby Mills said so.', 'VOQM'), 'Velmar, Ostra and Quinby Mills');
  });

  it('the first phrase that fits, not one inside a longer word', () => {
    assert.equal(spellOut('XPort Budget Officer and then Port Budget Officer.', 'PBO'), 'Port Budget Officer');
    assert.equal(spellOut('Port Budget Officers Port Budget Office.', 'PBO'), 'Port Budget Officers');
  });

  it('a letter right after the last word: the phrase ends before that word’s apostrophe or hyphen, else there is none', () => {
    assert.equal(spellOut("the Port Budget Office's-Xenon plan", 'PBO'), "Port Budget Office's");
    assert.equal(spellOut('the Port Budget OfficeX plan', 'PBO'), null);
  });

  it('nothing for words that do not fit, or for what is no acronym', () => {
    assert.equal(spellOut('Port Budget officer', 'PBO'), null);
    assert.equal(spellOut('Port  Budget-Officer', 'PBO'), null);
    assert.equal(spellOut('Port Budget Officer', 'Pb'), null);
    assert.equal(spellOut('Port Budget Officer', 'PBOPBOP'), null);
  });

  it('reads letters outside the BMP as one character', () => {
    assert.equal(spellOut('the \u{1d400}lpha Beta group', '\u{1d400}B'), '\u{1d400}lpha Beta');
    assert.equal(spellOut('the x\u{1d400}lpha Beta group', '\u{1d400}B'), null);
  });
});

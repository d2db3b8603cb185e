import * as assert from 'node:assert/strict';
import { Vocabulary, tokenize as corpusWords } from '../../src/core/corpus/tokens';
import { tokenize as attributionTokens } from '../../src/core/quotes/tokens';
import { isWordCode, wordKindAt } from '../../src/core/text/chars';

const words = (text: string, lo = 0, hi = text.length) => attributionTokens(text, lo, hi, [], () => '').map((t) => `${t.k}:${t.t}`);

describe('tokenizers: one definition of a word character (text/chars.ts)', () => {
  it('reads a surrogate pair as one character and a lone surrogate as none', () => {
    const bold = '\u{1d400}'; // MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP
    assert.equal(wordKindAt(bold.charCodeAt(0), bold, 0), 1);
    assert.equal(wordKindAt(0xd835, '\ud835a', 0), 0, 'a lone high surrogate is no letter, whatever follows it');
    assert.equal(wordKindAt(55, '7', 0), 2);
    assert.equal(wordKindAt(0xe9, 'é', 0), 1);
    assert.equal(wordKindAt(0x2019, '’', 0), 0);
    assert.equal(isWordCode(0xd835), false);
    assert.equal(isWordCode(0x301), true, 'a combining mark');
  });

  it('the passage index and the attribution agree on the letters of a word outside the BMP', () => {
    const text = 'Zoë met \u{1d400}lpha Ltd.';
    const t = corpusWords(text, new Vocabulary());
    assert.deepEqual(
      Array.from(t.starts, (s, i) => text.slice(s, t.ends[i])),
      ['Zoë', 'met', '\u{1d400}lpha', 'Ltd'],
    );
    assert.deepEqual(words(text), ['w:Zoë', 'w:met', 'w:\u{1d400}lpha', 'w:Ltd.']);
  });
});

describe('tokenizers: the attribution tokens', () => {
  it('joins runs over hyphens, apostrophes, points and ampersands, and keeps an abbreviation’s full stop', () => {
    assert.deepEqual(words('Mr. O’Brien’s co-op, AT&T and U.S. firms left.'), [
      'w:Mr.', 'w:O’Brien’s', 'w:co-op', 'p:,', 'w:AT&T', 'w:and', 'w:U.S.', 'w:firms', 'w:left', 'p:.',
    ]);
  });

  it('a sentence’s full stop after an ordinary word is punctuation of its own; blanks of every kind are skipped', () => {
    assert.deepEqual(words('It rained.\u00a0\u200bThen\u3000\u2060it stopped!'), ['w:It', 'w:rained', 'p:.', 'w:Then', 'w:it', 'w:stopped', 'p:!']);
  });

  it('a quotation is one token', () => {
    const text = 'She said “we won” today.';
    const open = text.indexOf('“');
    const after = text.indexOf('”') + 1;
    const toks = attributionTokens(text, 0, text.length, [{ open, after, id: 0 }], () => 'we won');
    assert.deepEqual(toks.map((t) => `${t.k}:${t.t}`), ['w:She', 'w:said', 'q:we won', 'w:today', 'p:.']);
  });

  it('a range that ends inside a surrogate pair ends there (the pattern it replaces matched the pair again and again)', () => {
    const text = 'A&B \u{1d400}x';
    const at = text.indexOf('\u{1d400}');
    assert.deepEqual(words(text, at, at + 1), ['w:\ud835']);
  });
});

describe('tokenizers: the passage index words and their term ids', () => {
  it('one spelling has one id wherever it is read, the same as its normalised term, across the spelling table growing', () => {
    const vocab = new Vocabulary();
    const text = "The pilots’ 1,000 \u{1d400}lpha didn't-go World’s world's Worlds";
    const a = corpusWords(text, vocab);
    const spelled = Array.from(a.starts, (s, i) => text.slice(s, a.ends[i]));
    assert.deepEqual(spelled, ['The', 'pilots', '1,000', '\u{1d400}lpha', "didn't", 'go', 'World’s', "world's", 'Worlds']);
    // Past the spelling table's first size (65,536 slots, grown at half full): 40,000 made-up spellings.
    const filler: string[] = [];
    for (let k = 0; k < 40_000; k++) filler.push(`w${k.toString(36)}x`);
    corpusWords(filler.join(' '), vocab);
    const b = corpusWords(`x ${text}`, vocab);
    assert.deepEqual(Array.from(b.terms).slice(1), Array.from(a.terms), 'the same ids after the table grew');
    assert.deepEqual(Array.from(a.terms, (t) => vocab.term(t)), ['the', 'pilot', '1,000', '\u{1d400}lpha', "didn't", 'go', 'world', 'world', 'world']);
    assert.equal(a.terms[6], a.terms[7]);
  });
});

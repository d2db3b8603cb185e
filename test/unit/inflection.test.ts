import assert from 'node:assert/strict';
import { inflectionBase, isLightVerb, sameWordInflected, stem } from '../../src/core/text/inflection';

describe('text: inflection (the one stemmer)', () => {
  it('joins the forms of one verb, regular, doubled and irregular', () => {
    for (const [a, b] of [['replaced', 'replace'], ['replacing', 'replaces'], ['stopped', 'stop'], ['sounded', 'sound'],
      ['carried', 'carries'], ['carry', 'carried'], ['hoped', 'hope'], ['agreed', 'agree'], ['used', 'uses'],
      ['went', 'go'], ['had', 'have'], ['was', 'is'], ['said', 'says'], ['held', 'holding'], ['preferred', 'prefer']])
      assert.equal(inflectionBase(a!), inflectionBase(b!), `${a} / ${b}`);
  });

  it('keeps apart words that only look inflected, and different words', () => {
    for (const [a, b] of [['pass', 'pas'], ['virus', 'viru'], ['need', 'nee'], ['call', 'cal'], ['report', 'repose'], ['add', 'ad']])
      assert.notEqual(inflectionBase(a!), inflectionBase(b!), `${a} / ${b}`);
    assert.equal(inflectionBase('passes'), inflectionBase('pass'));
    assert.equal(inflectionBase('needs'), inflectionBase('need'));
    assert.equal(inflectionBase('calling'), 'call');
  });

  it('a stem also drops derivational endings; an inflection base does not', () => {
    assert.equal(stem('deployment'), stem('deployed'));
    assert.equal(stem('deployments'), stem('deploying'));
    assert.equal(stem('reportedly'), stem('reports'));
    assert.notEqual(inflectionBase('deployment'), inflectionBase('deployed'));
    assert.equal(stem('Held'), stem('hold'));
  });

  it('one word inflected two ways is the same word; another word is not', () => {
    assert.ok(sameWordInflected('have', 'had'));
    assert.ok(sameWordInflected('know', 'knows'));
    assert.ok(sameWordInflected('want', 'wanted'));
    assert.ok(sameWordInflected('doesn’t', "doesn't"));
    assert.ok(!sameWordInflected('have', 'has been'));
    assert.ok(!sameWordInflected('did', 'went'));
    assert.ok(!sameWordInflected('want', 'wait'));
    assert.ok(!sameWordInflected('government', 'governed'));
  });
});

describe('text: light verbs', () => {
  it('the forms of be, have, do and go are light verbs; content verbs are not', () => {
    for (const w of ['going', 'went', 'gone', 'has', 'had', 'is', 'were', 'did', 'done']) assert.ok(isLightVerb(stem(w)), w);
    for (const w of ['growing', 'hold', 'fill', 'paid', 'owed', 'gore', 'dove']) assert.ok(!isLightVerb(stem(w)), w);
  });
});

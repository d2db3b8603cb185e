import assert from 'node:assert/strict';
import { quote, quotes, speaker } from '../shared/attribution';

const texts = (text: string) => quotes(text).map((q) => q.text);

describe('quotes: quotation marks', () => {
  it('finds curly, straight, single, guillemet and low-high quotations, the text strictly between the marks', () => {
    const cases: [string, string][] = [
      ['“We will win,” said Ana Ruiz.', 'We will win,'],
      ['"We will win," said Ana Ruiz.', 'We will win,'],
      ['‘We will win,’ said Ana Ruiz.', 'We will win,'],
      ["'We will win,' said Ana Ruiz.", 'We will win,'],
      ['«We will win,» said Ana Ruiz.', 'We will win,'],
      ['« We will win », said Ana Ruiz.', 'We will win'],
      ['„We will win,“ said Ana Ruiz.', 'We will win,'],
      ['“We will win," said Ana Ruiz.', 'We will win,'],
    ];
    for (const [text, want] of cases) {
      const qs = quotes(text);
      assert.equal(qs.length, 1, text);
      const q = qs[0]!;
      assert.equal(q.text, want, text);
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.equal(q.speaker, 'Ana Ruiz', text);
    }
  });

  it('gives the outer quotation when one is nested in another', () => {
    const t = '“He told me ‘never again’ and left,” said Ana Ruiz.';
    assert.deepEqual(texts(t), ['He told me ‘never again’ and left,']);
    const u = '"They called it \'a disgrace\' on the day," Ana Ruiz said.';
    assert.deepEqual(texts(u), ["They called it 'a disgrace' on the day,"]);
  });

  it('reads apostrophes as part of words, not as quotation marks', () => {
    const t = 'The world’s oldest band didn\'t stop. Fans of ’80s rock ’n’ roll and the Star Wars’ fans agreed. “It’s the players’ night,” said Ana Ruiz.';
    assert.deepEqual(texts(t), ['It’s the players’ night,']);
    const u = "‘I grew up on Star Wars’ films,’ said Ana Ruiz.";
    assert.deepEqual(texts(u), ['I grew up on Star Wars’ films,']);
    assert.deepEqual(texts('Ana Ruiz said: ‘This town belongs to the Jets’’.'), ['This town belongs to the Jets’']);
    assert.deepEqual(texts('“My favourite films are the Star Wars’,” said Ana Ruiz.'), ['My favourite films are the Star Wars’,']);
    assert.deepEqual(texts("The 6'2\" striker scored in the '90s and said 'we won' on the night."), ['we won']);
  });

  it('handles no-break and zero-width spaces around the marks', () => {
    const t = 'Ana Ruiz said:\u00a0“\u200bWe will win.\u200b”';
    const q = quote(t, 'We will win');
    assert.equal(q.text, 'We will win.');
    assert.equal(t.slice(q.start, q.end), q.text);
    assert.equal(q.speaker, 'Ana Ruiz');
  });

  it('gives one span per paragraph to a quotation that runs on, with the same speaker', () => {
    const t = 'Ana Ruiz, the mayor, said: “We have waited ten years for this bridge.\n\n“It will change the town for ever.”\n\nThe bridge opens in May.';
    const qs = quotes(t);
    assert.deepEqual(qs.map((q) => q.text), ['We have waited ten years for this bridge.', 'It will change the town for ever.']);
    assert.deepEqual(qs.map((q) => q.speaker), ['Ana Ruiz', 'Ana Ruiz']);
    assert.deepEqual(qs.map((q) => q.kind), ['direct', 'direct']);
  });

  it('ends a quotation whose closing mark is missing at its paragraph, never later', () => {
    const t = 'Ana Ruiz said: “We will win the cup this year.\n\nThe final is on Saturday. Tickets sold out in an hour, organisers said.\n\n“It is a great day,” said Tom Bell.';
    const qs = quotes(t);
    assert.deepEqual(qs.map((q) => q.text), ['We will win the cup this year.', 'It is a great day,']);
    assert.deepEqual(qs.map((q) => q.speaker), ['Ana Ruiz', 'Tom Bell']);
    // a new quotation opening in the same paragraph ends the unclosed one before it
    const u = 'He added: "In essence, it is a laptop in a tin. "The software is the real draw." Sales start today.';
    assert.deepEqual(texts(u), ['In essence, it is a laptop in a tin.', 'The software is the real draw.']);
  });
});

describe('quotes: what is not a quotation', () => {
  it('skips titles of works, nicknames and scare quotes nobody is reported to have said', () => {
    assert.deepEqual(texts('The film “The Kid Who Would Be King” opens on Friday at cinemas across the country.'), []);
    assert.deepEqual(texts('Critics called the new play, The Kid Who Would Be King, a triumph. Its star, nicknamed “Cyborg”, trained for months.'), []);
    assert.deepEqual(texts('Victor “Cyborg” Santos won the bout in the second round.'), []);
    assert.deepEqual(texts('The so-called “peace dividend” never arrived, and the town’s “regeneration” stalled.'), []);
  });

  it('keeps a phrase quoted from a named person as a partial quotation', () => {
    const t = 'Rex Tillerson said relations with Russia were at a “low point” after the talks.';
    assert.deepEqual(quotes(t).map((q) => [q.text, q.speaker, q.kind]), [['low point', 'Rex Tillerson', 'partial']]);
  });

  it('never finds quotations in page debris', () => {
    const t = [
      'Skip to main content',
      'Ana Ruiz said: “We will win.”',
      'Copyright “Daily News” 2024. All rights reserved.',
      'Comments have not been enabled for “this” article.',
      'Notice: you are using an outdated browser. Please upgrade your browser to “enjoy” the site.',
    ].join('\n\n');
    assert.deepEqual(texts(t), ['We will win.']);
  });
});

describe('quotes: kind', () => {
  it('calls a clause of reported speech direct and a fragment of the reporter’s sentence partial', () => {
    const t = 'Ana Ruiz said the plan was “a disaster” and “deeply unfair”. “We will fight it in the courts,” she added. Tom Bell said “no agreement was reached.” Bell insisted the talks had “most likely failed”.';
    assert.deepEqual(quotes(t).map((q) => [q.text, q.kind]), [
      ['a disaster', 'partial'],
      ['deeply unfair', 'partial'],
      ['We will fight it in the courts,', 'direct'],
      ['no agreement was reached.', 'direct'],
      ['most likely failed', 'partial'],
    ]);
  });
});

describe('quotes: speakers', () => {
  it('reads "X said", "said X", "X, the minister, said" and "according to X"', () => {
    assert.equal(speaker('Ana Ruiz said: “The budget is balanced.”', 'budget'), 'Ana Ruiz');
    assert.equal(speaker('“The budget is balanced,” said Ana Ruiz.', 'budget'), 'Ana Ruiz');
    assert.equal(speaker('“The budget is balanced,” Ana Ruiz, the finance minister, said on Monday.', 'budget'), 'Ana Ruiz');
    assert.equal(speaker('Ana Ruiz, the finance minister, said the budget was “balanced and fair”.', 'balanced'), 'Ana Ruiz');
    assert.equal(speaker('The budget is “balanced and fair”, according to Ana Ruiz.', 'balanced'), 'Ana Ruiz');
    assert.equal(speaker('According to Ana Ruiz, “the budget is balanced”.', 'budget'), 'Ana Ruiz');
  });

  it('reads speech verbs beyond "said"', () => {
    for (const verb of ['added', 'warned', 'wrote', 'insisted', 'explained', 'stated', 'echoed', 'claimed', 'argued', 'told reporters']) {
      assert.equal(speaker(`Tom Bell ${verb}: “The deal is dead.”`, 'deal'), 'Tom Bell', verb);
    }
    assert.equal(speaker('Tom Bell told reporters the deal was “dead in the water”.', 'dead'), 'Tom Bell');
    assert.equal(speaker('“The deal is dead,” Gokool told reporters after the game.', 'deal'), 'Gokool');
  });

  it('reads any speech verb after a quotation, and a quotation interrupted by its attribution', () => {
    assert.equal(speaker('“It was a penalty,” fumed Jose Mourinho after the game.', 'penalty'), 'Jose Mourinho');
    const t = 'Chelsea manager Jose Mourinho met the press. “We are,” the Chelsea manager said, “ready to talk to anyone.”';
    assert.deepEqual(quotes(t).map((q) => [q.text, q.speaker, q.kind]), [
      ['We are,', 'Jose Mourinho', 'direct'],
      ['ready to talk to anyone.', 'Jose Mourinho', 'direct'],
    ]);
  });

  it('finds the speaker after the quotation, before or after the verb', () => {
    const t = 'Amit Gokool joined the club in May. “I am loving every minute,” said Gokool. “The fans have been brilliant,” Gokool added.';
    assert.equal(speaker(t, 'loving'), 'Amit Gokool');
    assert.equal(speaker(t, 'fans'), 'Amit Gokool');
  });

  it('resolves he, she and they to the person or body they refer to', () => {
    const t = 'Maria Lopez met Tom Bell on Tuesday. “It was a frank discussion,” she said.\n\nBell left early. “I had another meeting,” he said.';
    assert.equal(speaker(t, 'frank'), 'Maria Lopez');
    assert.equal(speaker(t, 'another meeting'), 'Tom Bell');
    const u = 'The Environment Agency issued flood warnings on Monday. “Residents should stay away from the river,” it said.';
    assert.equal(speaker(u, 'Residents'), 'Environment Agency');
  });

  it('resolves titles and descriptions to the person the article names', () => {
    const t = 'Foreign Minister Sergei Lavrov met the delegation. Later the minister said the talks had been “useful”.';
    assert.equal(speaker(t, 'useful'), 'Sergei Lavrov');
    const u = 'The Leafs called up Jake Moore, a rookie defenceman, on Friday. “I just want to help the team,” said the rookie defenceman.';
    assert.equal(speaker(u, 'help the team'), 'Jake Moore');
  });

  it('names organisations that speak', () => {
    assert.equal(speaker('The White House accused Moscow of a “campaign of confusion”.', 'confusion'), 'White House');
    assert.equal(speaker('The Environment Agency said the river was “still rising”. Later the agency said levels were “stable”.', 'stable'), 'Environment Agency');
  });

  it('gives the fullest form of a name in the article', () => {
    const t = 'Rex Tillerson arrived in Moscow on Tuesday. Mr Tillerson said there was a “low level of trust”.';
    assert.equal(speaker(t, 'trust'), 'Rex Tillerson');
    const u = 'Secretary of State Rex Tillerson met Sergei Lavrov. “We disagree,” Tillerson said.';
    assert.equal(speaker(u, 'disagree'), 'Rex Tillerson');
  });

  it('keeps the speaker for a quotation that stands alone after one attributed to someone', () => {
    const t = '“We played well,” said Tom Bell. “The second half was our best of the season.”\n\n“Now we rest.”';
    assert.deepEqual(quotes(t).map((q) => q.speaker), ['Tom Bell', 'Tom Bell', 'Tom Bell']);
  });

  it('leaves the speaker null when the article does not say who spoke', () => {
    const t = 'Flood defences held overnight.\n\n“The water came up to the door in minutes.”\n\nThe river is expected to fall by Friday.';
    const q = quote(t, 'water came up');
    assert.equal(q.speaker, null);
    assert.equal(q.kind, 'direct');
    // a possessor is not the speaker: the spokesman is not Tillerson
    assert.notEqual(speaker('Rex Tillerson’s spokesman later disputed this, telling the AP “no agreement was reached.”', 'agreement'), 'Rex Tillerson');
  });
});

describe('quotes: headlines and headings', () => {
  it('finds quotations in headlines, with the speaker the headline names', () => {
    const t = 'Tillerson: relations ‘at a low point’\n\nRex Tillerson met Vladimir Putin on Wednesday for two hours.';
    assert.deepEqual(quotes(t).map((q) => [q.text, q.speaker, q.kind]), [['at a low point', 'Rex Tillerson', 'partial']]);
    const u = 'Minister says plan is ‘dead’\n\nThe transport plan was dropped, Ana Ruiz said on Monday.';
    assert.equal(quotes(u)[0]?.text, 'dead');
  });

  it('reads the speaker of a title-case or quotation-first headline', () => {
    assert.equal(quotes('Russia Ties at ‘Low Point’, Says Tillerson\n\nRex Tillerson met Sergei Lavrov in Moscow.')[0]?.speaker, 'Rex Tillerson');
    assert.equal(quotes('‘We are not getting along’: Trump on Russia ties\n\nDonald Trump spoke in Washington.')[0]?.speaker, 'Donald Trump');
  });

  it('reads a heading that is only a quotation as direct speech with no speaker unless stated', () => {
    const t = 'Lavrov met the delegation in Moscow. He said the talks had been useful.\n\n\'Russia is open to dialogue\'\n\nThe talks will resume in May.';
    assert.deepEqual(quotes(t).map((q) => [q.text, q.speaker, q.kind]), [['Russia is open to dialogue', null, 'direct']]);
  });
});

describe('quotes: robustness', () => {
  it('never throws on odd text and keeps every span inside the text', () => {
    const odd = ['', '"', '“', '”', '\'\'', '“”', '" "', '«»', 'a"b"c', '"""', '“‘’”', '\u200b“\u200b”\u200b', '"'.repeat(500), 'He said: "' + 'x '.repeat(5000),
      '"a" '.repeat(3000), '"we go," he said, '.repeat(2000), '‘’'.repeat(1000), 'Mr Smith said: “' + 'It is, he said, '.repeat(1000)];
    for (const t of odd) {
      for (const q of quotes(t)) {
        assert.ok(q.start >= 0 && q.end <= t.length && q.start < q.end);
        assert.equal(t.slice(q.start, q.end), q.text);
      }
    }
  });
});

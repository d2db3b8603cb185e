import assert from 'node:assert/strict';
import { quotes, speaker } from '../shared/attribution';

// Who said it: categories found on a seventh batch of fresh news (disaster wire copy, Irish court
// reports, Nigerian police statements, Philippine and Pakistani police, Canadian RCMP releases,
// press-conference round-ups, science releases, a New Zealand council meeting). Each snippet is
// invented; each case names the category it guards, with the negative cases beside it.

describe('attribution: categories found on unseen news, round 7 (invented snippets)', () => {
  it('the noun "call" after a singular article and its modifiers ("received a distress call that “…”") is no speech verb', () => {
    const t = 'Gunmen killed two people in Orlu on Wednesday.\n\nMr Abara said the police received a distress call that “armed men are fighting near the market” and sent teams.';
    assert.equal(speaker(t, 'armed men'), 'Abara');
    const u = 'Jo Marsh took an emergency phone call that “changed everything”, her brother said.';
    assert.notEqual(speaker(u, 'changed everything'), 'an emergency phone');
    // the verb with its -s after a singular subject still speaks
    const v = 'A spokesman calls the plan a “disgrace” in a letter.';
    assert.equal(speaker(v, 'disgrace'), 'a spokesman');
  });

  it('"“…” – Jo Roe" names the speaker on a line without a full stop, and may end with the topic ("– Jo Roe on Tom Pell")', () => {
    const t = 'There were updates on Tom Pell.\n\n“Today was recovery, but the doctors are calm.” – Jo Marsh\n\nDan Vale remains out.';
    assert.equal(speaker(t, 'doctors are calm'), 'Jo Marsh');
    const u = 'There were updates on Tom Pell.\n\n“He trained today and he is fine.” – Jo Marsh on Tom Pell\n\nDan Vale remains out.';
    assert.equal(speaker(u, 'trained today'), 'Jo Marsh');
    // a headline attributed after a dash
    const v = 'Plan ‘unworkable’ – Marsh\n\nMayor Jo Marsh has called the plan unworkable.';
    assert.equal(speaker(v, 'unworkable'), 'Jo Marsh');
    // after the name, more than a topic: the name is not left alone as the attribution
    const w = 'Tom Pell scored twice.\n\n“A great day” – Jo Marsh on Monday, when Tom Pell said his team was “the best”\n\nDan Vale remains out.';
    assert.notEqual(speaker(w, 'A great day'), 'Jo Marsh');
  });

  it('a speaker\'s paragraphs run together on one line, each with its opening mark, all go to the attribution that closes them', () => {
    const t = 'Tom Pell has a knee problem.\n\n“He is fine. He trained today. “We will see tomorrow how he feels. “I think he can play on Sunday.” – Jo Marsh on Tom Pell';
    for (const part of ['trained today', 'see tomorrow', 'play on Sunday']) assert.equal(speaker(t, part), 'Jo Marsh');
    // an unclosed quotation that goes on from an attributed one in its paragraph keeps that speaker
    const u = 'Ben Roe is out of contract.\n\n“I want to stay,” he said. “My age is the concern but I am fit. Roe joined the club in 2003 and impressed manager Jo Marsh. “He is an unsung hero,” said Marsh.';
    assert.equal(speaker(u, 'My age'), 'Ben Roe');
  });

  it('an attribution that closes a quotation run on over paragraphs outweighs a guess from the sentence before it', () => {
    const t = 'There were updates on Sam Hale and on Dan Vale.\n\n“Sam trained with the team and we hope he is fit. Dan will rest tomorrow.\n\n“Today was recovery, but the doctors are calm.” – Jo Marsh';
    assert.equal(speaker(t, 'trained with the team'), 'Jo Marsh');
  });
  it('an office named as a list of capitalised words, or with its abbreviation in brackets, before the name that says it ("“…,” Transport, Roads and Ports Minister Jo Roe said")', () => {
    const t = 'Police made arrests.\n\n“Thank you to all officers,” Premier Ben Vale said. “This is a good day.”\n\n“We will keep communities safe,” Transport, Roads and Ports Minister Tim Hale said. “Our work goes on.”';
    assert.equal(speaker(t, 'keep communities safe'), 'Tim Hale');
    assert.equal(speaker(t, 'Our work goes on'), 'Tim Hale');
    const u = 'Officers found the car.\n\n“It looks like a robbery,” Chief Superintendent of Police (CSP) Tunde Abara noted.';
    assert.equal(speaker(u, 'looks like a robbery'), 'Tunde Abara');
    // several people named before the verb are no office of the last one
    const v = 'The vote passed.\n\n“We are pleased,” Tom Pell, Jo Roe and Ben Vale said in a joint statement.';
    assert.notEqual(speaker(v, 'We are pleased'), 'Ben Vale');
  });

  it('a role after an organisation and lower-case modifiers, or after a document noun, heads the name after it ("said Acme County fire district chief Jo Roe at a briefing", "says senior study author Jo Roe")', () => {
    const t = 'Crews searched the mud.\n\n“We expect the number to rise,” said Acme County fire district chief Travis Horn at a briefing.';
    assert.equal(speaker(t, 'number to rise'), 'Travis Horn');
    const u = 'Researchers have an explanation.\n\n“Mice dream before birth,” says senior study author Tom Pell.';
    assert.equal(speaker(u, 'Mice dream'), 'Tom Pell');
    const w = 'Shares fell.\n\n“The firm is a husk,” said retail analyst Ben Vale of Acme Securities.';
    assert.equal(speaker(w, 'husk'), 'Ben Vale');
    // a document named after its noun is still no speaker
    const v = 'Ministers were briefed.\n\n“Costs will rise,” says the study titled Future Roads.';
    assert.notEqual(speaker(v, 'Costs will rise'), 'Future Roads');
  });

  it('a police rank abbreviated before a name ("SP Tunde Abara") is a title, so the person is a man in view for "he said"', () => {
    const t = 'The spokesperson for the command, SP Tunde Abara, confirmed the arrests.\n\n“The suspects were arrested on Friday,” he said.';
    assert.equal(speaker(t, 'arrested on Friday'), 'Tunde Abara');
    // a company named with the letters stays a company
    const u = 'Shares rose.\n\n“We had a strong year,” SP Group said in a statement.';
    assert.equal(speaker(u, 'strong year'), 'SP Group');
  });
  it('a nickname between a given name and a surname with a particle ("Ronaldo “Nando” dela Cruz") is no quotation', () => {
    const t = 'Police chief Ronaldo “Nando” dela Cruz asked the public to stay calm.';
    assert.equal(quotes(t).length, 0);
    // a lower-case word after it that is no particle makes no surname: the word in marks is a quotation
    const u = 'The room fell silent after Tom Pell “Enough” said Jo Roe, walking out.';
    assert.equal(speaker(u, 'Enough'), 'Jo Roe');
  });

  it('"quoted X saying “…”" ("as" left out) gives the words to X, not to whoever quoted', () => {
    const t = 'State media quoted Mines Minister Tom Pell saying “several hundred” people were missing.';
    assert.equal(speaker(t, 'several hundred'), 'Tom Pell');
    const u = 'The Herald quoted Tom Pell as saying “we are looking for the living”.';
    assert.equal(speaker(u, 'looking for the living'), 'Tom Pell');
  });

  it('"Jo Roe and colleagues said" is Jo Roe speaking for the people with her; unnamed colleagues after a comma are not', () => {
    const t = 'Shares fell.\n\nAt Acme Bank, analyst Tom Pell and colleagues said in a note that “the firm has become a show-me story.”';
    assert.equal(speaker(t, 'show-me story'), 'Tom Pell');
    const u = 'Shares fell.\n\nAnalyst Jo Roe and her team say the results were “a cold shower”.';
    assert.equal(speaker(u, 'cold shower'), 'Jo Roe');
    const v = 'Police questioned Tom Pell, and colleagues said he was “a quiet man”.';
    assert.notEqual(speaker(v, 'quiet man'), 'Tom Pell');
  });
  it('"the police" (or "the officials") speaking are many people, never the one the article titles "police chief"', () => {
    const t = 'City police chief Tom Pell offered a reward.\n\nTwo officers were killed and one “seriously injured” in the attack, the police stated.';
    assert.notEqual(speaker(t, 'seriously injured'), 'Tom Pell');
    // the title itself is still its holder
    const u = 'City police chief Tom Pell offered a reward.\n\n“We will find them,” the police chief said.';
    assert.equal(speaker(u, 'find them'), 'Tom Pell');
  });
});

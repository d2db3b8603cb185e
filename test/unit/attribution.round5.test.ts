import assert from 'node:assert/strict';
import { quotes, speaker } from '../shared/attribution';

// Who said it: categories found on a fifth batch of fresh news (cricket and rugby reports, Irish court
// reports, Nigerian floods, Canadian wildfires, New Zealand police releases, earthquakes, obituaries,
// business results). Each snippet is invented; each case names the category it guards, with the
// negative cases beside it.

describe('attribution: categories found on unseen news, round 5 (invented snippets)', () => {
  it('a quotation run on over three paragraphs, attributed only at the end of the last, is that speaker\'s from the first', () => {
    const t = 'Officers searched the hills on Tuesday.\n\n“Staff have spent three days in the area.\n\n“The search will continue tomorrow.\n\n“I want to thank the locals for their patience,” says Detective Inspector Tom Varley.';
    assert.equal(speaker(t, 'three days'), 'Tom Varley');
    assert.equal(speaker(t, 'continue tomorrow'), 'Tom Varley');
    // a paragraph of narration between them ends the run: what comes before it is not his
    const u = 'Officers searched the hills on Tuesday.\n\n“Staff have spent three days in the area.\n\nA post-mortem was carried out yesterday.\n\n“A guard will remain at the scene.\n\n“I want to thank the locals for their patience,” says Detective Inspector Tom Varley.';
    assert.notEqual(speaker(u, 'three days'), 'Tom Varley');
    assert.equal(speaker(u, 'guard will remain'), 'Tom Varley');
  });

  it('a given name alone is the titled full name it begins, with no gender in the article ("skipper Zephan Okoro … Zephan admitted")', () => {
    const t = 'Orbury skipper Zephan Okoro rued the defeat on Sunday.\n\n"It was a collective collapse and we lost as a group," Zephan admitted.';
    assert.equal(speaker(t, 'collective collapse'), 'Zephan Okoro');
    // the name of what a title heads, past "of", is no person's ("the head of Lenton's Kestrel Studios")
    const u = 'The head of Lenton\'s Kestrel Studios praised the staff on Monday.\n\n"It was a long year," Kestrel said.';
    assert.notEqual(speaker(u, 'long year'), 'Kestrel Studios');
  });

  it('a one-off run opened by a word no list knows as a given name ("Crestfallen Zephan blamed") yields to the titled full name', () => {
    const t = 'Orbury skipper Zephan Okoro had plenty to say after the loss.\n\nCrestfallen Zephan blamed the batting collapse.\n\n"We had a batting collapse," Zephan said.';
    assert.equal(speaker(t, 'batting collapse'), 'Zephan Okoro');
    // a run opened by a known given name is a person of its own: the surname stays his
    const u = 'Orbury skipper Zephan Okoro had plenty to say after the loss.\n\nJohn Zephan blamed the batting collapse.\n\n"We had a batting collapse," Zephan said.';
    assert.equal(speaker(u, 'batting collapse'), 'John Zephan');
  });

  it('a Chinese name written family name first is its family name alone ("Li Tengfei, 41, … said Li")', () => {
    const t = 'Li Tengfei, 41, said 30 of his colleagues had been trapped on the hillside.\n\n“We thought no one would come,” said Li, who was being treated for a broken leg.';
    assert.equal(speaker(t, 'no one would come'), 'Li Tengfei');
    // two people of that family name: the family name alone tells neither
    const u = 'Li Tengfei and Li Xiaomei were trapped on the hillside.\n\n“We thought no one would come,” said Li.';
    const s = speaker(u, 'no one would come');
    assert.notEqual(s, 'Li Tengfei');
    assert.notEqual(s, 'Li Xiaomei');
  });

  it('"the skipper", "the star batter": a person noun of sport, the person in view', () => {
    const t = 'Orbury captain Zephan Okoro blamed the defeat on his batsmen.\n\n“We did not bat well,” Okoro said.\n\n“We are much better than how we played today,” the star batter lamented.\n\n“We will come back,” the skipper said.';
    assert.equal(speaker(t, 'much better'), 'Zephan Okoro');
    assert.equal(speaker(t, 'come back'), 'Zephan Okoro');
    // with nobody in view the description stays
    const u = '“We will come back,” the skipper said.';
    assert.equal(speaker(u, 'come back'), 'the skipper');
  });

  it('"“…,” police said in a statement", "“…,” officials said": a bare plural of people after the quotation speaks', () => {
    const t = 'Raids in Orbury\n\nThree people were arrested on Tuesday.\n\n“This investigation shows the value of good locks,” police said in a statement.\n\n“It was very loud,” witnesses said.';
    assert.equal(speaker(t, 'good locks'), 'police');
    assert.equal(speaker(t, 'very loud'), 'witnesses');
    // a word in marks inside the description ('the "honoured" writer thanked') is no quotation of it
    const u = 'Awards in Orbury\n\nThe "honoured" writer thanked the panel on Monday.';
    assert.ok(!quotes(u).some((q) => q.speaker === 'writer'));
  });

  it('"“…,” the paper reported <Name> as saying": the one reported, as with "quoted … as saying"', () => {
    const t = 'Talks in Orbury\n\nStaff fear job losses.\n\n“The council has concerns about the plan,” the Daily Courier reported Tom Berrow as saying.';
    assert.equal(speaker(t, 'concerns about the plan'), 'Tom Berrow');
    // "reported" with no "as saying" after it: the paper
    const u = 'Talks in Orbury\n\nStaff fear job losses.\n\n“Three people were hurt,” the Daily Courier reported on Monday.';
    assert.equal(speaker(u, 'Three people'), 'Daily Courier');
  });

  it('"call" after a determiner or with nothing it calls after it is the noun ("on the earnings call, and said “…”")', () => {
    const t = 'Orbix results\n\nOrbix shares rose on Friday.\n\nTom Velder spoke on the earnings call, and said it has "made for some very interesting reading" in analyst reports.';
    assert.equal(speaker(t, 'interesting reading'), 'Tom Velder');
    // the verb still names: "analysts call it a “…”"
    const u = 'Orbix results\n\nOrbix shares rose on Friday.\n\nAnalysts call it a "very bold bet" on the future.';
    assert.equal(speaker(u, 'bold bet'), 'Analysts');
  });

  it('"The statement read:" after "Jo Roe, who made the call in a statement, noted …": the one who spoke in it', () => {
    const t = 'Orbury floods\n\nThe Orbury State government on Wednesday called for calm over the flooding.\n\nThe state Commissioner for Environment, Tom Velder, who made the call in a statement in Orbury, noted that the floods would recede.\n\nThe statement read: “Orbury has had nine hours of rain since Wednesday.”';
    assert.equal(speaker(t, 'nine hours'), 'Tom Velder');
    // a statement nobody brought in before: its author is not a person named earlier
    const u = 'Orbury floods\n\nTom Velder visited the river on Wednesday.\n\nThe statement read: “Orbury has had nine hours of rain since Wednesday.”';
    assert.notEqual(speaker(u, 'nine hours'), 'Tom Velder');
  });

  it('values named in a change "from ‘X’ to ‘Y’" and a plea\'s name are labels, not quotations', () => {
    const t = "Man who wanted to change plea from ‘guilty’ to ‘not guilty’ loses appeal\n\nTom Velder unsuccessfully sought to change his plea from 'guilty' to 'not guilty' before he was sentenced by Judge Ivo Marsh.\n\nThe agency cut its rating from “buy” to “hold”, its analyst Jo Roe said.\n\nShe entered a plea of “not guilty”, her lawyer said.";
    assert.deepEqual(quotes(t).map((q) => q.text), []);
    // words quoted after "from" with no second value are someone's
    const u = 'Markets slide\n\nThe trader said the market went from “bad to worse” overnight.';
    assert.deepEqual(quotes(u).map((q) => q.text), ['bad to worse']);
  });

  it('"“…,” Judge Marsh." — a name alone after the words, ending the sentence, is whoever said them', () => {
    const t = 'Judge jails man\n\nJudge Ivo Marsh made the comments during the sentence hearing of Tom Velder (25).\n\nVelder of Ard Lawn, Orbury was sentenced today to five years in prison.\n\n“I have to send a message to all the Tom Velders of this world that they must be dealt with,” Judge Marsh.';
    assert.equal(speaker(t, 'send a message'), 'Ivo Marsh');
    // a name that goes on into a clause of its own is no such attribution
    const u = 'Judge jails man\n\nJudge Ivo Marsh made the comments during the sentence hearing of Tom Velder (25).\n\n“I have to send a message,” Judge Marsh told Velder as he was led away.';
    assert.equal(speaker(u, 'send a message'), 'Ivo Marsh');
    const v = 'Awards night\n\nTom Velder won eight awards.\n\nHe starred in “Gandhi,” The Times reported.';
    assert.notEqual(speaker(v, 'Gandhi'), 'Tom Velder');
  });

  it('a number word alone is a count, not a speaker ("One of them was “…”, they said"); a channel named so more than once is one', () => {
    const t = 'Two guards were hurt outside the Orvin courthouse on Friday.\n\nOne of them was “pushed to the ground and kicked”, they said.';
    assert.notEqual(speaker(t, 'pushed to the ground'), 'One');
    const u = 'The channel Seven was fined on Monday. Regulators had contacted Seven in May.\n\n“We accept the ruling and have changed our adverts,” Seven said.';
    assert.equal(speaker(u, 'accept the ruling'), 'Seven');
  });
});

import assert from 'node:assert/strict';
import { quotes, speaker } from '../shared/attribution';

// Who said it: categories found on a fourth batch of fresh news (health, transport, technology launches,
// weather, local crime, education; UK, Indian, Australian, Nigerian, Kenyan and South African outlets).
// Each snippet is invented; each case names the category it guards, with the negative cases beside it.

describe('attribution: categories found on unseen news, round 4 (invented snippets)', () => {
  it('"the agency cited <Name>, <apposition>, as saying": the one cited, past the apposition', () => {
    const t = 'A bus overturned on Friday, officials said.\n\n“We heard a crash and ran outside,” the Daily Courier cited Tom Berrow, a farmer living nearby, as saying.';
    assert.equal(speaker(t, 'heard a crash'), 'Tom Berrow');
    // without "as saying" the agency still speaks
    const u = 'A bus overturned on Friday.\n\n“Three people were hurt,” the Daily Courier reported, citing Tom Berrow, a farmer.';
    assert.equal(speaker(u, 'Three people'), 'Daily Courier');
  });

  it('"<Org>\'s head of <unit>, <Name>, began … by admitting": the name in apposition to a possessive role is the subject', () => {
    const t = 'Orbix launched its new tablet on Tuesday.\n\nOrbix\'s head of hardware, Tom Velder, began the event by admitting the company had faced a "difficult" year.\n\n"Today, I am excited to show you a new device," he said.';
    assert.equal(speaker(t, 'difficult'), 'Tom Velder');
    assert.equal(speaker(t, 'excited'), 'Tom Velder');
    // a possessive subject with no name in apposition stays the description
    const u = 'Orbix launched its new tablet on Tuesday.\n\nOrbix\'s head of hardware began the event by admitting the company had faced a "difficult" year.';
    assert.notEqual(speaker(u, 'difficult'), 'Tom Velder');
  });

  it('a dateline ("ORBURY/LENTON, Eastland — …", "(AP) —") is not the sentence\'s subject', () => {
    const t = 'ORBURY/LENTON, Eastland ― Orbix has fired its greatest shot, with its new tablet being touted as the “most beautiful device ever” during the event.';
    assert.equal(speaker(t, 'most beautiful'), 'Orbix');
    const u = 'ORBURY, Eastland (AP) — Orbix began the event by admitting it had faced a “difficult” year.';
    assert.equal(speaker(u, 'difficult'), 'Orbix');
    // capitals with no dash after them are the subject
    const v = 'NASA began the briefing by admitting it had faced a “difficult” year.';
    assert.equal(speaker(v, 'difficult'), 'NASA');
  });

  it('a Korean name written family name first ("Yoon Tae-min"): "Yoon" alone is that person, and "he" after it; the family name is no given name whose gender a list knows', () => {
    const t = 'The launch is being led by the company\'s mobile chief Yoon Tae-min.\n\n“The response is strong,” he said on Monday.\n\nThere was speculation that Yoon would be moved. But Orbix, under the leadership of vice chairman Kim Dae-sung, did not seek a change.\n\nYoon kept his position. Now he has returned strong with the new tablet.\n\nHe seemed relaxed at the event. Referring to his English, he joked: “My mother tongue is engineering.”';
    assert.equal(speaker(t, 'mother tongue'), 'Yoon Tae-min');
    const u = 'Director Yoon Tae-min spoke first.\n\n“We will open in May,” Yoon said.';
    assert.equal(speaker(u, 'open in May'), 'Yoon Tae-min');
    // a Western two-word name's first word alone, with nothing marking it as a person (no title, no
    // gender, no given name a list knows), stays as written
    const v = 'Orbo Velder spoke first.\n\n“We will open in May,” Orbo said.';
    assert.notEqual(speaker(v, 'open in May'), 'Orbo Velder');
  });

  it('"the former chief minister" is not whom the article gives the office now: the former holder, else the person in view', () => {
    const t = 'Chief minister Tom Velder on Saturday said his party could win.\n\nOpposition leader Ivo Marsh said his party can still have its mayor. “We will win,” said the former chief minister.';
    assert.equal(speaker(t, 'We will win'), 'Ivo Marsh');
    const u = 'Former chief minister Ivo Marsh on Saturday said his party could win.\n\nChief minister Tom Velder said nothing. “We will win,” said the former chief minister.';
    assert.equal(speaker(u, 'We will win'), 'Ivo Marsh');
    // without "former", the office's holder as before
    const v = 'Chief minister Tom Velder on Saturday said his party could win.\n\nOpposition leader Ivo Marsh said his party can still have its mayor. “We will win,” said the chief minister.';
    assert.equal(speaker(v, 'We will win'), 'Tom Velder');
  });

  it('a plural with no -s ("police", "men", "people", "children") is never "he" or "she", but is "they"', () => {
    const t = 'Tom Velder, the police spokesman, warned people against “violent confrontations”.\n\nIn another development, police in the same state “intercepted a suspected robber”.\n\n“The suspect was riding an unregistered motorcycle,” he said.';
    assert.equal(speaker(t, 'unregistered motorcycle'), 'Tom Velder');
    const u = 'The band were thrown out of the club at 2am.\n\nAt the time, police said a fight broke out among the musicians. That led to one of the group being “pushed” onto a table, they said.';
    assert.equal(speaker(u, 'pushed'), 'police');
    // a singular description is still "he"
    const v = 'A police officer arrived at noon.\n\n“The suspect was riding an unregistered motorcycle,” he said.';
    assert.equal(speaker(v, 'unregistered motorcycle'), 'a police officer');
  });

  it('words in an adverbial clause with its own subject ("after a report downgraded …", "while the other players grumbled about …") are that subject\'s, if anyone\'s, not the main subject\'s', () => {
    const t = 'The school was closed last year.\n\nMs Ana Velder resigned in 2023 after an inspection report downgraded her school from “outstanding” to “inadequate”.';
    for (const q of quotes(t)) assert.notEqual(q.speaker, 'Ana Velder');
    const u = 'Ana Velder left the pitch early while the other players grumbled about her “reckless” move.';
    assert.equal(speaker(u, 'reckless'), 'the other players');
    // no clause of its own (no verb), or "if" after a verb of asking: the main subject as before
    const v = 'Ana Velder paid tribute after the “beautiful” speech of her mentor.';
    assert.equal(speaker(v, 'beautiful'), 'Ana Velder');
    const w = 'On the tape, Ana Velder is heard asking Tom Marsh if he is a “secret agent”.';
    assert.equal(speaker(w, 'secret agent'), 'Ana Velder');
  });

  it('"Officials in Orbury said", "Residents at relief centres in the North Valley tell": the people, not the place after the preposition', () => {
    const t = 'Residents at relief centres in the North Valley of Eastland tell harrowing stories of the "terrifying" flood that swept through the region.';
    assert.equal(speaker(t, 'terrifying'), 'residents');
    const u = 'Officials in Orbury said the flood was "terrifying".';
    assert.equal(speaker(u, 'terrifying'), 'officials');
    // a person's name after "in" is not passed over when the subject is no description of people
    const v = 'The report in Orbury said the flood was "terrifying".';
    assert.notEqual(speaker(v, 'terrifying'), 'officials');
  });

  it('a headline\'s passive with its auxiliary left out ("‘…’: Villagers urged to flee") names whom the words are told to, not who says them', () => {
    const t = '\'The river will burst\': Villagers urged to flee flood threat\n\nEmergency chief Tom Velder has said it is time to act now.\n\n"Police are putting themselves at risk trying to help you," he said.\n\n"It is not normal for Orbury. The river will burst. Their normal approaches will not work."';
    assert.notEqual(quotes(t)[0]!.speaker, 'Villagers');
    // a name after the colon with a verb of its own still speaks
    const u = '\'We will not back down\': Velder vows to fight on\n\nUnion leader Tom Velder spoke on Monday.';
    assert.equal(quotes(u)[0]!.speaker, 'Tom Velder');
  });
});

import assert from 'node:assert/strict';
import { quotes, speaker } from '../shared/attribution';

// Who said it: categories found on a sixth batch of fresh news (UK and Australian politics, US and
// Canadian crime reports with neighbours, Singaporean, Kenyan, Indian and South African outlets, NHS
// patients' stories, football previews, tech lay-offs). Each snippet is invented; each case names the
// category it guards, with the negative cases beside it.

describe('attribution: categories found on unseen news, round 6 (invented snippets)', () => {
  it('an office after organisation words heads a person ("Harbour Police Commissioner Jo Marsh"), so "he said" later is that person', () => {
    const t = 'Harbour Police Commissioner Owen Varley said extra patrols were in place.\n\n“We cannot do this job by ourselves,” he said.';
    assert.equal(speaker(t, 'by ourselves'), 'Owen Varley');
    // another man named before him is not the one meant
    const u = 'Premier Tom Askel said there was no threat.\n\nHarbour Police Commissioner Owen Varley said extra patrols were in place.\n\n“We cannot do this job by ourselves,” he said.';
    assert.equal(speaker(u, 'by ourselves'), 'Owen Varley');
    // a name with organisation words after the office stays an organisation's
    const v = 'Harbour Police Commissioner Office Trust said the fund was closed.\n\n“The fund is closed,” it said.';
    assert.notEqual(speaker(v, 'fund is closed'), 'Office Trust');
  });

  it('a description that names its person ("the woman, called Rana,", "a man named Jo Marsh") makes a person of a lone given name', () => {
    const t = 'Hospital bosses have apologised to a patient.\n\nThe woman, called Rana, stayed awake all night.\n\nShe said she was placed at “significant risk” on the ward.';
    assert.equal(speaker(t, 'significant risk'), 'Rana');
    const u = 'A man named Teodor waited four hours for a bed.\n\nHe said the ward was “filthy” when he arrived.';
    assert.equal(speaker(u, 'filthy'), 'Teodor');
    // a definite subject before "named" is a verb's: the coach named Teodor, so Teodor is no coach
    const v = 'The coach named Teodor as captain on Monday.\n\n“We are ready for the final,” the coach said.';
    assert.notEqual(speaker(v, 'ready for the final'), 'Teodor');
  });

  it('"called" naming the noun before it is no speech verb, and a weak verb with a short object before a colon brings the quotation ("before texting a friend: “…”")', () => {
    const t = 'The woman, called Rana, stayed awake all night before texting a friend: “Get me out of here.”';
    assert.equal(speaker(t, 'Get me out'), 'Rana');
    // "called X a “…”" is still speech
    const u = 'Mayor Jo Marsh called the plan a “disgrace” on Monday.';
    assert.equal(speaker(u, 'disgrace'), 'Jo Marsh');
  });

  it('"the father of five" is a person noun with a count of children, the man in view; "she" tells a description\'s gender, so "he" after it is someone else', () => {
    const t = 'Mr Pell was admitted with chest pains.\n\nA nurse shouted at him the next day.\n\nThe father of five recalled: “She just started screaming at me.”';
    assert.equal(speaker(t, 'started screaming'), 'Pell');
    const u = 'Mr Pell was admitted with chest pains.\n\nA nurse shouted at him the next day.\n\nShe said she was going to retire soon.\n\nHe added: “She was so angry.”';
    assert.equal(speaker(u, 'so angry'), 'Pell');
    // "she" after the nurse is still the nurse
    const v = 'Mr Pell was admitted with chest pains.\n\nA nurse shouted at him the next day.\n\n“You have no right to complain,” she said.';
    assert.equal(speaker(v, 'no right'), 'a nurse');
  });

  it('a reflexive intensifier between subject and verb ("Marsh herself accused …") keeps the subject', () => {
    const t = 'Jo Marsh had been paired with Tom Pell.\n\nMarsh herself accused the government of a “deliberate breaking of trust”.';
    assert.equal(speaker(t, 'deliberate breaking'), 'Jo Marsh');
  });

  it('what an office-holder owns ("Prime Minister’s Questions") is no holder of the office', () => {
    const t = 'Premier Jo Marsh spoke at Prime Minister’s Questions on Wednesday, where she faced Tom Pell.\n\nThe prime minister said today she was “looking very carefully” at the plan.';
    assert.equal(speaker(t, 'looking very carefully'), 'Jo Marsh');
  });

  it('"PM" is a title: "said PM Pell" is the prime minister named in full', () => {
    const t = 'Prime Minister Tom Pell opened the summit on Monday.\n\n“We speak with one voice,” said PM Pell.';
    assert.equal(speaker(t, 'one voice'), 'Tom Pell');
  });

  it('a capitalised speech verb after a quotation closed on a comma is its attribution ("“…,” Said another officer"), not a name', () => {
    const t = 'Police arrested Tom Pell on Friday.\n\n“We formed a team and laid a trap,” Said another officer.';
    assert.equal(speaker(t, 'laid a trap'), 'another officer');
    // "Said" before a capitalised word is a given name: “…,” Said Jalo added
    const u = 'Police arrested Tom Pell on Friday.\n\n“We laid a trap,” Said Jalo added.';
    assert.notEqual(speaker(u, 'laid a trap'), 'another officer');
  });

  it('a sentence whose quotation is followed by more words does not take the speaker of a short sentence after it', () => {
    const t = 'The party knows it has been damaged by accusations of “control freakery” and slick presentation from its own members. Tom Pell himself has said people complain he does not listen.';
    assert.ok(quotes(t).every((q) => q.speaker !== 'Tom Pell'));
    // a sentence that ends with its quotation does
    const u = 'Everyone laughed at the idea. “It will never happen.” Tom Pell said.';
    assert.equal(speaker(u, 'never happen'), 'Tom Pell');
  });

  it('a standfirst quotation given to a description ("a resident said", "the woman affected said") is the named person the body quotes with words that hold it', () => {
    const t = '“We want the mayor to come and see the filth on our streets,” a resident said.\n\nHundreds marched on Wednesday.\n\n“We want the mayor to come and see the filth on our streets. We are tired of waiting,” said Rana Okafor, who lives nearby.';
    assert.deepEqual(quotes(t).map((q) => q.speaker), ['Rana Okafor', 'Rana Okafor']);
    // words the named person never says stay the description's
    const u = '“We want the council to fix the drains at last,” a resident said.\n\nHundreds marched on Wednesday.\n\n“We want the mayor to come and see the filth on our streets,” said Rana Okafor.';
    assert.equal(speaker(u, 'fix the drains'), 'a resident');
    // a group is none of its members: the judges' words are not their chair's
    const v = 'The panel’s judges described the novel as a “celebration of the power of books”.\n\nTheir chair, Rana Okafor, said: “A celebration of the power of books and reading, it is a joy to read.”';
    assert.notEqual(quotes(v)[0]!.speaker, 'Rana Okafor');
  });

  it('a partial quotation after a sentence framed "According to X, …" is X\'s account going on', () => {
    const t = 'According to Mayor Jo Marsh, the caucus left the meeting to address members outside. They then led supporters into the building where “havoc broke out”.';
    assert.equal(speaker(t, 'havoc broke out'), 'Jo Marsh');
    // not when the frame is no person's ("According to reports")
    const u = 'According to reports, the caucus left the meeting to address members outside. They then led supporters into the building where “havoc broke out”.';
    assert.notEqual(speaker(u, 'havoc broke out'), 'Jo Marsh');
  });

  it('"A statement released by X today read: “…”": the document\'s agent is the speaker', () => {
    const t = 'Lenton Council closed the school on Monday.\n\nA statement released by Lenton Council today read: “This decision has not been taken lightly.”';
    assert.equal(speaker(t, 'taken lightly'), 'Lenton Council');
    // a name after "by" with no document before it is still no subject
    const u = 'The school was closed by Lenton Council today, parents said: “We are furious.”';
    assert.notEqual(speaker(u, 'furious'), 'Lenton Council');
  });
});

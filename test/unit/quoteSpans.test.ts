import assert from 'node:assert/strict';
import { extractQuotes, findQuotes } from '../../src/core/quotes';
import { MAX_QUOTE_CHARS, MAX_QUOTES_PER_SENTENCE, MAX_RUN_ON_PARAGRAPHS } from '../../src/core/quotes/marks';
import { parseArticle } from '../../src/core/text';

/** The text of every quotation span the marks give (before any is judged a quote or not). */
const spans = (text: string) => findQuotes(parseArticle(text)).map((q) => text.slice(q.start, q.end));
/** The text of every quote reported. */
const quotes = (text: string) => extractQuotes(parseArticle(text)).map((q) => q.text);
const kindsOf = (text: string) => extractQuotes(parseArticle(text)).map((q) => [q.text, q.kind]);

describe('quote spans: misplaced and unusual marks', () => {
  it('reads an opening mark typed for the closing one, when nothing after it closes', () => {
    assert.deepEqual(spans('“I feel sorry for the farmers, “said Mara Lind, a teacher from Orvik.'), ['I feel sorry for the farmers,']);
    assert.deepEqual(spans('Tomas Berg, 41, was charged with “reckless handling “of a firearm and released on bail.'), ['reckless handling']);
    assert.deepEqual(spans('“The vote does not matter. The council has the final say “'), ['The vote does not matter. The council has the final say']);
    // no narrative text after the mistyped mark becomes a quote
    assert.ok(!quotes('“We had no warning at all, “Ivo Marsh, the harbour master, said in a telephone interview.').some((q) => q.includes('harbour master')));
  });

  it('opens a straight mark followed by a space and an ellipsis (words quoted from their middle)', () => {
    assert.deepEqual(spans('Ivo Marsh faulted the panel. " ... [T]he panel failed to weigh the evidence," Marsh wrote.'), ['... [T]he panel failed to weigh the evidence,']);
    // a mark after a word, before a space and an ellipsis, still closes
    assert.deepEqual(spans('He said "no" ... and then he left.'), ['no']);
  });

  it('keeps a quotation resumed after a lost paragraph break, each sentence its own span', () => {
    assert.deepEqual(spans('Ana Ruiz said: "We worked hard all season. "We will win the final," she added.'), ['We worked hard all season.', 'We will win the final,']);
  });

  it('drops an opening mark left open inside a sentence when a later quotation closes', () => {
    assert.deepEqual(spans('The banned list includes "pushback and "circle the wagons" this year.'), ['circle the wagons']);
  });

  it('reads ’’ and ‘‘ typed for double marks', () => {
    assert.deepEqual(spans('“We print only local comics,’’ says Ivo Marsh, the shop’s founder. The shop opened in May.'), ['We print only local comics,']);
    assert.deepEqual(spans('‘‘We print only local comics,’’ says Ivo Marsh.'), ['We print only local comics,']);
    // a plural possessive before a single closing mark stays inside the quotation
    assert.deepEqual(spans('Ana Ruiz said: ‘This town belongs to the Herons’’.'), ['This town belongs to the Herons’']);
  });

  it('drops a nickname between a given name and a surname, in a title-case headline too', () => {
    assert.deepEqual(quotes('Former Mayor Ivo "Fritz" Marsh Dies at 97\n\nIvo Marsh led the city for 20 years. "He was a giant," said Mara Lind.'), ['He was a giant,']);
    assert.deepEqual(quotes("Tomas 'Head' Berg told a radio station he had \"found peace\" at last."), ['found peace']);
  });

  it("reads two straight apostrophes after a comma as the closing mark of a double quotation (typewriter wire style)", () => {
    const t = '"The harvest looks fine in every way but one,\'\' said Ivo Marsh, a grain trader in Orvik. "Prices will fall.\'\'';
    assert.deepEqual(spans(t), ['The harvest looks fine in every way but one,', 'Prices will fall.']);
    const found = extractQuotes(parseArticle(t));
    assert.deepEqual(found.map((q) => q.speaker), ['Ivo Marsh', 'Ivo Marsh']);
    // no double quotation open: an elided word after a comma is no closing pair ('' alone stays out)
    assert.deepEqual(spans("The band played, ''til dawn, and left."), []);
  });

  it('opens a quotation with a closing-shaped mark after a bracket', () => {
    assert.deepEqual(spans('The rival’s verdict (”This man builds rockets. Who else does?”) was quoted widely.'), ['This man builds rockets. Who else does?']);
  });

  it('closes with a straight mark typed between blanks when nothing else closes', () => {
    assert.deepEqual(spans('"I was a rusty pilot who had not flown for years... " Ivo Marsh recalled. The film came out in 1956.'), ['I was a rusty pilot who had not flown for years...']);
  });

  it('reads no apostrophe inside or before a word as a mark', () => {
    assert.deepEqual(spans('The players’ union didn’t comment on the club’s ’90s kits or O\'Neill\'s rock ’n’ roll.'), []);
  });
});

describe('quote spans: caps against stray marks', () => {
  it('takes the opening mark of a quotation longer than the cap as stray', () => {
    const long = 'the river rose again overnight and '.repeat(Math.ceil(MAX_QUOTE_CHARS / 35) + 1);
    assert.deepEqual(spans(`Ana Ruiz said “${long}it held.” Then she left.`), []);
    assert.equal(spans(`Ana Ruiz said “${long.slice(0, 500)}it held.” Then she left.`).length, 1);
  });

  it('links a quotation that runs on over paragraphs for at most the cap of paragraphs', () => {
    const text = 'Ana Ruiz said:\n\n' + Array.from({ length: MAX_RUN_ON_PARAGRAPHS + 5 }, (_, i) => `“We rebuilt pier number ${i} in May.`).join('\n\n') + '”';
    const raw = findQuotes(parseArticle(text));
    assert.equal(raw.length, MAX_RUN_ON_PARAGRAPHS + 5);
    const links = raw.map((q) => q.continues);
    assert.deepEqual(links.slice(0, 3), [-1, 0, 1]);
    assert.equal(links.filter((c) => c === -1).length, 2, 'the chain is cut once, after the cap');
    assert.equal(links[MAX_RUN_ON_PARAGRAPHS], -1);
  });

  it('yields no quotation from a sentence with more of them than the cap (a list of words)', () => {
    const items = Array.from({ length: MAX_QUOTES_PER_SENTENCE + 1 }, (_, i) => `“word${String.fromCharCode(97 + i)} and more”`).join(', ');
    assert.deepEqual(spans(`The banned list names ${items} this year.`), []);
    const few = Array.from({ length: 3 }, (_, i) => `“word${String.fromCharCode(97 + i)} and more”`).join(', ');
    assert.equal(spans(`The banned list names ${few} this year.`).length, 3);
  });

  it('yields no quotation from a paragraph whose marks are damaged', () => {
    const damaged = 'the „council said ”it would« review ‘plans for "a new bridge» over the “river after" residents ”complained about ”noise and" dust ”Mayor said.';
    assert.deepEqual(spans(damaged), []);
    // one slip in an otherwise edited paragraph is not damage
    assert.deepEqual(spans('“We will rebuild,” said Ana Ruiz. The council” agreed. “It is time,” said Ivo Marsh.'), ['We will rebuild,', 'It is time,']);
  });
});

describe('quote spans: what counts as a quote', () => {
  it('keeps a phrase of several words copied into the sentence even with no speech verb', () => {
    assert.deepEqual(quotes('The accord is a framework that “reaffirms the right of states to set their own policy.” Ministers meet in May.'), ['reaffirms the right of states to set their own policy.']);
    assert.deepEqual(quotes('Rangers seized “a large cache of arms and equipment,” including six rifles.'), ['a large cache of arms and equipment,']);
  });

  it('does not keep a quoted term that modifies the noun after it', () => {
    assert.deepEqual(quotes('Critics mocked the “one day, one vote” rule at the time.'), []);
    assert.deepEqual(quotes('Police linked the threats to the same “extortion” scam as last year.'), []);
    assert.deepEqual(quotes('Ana Ruiz said it was a “shocking” decision.'), ['shocking']);
    // a quoted qualifier before a noun is still somebody's word
    assert.deepEqual(quotes('Ana Ruiz praised the “brave” decision, she said.'), ['brave']);
    assert.deepEqual(quotes('Police used “excessive and gratuitous” force, the report found.'), ['excessive and gratuitous']);
  });

  it('keeps an exclamation someone utters, even in capitals, and a quotation set in capitals', () => {
    assert.deepEqual(kindsOf('The minimum order is … “One!” says the owner, Ivo Marsh.'), [['One!', 'direct']]);
    assert.deepEqual(kindsOf('Fans shouted “Stop The Count!” at the gates.'), [['Stop The Count!', 'direct']]);
    assert.deepEqual(quotes('THE JUDGE SAID THE TWO MEN HAD BEEN ARRESTED “ON CHARGES OF FRAUD UNDER THE CRIMINAL CODE.”'), ['ON CHARGES OF FRAUD UNDER THE CRIMINAL CODE.']);
  });

  it('skips titles of works, nicknames and scare quotes', () => {
    assert.deepEqual(quotes('She starred in “The Long Night Road” last year.'), []);
    assert.deepEqual(quotes('The striker, known as the “Little Hammer”, scored twice.'), []);
    assert.deepEqual(quotes('He was, in his own way, a “leader” country’s envoy.'), []);
  });
});

describe('quote spans: related-story links', () => {
  it('reads a READ MORE or WATCH headline that quotes someone like any headline', () => {
    const t = 'Mayor Ana Ruiz spoke on Monday.\n\nREAD MORE: Mayor says bridge plan was ‘rushed and unfair’\n\nThe council meets in May.';
    assert.deepEqual(quotes(t), ['rushed and unfair']);
    const w = 'Mayor Ana Ruiz spoke on Monday.\n\nWATCH: ‘We will not back down’: mayor vows to fight bridge plan\n\nThe council meets in May.';
    assert.deepEqual(quotes(w), ['We will not back down']);
  });

  it('keeps other related-story links as page debris, and a quoted term in one is not a quote', () => {
    assert.deepEqual(quotes('Mayor Ana Ruiz spoke on Monday.\n\nREAD MORE: Five things to know about the bridge\n\nThe council meets in May.'), []);
    assert.deepEqual(quotes('Mayor Ana Ruiz spoke on Monday.\n\nWATCH: Police warn of rise in ‘extortion’ cases\n\nThe council meets in May.'), []);
  });
});

describe('quote spans: kind', () => {
  const kinds = (text: string) => extractQuotes(parseArticle(text)).map((q) => [q.text, q.kind]);

  it('calls a quotation that begins in the middle of the reporter’s clause partial, whatever follows inside', () => {
    assert.deepEqual(kinds('Ana Ruiz said the board was “troubled by the fact that there is no one in charge of the pier,” and left.'), [['troubled by the fact that there is no one in charge of the pier,', 'partial']]);
    assert.deepEqual(kinds('Ivo Marsh said the crews would move to a “smaller presence, one that everyone is comfortable with.”'), [['smaller presence, one that everyone is comfortable with.', 'partial']]);
    assert.deepEqual(kinds('Ana Ruiz said she was “very pleased with the ruling. This levels the field for all of us.”'), [['very pleased with the ruling. This levels the field for all of us.', 'partial']]);
    assert.deepEqual(kinds('Ana Ruiz said the old pier “was never safe, and we knew it,” and closed it.'), [['was never safe, and we knew it,', 'partial']]);
  });

  it('calls a clause after “that” or a speech verb direct, and a short sentence that stands alone', () => {
    assert.deepEqual(kinds('The ministry added that “in some cases, extra checks may be needed before the ferry sails.”'), [['in some cases, extra checks may be needed before the ferry sails.', 'direct']]);
    assert.deepEqual(kinds('Ivo Marsh said “nobody knows the story behind it,” and left.'), [['nobody knows the story behind it,', 'direct']]);
    assert.deepEqual(kinds('“We were united,” Ana Ruiz said. “Our crew just held together.”'), [['We were united,', 'direct'], ['Our crew just held together.', 'direct']]);
  });
});

import assert from 'node:assert/strict';
import { agree } from '../../src/core/corpus/detectors/numbers';
import { labels, numberStory } from './numberStory';

// Figures of one changing quantity (a toll, a fire's area, a count of missing people) at the
// story's now and at other stages, read from the clause; and what a count measures. Invented
// events only; each article names the same three entities, so that the articles report one story.
const { numbers, read } = numberStory(
  ['Ilse Varga', 'Korvik', 'Northmere Water'],
  [
    'Ilse Varga of Northmere Water spoke in Korvik after the flood.',
    'Officials from Northmere Water met Ilse Varga in Korvik.',
    'In Korvik, Ilse Varga of Northmere Water gave details.',
  ],
  'The roads around Korvik stay closed.',
);

describe('number discrepancies: the stage of a changing quantity', () => {
  it('a figure the outlet says was given earlier is not its figure: "had earlier put the toll at 44"', () => {
    const docs = ['The death toll in Korvik stands at 40, officials said.', 'The flood claimed the lives of 40 people in Korvik. Officials had earlier reported the death toll at 52.'];
    assert.deepEqual(labels(numbers(docs)), []);
  });

  it('the figure a quantity changed from is not compared: "revised down from 200 people"', () => {
    assert.deepEqual(labels(numbers(['There are still 120 people missing in Korvik, officials said.', 'The list of people missing in Korvik was revised down from 200 people as some were found in shelters.'])), []);
  });

  it('"increased from 120 to 150" is a change, not a range: 150 is the figure', () => {
    const found = numbers(['The death toll in Korvik increased from 120 to 150 on Sunday, officials said.', 'The death toll in Korvik stands at 120, officials said.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: /);
    assert.ok(found[0]!.members.some((m) => m.doc === 'a.txt' && m.text === '150'), JSON.stringify(found[0]!.members));
    assert.ok(!found[0]!.members.some((m) => m.doc === 'a.txt' && m.text.includes('120')));
  });

  it('a forecast is not a figure of the story: "up to five inches of rain is expected" / "dropped seven inches"', () => {
    assert.deepEqual(labels(numbers(['The storm dropped seven inches of rain over Korvik.', 'Up to five inches of rain is expected over Korvik on Tuesday.'])), []);
    // The toll beside "expected to rise" is the outlet's figure.
    const found = numbers(['At least 40 people were killed in the flood in Korvik and the toll is expected to rise.', 'Rescuers said 60 people were killed in the flood in Korvik.']);
    assert.deepEqual(labels(found), ['people killed: At least 40 people · 60 people']);
  });

  it('the day of a count or of its report is not the day of the event: "rose on Monday to 400", "had on Friday morning confirmed"', () => {
    const docs = ['The death toll in Korvik rose on Monday to nearly 400, officials said.', 'Ilse Varga had on Friday morning confirmed the death toll in Korvik to be 164.'];
    assert.deepEqual(labels(numbers(docs)).filter((l) => l.startsWith('day of the week')), []);
  });

  it('a running toll reported at many stages is one discrepancy when its figures agree in few ways', () => {
    const found = numbers([
      'The death toll in Korvik stands at 370, officials said.',
      'Floods in Korvik killed at least 370 people, officials said.',
      'The death toll in Korvik stands at 357, officials said.',
      'Floods in Korvik have killed more than 410 people, officials said.',
      'The death toll in Korvik rose to nearly 400, officials said.',
      'The death toll in Korvik has risen to 373, officials said.',
      'Floods in Korvik have killed over 324 people, officials said.',
    ]);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^people killed: /);
  });
});

describe('number discrepancies: another named event recalled', () => {
  it('a sentence about another fire the article names is not of the story: "The Dunmore Fire burned 45,000 acres"', () => {
    const docs = [
      'The Korvik Fire was fully contained on Sunday. Another blaze, the Dunmore Fire, started the same day. The Dunmore Fire burned through more than 45,000 acres.',
      'The Korvik Fire burned through 60,000 acres before it was contained on Sunday.',
    ];
    assert.deepEqual(labels(numbers(docs)), []);
  });

  it('an agency named like a fire is no other event: "the Northmere Fire website"', () => {
    const docs = [
      'The Korvik Fire was fully contained on Sunday. The fire burned through more than 45,000 acres, the Northmere Fire website said.',
      'The Korvik Fire burned through 60,000 acres before it was contained on Sunday.',
    ];
    assert.equal(labels(numbers(docs)).filter((l) => l.startsWith('number of acres')).length, 1);
  });

  it('a distance to a place and a separation are two measures: "about 140 miles away" / "100 miles north of Korvik"', () => {
    assert.deepEqual(labels(numbers(['About 140 miles away, the fire crews from Korvik set up a camp.', 'The fire crews set up a camp less than 100 miles north of Korvik.'])), []);
  });
});

describe('number discrepancies: what a count measures', () => {
  it('the population of a place: "a town of 50,000" / "a town of around 58,000 people"', () => {
    const found = numbers(['The flood hit Korvik, a town of 50,000 on the river.', 'The flood hit Korvik, a town of around 58,000 people on the river.']);
    assert.deepEqual(labels(found), ['people living there: 50,000 · around 58,000 people']);
  });

  it('the visitors of a place are not its population: "attracts more than 100,000 people to the town"', () => {
    assert.deepEqual(labels(numbers(['The fair attracts more than 100,000 people to the town of Korvik every year.', 'The fair was held in Korvik, a town of around 58,000 people.'])), []);
  });

  it('"killed at least three people and injured 12 more": the three were killed', () => {
    const found = numbers(['A gunman killed at least three people and injured 12 more at the fair in Korvik, police said.', 'Police said five people were killed at the fair in Korvik.']);
    assert.deepEqual(labels(found), ['people killed: at least three people · five people']);
  });

  it('a figure followed by "and" or a preposition has no counted noun; the verb before it says what happened: "killing three and wounding at least 15 before police"', () => {
    const list = read('The gunman opened fire, killing three and wounding at least 15 before police shot him.');
    assert.deepEqual(list.map((m) => `${m.measure}:${m.value}`), ['people:killed:3', 'people:injured:15']);
    assert.deepEqual(read('Two in structures were found.').map((m) => m.measure), []);
  });

  it('a count "including the gunman" may or may not count him: "four people were killed, including the gunman" / "killed three people"', () => {
    assert.deepEqual(labels(numbers(['A gunman killed three people at the fair in Korvik before police shot him.', 'Four people were killed at the fair in Korvik, including the gunman, police said.'])), []);
    // Another count than the attacker's is still compared.
    assert.equal(labels(numbers(['A gunman killed three people at the fair in Korvik before police shot him.', 'Six people were killed at the fair in Korvik, including the gunman, police said.'])).length, 1);
  });

  it('homes are a kind of building: "19,000 buildings" / "nearly 14,000 homes" are two measures', () => {
    assert.deepEqual(labels(numbers(['The fire destroyed almost 19,000 buildings near Korvik.', 'The fire destroyed nearly 14,000 homes near Korvik.'])), []);
  });

  it('a round figure is rounded: "14,000 homes" / "13,972 homes" agree, "14,000" / "12,500" do not', () => {
    const [a, b, c] = [read('The fire destroyed 14,000 homes.')[0]!, read('The fire destroyed 13,972 homes.')[0]!, read('The fire destroyed 12,500 homes.')[0]!];
    assert.ok(agree(a, b));
    assert.ok(!agree(a, c));
    assert.ok(!agree(read('It destroyed 1,000 homes.')[0]!, read('It destroyed 1,400 homes.')[0]!));
  });

  it('a margin is no value: "winds 7 mph shy of the record" / "winds of 150 mph"', () => {
    assert.deepEqual(read('The storm came ashore with winds just 7 mph shy of the record.').map((m) => m.measure), []);
    assert.deepEqual(read('Its winds were only 2 mph short of the record.').map((m) => m.measure), []);
    assert.deepEqual(read('Its winds reached 150 mph.').map((m) => m.measure), ['speed']);
  });

    it('lakh and crore are multipliers: "2.4 lakh people" is 240,000', () => {
    assert.equal(read('Some 2.4 lakh people were evacuated.')[0]!.value, 240_000);
    assert.equal(read('Nearly 1.2 crore people were affected.')[0]!.value, 12_000_000);
  });
});

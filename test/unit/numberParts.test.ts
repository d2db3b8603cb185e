import assert from 'node:assert/strict';
import { labels, numberStory } from './numberStory';

// Figures that are a part, a margin or an increment of what another outlet counts, and figures
// told in parts: round 5 of fresh events (races, takeovers, outbreaks, landslides).
// Invented events only; each article names the same three entities, so that they report one story.
const { numbers, read } = numberStory(
  ['Mara Okonjo', 'Vell Harbour', 'Castor Group'],
  [
    'Mara Okonjo of Castor Group spoke at Vell Harbour on Sunday.',
    'Officials from Castor Group met Mara Okonjo at Vell Harbour.',
    'At Vell Harbour, Mara Okonjo of Castor Group gave details.',
  ],
  'The quay at Vell Harbour stays open.',
);

describe('number discrepancies: times told in parts, clocks of three parts, margins', () => {
  it('a time told in parts is one time: "three hours and 12 seconds" / "three hours and 40 seconds"', () => {
    const [t] = read('She finished the crossing in three hours and 12 seconds.');
    assert.equal(t?.measure, 'duration');
    assert.equal(Math.round(t!.value * 3600), 3 * 3600 + 12);
    assert.equal(numbers(['She finished the crossing in three hours and 12 seconds, the judges said.', 'She finished the crossing in three hours and 40 seconds, the judges said.']).length, 1);
    assert.deepEqual(numbers(['She finished the crossing in three hours and 12 seconds, the judges said.', 'She finished the crossing in three hours and 12 seconds, the judges said.']), []);
  });

  it('a clock of three parts is no time of day: "in 3:05:12" / "in 3:11:05"', () => {
    assert.deepEqual(read('She won the crossing in 3:05:12, ahead of the field.').filter((m) => m.measure === 'time'), []);
    assert.deepEqual(labels(numbers(['She won the crossing in 3:05:12, the judges said.', 'The previous mark of 3:11:05 stood for years, the judges said.'])), []);
  });

  it('a margin between two times is not a time taken: "by 34 seconds" / "by 50 seconds", "27 seconds behind"', () => {
    assert.deepEqual(read('She beat the old mark by 34 seconds.'), []);
    assert.deepEqual(read('The runner-up was two minutes and 27 seconds behind her.'), []);
    assert.deepEqual(numbers(['The old mark was cut by 34 seconds, the judges said.', 'She bettered her own best by 50 seconds, the judges said.']), []);
  });
});

describe('number discrepancies: increments and parts of a sum', () => {
  it('new cases within a period are no total: "seven cases" / "four confirmed cases in the last 24 hours"', () => {
    const cases = (t: string) => read(t).filter((m) => m.measure.startsWith('people'));
    assert.deepEqual(cases('Four confirmed cases of the fever have been recorded in the last 24 hours.'), []);
    assert.deepEqual(cases('Health officials reported nine new cases on Monday.'), []);
    assert.deepEqual(numbers(['Health officials have confirmed seven cases of the fever.', 'Four confirmed cases of the fever have been recorded in the last 24 hours.']), []);
  });

  it('the totals are still compared: "seven cases" / "11 cases"', () => {
    assert.equal(numbers(['Health officials have confirmed seven cases of the fever.', 'Health officials have confirmed 11 cases of the fever so far.']).length, 1);
  });

  it('someone\'s part of a sum is no price: "for $4 billion" / "$2.5 billion of his own money"', () => {
    assert.deepEqual(numbers(['Castor Group agreed to sell the port to Okonjo for $4 billion.', 'Okonjo will use up to $2.5 billion of his own money to buy the port.']), []);
    assert.equal(numbers(['Castor Group agreed to sell the port to Okonjo for $4 billion.', 'Castor Group agreed to sell the port to Okonjo for $3 billion.']).length, 1);
  });
});

describe('number discrepancies: people buried or trapped', () => {
  it('"buried an estimated 300 people" / "buried more than 1,000 people alive"', () => {
    const [m] = read('The mudslide has buried an estimated 300 people, the agency said.');
    assert.equal(m?.measure, 'people:buried');
    const found = numbers(['The mudslide has buried an estimated 300 people, the agency said.', 'The mudslide buried more than 1,000 people alive, the disaster office said.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^people buried or trapped: /);
  });

  it('estimates of people not found far apart are one fact: "buried 300" / "buried 1,000"; a toll or a count of things far apart is not', () => {
    assert.equal(numbers(['The mudslide near Vell Harbour buried 300 people, rescuers said.', 'The mudslide near Vell Harbour buried 1,000 people, rescuers said.']).length, 1);
    assert.deepEqual(numbers(['The mudslide near Vell Harbour killed 300 people, rescuers said.', 'The mudslide near Vell Harbour killed 1,000 people, rescuers said.']), []);
    assert.deepEqual(numbers(['The mudslide near Vell Harbour destroyed 300 houses, rescuers said.', 'The mudslide near Vell Harbour destroyed 1,000 houses, rescuers said.']), []);
  });

  it('buried and killed are two measures: "buried 300 people" / "killed 40 people"', () => {
    assert.deepEqual(numbers(['The mudslide has buried an estimated 300 people, the agency said.', 'The mudslide killed 40 people, the agency said.']), []);
  });
});

describe('number discrepancies: a whole against its part, penalties the law sets, stages of a move', () => {
  it('the whole after a part is not the part\'s count: "guilty on 4 out of 5 counts" / "guilty on four counts"', () => {
    assert.deepEqual(read('A jury found Okonjo guilty on 4 out of 5 counts of fraud.').filter((m) => m.measure.startsWith('count')), []);
    assert.deepEqual(numbers(['A jury found Okonjo guilty on 4 out of 5 counts of fraud, the court said.', 'A jury found Okonjo guilty on four counts of fraud, the court said.']), []);
  });

  it('a penalty the law sets is not compared: "carries a maximum sentence of 20 years" / "up to 30 years" in all', () => {
    assert.deepEqual(
      numbers(['The fraud count carries a maximum sentence of 20 years in prison, the court said.', 'In all, the counts could carry a combined sentence of up to 30 years in prison, the court said.']),
      [],
    );
  });

  it('but a maximum of a measure is a figure: "maximum sustained winds of 200 km/h" / "180 km/h"', () => {
    assert.equal(read('The storm had maximum sustained winds of 200 km/h at landfall.').length, 1);
  });

  it('where a changing quantity went is a stage of it: "descended to 6,000 feet" / "flying at 9,000 feet"', () => {
    assert.deepEqual(numbers(['The pilots descended to 6,000 feet after the window cracked, the airline said.', 'The window cracked while the jet was flying at 9,000 feet, the airline said.']), []);
    assert.equal(numbers(['The jet was flying at 12,000 feet when the window cracked, the airline said.', 'The window cracked while the jet was flying at 9,000 feet, the airline said.']).length, 1);
  });

  it('any form of a verb of change, by the one stemmer: "was descending to 6,000 feet", "sinks to"', () => {
    assert.deepEqual(numbers(['The jet was descending to 6,000 feet after the window cracked, the airline said.', 'The window cracked while the jet was flying at 9,000 feet, the airline said.']), []);
    assert.deepEqual(numbers(['The balloon sinks to 6,000 feet after the window cracked, the airline said.', 'The window cracked while the balloon was flying at 9,000 feet, the airline said.']), []);
  });
});

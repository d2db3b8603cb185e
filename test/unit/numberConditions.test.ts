import assert from 'node:assert/strict';
import { labels, numberStory } from './numberStory';

// What a figure is, beyond its noun: a rule's condition, a part counted against its whole, the
// cases of an outbreak, bodies identified, the year a period began. Invented events only; each
// article names the same three entities, so that the articles report one story.
const { numbers, read } = numberStory(
  ['Tomas Reddick', 'Alvenna', 'Sorvik Electoral Board'],
  [
    'Tomas Reddick of the Sorvik Electoral Board spoke in Alvenna on Thursday.',
    'Officials from the Sorvik Electoral Board met Tomas Reddick in Alvenna.',
    'In Alvenna, Tomas Reddick of the Sorvik Electoral Board gave details.',
  ],
  'The offices in Alvenna stay open.',
);

describe('number discrepancies: a rule\'s condition is no figure of the story', () => {
  it('"a candidate needed more than 50 percent of the vote" / "won 52.4 percent of the vote": not compared', () => {
    assert.deepEqual(labels(numbers(['To win outright a candidate needed more than 50 percent of the vote in the first round.', 'The winner took 58 percent of the vote in the first round.'])), []);
    assert.deepEqual(labels(numbers(['The winner cleared the 50 percent needed to avoid a second round of the vote.', 'The winner took 58 percent of the vote in the first round.'])), []);
  });

  it('two outlets\' results still differ: "took 52.4 percent of the vote" / "won 51.9 percent of the vote", a rule beside one of them left out', () => {
    const found = numbers(['The winner took 52.4 percent of the vote in the first round, above the threshold of 50 percent.', 'The winner won 51.9 percent of the vote in the first round.']);
    assert.deepEqual(labels(found), ['percentage: 52.4 percent of the vote · 51.9 percent of the vote']);
  });

  it('a requirement word makes the figure a condition: "must get", "the requirement of winning", "needs to get"', () => {
    const when = (t: string) => read(t).map((m) => m.when);
    assert.deepEqual(when('One must get 25 percent of the vote in each province.'), [2]);
    assert.deepEqual(when('Both met the requirement of winning at least 25 per cent of the vote in more than half of the provinces.'), [2]);
    assert.deepEqual(when('She also needs to get 25 percent of the votes in 12 provinces.'), [2, 2]);
    // A clause after the rule is the result again.
    assert.deepEqual(when('She needed a majority, and she won 61 percent of the vote.'), [0]);
  });
});

describe('number discrepancies: a plan\'s time is no time of the story', () => {
  it('"is due to announce the result on Saturday at 11 a.m." / "announced the result at noon": not compared', () => {
    assert.deepEqual(labels(numbers(['The board is due to announce the final result on Saturday at 11 a.m. in the capital.', 'The board announced the final result on Saturday at noon in the capital.'])), []);
    assert.deepEqual(read('The vote was delayed due to the storm, and the board met at 11 a.m.').map((m) => m.when), [0]);
    assert.deepEqual(read('The hearing is scheduled for Monday at 3 p.m.').map((m) => m.when), [2, 2]);
  });
});

describe('number discrepancies: a part counted against its whole', () => {
  it('"in 24 districts out of 47" is a part: not compared with "the country\'s 47 districts"', () => {
    assert.deepEqual(read('She won a quarter of the vote in 24 districts out of 47.').map((m) => m.value), []);
    // (The whole, with its noun, is read on its own.)
    assert.deepEqual(read('She won in 17 of the 40 wards.').map((m) => m.value), [40]);
    assert.deepEqual(labels(numbers(['She won a quarter of the vote in 24 districts out of 47 on Sunday.', 'She won a quarter of the vote across the country\'s 47 districts on Sunday.'])), []);
  });

  it('a count with its whole after "of the" noun is still read: "17 of the hijacked ships"', () => {
    assert.deepEqual(read('Pirates still hold 17 of the hijacked ships.').map((m) => `${m.measure}:${m.value}`), ['vessel:17']);
  });
});

describe('number discrepancies: what else a count measures', () => {
  it('the cases of an outbreak are people infected: "3,766 cases" / "2,100 cases"; "1,900 people have been infected" is one measure with them', () => {
    const found = numbers(['There are now 3,766 cases of the fever, the ministry said.', 'The outbreak has reached 2,100 cases of the fever, the ministry said.']);
    assert.deepEqual(labels(found), ['cases / people infected: 3,766 cases · 2,100 cases']);
    assert.deepEqual(read('About 1,900 people have been infected with the fever.').map((m) => m.measure), ['people:infected']);
  });

  it('cases are not deaths: "3,766 cases" / "25 deaths" are two measures', () => {
    assert.deepEqual(labels(numbers(['There are now 3,766 cases of the fever, the ministry said.', 'The fever has caused 25 deaths, the ministry said.'])), []);
  });

  it('the badly hurt are a part of the injured: "76 passengers were seriously injured" / "nearly 200 were injured"', () => {
    assert.deepEqual(read('Police said 76 passengers were seriously injured in the crash.').map((m) => m.measure), []);
    assert.deepEqual(read('Some 150 people received minor injuries.').map((m) => m.measure), []);
    assert.deepEqual(labels(numbers(['Police said 76 passengers were seriously injured in the crash near the bridge.', 'Police said 190 passengers were injured in the crash near the bridge.'])), []);
    assert.equal(labels(numbers(['Police said 150 passengers were injured in the crash near the bridge.', 'Police said 190 passengers were injured in the crash near the bridge.'])).length, 1);
  });

  it('bodies identified are not bodies found: "133 bodies have been found" / "123 bodies have been identified"', () => {
    assert.deepEqual(labels(numbers(['Rescuers said 133 bodies have been found at the site so far.', 'Rescuers said 123 bodies have been identified at the site so far.'])), []);
    assert.equal(labels(numbers(['Rescuers said 110 bodies have been identified at the site so far.', 'Rescuers said 123 bodies have been identified at the site so far.'])).length, 1);
  });
});

describe('number discrepancies: the year a period began', () => {
  it('"since independence in 1960" is the start of a period, not a year of the story; "in 1999" alone is read', () => {
    const years = (t: string) => read(t).filter((m) => m.measure === 'year').map((m) => m.value);
    assert.deepEqual(years('There were six coups since independence in 1960.'), []);
    assert.deepEqual(years('There were six coups after independence in 1960.'), [1960]);
    assert.deepEqual(years('Military rule ended in 1999.'), [1999]);
  });
});

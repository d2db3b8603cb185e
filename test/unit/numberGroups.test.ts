import assert from 'node:assert/strict';
import { labels, numberStory } from './numberStory';

// Who of the people a figure counts: a nationality, children, a group's size, the second of a list
// after one person, and people named by what they were doing (hikers, climbers). Invented events
// only; each article names the same three entities, so that they report one story.
const { numbers, read } = numberStory(
  ['Tarn Oduya', 'Mount Keswa', 'Keswa Rescue Agency'],
  [
    'Tarn Oduya of the Keswa Rescue Agency spoke on the slopes of Mount Keswa.',
    'The Keswa Rescue Agency and Tarn Oduya gave figures at Mount Keswa.',
    'At Mount Keswa, Tarn Oduya of the Keswa Rescue Agency briefed reporters.',
  ],
  'The trails of Mount Keswa stay closed.',
);

describe('number discrepancies: who of the people are counted', () => {
  it('a nationality among the dead is no toll: "five Austrians were killed" / "eight people were killed"', () => {
    assert.equal(read('Five Austrians were killed in the avalanche, officials said.')[0]?.measure, 'people:killed|austrian');
    assert.deepEqual(numbers(['Eight people were killed in the avalanche, officials said.', 'Five Austrians were killed in the avalanche, officials said.']), []);
    assert.deepEqual(numbers(['Eight people were killed in the avalanche, officials said.', 'Five Austrian climbers were killed in the avalanche, officials said.']), []);
  });

  it('the same nationality is compared, whatever its form: "53 Nepalese passengers" / "57 Nepalis"', () => {
    assert.equal(numbers(['Three Austrians were killed in the avalanche, officials said.', 'Four Austrians were killed in the avalanche, officials said.']).length, 1);
    const found = numbers(['The plane carried 53 Nepalese passengers and 15 foreign nationals, officials said.', 'The plane carried 57 Nepalis, five Indians and four Russians, officials said.']);
    assert.deepEqual(labels(found), ['people (nepalese): 53 Nepalese passengers · 57 Nepalis']);
  });

  it('children among the dead are no toll: "six children" / "eight people"', () => {
    assert.deepEqual(numbers(['Eight people were killed in the avalanche, officials said.', 'Six children were killed in the avalanche, officials said.']), []);
    assert.equal(numbers(['Six children were killed in the avalanche, officials said.', 'Four children were killed in the avalanche, officials said.']).length, 1);
    // (Men and women are most often the whole toll: still compared.)
    assert.equal(read('Two men were killed in the avalanche.')[0]?.measure, 'people:killed');
  });

  it('foreigners among the dead are no toll: "four foreign tourists" / "five people"', () => {
    assert.deepEqual(numbers(['Five people were killed in the avalanche, officials said.', 'Four foreign tourists were killed in the avalanche, officials said.']), []);
  });

  it('the second of a list after one person is a part: "an officer and two soldiers" / "three soldiers"', () => {
    assert.deepEqual(numbers(['An officer and two soldiers were killed in the avalanche, officials said.', 'Three soldiers were killed in the avalanche, officials said.']), []);
  });

  it('the size of a group is not what happened to some of it: "seven injured from a group of 20"', () => {
    const figures = read('Seven climbers were injured from a group of 20 climbers on the ridge.');
    assert.deepEqual(figures.map((m) => m.measure), ['people:injured', 'people']);
  });
});

describe('number discrepancies: people named by what they were doing', () => {
  it('hikers found dead and hikers missing are two measures: "eleven hikers" / "twelve hikers"', () => {
    assert.equal(read('Eleven hikers were found dead near the crater.')[0]?.measure, 'people:killed');
    assert.equal(read('Twelve hikers vanished after the eruption.')[0]?.measure, 'people:missing');
    assert.deepEqual(numbers(['Eleven hikers were found dead near the crater, officials said.', 'Twelve hikers vanished after the eruption, officials said.']), []);
    assert.equal(numbers(['Eleven hikers were found dead near the crater, officials said.', 'Fourteen hikers were found dead near the crater, officials said.']).length, 1);
  });

  it('people rescued are a measure: "three climbers were rescued" / "five had been rescued"', () => {
    assert.equal(read('Three climbers were rescued on Monday.')[0]?.measure, 'people:rescued');
    assert.equal(numbers(['Three climbers were rescued on the ridge, officials said.', 'Five climbers had been rescued on the ridge, officials said.']).length, 1);
  });
});

describe('number discrepancies: lengths of different things of one story', () => {
  it('a height above something, a place\'s height and a distance from something are not compared', () => {
    assert.deepEqual(numbers(['The blast sent ash 500 metres into the air, officials said.', 'The climbers ran back to the base camp at 900 metres, officials said.']), []);
    assert.deepEqual(numbers(['The climbers ran back to the base camp at 900 metres, officials said.', 'The group was 1,600 metres from the foot of the volcano, officials said.']), []);
  });

  it('a size is still compared with a length said bare: "waves 16 ft high" / "10ft waves"', () => {
    assert.equal(numbers(['Rescuers met waves around 16 ft high near the island, officials said.', 'Rescuers met 10ft waves near the island, officials said.']).length, 1);
    assert.equal(numbers(['The blast sent ash 500 metres into the air, officials said.', 'The blast sent ash 800 metres into the air, officials said.']).length, 1);
  });
});

describe('number discrepancies: a figure someone asked for', () => {
  it('a request is no fact: "sentenced to 12 years" / "prosecutors had sought a sentence of 20 years"', () => {
    assert.deepEqual(numbers(['The court sentenced Oduya to 12 years in prison, officials said.', 'Prosecutors had sought a sentence of as much as 20 years for Oduya, officials said.']), []);
    assert.deepEqual(numbers(['The court sentenced Oduya to 12 years in prison, officials said.', 'His lawyers had asked for just four years for Oduya, officials said.']), []);
  });

  it('an attempt is no request: "insurers sought to calm fears after the quake killed 380 people"', () => {
    assert.equal(numbers(['Insurers have sought to calm fears after the quake killed at least 380 people, officials said.', 'The quake killed at least 230 people, officials said.']).length, 1);
  });
});

describe('number discrepancies: two counts of people in one sentence', () => {
  it('"Another 600 people were injured" after a toll is the number injured, not one more group', () => {
    assert.deepEqual(
      read('The quake killed 820 people. Another 600 people were injured, the ministry said.').map((m) => `${m.measure} ${m.value}`),
      ['people:killed 820', 'people:injured 600'],
    );
    // (After a count of the same, it is one more group: not the number.)
    assert.deepEqual(read('Five people died on the ridge. Another three died in hospital.').map((m) => m.measure), ['people:killed']);
  });

  it('a figure with its own predicate has it: "kills 820 people, 672 injured"; a list shares one: "4 Austrians, 1 Swiss die"', () => {
    assert.deepEqual(read('The quake kills at least 820 people, 672 injured').map((m) => `${m.measure} ${m.value}`), ['people:killed 820', 'people:injured 672']);
    assert.deepEqual(read('The toll has risen to 820 people, with a further 672 injured.').map((m) => `${m.measure} ${m.value}`), ['people:killed 820', 'people:injured 672']);
    assert.equal(read('4 Austrians, 1 Swiss die as rocks fall')[0]?.measure, 'people:killed|austrian');
  });
});

import assert from 'node:assert/strict';
import { labels, numberStory } from './numberStory';

// Running counts told at several times (round 6 of fresh events: collapses, floods, crashes): each
// outlet's toll is right for its day; a toll that more than doubled between two reports is one
// count's stages, shown with each outlet's day, and lives lost are people killed.
// Invented events only; each article names the same three entities, so that they report one story.
const { numbers, read } = numberStory(
  ['Tomas Wrenfield', 'Orrin Quay', 'Halvard Works'],
  [
    'Tomas Wrenfield of Halvard Works spoke at Orrin Quay after the collapse.',
    'Officials from Halvard Works met Tomas Wrenfield at Orrin Quay after the collapse.',
    'At Orrin Quay, Tomas Wrenfield of Halvard Works gave details of the collapse.',
    'Tomas Wrenfield said Halvard Works would help Orrin Quay after the collapse.',
    'At Orrin Quay, Halvard Works and Tomas Wrenfield spoke of the collapse.',
  ],
  'The warehouse at Orrin Quay stays closed.',
);

/** A sentence in an article whose page gives its day of publication. */
const on = (iso: string, sentence: string) => `date ${iso} • The Example Courier\n\n${sentence}`;

describe('number discrepancies: running counts told at several times', () => {
  it('a toll that more than doubled between two dated reports is one count, with each day: 9 (Mar 2) · 31 (Mar 5)', () => {
    const found = numbers([
      on('2031-03-02', 'The death toll from the warehouse collapse rose to nine, the fire service said.'),
      on('2031-03-05', 'The death toll from the warehouse collapse rose to 31, the fire service said.'),
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed, by day reported: nine \(Mar 2\) · 31 \(Mar 5\)$/);
  });

  it('a larger figure in the earlier report is no stage of a growing count: not compared so far apart', () => {
    assert.deepEqual(labels(numbers([
      on('2031-03-02', 'The death toll from the warehouse collapse rose to 31, the fire service said.'),
      on('2031-03-05', 'The death toll from the warehouse collapse rose to nine, the fire service said.'),
    ])), []);
  });

  it('undated figures both stated as running ("rose to 40" / "has climbed to 95") are one count\'s stages', () => {
    assert.deepEqual(labels(numbers([
      'The death toll from the warehouse collapse rose to 40 on Tuesday, the fire service said.',
      'The death toll from the warehouse collapse has climbed to 95, the fire service said.',
    ])), ['people killed: 40 · 95']);
  });

  it('undated figures not stated as running, or far apart, stay apart', () => {
    assert.deepEqual(labels(numbers([
      'Forty people were killed in the warehouse collapse, the fire service said.',
      'Ninety-five people were killed in the warehouse collapse, the fire service said.',
    ])), []);
    assert.deepEqual(labels(numbers([
      'The death toll from the warehouse collapse rose to 40, the fire service said.',
      'The death toll from the warehouse collapse rose to 400, the fire service said.',
    ])), []);
  });

  it('approximations of one toll on two days are no discrepancy: "about 200" / "nearly 200"', () => {
    assert.deepEqual(labels(numbers([
      on('2031-03-02', 'The death toll from the warehouse collapse rose to about 200, the fire service said.'),
      on('2031-03-05', 'The death toll from the warehouse collapse rose to nearly 200, the fire service said.'),
    ])), []);
  });

  it('a toll told on five days is one count, not five things: 4 · 10 · 18 · 64 · 79', () => {
    const days = ['2031-03-02', '2031-03-04', '2031-03-06', '2031-03-12', '2031-03-13'];
    const tolls = ['four', '10', '18', '64', '79'];
    const found = numbers(days.map((d, i) => on(d, `The death toll from the warehouse collapse rose to ${tolls[i]}, the fire service said.`)));
    assert.deepEqual(labels(found), ['people killed, by day reported: four (Mar 2) · 10 (Mar 4) · 18 (Mar 6) · 64 (Mar 12) · 79 (Mar 13)']);
  });
});

describe('number reading: lives lost, the unaccounted for, those in hospital, a toll reaching its figure', () => {
  const measures = (t: string) => read(t).map((m) => `${m.measure} ${m.value}`);

  it('lives lost are people killed: "claimed at least 87 lives", "44 passengers lost their lives"', () => {
    assert.deepEqual(measures('The storm has claimed at least 87 lives, officials said.'), ['people:killed 87']);
    assert.deepEqual(measures('In all, 44 passengers lost their lives in the crash.'), ['people:killed 44']);
    // Not lives saved, nor people living somewhere.
    assert.ok(!measures('The lifeboat crews saved 12 lives that night.').includes('people:killed 12'));
    assert.deepEqual(measures('About 3,000 people live in the valley.'), ['people:living 3000']);
  });

  it('people unaccounted for are missing; those in hospital are a count of their own', () => {
    assert.deepEqual(measures('Some 48 workers remain unaccounted for.'), ['people:missing 48']);
    assert.deepEqual(measures('Fifteen people are in hospital and the death toll has risen to 21.'), ['people:hospitalised 15', 'people:killed 21']);
    assert.ok(!measures('Nurses walked out at two hospitals.').some((m) => m.startsWith('people')));
  });

  it('a figure in words written apart is one figure: "Twenty seven children"', () => {
    assert.deepEqual(measures('Twenty seven children were killed in the collapse.'), ['people:killed|children 27']);
    assert.deepEqual(measures('Twenty-seven children were killed in the collapse.'), ['people:killed|children 27']);
  });

  it('a toll that reaches its figure without a preposition: "the death toll reaches 64"', () => {
    assert.deepEqual(measures('By evening the death toll reaches 64.'), ['people:killed 64']);
  });
});

describe('number reading: a day that dates a count\'s state', () => {
  it('"48 workers remained unaccounted for on Tuesday" dates the count, not the event', () => {
    const { read: r } = numberStory(['X'], ['X.'], 'X.');
    assert.deepEqual(r('Some 48 workers remained unaccounted for on Tuesday.').filter((m) => m.measure === 'weekday'), []);
    assert.deepEqual(r('Twelve people are still in hospital on Monday.').filter((m) => m.measure === 'weekday'), []);
    // The day of the event itself is read.
    assert.equal(r('The warehouse collapsed on Tuesday, trapping 48 workers.').filter((m) => m.measure === 'weekday').length, 1);
  });
});

describe('number discrepancies: pupils counted as people, days beside places', () => {
  it('pupils are people: those killed are not those a bus carried ("killing 27 schoolchildren" / "carrying 35 schoolchildren")', () => {
    assert.deepEqual(labels(numbers([
      'The bus left the road near Orrin Quay, killing 27 schoolchildren, the police said.',
      'The bus was carrying 35 schoolchildren when it left the road near Orrin Quay, the police said.',
    ])), []);
    assert.equal(numbers([
      'The bus left the road near Orrin Quay, killing 27 schoolchildren, the police said.',
      'The bus left the road near Orrin Quay, killing 29 schoolchildren, the police said.',
    ]).length, 1);
  });

  it('two days that share only where they were are not one day told two ways (a funeral, a crash)', () => {
    assert.deepEqual(labels(numbers([
      'Mourners gathered for a funeral in Lessing village in Corran district on Tuesday.',
      'The bus fell into a gorge in Corran district on Monday evening.',
    ])), []);
    // One happening told on two days is.
    assert.equal(numbers([
      'The bus fell into a gorge in Corran district on Tuesday.',
      'The bus fell into a gorge in Corran district on Monday evening.',
    ]).length, 1);
  });
});

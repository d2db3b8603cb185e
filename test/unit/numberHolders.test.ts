import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import { WHEN_STAGE } from '../../src/core/corpus/detectors/numberMentions';
import { labels, numberStory } from './numberStory';

// Whose figure a figure is, and of which moment: the groups of a list ("140 passengers and five
// crew"), the part of a group ("three of the injured"), the clause a predicate belongs to, two
// figures said in one sentence each, a time into something, a figure with its unit written on it.
// Invented events only; each article names the same three entities, so that they report one story.
const { numbers, read } = numberStory(
  ['Tomas Brandt', 'Lake Orvell', 'Skyline Air'],
  [
    'Tomas Brandt of Skyline Air spoke at Lake Orvell after the incident.',
    'Officials from Skyline Air met Tomas Brandt at Lake Orvell.',
    'At Lake Orvell, Tomas Brandt of Skyline Air gave details.',
  ],
  'The airfield at Lake Orvell stays closed.',
);

const members = (d: Discrepancy) => d.members.map((m) => `${m.doc}:${m.text}`);

describe('number discrepancies: the groups of a list', () => {
  it('a group of a list is counted as that group: "140 passengers and five crew members" / "143 passengers and five crew"', () => {
    const found = numbers([
      'The jet carried 140 passengers and five crew members when the window cracked.',
      'The jet landed safely with 143 passengers and five crew, the airline said.',
    ]);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.deepEqual(members(found[0]!), ['a.txt:140 passengers', 'b.txt:143 passengers']);
    assert.match(found[0]!.label, /^people \(passenger\): 140 passengers · 143 passengers$/);
  });

  it('the same groups said the same way are no discrepancy, nor is a group against a total of everyone', () => {
    assert.deepEqual(numbers(['The jet carried 140 passengers and five crew members when the window cracked.', 'The jet landed safely with 140 passengers and five crew, the airline said.']), []);
    assert.deepEqual(numbers(['The jet carried 140 passengers and five crew members when the window cracked.', 'The jet landed safely with 145 people on board, the airline said.']), []);
  });

  it('a list after "include" names some of them: "the dead include two women and three men" / "nine men and two women"', () => {
    assert.deepEqual(
      labels(numbers(['The dead were nine men and two women, police said.', 'The dead include two women and three men in their twenties, police said.'])),
      [],
    );
  });
});

describe('number discrepancies: a part of the people a predicate counts', () => {
  it('"Seven of the injured were volunteers" is no number of injured', () => {
    assert.deepEqual(numbers(['Two people were injured when the hangar roof fell, police said.', 'Seven of the injured were volunteers helping at the hangar, police said.']), []);
    assert.equal(read('Seven of the injured were volunteers helping at the hangar.').length, 0);
  });

  it('a predicate of the clause before is not the figure\'s: "two men were killed, while 900,000 people were without power"', () => {
    const [killed, without] = read('Two men were killed at the lake, while 900,000 people were without power.');
    assert.equal(killed?.measure, 'people:killed');
    assert.equal(without?.measure, 'people');
  });
});

describe('number discrepancies: two figures said in one sentence each', () => {
  it('each figure of one sentence has its counterpart: "rejected by 91.5 percent and backed a strike by 97 percent" / "97% rejected, 97% backed"', () => {
    const found = numbers([
      'Union members rejected the pay offer with a vote of 91.5 percent and backed a strike with 97 percent, the union said.',
      'The union said 97% of voting members rejected the pay offer and 97% backed the strike.',
    ]);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^percentage: 91\.5 percent.* · 97%/);
  });

  it('an outlet giving both figures of a list does not disagree with one giving one of them', () => {
    assert.deepEqual(
      numbers(['Union members rejected the pay offer with a vote of 91.5 percent and backed a strike with 97 percent.', 'Union members rejected the pay offer with a vote of 91.5 percent, the union said.']),
      [],
    );
  });
});

describe('number discrepancies: of which moment', () => {
  it('a forecast further back in the clause is a forecast: "is expected to reach the coast on Friday with gusts of up to 110 km/h"', () => {
    const [gusts] = read('The storm is expected to reach the northern coast of the lake with gusts of up to 110 km/h.');
    assert.equal(gusts?.measure, 'speed');
    assert.equal(gusts.when, WHEN_STAGE);
  });

  it('a figure after a warning in its clause is a forecast: "issued warnings of winds of around 80 mph"', () => {
    const [winds] = read('Forecasters issued severe weather warnings due to winds of around 80 mph on the coast by the lake.');
    assert.equal(winds?.measure, 'speed');
    assert.equal(winds.when, WHEN_STAGE);
    assert.deepEqual(numbers(['Forecasters issued severe weather warnings due to winds of around 80 mph on the coast by the lake.', 'Winds of up to 180 km/h lashed the coast by the lake overnight.']), []);
  });

  it('times into something are time points of different events: "happened four minutes into the flight" / "landed 25 minutes after takeoff"', () => {
    assert.deepEqual(numbers(['The blast happened about four minutes into the flight, the airline said.', 'The jet landed back at the airfield about 25 minutes after takeoff.']), []);
    const found = numbers(['The engine failed four minutes into the flight, the airline said.', 'The engine of the jet failed nine minutes into the flight.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^time elapsed: /);
  });
});

describe('number discrepancies: a unit written on the figure', () => {
  it('"128mph", "190kmh", "15km", "€40m" are read; "20m" without a currency is not', () => {
    const got = read('Gusts of 128mph hit the cape, 15km from the lake; the club paid €40m; 20m waves hit the pier.').map((m) => `${m.measure}=${Math.round(m.value)}`);
    assert.deepEqual(got, ['speed=206', 'distance=15000', 'money=40000000']);
  });

  it('a speed with its unit on it is compared: "gusts reached 190kmh" / "gusts reached 150 km/h"; "128mph" / "206 km/h" agree', () => {
    const found = numbers(['Gusts reached 190kmh at the cape by the lake.', 'Gusts reached 150 km/h at the cape by the lake.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^speed: /);
    assert.deepEqual(numbers(['Gusts reached 128mph at the cape by the lake.', 'Gusts reached 206 km/h at the cape by the lake.']), []);
  });

  it('the label shows the figures that disagree, not a hedged one they both fit: "207kmh" / "180 km/h" / "up to 128mph"', () => {
    const found = numbers(['Gusts reached 207kmh at the cape by the lake.', 'Gusts reached 180 km/h at the cape by the lake.', 'Gusts of up to 128mph hit the cape by the lake.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /207kmh/);
    assert.match(found[0]!.label, /180 km\/h/);
  });
});

describe('number discrepancies: whose period', () => {
  it('someone\'s period is not a term of something: "signed a five-year deal" / "during his four years at the club"', () => {
    assert.deepEqual(numbers(['Tomas Brandt signed a five-year deal with the club on Thursday.', 'Tomas Brandt won two titles during his four years at the club.']), []);
    const found = numbers(['Tomas Brandt signed a five-year deal with the club on Thursday.', 'Tomas Brandt signed a four-year deal with the club on Thursday.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^duration: /);
  });
});

describe('number discrepancies: kinds and bounds', () => {
  it('a kind of a thing counted is counted apart: "faces six counts" / "faces two perjury counts"', () => {
    assert.deepEqual(numbers(['Tomas Brandt was found guilty of five of the six counts he faced.', 'Tomas Brandt separately faces two perjury counts that will be tried later.']), []);
    const found = numbers(['Tomas Brandt separately faces two perjury counts that will be tried later.', 'Tomas Brandt separately faces three perjury counts that will be tried later.']);
    assert.equal(found.length, 1, JSON.stringify(labels(found)));
    assert.match(found[0]!.label, /^number of counts \(perjury\): /);
  });

  it('the years bounding a period are no year of an event: "between 1994 and 2004" / "his 2006 arrest"', () => {
    assert.deepEqual(read('The abuse took place between 1994 and 2004 at the lake, and from 1997 to 1999 elsewhere.'), []);
    assert.deepEqual(numbers(['Tomas Brandt groomed girls at the lake between 1994 and 2004, prosecutors said.', 'Tomas Brandt has been in the news since his 2006 arrest at the lake, prosecutors said.']), []);
    assert.equal(read('Tomas Brandt was arrested at the lake in 2006.')[0]?.measure, 'year');
  });
});

import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import { agree } from '../../src/core/corpus/detectors/numbers';
import { numberStory } from './numberStory';

// Invented events only. Each article names the same three entities, so that the articles report
// one story (as outlets writing their own reports of one event do) without sharing sentences.
const { corpus, numbers, read } = numberStory(
  ['Marta Olsen', 'Brenholt', 'Vesterland Rail'],
  [
    'Marta Olsen, the chief of Vesterland Rail, spoke in Brenholt after the accident.',
    'Officials from Vesterland Rail met Marta Olsen in Brenholt.',
    'In Brenholt, Marta Olsen of Vesterland Rail gave details.',
  ],
  'The line through Brenholt stays closed.',
);

const members = (d: Discrepancy) => d.members.map((m) => `${m.doc}:${m.text}`);

describe('number discrepancies: slots across outlets', () => {
  it('a count said two ways: "alleged to have 19 wives" / "married to 20 women"', () => {
    const found = numbers(['Police said Erik Dahl is alleged to have 19 wives.', 'Erik Dahl is accused of being married to 20 women, police said.']);
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:19 wives', 'b.txt:20 women']);
    assert.equal(found[0]!.label, 'wives / women married: 19 wives · 20 women');
  });

  it('people killed: "12 people dead" / "at least 15 were killed" (killed, dead, died are one measure)', () => {
    const found = numbers(['The derailment near Brenholt left 12 people dead, rescuers said.', 'At least 15 people were killed in the derailment near Brenholt, rescuers said.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: /);
  });

  it('counted things of one class: "two boats" / "three speedboats"', () => {
    const found = numbers(['The smugglers arrived in two boats and fired at the patrol.', 'The smugglers, in three speedboats, fired at the patrol.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^boats \/ vessels: two boats · three speedboats$/);
  });

  it('a duration: "burned for six hours" / "burned for eight hours"', () => {
    const found = numbers(['The depot fire burned for six hours before crews put it out.', 'Crews fought the depot fire, which burned for eight hours.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^duration: six hours · eight hours$/);
  });

  it('a distance and its direction: "150 nautical miles east of Kerrow" / "west of Kerrow"', () => {
    const found = numbers(['The tanker was attacked 150 nautical miles east of Kerrow.', 'The tanker, sailing 150 nautical miles west of Kerrow, was attacked at dawn.']);
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:150 nautical miles east of Kerrow', 'b.txt:150 nautical miles west of Kerrow']);
  });

  it('a year: "expelled from the party in 2003" / "ousted from the party in 2002"', () => {
    const found = numbers(['Erik Dahl was expelled from the party in 2003 by its leader.', 'Erik Dahl, who was ousted from the party in 2002, denies the charges.']);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.label, 'year: 2003 · 2002');
  });

  it('the weekday of one event: "arrested on Tuesday" / "arrested Wednesday"', () => {
    const found = numbers(['The two men were arrested on Tuesday, police said at a news conference Wednesday.', 'The two men were arrested Wednesday without incident.']);
    assert.equal(found.length, 1);
    assert.deepEqual(members(found[0]!), ['a.txt:Tuesday', 'b.txt:Wednesday']);
  });

  it('the date of one event: "On March 4, the frigate sank" / "on March 5"', () => {
    const found = numbers(['On March 4, the frigate sank a trawler held by the gang.', 'The frigate sank a trawler held by the gang on March 5.']);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.label, 'date: March 4 · March 5');
  });

  it('money with its currency: "$2 million" / "200 million euros"', () => {
    const found = numbers(['Property damage in the old town is an estimated $2 million.', 'The riots caused 200 million euros of property damage in the old town.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^sum of money: /);
  });

  it('sums of one currency more than twice apart are two sums, as counts are: "£4.2m" / "£3.9m" differ, "£12bn" / "£36m" are a deal and its fees', () => {
    const near = numbers(['Repairs to the old town hall will cost £4.2m, the council said.', 'The council said repairs to the old town hall would cost £3.9m.']);
    assert.equal(near.length, 1, JSON.stringify(near.map((d) => d.label)));
    assert.match(near[0]!.label, /^sum of money: /);
    assert.deepEqual(numbers(['The takeover of the port operator is worth £12bn, the council said.', 'The council said the port operator takeover would cost £36m in fees.']), []);
  });

  it('a clock time: "at 11 a.m." / "around noon" (each zone its own)', () => {
    const found = numbers(['The ship radioed a distress call at 11 a.m. saying it was under attack.', 'The ship sent a distress call around noon saying it was under attack.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^time of day: /);
    assert.deepEqual(numbers(['The ship radioed a distress call at 10 a.m. (0800 GMT) saying it was under attack.', 'The ship sent a distress call at 0800 GMT saying it was under attack.']), []);
  });

  it('spelled numbers are figures: "Sixty-five per cent of traffic" / "82 percent of traffic"', () => {
    const found = numbers(['Sixty-five per cent of traffic to Norland was down on Friday.', 'On Friday 82 percent of traffic to Norland was down.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^percentage: Sixty-five per cent.* · 82 percent/);
  });
});

describe('number discrepancies: which figures are one statement', () => {
  it('in a folder of one event, two articles that name one place in common report one story', () => {
    // Each names one place in common and nothing else in common: an analyst's folder of one event.
    const m = corpus(
      {
        'a.txt': 'Marta Olsen said the derailment near Brenholt left 12 people dead.\n\nRescuers worked through the night.',
        'b.txt': 'At least 15 people were killed in the derailment near Brenholt, Vesterland Rail said.\n\nThe line stays closed.',
      },
      ['Marta Olsen', 'Brenholt', 'Vesterland Rail'],
    );
    const found = m.discrepancies().filter((d) => d.kind === 'number');
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: /);
  });

  it('a range is not widened for a unit conversion: "a 10-metre boat" / "a 24- to 30-foot boat"', () => {
    const found = numbers(['The gang used a 10-metre boat with two motors.', 'The gang used a 24- to 30-foot boat with two motors.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^distance: /);
    assert.deepEqual(numbers(['The gang used a 10-metre boat with two motors.', 'The gang used a 33-foot boat with two motors.']), []);
  });

  it('irregular past forms are their verb: "gangs holding about a dozen ships" / "17 of the ships are still held"', () => {
    const found = numbers(['Gangs holding about a dozen ships in safe havens.', 'At least 17 of the hijacked ships are still held for ransom.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^boats \/ vessels: about a dozen ships · At least 17 of the hijacked ships$/);
  });

  it('monitors said two ways: "sent eight experts to monitor the vote" / "sent only three observers"', () => {
    const found = numbers(['The agency sent eight experts to monitor the vote in Brenholt.', 'The agency has sent only three observers to monitor the vote.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^observers \/ monitors: eight experts · only three observers$/);
  });

  it('a figure of an earlier time is compared only with figures of an earlier time', () => {
    const found = numbers([
      'In January, five cables were cut off the coast near Brenholt.',
      'Three cables were cut off the coast near Brenholt on Friday.',
      'Earlier this year, cables were cut off the coast near Brenholt, although only two cables were cut then.',
    ]);
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.label)));
    assert.deepEqual(members(found[0]!), ['a.txt:five cables', 'c.txt:only two cables']);
    // "Then" opening a sentence is what came next, not an earlier time.
    assert.equal(numbers(['Then, on March 18, the frigate sank a trawler of the gang.', 'On March 19, the frigate sank a trawler of the gang.']).length, 1);
  });

  it('a background incident of an earlier time: "In March, five cables were cut" / "only two lines were snapped then"', () => {
    const found = numbers([
      'In March, five cables in the strait were cut, causing outages across the region and hurting its call centres.',
      'Earlier this year, the same line was damaged off the northern coast, although only two lines were snapped then.',
    ]);
    assert.deepEqual(found.map(members), [['a.txt:five cables', 'b.txt:only two lines']]);
  });

  it('the counted noun is its class when statements are matched: "seized two small boats" / "recovered three speedboats"', () => {
    const found = numbers([
      'The coastguard seized two small boats and a cache of arms, the ministry said.',
      'Sailors recovered grenades, three speedboats and other ammunition, the ministry said.',
    ]);
    assert.deepEqual(found.map(members), [['a.txt:two small boats', 'b.txt:three speedboats']]);
  });

  it('the day of one event said with other verbs: "a fire destroyed the chapel early Saturday" / "damaged by fire on Friday night"', () => {
    const found = numbers(['A suspicious fire virtually destroyed the Brenholt chapel early Saturday, Marta Olsen said.', 'The Brenholt chapel was badly damaged by fire on Friday night, and investigators suspect arson.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^day of the week: /);
  });

  it('but in a large mixed folder, one name in common is not one story', () => {
    const docs: Record<string, string> = {
      'a.txt': 'Marta Olsen said the derailment near Brenholt left 12 people dead.\n\nRescuers worked through the night.',
      'b.txt': 'At least 15 people were killed in the derailment near Brenholt, Vesterland Rail said.\n\nThe line stays closed.',
    };
    for (let i = 0; i < 50; i++) docs[`other${i}.txt`] = `Council number ${i} met on Tuesday to discuss the budget of town ${i}.`;
    const m = corpus(docs, ['Marta Olsen', 'Brenholt', 'Vesterland Rail']);
    assert.deepEqual(m.discrepancies().filter((d) => d.kind === 'number' && d.members.some((x) => x.doc === 'a.txt')), []);
  });
});

describe('number discrepancies: what is not one', () => {
  it('relative dates, each right for its day of publication: "five days ago" / "four days ago"', () => {
    assert.deepEqual(numbers(['The riots began five days ago after the shooting.', 'The riots began four days ago after the shooting.']), []);
    assert.deepEqual(numbers(['Five days of riots followed the shooting.', 'Four days of riots followed the shooting.']), []);
  });

  it('approximations that overlap: "some 200" / "almost 200"; "about a dozen" / "12"', () => {
    assert.deepEqual(numbers(['Some 200 people were evacuated from the flats.', 'Almost 200 people were evacuated from the flats.']), []);
    assert.deepEqual(numbers(['About a dozen ships are still held by the gang.', 'The gang still holds 12 ships.']), []);
    assert.deepEqual(numbers(['As many as 40 firefighters fought the blaze.', 'About 40 firefighters fought the blaze.']), []);
  });

  it('but approximations that do not meet are: "about 800 members" / "about 700 members"', () => {
    assert.equal(numbers(['About 800 people live in the community.', 'The community has about 700 people living there.']).length, 1);
  });

  it('formats: "1,000" / "1000", "$1m" / "$1 million", "88.41%" / "88.4%", "3rd" / "third"', () => {
    assert.deepEqual(numbers(['The blast damaged 1,000 homes in the valley.', 'The blast damaged 1000 homes in the valley.']), []);
    assert.deepEqual(numbers(['Repairs will cost $1m, the council said.', 'Repairs will cost $1 million, the council said.']), []);
    assert.deepEqual(numbers(['Turnout reached 88.41 percent in the election.', 'Turnout reached 88.4 percent in the election.']), []);
    assert.deepEqual(numbers(['The fire spread to Third Street on Friday.', 'The fire spread to 3rd St. on Friday.']), []);
  });

  it('conversions in brackets and across units: "64 kilometres (40 miles)" / "about 40 miles"', () => {
    assert.deepEqual(numbers(['The town lies 64 kilometres (40 miles) north of Kerrow.', 'The town lies about 40 miles north of Kerrow.']), []);
    assert.deepEqual(numbers(['Damage is put at $US1 million ($1.52 million).', 'Damage is put at more than $1 million.']), []);
  });

  it('one day named two ways: "on March 3" / "on Friday"', () => {
    assert.deepEqual(numbers(['The two men were arrested on March 3 at the farm.', 'The two men were arrested on Friday at the farm.']), []);
  });

  it('the bounds of a period are not the date of an event: "between May 1, 2005, and Dec. 8, 2006" / "between Nov. 1, 2004, and Oct. 8, 2008"', () => {
    assert.deepEqual(numbers(['Erik Dahl is charged with fraud between May 1, 2005, and Dec. 8, 2006.', 'Jon Lund is charged with fraud between Nov. 1, 2004, and Oct. 8, 2008.']), []);
  });

  it('a sum against its parts: "seven rifles and two other rifles" / "nine rifles"', () => {
    assert.deepEqual(numbers(['Marines seized seven rifles and two other rifles from the boat.', 'Marines seized nine rifles from the boat.']), []);
  });

  it('the ages of two different people in one sentence are not compared', () => {
    assert.deepEqual(numbers(['Erik Dahl, 52, and Jon Lund, 44, were arrested.', 'Jon Lund, 44, and Erik Dahl, 52, were arrested.']), []);
    assert.equal(numbers(['Erik Dahl, 52, was arrested.', 'Erik Dahl, 53, was arrested.']).length, 1);
  });

  it('different figures about different things in one story are not compared', () => {
    assert.deepEqual(numbers(['The storm damaged 30 homes in the north, officials said.', 'A separate fire destroyed 12 cars at a depot in the south on Monday.']), []);
  });

  it('shares of a list by place are each of their place: "55% in Norland, 52% in Ostmark" / "70% of web traffic"', () => {
    // The list's shares against a share of no place: not compared; against a share of one of its places: compared.
    assert.deepEqual(numbers(['At one point 55 percent of voice traffic in Norland, 52 percent in Ostmark and 82 percent in Tarvia was out of service.', 'As much as 70% of internet traffic and phone calls was out of service.']), []);
    const found = numbers(['At one point 55 percent of voice traffic in Norland, 52 percent in Ostmark and 82 percent in Tarvia was out of service.', 'As much as 65 percent of voice traffic to Tarvia was out of service.']);
    assert.deepEqual(found.map(members), [['a.txt:82 percent in Tarvia was', 'b.txt:65 percent of voice traffic']]);
    // Shares of different places, and a share of "their" traffic (someone named before it), are not compared.
    assert.deepEqual(numbers(['Close to 90 percent of all the data traffic between Norland and Ostmark is carried on the cables.', 'All of the data traffic was lost in Tarvia, and Kelso lost over 70 percent of their data traffic on the cables.']), []);
  });

  it('opinion polls: shares of respondents in different polls are not one figure', () => {
    assert.deepEqual(numbers(['A poll found 68 per cent of voters believe the government mishandled the strike.', 'A newspaper survey said 83.3 percent of voters were unhappy with the government over the strike.']), []);
  });

  it('the time a running figure was read at is not the time of an event: "began at 8:00 am" / "as of 4:00 p.m."', () => {
    assert.deepEqual(numbers(['Voters began to cast their ballots at 8:00 am local time in the election.', 'Some 41 percent of voters cast their ballots as of 4:00 p.m. in the election.']), []);
  });

  it('days of different events that share only words of time: "calm on Sunday after eight days of strikes" / "marched late on Saturday"', () => {
    assert.deepEqual(numbers(['Brenholt was calm on Sunday after eight days of strikes over the rail closure.', 'The strikes over the rail closure went on as workers marched late on Saturday, eight days after they began.']), []);
  });

  it('a span of days holds a day of it: "late Saturday and early Sunday" / "late on Saturday"', () => {
    assert.deepEqual(numbers(['Late Saturday and early Sunday, youths attacked a police station and banks in Brenholt.', 'Youths attacked a police station and banks in Brenholt late on Saturday, police said.']), []);
  });

  it('articles that report different stories are not compared', () => {
    const m = corpus({
      'a.txt': 'A bus crash near Kerrow killed 14 people on Friday.',
      'b.txt': 'A warehouse fire in Dunmore killed 16 people on Friday.',
    });
    assert.deepEqual(m.discrepancies().filter((d) => d.kind === 'number'), []);
  });
});

describe('number discrepancies: background incidents, counts of a count, parts and capacities', () => {
  it('the magnitude of a quake as read by two agencies: "a 6.4-magnitude quake" / "the magnitude-6.0 quake"', () => {
    const found = numbers(['A 6.4-magnitude quake struck Brenholt on Tuesday, toppling homes.', 'The magnitude-6.0 quake struck Brenholt on Tuesday and toppled homes.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^magnitude: /);
    assert.deepEqual(members(found[0]!), ['a.txt:6.4-magnitude', 'b.txt:magnitude-6.0']);
  });

  it('not a magnitude read as a count of quakes, nor the aftershocks against the main shock', () => {
    assert.deepEqual(numbers(['Two other strong quakes hit the coast near Brenholt last week.', 'A 7.2 magnitude quake hit the coast near Brenholt on Tuesday.']), []);
    assert.deepEqual(numbers(['The 6.4-magnitude quake near Brenholt was followed by aftershocks.', 'Brenholt recorded 90 aftershocks, with two between 4.0 to 4.8 magnitude near the quake.']), []);
  });

  it('a death toll given without its noun: "the death toll rose to 140" / "the toll has risen to 170"', () => {
    const found = numbers(['The official death toll in Brenholt rose to 140 after the quake.', 'The death toll from the quake in Brenholt has risen to 170.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: 140 · 170$/);
  });

  it('a toll whose word is far from its figure: "the death toll for the quake near Brenholt had risen to 140 people" / "bringing the overall toll to close to 200"', () => {
    const found = numbers(['Officials said the death toll for the quake near Brenholt had risen to 140 people.', 'Another 60 bodies were found near Brenholt, bringing the overall toll to close to 200, officials said.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: /);
  });

  it('not the day a running toll was counted: "rose to 140 on Monday" / "as of Monday morning" / "the quake on Saturday"', () => {
    assert.deepEqual(numbers(['The death toll from the quake in Brenholt rose to 140 on Monday.', 'The quake struck Brenholt on Saturday, the death toll from it reaching 90.']).filter((d) => /day of the week/.test(d.label)), []);
    assert.deepEqual(numbers(['At least 140 people had been killed in Brenholt as of Monday morning after the quake.', 'The quake killed people in Brenholt on Saturday evening.']).filter((d) => /day of the week/.test(d.label)), []);
  });

  it('not the benchmark of a record: "the deadliest crash since May 3, 1998" / "crashed on June 30"', () => {
    assert.deepEqual(numbers(['It was the deadliest plane crash in the region since May 3, 1998, when a plane went down near Brenholt.', 'The plane crashed near Brenholt on June 30 and went down in a field.']), []);
    assert.deepEqual(numbers(['It was the worst plane crash near Brenholt since 1998, officials said.', 'The plane crashed near Brenholt in 2021, officials said.']), []);
  });

  it('a speed is a speed, not a distance: "winds of 120 mph" / "193 km/h" agree; "120 mph" / "150 mph" differ', () => {
    assert.deepEqual(numbers(['The storm hit Brenholt with winds of 120 mph on Tuesday.', 'The storm hit Brenholt with winds of 193 km/h on Tuesday.']), []);
    const found = numbers(['The storm hit Brenholt with winds of 120 mph on Tuesday.', 'The storm hit Brenholt with 150-mph winds on Tuesday.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^speed: /);
    // A rate is never compared with a distance travelled.
    assert.deepEqual(numbers(['The storm moved 30 miles inland from Brenholt.', 'The storm moved inland from Brenholt at 12 miles per hour.']).filter((d) => /distance|speed/.test(d.label)), []);
  });

  it('not the start year of a period: "a pact in force since 2012" / "pressing for a raise since early 2020"', () => {
    assert.deepEqual(numbers(['Dockers walked out at Brenholt after the pay pact, in force since 2012, lapsed.', 'The dockers at Brenholt have pressed for a raise since early 2020 and walked out.']), []);
    // A day and month after "since" may be the story's own start, still compared with its date.
    const found = numbers(['The dockers at Brenholt have been on strike since October 23, the union said.', 'The dockers at Brenholt began their strike on November 2, the union said.']);
    assert.equal(found.length, 1);
  });

  it('not the years or figures of different earlier incidents: "in 1960 a quake killed 9,000" / "a quake in 2011 killed 70"', () => {
    assert.deepEqual(numbers(['In 1960, a 7.5-magnitude quake near Brenholt killed at least 9,000 people.', 'The damage is far worse than after the 5.6 magnitude quake that struck near Brenholt in 2011 and killed 70 people.']), []);
    // One of them names a quake the other article never speaks of.
    assert.deepEqual(numbers(['The quake in the hills killed at least 53 people in the next county to Brenholt, and a 6.4-magnitude shock was felt.', 'The toll is five times that of a 5.6 magnitude quake that struck Brenholt in 2011, killing 80 people.']), []);
  });

  it('the same earlier incident told two ways is still compared: "a 2011 quake killed 80" / "… in 2011 and killed 81"', () => {
    const found = numbers(['The toll is five times that of a quake that struck Brenholt in 2011, killing 80 people.', 'It is far worse than the quake that struck Brenholt in 2011 and killed 81 people.']);
    assert.equal(found.length, 1);
    assert.match(found[0]!.label, /^people killed: 80 people · 81 people$/);
  });

  it('not parts of the people counted: "nine men and two women" / "two women and three men"; "six staff and three guests" / "11 people"', () => {
    assert.deepEqual(numbers(['Police said the victims of the crash near Brenholt were nine men and two women.', 'The victims of the crash near Brenholt include two women and three men in their late 20s.']), []);
    assert.deepEqual(numbers(['A total of 11 people were on board the plane that crashed near Brenholt.', 'There were six staff and three guests on board the plane that crashed near Brenholt.']), []);
    assert.deepEqual(numbers(['Eleven passengers died when the plane crashed near Brenholt.', 'Three women died in the crash near Brenholt. Six other men died when the plane crashed near Brenholt.']), []);
  });

  it('not what a thing can hold: "could hold up to 12 people" / "ten people were on board"', () => {
    assert.deepEqual(numbers(['The plane that crashed near Brenholt could hold up to 12 people.', 'Ten people were on board the plane that crashed near Brenholt.']), []);
  });

  it('not a figure the outlet itself revised: "initially believed there were nine people on board"', () => {
    assert.deepEqual(numbers(['Officials initially believed there were nine people on board the plane that crashed near Brenholt.', 'Officials said 11 people were on board the plane that crashed near Brenholt.']), []);
  });
});

describe('number mentions', () => {
  const one = (text: string) => {
    const list = read(text);
    assert.equal(list.length, 1, JSON.stringify(list.map((m) => m.measure)));
    return list[0]!;
  };

  it('reads what a figure measures', () => {
    assert.equal(one('Police detained more than 400 protesters overnight.').measure, 'people:arrested');
    assert.equal(one('The clashes left at least 70 people injured.').measure, 'people:injured');
    assert.equal(one('Divers recovered seven AK-47 assault rifles.').measure, 'weapon');
    assert.equal(one('The water was minus 17 degrees.').value, -17);
    assert.equal(one('The vote was held at 4:00 p.m. local time.').value, 16 * 60);
    assert.equal(one('It broke down at 1100 hours.').value, 11 * 60);
    assert.equal(one('She sold 2.44 million copies.').value, 2_440_000);
    assert.equal(one('The 10-metre dhow sank.').measure, 'distance');
  });

  it('a date before "to" and a verb is the date of an event, not the bound of a period', () => {
    assert.equal(one('The navy has patrolled the strait since October 23 to protect shipping.').measure, 'date');
    assert.equal(one('The frigate arrived on November 2 and since then it has escorted ships.').measure, 'date');
    assert.deepEqual(read('He is charged over the period between Nov. 1, 2004, and Oct. 8, 2008.').map((m) => m.measure), []);
  });

  it('the figure of a headline does not run into the next line: "rises to 350 with 2,068 injured" / "President …"', () => {
    const list = read('Toll in Brenholt quake rises to 350 with 2,068 injured\n\nPresident Olsen says the quake is the worst in decades.');
    assert.deepEqual(list.map((m) => `${m.measure}:${m.value}`), ['people:killed:350', 'people:injured:2068']);
  });

  it('the predicate nearest the figure says what happened: "besides the deaths, 2,401 people were injured"; a toll with its noun', () => {
    assert.equal(one('Besides the deaths, there were 2,401 people injured in the quake.').measure, 'people:injured');
    assert.equal(one('The death toll from the quake had risen to 381 people.').measure, 'people:killed');
  });

  it('reads magnitudes, not counts: "magnitude-7.8", "a magnitude of 6.1", "measured 6.9 on the Richter scale"', () => {
    assert.equal(one('A magnitude-7.8 quake hit the coast.').measure, 'magnitude');
    assert.equal(one('It measured a magnitude of 6.1 on the scale.').measure, 'magnitude');
    assert.equal(one('The quake measured 6.9 on the Richter scale.').measure, 'magnitude');
    assert.equal(one('A 7.8 magnitude earthquake hit the coast.').value, 7.8);
  });

  it('leaves out figures that are parts of names and codes', () => {
    assert.deepEqual(read('The Channel 16 radio and the F-16 jet were seen.').map((m) => m.measure), []);
  });

  it('hedges widen the interval the figure stands for', () => {
    const about = one('About 100 people were injured.');
    const least = one('At least 70 people were injured.');
    assert.ok(!agree(about, least));
    assert.ok(agree(one('Some 200 people were evacuated.'), one('Almost 200 people were evacuated.')));
  });
});

/**
 * Variants of one name across a folder: linked as one entity (entities/link.ts with the keys of
 * entities/variants.ts), and reported as name discrepancies (corpus/detectors/names.ts) when the
 * outlets spell them differently. Every name here is invented.
 */
import assert from 'node:assert/strict';
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import { editDistance } from '../../src/core/common/strings';
import type { EntityMention, EntityType } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';
import { spellingOf } from '../../src/core/corpus/detectors/nameUses';
import { linkEntities, parseEntityOverrides } from '../../src/core/entities';
import { foldKey, givenNameVariant, initialsOf, nearSkeleton, skeletonKey } from '../../src/core/entities/variants';
import { analyzeDocuments } from '../../src/core/corpus';

/** Mentions of `names` (with their types) in `text`, each its own canonical, as an article gives them. */
function mentions(text: string, names: [string, EntityType][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, type] of names) {
    for (const m of text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type, canonical: n });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Links articles given as text and typed names; the canonical each name gets. */
function link(docs: Record<string, [string, [string, EntityType][]]>, overrides?: string): Map<string, string> {
  const byDoc = new Map(Object.entries(docs).map(([p, [text, names]]) => [p, { entities: mentions(text, names) }]));
  const index = linkEntities(byDoc, overrides ? parseEntityOverrides(overrides).overrides : undefined);
  const out = new Map<string, string>();
  for (const list of index.byDoc.values()) for (const m of list) out.set(m.text, m.canonical);
  return out;
}

const same = (c: Map<string, string>, a: string, b: string) => c.get(a) !== undefined && c.get(a) === c.get(b);

describe('name variants: keys', () => {
  it('one edit distance for the project: transpositions count one', () => {
    assert.equal(editDistance('Kemal', 'Kemal'), 0);
    assert.equal(editDistance('Nurmatov', 'Nurmatvo'), 1);
    assert.equal(editDistance('Arslan', 'Aslan', 1), 1);
    assert.equal(editDistance('Tadeusz', 'Tomasz', 1), 2);
  });

  it('folds case, diacritics, blanks, hyphens and slashes', () => {
    assert.equal(foldKey('Pan-Asia Cable 3'), foldKey('PAN ASIA CABLE 3'));
    assert.equal(foldKey('M/V Lorelind'), foldKey('MV Lorelind'));
    assert.equal(foldKey('Wrocławek'), foldKey('Wroclawek'));
    assert.equal(foldKey('Co-operation'), foldKey('Cooperation'));
  });

  it('transliterations share a skeleton; other names and the two genders of a name do not', () => {
    assert.equal(skeletonKey('Organisation of Coastal States'), skeletonKey('Organization of Coastal States'));
    assert.equal(skeletonKey('Bakhtiyor Nurmatov').split(' ')[1], skeletonKey('Bakhtiyar Nurmatow').split(' ')[1]);
    assert.equal(skeletonKey('Qasimuddin'), skeletonKey('Qasimaddin'));
    assert.equal(skeletonKey('Dzhumabashi'), skeletonKey('Dzhumabaschi'));
    assert.ok(nearSkeleton('Gurbandaly Oraztepov', 'Kurbandali Oraztepov'));
    assert.notEqual(skeletonKey('Mariela'), skeletonKey('Marielo'));
    assert.ok(!nearSkeleton('Austria', 'Australia'));
    assert.ok(!nearSkeleton('Somalia', 'Somalian'), 'one name extending the other');
    assert.ok(!nearSkeleton('Embassy of Iran', 'Embassy of Iraq'), 'a word that is another known name');
  });

  it('acronyms take the initials of the capitalised words, digits kept', () => {
    assert.equal(initialsOf('Pan-Asia Cable 3'), 'PAC3');
    assert.equal(initialsOf('Union of Coastal States'), 'UCS');
    assert.equal(initialsOf('Lorelind'), '');
  });

  it('given names: diminutives and short forms are variants; other names are not', () => {
    assert.ok(givenNameVariant('Jim', 'James'));
    assert.ok(givenNameVariant('Bill', 'William'));
    assert.ok(givenNameVariant('Alexis', 'Alexandros'));
    assert.ok(givenNameVariant('Bakhtiyor', 'Bakhtiyar'));
    assert.ok(!givenNameVariant('Tomasz', 'Tadeusz'));
    assert.ok(!givenNameVariant('Christopher', 'Christian'));
  });

  it('spellings: case, dots, diacritics, legal suffixes and middle initials are not spelling; inner capitals and hyphens are', () => {
    assert.equal(spellingOf('KEMAL ARSLAN'), spellingOf('Kemal Arslan'));
    assert.equal(spellingOf('Kemal T. Arslan'), spellingOf('Kemal Arslan'));
    assert.equal(spellingOf('Harrow Telecom Ltd.'), spellingOf('Harrow Telecom'));
    assert.equal(spellingOf('U.K.'), spellingOf('UK'));
    assert.notEqual(spellingOf('Harrow NetCom'), spellingOf('Harrow Netcom'));
    assert.notEqual(spellingOf('Latter-born Brethren'), spellingOf('Latter Born Brethren'));
  });
});

describe('name variants: one entity across the folder', () => {
  it('a transliterated leader is one person across outlets', () => {
    const c = link({
      'a.txt': ['President Bakhtiyor Nurmatov spoke.', [['Bakhtiyor Nurmatov', 'person']]],
      'b.txt': ['President Bakhtiyar Nurmatow spoke.', [['Bakhtiyar Nurmatow', 'person']]],
      'c.txt': ['Gurbandaly Oraztepov and Kurbandali Oraztepov.', []],
    });
    assert.ok(same(c, 'Bakhtiyor Nurmatov', 'Bakhtiyar Nurmatow'));
  });

  it('a diminutive is the same person in another outlet, not in the same article', () => {
    const apart = link({
      'a.txt': ['James Falder was charged.', [['James Falder', 'person']]],
      'b.txt': ['Jim Falder was charged.', [['Jim Falder', 'person']]],
    });
    assert.ok(same(apart, 'James Falder', 'Jim Falder'));
    const together = link({ 'a.txt': ['James Falder and his son Jim Falder were charged.', [['James Falder', 'person'], ['Jim Falder', 'person']]] });
    assert.ok(!same(together, 'James Falder', 'Jim Falder'));
  });

  it('two brothers with one surname, named side by side, stay two people', () => {
    const c = link({
      'a.txt': ['Tomasz Wrona and his brother Tadeusz Wrona.', [['Tomasz Wrona', 'person'], ['Tadeusz Wrona', 'person']]],
      'b.txt': ['Tadeusz Wrona said.', [['Tadeusz Wrona', 'person']]],
    });
    assert.ok(!same(c, 'Tomasz Wrona', 'Tadeusz Wrona'));
  });

  it('places and organisations spelled apart are one; places that both exist are not', () => {
    const c = link({
      'a.txt': ['Fighting near Wrocławek. The Organisation of Coastal States met. Austria voted.', [['Wrocławek', 'place'], ['Organisation of Coastal States', 'organization'], ['Austria', 'place']]],
      'b.txt': ['Fighting near Wroclawek. The Organization of Coastal States met. Australia voted.', [['Wroclawek', 'place'], ['Organization of Coastal States', 'organization'], ['Australia', 'place']]],
      'c.txt': ['The Dzhumabashi faction and the Dzhumabaschi faction.', []],
    });
    assert.ok(same(c, 'Wrocławek', 'Wroclawek'));
    assert.ok(same(c, 'Organisation of Coastal States', 'Organization of Coastal States'));
    assert.ok(!same(c, 'Austria', 'Australia'));
  });

  it('two names one letter apart that one article writes side by side are two things', () => {
    const c = link({
      'a.txt': ['Ships left Marovale and Marovalle on Monday.', [['Marovale', 'place'], ['Marovalle', 'place']]],
      'b.txt': ['Ships left Marovalle.', [['Marovalle', 'place']]],
    });
    assert.ok(!same(c, 'Marovale', 'Marovalle'));
  });

  it('a short form joins its full name only when the folder has one candidate', () => {
    const one = link({
      'a.txt': ['Ravelstone Mining Corp said. Ravelstone later added.', [['Ravelstone Mining Corp', 'organization'], ['Ravelstone', 'organization']]],
      'b.txt': ['Boats crossed the Korvan Peninsula.', [['Korvan Peninsula', 'place']]],
      'c.txt': ['Boats reached Korvan.', [['Korvan', 'place']]],
    });
    assert.ok(same(one, 'Ravelstone', 'Ravelstone Mining Corp'));
    assert.ok(same(one, 'Korvan', 'Korvan Peninsula'));
    const two = link({
      'a.txt': ['Ravelstone Mining Corp said. Ravelstone later added.', [['Ravelstone Mining Corp', 'organization'], ['Ravelstone', 'organization']]],
      'b.txt': ['Ravelstone Shipping Corp said.', [['Ravelstone Shipping Corp', 'organization']]],
    });
    assert.ok(!same(two, 'Ravelstone', 'Ravelstone Mining Corp'), 'ambiguous in the folder');
    assert.ok(!same(two, 'Ravelstone', 'Ravelstone Shipping Corp'), 'ambiguous in the folder');
  });

  it('a family name written first stands for its full name ("Park" / "Park Min-jun")', () => {
    const c = link({ 'a.txt': ['Park Min-jun arrived. Park said.', [['Park Min-jun', 'person'], ['Park', 'person']]] });
    assert.ok(same(c, 'Park', 'Park Min-jun'));
  });

  it('the analyst’s separation wins over a variant', () => {
    const docs: Record<string, [string, [string, EntityType][]]> = {
      'a.txt': ['Bakhtiyor Nurmatov spoke.', [['Bakhtiyor Nurmatov', 'person']]],
      'b.txt': ['Bakhtiyar Nurmatow spoke.', [['Bakhtiyar Nurmatow', 'person']]],
    };
    assert.ok(same(link(docs), 'Bakhtiyor Nurmatov', 'Bakhtiyar Nurmatow'));
    const c = link(docs, JSON.stringify({ version: 1, separate: [['Bakhtiyor Nurmatov', 'Bakhtiyar Nurmatow']] }));
    assert.ok(!same(c, 'Bakhtiyor Nurmatov', 'Bakhtiyar Nurmatow'));
  });
});

describe('name variants: name discrepancies', () => {
  const STORY = 'Coastguards said the crew of 12 was detained after a chase that lasted most of the night.';
  function found(docs: Record<string, string>): Discrepancy[] {
    const m = new CorpusMatcher();
    for (const [p, text] of Object.entries(docs)) m.upsert(p, text, { quotes: [], entities: [] });
    return m.discrepancies().filter((d) => d.kind === 'name');
  }
  const texts = (d: Discrepancy) => [...new Set(d.members.map((x) => `${x.doc}:${x.text}`))].sort();

  it('a vessel and a cable system spelled apart across outlets, each once, with every spelling', () => {
    const names = found({
      'one.txt': `The dhow, named Qasimuddin, was seized. Traffic on the Pan-Asia Cable 3 stopped. ${STORY}`,
      'two.txt': `Sailors boarded the Qasimaddin. The PAC3 link, or Pan Asia Cable 3, stopped. ${STORY}`,
    });
    assert.equal(names.length, 2, JSON.stringify(names.map((d) => d.label)));
    const dhow = names.find((d) => d.label.includes('Qasim'))!;
    assert.deepEqual(texts(dhow), ['one.txt:Qasimuddin', 'two.txt:Qasimaddin']);
    assert.match(dhow.label, /^name of Qasim[au]ddin: Qasim[au]ddin · Qasim[au]ddin$/);
    const cable = names.find((d) => d.label.includes('Cable'))!;
    // The acronym alone is a short form, not a spelling; beside spellings that differ it is one more form of the name (shown with them).
    assert.deepEqual(texts(cable), ['one.txt:Pan-Asia Cable 3', 'two.txt:PAC3', 'two.txt:Pan Asia Cable 3']);
  });

  it('not discrepancies: case, titles, a short form, established names, adjectives, dates', () => {
    const names = found({
      'one.txt': `Attorney General Lena Morrow spoke in the United States. Ethiopian sailors helped on November 19. ${STORY}`,
      'two.txt': `ATTORNEY-GENERAL LENA MORROW. Attorney-General Lena Morrow spoke in the U.S. Morrow added that Ethopian sailors helped on November 18. ${STORY}`,
    });
    assert.deepEqual(names.map((d) => d.label), []);
  });

  it('a surname alone is a short form of a name whose particle is hyphenated ("al-Bashiri"), not a spelling', () => {
    // Through the whole analysis: the surname is linked to the full name, whose canonical the detector compares it with.
    const story = 'Troops crossed the river at dawn, and the ceasefire collapsed within hours of the talks in the capital.';
    const a = analyzeDocuments([
      { path: 'one.txt', text: `President Omar al-Bashiri said the talks had failed. ${story}` },
      { path: 'two.txt', text: `President Omar al-Bashiri spoke on Monday. Forces loyal to Bashiri advanced. ${story}` },
      { path: 'three.txt', text: `Forces loyal to Bashiri advanced, officials said. ${story}` },
    ]);
    assert.deepEqual(a.discrepancies.filter((d) => d.kind === 'name').map((d) => d.label), []);
  });

  /** Name discrepancies of articles whose entity mentions are given: [name, type, canonical]. */
  function foundLinked(docs: Record<string, [string, [string, EntityType, string][]]>): Discrepancy[] {
    const m = new CorpusMatcher();
    for (const [p, [text, names]] of Object.entries(docs)) {
      const entities: EntityMention[] = [];
      for (const [n, type, canonical] of names) {
        for (const x of text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) entities.push({ start: x.index!, end: x.index! + n.length, text: n, type, canonical });
      }
      m.upsert(p, text, { quotes: [], entities: entities.sort((a, b) => a.start - b.start) });
    }
    return m.discrepancies().filter((d) => d.kind === 'name');
  }

  it('an acronym written alone is shown with the spellings of the name it spells', () => {
    const names = found({
      'one.txt': `Traffic on the Pan-Asia Cable 3 stopped. ${STORY}`,
      'two.txt': `Traffic on the Pan Asia Cable 3 stopped. ${STORY}`,
      'three.txt': `Traffic through PAC3 stopped. ${STORY}`,
    });
    assert.equal(names.length, 1, JSON.stringify(names.map((d) => d.label)));
    assert.deepEqual(texts(names[0]!), ['one.txt:Pan-Asia Cable 3', 'three.txt:PAC3', 'two.txt:Pan Asia Cable 3']);
    // Alone, an acronym against its full name is a short form, not a spelling.
    assert.deepEqual(found({ 'one.txt': `Traffic on the Pan Asia Cable 3 stopped. ${STORY}`, 'two.txt': `Traffic through PAC3 stopped. ${STORY}` }).map((d) => d.label), []);
  });

  it('an acronym linked to its full name is a short form, spelling the small words or not and leaving out a legal form', () => {
    // The entity pass links each acronym to the long name (the canonical): no outlet spells the name otherwise.
    const story = 'The pier was closed for two days after the storm, and ferries were sent to the northern harbour instead.';
    const names = foundLinked({
      'one.txt': [`The Harbour Department of Transport closed it. Velmar Telecom Ltd. paid. ${story}`, [['Harbour Department of Transport', 'organization', 'Harbour Department of Transport'], ['Velmar Telecom Ltd.', 'organization', 'Velmar Telecom Ltd.']]],
      'two.txt': [`HDOT closed it. VT paid. ${story}`, [['HDOT', 'organization', 'Harbour Department of Transport'], ['VT', 'organization', 'Velmar Telecom Ltd.']]],
      'three.txt': [`HDT closed it. ${story}`, [['HDT', 'organization', 'Harbour Department of Transport']]],
    });
    assert.deepEqual(names.map((d) => d.label), []);
    // An acronym of other letters is still another name's spelling.
    const other = foundLinked({
      'one.txt': [`The Harbour Department of Transport closed it. ${story}`, [['Harbour Department of Transport', 'organization', 'Harbour Department of Transport']]],
      'two.txt': [`HDTO closed it. ${story}`, [['HDTO', 'organization', 'Harbour Department of Transport']]],
      'three.txt': [`The Harbour Departement of Transport closed it. ${story}`, [['Harbour Departement of Transport', 'organization', 'Harbour Department of Transport']]],
    });
    assert.equal(other.length, 1, JSON.stringify(other.map((d) => d.label)));
    assert.ok(other[0]!.members.some((m) => m.text === 'HDTO'), JSON.stringify(other[0]));
  });

  it('an acronym with the initial of a small word ("ODOT" of "Ostland Department of Transportation") is a short form, not a spelling', () => {
    const names = foundLinked({
      'one.txt': [`The Ostland Department of Transportation closed the road. ${STORY}`, [['Ostland Department of Transportation', 'organization', 'Ostland Department of Transportation']]],
      'two.txt': [`The Ostland Department of Transportation (ODOT) closed the road, ODOT said. ${STORY}`, [['Ostland Department of Transportation', 'organization', 'Ostland Department of Transportation'], ['ODOT', 'organization', 'Ostland Department of Transportation']]],
    });
    assert.deepEqual(names.map((d) => d.label), []);
  });

  it('an acronym followed by more words ("TRCA Code" of the "Tennis Rules and Conduct Agency") names a thing of it, not a spelling of its name', () => {
    const story = 'The sample was taken after the quarter-final, and the hearing was set for the spring.';
    const trca = 'Tennis Rules and Conduct Agency';
    const names = foundLinked({
      'one.txt': [`The ${trca} said the drug breaks the TRCA Code. ${story}`, [[trca, 'organization', trca], ['TRCA Code', 'organization', trca]]],
      'two.txt': [`The ${trca} (TRCA) banned the drug. ${story}`, [[trca, 'organization', trca], ['TRCA', 'organization', trca]]],
    });
    assert.deepEqual(names.map((d) => d.label), []);
    // Beside a real second spelling of the name (a plural), the acronym's thing is no third spelling.
    const other = foundLinked({
      'one.txt': [`The ${trca} said the drug breaks the TRCA Code. ${story}`, [[trca, 'organization', trca], ['TRCA Code', 'organization', trca]]],
      'two.txt': [`The Tennis Rules and Conduct Agencies banned the drug. ${story}`, [['Tennis Rules and Conduct Agencies', 'organization', trca]]],
    });
    assert.equal(other.length, 1, JSON.stringify(other.map((d) => d.label)));
    assert.ok(!other[0]!.members.some((m) => m.text === 'TRCA Code'), JSON.stringify(other[0]));
    // One name written with and without a hyphen after its capitals is still two spellings.
    const hyphen = foundLinked({
      'one.txt': [`Sales of HD DVDs fell. ${story}`, [['HD DVDs', 'organization', 'HD DVDs']]],
      'two.txt': [`Sales of HD-DVDs fell. ${story}`, [['HD-DVDs', 'organization', 'HD DVDs']]],
    });
    assert.equal(hyphen.length, 1, JSON.stringify(hyphen.map((d) => d.label)));
    // The acronym and an organisation's head is a body, named another way: still reported.
    const body = foundLinked({
      'one.txt': [`The TRCA Alliance said the drug is banned. ${story}`, [['TRCA Alliance', 'organization', trca]]],
      'two.txt': [`The ${trca} banned the drug. ${story}`, [[trca, 'organization', trca]]],
    });
    assert.equal(body.length, 1, JSON.stringify(body.map((d) => d.label)));
  });

  it('a lone surname a letter from the surname of the one person its article names in full ("Vendrik" / "Aldo Vedrik") is that name misspelt', () => {
    const story = 'The convoy was stopped at the bridge, and the talks on the border post were put off for a week.';
    const names = foundLinked({
      'one.txt': [`Colonel Aldo Vendrik spoke at the bridge. Later Vedrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik'], ['Vedrik', 'person', 'Vedrik']]],
      'two.txt': [`Colonel Aldo Vendrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik']]],
    });
    assert.deepEqual(names.map((d) => d.label), ['name of Aldo Vendrik: Aldo Vendrik · Vedrik']);
  });

  it('not a lone surname some full name ends with, one whose article names two such people or none, nor a short one', () => {
    const story = 'The convoy was stopped at the bridge, and the talks on the border post were put off for a week.';
    const labels = (docs: Parameters<typeof foundLinked>[0]) => foundLinked(docs).map((d) => d.label);
    // "Vedrik" is Mira Vedrik's surname: another person.
    assert.deepEqual(labels({
      'one.txt': [`Aldo Vendrik and Mira Vedrik spoke. Later Vedrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik'], ['Mira Vedrik', 'person', 'Mira Vedrik'], ['Vedrik', 'person', 'Mira Vedrik']]],
      'two.txt': [`Aldo Vendrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik']]],
    }), []);
    // Two people a letter away in the article: which one is unknown.
    assert.deepEqual(labels({
      'one.txt': [`Aldo Vendrik and Mira Vedrak spoke. Later Vedrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik'], ['Mira Vedrak', 'person', 'Mira Vedrak'], ['Vedrik', 'person', 'Vedrik']]],
      'two.txt': [`Aldo Vendrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik']]],
    }), []);
    // No full name in its own article: another story's person, as far as the article tells.
    assert.deepEqual(labels({
      'one.txt': [`Later Vedrik said the convoy was safe. ${story}`, [['Vedrik', 'person', 'Vedrik']]],
      'two.txt': [`Aldo Vendrik said the convoy was safe. ${story}`, [['Aldo Vendrik', 'person', 'Aldo Vendrik']]],
    }), []);
    // Four letters: too many names are a letter apart ("Kerr" / "Karr").
    assert.deepEqual(labels({
      'one.txt': [`Aldo Kerr spoke. Later Karr said the convoy was safe. ${story}`, [['Aldo Kerr', 'person', 'Aldo Kerr'], ['Karr', 'person', 'Karr']]],
      'two.txt': [`Aldo Kerr said the convoy was safe. ${story}`, [['Aldo Kerr', 'person', 'Aldo Kerr']]],
    }), []);
  });

  it('a person named with a word more in the middle and a surname spelt otherwise ("Tomas Vell Arkaro" / "Tomas Arkoro") is one name spelt two ways', () => {
    const story = 'The convoy was stopped at the bridge, and the talks on the border post were put off for a week.';
    const names = foundLinked({
      'one.txt': [`District chief Tomas Vell Arkaro said the convoy was safe. ${story}`, [['Tomas Vell Arkaro', 'person', 'Tomas Vell Arkaro']]],
      'two.txt': [`Tomas Arkoro, a district chief, said the convoy was safe. ${story}`, [['Tomas Arkoro', 'person', 'Tomas Arkoro']]],
    });
    assert.deepEqual(names.map((d) => d.label), ['name of Tomas Vell Arkaro: Tomas Arkoro · Tomas Vell Arkaro']);
  });

  it('not a middle word alone, two people in one article, nor another surname', () => {
    const story = 'The convoy was stopped at the bridge, and the talks on the border post were put off for a week.';
    const labels = (docs: Parameters<typeof foundLinked>[0]) => foundLinked(docs).map((d) => d.label);
    // The middle word alone: a short form of the full name.
    assert.deepEqual(labels({
      'one.txt': [`Tomas Vell Arkaro said the convoy was safe. ${story}`, [['Tomas Vell Arkaro', 'person', 'Tomas Vell Arkaro']]],
      'two.txt': [`Tomas Arkaro said the convoy was safe. ${story}`, [['Tomas Arkaro', 'person', 'Tomas Arkaro']]],
    }), []);
    // Both in one article: two people.
    assert.deepEqual(labels({
      'one.txt': [`Tomas Vell Arkaro and Tomas Arkoro said the convoy was safe. ${story}`, [['Tomas Vell Arkaro', 'person', 'Tomas Vell Arkaro'], ['Tomas Arkoro', 'person', 'Tomas Arkoro']]],
      'two.txt': [`Tomas Arkoro said the convoy was safe. ${story}`, [['Tomas Arkoro', 'person', 'Tomas Arkoro']]],
    }), []);
    // Surnames more than a spelling apart: another person of the same given name.
    assert.deepEqual(labels({
      'one.txt': [`Tomas Vell Arkaro said the convoy was safe. ${story}`, [['Tomas Vell Arkaro', 'person', 'Tomas Vell Arkaro']]],
      'two.txt': [`Tomas Brenning said the convoy was safe. ${story}`, [['Tomas Brenning', 'person', 'Tomas Brenning']]],
    }), []);
  });

  it('a ship\'s prefix in capitals is part of its name ("MS Halvard" / "M/S Halvard"), unlike the title "Ms"', () => {
    const names = found({
      'one.txt': `Passengers of the liner MS Halvard were flown home. ${STORY}`,
      'two.txt': `Passengers rejoined the M/S Halvard in port. ${STORY}`,
    });
    assert.deepEqual(names.map(texts), [['one.txt:MS Halvard', 'two.txt:M/S Halvard']]);
    assert.deepEqual(found({ 'one.txt': `Then Ms Halvard spoke. ${STORY}`, 'two.txt': `Later Halvard spoke. ${STORY}` }).map((d) => d.label), []);
  });

  it('an organisation named with a coordinated part left out is another form of its name; a part left out at the end is a short form', () => {
    const names = foundLinked({
      'one.txt': [`The Federal Water and Sewerage Authority said the Korvan Labour Party won. ${STORY}`, [['Federal Water and Sewerage Authority', 'organization', 'Federal Water and Sewerage Authority'], ['Korvan Labour Party', 'organization', 'Korvan Labour Party']]],
      'two.txt': [`The Federal Water Authority said the Korvan Labour Party of Ostland won. ${STORY}`, [['Federal Water Authority', 'organization', 'Federal Water Authority'], ['Korvan Labour Party of Ostland', 'organization', 'Korvan Labour Party of Ostland']]],
    });
    assert.deepEqual(names.map(texts), [['one.txt:Federal Water and Sewerage Authority', 'two.txt:Federal Water Authority']]);
    // Two institutions whose names differ by a word that is no coordinated part are two.
    const two = (foundLinked({
      'one.txt': [`The University of Tarvel said. ${STORY}`, [['University of Tarvel', 'organization', 'University of Tarvel']]],
      'two.txt': [`The University of Southern Tarvel said. ${STORY}`, [['University of Southern Tarvel', 'organization', 'University of Southern Tarvel']]],
    })).map((d) => d.label);
    assert.deepEqual(two, []);
  });

  it('an organisation named with one word in another form ("Electoral" / "Election") is one name spelled two ways', () => {
    const names = foundLinked({
      'one.txt': [`The Ostland Electoral Board said the count was over. ${STORY}`, [['Ostland Electoral Board', 'organization', 'Ostland Electoral Board']]],
      'two.txt': [`The Ostland Election Board said the count was over. ${STORY}`, [['Ostland Election Board', 'organization', 'Ostland Election Board']]],
    });
    assert.deepEqual(names.map(texts), [['one.txt:Ostland Electoral Board', 'two.txt:Ostland Election Board']]);
  });

  it('not one name: a country against its adjective, two-word names, words that differ beyond a stem, nor both forms in one article', () => {
    const none = (a: [string, string], b: [string, string]) =>
      foundLinked({
        'one.txt': [`${a[0]} ${STORY}`, [[a[1], 'organization', a[1]]]],
        'two.txt': [`${b[0]} ${STORY}`, [[b[1], 'organization', b[1]]]],
      }).map((d) => d.label);
    assert.deepEqual(none(['The Canada Election Board met.', 'Canada Election Board'], ['The Canadian Election Board met.', 'Canadian Election Board']), []);
    assert.deepEqual(none(['The Electoral Board met.', 'Electoral Board'], ['The Election Board met.', 'Election Board']), []);
    assert.deepEqual(none(['The Ostland Marine Board met.', 'Ostland Marine Board'], ['The Ostland Mining Board met.', 'Ostland Mining Board']), []);
    const together = foundLinked({
      'one.txt': [`The Ostland Electoral Board and the Ostland Election Board met. ${STORY}`, [['Ostland Electoral Board', 'organization', 'Ostland Electoral Board'], ['Ostland Election Board', 'organization', 'Ostland Election Board']]],
      'two.txt': [`The Ostland Election Board met. ${STORY}`, [['Ostland Election Board', 'organization', 'Ostland Election Board']]],
    });
    assert.deepEqual(together.map((d) => d.label), []);
  });

  it('an inlet named with another word for it ("Gulf of Tarne" / "Bay of Tarne") is one place named two ways', () => {
    const names = foundLinked({
      'one.txt': [`The ferry sank in the Gulf of Tarne on Sunday. ${STORY}`, [['Gulf of Tarne', 'place', 'Gulf of Tarne']]],
      'two.txt': [`The ferry sank in the Bay of Tarne on Sunday. ${STORY}`, [['Bay of Tarne', 'place', 'Bay of Tarne']]],
    });
    assert.deepEqual(names.map(texts), [['one.txt:Gulf of Tarne', 'two.txt:Bay of Tarne']]);
  });

  it('not one place: inlets of two names, another kind of place ("Port of Tarne"), nor both named in one article', () => {
    const none = (a: string, b: string, bothInOne = false) =>
      foundLinked({
        'one.txt': [`The ferry sank in the ${a}${bothInOne ? ` near the ${b}` : ''}. ${STORY}`, bothInOne ? [[a, 'place', a], [b, 'place', b]] : [[a, 'place', a]]],
        'two.txt': [`The ferry sank in the ${b}. ${STORY}`, [[b, 'place', b]]],
      }).map((d) => d.label);
    assert.deepEqual(none('Gulf of Tarne', 'Bay of Velka'), []);
    assert.deepEqual(none('Port of Tarne', 'Bay of Tarne'), []);
    assert.deepEqual(none('Gulf of Tarne', 'Bay of Tarne', true), []);
  });

  it('not spellings: an abbreviated word ("Marov." / "Marovia"), a word written as a description ("southwest Ostland")', () => {
    const names = foundLinked({
      'one.txt': [`Ships left Dunmore, Marovia, for South West Ostland. ${STORY}`, [['Marovia', 'place', 'Marovia'], ['South West Ostland', 'place', 'Southwest Ostland']]],
      'two.txt': [`Ships left Dunmore, Marov., for southwest Ostland. ${STORY}`, [['Marov.', 'place', 'Marovia'], ['southwest Ostland', 'place', 'Southwest Ostland']]],
    });
    assert.deepEqual(names.map((d) => d.label), []);
  });

  it('not spellings: another form of a common word in a capitalised run ("Norland Airlines Jet" / "Norland Airliner Jet"); a letter changed still is', () => {
    const names = found({
      'one.txt': `A Norland Airlines Jet 300 crashed after takeoff. ${STORY}`,
      'two.txt': `A Norland Airliner Jet 300 crashed after takeoff. ${STORY}`,
    });
    assert.deepEqual(names.map((d) => d.label), []);
    const spelled = found({
      'one.txt': `The dhow Qasimuddin Star was seized. ${STORY}`,
      'two.txt': `Sailors boarded the Qasimaddin Star. ${STORY}`,
    });
    assert.equal(spelled.length, 1);
    const plural = found({
      'one.txt': `The Norland Games Developers Forum opened. ${STORY}`,
      'two.txt': `The Norland Game Developers Forum opened. ${STORY}`,
    });
    assert.equal(plural.length, 1, 'a plural against a singular is a form of the name');
  });

  it('a place\'s possessive before a name of two words or more is not the name ("Norway\'s Bureau of …" / "Norway Bureau of …"); before one word it stays', () => {
    const names = found({
      'one.txt': `The Norway Bureau of Coastal Inspection took charge. ${STORY}`,
      'two.txt': `Norway's Bureau of Coastal Inspection took charge of the inquiry. ${STORY}`,
    });
    assert.deepEqual(names.map((d) => d.label), []);
    const person = found({
      'one.txt': `Norwegian Ilse Marvik won the final. ${STORY}`,
      'two.txt': `Norway's Ilse Marvik won the final. ${STORY}`,
    });
    assert.deepEqual(person.map((d) => d.label), []);
    const spelled = found({
      'one.txt': `Floods hit Norway's Velmorra region. ${STORY}`,
      'two.txt': `Floods hit Norway's Velmora region. ${STORY}`,
    });
    assert.equal(spelled.length, 1, 'a one-word name after the possessive is still compared');
  });

  it('a name spelled two ways inside one article only is not a discrepancy between outlets', () => {
    const names = found({
      'one.txt': `The dhow Qasimuddin, also written Qasimaddin, was seized. ${STORY}`,
      'two.txt': `The dhow Qasimuddin was seized. ${STORY}`,
    });
    assert.deepEqual(names.map((d) => d.label), []);
  });
});

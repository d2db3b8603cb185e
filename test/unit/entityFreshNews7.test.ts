/**
 * Recognition on unseen text, round 7 (retail, banking results, transfers, charities' appeals,
 * broadcasting, airlines, Latin American wires): one category of error at a time, from invented
 * snippets, with what must not be reported.
 */
import assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/common/types';
import { extractArticleEntities, extractEntities, linkEntities } from '../../src/core/entities';
import { parseArticle } from '../../src/core/text';

const find = (text: string) => extractEntities(parseArticle(text));
/** "text/type" of each mention, in order. */
const found = (text: string) => find(text).map((e) => `${e.text}/${e.type}`);
const has = (text: string, name: string, type: EntityType) => assert.ok(found(text).includes(`${name}/${type}`), `${name}/${type} not in ${JSON.stringify(found(text))}`);
const lacks = (text: string, name: string) => assert.ok(!find(text).some((e) => e.text === name), `${name} should not be found in ${JSON.stringify(found(text))}`);
const lacksType = (text: string, name: string, type: EntityType) => assert.ok(!found(text).includes(`${name}/${type}`), `${name}/${type} should not be in ${JSON.stringify(found(text))}`);
/** The folder's mentions of `name` (text/type=canonical), the articles linked together. */
const inFolder = (docs: Record<string, string>, name: string) => {
  const byDoc = new Map(Object.entries(docs).map(([n, text]) => [n, extractArticleEntities(parseArticle(text))]));
  const index = linkEntities(byDoc);
  return [...index.byDoc.values()].flatMap((ms) => ms.filter((m) => m.text === name).map((m) => `${m.text}/${m.type}=${m.canonical}`));
};

describe('entity recognition: companies named by their trade, their officers and their clubs (round 7)', () => {
  it('a list after companies named by their trade in the plural: each name listed is a company', () => {
    const t = 'Velmora and Kelbia agreed on joint projects of the state-run energy companies Zorbex and Kalvanto, the minister said.';
    has(t, 'Zorbex', 'organization');
    has(t, 'Kalvanto', 'organization');
    const u = 'The charities Mirafund, Tellcare and Hopewell launched appeals on Monday.';
    has(u, 'Mirafund', 'organization');
    has(u, 'Tellcare', 'organization');
    has(u, 'Hopewell', 'organization');
    // two names the run of capitals grew over the list's "and"
    const r = 'The first will be followed by two digital stations, Vela Radio Rock and Vela Radio Groove.';
    has(r, 'Vela Radio Rock', 'organization');
    has(r, 'Vela Radio Groove', 'organization');
    // negative: a verb between the noun and the names, and a plural that is no trade's
    lacksType('The companies said Jan Roe and Tom Ito would stay.', 'Jan Roe', 'organization');
    lacksType('The rival towns Zorbel and Kalvo signed a pact.', 'Zorbel', 'organization');
    // plurals of trades that people ply too
    lacksType('Seasoned film-makers Jan Roe, Tom Ito and Ana Lund challenge them.', 'Tom Ito', 'organization');
    lacksType('His rivals Jan Roe and Tom Ito were close behind.', 'Tom Ito', 'organization');
  });

  it('an officer "at" or "of" the name: a company or a body (folder-wide for its other mentions)', () => {
    has('Jan Koval, country director at Mirafund, said the need was vast.', 'Mirafund', 'organization');
    has('Earlier that day he met Ana Lund, president of Kalvanto.', 'Kalvanto', 'organization');
    has('Tom Ito, chief executive of Zorbex, declined to comment.', 'Zorbex', 'organization');
    const docs = {
      'a.txt': 'Jan Koval, country director at Mirafund, said the need was vast.',
      'b.txt': 'Mirafund has launched an emergency appeal.\n\nThe scale is vast, says Mirafund.',
    };
    assert.deepEqual(inFolder(docs, 'Mirafund'), ['Mirafund/organization=Mirafund', 'Mirafund/organization=Mirafund', 'Mirafund/organization=Mirafund']);
    // negative: a partner of a person, a full name after "of", a professor's university, a cabinet's owner
    lacksType('She is the partner of Jan Lund, the singer.', 'Jan Lund', 'organization');
    lacksType('He spoke to the director of Jan Lund Films and the president of Tom Ito.', 'Tom Ito', 'organization');
    lacksType('Jan Roe, a professor at Kelbury, said the data were clear.', 'Kelbury', 'organization');
    lacksType('The chairman of Zorvia\'s cabinet office resigned.', 'Zorvia', 'organization');
    // a town before "-based", a director's film
    lacksType('Ana Lund, director of Kelby-based Zorbex, said so.', 'Kelby', 'organization');
    lacksType('Jan Roe, director of Velmora Nights, won the prize.', 'Velmora Nights', 'organization');
  });

  it('the club a player is signed from', () => {
    const t = 'Lundby have completed the signing of striker Jan Hubert from Marvello, the club confirmed.\n\nTom Roe joined from Kelbury in 2013, and Jan Ito arrived on loan from Real Velmora.';
    has(t, 'Marvello', 'organization');
    has(t, 'Kelbury', 'organization');
    has(t, 'Real Velmora', 'organization');
    // a known town is its club there
    has('Arsenal completed the signing of Jan Hubert from Lyon for a club record fee.', 'Lyon', 'organization');
    // negative: people move between towns; a bank's loan comes from a city
    has('He moved from Lyon to Paris in 2010.', 'Lyon', 'place');
    has('The firm took a loan from Lyon last year.', 'Lyon', 'place');
  });
});

describe('entity recognition: a plural verb after a singular name (round 7)', () => {
  it('a team or a body takes a plural verb in British English; a person or a town does not', () => {
    const t = 'Transfer news\n\nLundby have completed the signing of Jan Hubert. Kelby City have signed Tom Ito. Concern Worldwide have released funds.';
    has(t, 'Lundby', 'organization');
    has(t, 'Kelby City', 'organization');
    has(t, 'Concern Worldwide', 'organization');
    // negative: a plural subject, a bare verb after "saw", the subjunctive, a list, a common word
    const u = 'Rally ends\n\nTom Roe and his wife Ann have moved. Many have left. He saw Dorsey have a shot. If Dorsey were elected, the town would cheer. Yesterday Roe, Ito have said little.';
    lacksType(u, 'Ann', 'organization');
    lacksType(u, 'Dorsey', 'organization');
    lacks(u, 'If Dorsey');
    lacksType(u, 'Ito', 'organization');
    lacks(u, 'Many');
    has('Flood hits town\n\nWater reached Kelby City on Monday, and Kelby City is cut off.', 'Kelby City', 'place');
    // not a name inside the sentence, nor a plural
    const w = 'Quiet Sunday\n\nThe cafes under the Velmor were busy. Velmorans have gathered, and Firefighters were called.';
    lacksType(w, 'Velmor', 'organization');
    lacksType(w, 'Velmorans', 'organization');
  });
});

describe('entity recognition: abbreviations of common nouns and grid positions (round 7)', () => {
  it('an acronym spelled out in lower case in brackets after it, a meeting\'s or a security\'s abbreviation, a race position', () => {
    lacks('Vela said its IMS (interim management statement) was brought forward.', 'IMS');
    lacks('The chairman will step down at the AGM later today.', 'AGM');
    lacks('The shares would be listed in the US through an ADR program.', 'ADR');
    lacks('Jan Hubert took P1 and Tom Ito was in P3 after a spin.', 'P1');
    lacks('Jan Hubert took P1 and Tom Ito was in P3 after a spin.', 'P3');
    // negative: an acronym whose brackets spell capitalised words, or an unknown acronym, stays a name
    has('The Velmoran Liberation Front (VLF) said it would fight on.', 'VLF', 'organization');
    has('Shares in ZBX rose after the VLF said it would fight on.', 'VLF', 'organization');
  });
});

describe('entity recognition: an acronym that spells a month (round 7)', () => {
  it('"the DEC" after "(DEC)" is the committee, not December; a date is still a date', () => {
    const docs = { 'a.txt': 'Appeal launched\n\nThe Drought Emergency Council (DEC) began the effort on Thursday. A spokesman for the DEC said it would decide soon.' };
    assert.deepEqual(inFolder(docs, 'DEC'), ['DEC/organization=Drought Emergency Council', 'DEC/organization=Drought Emergency Council']);
    lacks('Dates\n\nThe vote is on DEC 5, the board said.', 'DEC');
    lacks('The loan carries a 5 per cent APR, the bank said.', 'APR');
  });
});

describe('entity recognition: broadcasters and national societies (round 7)', () => {
  it('"Sky" is the broadcaster (and BSkyB), not its news channel; "Sky News" is the channel', () => {
    const docs = {
      'a.txt': 'Comcast bought Sky in 2018.\n\nBSkyB and the Velmoran network agreed a deal.',
      'b.txt': 'The minister told Sky News he would resign.',
    };
    assert.deepEqual(inFolder(docs, 'Sky'), ['Sky/organization=Sky']);
    assert.deepEqual(inFolder(docs, 'BSkyB'), ['BSkyB/organization=Sky']);
    assert.deepEqual(inFolder(docs, 'Sky News'), ['Sky News/organization=Sky News']);
  });

  it('a channel\'s number is its name\'s: "Channel 5" is no short form of "Channel 4"', () => {
    const t = 'The appeal will be broadcast on the BBC, Channel 4, Channel 5 and Radio 1 on Thursday.';
    has(t, 'Channel 4', 'organization');
    has(t, 'Channel 5', 'organization');
    has(t, 'Radio 1', 'organization');
    lacks(t, 'Channel');
  });

  it('a national Red Cross society is not the international committee', () => {
    const docs = {
      'a.txt': 'The British Red Cross launched an appeal for Velmora.',
      'b.txt': 'The Red Cross said its convoy reached Kelby.',
    };
    assert.deepEqual(inFolder(docs, 'British Red Cross'), ['British Red Cross/organization=British Red Cross']);
    assert.deepEqual(inFolder(docs, 'Red Cross'), ['Red Cross/organization=International Committee of the Red Cross']);
  });
});

describe('entity recognition: sentence-initial words and a title before a list (round 7)', () => {
  it('a name ending in -ing or -ly before a verb of saying or its analysts is no gerund ("Kaupthing analysts said")', () => {
    has('Shares rose.\n\nVelthing analysts said the fears were misplaced.', 'Velthing', 'organization');
    // negative: a gerund opening a sentence
    lacks('The mayor spoke.\n\nPraising the force, the mayor thanked the officers.', 'Praising');
  });

  it('"Today" opening a sentence is no part of the name after it', () => {
    has('Shares rose.\n\nToday Kalvanto shares rose 16 per cent.', 'Kalvanto', 'organization');
    lacks('Shares rose.\n\nToday Kalvanto shares rose 16 per cent.', 'Today Kalvanto');
  });

  it('a titled name ends before an "and" that the run of capitals grew over', () => {
    const t = 'Race quotes\n\nVelmo\' Pastor Maldonado and Force India\'s Jan di Resta on their best grid slots.';
    has(t, 'Maldonado', 'person');
    lacks(t, 'Maldonado and Force India');
    has(t, 'Jan di Resta', 'person');
  });
});

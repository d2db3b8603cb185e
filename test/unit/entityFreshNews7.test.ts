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
    // negative: a verb between the noun and the names, and a plural that is no trade's
    lacksType('The companies said Jan Roe and Tom Ito would stay.', 'Jan Roe', 'organization');
    lacksType('The rival towns Zorbel and Kalvo signed a pact.', 'Zorbel', 'organization');
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

  it('a national Red Cross society is not the international committee', () => {
    const docs = {
      'a.txt': 'The British Red Cross launched an appeal for Velmora.',
      'b.txt': 'The Red Cross said its convoy reached Kelby.',
    };
    assert.deepEqual(inFolder(docs, 'British Red Cross'), ['British Red Cross/organization=British Red Cross']);
    assert.deepEqual(inFolder(docs, 'Red Cross'), ['Red Cross/organization=International Committee of the Red Cross']);
  });
});

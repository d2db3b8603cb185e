/**
 * Recognition on unseen text, round 6 (business, unions, universities, sport, wires): one category
 * of error at a time, from invented snippets, with what must not be reported.
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
/** The folder's mentions of `name` (text/type=canonical), the articles linked together. */
const inFolder = (docs: Record<string, string>, name: string) => {
  const byDoc = new Map(Object.entries(docs).map(([n, text]) => [n, extractArticleEntities(parseArticle(text))]));
  const index = linkEntities(byDoc);
  return [...index.byDoc.values()].flatMap((ms) => ms.filter((m) => m.text === name).map((m) => `${m.text}/${m.type}=${m.canonical}`));
};

describe('entity recognition: a common noun opening a sentence (round 6)', () => {
  it('an organisation\'s head word or adjective before a lower-case noun is no short form of the article\'s name', () => {
    const t = 'Vela bankers met the Bank of Zorvia on Monday.\n\nBank fines totalled 4 million crowns last year.';
    has(t, 'Bank of Zorvia', 'organization');
    lacks(t, 'Bank');
    const u = 'The Kelby National Union of Porters called a strike.\n\nNational officer Jan Dorsey said the vote was clear.';
    lacks(u, 'National');
    has(u, 'Jan Dorsey', 'person');
    // the name written on in lower case: "Electoral commission" for the Electoral Commission
    const e = 'The Electoral Commission of Zorvia met.\n\nElectoral commission chairman Tom Varga told reporters the count was over.';
    lacks(e, 'Electoral');
    // negative: before a verb, a title, or in the headline, the word is the institution
    has('The Bank of Zorvia cut rates.\n\nBank is expected to act again.', 'Bank', 'organization');
    has('The Academy of Film Arts met.\n\nAcademy president Tom Varga praised the winners.', 'Academy', 'organization');
    has('Bank holds rates at 4%\n\nThe Bank of Zorvia kept its rate on Thursday.', 'Bank', 'organization');
  });

  it('nor a word for the folder to confirm ("Council workers" in one article, "the City Council" in another)', () => {
    const docs = {
      'a.txt': 'Budget passed\n\nThe Mayor said the Council\'s budget will be on the City Council agenda. Each member of City Council agreed.',
      'b.txt': 'Strike vote\n\nCouncil workers have voted to strike over pay, the union said.',
    };
    assert.deepEqual(inFolder(docs, 'Council'), ['Council/organization=City Council']);
  });
});

describe('entity recognition: police ranks written as acronyms (round 6)', () => {
  it('"Dorvan SSP Tom Varga", "SHO Dan Roe": the rank is a title, the word before it its district', () => {
    const t = 'Dorvan SSP Tom Varga said the raid was over.\n\nThe guns were seized, said the Dorvan SSP.';
    has(t, 'Tom Varga', 'person');
    assert.deepEqual(find(t).filter((m) => m.text === 'Dorvan').map((m) => m.type), ['place', 'place']);
    lacks(t, 'Dorvan SSP Tom Varga');
    lacks(t, 'Dorvan SSP');
    const u = 'SHO Dan Roe told reporters the guns were seized.';
    has(u, 'Dan Roe', 'person');
    lacks(u, 'SHO Dan Roe');
    // negative: a company's officer still tells its company
    has('Acme CEO Jane Doe said the plant would close.', 'Acme', 'organization');
  });
});

describe('entity recognition: a result written as a headline before its colon (round 6)', () => {
  it('"Dorvan 10 Kelbrook 20: ..." names two teams, and their other mentions in the report', () => {
    const t = 'Dorvan 10 Kelbrook 20: Tom Varga strikes late\n\nKelbrook won the cup. Dorvan lost a final for the first time.';
    assert.deepEqual(found(t), ['Dorvan/organization', 'Kelbrook/organization', 'Tom Varga/person', 'Kelbrook/organization', 'Dorvan/organization']);
    // negative: a scorer with a first name before a minute and a colon stays a person
    has('Dorvan 2 Tom Varga 20: a late goal\n\nHalftime: 1-1', 'Tom Varga', 'person');
  });
});

describe('entity recognition: chambers of commerce, and a title "of the" an institution (round 6)', () => {
  it('"Chambers of Trade" is an institution\'s head in the plural; after "Director General of the" it is no person', () => {
    has('However, Tom Varga, director general of the Dorvan Chambers of Trade, said the rise was wrong.', 'Dorvan Chambers of Trade', 'organization');
    const t = '"No change is right," said Tom Varga, Director General of the Dorvan Chambers of Trade (DCT).';
    has(t, 'Tom Varga', 'person');
    has(t, 'Dorvan Chambers of Trade', 'organization');
    lacks(t, 'Chambers');
    // negative: a person after a title "of the" office stays a person
    has('Secretary of the Navy Tom Varga said so.', 'Tom Varga', 'person');
  });

  it('an acronym spelled by one name in the singular and the plural joins both ("Chamber" / "Chambers of Trade")', () => {
    const docs = {
      'a.txt': 'The Dorvan Chamber of Trade (DCT) said rates were too high. The DCT wants a cut.',
      'b.txt': 'However, Tom Varga of the Dorvan Chambers of Trade (DCT) said so.',
    };
    const canon = new Set(inFolder(docs, 'DCT').concat(inFolder(docs, 'Dorvan Chamber of Trade'), inFolder(docs, 'Dorvan Chambers of Trade')).map((m) => m.split('=')[1]));
    assert.equal(canon.size, 1, [...canon].join(' / '));
  });
});

describe('entity recognition: reporters\' credits (round 6)', () => {
  it('a byline of its own and a wire\'s "Reporting by ...; Editing by ..." name people, unknown first names too', () => {
    has('Markets fall\n\nBy Kit Rees\n\nLONDON (Reuters) - Shares fell.', 'Kit Rees', 'person');
    const t = 'Markets fall\n\nBy Sruthi Shankar and Shubham Batra\n\n(Reuters) - Shares fell.';
    has(t, 'Sruthi Shankar', 'person');
    has(t, 'Shubham Batra', 'person');
    const u = 'Shares fell on Monday.\n\n(Reporting by Sudip Kar-Gupta in Oslo; editing by Blaise Robinson)';
    has(u, 'Sudip Kar-Gupta', 'person');
    has(u, 'Blaise Robinson', 'person');
    // negative: data compiled by a firm, a time, an agency
    lacks('The figures were compiled by Chart-Track for the trade body.', 'Chart-Track');
    lacks('By Monday Night the deal was done.', 'Monday Night');
    lacks('Tennis\n\nBy The Associated Press\n\nThe seeds won.', 'The Associated Press');
  });
});

describe('entity recognition: charities, unions and sectors\' firms by the noun before them (round 6)', () => {
  it('"the charity Dorvan Aid", "the union Velmar", "housebuilder Velmar Homes" are organisations', () => {
    has('The charity Dorvan Aid said on Monday it would help.', 'Dorvan Aid', 'organization');
    has('Council workers voted, the union Velmar announced.', 'Velmar', 'organization');
    has('Shares in housebuilder Velmar Homes fell.', 'Velmar Homes', 'organization');
    // negative: a union's officer is a person
    has('The union leader Tom Varga said.', 'Tom Varga', 'person');
  });
});

describe('entity recognition: provinces and states of South Asia, motor sport\'s sessions (round 6)', () => {
  it('"Khyber Pakhtunkhwa", "Uttar Pradesh" are places; "FP2", a "GP" are no organisations', () => {
    const t = 'Militants struck in Khyber Pakhtunkhwa and Balochistan, and police in Uttar Pradesh were alerted.';
    has(t, 'Khyber Pakhtunkhwa', 'place');
    has(t, 'Balochistan', 'place');
    has(t, 'Uttar Pradesh', 'place');
    const u = 'Tom Varga was fastest in FP2 before the Brazilian GP, and Dan Roe, a GP in Kelby, watched.';
    lacks(u, 'FP2');
    lacks(u, 'GP');
  });
});

describe('entity recognition: APEC, a currency\'s code run into its amount (round 6)', () => {
  it('"Apec summit", "Asia-Pacific Economic Cooperation" are one organisation; "EUR109.80" is none', () => {
    const t = 'Tom Varga at Apec summit\n\nHe stood in line for the Asia-Pacific Economic Cooperation summit photo.';
    has(t, 'Apec', 'organization');
    has(t, 'Asia-Pacific Economic Cooperation', 'organization');
    lacks(t, 'Asia');
    const u = 'Shares in Vela rose 3.4% at EUR109.80 on Monday.';
    lacks(u, 'EUR109');
    has(u, 'Vela', 'organization');
  });
});

describe('entity recognition: companies named after their trade and "such as" (round 6)', () => {
  it('"Miners such as Rio Velmoro, Kelbrix and ..." are companies, a first name notwithstanding', () => {
    const t = 'Miners such as Rio Velmoro, Kelbrix and Dorvan Mining rose between 2.2% and 1.8%.';
    has(t, 'Rio Velmoro', 'organization');
    has(t, 'Kelbrix', 'organization');
    // negative: people such as a person
    has('Workers such as Tom Varga were angry.', 'Tom Varga', 'person');
  });
});

describe('entity recognition: a count opening a sentence (round 6)', () => {
  it('"Fifteen Kelby Rovers fans", "Six Tom Varga penalties": the number word is no part of the name', () => {
    has('Fifteen Kelby Rovers fans were held.', 'Kelby Rovers', 'organization');
    lacks('Fifteen Kelby Rovers fans were held.', 'Fifteen Kelby Rovers');
    has('Kelby 18-10 Dorvan\n\nSix Tom Varga penalties gave Kelby the win.', 'Tom Varga', 'person');
    // negative: a name's own number stays in it
    has('Seven Network said it would air the game.', 'Seven Network', 'organization');
  });
});

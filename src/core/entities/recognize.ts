/**
 * The per-article recogniser, in three phases: chunks of capitalised words (chunks.ts) are cut into
 * candidate names (candidates.ts) and typed (typing.ts), then the article as a whole types single
 * words by fuller names and confirms them (resolve.ts). Rule-based and linear in the text.
 */
import type { MentionHint, Strength } from '../common/types';
import { mapArray, parseArticle, type Article } from '../text';
import type { Candidate } from './chunks';
import { Recognizer } from './candidates';
import { resolveArticle, type ArticleEntities } from './resolve';
import { tokenize, type Token } from './tokens';

export type { ArticleEntities, Candidate, MentionHint, Strength };
export { surnameKeys } from './resolve';

export function recognize(article: Article): ArticleEntities {
  const t = tokenize(article);
  const r = new Recognizer(article.text, t);
  r.scan(0);
  return resolveCandidates(article.text, t, r.cands);
}

/**
 * The candidates of one paragraph, from its tokens (`tokenizeParagraph`, over `text`) and the (at
 * most two) tokens that come before them in the article: a title's cue reaches back over a paragraph
 * break ("secretary of" | "State Rex Tillerson"), and nothing else does. Token indices are into
 * `tokens`. Chunks never cross a paragraph, so the article's candidates are its paragraphs' in order.
 */
export function paragraphCandidates(text: string, tokens: readonly Token[], before: readonly Token[]): Candidate[] {
  // The tokens before are another paragraph's: only their words are read.
  const window = [...mapArray(before, (tok) => ({ ...tok, para: -1 })), ...tokens];
  const r = new Recognizer(text, window);
  r.scan(before.length);
  const n = before.length;
  return mapArray(r.cands, (c) => ({ ...c, a: c.a - n, b: c.b - n }));
}

/**
 * Resolves an article's candidates (each paragraph's `paragraphCandidates`, shifted to index into
 * `tokens`, the article's tokens in order) into its mentions: what `recognize` returns. `cands` is
 * changed in place.
 */
export function resolveCandidates(text: string, tokens: Token[], cands: Candidate[]): ArticleEntities {
  return resolveArticle(text, tokens, cands);
}

/**
 * Why this runs at load (as `primeTokenizer` does for the tokenizer): V8 optimises the recogniser's
 * long methods after a few articles and throws the optimised code away whenever a branch it has not
 * seen taken comes up (a score, a ship, an apposition, a state's abbreviation, a title's "of"), then
 * compiles them again: a cold pass over the BBC corpus paid for that some twenty times. Recognising
 * three made-up articles that take those branches, before any real one, costs a few milliseconds.
 * Nothing is kept. (Priming the linker the same way made the cold linking slower: it runs once per
 * folder, and V8 compiled its steps early for a folder of three articles.)
 */
function primeRecognizer(): void {
  const articles = primeArticles();
  for (let k = 0; k < 3; k++) for (const text of articles) recognize(parseArticle(text));
}

/** Made-up articles that take the recogniser's branches (see `primeRecognizer`). */
function primeArticles(): string[] {
  const text =
    'SOCCER - LEEDS BEAT CHELSEA\n\nLONDON 1996-08-30\n\n' +
    'Leeds United beat Chelsea 2-1, while Manchester drew 1-1 with Arsenal. Berdan beat Kell 6-2 7-5.\n\n' +
    "Shares of Acme Minerals Ltd. rose. Acme, a mining company, said the Navy and the Chilean navy met the People's Council " +
    'of the Organisation for Trade and Co-operation in Asia near the Cape of Storms, off Key West, Fla. and in ' +
    'Mesa Verde, Ariz., in south Asia and the West. The U.S. Embassy, Norge Telecom and the Harbour Sun said the ' +
    'HMS Belfast and a Type-45 ship cut the PAC3 cable in 300 BC. Orange County District Attorney Jane Doe, the Governor ' +
    'of Vermont and her husband Todd, 45, visited the Elm Grove Bible Church, the Methodist Church and the University of Leeds. ' +
    'Church officials said the Internet was down.\n\n-- London Newsroom';
  // Ordinary news prose: the plain paths every article takes (a first name and a surname, a lone
  // surname, an acronym, a dateline, a place after "in", a company after "shares of").
  const prose =
    'Storms Kill Nine In Northvale As Rivers Rise\n\nBy Tom Harlan, Business reporter\n\n' +
    'MARROWBY, Zorvia (AP) — Heavy rain hit Marrowby on Tuesday. John Carver, a spokesman for the Zorvian Red Cross, said nine people died. ' +
    'Carver said the toll could rise. "We are doing what we can," Mr Carver told the BBC in London on Monday. Praising the crews, Carver thanked them.\n\n' +
    'Prime Minister Anna Velt visited Ostrava Falls, a small town near the border, in April. Velt met Brentford Farmers\' Union leaders and the ' +
    'National Bank of Zorvia. Shares of Telvor Group fell 3% after Telvor said in a statement it would close its plant in Kelby, and ' +
    'analysts at Harmon Stearns said the US and EU economies were weak. The ZNA (Zorvian National Army) and the TV channel Mir, ' +
    'Turkey and the UN sent aid; multiple sclerosis (MS) patients and South African, Russian-American and Greek officials waited. ' +
    'Turkey, Brown and Smith & Wesson said nothing. The Cold War and the World Cup in Hove ended. The Supreme Court of Zorvia, ' +
    'Velt\'s Labour Party and the Bank of England Governor Mark Cole met at Grace Bible Church, Kelby High School and Harlow Hospital ' +
    'in Pell, Kent, and in Old Rennick. Coach Ben Ito said Rovers FC beat Dunmore 3-0. GW Pharma, Radio Kelby, Low Point and ' +
    'de la Cruz said Frank McNab Jr. and Pablo di Stefano were in Washington, D.C. with Chairman Li Wei.\n\n' +
    'On Tuesday Velt said 1,200 homes in the town of Kelby and members of Rovers FC were hit. Pak Su-il flew an F-16 for Bill C-69. ' +
    'The secretary of State Ana Pell, John T. Carver, Church officials, a resident Paris Dole, US Tomahawk missiles, BBC Sport, France Telecom ' +
    'and M/S Hanna met in Kelby village. Kelby said it would sue.\n\n' +
    'The European Union and the Bank of the West met. Abu al-Rashid and TV crews waited. An al-Farouk unit, Mr. Lee and the West ' +
    'watched. Organizer Jane Pell said so. CEO Ann Ross, the Acme Corp CEO and Deputy Governor Ken Ito met. Dr Lopez of Kelby spoke.\n\n' +
    'TV 2008 and the show\n\nformer Governor Ross said.\n\n' +
    'HARLAN IS BACK\n\nREAD MORE: Rivers rise in Zorvia\n\nCopyright 2008 The Associated Press. All rights reserved.';
  // Rarer shapes each hot method meets in the BBC corpus's first few hundred articles (found with
  // --trace-deopt): a particle that starts a name, "The Hague", a known name after a title, a name
  // before a company's title, a nationality's product, a line of common words in capitals, a name
  // at the very end of an article.
  const rare =
    'Fighters from al-Farouk met Saif-al-Islam Gadd. The Guardian said The Hague and the West agreed.\n\n' +
    'TV 2008 said Governor Ken Ito of Kelby and US President Tom Hale met NATO chief Ann Ross, the Acme CEO and UN envoy Li Wei. ' +
    'Acme CEO Ann Ross and Ms Kent said Mark Major, Tom Jordan and US Zorb Tomahawk missiles were in Jordan. Jordan said so.\n\n' +
    'West, he said.\n\nLATEST NEWS TODAY\n\nReporting by Tom Hale and the Minister of Plan B';
  // A results table, a tennis line and a market report (teams.ts's branches and the cues after them):
  // a row with scorers, a standings row, a fixture, a player and a country, an ampersand (after a
  // company's name and after a first name), a price's move.
  const results =
    'Results:\n\nKelby Rovers 2 (Varga 29, Ostrin 90) Leeds City 1 (Pell 18)\nDunmore 0 Ashby 3\nLeeds 3 2 1 0 6 2 7\n\n' +
    'Bramford 1 Jon Varga 51, Tamas Ostrin 90pen\nHalftime: 0-1\n\nLate match: Leeds v Harwick\n\n' +
    'Clara Voss, Denmark, def. Oscar Brandt, Germany, 6-4, 6-2.\n\n' +
    'Marks & Vell Group Plc fell 1.1pc and Brackwell rose 3 percent in San Varesco, said the Harlow Comets, Tom Varga & Sons and Kelby National.\n\n' +
    // A town's team in prose (teamNames.ts), a dateline in common words, an officer's title, a
    // county's office, a company's possessive and short form, a capital, an institution with "&".
    'GREEN HILLS, Ark. (AP) - Leeds striker Jon Varga made it 2-1 for Leeds and Kelby City against Dunmore, then Leeds moved up. ' +
    "Dunmore County Sheriff's deputies, Chief Financial Officer Ann Ross of Vela Alto Networks and Vela Alto said Vela's acquisition " +
    'of Harlow & Kelby College in the capital Velmo closed.';
  return [text, prose, rare, results];
}

primeRecognizer();

/**
 * The per-article recogniser, in three phases: chunks of capitalised words (chunks.ts) are cut into
 * candidate names and typed (candidates.ts), then the article as a whole types single words by fuller
 * names and confirms them (resolve.ts). Rule-based and linear in the text.
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
 * one made-up article that takes those branches, before any real one, costs about a millisecond.
 * Nothing is kept.
 */
function primeRecognizer(): void {
  const text =
    'SOCCER - LEEDS BEAT CHELSEA\n\nLONDON 1996-08-30\n\n' +
    'Leeds United beat Chelsea 2-1, while Manchester drew 1-1 with Arsenal. Berdan beat Kell 6-2 7-5.\n\n' +
    "Shares of Acme Minerals Ltd. rose. Acme, a mining company, said the Navy and the Chilean navy met the People's Council " +
    'of the Organisation for Trade and Co-operation in Asia near the Cape of Storms, off Key West, Fla. and in ' +
    'Mesa Verde, Ariz., in south Asia and the West. The U.S. Embassy, Norge Telecom and the Harbour Sun said the ' +
    'HMS Belfast and a Type-45 ship cut the PAC3 cable in 300 BC. Orange County District Attorney Jane Doe, the Governor ' +
    'of Vermont and her husband Todd, 45, visited the Elm Grove Bible Church, the Methodist Church and the University of Leeds. ' +
    'Church officials said the Internet was down.\n\n-- London Newsroom';
  for (let k = 0; k < 3; k++) recognize(parseArticle(text));
}

primeRecognizer();

import type { Quote } from '../common/types';
import type { Article } from '../text';
import { Attributor, type Attribution, type MemoInput, type PreparedParagraph } from './attribution';
import { beginsMidClause, isClause, isTitleCase } from './kind';
import { DETERMINERS, NAMING_CUES, NP_BREAK } from './lexicon';
import { findQuotes, type RawQuote } from './marks';
import { isParticleWord } from './tokens';

export { findQuotes, numberQuotes, opensWithQuote, paragraphQuotes } from './marks';
export type { Family, ParagraphQuote, RawQuote } from './marks';
export { AttributionMemo, prepareParagraph, quoteRangesByParagraph } from './attribution';
export type { MemoInput, PreparedParagraph } from './attribution';

/** Finds the quotations in an article, with their kind and speaker. Boilerplate never yields quotes. */
export function extractQuotes(article: Article): Quote[] {
  return quotesOf(article, findQuotes(article));
}

/**
 * The quotes of an article from its quotations (`findQuotes`) and, when the caller has them, its
 * paragraphs prepared for attribution (`prepareParagraph`, null for boilerplate): what
 * `extractQuotes` returns, for the incremental analysis, which keeps both per paragraph.
 */
export function quotesOf(article: Article, raw: readonly RawQuote[], prepared?: readonly (PreparedParagraph | null)[], memo?: MemoInput): Quote[] {
  if (!raw.length) return [];
  const attributor = new Attributor(article, raw, prepared, memo);
  attributor.run();
  const out: Quote[] = [];
  const kinds = new Map<number, Quote['kind']>();
  raw.forEach((q, id) => {
    const a = attributor.result.get(id);
    const text = article.text.slice(q.start, q.end);
    if (!a) return;
    // a whole utterance: it opens its sentence and ends with its own punctuation before “…,” she said
    // (or an exclamation or question someone is said to utter: they chanted “Stop the count!”)
    const utterance = (a.standalone && a.attributedAfter && ENDS_PUNCT.test(text)) || (EXCLAIMS.test(text) && (a.speechContext || a.attributedAfter));
    const resumed = a.resumes !== -1 && kinds.get(a.resumes) === 'direct';
    const clause = utterance || resumed || isClause(text, a.standalone || q.continues !== -1);
    if (!keep(article.text, q, text, a, clause)) return;
    const kind = clause && (resumed || !beginsMidClause(a.before, text)) ? 'direct' : 'partial';
    kinds.set(id, kind);
    out.push({ start: q.start, end: q.end, text, speaker: a.speaker ? a.speaker.name : null, kind });
  });
  return out;
}

/** The fewest words of a quoted phrase that is somebody's wording without a speech verb in sight. */
const MIN_WORDS_OF_WORDING = 3;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) && n < MIN_WORDS_OF_WORDING) n++;
  return n;
}

/**
 * Is the quotation followed straight away by a lower-case noun it modifies (the “sextortion” scam)?
 * Words that end a noun phrase (prepositions, conjunctions, auxiliaries), adverbs, participles,
 * pronouns and said are not nouns; nor is anything after punctuation inside the marks.
 */
function modifiesNoun(source: string, q: RawQuote): boolean {
  if (q.close === -1 || /[,.;:!?…]$/.test(source.slice(q.start, q.end))) return false;
  const m = NEXT_WORD.exec(source.slice(q.close + 1, q.close + 30));
  if (!m) return false;
  const w = m[1]!;
  return !NP_BREAK.has(w) && !DETERMINERS.has(w) && !NOT_NOUN.has(w) && !/(?:ly|ed)$/.test(w) && !isParticiple(w);
}
/** including, being (a stem with a vowel before -ing), not string or thing. */
const isParticiple = (w: string) => /^[^aeiouy]*[aeiouy]\p{Ll}*ing$/u.test(w) && w.length > 4 && /[aeiouy]/.test(w.slice(0, -3));
const NOT_NOUN = new Set(['within', 'last', 'next', 'say', 'whether', 'which', 'who', 'when', 'where', 'while', 'said', 'says', 'told', 'tells', 'wrote', 'writes', 'of', 'for', 'out', 'up', 'off', 'down', 'back', 'away', 'around', 'why', 'how', 'what', 'it', 'them', 'him', 'her', 'us', 'me', 'you', 'he', 'she', 'they', 'we', 'i', 'there', 'here', 'too', 'again', 'now', 'yet', 'so', 'even', 'only', 'just', 'still', 'all', 'both', 'more', 'most', 'less']);

/**
 * Do the words look like a term rather than a qualifier: one word with a noun's ending or a
 * hyphenated compound that ends as a noun (sextortion, leader, three-peat), or two words of a noun compound (yellow
 * vest, battle bus)? Adverbs, participles, gerunds, intensifiers and adjectives' endings qualify
 * (her “ballsy” move, a “physical altercation”, “very deep” divisions).
 */
function isClassifier(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 1) {
    const w = words[0]!;
    const tail = w.slice(w.lastIndexOf('-') + 1);
    return NOUN_ENDING.test(w) || (w.includes('-') && !ADJECTIVE_ENDING.test(tail) && !/(?:ly|ing)$/.test(tail));
  }
  if (words.length !== 2 || words.some((w) => /(?:ly|ed|ing)$/.test(w))) return false;
  const [first, last] = words as [string, string];
  return !INTENSIFIERS.has(first) && !DETERMINERS.has(first) && !ADJECTIVE_ENDING.test(first) && !ADJECTIVE_ENDING.test(last);
}
/** Does the last word read as an adjective, adverb or participle (“excessive and gratuitous” force)? */
function endsAsQualifier(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  const last = words[words.length - 1] ?? '';
  return ADJECTIVE_ENDING.test(last) || /(?:ly|ed|ing)$/.test(last);
}
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ship|ism|ist|er|or|ure|age|ance|ence|hood|dom)$/;
const ADJECTIVE_ENDING = /(?:[^e]y|al|ive|ous|ful|ic|able|ible|less|ish|ent|ant|ary|ory|ar|id)$/;
const INTENSIFIERS = new Set(['very', 'rather', 'quite', 'too', 'so', 'more', 'most', 'less', 'least', 'extremely', 'really', 'pretty', 'fairly', 'highly', 'deeply', 'huge', 'big', 'great', 'real', 'good', 'bad']);
const NEXT_WORD = /^[ \u00a0]+(\p{Ll}[\p{Ll}-]*)\b/u;

const EXCLAIMS = /[!?]\s*$/;

const TWO_LETTERS = /\p{L}[^]*?\p{L}/u;
const ENDS_PUNCT = /[,.!?…]$/;
const CALLED = /(\S+)\s+(?:called|named)\s*$/u;
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u;
const CAP_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’-]*\.? $/u;
const CAP_WORD_AFTER = /^ \p{Lu}\p{Ll}/u;
const PARTICLE_THEN_CAP = /^ (\p{Ll}+) \p{Lu}\p{Ll}/u;
/** The text after a quotation opens with a surname: a capitalised word, or a particle and one ("dela Cruz"). */
function surnameAfter(after: string): boolean {
  if (CAP_WORD_AFTER.test(after)) return true;
  const m = PARTICLE_THEN_CAP.exec(after);
  return !!m && isParticleWord(m[1]!);
}
const SHORT_LABEL = /^[\p{L}\p{N}'’ -]{2,30}$/u;
const PLEA_OF = /\bpleas? (?:of|from|to) $/i;
const TO_MARK = /^\s+to\s+['‘"“]/u;
const FROM_X_TO = /\bfrom\s+['‘"“][\p{L}\p{N}'’ -]{2,30}['’"”]\s+to $/u;
const NOT_NAMER = /^(?:he|she|they|it|we|i|who|what|has|have|had|was|were|once|also|previously|repeatedly|later|then|publicly|him|her|them)$/i;

/** Is this quotation reported speech (rather than a title, a nickname or a scare quote)? */
function keep(source: string, q: RawQuote, text: string, a: Attribution, clause: boolean): boolean {
  if (!TWO_LETTERS.test(text)) return false;
  // part of a quotation that runs over paragraphs: kept with the rest
  if (q.continues !== -1 || q.continuesNext) return true;
  // the last few words before the opening mark are enough for the cues below
  const before = a.before.slice(-40).replace(/[\s\u00a0\u200b]+$/u, ' ');
  // (a determiner may stand between the cue and the name: known as the “…”)
  if (NAMING_CUES.test(before) || NAMING_CUES.test(before.replace(/\b(?:the|a|an)\s*$/i, ''))) return false;
  // "a film called “X”", "a dog named “Y”" (but "what he called “a disgrace”")
  const called = before.includes('called') || before.includes('named') ? CALLED.exec(before) : null;
  if (called && !NOT_NAMER.test(called[1]!) && !/^\p{Lu}/u.test(called[1]!)) return false;
  // Values named in a change "from ‘X’ to ‘Y’" (a plea, a rating, a grade, a warning level) and a
  // plea's name ("a plea of ‘not guilty’"): labels, not anyone's words
  if (q.close !== -1 && SHORT_LABEL.test(text) && (PLEA_OF.test(before) ||
    (/\bfrom $/.test(before) && TO_MARK.test(source.slice(q.close + 1, q.close + 8))) || FROM_X_TO.test(before))) return false;
  // An exclamation or a question that someone is said to utter (chanting “Pigs! Murderers!”, “One!”
  // says the owner) is speech, even in capitals
  if (EXCLAIMS.test(text) && (a.speechContext || a.attributedAfter)) return true;
  // A nickname between a given name and a surname, in a title-case headline too: Ernest “Fritz” Hollings
  // (or before a surname's particle: Ronaldo “Nando” dela Cruz)
  if (q.close !== -1 && NICKNAME.test(text) && CAP_WORD_BEFORE.test(source.slice(Math.max(0, q.open - 30), q.open)) && surnameAfter(source.slice(q.close + 1, q.close + 30))) return false;
  // Titles of works and nicknames: every word capitalised, nobody quoted right there
  if (!a.titleCaseContext && a.strength < 3 && isTitleCase(text) && !(a.heading && clause && text.split(/\s+/).length > 3)) return false;
  if (clause) return true;
  // A word or two that names a kind of the noun after it (the “sextortion” scam, ‘yellow vest’
  // protests) is a term in marks; a qualifier in marks (her “ballsy” move) is somebody's word.
  if (wordCount(text) < MIN_WORDS_OF_WORDING && isClassifier(text) && modifiesNoun(source, q)) return false;
  if (a.heading) return true;
  // a fragment: kept when someone is reported as saying it
  if (a.speaker) return true;
  if (a.speechContext) return true;
  // A phrase of several words copied into the reporter's sentence is somebody's wording (a
  // document's, a statement's) even when the sentence does not say whose: scare quotes, terms and
  // names in marks are a word or two, or modify a noun as one word does (the “one time, last
  // time” rule, a ‘stalk and slash’ series).
  return wordCount(text) >= MIN_WORDS_OF_WORDING && !(modifiesNoun(source, q) && !endsAsQualifier(text));
}

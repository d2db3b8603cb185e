/** Is a quotation a clause of reported speech (direct) or a fragment of the reporter's sentence (partial)? */

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const PRONOUN_START = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'there', "i'm", "we're", "you're", "they're", "he's", "she's",
  "it's", "there's", "that's", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "it'd", "i've", "we've",
  "you've", "they've", "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "it'll", "let's", "what's",
  "here's", "who's", "there'll", "that'll",
]);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those', 'everyone', 'everybody', 'nobody', 'nothing', 'everything', 'someone', 'somebody', 'something', 'anyone', 'people', 'one']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
  "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", 'do', 'does', 'did',
]);
const PREP = new Set(['at', 'in', 'on', 'of', 'for', 'to', 'with', 'by', 'from', 'as', 'than', 'like', 'about', 'into', 'over', 'under', 'after', 'before', 'between', 'against', 'without', 'not', 'most', 'more', 'less', 'very', 'too', 'so', 'just', 'only', 'also', 'still', 'even', 'never', 'always', 'already', 'now', 'then', 'quite', 'rather', 'perhaps', 'maybe', 'probably', 'possibly', 'likely', 'almost', 'and', 'or', 'but', 'if', 'when', 'because', 'while', 'whether', 'how', 'why', 'what', 'where']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'to', 'not', 'where', 'when', 'how', 'why', 'if', 'whether']);
const CONTRACTED_SUBJ = /^(?:i|we|you|they|he|she|it|there|that|who|what)['’](?:m|re|s|d|ve|ll)$/;

/** `text` is the quotation's content; `standalone` when it opens its sentence (or follows a colon). */
export function isClause(text: string, standalone: boolean): boolean {
  if (clauseOf(text, standalone)) return true;
  // "In practice, it will be…", "in some cases, extra steps may be…": a fronted phrase, then the clause
  const comma = text.indexOf(',');
  if (comma > 0 && comma < 40 && (/^\s*\p{Lu}/u.test(text) || PREP.has(firstWord(text)))) return clauseOf(text.slice(comma + 1), false);
  return false;
}

function firstWord(text: string): string {
  WORDS.lastIndex = 0;
  const m = WORDS.exec(text);
  return m ? m[0].toLowerCase() : '';
}

/** Words after which a quotation goes on with the reporter's phrase: determiners, prepositions, forms of be, modals. */
const GOVERNORS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'some', 'any', 'every', 'each',
  'of', 'to', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'as', 'about', 'into', 'like', 'than', 'over', 'under',
  'after', 'before', 'between', 'without', 'against', 'because', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must',
]);

/**
 * Does the quotation begin in the middle of the reporter's clause, so that it is a fragment even if
 * a clause follows inside the marks? It opens in lower case right after a determiner, a
 * preposition, a form of be or a modal (was “troubled by the fact that there is…”, to a
 * “significantly scaled down presence…”), or with the verb of a subject outside the marks (the
 * fire “was set at the entrance”), straight after a word. `before`: the sentence's text before the opening mark.
 */
export function beginsMidClause(before: string, text: string): boolean {
  if (!/^\s*\p{Ll}/u.test(text)) return false;
  const last = LAST_WORD.exec(before);
  if (!last) return false; // after punctuation (“…,” he said, “is that…”): a resumed quotation
  if (GOVERNORS.has(last[1]!.toLowerCase())) return true;
  const first = firstWord(text);
  return AUX.has(first);
}
const LAST_WORD = /([\p{L}]+)\s*$/u;

function clauseOf(text: string, standalone: boolean): boolean {
  const words: string[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m && words.length < 40; m = WORDS.exec(text)) {
    const w = m[0].toLowerCase();
    words.push(w.includes('’') ? w.replace(/’/g, "'") : w);
  }
  if (words.length === 0) return false;
  // more than one sentence inside the marks
  if (/[.!?…]["'”’]?\s+["'“‘]?[\p{Lu}\p{N}]/u.test(text.trim())) return true;
  const first = words[0]!;
  if (words.length >= 2 && PRONOUN_START.has(first)) return true;
  if (words.length >= 2 && CONTRACTED_SUBJ.test(first)) return true;
  if (words.length >= 2 && DEMONSTRATIVE.has(first) && AUX.has(words[1]!)) return true;
  // a subject pronoun or contraction anywhere after the first few words ("right now we're not…")
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if ((w === 'i' || w === 'we' || w === 'they' || w === 'he' || w === 'she' || CONTRACTED_SUBJ.test(w)) && !RELATIVE.has(words[i - 1]!)) {
      if (i <= 3 || CONTRACTED_SUBJ.test(w)) return true;
    }
  }
  // a finite auxiliary after a plausible subject: "Russia is open", "no agreement was reached"
  for (let i = 1; i < words.length; i++) {
    if (!AUX.has(words[i]!)) continue;
    const pre = words.slice(0, i);
    if (PREP.has(pre[0]!)) break;
    if (RELATIVE.has(pre[pre.length - 1]!)) break;
    if (pre.every((w) => PREP.has(w) || /ly$/.test(w))) break;
    return true;
  }
  // a long stretch that opens its sentence with a capital reads as a full statement; so does a
  // shorter one that ends as a sentence does (“Our caucus just welded together.”, “Build that wall!”)
  const t = text.trim();
  if (standalone && /^\p{Lu}/u.test(t) && words.length >= 6 && /[.,!?…;:—-]$/.test(t)) return true;
  if (standalone && /^\p{Lu}/u.test(t) && words.length >= 2 && /[.!?]$/.test(t)) return true;
  // "nobody knows…", "everyone wants…": an indefinite pronoun and a verb in the present
  if (words.length >= 2 && DEMONSTRATIVE.has(first) && first !== 'that' && first !== 'this' && /[^s]s$/.test(words[1]!)) return true;
  return false;
}

/** All words capitalised (small words aside): a title of a work, a nickname or a name. */
const TITLE_WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
export function isTitleCase(text: string): boolean {
  // words in capitals throughout (text set in capitals) say nothing of a title
  if (!/\p{Ll}/u.test(text) && (text.match(TITLE_WORDS) ?? []).length >= 3) return false;
  let caps = 0;
  let i = 0;
  TITLE_WORDS.lastIndex = 0;
  for (let m = TITLE_WORDS.exec(text); m; m = TITLE_WORDS.exec(text), i++) {
    const w = m[0];
    if (UPPER_OR_DIGIT.test(w)) caps++;
    else if (i === 0 || !SMALL.has(w.toLowerCase())) return false;
  }
  return caps > 0;
}
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'be', 'as', 'but', 'nor', 'vs', 'de', 'la', 'le', 'du', 'van', 'von']);

/**
 * Named events of one kind in an article, for the number detector (numberMentions.ts): a report of
 * one fire, storm or hurricane often recalls another by its name ("the Woolsey Fire burned 96,000
 * acres", "last year's Tubbs Fire destroyed 5,636 structures", "another blaze, the Butte Fire, has
 * been burning since Wednesday"). The article's own event is the first it names; a sentence that
 * names another and not it speaks of that other event, and its figures are not the story's.
 *
 * Read from the article's text alone (kept with its figures on its entry). A name is a capitalised
 * run before "Fire" or "Complex" introduced by "the" or a possessive a few words back ("the Valley
 * Fire", "California's nightmarish Camp Fire", "the 65,000-acre Butte Fire") that ends its noun
 * phrase (never an agency's name: "the Cal Fire website"), or a storm's title and name ("Hurricane
 * Michael", "Typhoon Haiyan").
 */
import type { DocEntry, PassageIndex } from '../passages';
import { CAPITALISED_FUNCTION } from './numberLexicon';
import { punctuationBetween } from './shared';

/** Heads after a fire's name ("the Camp Fire", "the River Complex"). */
const FIRE_HEADS = new Set(['fire', 'complex']);
/** Titles before a storm's name ("Hurricane Michael"). */
const STORM_TITLES = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);
/** Words back from a fire's name to "the" or a possessive ("the 65,000-acre Butte Fire"). */
const INTRO_WINDOW = 3;

/**
 * For each sentence of the article, whether it names another event than the article's own and not
 * the article's own (empty when the article names at most one event).
 */
export function otherEventSentences(index: PassageIndex, doc: DocEntry): Uint8Array {
  const { terms, starts, ends, length } = doc.tokens;
  const text = doc.text;
  const word = (i: number) => index.vocab.term(terms[i]!);
  const raw = (i: number) => text.slice(starts[i]!, ends[i]!);
  const upper = (i: number) => i >= 0 && i < length && /^\p{Lu}/u.test(raw(i)) && !CAPITALISED_FUNCTION.test(raw(i));
  const possessive = (i: number) => /['’]s$/.test(raw(i)) || /^['’]s\b/.test(text.slice(ends[i]!, ends[i]! + 3));
  const named: { sentence: number; key: string }[] = [];
  // The heads and titles as term ids (a folder lacking one: -1), so that a word is compared as a
  // number, not looked up as a string: this reads every word of every article.
  const ids = (words: ReadonlySet<string>) => [...words].map((w) => index.vocab.find(w) ?? -1);
  const fires = ids(FIRE_HEADS);
  const titles = ids(STORM_TITLES);
  for (let k = 1; k < length; k++) {
    const t = terms[k]!;
    const fire = fires.includes(t);
    if (!fire && !titles.includes(t)) continue;
    if (fire && upper(k - 1) && !punctuationBetween(doc, k - 1, k)) {
      let a = k - 1;
      // (A possessive introduces the name: "California's Camp Fire" is the Camp Fire.)
      while (upper(a - 1) && !possessive(a - 1) && !punctuationBetween(doc, a - 1, a)) a--;
      let intro = false;
      for (let x = a - 1; x >= Math.max(0, a - INTRO_WINDOW) && !intro; x--) {
        if (word(x) === 'the' || possessive(x)) intro = true;
        if (punctuationBetween(doc, x, x + 1)) break;
      }
      // A fire's name ends its noun phrase ("the Woolsey Fire burned", "the Butte fire, burning",
      // "last year's Tubbs Fire in Napa"); an agency's goes on ("the Cal Fire website").
      const next = k + 1 < length && !punctuationBetween(doc, k, k + 1) ? k + 1 : -1;
      if (!intro || (next >= 0 && !index.isStop(terms[next]!) && !/ed$/.test(word(next)))) continue;
      let key = '';
      for (let x = a; x < k; x++) key += word(x) + ' ';
      named.push({ sentence: index.sentenceOf(doc, k), key });
    } else if (!fire && upper(k) && upper(k + 1) && !punctuationBetween(doc, k, k + 1)) {
      named.push({ sentence: index.sentenceOf(doc, k), key: word(k + 1) });
    }
  }
  const out = new Uint8Array(doc.sentences.length / 2);
  if (!named.some((n) => n.key !== named[0]!.key)) return out;
  const own = named[0]!.key;
  const ownIn = new Set<number>();
  for (const n of named) if (n.key === own) ownIn.add(n.sentence);
  for (const n of named) if (n.key !== own && n.sentence >= 0 && !ownIn.has(n.sentence)) out[n.sentence] = 1;
  return out;
}

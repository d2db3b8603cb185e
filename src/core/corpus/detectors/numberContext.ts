/**
 * The words around a figure, for the number reader (numberMentions.ts): its hedge, the time zone
 * after a clock time, the "toll" it is the value of, whether it is what something can hold, the
 * places a share is of, and whether two counts are one list of groups. Read from the article's
 * words alone (ArticleWords), each a question about one figure.
 */
import { CAPACITY, CAPITALISED_FUNCTION, CLAUSE_OPENERS, DURATION, GROUP_NOUNS, HEDGE, HEDGE_LAST, MODAL, POSSESSIVES, PREDICATES, REQUIREMENT, SHARE_PLACE_PREPOSITIONS, STATUTE, stem, ZONES } from './numberLexicon';
import type { NumberMention } from './numberMentions';
import type { ArticleWords } from './numberTime';
import { punctuationBetween } from './shared';

/** The hedge before the figure at token i ("about", "more than", "an estimated"), lower case; '' when none. */
export function hedgeBefore(a: ArticleWords, i: number): string {
  // The hedge's last word is one of a few, one or two words back ("an estimated $2 million").
  if (!HEDGE_LAST.has(a.word(i - 1)) && !HEDGE_LAST.has(a.word(i - 2))) return '';
  const { text, starts } = textOf(a);
  const m = HEDGE.exec(text.slice(Math.max(0, starts[i]! - 30), starts[i]!));
  return m ? m[1]!.toLowerCase() : '';
}

/** The time zone said after a clock time ending before token e ("10:00 GMT", "(0800 GMT)", "local time"); '' when none. */
export function zoneAfter(a: ArticleWords, e: number): string {
  const z = a.word(e);
  if (ZONES.has(z)) return z === 'utc' ? 'gmt' : z;
  if (a.word(e) === 'local' || (a.word(e) === '(' && ZONES.has(a.word(e + 1)))) return 'local';
  const { text, ends } = textOf(a);
  const m = /^\s*\(([A-Z]{2,4})\)/.exec(text.slice(ends[e - 1]!, ends[e - 1]! + 8));
  if (m && ZONES.has(m[1]!.toLowerCase())) return m[1]!.toLowerCase() === 'utc' ? 'gmt' : m[1]!.toLowerCase();
  return '';
}

/** Verbs of a toll reaching its figure with no preposition ("the death toll reaches 64", "toll tops 100"). */
const TOLL_REACHED = /^(reached|reaches|hits|hit|tops|topped|touched|crossed|crosses|passed|passes|nears|neared)$/;

/**
 * The word "toll" whose value the figure starting at token `start` is (-1: none): "toll" a few
 * words before it in its clause, the figure after "to", "at", "is", "was" or "of" ("the death toll
 * from Saturday's earthquake has risen to 262"). The toll word says what the figure is, however
 * far back: the reader keeps it as a word beside the figure.
 */
export function tollBefore(a: ArticleWords, start: number): number {
  const w = a.word(start - 1);
  if (w !== 'to' && w !== 'at' && w !== 'is' && w !== 'was' && w !== 'of' && !TOLL_REACHED.test(a.raw(start - 1).toLowerCase())) return -1;
  for (let k = start - 2; k >= Math.max(0, start - 9); k--) {
    if (punctuationBetween(a.doc, k, k + 1)) return -1;
    if (a.word(k) === 'toll' && a.word(k - 1) !== 'injury') return k;
  }
  return -1;
}

/** Is the text from the end of token a - 1 to token b only a comma or "and" (a list of groups)? */
export function listJoin(a: ArticleWords, from: number, to: number): boolean {
  const { text, starts, ends, length } = textOf(a);
  if (to < from || from < 1 || to >= length) return false;
  const between = text.slice(ends[from - 1]!, starts[to]!);
  return between.trim() !== '' && /^\s*(?:,\s*)?(?:and\s+)?$/i.test(between);
}

/** Is the figure starting at token t0 what something can hold ("could hold up to", "equipped to carry", "a capacity of")? */
export function capacity(a: ArticleWords, t0: number): boolean {
  for (let k = t0 - 1; k >= Math.max(0, t0 - 4); k--) {
    const w = a.raw(k).toLowerCase();
    if (w === 'capacity' || (w === 'of' && a.raw(k - 1).toLowerCase() === 'capacity')) return true;
    if (CAPACITY.test(w) && MODAL.test(a.raw(k - 1).toLowerCase())) return true;
    if (punctuationBetween(a.doc, k, k + 1)) break;
  }
  return false;
}

/**
 * Is the figure (tokens [n0, n1)) a condition a rule sets or a time a plan sets, not a fact: a
 * word of requirement before it in its clause, from the sentence's start s0 ("a candidate needed
 * more than 50 percent of the votes", "the requirement of winning at least 25 per cent of the vote
 * in 24 counties", "the threshold of 50% plus one vote", "one must get 50%"), or right after it
 * ("the 50% needed to win"); a schedule before it ("the board is due to announce the result on
 * Saturday at 11 a.m.", "the hearing is scheduled for March 3"); a request ("prosecutors sought 50
 * years")? Outlets that state the rule, the plan or the request and what happened do not
 * disagree, nor do two rules.
 */
export function condition(a: ArticleWords, s0: number, n0: number, n1: number): boolean {
  for (let k = n0 - 1; k >= s0; k--) {
    if (punctuationBetween(a.doc, k, k + 1)) break;
    const w = a.word(k);
    if (REQUIREMENT.test(w) || w === 'scheduled' || (STATUTE.has(w) && penaltyNear(a, k, n1))) return true;
    // A figure someone asked for ("prosecutors had sought 50 years", "his lawyers asked for six"):
    // a proposal, not what was decided; each side's is its own.
    // (Close before it, and not an attempt: "insurers have sought to calm fears that … killed 38,000".)
    if (n0 - k <= REQUEST_WINDOW && ((REQUEST.test(w) && a.word(k + 1) !== 'to') || (w === 'for' && ASKED_FOR.test(a.word(k - 1))))) return true;
    // "is due to announce" (a plan), not "delays due to rain" (a cause).
    if (w === 'due' && a.word(k + 1) === 'to' && /^(is|are|was|were|be)$/.test(a.word(k - 1))) return true;
  }
  // After the figure, its unit between ("50 percent needed"): a participle of requirement.
  for (let k = n1; k <= n1 + 1; k++) {
    if (punctuationBetween(a.doc, k - 1, k)) return false;
    const w = a.word(k);
    if (w === 'needed' || w === 'required') return true;
  }
  return false;
}

/** Words of a request before a figure (not "demanded": a ransom demanded is the story's own figure). */
const REQUEST = /^(sought|seek|seeks|seeking|request|requests|requested|requesting|propose|proposes|proposed|proposing|recommend|recommends|recommended|recommending)$/;
/** Words from a request to its figure at most ("had sought a sentence of as much as 50 years"). */
const REQUEST_WINDOW = 7;
/** Verbs before "for" that ask for the figure ("asked for", "called for", "fought for"). */
const ASKED_FOR = /^(ask|asks|asked|asking|call|calls|called|calling|push|pushed|pushing|fought|fight|fighting|argued|argue|pressed|lobbied)$/;

/** A word of a penalty from token k to just after the figure ending before n1 ("maximum sentence of", "a maximum 40-year sentence"). */
function penaltyNear(a: ArticleWords, k: number, n1: number): boolean {
  for (let x = k + 1; x <= n1 + 1; x++) if (PENALTY.test(a.word(x))) return true;
  return false;
}
const PENALTY = /^(sentence|sentences|penalty|penalties|term|terms|jail|prison|imprisonment)$/;

/**
 * The places a share is of: the capitalised names after a preposition ("to India", "in Saudi
 * Arabia", "between Europe and the Middle East") or with a possessive ("of India's traffic"),
 * from the share (ending before token e) to the next figure or the end of its clause, each by its
 * first word in lower case, sorted and joined by '|'.
 */
export function placesOfShare(a: ArticleWords, e: number): string {
  const { index, doc } = a;
  const { text, starts, ends, length, terms } = textOf(a);
  const upper = (k: number) => {
    const c = text.charCodeAt(starts[k]!);
    return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text.slice(starts[k]!, starts[k]! + 2));
  };
  const out: string[] = [];
  let open = false;
  const s = index.sentenceOf(doc, e - 1);
  const end = Math.min(length, e + 12, s >= 0 ? doc.sentences[2 * s + 1]! : length);
  for (let k = e; k < end; k++) {
    if (k > e && starts[k]! - ends[k - 1]! !== 1) {
      // The clause ends at a stop, a dash, or a comma before a lower-case word ("…, while", "…, according to").
      const g = text.slice(ends[k - 1]!, starts[k]!);
      if (/[.;:!?]|\s[-\u2013\u2014]+\s/.test(g)) break;
      if (g.includes(',') && !upper(k) && a.word(k) !== 'and') break;
    }
    const w = a.word(k);
    // "of their traffic": the share is of someone named before it, not known here (and never of
    // a place another share names).
    if (k === e + 1 && a.word(e) === 'of' && (w === 'their' || w === 'its')) return '?';
    if (a.valueAt(k) >= 0) break;
    if (SHARE_PLACE_PREPOSITIONS.has(w)) {
      open = true;
      continue;
    }
    if (upper(k)) {
      const r0 = a.raw(k);
      if (CAPITALISED_FUNCTION.test(r0)) continue;
      const poss = /['’]s$/.test(r0) || /^['’]s?\b/.test(text.slice(ends[k]!, ends[k]! + 2));
      if ((open || poss) && (k === e || !upper(k - 1) || CAPITALISED_FUNCTION.test(a.raw(k - 1)))) out.push(w.replace(/['’]s$/, ''));
      continue;
    }
    if (w === 'and' || w === 'the' || w === ',') continue;
    if (open && !index.isStop(terms[k]!)) open = false;
  }
  return [...new Set(out)].sort().join('|');
}

function textOf(a: ArticleWords) {
  const { starts, ends, length, terms } = a.doc.tokens;
  return { text: a.doc.text, starts, ends, length, terms };
}

/** Does "include" (or "including", "among") stand a few words before token `start`, in its clause ("the dead include two women and three men")? */
export function includedIn(a: ArticleWords, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    if (/^(include|includes|included|including|among)$/.test(a.word(k))) return true;
    if (punctuationBetween(a.doc, k, k + 1)) return false;
  }
  return false;
}

/** Between a measure and the group of a list it counts ('people:killed|passenger'; see {@link ofGroup}). */
export const GROUP = '|';

/** A measure without the group of a list it counts ('people:killed|passenger': 'people:killed'). */
export function baseOf(measure: string): string {
  const g = measure.indexOf(GROUP);
  return g < 0 ? measure : measure.slice(0, g);
}

/** A count of people read before it was known to be one group of a list ("171 passengers and six crew"): the same figure, of that group. */
export function ofGroup(m: NumberMention, head: string): NumberMention {
  return {
    doc: m.doc, value: m.value, lo: m.lo, hi: m.hi, decimals: m.decimals, measure: m.measure + GROUP + head, detail: m.detail, t0: m.t0, t1: m.t1, n0: m.n0, n1: m.n1,
    sentence: m.sentence, near: m.near, words: m.words, predicates: m.predicates, when: m.when, reported: m.reported, running: m.running,
  };
}

/** Is the year at token i a bound of a period ("between 1994 and 2004", "from 2001 to 2005"), not the year of an event? */
export function periodBound(a: ArticleWords, i: number): boolean {
  const year = (k: number) => /^\d{4}$/.test(a.raw(k));
  const join = (w: string) => w === 'and' || w === 'to' || w === 'until' || w === 'through';
  if (a.word(i - 1) === 'between' || a.word(i - 1) === 'from') return join(a.word(i + 1)) && year(i + 2);
  return join(a.word(i - 1)) && year(i - 2) && (a.word(i - 3) === 'between' || a.word(i - 3) === 'from');
}

/**
 * The smaller units said after a duration ending before token e, in seconds, and the token after
 * them ("three minutes and 27 seconds", "2 hours, 1 minute and 9 seconds"): one time told in
 * parts, not two durations. `unitHours`: the unit of the part before, in hours.
 */
export function durationTail(a: ArticleWords, e: number, unitHours: number): [seconds: number, end: number] {
  let seconds = 0;
  const { text, starts, ends, length } = textOf(a);
  for (let k = e; ; ) {
    if (k >= length) return [seconds, e];
    const joint = text.slice(ends[k - 1]!, starts[k]!);
    let x = k;
    if (a.word(x) === 'and' && /^\s+$/.test(joint)) x++;
    else if (!/^\s*,?\s*$/.test(joint)) return [seconds, e];
    const v = a.valueAt(x);
    const w = a.word(x + 1);
    const u = DURATION[w] !== undefined ? w : w.replace(/s$/, '');
    const h = DURATION[u];
    if (v < 0 || h === undefined || h >= unitHours || punctuationBetween(a.doc, x, x + 1)) return [seconds, e];
    seconds += v * h * 3600;
    unitHours = h;
    k = e = x + 2;
  }
}

/** Words after a time that make it a margin between two ("27 seconds behind", "a minute ahead of", "two hours faster"), not a time taken. */
const MARGIN_AFTER = /^(behind|ahead|faster|slower|clear|quicker|off)$/;

/** Is the duration at tokens [start, e) a margin between two times ("by 34 seconds", "27 seconds behind")? */
export function margin(a: ArticleWords, start: number, e: number): boolean {
  return (a.word(start - 1) === 'by' && !punctuationBetween(a.doc, start - 1, start)) || (MARGIN_AFTER.test(a.word(e)) && !punctuationBetween(a.doc, e - 1, e));
}

/**
 * Is the count of people at tokens [start, h1) (its clause ending before s1) a count of new ones
 * within a period of the story, not its total ("four new cases", "12 cases were recorded in the
 * last 24 hours", "30 deaths over the past day")? Each day's increment against a running total is
 * no discrepancy.
 */
export function increment(a: ArticleWords, n1: number, h1: number, s1: number): boolean {
  if (a.word(n1) === 'new' || a.word(n1) === 'fresh') return true;
  for (let k = h1; k < Math.min(s1, h1 + 10); k++) {
    if (k > h1 && punctuationBetween(a.doc, k - 1, k)) return false;
    const w = a.word(k);
    if ((w === 'in' || w === 'over' || w === 'within' || w === 'during') && a.word(k + 1) === 'the' && /^(last|past|previous)$/.test(a.word(k + 2))) return true;
  }
  return false;
}

/** Is a sum of money at tokens ending before e someone's part of it ("$33.5 billion of his own money", "$2m of their savings")? */
export function ownMoney(a: ArticleWords, e: number): boolean {
  return a.word(e) === 'of' && POSSESSIVES.has(a.word(e + 1));
}

/** Verbs of lives lost ("claimed 87 lives", "lost their lives", "cost 12 lives"). */
const LIFE_LOST = /^(claim|claims|claimed|claiming|lose|loses|lost|losing|take|takes|took|taken|taking|cost|costs|costing)$/;

/**
 * Is the word at token x "lives" lost: after a verb of loss in its clause ("the floods claimed at
 * least 87 lives", "44 passengers lost their lives") or before "were lost"? Then the people counted
 * were killed, not living anywhere.
 */
export function livesLost(a: ArticleWords, x: number): boolean {
  if (a.word(x) !== 'live' || a.raw(x).toLowerCase() !== 'lives') return false;
  for (let k = x - 1; k >= Math.max(0, x - 5); k--) {
    if (LIFE_LOST.test(a.raw(k).toLowerCase())) return true;
    if (punctuationBetween(a.doc, k, k + 1)) break;
  }
  return /^(were|was|have|had|been)$/.test(a.word(x + 1)) && (a.word(x + 2) === 'lost' || a.word(x + 3) === 'lost');
}

/** What happened to people counted (see {@link peoplePredicate}). */
export interface PeoplePredicate {
  /** The predicate's class ('killed', 'injured' …; '' when none is said). */
  readonly found: string;
  /** Its token (-1: none). */
  readonly foundAt: number;
  /** The figure opens a clause of its own after a comma ("…, while 1.2 million people"). */
  readonly ownClause: boolean;
  /** The figure is the size of a group ("a group of 20 climbers"). */
  readonly wholeGroup: boolean;
}

/**
 * What happened to the people a figure counts (the figure from token `start`, its number at i, its
 * counted phrase ending before h1, its sentence [s0, s1)): the predicate within a few words, the
 * nearest ("in addition to the deaths, there were 2,401 people injured": injured). `noun`: the
 * counted noun is no predicate itself.
 */
export function peoplePredicate(a: ArticleWords, start: number, i: number, h1: number, s0: number, s1: number, noun: boolean): PeoplePredicate {
  let found = '';
  let distance = Infinity;
  let foundAt = -1;
  // Not before a clause the figure's opens ("one person was killed, while 1.2 million people
  // were without power": no one of them killed).
  let from = Math.max(s0, i - 5);
  let ownClause = false;
  for (let x = i - 1; x > from; x--) {
    if (CLAUSE_OPENERS.has(a.word(x)) && punctuationBetween(a.doc, x - 1, x)) {
      from = x + 1;
      // (", and 16 across the region" is the list's next item, with its predicate.)
      ownClause = a.word(x) !== 'and' || x + 1 < start;
      break;
    }
  }
  // The size of a group ("were injured from a group of 20 climbers"): all of them, not those
  // the clause's predicate counts.
  const wholeGroup = a.word(start - 1) === 'of' && GROUP_NOUNS.has(a.word(start - 2));
  for (let x = wholeGroup ? s1 : from; x < Math.min(s1, h1 + 6); x++) {
    if (x >= i && x < h1 && noun) continue;
    // After the counted noun, "and" opens the next clause ("killed three people and injured 15 more"),
    // and another figure with its own predicate has it ("kills 820 people, 672 injured"; not a list
    // sharing one: "4 Germans, 1 Filipino die").
    const w = a.word(x);
    if (x >= h1 && ((found && (w === 'and' || w === 'but' || w === 'while')) || ownPredicate(a, x))) break;
    const p = livesLost(a, x) ? 'killed' : PREDICATES[stem(w)] ?? PREDICATES[w];
    if (!p) continue;
    const d = x < i ? i - x : x < h1 ? 0 : x - h1 + 1;
    if (!found || (found === 'living' && p !== 'living') || (d < distance && (p !== 'living' || found === 'living'))) {
      found = p;
      distance = d;
      foundAt = x;
    }
  }
  return { found, foundAt, ownClause, wholeGroup };
}

/** Is token x a figure followed by its own predicate ("672 injured", "329 were injured")? */
function ownPredicate(a: ArticleWords, x: number): boolean {
  if (a.valueAt(x) < 0) return false;
  const k = AUXILIARY.has(a.word(x + 1)) ? x + 2 : x + 1;
  const w = a.word(k);
  return (PREDICATES[stem(w)] ?? PREDICATES[w]) !== undefined;
}
const AUXILIARY = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been']);

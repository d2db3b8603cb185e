/**
 * When a figure is of, for the number reader (numberMentions.ts): the story's now, an earlier time
 * (a background incident), or another stage of a quantity that changes; and the days, dates and
 * clock times that date a count, a report or a record rather than the event. Read from the words
 * of the figure's clause.
 */
import type { DocEntry, PassageIndex } from '../passages';
import { CHANGED_FROM, FORECAST, MONTHS, WARNING, PERIOD_PART, REPORTING, RUNNING, superlative, TIME_WORDS } from './numberLexicon';
import { condition } from './numberContext';
import { otherEventSentences } from './numberEvents';
import { punctuationBetween } from './shared';
import { detectSource } from '../../sources';

/** One article's words as the number reader reads them, with what it reads once per article. */
export interface ArticleWords {
  readonly index: PassageIndex;
  readonly doc: DocEntry;
  /** The token's term ('' outside the article). */
  word(i: number): string;
  /** The token's text as written ('' outside the article). */
  raw(i: number): string;
  /** The token's value as a figure (-1: none). */
  valueAt(i: number): number;
  /** The cue words of {@link whenOf} as term ids (-1: not in the folder), read on the first figure. */
  earlierCues: number[] | undefined;
  /** The sentences that speak of another named event than the article's (numberEvents.ts), read on the first figure. */
  otherEvent: Uint8Array | undefined;
  /** The day the article was published (see {@link reportedDay}), read on the first figure. */
  reported: number | undefined;
}

/** A figure of the story's now: compared with the other outlets' figures of now. */
export const WHEN_NOW = 0;
/** A figure of an earlier time (a background incident): compared only with figures of such sentences. */
export const WHEN_BEFORE = 1;
/**
 * A figure of another stage of a quantity that changes, given beside the outlet's figure for now
 * ("had earlier put the toll at 87", "revised from 475", "up from 10 percent", "five inches of rain
 * is expected"), or a condition a rule sets ("needed more than 50 percent"): not the outlet's
 * figure, never compared.
 */
export const WHEN_STAGE = 2;

/**
 * The day an article was published, as days since 1970-01-01 (-1: not said): from the page's own
 * date (a metadata, publication or date line: sources/detect.ts), when it gives a full date. Each
 * figure of the article is reported on that day: the time slot of a running count ("the toll rose
 * to 44" in a paper of the 21st, "to 45" in one of the 22nd), by which one outlet's figures are
 * ordered against another's.
 */
export function reportedDay(a: ArticleWords): number {
  if (a.reported === undefined) {
    const iso = detectSource(a.doc.text).date?.value;
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    a.reported = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000 : -1;
  }
  return a.reported;
}

/** Words before a figure that state it as a running count's stage ("the toll rose to 44", "has climbed to", "stood at", "bringing the total to"). */
const RUNNING_BEFORE = /^(rose|risen|rise|rises|rising|climbed|climbs|climbing|reached|reaches|jumped|increased|stood|stands|swelled|grew|mounted|mounts|touched|hit|hits|crept|bringing|brings|raising|raises|raised|swell)$/;
/** How far back in its clause a verb of a running count may stand ("the death toll has now risen to at least 44"). */
const RUNNING_WINDOW = 7;

/**
 * Is the figure starting at token t0 (its figure ends at n1) stated as a running count, a stage of
 * a figure that is still moving: after a verb of its rise in its clause ("the toll rose to 44",
 * "has climbed to", "stood at", "raising the toll to"), or followed by "so far" / "to date" in its
 * clause ("18 deaths so far")? Two outlets' stages of one running count may be far apart (4 on the
 * first day, 79 two weeks later): each is right for its time.
 */
export function runningFigure(a: ArticleWords, t0: number, n1: number): boolean {
  for (let k = t0 - 1; k >= Math.max(0, t0 - RUNNING_WINDOW); k--) {
    if (clauseBreak(a, k)) break;
    if (RUNNING_BEFORE.test(a.raw(k).toLowerCase())) return true;
  }
  for (let k = n1; k < n1 + 8 && a.word(k + 1); k++) {
    if ((a.word(k) === 'so' && a.word(k + 1) === 'far') || (a.word(k) === 'to' && a.word(k + 1) === 'date')) return true;
    if (clauseBreak(a, k)) break;
  }
  return false;
}

/** Does a clause end between tokens k and k + 1 (a quotation mark or a dash inside one does not: "stands at a 'staggering' 79")? */
function clauseBreak(a: ArticleWords, k: number): boolean {
  if (k < 0) return true;
  return /[,.;:!?()]/.test(a.doc.text.slice(a.doc.tokens.ends[k]!, a.doc.tokens.starts[k + 1]!));
}

/** Words each side of a figure that may say it is of an earlier time ("In January, five cables …"). */
const EARLIER_WINDOW = 8;
/** How far back in its clause a forecast word makes a figure a forecast. */
const FORECAST_WINDOW = 16;

/**
 * A day that dates a count, not the event: "as of Monday morning", "the toll rose to 233 Sunday",
 * "has risen to 350 on Monday", "the toll rose on Monday to 400"; or the report of one ("had on
 * Friday morning confirmed the toll").
 */
export function ofCount(a: ArticleWords, i: number): boolean {
  if (a.word(i - 1) === 'of' && a.word(i - 2) === 'as') return true;
  const before = a.word(i - 1) === 'on' ? i - 2 : i - 1;
  const after = TIME_WORDS.has(a.word(i + 1)) && !punctuationBetween(a.doc, i, i + 1) ? i + 2 : i + 1;
  if (RUNNING.test(a.raw(before).toLowerCase()) && a.word(after) === 'to') return true;
  if (REPORTING.test(a.raw(after).toLowerCase()) && !punctuationBetween(a.doc, after - 1, after)) return true;
  let k = i - 1;
  if (a.word(k) === 'on') k--;
  // A count's state on that day ("48 remained unaccounted for on Tuesday", "12 are still in
  // hospital on Monday"): a verb of remaining between the figure and the day, in one clause.
  for (let x = k, n = 0; n < 6 && x > 0 && !punctuationBetween(a.doc, x, x + 1); x--, n++) {
    if (!STILL.test(a.raw(x).toLowerCase())) continue;
    for (let y = x - 1; y >= Math.max(0, x - 3) && !punctuationBetween(a.doc, y, y + 1); y--) if (a.valueAt(y) >= 0) return true;
    break;
  }
  // The figure and its noun ("rose to 381 people on Monday"): a few words back.
  for (let n = 0; n < 3 && k >= 0 && a.valueAt(k) < 0; n++) k--;
  if (k < 0 || a.valueAt(k) < 0) return false;
  for (let x = k - 1; x >= Math.max(0, k - 4); x--) if (RUNNING.test(a.raw(x).toLowerCase())) return true;
  return false;
}

/** Verbs of a count's state at a time ("48 remained unaccounted for on Tuesday"). */
const STILL = /^(remain|remains|remained|remaining|still)$/;
/**
 * Is the date or year at token d0 a record's benchmark ("the deadliest crash since Sept. 12, 1991")
 * or, for a bare year, the start of a long period ("an agreement in place since 2015", "pressing
 * for a raise since early 2019")? Whatever began in such a year is background, not the story's own
 * time: two outlets' "since" years are seldom of one thing. A day and month after "since" may be
 * the story's own start ("patrols since October 23" against "deployed on November 2"): compared
 * unless a superlative makes it a record's.
 */
export function benchmark(a: ArticleWords, d0: number, year = false): boolean {
  let k = d0 - 1;
  if (year && PERIOD_PART.has(a.word(k))) k--;
  // "since independence in 1960": the year of what began the period.
  if (year && a.word(k) === 'in' && a.word(k - 2) === 'since' && !punctuationBetween(a.doc, k - 2, k)) return true;
  if (a.word(k) !== 'since') return false;
  if (year) return true;
  const sn = a.index.sentenceOf(a.doc, d0);
  const from = sn >= 0 ? a.doc.sentences[2 * sn]! : Math.max(0, d0 - 15);
  for (let j = k - 1; j >= from; j--) if (superlative(a.raw(j).toLowerCase())) return true;
  return false;
}
/**
 * Do the words around a figure (within its sentence [s0, s1)) speak of another time than the
 * story's now: an earlier time ("last year", "earlier this year", "previously", "initially", "in"
 * a month without a day: "In January, five cables …"; "then" ending a clause: "only two lines
 * were snapped then"), an earlier stage of a quantity that changes ("Officials had earlier put
 * the toll at 87", "10 percent a day earlier", "revised from 475", "up from 10 percent"), or a
 * stage still to come ("up to five inches of rain is expected")? Each outlet's figure for the
 * story's now is compared; a stage it names beside it is not that figure.
 */
export function whenOf(a: ArticleWords, s0: number, s1: number, n0: number, n1: number, t1: number, sentence: number): number {
  if (changedFrom(a, n0)) return WHEN_STAGE;
  // A rule's figure ("a candidate needed more than 50 percent") is no stage of the story at all:
  // never compared either.
  if (condition(a, s0, n0, n1)) return WHEN_STAGE;
  // A sentence about another named event ("the Woolsey Fire burned 96,000 acres"): a background
  // incident, like one of an earlier time.
  a.otherEvent ??= otherEventSentences(a.index, a.doc);
  if (sentence >= 0 && a.otherEvent[sentence]) return WHEN_BEFORE;
  // The cue words as term ids (most folders lack some: -1), once per article.
  const cue = (a.earlierCues ??= ['previously', 'previous', 'then', 'last', 'earlier', 'in', 'initially', 'originally', 'expected', 'forecast', 'forecasts', 'predicted', 'projected', 'anticipated'].map((w) => a.index.vocab.find(w) ?? -1));
  for (let k = Math.max(s0, n0 - EARLIER_WINDOW); k < Math.min(s1, t1 + EARLIER_WINDOW); k++) {
    const t = a.doc.tokens.terms[k]!;
    const c = cue.indexOf(t);
    if (c < 0) continue;
    const w = a.word(k);
    // (A figure an outlet "initially" or "originally" gave is one it has since revised.)
    if (w === 'previously' || w === 'previous' || w === 'initially' || w === 'originally') return WHEN_BEFORE;
    if (w === 'then' && k > s0 && !punctuationBetween(a.doc, k - 1, k) && (k + 1 === s1 || punctuationBetween(a.doc, k, k + 1))) return WHEN_BEFORE;
    if ((w === 'last' && a.word(k + 1) === 'year') || (w === 'earlier' && a.word(k + 1) === 'this' && (a.word(k + 2) === 'year' || a.word(k + 2) === 'month'))) return WHEN_BEFORE;
    if (w === 'in' && MONTHS.has(a.word(k + 1)) && /^\p{Lu}/u.test(a.raw(k + 1)) && !/^\d/.test(a.word(k + 2)) && !/^\d/.test(a.word(k - 1))) return WHEN_BEFORE;
    // "Earlier" in the figure's clause: before it ("had earlier reported the toll at 87"), or
    // after it with a span of time ("10 percent just a day earlier").
    if (w === 'earlier' && (k < n0 ? oneClause(a.doc, k, n0) : oneClause(a.doc, t1 - 1, k) && TIME_WORDS.has(a.word(k - 1)))) return WHEN_STAGE;
    // A forecast in the figure's clause; "expected to" before the figure ("expected to reach
    // 90,000 acres"), never after it ("85 dead, and the toll is expected to rise").
    if (FORECAST.test(w) && (k < n0 ? oneClause(a.doc, k, n0) : oneClause(a.doc, t1 - 1, k) && a.word(k + 1) !== 'to')) return WHEN_STAGE;
  }
  // A forecast further back in the figure's clause ("is expected to hit the coast with gusts of
  // up to 110 km/h", "issued warnings of winds of around 80 mph").
  for (let k = n0 - 1; k >= Math.max(s0, n0 - FORECAST_WINDOW); k--) {
    if (punctuationBetween(a.doc, k, k + 1)) break;
    if (FORECAST.test(a.word(k)) || WARNING.test(a.word(k))) return WHEN_STAGE;
  }
  return WHEN_NOW;
}
/** Is there no punctuation between tokens a and b (a ≤ b: one clause)? */
function oneClause(doc: DocEntry, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (punctuationBetween(doc, x, x + 1)) return false;
  return true;
}
/**
 * Is the figure at token n0 the one a quantity changed from: after "from" (a hedge between),
 * with a word of change before it in its clause ("revised from 475", "up from 10 percent",
 * "lowered to 249 from more than 1,000", "increased from 249 to 296")?
 */
export function changedFrom(a: ArticleWords, n0: number): boolean {
  let k = n0 - 1;
  while (k >= 0 && k > n0 - 4 && a.word(k) !== 'from' && a.valueAt(k) < 0 && !punctuationBetween(a.doc, k, k + 1)) k--;
  if (k < 0 || a.word(k) !== 'from' || !oneClause(a.doc, k, n0)) return false;
  for (let x = k - 1; x >= Math.max(0, k - 8); x--) {
    if (CHANGED_FROM.test(a.raw(x).toLowerCase())) return true;
    if (punctuationBetween(a.doc, x, x + 1)) return false;
  }
  return false;
}
/**
 * A clock time a running figure was read at ("turnout was 41 percent as of 4 p.m."), not the
 * time something happened: not compared with the times of events.
 */
export function readingTime(a: ArticleWords, i: number): boolean {
  return a.word(i - 1) === 'of' && a.word(i - 2) === 'as';
}
/** A day that dates the report, not the event: "said Saturday", "reported on Sunday", "published Sunday". */
export function ofReport(a: ArticleWords, i: number): boolean {
  const before = a.word(i - 1) === 'on' ? a.word(i - 2) : a.word(i - 1);
  return REPORTING.test(before);
}

/**
 * Reading an article's figures for the number detector (detectors/numbers.ts): each figure with the
 * interval it stands for and what it measures (see that file's comment), kept on the article's
 * entry. The detector's state kept with the index (and each vocabulary term read once):
 * numberState.ts. Its words (units, counted nouns, hedges): numberLexicon.ts. The words around a
 * figure (its hedge, zone, toll word, the places a share is of): numberContext.ts. When a figure is of
 * (now, an earlier time, another stage) and the days that date a count: numberTime.ts.
 */
import {
  CAPITALISED_FUNCTION, changedTo, CURRENCY_WORDS, DIRECTIONS, DURATION, GLUED, HEDGE, hedged, LENGTH, MONTHS, MULTIPLIERS, NAUTICAL_MILE, NOUN_CLASSES,
  ORDINAL_WORDS, ORDINALS, PLACE_HEADS, PEOPLE_PARTS, LENGTH_OF, BEFORE_NOUN, POLL_WORDS, POSSESSIVES, PREDICATES, stem, TENS, TIME_WORDS, WEEKDAYS, SPEED, SPEED_UNITS, PERPETRATORS, SEVERITY,
} from './numberLexicon';
import { baseOf, capacity, durationTail, GROUP, hedgeBefore, increment, includedIn, listJoin, livesLost, margin, ofGroup, peoplePredicate, ownMoney, periodBound, placesOfShare, tollBefore, zoneAfter } from './numberContext';
import { punctuationBetween } from './shared';
import { nationalityOf } from '../../entities/gazetteer';
import type { DocEntry, PassageIndex } from '../passages';
import { canStart, classStem, stateOf, stemOf, termValue } from './numberState';
import { benchmark, changedFrom, ofCount, ofReport, readingTime, reportedDay, runningFigure, whenOf, type ArticleWords } from './numberTime';

export { WHEN_BEFORE, WHEN_NOW, WHEN_STAGE } from './numberTime';
export { GROUP } from './numberContext';
export { stateOf, type EventSignature, type FolderFigures, type KeptMeasure, type NumberState } from './numberState';

/** One figure of an article, with what it measures. */
export interface NumberMention {
  readonly doc: DocEntry;
  /** The figure (for dates month × 100 + day, weekdays 0-6, clock times minutes, distances metres). */
  readonly value: number;
  /** The interval the figure stands for, hedges and ranges included. */
  readonly lo: number;
  readonly hi: number;
  /** Decimal places written (rounding: 88.41 and 88.4 agree). */
  readonly decimals: number;
  /** Bucket: what is measured ('people:injured', 'vessel', 'percent', 'weekday', 'distance' …). */
  readonly measure: string;
  /**
   * What must also agree: currency, compass direction, time zone; for a share, the places it is of
   * ("65% of traffic to X": 'x', several joined by '|'); '' when none is said.
   */
  readonly detail: string;
  /** Token range of the figure with its counted noun or unit (the member's span). */
  readonly t0: number;
  readonly t1: number;
  /** Token range of the figure itself. */
  readonly n0: number;
  readonly n1: number;
  /** Sentence index (-1 when outside every sentence). */
  readonly sentence: number;
  /** Stems of the content words beside the figure (a few words each way) and of its sentence. */
  readonly near: Int32Array;
  readonly words: Int32Array;
  /** The words beside the figure written in lower case (what happened, not who or where). */
  readonly predicates: Int32Array;
  /**
   * When the figure is of (see {@link WHEN_NOW}): the story's now; an earlier time ("In January,
   * five cables were cut"; "earlier this year … only two lines were snapped then"), compared only
   * with figures of such sentences; or another stage of a quantity that changes, never compared.
   */
  readonly when: number;
  /** The day its article was published (days since 1970-01-01; -1: not said), and whether it is stated as a running count's stage (numberTime.ts: reportedDay, runningFigure); read for counts of people only (the running counts). */
  readonly reported: number;
  readonly running: boolean;
}

/** Words each side of a figure that say what it is about. */
const NEAR = 5;

// ---------------------------------------------------------------------------------------------
// Reading an article's figures.

/** A figure's word ids, ascending. (Copied with `set`: `Int32Array.from` walks the list through an iterator, three times for every figure of the folder.) */
function sortedOf(list: number[]): Int32Array {
  const out = new Int32Array(list.length);
  out.set(list);
  return out.sort();
}


/** Each article's figures, read once and kept with its entry (they depend on its text alone). */
export function mentionsOf(index: PassageIndex, doc: DocEntry): readonly NumberMention[] {
  if (!doc.numbers) doc.numbers = readMentions(index, doc);
  return doc.numbers;
}

function readMentions(index: PassageIndex, doc: DocEntry): NumberMention[] {
  const out: NumberMention[] = [];
  const { terms, starts, ends, length } = doc.tokens;
  const text = doc.text;
  const word = (i: number) => (i >= 0 && i < length ? index.vocab.term(terms[i]!) : '');
  const raw = (i: number) => (i >= 0 && i < length ? text.slice(starts[i]!, ends[i]!) : '');
  const gap = (a: number, b: number) => (a >= 0 && b < length ? text.slice(ends[a]!, starts[b]!) : '');
  const valueAt = (i: number): number => (i >= 0 && i < length ? termValue(index, terms[i]!) : -1);
  /** The last count of people read (a list of groups is told by its joins: "nine men and two women"). */
  let lastPeople: { sentence: number; end: number; head: string; group: string; kept: NumberMention | undefined; partial: boolean } | undefined;
  /** The "toll" a figure being read is the value of (-1: none): a word beside the figure however far back. */
  let tollAt = -1;
  let pollCues: number[] | undefined;
  /** Figures read as part of another (a range's second figure, a date's year). */
  const used = new Uint8Array(length);

  const article: ArticleWords = { index, doc, word, raw, valueAt, earlierCues: undefined, otherEvent: undefined, reported: undefined };
  const state = stateOf(index);
  for (let i = 0; i < length; i++) {
    const term = terms[i]!;
    // Most words: one look in the table (filled by canStart the first time a term is met).
    if (state.termKinds[term] === 1 || used[i] || !canStart(state, index, term)) continue;
    i = figureAt(i);
  }
  return out;

  /**
   * The figure that starts at token i, if any (pushed to `out`); returns where to read on from (the
   * last token it took). Apart from the loop over every word so that V8 optimises the loop
   * early and this long body once it has seen its cases: one function for both, optimised
   * while most of its cases were unseen, was thrown away and rebuilt four times over the BBC
   * corpus, at a tenth of a second each. (The body runs once: a `continue` ends it.)
   */
  function figureAt(i: number): number {
    do {
    tollAt = -1;
    const w = word(i);
    // Weekdays.
    const wd = WEEKDAYS.get(w);
    if (wd !== undefined && /^\p{Lu}/u.test(raw(i)) && !ofReport(article, i) && !ofCount(article, i)) {
      push(i, i + 1, i, i + 1, wd, wd, wd, 0, 'weekday', '', '');
      continue;
    }
    if ((w === 'noon' || w === 'midday' || w === 'midnight') && !/^\p{Lu}/u.test(raw(i))) {
      const v = w === 'midnight' ? 0 : 720;
      push(i, i + 1, i, i + 1, v, v, v, 0, 'time', zoneAfter(article, i + 1), hedgeBefore(article, i));
      continue;
    }
    // Ordinals: "the seventh straight day", "the 4th election".
    const ord = (ORDINAL_WORDS.has(w) ? ORDINALS[w] : undefined) ?? (/^\d{1,2}(st|nd|rd|th)$/.test(w) ? parseInt(w, 10) : undefined);
    if (ord !== undefined && !MONTHS.has(word(i - 1)) && !MONTHS.has(word(i + 1)) && word(i - 1) === 'the') {
      let k = i + 1;
      while (k < length && k < i + 3 && !punctuationBetween(doc, k - 1, k) && !index.isStop(terms[k]!) && !NOUN_CLASSES[word(k)] && word(k) !== 'day') k++;
      if (k < length && !punctuationBetween(doc, k - 1, k) && (word(k) === 'day' || word(k) === 'week' || word(k) === 'time' || word(k) === 'round')) {
        push(i, k + 1, i, i + 1, ord, ord, ord, 0, 'ordinal:' + word(k), '', '');
        i = k;
      }
      continue;
    }
    let value = valueAt(i);
    // "$US1" is one word.
    const dollars = /^(?:us|a|c|nz|hk|au)(\d[\d,]*(?:\.\d+)?)$/.exec(w);
    if (value < 0 && dollars && text[starts[i]! - 1] === '$') value = Number(dollars[1]!.replace(/,/g, ''));
    // "11am", "4pm".
    const ampm = /^(\d{1,2})(am|pm)$/.exec(w);
    if (value < 0 && ampm) {
      const h = parseInt(ampm[1]!, 10);
      if (h >= 1 && h <= 12) {
        const v = ((h % 12) + (ampm[2] === 'pm' ? 12 : 0)) * 60;
        push(i, i + 1, i, i + 1, v, v, v, 0, 'time', zoneAfter(article, i + 1), hedgeBefore(article, i));
      }
      continue;
    }
    // A unit or a multiplier written on the figure: "128mph", "15km", "€222m", "$2.5bn".
    const g = value < 0 ? GLUED.exec(w) : null;
    const glued = g && (g[2] !== 'm' || /[$€£¥]$/.test(text.slice(Math.max(0, starts[i]! - 3), starts[i]!))) ? g[2]! : '';
    if (glued) value = Number(g![1]!.replace(/,/g, ''));
    if (value < 0) {
      // "a dozen".
      if (w === 'dozen' && word(i - 1) === 'a' && !/^s/.test(text.slice(ends[i]!, ends[i]! + 1))) value = 12;
      else continue;
    }
    const r = raw(i);
    const before1 = text.slice(Math.max(0, starts[i]! - 1), starts[i]!);
    const after1 = text.slice(ends[i]!, ends[i]! + 1);
    // Parts of names, codes and scores: "AK-47", "F-16", "#3", "3/4", "2-1".
    if (/^\d/.test(r) && before1 === '-' && /[\p{L}\d]/u.test(text[starts[i]! - 2] ?? '')) {
      if (!/minus$/i.test(text.slice(Math.max(0, starts[i]! - 6), starts[i]! - 1)) && word(i - 1) !== 'magnitude') continue;
    }
    // A figure that ends a name ("Channel 16", "Sea Me We 4"): a capitalised word right before it.
    if (/^\d{1,3}$/.test(r) && /^ $/.test(gap(i - 1, i)) && /^\p{Lu}/u.test(raw(i - 1)) && !CAPITALISED_FUNCTION.test(raw(i - 1)) && !MONTHS.has(word(i - 1)) && !WEEKDAYS.has(word(i - 1)) && i - 1 !== sentenceStart(i)) continue;
    if (/[#/]/.test(before1) || after1 === '/' || (after1 === '-' && /^\d/.test(text[ends[i]! + 1] ?? ''))) continue;
    // Clock times "4:00 p.m.", "10:00".
    if (/^\d{1,2}$/.test(r) && after1 === ':' && /^\d\d$/.test(raw(i + 1)) && gap(i, i + 1) === ':') {
      // A clock of three parts ("2:13:44") is a time taken, not a time of day: a race's, where a
      // story gives one for every runner and record (whose each is, no slot says): not read.
      if (gap(i + 1, i + 2) === ':' && /^\d\d$/.test(raw(i + 2))) {
        i += 2;
        continue;
      }
      let minutes = value * 60 + Number(raw(i + 1));
      const m = /^\s*([ap])\.?\s?m\b\.?/i.exec(text.slice(ends[i + 1]!, ends[i + 1]! + 8));
      let e = i + 2;
      if (m) {
        if (m[1]!.toLowerCase() === 'p' && value < 12) minutes += 720;
        if (m[1]!.toLowerCase() === 'a' && value === 12) minutes -= 720;
        while (e < length && starts[e]! < ends[i + 1]! + m[0].length) e++;
      }
      used[i + 1] = 1;
      if (!isConversion(i) && !readingTime(article, i)) push(i, e, i, i + 2, minutes, minutes, minutes, 0, 'time', zoneAfter(article, e), hedgeBefore(article, i));
      i = e - 1;
      continue;
    }
    if (/^\d/.test(r) && /^[:]$/.test(before1)) continue;
    const ap = /^\s*([ap])\.?\s?m\b\.?/i.exec(text.slice(ends[i]!, ends[i]! + 7));
    if (/^\d{1,2}$/.test(r) && ap && value >= 1 && value <= 12) {
      const v = ((value % 12) + (ap[1]!.toLowerCase() === 'p' ? 12 : 0)) * 60;
      let e = i + 1;
      while (e < length && starts[e]! < ends[i]! + ap[0].length) e++;
      if (!isConversion(i) && !readingTime(article, i)) push(i, e, i, i + 1, v, v, v, 0, 'time', zoneAfter(article, e), hedgeBefore(article, i));
      i = e - 1;
      continue;
    }
    // "1100 hours".
    if (/^\d{4}$/.test(r) && (word(i + 1) === 'hour' || word(i + 1) === 'hr' || word(i + 1) === 'hrs') && value % 100 < 60 && value < 2400) {
      const v = Math.floor(value / 100) * 60 + (value % 100);
      if (!isConversion(i)) push(i, i + 2, i, i + 1, v, v, v, 0, 'time', zoneAfter(article, i + 2), hedgeBefore(article, i));
      i++;
      continue;
    }
    // Calendar dates: "November 19", "Dec. 31", "31 December", with the year after them kept out.
    const monthBefore = MONTHS.get(word(i - 1));
    const monthAfter = MONTHS.get(word(i + 1));
    if (/^\d{1,2}$/.test(r) && value >= 1 && value <= 31 && (monthBefore !== undefined || monthAfter !== undefined)) {
      const month = monthBefore ?? monthAfter!;
      const d0 = monthBefore !== undefined ? i - 1 : i;
      const d1 = monthBefore !== undefined ? i + 1 : i + 2;
      // "May" as a verb: "may 3" is rare enough; "Nov. 1, 2004 and Oct. 8, 2008" are ranges of a charge, still dates.
      if (/^\p{Lu}/u.test(raw(monthBefore !== undefined ? i - 1 : i + 1))) {
        let e = d1;
        if (/^\d{4}$/.test(raw(d1)) && /^,?\s*$/.test(gap(d1 - 1, d1))) {
          used[d1] = 1;
          e++;
        }
        // The bounds of a period ("between May 1, 2005, and Dec. 8, 2006") are not the date of an event.
        // (A date before "to" and a verb is not a bound: "patrols since October 23 to protect trade".)
        const joined = /^,?\s*(and|to|until|through)\b/i.exec(text.slice(ends[e - 1]!, ends[e - 1]! + 10));
        const toDate = (k: number) => MONTHS.has(word(k)) || /^\d/.test(word(k));
        const bound = /\b(between|from)\s*$/i.test(text.slice(Math.max(0, starts[d0]! - 9), starts[d0]!)) || (joined !== null && toDate(e + 1)) || (word(d0 - 1) === 'and' || word(d0 - 1) === 'to') && used[d0 - 2] === 1;
        const v = month * 100 + value;
        if (!bound && !ofReport(article, d0) && !benchmark(article, d0)) push(d0, d1, d0, d1, v, v, v, 0, 'date', '', '');
      }
      i = d1 - 1;
      continue;
    }
    if (/^\d{4}$/.test(r) && value >= 1800 && value <= 2100) {
      // A month and year ("February 2007") names a month, not a year of an event to compare.
      if (monthBefore !== undefined || /^\d/.test(raw(i - 1))) continue;
      const next = word(i + 1);
      if (!(next && !punctuationBetween(doc, i, i + 1) && /s$/.test(raw(i + 1)) && !/'s$|’s$/.test(raw(i + 1)))) {
        if (!benchmark(article, i, true) && !periodBound(article, i)) push(i, i + 1, i, i + 1, value, value, value, 0, 'year', '', '');
        continue;
      }
    }
    // The figure's own tokens: "sixty-five", "2.44 million", "30 to 40" (a range).
    let n1 = i + 1;
    // (Or written apart, in words: "Twenty seven children".)
    if (TENS.has(w) && (gap(i, i + 1) === '-' || (gap(i, i + 1) === ' ' && /^\p{L}/u.test(raw(i + 1)))) && valueAt(i + 1) > 0 && valueAt(i + 1) < 10) {
      value += valueAt(i + 1);
      n1 = i + 2;
    }
    const decimals = /\.(\d+)$/.exec(glued ? g![1]! : r)?.[1]!.length ?? 0;
    const currencyInWord = dollars !== null && value >= 0 && valueAt(i) < 0;
    let lo = value;
    let hi = value;
    let mult = 1;
    const multWord = word(n1);
    if (glued in MULTIPLIERS) mult = MULTIPLIERS[glued]!;
    else if (!glued && multWord in MULTIPLIERS && !punctuationBetween(doc, n1 - 1, n1) && (multWord !== 'm' || gap(n1 - 1, n1) === '')) {
      mult = MULTIPLIERS[multWord]!;
      n1++;
    }
    // A range: "30 to 40", "24- to 30-foot", "between 7 and 8".
    let hyphenUnit = false;
    {
      const g = gap(n1 - 1, n1);
      const to = word(n1);
      if ((to === 'to' && !changedFrom(article, i) || to === 'and' && /between\s*$/i.test(text.slice(Math.max(0, starts[i]! - 9), starts[i]!))) && valueAt(n1 + 1) > value && !/[,.;]/.test(g)) {
        hi = valueAt(n1 + 1);
        used[n1 + 1] = 1;
        n1 += 2;
        if (word(n1) in MULTIPLIERS && !punctuationBetween(doc, n1 - 1, n1)) n1++;
      } else if (/^[-\u2013]$/.test(g.trim()) && g.trim() !== '' && valueAt(n1) > value && g.length <= 1) {
        hi = valueAt(n1);
        used[n1] = 1;
        n1++;
      }
    }
    lo *= mult;
    hi *= mult;
    value *= mult;
    if (gap(n1 - 1, n1) === '-') hyphenUnit = true;
    const hedge = hedgeBefore(article, i);
    let start = i;
    // Currency before the figure: "$2 million", "US$5", "$US1 million", "€30".
    const pre = text.slice(Math.max(0, starts[i]! - 3), starts[i]!);
    const sign = /(?:US)?([$€£¥])(?:US)?$/.exec(pre);
    const minus = /\bminus[\s-]*$/i.test(text.slice(Math.max(0, starts[i]! - 7), starts[i]!)) || (before1 === '-' && /[\s(]/.test(text[starts[i]! - 2] ?? ' ') && /^\s*(degree|°)/.test(text.slice(ends[n1 - 1]!, ends[n1 - 1]! + 8)));
    if (minus && word(i - 1) === 'minus') start = i - 1;
    if (hedge) {
      const hs = HEDGE.exec(text.slice(Math.max(0, starts[start]! - 30), starts[start]!));
      if (hs) {
        const at = starts[start]! - hs[0].length + (hs[0].length - hs[0].trimStart().length);
        while (start > 0 && ends[start - 1]! > at) start--;
      }
    }
    // Where the figure's text ends (inside its word when a unit is written on it).
    const unitOn = glued in MULTIPLIERS ? '' : glued;
    const figEnd = ends[n1 - 1]! - unitOn.length;
    const unit = unitOn || word(n1);
    const unitRaw = unitOn || raw(n1);
    const tail = text.slice(figEnd, figEnd + 12);
    // The magnitude of an earthquake: "magnitude-7.8", "a magnitude of 6.1", "a 6.5-magnitude
    // quake", "measured 6.9 on the Richter scale" (a reading on a scale, never a count of quakes).
    {
      const before = word(i - 1) === 'magnitude' && /^[\s-]$/.test(gap(i - 1, i)) ? i - 1 : word(i - 1) === 'of' && word(i - 2) === 'magnitude' ? i - 2 : -1;
      const after = unit === 'magnitude' && !punctuationBetween(doc, n1 - 1, n1) || gap(n1 - 1, n1) === '-' && unit === 'magnitude';
      if (hi < 10 && (before >= 0 || after || /^\s*on the richter\b/i.test(text.slice(ends[n1 - 1]!, ends[n1 - 1]! + 20)))) {
        const e = after ? n1 + 1 : n1;
        add(before >= 0 ? Math.min(before, start) : start, e, i, n1, value, lo, hi, decimals, 'magnitude', '', hedge);
        i = e - 1;
        continue;
      }
    }
    if (sign || currencyInWord || CURRENCY_WORDS[unit] || CURRENCY_WORDS[unit.replace(/s$/, '')]) {
      const cur = sign ? sign[1]! : currencyInWord ? '$' : CURRENCY_WORDS[unit] ?? CURRENCY_WORDS[unit.replace(/s$/, '')]!;
      const e = sign || currencyInWord ? n1 : n1 + 1;
      // Someone's part of a sum ("$3 billion of his own money") is counted apart from the sum.
      if (!isConversion(i)) add(start, e, i, n1, value, lo, hi, decimals, ownMoney(article, e) ? 'money' + GROUP + 'own' : 'money', cur, hedge);
      i = e - 1;
      continue;
    }
    if (/^\s*(%|per\s?cent|percent|pc\b)/i.test(tail)) {
      const e = after1 === '%' ? n1 : word(n1) === 'per' ? n1 + 2 : n1 + 1;
      // What the share is of: the words after it ("of traffic to India") belong to the member.
      if (!inPoll(i)) add(start, Math.min(length, e + 3), i, n1, value, lo, hi, decimals, 'percent', placesOfShare(article, e), hedge);
      i = e - 1;
      continue;
    }
    if (minus || /^\s*(°|degrees?\b)/i.test(tail)) {
      const sv = minus ? -1 : 1;
      let e = n1;
      if (word(e) === 'degree') e++;
      if (/^[cf]$/.test(word(e)) || /^(celsius|fahrenheit)$/.test(word(e))) e++;
      if (!isConversion(i)) add(start, e, i, n1, sv * value, Math.min(sv * lo, sv * hi), Math.max(sv * lo, sv * hi), decimals, 'temperature', '', hedge);
      i = e - 1;
      continue;
    }
    // Speeds, in km/h: a length per hour ("moving at 21 miles per hour", "22 km/h", "155-mph winds",
    // "30 knots"), never a distance travelled.
    const speed = SPEED.exec(text.slice(figEnd, figEnd + 24));
    if (speed) {
      const f = SPEED_UNITS[speed[1]!.toLowerCase().replace(/[\s/]+/g, ' ').replace(/ (?:per|an|a) /, ' ')] ?? 1;
      const to = figEnd + speed[0].length;
      let e = n1;
      while (e < length && starts[e]! < to) e++;
      if (!isConversion(i)) add(start, e, i, n1, value * f, lo * f, hi * f, decimals, 'speed', '', hedge, 0.05);
      i = e - 1;
      continue;
    }
    // Lengths and distances, with a compass direction after them.
    let metres = 0;
    let e = n1;
    if (unit === 'nautical' && word(n1 + 1) === 'mile') {
      metres = NAUTICAL_MILE;
      e = n1 + 2;
    } else if (LENGTH[unit] !== undefined || LENGTH[unit.replace(/s$/, '')] !== undefined) {
      if (unit === 'm' || (unit === 'mi' && !/^\s*mi\b/.test(tail))) metres = 0;
      else {
        metres = LENGTH[unit] ?? LENGTH[unit.replace(/s$/, '')]!;
        e = unitOn ? n1 : n1 + 1;
      }
    }
    if (metres) {
      let direction = '';
      if (word(e) === 'long' || word(e) === 'wide' || word(e) === 'high') e++;
      if (DIRECTIONS.has(word(e))) {
        direction = word(e);
        e++;
        if (word(e) === 'of' && /^\p{Lu}/u.test(raw(e + 1))) e += 2;
      }
      // Where a changing quantity went ("descended to 10,000 feet") is a stage of it, compared only with the same change.
      const stage = word(start - 1) === 'to' && changedTo(word(start - 2)) ? GROUP + stem(word(start - 2)) : '';
      // A position, when the words say so: above or below something ("ash 500 metres into the
      // air"), or where something is ("the base camp at 914 metres"). Lengths of different things
      // of one story, never compared with each other nor with a size.
      const dimension = stage ? '' : LENGTH_OF[word(unitOn ? n1 : n1 + 1)] ?? LENGTH_OF[word(e)] ?? (word(start - 1) === 'at' ? 'at' : '');
      if (!isConversion(i)) add(start, e, i, n1, value * metres, lo * metres, hi * metres, decimals, 'distance' + (stage || (dimension && GROUP + dimension)), direction, hedge, 0.05);
      i = e - 1;
      continue;
    }
    // (A unit on the figure no reading above took: "7.62mm" of a calibre.)
    if (unitOn) continue;
    // Ages: "15-year-old", "aged 15", "Name, 52,".
    if (unit === 'year' && word(n1 + 1) === 'old') {
      // Whose age: the name after it ("15-year-old Jan Novak"), else nobody known.
      let x = n1 + 2;
      while (x < length && /^\p{Lu}/u.test(raw(x)) && !punctuationBetween(doc, x - 1, x)) x++;
      add(start, n1 + 2, i, n1, value, lo, hi, 0, 'age', x > n1 + 2 ? word(x - 1) : '', hedge);
      i = n1 + 1;
      continue;
    }
    if (word(i - 1) === 'aged' || (/^\d{1,3}$/.test(r) && /^,\s$/.test(gap(i - 1, i)) && /^[,)]/.test(after1) && /^\p{Lu}/u.test(raw(i - 1)) && value < 120)) {
      const who = word(i - 1) === 'aged' ? (/^\p{Lu}/u.test(raw(i - 2)) ? word(i - 2) : '') : word(i - 1);
      add(word(i - 1) === 'aged' ? i - 1 : start, n1, i, n1, value, lo, hi, 0, 'age', who, hedge);
      continue;
    }
    // Day and week counts depend on the day of publication ("five days of riots", "four days ago"): not compared.
    if (/^(day|week|fortnight)$/.test(unit) || unit === 'days' || unit === 'weeks') {
      i = n1;
      continue;
    }
    // Durations.
    const dUnit = DURATION[unit] !== undefined ? unit : DURATION[unitRaw.toLowerCase().replace(/s$/, '')] !== undefined ? unitRaw.toLowerCase().replace(/s$/, '') : '';
    if (dUnit) {
      e = n1 + 1;
      if (word(e) !== 'ago' && word(e) !== 'old' && word(e) !== 'earlier' && word(e) !== 'later') {
        // A vague round figure ("two decades") is an approximation.
        const f = DURATION[dUnit]!;
        // The time into something at which another thing happened ("six minutes into the flight",
        // "20 minutes after takeoff"): a time point of an event, compared only between statements
        // of that event.
        const measure = word(e) === 'into' || word(e) === 'after' ? 'elapsed' : 'duration';
        // Whose period: someone's ("his four years at the club") is not a term of something ("a five-year deal").
        const whose = POSSESSIVES.has(word(start - 1)) ? 'possessed' : '';
        // One time told in parts ("three minutes and 27 seconds"), to the second; a margin between two times is not a time taken.
        const [secs, e2] = durationTail(article, e, f);
        const total = secs ? Math.round(value * f * 3600 + secs) / 3600 : value * f;
        e = e2;
        // A margin between two times ("by 34 seconds", "27 seconds behind"): between whom, no slot says.
        if (!(measure === 'duration' && margin(article, start, e))) add(start, e, i, n1, total, lo === hi ? total : lo * f, lo === hi ? total : hi * f, secs ? 4 : decimals, measure, whose, hedge || (dUnit === 'decade' ? 'about' : ''));
      }
      i = e - 1;
      continue;
    }
    // The whole after a part ("convicted on 5 out of 6 charges"): the clause's predicate is the part's.
    if (word(i - 1) === 'of' && word(i - 2) === 'out' && valueAt(i - 3) >= 0) continue;
    // Counts: the counted noun is the last content word of the run after the figure ("three
    // undersea cables", "seven AK-47 assault rifles"), or after "of the" ("17 of the hijacked ships").
    let k = n1;
    if (word(k) === 'of' && (word(k + 1) === 'the' || word(k + 1) === 'their' || word(k + 1) === 'his' || word(k + 1) === 'her' || word(k + 1) === 'its')) k += 2;
    else if (word(k) === 'other') k++;
    let head = '';
    /** The word before the counted noun in its phrase ("two perjury counts"): a kind of it. */
    let modifier = '';
    /** A nationality inside the phrase ("five Indians", "53 Nepalese passengers"): who of the people are counted. */
    let nationality = '';
    let h1 = k;
    // The counted noun is in the figure's sentence (a headline ending in a figure is not run into
    // the next line).
    const own = index.sentenceOf(doc, i);
    const ownEnd = own >= 0 ? doc.sentences[2 * own + 1]! : length;
    for (let x = k; x < Math.min(length, k + 4, ownEnd); x++) {
      if (x > n1 && punctuationBetween(doc, x - 1, x)) break;
      // Another figure after a preposition or conjunction is a figure of its own ("350 with 2,068 injured").
      if (x > n1 && valueAt(x) >= 0 && index.isStop(terms[x - 1]!)) break;
      if (x === n1 && punctuationBetween(doc, n1 - 1, x) && !hyphenUnit) break;
      const t = terms[x]!;
      if (index.isStop(t)) {
        // Only "more" or a verb's auxiliary may stand between a figure and its noun or predicate
        // ("20 more bodies", "2,527 were injured"): "three and injuring 15", "15 before police",
        // "two in structures" have no counted noun.
        if (head || x > k || !BEFORE_NOUN.has(word(x))) break;
        continue;
      }
      if (valueAt(x) >= 0 && head) break;
      if (WEEKDAYS.has(word(x)) || MONTHS.has(word(x))) break;
      if (/^\d/.test(word(x)) || /^\p{Lu}/u.test(raw(x)) && !NOUN_CLASSES[word(x)]) {
        // A model name or a proper noun inside the noun phrase ("AK-47 assault rifles", "Internet cables").
        nationality = nationalityOf(word(x)) || nationality;
        h1 = x + 1;
        continue;
      }
      if (head) modifier = head;
      head = word(x);
      h1 = x + 1;
      // A known counted noun ends the phrase unless another follows ("10 people dead", "3 police officers").
      if (NOUN_CLASSES[head] && !NOUN_CLASSES[word(x + 1)]) break;
    }
    // The population of a place: "a city of 50,000", "a town of about 27,000 people".
    if (word(start - 1) === 'of' && NOUN_CLASSES[word(start - 2)] === 'town' && (!head || NOUN_CLASSES[head] === 'people')) {
      add(start, head ? h1 : n1, i, n1, value, lo, hi, decimals, 'people:living', '', hedge);
      i = n1 - 1;
      continue;
    }
    // People named by their nationality alone ("five Indians, 57 Nepalis and four Russians").
    const nationalityHead = !head && nationality !== '' && h1 > n1;
    if (nationalityHead) head = word(h1 - 1);
    if (!head) {
      // A toll without its noun: "the death toll rose to 233", "raising the toll to 246".
      if (tollOf(start)) add(start, n1, i, n1, value, lo, hi, decimals, 'people:killed', '', hedge);
      else {
        // People without their noun, after the verb of what happened to them ("killing three and
        // wounding at least 15", "injuring 40").
        const p = PREDICATES[stem(word(start - 1))] ?? PREDICATES[word(start - 1)];
        if (p && p !== 'living' && p !== 'married' && /(?:ing|ed)$/.test(word(start - 1)) && !punctuationBetween(doc, start - 1, start)) add(start - 1, n1, i, n1, value, lo, hi, decimals, 'people:' + p, '', hedge);
      }
      continue;
    }
    // What a thing can hold is no count of the event ("the plane could hold up to 12 people").
    if (capacity(article, start)) continue;
    // A part counted against its whole ("in 24 counties out of 47", "17 of the 40 wards"): one
    // outlet's split, not the count (the whole, when said with its noun, is read on its own).
    if ((word(h1) === 'out' && word(h1 + 1) === 'of' && valueAt(h1 + 2) >= 0) || (k === n1 + 2 && valueAt(k) >= 0)) {
      i = n1 - 1;
      continue;
    }
    // "16 dead", "40 wounded": the predicate is the head, and people are counted.
    // (A hospital counted is a place: "two hospitals".)
    const headPredicate = head === 'hospital' ? undefined : PREDICATES[stem(head)] ?? PREDICATES[head];
    // "Seven of the injured were firefighters", "two of the dead": a part of the people that
    // predicate counts, never their number.
    if (headPredicate && k === n1 + 2) {
      i = n1 - 1;
      continue;
    }
    let measure = nationalityHead ? 'people' : NOUN_CLASSES[head] ?? (livesLost(article, h1 - 1) ? 'people:killed' : headPredicate && headPredicate !== 'living' ? 'people' : 'count:' + head);
    const s = own;
    const s0 = s >= 0 ? doc.sentences[2 * s]! : Math.max(0, i - 15);
    const s1 = s >= 0 ? doc.sentences[2 * s + 1]! : Math.min(length, i + 15);
    if (measure === 'people' || measure === 'spouse') {
      // What happened to them (see peoplePredicate).
      const { found, foundAt, ownClause, wholeGroup } = peoplePredicate(article, start, i, h1, s0, s1, measure !== 'people');
      // The badly hurt among the injured are a part of them ("76 passengers were seriously injured",
      // "150 others received minor injuries"): not the number injured.
      if (found === 'injured' && SEVERITY.test(word(foundAt - 1))) {
        i = n1 - 1;
        continue;
      }
      if (measure === 'spouse' || found === 'married') measure = 'people:married';
      else if (found) measure = 'people:' + found;
      else if (measure === 'people' && tollOf(start)) measure = 'people:killed';
      else if (!ownClause && !wholeGroup) {
        // A list shares its predicate: "killed 14 people in the town and 16 across the region".
        const prev = out[out.length - 1];
        if (prev && prev.measure.startsWith('people:') && prev.sentence === s && s >= 0) measure = prev.measure;
      }
    }
    if (measure.startsWith('people')) {
      // A part of the people counted, not their number: one more group ("another 179 people",
      // "six other men", "20 more bodies"), or one of a list of groups ("nine men and two women",
      // "six employees and three customers"). Outlets split a total differently (or not at all);
      // a part is not compared with a total, nor with another outlet's split of it.
      const nextWord = word(n1);
      if ((word(i - 1) === 'another' && !anotherMeasure(measure, s)) || nextWord === 'other' || nextWord === 'more' || nextWord === 'additional' || nextWord === 'further' || increment(article, n1, h1, s1)) {
        i = n1 - 1;
        continue;
      }
      // A group of a list is counted as that group ("171 passengers and six crew members": 171
      // passengers), compared only with the same group of another outlet's list or count.
      // A list after "include" names some of them ("the victims include two women and three
      // men"): parts of no known whole, not compared.
      // Who of the people are counted ("five Indians", "six children", "four foreign tourists"): a
      // part of a toll that other outlets give whole, compared only with the same part; the group
      // of a list ("53 Nepalese passengers and 15 foreigners") is named by it too.
      const part = nationality || (modifier === 'foreign' ? modifier : '') || PEOPLE_PARTS.get(head) || '';
      const before = lastPeople;
      lastPeople = { sentence: s, end: h1, head, group: part || head, kept: undefined, partial: false };
      // (Two measures are no list of groups: "kills 820 people, 672 injured".)
      const sameMeasure = !before?.kept || baseOf(before.kept.measure) === baseOf(measure);
      if (before && before.sentence === s && s >= 0 && before.head !== head && sameMeasure && listJoin(article, before.end, start)) {
        lastPeople.partial = before.partial;
        if (before.kept && out[out.length - 1] === before.kept && !before.kept.measure.includes(GROUP)) out[out.length - 1] = ofGroup(before.kept, before.group);
        if (before.partial) {
          i = n1 - 1;
          continue;
        }
        measure += GROUP + (part || head);
      } else {
        const nextHead = word(h1 + 2);
        if (word(h1) === 'and' && valueAt(h1 + 1) >= 0 && nextHead !== head && h1 + 2 < length && !index.isStop(terms[h1 + 2]!) && !(PREDICATES[stem(nextHead)] ?? PREDICATES[nextHead])) {
          if (includedIn(article, start)) {
            lastPeople.partial = true;
            i = n1 - 1;
            continue;
          }
          measure += GROUP + (part || head);
        }
      }
      // The second of a list whose first is one person ("an officer and two soldiers were killed",
      // "the driver and 12 passengers"): a part of the toll, counted as its group.
      const afterOne = word(start - 1) === 'and' && NOUN_CLASSES[word(start - 2)] === 'people' && valueAt(start - 2) < 0;
      if ((part || afterOne) && !measure.includes(GROUP)) measure += GROUP + (part || head);
      // "Four people, including the gunman, were killed": outlets count the attacker or not.
      let x = h1;
      while (x < s1 && word(x) !== 'including') x++;
      const attacker = word(x) === 'including' && PERPETRATORS.has(word(word(x + 1) === 'the' ? x + 2 : x + 1));
      add(start, h1, i, n1, value, attacker ? lo - 1 : lo, hi, decimals, measure, '', hedge);
      lastPeople.kept = out[out.length - 1];
      i = n1 - 1;
      continue;
    }
    // A kind of a thing counted is counted apart ("two perjury counts" are not the "six counts").
    add(start, h1, i, n1, value, lo, hi, decimals, measure.startsWith('count:') && modifier ? measure + GROUP + modifier : measure, '', hedge);
    i = n1 - 1;
      // eslint-disable-next-line no-constant-condition
    } while (false);
    return i;
  }

  /**
   * "Another 672 people were injured" after "the quake killed 820": another measure ("also"), not
   * one more group of the last count of people — whose predicate, in the two sentences before,
   * differs.
   */
  function anotherMeasure(measure: string, s: number): boolean {
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (m.sentence < s - 2) break;
      if (m.measure.startsWith('people')) return baseOf(m.measure) !== baseOf(measure);
    }
    return false;
  }

  /** Is the share at token i an opinion poll's result (a poll word in its sentence)? */
  function inPoll(i: number): boolean {
    // The poll words as term ids (most folders lack some), once per article.
    const cue = (pollCues ??= [...POLL_WORDS].map((w) => index.vocab.find(w) ?? -1).filter((t) => t >= 0));
    if (!cue.length) return false;
    const s = index.sentenceOf(doc, i);
    if (s < 0) return false;
    for (let k = doc.sentences[2 * s]!; k < doc.sentences[2 * s + 1]!; k++) if (cue.includes(terms[k]!)) return true;
    return false;
  }

  function sentenceStart(i: number): number {
    const sn = index.sentenceOf(doc, i);
    return sn >= 0 ? doc.sentences[2 * sn]! : -1;
  }

  /** Is the figure starting at token `start` the value of a toll (see tollBefore)? The toll word is kept as a word beside it (see push). */
  function tollOf(start: number): boolean {
    const k = tollBefore(article, start);
    if (k >= 0) tollAt = k;
    return k >= 0;
  }

  /** A figure in brackets right after another figure is its conversion: "64 km (40 miles)", "($1.52 million)". */
  function isConversion(i: number): boolean {
    const back = text.slice(Math.max(0, starts[i]! - 6), starts[i]!);
    if (!/\(\s*(?:US|A|C)?[$€£¥]?(?:US)?\s*$/.test(back)) return false;
    const prev = out[out.length - 1];
    return prev !== undefined && starts[i]! - ends[Math.max(prev.t1 - 1, prev.n0)]! < 12;
  }

  function add(t0: number, t1: number, n0: number, n1: number, value: number, lo: number, hi: number, decimals: number, measure: string, detail: string, hedge: string, tolerance = 0): void {
    // A margin is no value of the measure: "7 mph shy of Category 5", "only 2 mph short of".
    if ((word(t1) === 'shy' || word(t1) === 'short') && word(t1 + 1) === 'of') return;
    const [a, b] = hedged(hedge, lo, hi, measure);
    // Conversions between units are approximate (a converted figure is rounded to its unit: 64 km is
    // "40 miles"); a range says itself how approximate it is ("24 to 30 feet" is not 10 metres).
    const tol = lo === hi ? Math.abs(value) * tolerance : 0;
    push(t0, t1, n0, n1, value, a - tol, b + tol, decimals, measure, detail, '');
  }

  function push(t0: number, t1: number, n0: number, n1: number, value: number, lo: number, hi: number, decimals: number, measure: string, detail: string, hedge: string): void {
    const state = stateOf(index);
    if (hedge) [lo, hi] = hedged(hedge, lo, hi, measure);
    const sentence = index.sentenceOf(doc, n0);
    const s0 = sentence >= 0 ? doc.sentences[2 * sentence]! : Math.max(0, n0 - 15);
    const s1 = sentence >= 0 ? doc.sentences[2 * sentence + 1]! : Math.min(length, n0 + 15);
    // Each stem once (a stamp per stem id instead of sets: this runs for every figure of the folder).
    const near: number[] = [];
    const words: number[] = [];
    const predicates: number[] = [];
    const stamp = ++state.stamp;
    // The counted noun of a class is its class for comparing statements ("five cables were cut" /
    // "two lines were snapped"): one word, whichever noun of it an outlet wrote.
    // (Not people: "children" and "officers" are not one word of a statement.)
    const counted = t1 > n1 && measure !== 'people' && NOUN_CLASSES[word(t1 - 1)] === measure ? t1 - 1 : -1;
    // Beside a day or a time, words of time are not what happened (see TIME_WORDS).
    const calendar = measure === 'weekday' || measure === 'date' || measure === 'time';
    // The unit of a time elapsed ("minutes" into anything) is no word that tells its statements apart.
    const unitOf = measure === 'elapsed';
    for (let k = s0; k < s1; k++) {
      if (k >= n0 && k < n1) continue;
      const t = terms[k]!;
      if (index.isStop(t)) continue;
      const st = k === counted ? classStem(state, measure) : stemOf(state, index, t);
      if (st < 0) continue;
      if (st >= state.seen.length) {
        const grown = new Int32Array(Math.max(1024, state.stems.size * 2));
        grown.set(state.seen);
        state.seen = grown;
      }
      const mark = state.seen[st]!;
      if (mark !== stamp && mark !== -stamp) {
        state.seen[st] = stamp;
        words.push(st);
      }
      if (((k >= Math.min(n0, t0) - NEAR && k < Math.max(n1, t1) + NEAR) || k === tollAt) && state.seen[st] !== -stamp && !(calendar && TIME_WORDS.has(word(k))) && !(unitOf && k >= n1 && k < t1)) {
        state.seen[st] = -stamp;
        near.push(st);
        const c = text.charCodeAt(starts[k]!);
        // (Beside a day, a word of where is no word of what happened: "in Kangra district on Tuesday".)
        if ((c < 128 ? !(c >= 65 && c <= 90) : !/^\p{Lu}/u.test(text.slice(starts[k]!, starts[k]! + 1))) && !(calendar && PLACE_HEADS.has(word(k)))) predicates.push(st);
      }
    }
    out.push({ doc, value, lo, hi, decimals, measure, detail, t0, t1: Math.max(t1, t0 + 1), n0, n1, sentence, near: sortedOf(near), words: sortedOf(words), predicates: sortedOf(predicates), when: whenOf(article, s0, s1, n0, n1, t1, sentence), reported: measure.startsWith('people:') ? reportedDay(article) : -1, running: measure.startsWith('people:') && runningFigure(article, t0, n1) });
  }
}

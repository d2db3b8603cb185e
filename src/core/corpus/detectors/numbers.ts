/**
 * Number discrepancies: two outlets give different figures for the same measure of the same thing
 * ("alleged to have 19 wives" / "marrying 20 women"; "at least 70 people injured" / "About 100
 * people have been injured"; "arrested Wednesday" / "arrested by police on Tuesday").
 *
 * Slots, not words. Each figure of an article is read once into a {@link NumberMention}: its value
 * as an interval (hedges widen it: "about", "almost", "more than", "up to", ranges "30 to 40"), and
 * its measure: what it counts and how. A count's measure is the class of its counted noun (a small
 * table of news nouns: boats / ships / vessels; rifles / guns / weapons; wives / spouses) and, for
 * people, the predicate beside it (killed / dead / died / death toll; injured / wounded / hurt;
 * arrested / detained; married). Other measures are read from the form: percentages, sums of money
 * (with their currency), years, weekdays, calendar dates, clock times (with their zone),
 * temperatures, distances and lengths (in metres, with a compass direction: "150 nautical miles
 * east of X"), durations, ages and ordinals ("the seventh day").
 *
 * Statements, not folders. Figures are compared only within one measure (bucketed first, so the
 * comparison is never quadratic in the folder's figures), only across articles that report the same
 * story (`related`), and only between the two figures of two articles that best match each other
 * (mutual best): the words beside the figure (stemmed, with predicates of one class read as one)
 * and the words of the sentence. A discrepancy is a pair of matched figures whose intervals do not
 * meet.
 *
 * What is not a discrepancy (precision first): formats ("1,000" / "1000", "$1m" / "$1 million",
 * "3rd" / "third"), approximations that overlap ("some 200" / "almost 200"), rounding ("88.41" /
 * "88.4"), conversions in brackets ("64 kilometres (40 miles)", "200 million euros ($265 million)")
 * and across units (kilometres against miles), sums against parts (seven rifles and two rifles /
 * nine rifles), one day named two ways (a weekday and a date are different measures, never
 * compared: the year is not always known), day counts that depend on the day of publication ("five
 * days ago", "four days of riots"), and vague quantities ("several", "dozens").
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { dedupe, member, punctuationBetween, type Related } from '../discrepancies';
import type { DocEntry, PassageIndex } from '../passages';
import { span } from '../variants';

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
  /** What must also agree: currency, compass direction, time zone ('' when none is said). */
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
}

/**
 * What the detector keeps with the index between derivations: its reading of each vocabulary
 * term as a figure (NaN not read yet, -1 not a number; the vocabulary only grows), each article's
 * entity names (for telling stories apart; by the entity list they were read from), and the groups
 * found per measure at the last derivation (see {@link KeptMeasure}).
 */
export interface NumberState {
  termValues: Float64Array;
  /** Whether a term can start a figure (a number, weekday, ordinal, clock word): 0 not read yet, 1 no, 2 yes. */
  termKinds: Uint8Array;
  /** Each term's stem (see {@link stem}) as a small integer, by term id: 0 not read yet, -1 none, else id + 1. */
  termStems: Int32Array;
  /** Stem → id. */
  stems: Map<string, number>;
  /** Scratch for reading a figure's words: the last figure (stamp) that saw each stem id (negative: beside it). */
  seen: Int32Array;
  stamp: number;
  names: Map<number, { entities: readonly unknown[]; names: string[] }>;
  kept: Map<string, KeptMeasure>;
}

/**
 * The figures of one measure compared at the last derivation, the answers `related` gave (by
 * position in the list) and the groups found (positions). The same figures (or an edited
 * article's figures with the same values and words), in the same order, with the same answers,
 * give the same groups: they are not looked for again.
 */
interface KeptMeasure {
  list: NumberMention[];
  asked: number[];
  answers: boolean[];
  groups: number[][];
}

function stateOf(index: PassageIndex): NumberState {
  return (index.numberState ??= { termValues: new Float64Array(0), termKinds: new Uint8Array(0), termStems: new Int32Array(0), stems: new Map(), seen: new Int32Array(0), stamp: 0, names: new Map(), kept: new Map() });
}

// ---------------------------------------------------------------------------------------------
// Lexicon (general English; no event's words).

/** A lookup table without a prototype: any word may be looked up ("constructor" is not a counted noun). */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const NUMBER_WORDS: Record<string, number> = table({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const MULTIPLIERS: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 });
const ORDINALS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
});
/** Month names and abbreviations, in calendar order (index % 12 is the month). */
const ORDINAL_WORDS = new Set(Object.keys(ORDINALS));
const MONTH_LIST = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
];
const MONTHS = new Map<string, number>(MONTH_LIST.map((m, i) => [m, i % 12]));
MONTHS.set('sept', 8);
const WEEKDAYS = new Map<string, number>(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]));
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Capitalised words before a figure that do not make it part of a name ("Up 4", "About 20"). */
const CAPITALISED_FUNCTION = /^(the|in|on|at|by|about|some|all|only|over|under|for|with|to|and|but|of|from|since|after|before|until|nearly|almost|around|more|than|up|least|top|just|exactly|roughly|approximately|another|every|only)$/i;

/** Verbs of reporting: a day right after one dates the report. */
const REPORTING = /^(said|say|says|told|tell|tells|report|reported|reports|announce|announced|publish|published|confirm|confirmed|stated|added|according|statement|interview)$/;

/** Units of length, in metres. */
const LENGTH: Record<string, number> = table({
  km: 1000, kilometre: 1000, kilometer: 1000, kms: 1000, mile: 1609.344, mi: 1609.344, metre: 1, meter: 1,
  foot: 0.3048, feet: 0.3048, ft: 0.3048, yard: 0.9144, inch: 0.0254, cm: 0.01, centimetre: 0.01, centimeter: 0.01,
});
const NAUTICAL_MILE = 1852;
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Units of time, in hours. Days and weeks are left out: "five days of riots", "four days ago" count from the day of publication. */
const DURATION: Record<string, number> = table({ second: 1 / 3600, minute: 1 / 60, hour: 1, month: 730, year: 8766, decade: 87660 });
const CURRENCY_WORDS: Record<string, string> = table({
  euro: '€', dollar: '$', pound: '£', yen: '¥', rupee: 'Rs', yuan: '¥', sterling: '£', franc: 'fr', ruble: 'rub', rouble: 'rub',
});
const ZONES = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'cet', 'cst', 'ist', 'bst', 'local']);

/** Vague quantity words: no figure to compare. */
// (Figures are only read from digits and number words, so "several", "dozens", "hundreds" never become one.)

/**
 * Counted nouns of one class (normalised as the index normalises words: plural 's' stripped).
 * People are split further by the predicate beside them (below).
 */
const NOUN_CLASSES: Record<string, string> = table({});
function classOf(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) NOUN_CLASSES[w] = cls;
}
classOf('people', `people person individual civilian resident citizen protester demonstrator rioter youth student worker
  employee passenger victim adult child children men women man woman soldier officer policeman police firefighter crew
  crewman crewmen member suspect migrant refugee casualty casualtie body bodie tourist voter fan prisoner hostage pilgrim
  miner patient villager inhabitant militant fighter troop teenager boy girl`);
classOf('spouse', 'wife wive husband spouse');
classOf('vessel', 'boat ship vessel speedboat dhow craft trawler yacht tanker ferry warship frigate skiff');
classOf('weapon', 'rifle gun weapon firearm pistol handgun shotgun');
classOf('line', 'cable line wire circuit link pipeline');
classOf('shop', 'shop store business shopfront storefront');
classOf('building', 'building house home apartment office');
classOf('vehicle', 'car vehicle truck bus van lorry');
classOf('aircraft', 'plane aircraft jet helicopter airplane airliner drone');
classOf('town', 'city town village');
classOf('country', 'country nation state');

/** Predicates that say what happened to people counted, by stem (see {@link stem}). */
const PREDICATES: Record<string, string> = table({});
function predicate(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) PREDICATES[w] = cls;
}
predicate('killed', 'kill dead death die died dy fatal fatality toll slain murder drown');
predicate('injured', 'injur injury wound hurt');
predicate('arrested', 'arrest detain custody apprehend jail imprison');
predicate('married', 'marry marri married wed wive wife spous polygamy');
predicate('living', 'live popul inhabit');
predicate('missing', 'missing');
predicate('evacuated', 'evacuat');
/** Verbs of one event (the stem says which), read as one word when statements are compared. */
const SAME_EVENT: Record<string, string> = table({});
for (const group of [
  'eject oust expel excommunicat remov dismiss',
  'seiz recover confiscat captur',
  'sink sank sunk',
  'cut sever snap damag',
  'arrest detain apprehend',
  'kill dead death die died dy',
  'injur wound hurt',
  'charg accus alleg',
  'deploy patrol',
  'replac took',
]) {
  const ws = group.split(' ');
  for (const w of ws) SAME_EVENT[w] = ws[0]!;
}

for (const w of Object.keys(PREDICATES)) PREDICATES[stem(w)] ??= PREDICATES[w]!;

/** Measures shown to the analyst. */
const MEASURE_LABELS: Record<string, string> = table({
  'people:killed': 'people killed', 'people:injured': 'people injured', 'people:arrested': 'people arrested or detained',
  'people:married': 'wives / women married', 'people:living': 'people living there', 'people:missing': 'people missing',
  'people:evacuated': 'people evacuated', spouse: 'wives / women married', people: 'people', vessel: 'boats / vessels',
  weapon: 'weapons', line: 'cables / lines', shop: 'shops', building: 'buildings', vehicle: 'vehicles',
  aircraft: 'aircraft', town: 'towns', country: 'countries', percent: 'percentage', money: 'sum of money', year: 'year',
  weekday: 'day of the week', date: 'date', time: 'time of day', temperature: 'temperature', distance: 'distance',
  duration: 'duration', age: 'age',
});

/** Words each side of a figure that say what it is about. */
const NEAR = 5;

/** A light stemmer for comparing the words of two statements (deploy / deployed / deployment). */
export function stem(w: string): string {
  let s = w.toLowerCase();
  for (const suffix of ['ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'es', 's', 'ly']) {
    if (s.length - suffix.length >= 3 && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 3 && s !== w && /(bb|dd|gg|mm|nn|pp|tt)$/.test(s)) s = s.slice(0, -1);
  return SAME_EVENT[s] ?? s;
}

// ---------------------------------------------------------------------------------------------
// Reading an article's figures.

/**
 * The value each vocabulary term has as a figure, kept with the index (its vocabulary only grows):
 * NaN not read yet, -1 not a number.
 */
function termValue(index: PassageIndex, term: number): number {
  const state = stateOf(index);
  let values = state.termValues;
  if (term >= values.length) {
    const grown = new Float64Array(index.vocab.size + 1024).fill(NaN);
    grown.set(values);
    state.termValues = values = grown;
  }
  let v = values[term]!;
  if (Number.isNaN(v)) {
    const w = index.vocab.term(term);
    v = -1;
    if (/^\d[\d,]*(\.\d+)?$/.test(w)) v = Number(w.replace(/,/g, ''));
    else if (w in NUMBER_WORDS && w !== 'hundred' && w !== 'dozen') v = NUMBER_WORDS[w]!;
    if (!Number.isFinite(v) || v < 0) v = -1;
    values[term] = v;
  }
  return v;
}

/** The stem id of a term for comparing statements (-1 for figures, words that start with a digit and one-letter stems), once per term. */
function stemOf(state: NumberState, index: PassageIndex, term: number): number {
  let ids = state.termStems;
  if (term >= ids.length) {
    const grown = new Int32Array(index.vocab.size + 1024);
    grown.set(ids);
    state.termStems = ids = grown;
  }
  let id = ids[term]!;
  if (id === 0) {
    const w = index.vocab.term(term);
    const st = termValue(index, term) >= 0 || /^\d/.test(w) ? '' : stem(w);
    if (st.length < 2) id = -1;
    else {
      let known = state.stems.get(st);
      if (known === undefined) state.stems.set(st, (known = state.stems.size));
      id = known + 1;
    }
    ids[term] = id;
  }
  return id < 0 ? -1 : id - 1;
}

function sortedOf(list: number[]): Int32Array {
  return Int32Array.from(list).sort();
}

/** Can this term start a figure? (Most words cannot: one look per term of the vocabulary.) */
function canStart(state: NumberState, index: PassageIndex, term: number): boolean {
  let kinds = state.termKinds;
  if (term >= kinds.length) {
    const grown = new Uint8Array(index.vocab.size + 1024);
    grown.set(kinds);
    state.termKinds = kinds = grown;
  }
  let k = kinds[term]!;
  if (k === 0) {
    const w = index.vocab.term(term);
    const yes =
      termValue(index, term) >= 0 || WEEKDAYS.has(w) || ORDINAL_WORDS.has(w) || /^\d{1,2}(st|nd|rd|th)$/.test(w) || /^\d{1,2}(am|pm)$/.test(w) ||
      w === 'noon' || w === 'midday' || w === 'midnight' || w === 'dozen' || /^(?:us|a|c|nz|hk|au)\d/.test(w);
    kinds[term] = k = yes ? 2 : 1;
  }
  return k === 2;
}

/** Each article's figures, read once and kept with its entry (they depend on its text alone). */
export function mentionsOf(index: PassageIndex, doc: DocEntry): readonly NumberMention[] {
  if (!doc.numbers) doc.numbers = readMentions(index, doc);
  return doc.numbers;
}

const HEDGE = /(?:^|[\s(])(about|approximately|approx\.?|around|roughly|some|an estimated|estimated|nearly|almost|close to|more than|over|at least|upwards of|in excess of|up to|as many as|fewer than|less than|under|just over|just under|only|exactly|circa|c\.)\s+(?:an?\s+)?[$€£¥]?$/i;

/** The last words of the hedges (a cheap test before the expression). */
const HEDGE_LAST = new Set(['about', 'approximately', 'approx', 'around', 'roughly', 'some', 'estimated', 'nearly', 'almost', 'to', 'than', 'over', 'least', 'of', 'many', 'as', 'under', 'only', 'exactly', 'circa', 'c']);

/** The interval a hedged figure stands for. */
function hedged(hedge: string, lo: number, hi: number, measure: string): [number, number, boolean] {
  const h = hedge.toLowerCase();
  const clock = measure === 'time';
  const wide = (f: number, minutes: number) => (clock ? minutes : Math.abs(hi) * f);
  switch (h) {
    case 'about': case 'approximately': case 'approx': case 'approx.': case 'around': case 'roughly': case 'some':
    case 'an estimated': case 'estimated': case 'circa': case 'c.':
      return [lo - wide(0.05, 20), hi + wide(0.05, 20), true];
    case 'nearly': case 'almost': case 'close to': case 'just under':
      return [lo - wide(0.1, 30), hi, true];
    case 'more than': case 'over': case 'at least': case 'upwards of': case 'in excess of': case 'just over':
      return [lo, hi + wide(0.15, 60), true];
    case 'up to': case 'as many as': case 'fewer than': case 'less than': case 'under':
      return [lo - wide(0.15, 60), hi, true];
    default:
      return [lo, hi, false];
  }
}

function readMentions(index: PassageIndex, doc: DocEntry): NumberMention[] {
  const out: NumberMention[] = [];
  const { terms, starts, ends, length } = doc.tokens;
  const text = doc.text;
  const word = (i: number) => (i >= 0 && i < length ? index.vocab.term(terms[i]!) : '');
  const raw = (i: number) => (i >= 0 && i < length ? text.slice(starts[i]!, ends[i]!) : '');
  const gap = (a: number, b: number) => (a >= 0 && b < length ? text.slice(ends[a]!, starts[b]!) : '');
  const valueAt = (i: number): number => (i >= 0 && i < length ? termValue(index, terms[i]!) : -1);
  /** Figures read as part of another (a range's second figure, a date's year). */
  const used = new Uint8Array(length);

  const state = stateOf(index);
  for (let i = 0; i < length; i++) {
    const term = terms[i]!;
    // Most words: one look in the table (filled by canStart the first time a term is met).
    if (state.termKinds[term] === 1 || used[i] || !canStart(state, index, term)) continue;
    const w = word(i);
    // Weekdays.
    const wd = WEEKDAYS.get(w);
    if (wd !== undefined && /^\p{Lu}/u.test(raw(i)) && !ofReport(i)) {
      push(i, i + 1, i, i + 1, wd, wd, wd, 0, 'weekday', '', '');
      continue;
    }
    if ((w === 'noon' || w === 'midday' || w === 'midnight') && !/^\p{Lu}/u.test(raw(i))) {
      const v = w === 'midnight' ? 0 : 720;
      push(i, i + 1, i, i + 1, v, v, v, 0, 'time', zoneAfter(i + 1), hedgeBefore(i));
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
        push(i, i + 1, i, i + 1, v, v, v, 0, 'time', zoneAfter(i + 1), hedgeBefore(i));
      }
      continue;
    }
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
      if (!/minus$/i.test(text.slice(Math.max(0, starts[i]! - 6), starts[i]! - 1))) continue;
    }
    // A figure that ends a name ("Channel 16", "Sea Me We 4"): a capitalised word right before it.
    if (/^\d{1,3}$/.test(r) && /^ $/.test(gap(i - 1, i)) && /^\p{Lu}/u.test(raw(i - 1)) && !CAPITALISED_FUNCTION.test(raw(i - 1)) && !MONTHS.has(word(i - 1)) && !WEEKDAYS.has(word(i - 1)) && i - 1 !== sentenceStart(i)) continue;
    if (/[#/]/.test(before1) || after1 === '/' || (after1 === '-' && /^\d/.test(text[ends[i]! + 1] ?? ''))) continue;
    // Clock times "4:00 p.m.", "10:00".
    if (/^\d{1,2}$/.test(r) && after1 === ':' && /^\d\d$/.test(raw(i + 1)) && gap(i, i + 1) === ':') {
      let minutes = value * 60 + Number(raw(i + 1));
      const m = /^\s*([ap])\.?\s?m\b\.?/i.exec(text.slice(ends[i + 1]!, ends[i + 1]! + 8));
      let e = i + 2;
      if (m) {
        if (m[1]!.toLowerCase() === 'p' && value < 12) minutes += 720;
        if (m[1]!.toLowerCase() === 'a' && value === 12) minutes -= 720;
        while (e < length && starts[e]! < ends[i + 1]! + m[0].length) e++;
      }
      used[i + 1] = 1;
      if (!isConversion(i)) push(i, e, i, i + 2, minutes, minutes, minutes, 0, 'time', zoneAfter(e), hedgeBefore(i));
      i = e - 1;
      continue;
    }
    if (/^\d/.test(r) && /^[:]$/.test(before1)) continue;
    const ap = /^\s*([ap])\.?\s?m\b\.?/i.exec(text.slice(ends[i]!, ends[i]! + 7));
    if (/^\d{1,2}$/.test(r) && ap && value >= 1 && value <= 12) {
      const v = ((value % 12) + (ap[1]!.toLowerCase() === 'p' ? 12 : 0)) * 60;
      let e = i + 1;
      while (e < length && starts[e]! < ends[i]! + ap[0].length) e++;
      if (!isConversion(i)) push(i, e, i, i + 1, v, v, v, 0, 'time', zoneAfter(e), hedgeBefore(i));
      i = e - 1;
      continue;
    }
    // "1100 hours".
    if (/^\d{4}$/.test(r) && (word(i + 1) === 'hour' || word(i + 1) === 'hr' || word(i + 1) === 'hrs') && value % 100 < 60 && value < 2400) {
      const v = Math.floor(value / 100) * 60 + (value % 100);
      if (!isConversion(i)) push(i, i + 2, i, i + 1, v, v, v, 0, 'time', zoneAfter(i + 2), hedgeBefore(i));
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
        const bound = /\b(between|from)\s*$/i.test(text.slice(Math.max(0, starts[d0]! - 9), starts[d0]!)) || /^,?\s*(and|to|until|through)\b/i.test(text.slice(ends[e - 1]!, ends[e - 1]! + 10)) || (word(d0 - 1) === 'and' || word(d0 - 1) === 'to') && used[d0 - 2] === 1;
        const v = month * 100 + value;
        if (!bound && !ofReport(d0)) push(d0, d1, d0, d1, v, v, v, 0, 'date', '', '');
      }
      i = d1 - 1;
      continue;
    }
    if (/^\d{4}$/.test(r) && value >= 1800 && value <= 2100) {
      // A month and year ("February 2007") names a month, not a year of an event to compare.
      if (monthBefore !== undefined || /^\d/.test(raw(i - 1))) continue;
      const next = word(i + 1);
      if (!(next && !punctuationBetween(doc, i, i + 1) && /s$/.test(raw(i + 1)) && !/'s$|’s$/.test(raw(i + 1)))) {
        push(i, i + 1, i, i + 1, value, value, value, 0, 'year', '', '');
        continue;
      }
    }
    // The figure's own tokens: "sixty-five", "2.44 million", "30 to 40" (a range).
    let n1 = i + 1;
    if (TENS.has(w) && gap(i, i + 1) === '-' && valueAt(i + 1) > 0 && valueAt(i + 1) < 10) {
      value += valueAt(i + 1);
      n1 = i + 2;
    }
    const decimals = /\.(\d+)$/.exec(r)?.[1]!.length ?? 0;
    const currencyInWord = dollars !== null && value >= 0 && valueAt(i) < 0;
    let lo = value;
    let hi = value;
    let mult = 1;
    const multWord = word(n1);
    if (multWord in MULTIPLIERS && !punctuationBetween(doc, n1 - 1, n1) && (multWord !== 'm' || gap(n1 - 1, n1) === '')) {
      mult = MULTIPLIERS[multWord]!;
      n1++;
    }
    // A range: "30 to 40", "24- to 30-foot", "between 7 and 8".
    let hyphenUnit = false;
    {
      const g = gap(n1 - 1, n1);
      const to = word(n1);
      if ((to === 'to' || to === 'and' && /between\s*$/i.test(text.slice(Math.max(0, starts[i]! - 9), starts[i]!))) && valueAt(n1 + 1) > value && !/[,.;]/.test(g)) {
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
    const hedge = hedgeBefore(i);
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
    const unit = word(n1);
    const unitRaw = raw(n1);
    const tail = text.slice(ends[n1 - 1]!, ends[n1 - 1]! + 12);
    if (sign || currencyInWord || CURRENCY_WORDS[unit] || CURRENCY_WORDS[unit.replace(/s$/, '')]) {
      const cur = sign ? sign[1]! : currencyInWord ? '$' : CURRENCY_WORDS[unit] ?? CURRENCY_WORDS[unit.replace(/s$/, '')]!;
      const e = sign || currencyInWord ? n1 : n1 + 1;
      if (!isConversion(i)) add(start, e, i, n1, value, lo, hi, decimals, 'money', cur, hedge);
      i = e - 1;
      continue;
    }
    if (/^\s*(%|per\s?cent|percent|pc\b)/i.test(tail)) {
      const e = after1 === '%' ? n1 : word(n1) === 'per' ? n1 + 2 : n1 + 1;
      // What the share is of: the words after it ("of traffic to India") belong to the member.
      add(start, Math.min(length, e + 3), i, n1, value, lo, hi, decimals, 'percent', '', hedge);
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
        e = n1 + 1;
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
      if (!isConversion(i)) add(start, e, i, n1, value * metres, lo * metres, hi * metres, decimals, 'distance', direction, hedge, 0.05);
      i = e - 1;
      continue;
    }
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
        const round = dUnit === 'decade' || hedge !== '';
        add(start, e, i, n1, value * f, lo * f * (round ? 1 : 1), hi * f, decimals, 'duration', '', hedge || (dUnit === 'decade' ? 'about' : ''));
        void round;
      }
      i = e - 1;
      continue;
    }
    if (w === 'dozen' || value === 0) {
      // "a dozen": a count like any other.
    }
    // Counts: the counted noun is the last content word of the run after the figure ("three
    // undersea cables", "seven AK-47 assault rifles"), or after "of the" ("17 of the hijacked ships").
    let k = n1;
    if (word(k) === 'of' && (word(k + 1) === 'the' || word(k + 1) === 'their' || word(k + 1) === 'his' || word(k + 1) === 'her' || word(k + 1) === 'its')) k += 2;
    else if (word(k) === 'other') k++;
    let head = '';
    let h1 = k;
    for (let x = k; x < Math.min(length, k + 4); x++) {
      if (x > n1 && punctuationBetween(doc, x - 1, x)) break;
      if (x === n1 && punctuationBetween(doc, n1 - 1, x) && !hyphenUnit) break;
      const t = terms[x]!;
      if (index.isStop(t)) {
        if (head) break;
        if (x > k) break;
        continue;
      }
      if (valueAt(x) >= 0 && head) break;
      if (WEEKDAYS.has(word(x)) || MONTHS.has(word(x))) break;
      if (/^\d/.test(word(x)) || /^\p{Lu}/u.test(raw(x)) && !NOUN_CLASSES[word(x)]) {
        // A model name or a proper noun inside the noun phrase ("AK-47 assault rifles", "Internet cables").
        h1 = x + 1;
        continue;
      }
      head = word(x);
      h1 = x + 1;
      // A known counted noun ends the phrase unless another follows ("10 people dead", "3 police officers").
      if (NOUN_CLASSES[head] && !NOUN_CLASSES[word(x + 1)]) break;
    }
    if (!head) continue;
    // "16 dead", "40 wounded": the predicate is the head, and people are counted.
    const headPredicate = PREDICATES[stem(head)] ?? PREDICATES[head];
    let measure = NOUN_CLASSES[head] ?? (headPredicate && headPredicate !== 'living' ? 'people' : 'count:' + head);
    const s = index.sentenceOf(doc, i);
    const s0 = s >= 0 ? doc.sentences[2 * s]! : Math.max(0, i - 15);
    const s1 = s >= 0 ? doc.sentences[2 * s + 1]! : Math.min(length, i + 15);
    if (measure === 'people' || measure === 'spouse') {
      // What happened to them: the predicate within a few words.
      let found = '';
      for (let x = Math.max(s0, i - 5); x < Math.min(s1, h1 + 6); x++) {
        if (x >= i && x < h1 && measure !== 'people') continue;
        const p = PREDICATES[stem(word(x))] ?? PREDICATES[word(x)];
        if (p && (!found || (found === 'living' && p !== 'living'))) found = p;
      }
      if (measure === 'spouse' || found === 'married') measure = 'people:married';
      else if (found) measure = 'people:' + found;
      else {
        // A list shares its predicate: "killed 14 people in the town and 16 across the region".
        const prev = out[out.length - 1];
        if (prev && prev.measure.startsWith('people:') && prev.sentence === s && s >= 0) measure = prev.measure;
      }
    }
    add(start, h1, i, n1, value, lo, hi, decimals, measure, '', hedge);
    i = n1 - 1;
  }
  return out;

  /** A day that dates the report, not the event: "said Saturday", "reported on Sunday", "published Sunday". */
  function ofReport(i: number): boolean {
    const before = word(i - 1) === 'on' ? word(i - 2) : word(i - 1);
    return REPORTING.test(before);
  }

  function sentenceStart(i: number): number {
    const sn = index.sentenceOf(doc, i);
    return sn >= 0 ? doc.sentences[2 * sn]! : -1;
  }

  function hedgeBefore(i: number): string {
    // The hedge's last word is one of a few, one or two words back ("an estimated $2 million").
    if (!HEDGE_LAST.has(word(i - 1)) && !HEDGE_LAST.has(word(i - 2))) return '';
    const m = HEDGE.exec(text.slice(Math.max(0, starts[i]! - 30), starts[i]!));
    return m ? m[1]!.toLowerCase() : '';
  }

  function zoneAfter(e: number): string {
    const z = word(e);
    if (ZONES.has(z)) return z === 'utc' ? 'gmt' : z;
    if (word(e) === 'local' || (word(e) === '(' && ZONES.has(word(e + 1)))) return 'local';
    const m = /^\s*\(([A-Z]{2,4})\)/.exec(text.slice(ends[e - 1]!, ends[e - 1]! + 8));
    if (m && ZONES.has(m[1]!.toLowerCase())) return m[1]!.toLowerCase() === 'utc' ? 'gmt' : m[1]!.toLowerCase();
    return '';
  }

  /** A figure in brackets right after another figure is its conversion: "64 km (40 miles)", "($1.52 million)". */
  function isConversion(i: number): boolean {
    const back = text.slice(Math.max(0, starts[i]! - 6), starts[i]!);
    if (!/\(\s*(?:US|A|C)?[$€£¥]?(?:US)?\s*$/.test(back)) return false;
    const prev = out[out.length - 1];
    return prev !== undefined && starts[i]! - ends[Math.max(prev.t1 - 1, prev.n0)]! < 12;
  }

  function add(t0: number, t1: number, n0: number, n1: number, value: number, lo: number, hi: number, decimals: number, measure: string, detail: string, hedge: string, tolerance = 0): void {
    const [a, b] = hedged(hedge, lo, hi, measure);
    // Conversions between units are approximate.
    const tol = Math.abs(value) * tolerance;
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
    for (let k = s0; k < s1; k++) {
      if (k >= n0 && k < n1) continue;
      const t = terms[k]!;
      if (index.isStop(t)) continue;
      const st = stemOf(state, index, t);
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
      if (k >= Math.min(n0, t0) - NEAR && k < Math.max(n1, t1) + NEAR && state.seen[st] !== -stamp) {
        state.seen[st] = -stamp;
        near.push(st);
        const c = text.charCodeAt(starts[k]!);
        if (c < 128 ? !(c >= 65 && c <= 90) : !/^\p{Lu}/u.test(text.slice(starts[k]!, starts[k]! + 1))) predicates.push(st);
      }
    }
    out.push({ doc, value, lo, hi, decimals, measure, detail, t0, t1: Math.max(t1, t0 + 1), n0, n1, sentence, near: sortedOf(near), words: sortedOf(words), predicates: sortedOf(predicates) });
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing figures across articles.

/** Do two figures of one measure agree (formats, approximations and rounding allowed)? */
export function agree(a: NumberMention, b: NumberMention): boolean {
  if (a.measure === 'money' && a.detail !== b.detail) {
    // Different currencies: no rate is known; within a factor of three could be one sum converted.
    const r = Math.abs(a.value) / Math.max(1e-9, Math.abs(b.value));
    return r >= 1 / 3 && r <= 3;
  }
  if (a.measure === 'distance' && a.detail && b.detail && a.detail !== b.detail) return false;
  if (a.measure === 'time' && a.detail !== b.detail && a.detail && b.detail) return true; // different zones: not comparable
  if (a.lo <= b.hi && b.lo <= a.hi) return true;
  // Rounding: compared at the precision of the less precise figure.
  const d = Math.min(a.decimals, b.decimals);
  if (a.decimals !== b.decimals && a.lo === a.hi && b.lo === b.hi) {
    const f = 10 ** d;
    if (Math.round(a.value * f) === Math.round(b.value * f)) return true;
  }
  return false;
}

/** How many words two sorted lists share. */
function overlapOf(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * How well two figures' statements match (0: not the same statement), given how many words
 * their sentences share: a word beside the figure in common and a good part of the sentence, or
 * most of it. Figures found in every sentence of a story (days, years, times) need what happened
 * beside them to match, not only who or where; shares need two words beside them (what of what).
 */
function matchScore(measure: string, strict: boolean, specific: boolean, a: NumberMention, b: NumberMention, shared: number): number {
  const near = overlapOf(a.near, b.near);
  const union = a.words.length + b.words.length - shared;
  const overlap = union ? shared / union : 0;
  const whole = shared >= 4 && overlap >= 0.5;
  if (strict && !whole && (near < 1 || overlapOf(a.predicates, b.predicates) < 1)) return 0;
  if (measure === 'percent' && near < 2) return 0;
  if (near >= 1 && (shared >= 3 || overlap >= 0.2)) return 2 * near + shared + 10 * overlap;
  if (near >= 2 && shared >= 2) return 2 * near + shared + 10 * overlap;
  if ((shared >= 6 && overlap >= 0.35) || (shared >= 3 && overlap >= 0.5)) return shared + 10 * overlap;
  // A measure that says what happened (people arrested, damage in euros): the word beside the
  // figure that says so is enough within one story ("more than 200 people arrested" / "more than
  // 400 protesters have been detained").
  if (specific && near >= 1) return near + shared + 10 * overlap;
  return 0;
}

/** Measures that say what was counted and what happened to it, not only the noun. */
function isSpecific(measure: string): boolean {
  return measure.startsWith('people:') || measure === 'money' || measure === 'temperature' || measure === 'distance';
}

/** Measures compared only when the statements match closely (figures everywhere in a story). */
const STRICT = new Set(['year', 'weekday', 'date', 'time', 'age', 'people']);

/** Figures in one bucket above this many are a common measure in a large folder: compared through their rarer words only. */
const MAX_POSTING = 25;

/** Entities named in more articles than this (and a tenth of the folder) say little about which story. */
const COMMON_ENTITY_DOCS = 20;
/** Entities two articles share that make them one story for comparing figures. */
const STORY_ENTITIES = 3;
/** …and this share of the names of the article that names fewer. */
const STORY_SHARE = 0.5;

/**
 * Two articles report one story: `related` (a shared quote or much shared text), or they name the
 * same people, places and organisations (three that are not named across the whole folder).
 * Outlets that each write their own report of one event share names, rarely sentences.
 */
export function storyRelated(index: PassageIndex, related: Related): Related {
  const docs = index.allDocs();
  const limit = Math.max(COMMON_ENTITY_DOCS, docs.length / 50);
  const state = stateOf(index);
  const names = new Map<number, { entities: readonly unknown[]; names: string[] }>();
  const df = new Map<string, number>();
  for (const d of docs) {
    let known = state.names.get(d.id);
    if (!known || known.entities !== d.entities) {
      const own = new Set<string>();
      for (const e of d.entities) own.add(e.canonical.toLowerCase());
      known = { entities: d.entities, names: [...own] };
    }
    names.set(d.id, known);
    for (const c of known.names) df.set(c, (df.get(c) ?? 0) + 1);
  }
  state.names = names;
  const memo = new Map<number, boolean>();
  return (a, b) => {
    if (a === b) return true;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const key = x.id * 2 ** 26 + y.id;
    let r = memo.get(key);
    if (r === undefined) {
      r = related(x, y);
      if (!r) {
        // Names not found across the folder; most of the fewer of them shared.
        const rare = (d: DocEntry) => (names.get(d.id)?.names ?? []).filter((c) => df.get(c)! <= limit);
        const mine = rare(x);
        const theirs = new Set(rare(y));
        let shared = 0;
        for (const c of mine) if (theirs.has(c)) shared++;
        r = shared >= STORY_ENTITIES && shared >= STORY_SHARE * Math.min(mine.length, theirs.size);
      }
      memo.set(key, r);
    }
    return r;
  };
}

export function numberDiscrepancies(index: PassageIndex, related: Related = () => true): Discrepancy[] {
  related = storyRelated(index, related);
  const byMeasure = new Map<string, NumberMention[]>();
  for (const doc of index.allDocs()) {
    for (const m of mentionsOf(index, doc)) {
      const list = byMeasure.get(m.measure);
      if (list) list.push(m);
      else byMeasure.set(m.measure, [m]);
    }
  }
  const state = stateOf(index);
  const kept = new Map<string, KeptMeasure>();
  const out: Discrepancy[] = [];
  for (const [measure, list] of byMeasure) {
    if (list.length < 2) continue;
    const known = state.kept.get(measure);
    let result: KeptMeasure;
    if (
      known &&
      known.list.length === list.length &&
      known.list.every((m, i) => sameMention(m, list[i]!)) &&
      known.answers.every((r, k) => related(list[known.asked[2 * k]!]!.doc, list[known.asked[2 * k + 1]!]!.doc) === r)
    ) {
      result = { ...known, list };
    } else {
      result = { list, asked: [], answers: [], groups: [] };
      const asked = result;
      result.groups = measureGroups(measure, list, (i, j) => {
        const r = related(list[i]!.doc, list[j]!.doc);
        asked.asked.push(i, j);
        asked.answers.push(r);
        return r;
      });
    }
    kept.set(measure, result);
    for (const g of result.groups) out.push(discrepancyOf(measure, g.map((i) => list[i]!)));
  }
  state.kept = kept;
  return out;
}

/** The same figure, or one that compares the same (an edited article's, elsewhere in its text). */
function sameMention(a: NumberMention, b: NumberMention): boolean {
  if (a === b) return true;
  return (
    a.doc.path === b.doc.path && a.value === b.value && a.lo === b.lo && a.hi === b.hi && a.decimals === b.decimals &&
    a.measure === b.measure && a.detail === b.detail && sameWords(a.near, b.near) && sameWords(a.words, b.words) &&
    sameWords(a.predicates, b.predicates)
  );
}

function sameWords(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

interface Pair {
  i: number;
  j: number;
  score: number;
}

function measureGroups(measure: string, list: NumberMention[], related: (i: number, j: number) => boolean): number[][] {
  // Candidate pairs through the words of each figure's sentence (each figure meets only figures
  // sharing one; a word in the sentences of many figures of this measure says little).
  const byWord = new Map<number, number[]>();
  list.forEach((m, i) => {
    for (const w of m.words) {
      const l = byWord.get(w);
      if (l) l.push(i);
      else byWord.set(w, [i]);
    }
  });
  const pairs: Pair[] = [];
  const strict = STRICT.has(measure);
  const specific = isSpecific(measure);
  const sharedWith = new Int32Array(list.length);
  const met: number[] = [];
  list.forEach((m, i) => {
    met.length = 0;
    for (const w of m.words) {
      const l = byWord.get(w)!;
      if (l.length > MAX_POSTING) continue;
      for (const j of l) if (j > i && list[j]!.doc !== m.doc && sharedWith[j]!++ === 0) met.push(j);
    }
    for (const j of met) {
      const shared = sharedWith[j]!;
      sharedWith[j] = 0;
      if (shared < (specific ? 1 : 2)) continue;
      const o = list[j]!;
      const score = matchScore(measure, strict, specific, m, o, shared);
      if (score <= 0 || !related(i, j)) continue;
      pairs.push({ i, j, score });
    }
  });
  const bySentence = new Map<string, NumberMention[]>();
  for (const m of list) {
    const k = `${m.doc.id}:${m.sentence}`;
    const l = bySentence.get(k);
    if (l) l.push(m);
    else bySentence.set(k, [m]);
  }
  // Mutual best: each figure's best match in each other article.
  const best = new Map<string, Pair>();
  const keyOf = (i: number, doc: number) => `${i}:${doc}`;
  for (const p of pairs) {
    for (const [a, b] of [[p.i, p.j], [p.j, p.i]] as const) {
      const k = keyOf(a, list[b]!.doc.id);
      const q = best.get(k);
      if (!q || p.score > q.score) best.set(k, p);
    }
  }
  // Figures that disagree make a group (joined through the figures they share); the figures
  // that agree with one of them join it, without joining groups (agreement does not chain facts).
  const parent = list.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const differs = new Set<number>();
  const agreeing: Pair[] = [];
  for (const p of pairs) {
    if (best.get(keyOf(p.i, list[p.j]!.doc.id)) !== p || best.get(keyOf(p.j, list[p.i]!.doc.id)) !== p) continue;
    const a = list[p.i]!;
    const b = list[p.j]!;
    if (!comparable(a, b)) continue;
    if (agree(a, b) || partsOfSum(list, a, b) || partsOfSum(list, b, a) || (!strict && (saysBoth(bySentence, a, b) || saysBoth(bySentence, b, a)))) {
      agreeing.push(p);
      continue;
    }
    parent[find(p.i)] = find(p.j);
    differs.add(p.i);
    differs.add(p.j);
  }
  const groups = new Map<number, Set<number>>();
  for (const i of differs) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.add(i);
    else groups.set(r, new Set([i]));
  }
  for (const p of agreeing) {
    if (!agree(list[p.i]!, list[p.j]!)) continue;
    if (differs.has(p.i) && !differs.has(p.j)) groups.get(find(p.i))!.add(p.j);
    else if (differs.has(p.j) && !differs.has(p.i)) groups.get(find(p.j))!.add(p.i);
  }
  const out: number[][] = [];
  for (const s of groups.values()) {
    const g = [...s];
    // A figure that differs in many ways is many figures, not one fact reported differently.
    if (new Set(g.map((i) => list[i]!.value)).size > 4 || g.length > 12) continue;
    out.push(g.sort((a, b) => a - b));
  }
  return out;
}

/**
 * Are two figures that disagree likely one fact at all? Counts and shares far apart (3 and 65
 * percent) are different things that happen to share words; small counts and different
 * currencies are exempt.
 */
function comparable(a: NumberMention, b: NumberMention): boolean {
  // Ages are of someone: compared only when both name the same person.
  if (a.measure === 'age') return a.detail !== '' && a.detail === b.detail;
  if (a.measure === 'money' && a.detail !== b.detail) return true;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (a.measure === 'money' || Math.max(x, y) <= 10 || a.measure === 'year' || a.measure === 'weekday' || a.measure === 'date' || a.measure === 'time' || a.measure === 'temperature') return true;
  return Math.min(x, y) / Math.max(x, y) >= 0.5;
}

/**
 * Does `a`'s sentence also give `b`'s figure ("14 in the town and 16 across the region" against
 * "16 across the region")? Then the two articles do not disagree, whichever figure was matched.
 */
function saysBoth(bySentence: Map<string, NumberMention[]>, a: NumberMention, b: NumberMention): boolean {
  if (a.sentence < 0) return false;
  for (const m of bySentence.get(`${a.doc.id}:${a.sentence}`)!) if (m !== a && agree(m, b)) return true;
  return false;
}

/** Is `whole` the sum of `part` and the other figures of the same measure in `part`'s sentence? */
function partsOfSum(list: NumberMention[], part: NumberMention, whole: NumberMention): boolean {
  if (part.measure === 'year' || part.measure === 'weekday' || part.measure === 'date' || part.measure === 'time') return false;
  let sum = 0;
  let n = 0;
  for (const m of list) {
    if (m.doc !== part.doc || m.sentence !== part.sentence || m.sentence < 0) continue;
    sum += m.value;
    n++;
  }
  return n > 1 && whole.lo <= sum && sum <= whole.hi;
}

function display(m: NumberMention): string {
  switch (m.measure) {
    case 'weekday':
      return WEEKDAY_NAMES[m.value]!;
    case 'date':
      return `${MONTH_NAMES[Math.floor(m.value / 100)]} ${m.value % 100}`;
    default:
      return m.doc.text.slice(m.doc.tokens.starts[m.t0]!, m.doc.tokens.ends[m.t1 - 1]!).replace(/\s+/g, ' ');
  }
}

function measureLabel(measure: string, group: NumberMention[]): string {
  if (MEASURE_LABELS[measure]) return MEASURE_LABELS[measure]!;
  if (measure.startsWith('ordinal:')) return `which ${measure.slice(8)}`;
  if (measure.startsWith('count:')) return `number of ${measure.slice(6)}s`;
  void group;
  return measure;
}

function discrepancyOf(measure: string, group: NumberMention[]): Discrepancy {
  const members = group.map((m) => member(m.doc, span(m.doc, m.t0, m.t1)));
  // Each figure once: one that agrees with a figure already listed is the same figure.
  const values: string[] = [];
  const listed: NumberMention[] = [];
  for (const m of group) {
    if (listed.some((x) => agree(x, m))) continue;
    listed.push(m);
    values.push(display(m));
  }
  return { label: `${measureLabel(measure, group)}: ${values.join(' · ')}`, kind: 'number', members: dedupe(members) };
}

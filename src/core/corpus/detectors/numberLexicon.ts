/**
 * The number detector's lexicon (general English; no event's words): number words, units, months
 * and weekdays, counted nouns by class, the predicates that say what happened to people counted,
 * hedges and the intervals they stand for, and the verbs of one event read as one stem.
 * Read by numberMentions.ts (reading an article's figures) and numbers.ts (comparing them).
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../common/calendar';
import { inflectionBase, stem as wordStem } from '../../text/inflection';
/** A lookup table without a prototype: any word may be looked up ("constructor" is not a counted noun). */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export { NUMBER_WORDS } from '../../common/numberWords';
export const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
export const MULTIPLIERS: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 });
export const ORDINALS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
});
export const ORDINAL_WORDS = new Set(Object.keys(ORDINALS));
/** Month names and their three-letter abbreviations → month (0 = January), and weekdays (0 = Sunday): common/calendar.ts's names. */
export const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((m, i) => [[m.toLowerCase(), i] as const, [m.slice(0, 3).toLowerCase(), i] as const]));
MONTHS.set('sept', 8);
export const WEEKDAYS = new Map<string, number>(WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i]));
export { MONTH_NAMES, WEEKDAY_NAMES };

/** Capitalised words before a figure that do not make it part of a name ("Up 4", "About 20"). */
export const CAPITALISED_FUNCTION = /^(the|in|on|at|by|about|some|all|only|over|under|for|with|to|and|but|of|from|since|after|before|until|nearly|almost|around|more|than|up|least|top|just|exactly|roughly|approximately|another|every|only)$/i;

/**
 * Words that make a share an opinion poll's result ("68 percent of respondents said"): different
 * outlets cite different polls and questions, so their shares are not one figure told two ways.
 */
export const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys', 'respondents', 'respondent', 'pollster', 'pollsters', 'polled', 'surveyed']);

/** Prepositions before the place a share is of ("65% of traffic to X", "52 percent in X", "55% with X"). */
export const SHARE_PLACE_PREPOSITIONS = new Set(['in', 'to', 'with', 'between', 'from', 'across', 'for']);

/**
 * Words of time beside a day, date or clock time ("late on Saturday", "Friday night", "eight days
 * of riots"): they say when, not what happened, so they are no evidence that two days are of one
 * event.
 */
export const TIME_WORDS = new Set(`day days week weeks month months year years night nights morning mornings afternoon
  evening evenings late early earlier later ago today tonight yesterday tomorrow weekend hour hours minute minutes
  dawn dusk noon midnight midday time`.split(/\s+/));

/** Verbs of reporting: a day right after one dates the report. */
export const REPORTING = /^(said|say|says|told|tell|tells|report|reported|reports|announce|announced|publish|published|confirm|confirmed|stated|added|according|statement|interview)$/;

/**
 * Verbs of a running figure: a day right after the figure they report ("the toll rose to 233
 * Sunday", "has risen to 350 on Monday") is the day of the count, not of the event.
 */
export const RUNNING = /^(rose|risen|rise|rises|rising|climbed|climbs|reached|reaches|jumped|increased|stood|stands|swelled|grew)$/;

/**
 * Words of a change of one figure, before "from" and the figure it changed from ("revised from
 * 475", "up from 10 percent", "lowered to 249 from more than 1,000", "increased from 249 to 296"):
 * the figure after "from" is an earlier stage of the quantity, not the outlet's figure for it.
 */
export const CHANGED_FROM = /^(rose|risen|rise|rises|climbed|jumped|increased|increases|grew|swelled|up|down|revised|raised|lowered|cut|reduced|dropped|drops|fell|fallen|declined|decreased|shrank|changed|updated|corrected)$/;

/**
 * Verbs of a quantity that moved, before "to" and where it went ("descended to 10,000 feet",
 * "climbed to 30,000 feet"): a stage of it, not the figure another outlet gives for another stage.
 */
const CHANGED_TO = new Set(['descend', 'climb', 'ascend', 'drop', 'fall', 'plunge', 'plummet', 'dive', 'dove', 'sink', 'lower', 'raise', 'rise'].map(inflectionBase));
/** Is the word a form of a verb of {@link CHANGED_TO} ("descended", "is falling", "sinks"), by the one stemmer (text/inflection.ts)? */
export function changedTo(w: string): boolean {
  return CHANGED_TO.has(inflectionBase(w));
}

/**
 * Words of a penalty the law sets ("which carries a maximum sentence of 40 years", "punishable by
 * up to 10 years"): the figure is the statute's for one charge or for all, not what happened.
 */
export const STATUTE = new Set(['maximum', 'carries', 'carry', 'punishable']);

/**
 * Words that make a figure a forecast or an expectation, not a fact of the story ("up to five
 * inches of rain is expected", "forecast to reach 90,000 acres"): another stage of the quantity.
 */
export const FORECAST = /^(expected|forecast|forecasts|predicted|projected|anticipated)$/;
/** A warning is of what may come: a figure after it in its clause is a forecast ("warnings of winds of 80 mph"). */
export const WARNING = /^(warning|warnings)$/;

/**
 * Words of a rule's requirement ("a candidate needed more than 50 percent", "the requirement of
 * winning at least 25 per cent of the vote in 24 counties", "the threshold of 50% plus one vote",
 * "one must get"): the figure is a condition, not what happened.
 */
export const REQUIREMENT = /^(need|needs|needed|require|requires|required|requirement|requirements|threshold|must)$/;

/**
 * Verbs of what a thing can hold ("could hold up to 12 people", "equipped to carry 13"): after a
 * modal or "to", the figure is a capacity, not a count of the event.
 */
export const CAPACITY = /^(hold|holds|carry|carries|seat|seats|accommodate|accommodates|take|takes|fit)$/;
export const MODAL = /^(can|could|would|may|might|to|able)$/;

/**
 * A superlative before "since" ("the deadliest crash since Sept. 12, 1991", "the worst quake since
 * 1979"): the date is a benchmark in the record, not a date of the story. Words in -est that are
 * not superlatives are left out.
 */
export function superlative(w: string): boolean {
  if (w === 'first' || w === 'worst' || w === 'best' || w === 'most' || w === 'least') return true;
  return w.length >= 6 && /(?:iest|est)$/.test(w) && !NOT_SUPERLATIVE.has(w);
}
const NOT_SUPERLATIVE = new Set(`protest interest arrest request suggest harvest contest forest modest honest manifest conquest
  invest midwest northwest southwest northeast southeast earnest inquest bequest unrest`.split(/\s+/));

/** A speed's unit after its figure, and each unit in km/h (keys: the unit's words, "per" / "an" dropped). */
export const SPEED = /^[\s-]?(mph|kph|km\/h|kmh|knots|(?:miles|kilometres|kilometers|km) (?:per|an|a) hour)\b/i;
export const SPEED_UNITS: Record<string, number> = {
  mph: 1.609344, kph: 1, 'km h': 1, kmh: 1, knots: 1.852, 'miles hour': 1.609344, 'kilometres hour': 1, 'kilometers hour': 1, 'km hour': 1,
};
/** A figure with a unit or a multiplier written on it: "128mph", "15km", "222m" (metres or millions: read only after a currency sign). */
export const GLUED = /^(\d[\d,]*(?:\.\d+)?)(mph|kph|kmh|km|cm|mm|ft|m|mn|bn|million|billion)$/;
/** The heads of place names and kinds of place (normalised: plural 's' stripped): they say where, not what happened. */
export const PLACE_HEADS = new Set(['district', 'province', 'county', 'region', 'state', 'area', 'city', 'town', 'village', 'suburb', 'neighbourhood', 'neighborhood', 'municipality']);
/** Possessive determiners: "his four years at the club" is a period of someone's. */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** A part of a period before its year ("since early 2019", "since mid 2015"). */
export const PERIOD_PART = new Set(['early', 'late', 'mid', 'middle']);

/** Units of length, in metres. */
export const LENGTH: Record<string, number> = table({
  km: 1000, kilometre: 1000, kilometer: 1000, kms: 1000, mile: 1609.344, mi: 1609.344, metre: 1, meter: 1,
  foot: 0.3048, feet: 0.3048, ft: 0.3048, yard: 0.9144, inch: 0.0254, cm: 0.01, mm: 0.001, centimetre: 0.01, centimeter: 0.01,
});
export const NAUTICAL_MILE = 1852;
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Units of time, in hours. Days and weeks are left out: "five days of riots", "four days ago" count from the day of publication. */
export const DURATION: Record<string, number> = table({ second: 1 / 3600, minute: 1 / 60, hour: 1, month: 730, year: 8766, decade: 87660 });
export const CURRENCY_WORDS: Record<string, string> = table({
  euro: '€', dollar: '$', pound: '£', yen: '¥', rupee: 'Rs', yuan: '¥', sterling: '£', franc: 'fr', ruble: 'rub', rouble: 'rub',
});
export const ZONES = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'cet', 'cst', 'ist', 'bst', 'local']);

/** Vague quantity words: no figure to compare. */
// (Figures are only read from digits and number words, so "several", "dozens", "hundreds" never become one.)

/**
 * Counted nouns of one class (normalised as the index normalises words: plural 's' stripped).
 * People are split further by the predicate beside them (below).
 */
export const NOUN_CLASSES: Record<string, string> = table({});
function classOf(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) NOUN_CLASSES[w] = cls;
}
classOf('people', `people person individual civilian resident citizen protester demonstrator rioter youth student worker
  employee passenger victim adult child children men women man woman soldier officer policeman police firefighter crew
  crewman crewmen member suspect migrant refugee casualty casualtie body bodie tourist voter fan prisoner hostage pilgrim
  miner patient villager inhabitant militant fighter troop teenager boy girl customer guest male female pilot driver
  staffer schoolchildren schoolchild pupil schoolboy schoolgirl hiker climber mountaineer trekker visitor spectator pedestrian
  commuter motorist cyclist worshipper evacuee survivor occupant inmate detainee fisherman fishermen sailor seafarer labourer
  laborer farmer rescuer national`);
classOf('spouse', 'wife wive husband spouse');

classOf('observer', 'observer monitor inspector expert');
classOf('vessel', 'boat ship vessel speedboat dhow craft trawler yacht tanker ferry warship frigate skiff');
classOf('weapon', 'rifle gun weapon firearm pistol handgun shotgun');
classOf('line', 'cable line wire circuit link pipeline');
classOf('shop', 'shop store business shopfront storefront');
// A home is a kind of building: "19,000 buildings" and "14,000 homes" of one fire are two measures.
classOf('building', 'building office');
classOf('home', 'house home apartment residence dwelling');
classOf('vehicle', 'car vehicle truck bus van lorry');
classOf('aircraft', 'plane aircraft jet helicopter airplane airliner drone');
classOf('town', 'city town village');
classOf('country', 'country nation state');
// The cases of a disease are people infected ("3,000 cases" / "2,000 people have been infected").
classOf('people:infected', 'case');

/**
 * People counted by their age, a part of a toll that others give whole ("12 people, including
 * five children"; "six children" / "eight people"): the part's name. Index terms (plural "s" off).
 * Not men and women: "two men were killed" is most often the whole toll.
 */
export const PEOPLE_PARTS = new Map<string, string>([
  ...['child', 'children', 'kid', 'infant', 'baby', 'babie', 'toddler', 'minor', 'teenager', 'boy', 'girl', 'schoolchild', 'schoolchildren', 'pupil', 'schoolboy', 'schoolgirl'].map(
    (w) => [w, 'children'] as const,
  ),
  ['adult', 'adults'],
]);

/**
 * Words after a length that say it is a position against something, not the size of a thing
 * ("ash 500 metres into the air", "1,600 feet above the summit", "40 metres below ground"); a size
 * ("16 ft high", "200 metres deep") is the thing's own and is compared with a length said bare.
 */
export const LENGTH_OF: Record<string, string> = table({
  into: 'above', above: 'above', over: 'above', up: 'above',
  below: 'below', beneath: 'below', underground: 'below', down: 'below',
});

/** Words that may stand between a figure and its counted noun or predicate ("20 more bodies", "2,527 were injured"). */
export const BEFORE_NOUN = new Set(['more', 'further', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be']);

/** Words that open a clause of their own after a comma ("…, while 1.2 million were without power"). */
export const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'although', 'though']);

/** Nouns of a group whose size follows "of" ("a group of 20 climbers", "a party of six"). */
export const GROUP_NOUNS = new Set(['group', 'party', 'team', 'band', 'batch', 'contingent', 'delegation']);

/** Who carried out an attack: a count "including the gunman" may or may not count them (another outlet's does not). */
export const PERPETRATORS = new Set(['gunman', 'shooter', 'attacker', 'assailant', 'bomber', 'perpetrator', 'hijacker', 'killer']);

/** How badly people were hurt: those "seriously injured" or with "minor injuries" are a part of the injured. */
export const SEVERITY = /^(seriously|critically|severely|grievously|gravely|badly|slightly|minor|serious|critical|severe|grievous|life-threatening)$/;

/** Predicates that say what happened to people counted, by stem (see {@link stem}). */
export const PREDICATES: Record<string, string> = table({});
function predicate(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) PREDICATES[w] = cls;
}
predicate('killed', 'kill dead death die died dy fatal fatality toll slain murder drown');
predicate('injured', 'injur injury wound hurt');
// Those in hospital are some of the injured, a count of its own ("Fifteen people are in hospital").
predicate('hospitalised', 'hospital hospitalised hospitalized hospitalis hospitaliz');
predicate('arrested', 'arrest detain custody apprehend jail imprison');
predicate('married', 'marry marri married wed wive wife spous polygamy');
predicate('living', 'live popul inhabit');
predicate('missing', 'missing vanish unaccounted');
predicate('rescued', 'rescu');
predicate('evacuated', 'evacuat');
predicate('infected', 'infect infection');
predicate('identified', 'identifi identify');
// Buried or trapped by a collapse, a landslide, an avalanche: still alive or not, a count of its own.
predicate('buried', 'bury buried trap trapped');
/** Verbs of one event (the stem says which), read as one word when statements are compared. */
const SAME_EVENT: Record<string, string> = table({});
for (const group of [
  'eject oust expel excommunicat remov dismiss',
  'seiz recover confiscat captur',
  'sink sank sunk',
  'cut sever snap damag destroy',
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
export const MEASURE_LABELS: Record<string, string> = table({
  'people:killed': 'people killed', 'people:injured': 'people injured', 'people:arrested': 'people arrested or detained',
  'people:married': 'wives / women married', 'people:living': 'people living there', 'people:missing': 'people missing',
  'people:evacuated': 'people evacuated', 'people:rescued': 'people rescued', 'people:infected': 'cases / people infected', 'people:identified': 'people identified', 'people:hospitalised': 'people in hospital', 'people:buried': 'people buried or trapped', spouse: 'wives / women married', people: 'people', vessel: 'boats / vessels',
  weapon: 'weapons', line: 'cables / lines', shop: 'shops', building: 'buildings', home: 'homes', vehicle: 'vehicles',
  aircraft: 'aircraft', observer: 'observers / monitors', town: 'towns', country: 'countries', percent: 'percentage', money: 'sum of money', year: 'year',
  weekday: 'day of the week', date: 'date', time: 'time of day', temperature: 'temperature', distance: 'distance', speed: 'speed',
  duration: 'duration', elapsed: 'time elapsed', age: 'age', magnitude: 'magnitude',
});

/**
 * A word's stem for comparing two statements (text/inflection.ts: deploy / deployed / deployment),
 * with the verbs of one event read as one word (SAME_EVENT).
 */
export function stem(w: string): string {
  const s = wordStem(w);
  return SAME_EVENT[s] ?? s;
}

export const HEDGE = /(?:^|[\s(])(about|approximately|approx\.?|around|roughly|some|an estimated|estimated|nearly|almost|close to|more than|over|at least|upwards of|in excess of|up to|as many as|fewer than|less than|under|just over|just under|only|exactly|circa|c\.)\s+(?:an?\s+)?[$€£¥]?$/i;

/** The last words of the hedges (a cheap test before the expression). */
export const HEDGE_LAST = new Set(['about', 'approximately', 'approx', 'around', 'roughly', 'some', 'estimated', 'nearly', 'almost', 'to', 'than', 'over', 'least', 'of', 'many', 'as', 'under', 'only', 'exactly', 'circa', 'c']);

/** The interval a hedged figure stands for. */
export function hedged(hedge: string, lo: number, hi: number, measure: string): [number, number, boolean] {
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


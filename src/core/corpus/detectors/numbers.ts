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
import { finish, type Steps } from '../../common/budget';
import { dedupe, DOCS_PER_STEP, member, type Related } from './shared';
import type { PassageIndex } from '../passages';
import { span } from '../variants';
import { MEASURE_LABELS, MONTH_NAMES, WEEKDAY_NAMES } from './numberLexicon';
import { mentionsOf, stateOf, WHEN_BEFORE, WHEN_STAGE, type EventSignature, type FolderFigures, type KeptMeasure, type NumberMention } from './numberMentions';
import { baseOf } from './numberContext';
import { storyRelated } from './story';

export { stem } from './numberLexicon';
export { mentionsOf, type NumberMention, type NumberState } from './numberMentions';

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
  // A round thousand figure is rounded too ("14,000 homes" / "13,972 residences"): compared at
  // its last figure written, when it has two or more ("1,000" / "1,400" is not one figure rounded).
  if (a.lo === a.hi && b.lo === b.hi) {
    const place = Math.max(roundPlace(a.value), roundPlace(b.value));
    if (place && Math.round(a.value / place) === Math.round(b.value / place)) return true;
  }
  return false;
}

/** The place a whole figure of two or more significant figures is rounded to, when it ends in three zeros or more ("14,000": 1,000; "1,000" and "13,972": 0). */
function roundPlace(v: number): number {
  if (!Number.isInteger(v) || v < 10000) return 0;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place >= 1000 && v / place >= 10 ? place : 0;
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
  // Two figures of an earlier time than the story's (a background incident: "In January, five
  // cables were cut" / "only two lines were snapped then"): the time is a slot they share, so a
  // word beside the figure and one more in the sentence are enough.
  if (a.when === WHEN_BEFORE && b.when === WHEN_BEFORE && near >= 1 && shared >= 2) return near + shared + 10 * overlap;
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
const STRICT = new Set(['year', 'weekday', 'date', 'time', 'age', 'people', 'elapsed']);

/** Figures in one bucket above this many are a common measure in a large folder: compared through their rarer words only. */
const MAX_POSTING = 25;

export function numberDiscrepancies(index: PassageIndex, related: Related = () => true): Discrepancy[] {
  return finish(numberDiscrepancySteps(index, related));
}

/** Figures of one measure compared between two checkpoints of `measureGroupSteps`. */
const FIGURES_PER_STEP = 64;

/** `numberDiscrepancies` with checkpoints every few articles and measures (common/budget.ts, `Steps`): a fifth of a second at 2,000 articles on a busy machine. */
export function* numberDiscrepancySteps(index: PassageIndex, related: Related = () => true): Steps<Discrepancy[]> {
  related = storyRelated(index, related);
  const byMeasure = new Map<string, NumberMention[]>();
  let n = 0;
  const figures: FolderFigures = { bySentence: new Map(), signatures: new Map() };
  for (const doc of index.allDocs()) {
    if (++n % DOCS_PER_STEP === 0) yield;
    for (const m of mentionsOf(index, doc)) {
      const list = byMeasure.get(m.measure);
      if (list) list.push(m);
      else byMeasure.set(m.measure, [m]);
      if (m.sentence >= 0) {
        const k = sentenceKey(m);
        const l = figures.bySentence.get(k);
        if (l) l.push(m);
        else figures.bySentence.set(k, [m]);
      }
      if (m.measure === 'year' || m.measure === 'magnitude') {
        let sig = figures.signatures.get(doc.id);
        if (!sig) figures.signatures.set(doc.id, (sig = { years: new Set(), magnitudes: [], key: '' }));
        if (m.measure === 'year') sig.years.add(m.value);
        else sig.magnitudes.push(m.value);
        sig.key += `${m.measure}=${m.value};`;
      }
    }
  }
  const state = stateOf(index);
  const kept = new Map<string, KeptMeasure>();
  const out: Discrepancy[] = [];
  for (const [measure, list] of byMeasure) {
    if (list.length < 2) continue;
    if (++n % DOCS_PER_STEP === 0) yield;
    const known = state.kept.get(measure);
    let result: KeptMeasure;
    if (
      known &&
      known.list.length === list.length &&
      known.list.every((m, i) => sameMention(m, list[i]!) && (m === list[i] || contextOf(m, known.figures) === contextOf(list[i]!, figures))) &&
      known.answers.every((r, k) => related(list[known.asked[2 * k]!]!.doc, list[known.asked[2 * k + 1]!]!.doc) === r)
    ) {
      result = { ...known, list, figures };
    } else {
      result = { list, asked: [], answers: [], groups: [], figures };
      const asked = result;
      result.groups = yield* measureGroupSteps(measure, list, figures, (i, j) => {
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
    sameWords(a.predicates, b.predicates) && a.reported === b.reported && a.running === b.running
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

/**
 * What a figure's comparison depends on beyond its own reading: the other figures of its sentence
 * and its article's event signatures. The groups keep the tables they were found with: an edited
 * article's figure whose context changed is compared again.
 */
function contextOf(m: NumberMention, figures: FolderFigures): string {
  let out = '';
  if (m.sentence >= 0) for (const x of figures.bySentence.get(sentenceKey(m))!) if (x !== m) out += `${x.measure}=${x.value};`;
  return out + '#' + (figures.signatures.get(m.doc.id)?.key ?? '');
}

/** (With checkpoints every few figures: a measure of a large folder asks `related` of thousands of pairs.) */
function* measureGroupSteps(measure: string, list: NumberMention[], figures: FolderFigures, related: (i: number, j: number) => boolean): Steps<number[][]> {
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
  // Shares of a list by place ("55% in X, 52% in Y and 82% in Z"): each is of its place, compared
  // only with a share of that place.
  const listed = new Uint8Array(list.length);
  if (measure === 'percent') {
    const detailOf = new Map<number, string>();
    list.forEach((m) => {
      if (!m.detail || m.sentence < 0) return;
      const k = sentenceKey(m);
      const d = detailOf.get(k);
      if (d === undefined) detailOf.set(k, m.detail);
      else if (d !== m.detail) detailOf.set(k, '\u0000');
    });
    list.forEach((m, i) => {
      if (m.sentence >= 0 && detailOf.get(sentenceKey(m)) === '\u0000') listed[i] = 1;
    });
  }
  const pairs: Pair[] = [];
  const strict = STRICT.has(baseOf(measure));
  const scratch = { sharedWith: new Int32Array(list.length), met: [] as number[] };
  for (let i = 0; i < list.length; i++) {
    if (i % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
    candidatePairs(measure, list, i, byWord, listed, figures, related, scratch, pairs);
  }
  return groupsOf(list, pairs, strict);
}

/**
 * The candidate pairs of figure i with the later figures of other articles sharing words of its
 * sentence (`byWord`), scored, added to `pairs`. (Apart from `measureGroupSteps`' loop, like
 * `groupsOf`, so that V8 optimises each with its own feedback.)
 */
function candidatePairs(measure: string, list: NumberMention[], i: number, byWord: Map<number, number[]>, listed: Uint8Array, figures: FolderFigures, related: (i: number, j: number) => boolean, scratch: { sharedWith: Int32Array; met: number[] }, pairs: Pair[]): void {
  const { sharedWith, met } = scratch;
  const strict = STRICT.has(baseOf(measure));
  const specific = isSpecific(measure);
  const m = list[i]!;
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
    if (o.when !== m.when || m.when === WHEN_STAGE) continue;
    // (The cheap tests first: the score turns most pairs away; what other figures of the two
    // sentences say, and whether the articles are one story, are asked of the few left.)
    const score = matchScore(measure, strict, specific, m, o, shared);
    if (score <= 0) continue;
    if (measure === 'percent' && !samePlaces(m, o, listed[i] === 1, listed[j] === 1)) continue;
    if (otherEvents(m, o, figures) || !related(i, j)) continue;
    pairs.push({ i, j, score });
  }
}

/** The groups of figures that disagree, from the scored candidate pairs (mutual best matches). */
function groupsOf(list: NumberMention[], pairs: readonly Pair[], strict: boolean): number[][] {
  const bySentence = new Map<number, NumberMention[]>();
  for (const m of list) {
    const k = sentenceKey(m);
    const l = bySentence.get(k);
    if (l) l.push(m);
    else bySentence.set(k, [m]);
  }
  // Mutual best: each figure's best match in each other article.
  const best = new Map<number, Pair>();
  // (Numbers, not strings: this runs for every candidate pair.)
  const keyOf = (i: number, doc: number) => i * 2 ** 26 + doc;
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
    if (agree(a, b) || partsOfSum(list, a, b) || partsOfSum(list, b, a) || (!strict && (saysBoth(bySentence, a, b) || saysBoth(bySentence, b, a))) || spanOfDays(bySentence, a, b) || spanOfDays(bySentence, b, a)) {
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
    // A figure that differs in many ways is many figures, not one fact reported differently
    // (figures that agree, "370" / "at least 370" / "nearly 400", are one way).
    // (A running count told at several times is one count's stages: see runningSeries.)
    const members = g.map((i) => list[i]!);
    if (runningSeries(members) ? g.length > 24 : distinctFigures(members).length > 4 || g.length > 12) continue;
    out.push(g.sort((a, b) => a - b));
  }
  return out;
}

/** Measures of when: the slot that tells events apart, not a figure of one. */
const CALENDAR = new Set(['year', 'weekday', 'date', 'time']);

/**
 * Are two figures' sentences about different events, whatever words they share? They name
 * different years ("a quake in 1970 killed …" / "… the 2012 quake, which killed …"), or they give
 * another figure of one measure far apart ("a 7.7-magnitude quake killed 15,000" / "a 5.7
 * magnitude quake … killing 80"): background incidents of one kind, not one fact told two ways.
 * Then neither their years nor their other figures are compared.
 */
function otherEvents(a: NumberMention, b: NumberMention, figures: FolderFigures): boolean {
  if (a.sentence < 0 || b.sentence < 0) return false;
  const mine = figures.bySentence.get(sentenceKey(a))!;
  const theirs = figures.bySentence.get(sentenceKey(b))!;
  if (mine.length === 1 && theirs.length === 1) return false;
  let myYears = 0;
  let theirYears = 0;
  let sameYear = false;
  let apart = false;
  for (const x of mine) {
    if (x === a) continue;
    if (x.measure === 'year') myYears++;
    for (const y of theirs) {
      if (y === b || y.measure !== x.measure) continue;
      if (x.measure === 'year') sameYear ||= x.value === y.value;
      else if (!CALENDAR.has(x.measure) && !comparable(x, y)) apart = true;
    }
  }
  if (apart) return true;
  if (a.measure !== 'year' && myYears) {
    for (const y of theirs) if (y !== b && y.measure === 'year') theirYears++;
    if (theirYears > 0 && !sameYear) return true;
  }
  return unknownEvent(a, mine, figures.signatures.get(b.doc.id)) || unknownEvent(b, theirs, figures.signatures.get(a.doc.id));
}

/** Magnitudes further apart than this are of different quakes (see {@link comparable}). */
const MAGNITUDE_SPREAD = 0.5;

/**
 * Does `a`'s sentence (its figures: `sentence`) name an event the other article (its event
 * signatures: `theirs`) never speaks of: a magnitude or a year that no
 * figure of that article has ("… that of a 5.7 magnitude earthquake that occurred in 2012, killing
 * 80" against an article whose only quake is of magnitude 6.5)? Then `a` is of that other event.
 */
function unknownEvent(a: NumberMention, sentence: readonly NumberMention[], theirs: EventSignature | undefined): boolean {
  for (const x of sentence) {
    if (x === a || x.measure === a.measure) continue;
    if (x.measure === 'year' && !theirs?.years.has(x.value)) return true;
    if (x.measure === 'magnitude' && !theirs?.magnitudes.some((v) => Math.abs(v - x.value) <= MAGNITUDE_SPREAD)) return true;
  }
  return false;
}

/** A figure's sentence as one number (its article's id and the sentence's index; -1 outside every sentence). */
function sentenceKey(m: NumberMention): number {
  return m.doc.id * 0x100000 + (m.sentence + 1);
}

/**
 * May two shares be of one thing by their places: a place in common, or no place said by one of
 * them when the other is not one of a list by place.
 */
function samePlaces(a: NumberMention, b: NumberMention, aListed: boolean, bListed: boolean): boolean {
  if (a.detail && b.detail) {
    const theirs = b.detail.split('|');
    return a.detail.split('|').some((p) => theirs.includes(p));
  }
  return !(a.detail ? aListed : bListed) || (!a.detail && !b.detail);
}

/**
 * Are two figures that disagree likely one fact at all? Counts and shares far apart (3 and 65
 * percent) are different things that happen to share words; small counts and different
 * currencies are exempt.
 */
/** How far apart (the smaller over the larger) two estimates of people not yet found may be and still be one fact. */
const PEOPLE_SPREAD = 0.3;
/** Measures of people not yet found, only ever estimated (see {@link comparable}). */
const UNCOUNTED = new Set(['people:buried', 'people:missing']);

function comparable(a: NumberMention, b: NumberMention): boolean {
  // Ages are of someone: compared only when both name the same person.
  if (a.measure === 'age') return a.detail !== '' && a.detail === b.detail;
  if (a.measure === 'money' && a.detail !== b.detail) return true;
  // Magnitudes more than half a point apart are different quakes (a main shock, its aftershocks,
  // an earlier quake); agencies' readings of one quake differ by less.
  if (a.measure === 'magnitude') return Math.abs(a.value - b.value) <= MAGNITUDE_SPREAD;
  // A distance to a place ("100 miles north of X") and a length or a separation ("about 140 miles
  // away", "10 metres long") are two measures.
  if (a.measure === 'distance' && (a.detail === '') !== (b.detail === '')) return false;
  // Someone's period ("his four years at the club") and a term ("a five-year deal") are two measures.
  if ((a.measure === 'duration' || a.measure === 'elapsed') && a.detail !== b.detail) return false;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (Math.max(x, y) <= 10 || a.measure === 'year' || a.measure === 'weekday' || a.measure === 'date' || a.measure === 'time' || a.measure === 'temperature') return true;
  // Figures more than twice apart are two things: for sums of one currency as for counts ("$11
  // billion" of another case against "$150 million"; "£10bn" of a deal against "£36m" of its fees).
  // (An outlet far off on one sum, "$600 million" / "$150 million", is missed with them.)
  // People nobody can count until they are found (buried, missing) are estimates: one fact
  // further apart ("670 people buried" / "more than 2,000 people"). (Not the dead: a running toll
  // more than doubles between its stages, each a fact of its own time.)
  if (stagesOfOneCount(a, b)) return true;
  return Math.min(x, y) / Math.max(x, y) >= (UNCOUNTED.has(a.measure) ? PEOPLE_SPREAD : 0.5);
}

/**
 * Counts of people that run while an event unfolds: those that only grow (the dead, the hurt, the
 * infected, those held or moved), and the missing, whose count moves either way as people are
 * found or reported.
 */
const RUNNING_COUNTS = new Set(['people:killed', 'people:injured', 'people:infected', 'people:arrested', 'people:evacuated', 'people:missing']);

/**
 * Are two figures of a running count two stages of it, however far apart (4 dead on the first
 * day, 79 two weeks later; "rose to 11" / "has climbed to 23")? Their articles were published on
 * different days and the later gives the larger figure (any, for the missing), or (no day
 * said) both state their figure as a running count's stage ("rose to", "so far": numberTime.ts).
 * Each outlet is right for its time: the group is shown with each outlet's day (see
 * {@link discrepancyOf}), never as a contradiction.
 */
function stagesOfOneCount(a: NumberMention, b: NumberMention): boolean {
  const base = baseOf(a.measure);
  if (!RUNNING_COUNTS.has(base)) return false;
  // (The missing are found, or reported, day by day: their count moves either way.)
  if (a.reported >= 0 && b.reported >= 0 && a.reported !== b.reported) return base === 'people:missing' || (a.value - b.value) * (a.reported - b.reported) > 0;
  // (Undated, within a factor four: a verb of a running count may be another figure's in its
  // sentence, "the toll stands at 246 people, with more than 2,500 injured".)
  return a.running && b.running && Math.min(Math.abs(a.value), Math.abs(b.value)) >= RUNNING_SPREAD * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** How far apart (the smaller over the larger) two undated stages of one running count may be. */
const RUNNING_SPREAD = 0.25;

/**
 * Is a group of figures one running count told at several times: a running count, the figures
 * of dated articles growing with their day (but the missing's), and half its figures or more either dated by
 * their article or stated as a running count's stage ("rose to", "so far")? Then its many figures
 * are the count's stages, not many things (see {@link groupsOf}).
 */
function runningSeries(group: readonly NumberMention[]): boolean {
  if (!RUNNING_COUNTS.has(baseOf(group[0]!.measure))) return false;
  const days = new Set<number>();
  let marked = 0;
  for (const m of group) {
    if (m.reported >= 0 || m.running) marked++;
    if (m.reported < 0) continue;
    days.add(m.reported);
    if (baseOf(group[0]!.measure) !== 'people:missing') for (const o of group) if (o.reported > m.reported && o.hi < m.lo) return false;
  }
  return 2 * marked >= group.length && (days.size >= 2 || marked >= 2);
}

/**
 * Does `a`'s sentence also give `b`'s figure ("14 in the town and 16 across the region" against
 * "16 across the region")? Then the two articles do not disagree, whichever figure was matched.
 */
function saysBoth(bySentence: Map<number, NumberMention[]>, a: NumberMention, b: NumberMention): boolean {
  if (a.sentence < 0) return false;
  const theirs = b.sentence >= 0 ? bySentence.get(sentenceKey(b))! : [b];
  for (const m of bySentence.get(sentenceKey(a))!) {
    if (m === a || !agree(m, b)) continue;
    // One to one: when `b`'s sentence gives `m`'s figure too, `m` is that one's counterpart, and
    // `a` still disagrees with `b` ("rejected by 94.6 percent and backed a strike by 96 percent"
    // / "96% rejected the offer and 96% backed a strike").
    if (theirs.some((x) => x !== b && agree(x, m))) continue;
    return true;
  }
  return false;
}

/**
 * Is `a` one end of a span of days or times that holds `b`'s ("late Saturday and early Sunday",
 * "from Monday to Wednesday": the two a few words apart in one sentence)? Then the outlets do not
 * disagree: one gives the span, the other a day of it.
 */
function spanOfDays(bySentence: Map<number, NumberMention[]>, a: NumberMention, b: NumberMention): boolean {
  if (a.sentence < 0 || (a.measure !== 'weekday' && a.measure !== 'time')) return false;
  for (const m of bySentence.get(sentenceKey(a))!) {
    if (m === a || !agree(m, b)) continue;
    if (Math.max(m.n0, a.n0) - Math.min(m.n1, a.n1) <= 3) return true;
  }
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
  const base = baseOf(measure);
  if (base !== measure) return `${measureLabel(base, group)} (${measure.slice(base.length + 1)})`;
  if (MEASURE_LABELS[measure]) return MEASURE_LABELS[measure]!;
  if (measure.startsWith('ordinal:')) return `which ${measure.slice(8)}`;
  if (measure.startsWith('count:')) return `number of ${measure.slice(6)}s`;
  void group;
  return measure;
}

/** Each figure of a group once: one that agrees with a figure already listed is the same figure. */
function distinctFigures(group: readonly NumberMention[]): NumberMention[] {
  const listed: NumberMention[] = [];
  // The most exact figures first: a hedged one ("up to 128 mph") agrees with figures that disagree
  // with each other ("207 km/h", "180 km/h"), and would stand for them all.
  // (Shown in the group's order.)
  const exactFirst = [...group].sort((a, b) => a.hi - a.lo - (b.hi - b.lo));
  for (const m of exactFirst) if (!listed.some((x) => agree(x, m))) listed.push(m);
  return group.filter((m) => listed.includes(m));
}

function discrepancyOf(measure: string, group: NumberMention[]): Discrepancy {
  const members = group.map((m) => member(m.doc, span(m.doc, m.t0, m.t1)));
  const shown = distinctFigures(group);
  // A count told at several times: its figures in the order of their days, each with its day
  // ("people killed, by day reported: 4 (Jun 25) · 11 (Jun 28) · 79 (Jul 9)").
  // (A figure shown for several outlets' is of the earliest day one of them gave it.)
  const dated = shown.map((m) => ({ m, day: firstDay(group, m) }));
  if (new Set(dated.filter((d) => d.day >= 0).map((d) => d.day)).size >= 2 && runningSeries(group)) {
    dated.sort((a, b) => (a.day < 0 ? 1 : 0) - (b.day < 0 ? 1 : 0) || a.day - b.day || a.m.value - b.m.value);
    const values = dated.map(({ m, day }) => (day >= 0 ? `${display(m)} (${dayLabel(day)})` : display(m)));
    return { label: `${measureLabel(measure, group)}, by day reported: ${values.join(' · ')}`, kind: 'number', members: dedupe(members) };
  }
  const values = shown.map(display);
  return { label: `${measureLabel(measure, group)}: ${values.join(' · ')}`, kind: 'number', members: dedupe(members) };
}

/** The earliest day an article of the group gave the figure `m` gives (-1: none dated). */
function firstDay(group: readonly NumberMention[], m: NumberMention): number {
  let day = -1;
  for (const o of group) if (o.reported >= 0 && o.value === m.value && (day < 0 || o.reported < day)) day = o.reported;
  return day;
}

/** A day (days since 1970-01-01) as "Jun 25". */
function dayLabel(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCDate()}`;
}

/**
 * Claims by slot conflict: two statements that report the same thing (aligned across articles:
 * statements.ts) but fill one role with incompatible things.
 *
 * Roles and what makes their fillers incompatible (never merely different: one outlet being more
 * specific, or saying it in other words, is not a conflict):
 * - direction from one place ("150 miles east of X" / "west of X"): opposite compass directions;
 * - side of one thing ("exploded inside the station" / "outside it"): antonym pairs;
 * - place after a locative ("cut off X" / "off Y", "died at home" / "in hospital"): two named
 *   places, or two kinds of place, neither of which the other statement mentions at all;
 * - when, for the same verb between the same names ("A replaced B" / "A will replace B"): done
 *   against to be done;
 * - negation, for the same verb between the same words ("the alarm sounded" / "did not sound");
 * - agent of a passive ("was approved by X" / "by Y"), and cause of a death ("of X" / "from Y");
 * - the make-up of a group of one size by nationality or other proper adjective ("12 A and 11 B" /
 *   "23 A pirates");
 * - intent of an act ("deliberately took aim" / "killed by an accidental ricochet"): deliberate
 *   against accidental, unless negated;
 * - what a name means, glossed after ", or" ("X, or father of all the Y" / "X, or leader of all the
 *   Y"): two glosses of one name (or of two spellings of it) that share a word but not all;
 * - the nationality of what a named subject's act was done to ("Korvin sank a Thai trawler" / "Korvin
 *   sank a Malagasy fishing vessel"): two nationalities for the same verb after the same names.
 *
 * This file reads the slots a statement fills (claimEventSlots.ts those of an event's telling: aim,
 * conditions, leaving; claimWords.ts the words they share); claimConflicts.ts compares them. Statements whose
 * times differ (another month, year or weekday named in one) are not compared. Slots that carry
 * their own anchor (a distance and direction from a named place; a verb between the same two names)
 * are compared across the whole of two articles of one story, the others only between aligned
 * statements.
 */
import type { EntityMention } from '../../common/types';
import { punctuationBetween } from './shared';
import { CALENDAR, nationalityOf } from '../../entities/gazetteer';
import type { DocEntry, PassageIndex } from '../passages';
import { stem } from './numberLexicon';
import { EVENT_TRIGGERS, eventSlots } from './claimEventSlots';
import { inflectionBase } from '../../text/inflection';
import { capitalised, negatedBefore, NEGATION, word } from './claimWords';
import type { Statement } from '../statements';

/** What fills a role in one statement. */
export interface Slot {
  /** The role, as compared: same role in two statements, comparable fillers. */
  role: string;
  /** The role for an analyst ("position relative to Aden"). */
  label: string;
  kind: SlotKind;
  /** The filler, normalised for comparing. */
  value: string;
  /** Token range of the phrase (shown as the member). */
  t0: number;
  t1: number;
  /**
   * For a verb's slots, the words around the verb in its clause (term ids): the names before and
   * after it (tense), or every content word before and after it (negation); empty otherwise.
   */
  left: number[];
  right: number[];
}

export type SlotKind = 'direction' | 'side' | 'place' | 'tense' | 'negation' | 'agent' | 'cause' | 'group' | 'intent' | 'gloss' | 'origin' | 'aim' | 'condition' | 'left' | 'extent';

const COMPASS = new Map<string, [number, number]>(Object.entries({
  north: [0, 1], south: [0, -1], east: [1, 0], west: [-1, 0],
  northeast: [1, 1], northwest: [-1, 1], southeast: [1, -1], southwest: [-1, -1],
  northern: [0, 1], southern: [0, -1], eastern: [1, 0], western: [-1, 0],
}) as [string, [number, number]][]);
/** Pairs of opposite sides: one thing cannot be at both (as normalised terms: "upstairs" is "upstair"). */
const SIDES = new Map<string, string>(Object.entries({
  inside: 'in/out', outside: 'in/out', indoor: 'in/out', outdoor: 'in/out',
  above: 'up/down', below: 'up/down', upstair: 'up/down', downstair: 'up/down',
  upstream: 'stream', downstream: 'stream', ahead: 'front/back', behind: 'front/back',
}));
/**
 * Words that say an act was meant, or was not (as normalised terms). A ricochet is a shot that hit
 * what it was not aimed at.
 */
const INTENT = new Map<string, string>([
  ...['deliberate', 'deliberately', 'intentional', 'intentionally', 'purposely', 'purposefully', 'premeditated', 'wilfully', 'willfully'].map((w) => [w, 'deliberate'] as const),
  ...['accidental', 'accidentally', 'unintentional', 'unintentionally', 'inadvertent', 'inadvertently', 'ricochet', 'ricocheted', 'ricocheting'].map((w) => [w, 'accidental'] as const),
]);
/** Words a gloss may hold at most ("father of all Ostlanders"), and a name glossed is not one of these. */
const MAX_GLOSS_WORDS = 6;
/** Prepositions that place something at a point (not "in", which nests: in Athens, in Greece). */
const LOCATIVE = new Set(['off', 'near', 'at', 'outside', 'inside']);
/** Prepositions before a kind of place only ("in hospital"). */
const LOCATIVE_KIND = new Set(['in', 'at', 'near', 'outside', 'inside', 'off']);
/** Kinds of place a thing is at (common nouns): two of them for one statement conflict. */
const PLACE_KINDS = new Set([
  'home', 'hospital', 'house', 'apartment', 'flat', 'office', 'school', 'church', 'mosque', 'station', 'airport', 'hotel',
  'prison', 'jail', 'court', 'scene', 'sea', 'shore', 'port', 'harbour', 'harbor', 'border', 'embassy', 'camp', 'market', 'stadium', 'university',
]);
/** Words between a locative and its place that are part of the phrase ("off the coast of X"). */
const PLACE_LEAD = new Set(['the', 'a', 'his', 'her', 'their', 'its', 'coast', 'shore', 'shores', 'port', 'city', 'town', 'village', 'island', 'of', 'just', 'cable', 'capital']);
const FUTURE = new Set(['will', 'shall', "'ll"]);
const PERFECT = new Set(['has', 'have', 'had']);
const ADVERB = /^(?:eventually|soon|also|later|then|now|already|finally|probably|likely|officially|formally|effectively|\w+ly)$/;
/** Verbs whose negation is about knowledge or speech, not the event ("did not say", "could not confirm"). */
const NOT_EVENT = /^(?:say|said|says|tell|told|know|knew|known|think|thought|believe|believed|confirm|confirmed|comment|commented|disclose|disclosed|reveal|revealed|identify|identified|respond|responded|return|returned|expect|expected|want|wanted|seem|seemed|appear|appeared|release|released|immediately|be|been|is|was|were|are|have|has|had|do|did|does|get|got|go|went|give|gave|make|made)$/;
const HEDGE = /^(?:yet|still|only|immediately|just|necessarily|always|clear|sure|whether|if)$/;


/** The names (capitalised content words, not the sentence's first) in [a, b) of a statement, as terms. */
function names(index: PassageIndex, doc: DocEntry, a: number, b: number, s0: number): Set<number> {
  const out = new Set<number>();
  for (let i = a; i < b; i++) if (capitalised(doc, i, s0) && !index.isStop(doc.tokens.terms[i]!)) out.add(doc.tokens.terms[i]!);
  return out;
}

/** The clause around token i: out to the nearest punctuation either side, within the statement. */
function clauseAround(doc: DocEntry, st: Statement, i: number): [number, number] {
  let a = i;
  while (a > st.t0 && !punctuationBetween(doc, a - 1, a)) a--;
  let b = i + 1;
  while (b < st.t1 && !punctuationBetween(doc, b - 1, b)) b++;
  return [a, b];
}

/** The place a locative at token i names: a place entity or a kind of place, and where its phrase ends. */
function placeAfter(doc: DocEntry, st: Statement, i: number, named: boolean, starts: EntityStarts): { value: string; t1: number } | undefined {
  const placeAt = (k: number) => {
    const e = named ? starts.get(doc.tokens.starts[k]!) : undefined;
    return e?.type === 'place' ? e : undefined;
  };
  let k = i + 1;
  while (k < st.t1 && k - i <= 5 && PLACE_LEAD.has(word(doc, k)) && !placeAt(k) && !punctuationBetween(doc, k - 1, k)) k++;
  if (k >= st.t1 || punctuationBetween(doc, k - 1, k)) return undefined;
  const e = placeAt(k);
  if (!e) return kindAfter(doc, st, i, k);
  let t1 = k + 1;
  while (t1 < st.t1 && doc.tokens.ends[t1]! <= e.end) t1++;
  return { value: e.canonical.toLowerCase(), t1 };
}

/** A kind of place right after a locative at token i (the word at k). */
function kindAfter(doc: DocEntry, st: Statement, i: number, k: number): { value: string; t1: number } | undefined {
  const w = word(doc, k);
  // A kind of place right after the preposition ("at home", "in hospital", "at the scene").
  if (PLACE_KINDS.has(w) && k - i <= 2 && !(k + 1 < st.t1 && word(doc, k + 1) === 'of')) return { value: w, t1: k + 1 };
  return undefined;
}

/** An article's entity mentions by start offset (one lookup per candidate word, not a scan). */
export type EntityStarts = ReadonlyMap<number, EntityMention>;

export function entityStarts(doc: DocEntry): EntityStarts {
  const out = new Map<number, EntityMention>();
  for (const e of doc.entities) if (!out.has(e.start)) out.set(e.start, e);
  return out;
}

/**
 * Which slots to look for: all, or only those that may be anchored (compared across whole articles)
 * or not (compared between aligned statements). A kind that is never of the other class is not
 * looked for (sides and places are never anchored; glosses, groups, origins and tenses always
 * are); the caller keeps the class it asked for with `anchored`, since directions and intents can
 * be of either.
 */
export type SlotClass = 'all' | 'anchored' | 'unanchored';

/** The slots one statement fills, in the order of their phrases' words (of one class, when asked: `SlotClass`). */
export function slotsOf(index: PassageIndex, st: Statement, starts: EntityStarts = entityStarts(st.doc), only: SlotClass = 'all'): Slot[] {
  const doc = st.doc;
  const anchoredToo = only !== 'unanchored';
  const unanchoredToo = only !== 'anchored';
  const out: Slot[] = [];
  const term = (i: number) => index.vocab.term(doc.tokens.terms[i]!);
  // Where the words that may begin an event slot first are (`eventSlots`), read in this pass over the words.
  const eventAt = [-1, -1, -1, -1];
  for (let i = st.t0; i < st.t1; i++) {
    const w = term(i);
    const ev = anchoredToo ? EVENT_TRIGGERS.get(w) : undefined;
    if (ev !== undefined && eventAt[ev]! < 0) eventAt[ev] = i;
    // Direction from a place: "east of X", "north-east of X".
    const compass = COMPASS.get(w);
    if (compass && i + 2 < st.t1 && term(i + 1) === 'of' && capitalised(doc, i + 2, st.t0)) {
      out.push(directionAt(index, st, i, compass, starts));
      continue;
    }
    // A side of something: the same word before it in both statements anchors the role.
    const side = unanchoredToo ? SIDES.get(w) : undefined;
    if (side && i > st.t0) {
      const anchor = contentBefore(index, doc, st, i);
      if (anchor !== undefined) out.push({ role: `side:${side}:${anchor}`, label: 'which side', kind: 'side', value: w, t0: i, t1: Math.min(st.t1, i + 3), left: [], right: [] });
    }
    const intent = INTENT.get(w);
    if (intent && !negatedBefore(index, doc, st, i)) out.push(...intentSlots(index, st, starts, intent, i));
    const gloss = anchoredToo ? glossAfter(index, doc, st, i) : undefined;
    if (gloss) out.push(gloss);
    if (unanchoredToo && LOCATIVE_KIND.has(w) && i > st.t0) {
      const p = placeAfter(doc, st, i, LOCATIVE.has(w), starts);
      if (p) out.push({ role: 'place', label: 'where', kind: 'place', value: p.value, t0: i, t1: p.t1, left: [], right: [] });
    }
  }
  out.push(...verbSlots(index, st, starts, only));
  if (anchoredToo) {
    out.push(...groupSlots(index, st));
    out.push(...originSlots(index, st));
    if (eventAt[0]! >= 0 || eventAt[1]! >= 0 || eventAt[2]! >= 0 || eventAt[3]! >= 0) eventSlots(index, st, starts, eventAt, out);
  }
  return out;
}


/**
 * The direction from a place at token i, a compass word before "of" and a capitalised word ("150
 * nautical miles east of X", "north-east of X"). (Apart from `slotsOf`'s loop over every word: a
 * rare case inside it had V8 rebuild the whole loop each time one came.)
 */
function directionAt(index: PassageIndex, st: Statement, i: number, compass: readonly [number, number], starts: EntityStarts): Slot {
  const doc = st.doc;
  const term = (k: number) => index.vocab.term(doc.tokens.terms[k]!);
  let a = i;
  if (a > st.t0 && COMPASS.has(term(a - 1)) && !punctuationBetween(doc, a - 1, a)) a--;
  const v = COMPASS.get(term(a))!.map((x, n) => x + (a < i ? compass[n]! : 0));
  const head = doc.text.slice(doc.tokens.starts[i + 2]!, doc.tokens.ends[i + 2]!);
  // With its distance ("150 nautical miles east of").
  let d = a;
  while (d > st.t0 && a - d < 3 && !punctuationBetween(doc, d - 1, d) && /^(?:\d[\d,.]*|\w*mile|km|kilometre|kilometer|nautical|metre|meter|yard|feet|foot)$/.test(term(d - 1))) d--;
  const distance: number[] = [];
  for (let k = d; k < a; k++) distance.push(doc.tokens.terms[k]!);
  // The whole name of the place, when it is a known one.
  const at = starts.get(doc.tokens.starts[i + 2]!);
  const place = at?.type === 'place' ? at : undefined;
  let t1 = i + 3;
  while (place && t1 < st.t1 && doc.tokens.ends[t1]! <= place.end) t1++;
  const name = place ? place.canonical : head;
  return { role: `direction:${name.toLowerCase()}:${distance.join('.')}`, label: `position relative to ${name}`, kind: 'direction', value: v.join(','), t0: d, t1, left: [], right: [] };
}

/**
 * Intent of an act at token i. With the people the statement names (the first two), the role is
 * each one's and is compared across the whole of two articles (the shooting of a named boy is one
 * act wherever an article says it), when the two statements share MIN_INTENT_SHARED content words
 * (kept in `left`); without, between aligned statements only.
 */
function intentSlots(index: PassageIndex, st: Statement, starts: EntityStarts, value: string, i: number): Slot[] {
  const doc = st.doc;
  const people: string[] = [];
  for (let k = st.t0; k < st.t1 && people.length < 2; k++) {
    const e = starts.get(doc.tokens.starts[k]!);
    if (e?.type === 'person' && !people.includes(e.canonical.toLowerCase())) people.push(e.canonical.toLowerCase());
  }
  if (!people.length) return [{ role: 'intent', label: 'meant or not', kind: 'intent', value, t0: i, t1: i + 1, left: [], right: [] }];
  const words = new Set<number>();
  for (let k = st.t0; k < st.t1; k++) if (!index.isStop(doc.tokens.terms[k]!)) words.add(doc.tokens.terms[k]!);
  const left = [...words];
  return people.map((p) => ({ role: `intent:${p}`, label: 'meant or not', kind: 'intent' as const, value, t0: i, t1: i + 1, left, right: [] }));
}

/** Content words two statements about one named person's act share at least, for their intents to be compared. */
export const MIN_INTENT_SHARED = 3;

/** A demonym at token i (capitalised), as its nationality ("Somalis", "Somalian" → "somali"), or undefined. */
function demonymAt(doc: DocEntry, st: Statement, i: number): string | undefined {
  if (i >= st.t1 || !capitalised(doc, i, st.t0)) return undefined;
  return nationalityOf(word(doc, i)) || undefined;
}

/**
 * The nationality of what an act was done to: a verb in the past ("sank", "seized", "arrested"),
 * an article or none, a demonym ("a Thai trawler"), with the names before the verb (`left`, up to
 * twelve words back, as for tense) that say whose act it was. Not in a negated clause.
 */
function originSlots(index: PassageIndex, st: Statement): Slot[] {
  const doc = st.doc;
  const out: Slot[] = [];
  const upper = (k: number) => {
    const c = doc.text.charCodeAt(doc.tokens.starts[k]!);
    return c >= 65 && c <= 90;
  };
  for (let i = st.t0 + 1; i + 1 < st.t1; i++) {
    // The demonym first (a capital letter right after, or after an article): most words stop here.
    let k = i + 1;
    if (!upper(k)) {
      if (k + 1 >= st.t1 || !upper(k + 1) || !/^(?:a|an|the)$/.test(index.vocab.term(doc.tokens.terms[k]!))) continue;
      k++;
    }
    const w = word(doc, i);
    if (!/^[a-z]{3,}$/.test(w)) continue;
    const base = stem(w);
    const past = w.endsWith('ed') || (base !== w && !/(?:s|ing|ly|ments?)$/.test(w));
    if (!past) continue;
    if (punctuationBetween(doc, i, i + 1) || (k > i + 1 && punctuationBetween(doc, k - 1, k))) continue;
    const value = demonymAt(doc, st, k);
    if (!value || negatedBefore(index, doc, st, i)) continue;
    const left = names(index, doc, Math.max(st.t0, i - 12), i, st.t0);
    if (!left.size) continue;
    out.push({ role: `origin:${base}`, label: `nationality of what was acted on (${w} …)`, kind: 'origin', value, t0: i, t1: k + 1, left: [...left], right: [] });
  }
  return out;
}


/**
 * A gloss of the name at token i: "Name, or words of a description" up to the next punctuation
 * (two to MAX_GLOSS_WORDS words, one of them lower case: a description, not another name). The
 * role is one for all glosses (`conflicting` compares the names, spelled alike or a letter or two
 * apart); the value is the name and the gloss's words.
 */
function glossAfter(index: PassageIndex, doc: DocEntry, st: Statement, i: number): Slot | undefined {
  if (i + 3 >= st.t1 || !capitalised(doc, i, st.t0) || index.vocab.term(doc.tokens.terms[i + 1]!) !== 'or') return undefined;
  if (doc.text.slice(doc.tokens.ends[i]!, doc.tokens.starts[i + 1]!).trim() !== ',') return undefined;
  const name = word(doc, i);
  if (CALENDAR.has(name)) return undefined;
  let e = i + 2;
  while (e < st.t1 && e - (i + 2) < MAX_GLOSS_WORDS && (e === i + 2 || !punctuationBetween(doc, e - 1, e))) e++;
  if (e - (i + 2) < 2 || (e < st.t1 && !punctuationBetween(doc, e - 1, e))) return undefined;
  const words: string[] = [];
  let lower = false;
  for (let k = i + 2; k < e; k++) {
    words.push(index.vocab.term(doc.tokens.terms[k]!));
    if (!capitalised(doc, k, st.t0)) lower = true;
  }
  if (!lower) return undefined;
  const shown = doc.text.slice(doc.tokens.starts[i]!, doc.tokens.ends[i]!);
  return { role: 'gloss', label: `what ${shown} means`, kind: 'gloss', value: `${name}\u0000${words.join(' ')}`, t0: i + 2, t1: e, left: [], right: [] };
}

/**
 * The make-up of a counted group: "12 A and 11 B" (23, {A, B}), "23 A and B pirates" (23, {A, B}),
 * "23 A pirates" (23, {A}).
 */
function groupSlots(index: PassageIndex, st: Statement): Slot[] {
  const doc = st.doc;
  const out: Slot[] = [];
  const text = (i: number) => doc.text.slice(doc.tokens.starts[i]!, doc.tokens.ends[i]!);
  const norm = (i: number) => nationalityOf(text(i).toLowerCase());
  const demonym = (i: number) => i < st.t1 && i > st.t0 && capitalised(doc, i, st.t0) && norm(i) !== '' && !punctuationBetween(doc, i - 1, i);
  for (let i = st.t0; i < st.t1; i++) {
    const c = doc.text.charCodeAt(doc.tokens.starts[i]!);
    if (c < 48 || c > 57 || !/^\d+$/.test(index.vocab.term(doc.tokens.terms[i]!)) || !demonym(i + 1)) continue;
    let total = Number(text(i));
    const kinds = new Set([norm(i + 1)]);
    let j = i + 2;
    // "and B", ", B and C", "and 11 B"
    const between = (k: number) => doc.text.slice(doc.tokens.ends[k - 1]!, doc.tokens.starts[k]!).trim();
    while (j + 1 < st.t1 && ((/^(?:and|or)$/.test(word(doc, j)) && between(j) === '') || (between(j) === ',' && demonym(j)))) {
      if (/^(?:and|or)$/.test(word(doc, j))) j++;
      if (/^\d+$/.test(text(j)) && demonym(j + 1)) {
        total += Number(text(j));
        kinds.add(norm(j + 1));
        j += 2;
      } else if (demonym(j)) {
        kinds.add(norm(j));
        j++;
      } else break;
    }
    // With the noun it counts ("pirates"), when there is one.
    for (let n = 0; n < 2 && j < st.t1 && /^[a-z]/.test(text(j)) && !punctuationBetween(doc, j - 1, j) && !index.isStop(doc.tokens.terms[j]!); n++) j++;
    out.push({ role: `group:${total}`, label: `make-up of the ${total}`, kind: 'group', value: [...kinds].sort().join(' '), t0: i, t1: j, left: [], right: [] });
    i = j - 1;
  }
  return out;
}

/** The content word nearest before token i in its clause (a term id), if any within four words. */
function contentBefore(index: PassageIndex, doc: DocEntry, st: Statement, i: number): number | undefined {
  for (let k = i - 1; k >= st.t0 && i - k <= 4; k--) {
    if (punctuationBetween(doc, k, k + 1)) return undefined;
    if (!index.isStop(doc.tokens.terms[k]!)) return doc.tokens.terms[k]!;
  }
  return undefined;
}

const NO_NAMES: ReadonlySet<number> = new Set();

/** Tense, negation, agent and cause: slots of the statement's verbs, keyed by the verb's stem and the names around it. */
function verbSlots(index: PassageIndex, st: Statement, starts: EntityStarts, only: SlotClass): Slot[] {
  const doc = st.doc;
  const out: Slot[] = [];
  const term = (i: number) => index.vocab.term(doc.tokens.terms[i]!);
  for (let i = st.t0 + 1; i < st.t1; i++) {
    // Only a verb in the past or one right after an auxiliary or an adverb can fill a slot (most
    // words stop here, before any pattern is tried).
    if (index.isStop(doc.tokens.terms[i]!)) continue;
    const w = term(i);
    if (!w.endsWith('ed') && w !== 'die' && !index.isStop(doc.tokens.terms[i - 1]!) && !ADVERB.test(term(i - 1))) continue;
    if (!/^[a-z]{3,}$/.test(w) || capitalised(doc, i, st.t0)) continue;
    // The auxiliaries and adverbs before it.
    let k = i - 1;
    const before: string[] = [];
    while (k >= st.t0 && before.length < 3 && !punctuationBetween(doc, k, k + 1)) {
      const x = term(k);
      if (!(FUTURE.has(x) || PERFECT.has(x) || NEGATION.test(x) || ADVERB.test(x) || /^(?:would|to|be|been|was|were|is|are|did|does|do)$/.test(x))) break;
      before.push(x);
      k--;
    }
    // Only a verb in the past, or after a future or a negation, fills a slot (most words stop here).
    if (!w.endsWith('ed') && !before.some((x) => FUTURE.has(x) || NEGATION.test(x)) && w !== 'die') continue;
    const [c0, c1] = clauseAround(doc, st, i);
    // The subject may stand before an apposition ("A, a destroyer, replaced B"): names back to twelve words.
    // (Only a tense reads them.)
    const left = only === 'unanchored' ? NO_NAMES : names(index, doc, Math.max(st.t0, i - 12), i, st.t0);
    const right = only === 'unanchored' ? NO_NAMES : names(index, doc, i + 1, c1, st.t0);
    const stem = inflectionBase(w);
    const phrase0 = k + 1;
    const tense = (value: string): Slot => ({ role: `tense:${stem}`, label: `done or still to come (${w})`, kind: 'tense', value, t0: phrase0, t1: i + 1, left: [...left], right: [...right] });
    if (only === 'unanchored') {
      // (Tenses are anchored.)
    } else if (before.some((x) => FUTURE.has(x)) && !before.includes('would') && !w.endsWith('ed') && left.size && right.size) out.push(tense('future'));
    else if (w.endsWith('ed') && !before.some((x) => FUTURE.has(x) || x === 'would' || x === 'to' || NEGATION.test(x)) && left.size && right.size) out.push(tense('past'));
    // (Negations, agents and causes are not.)
    if (only === 'anchored') continue;
    // A verb by its form: an event affirmed in the simple past ("sounded"), or denied with "do" or
    // a passive ("did not sound", "was not damaged"); not a perfect or a modal, which speak of
    // another time or of possibility ("have not improved", "would let").
    // A subject denied with "no" before the auxiliaries ("no shots were fired") denies the event.
    const noSubject = k > st.t0 && !index.isStop(doc.tokens.terms[k]!) && term(k - 1) === 'no' && !punctuationBetween(doc, k - 1, k) && !punctuationBetween(doc, k, k + 1);
    const neg = noSubject || before.some((x) => NEGATION.test(x));
    const aux = before.flatMap((x) => (x.endsWith("n't") ? [x.slice(0, -3)] : NEGATION.test(x) || ADVERB.test(x) ? [] : [x]));
    const affirmed = !neg && w.endsWith('ed') && aux.every((x) => /^(?:was|were)$/.test(x));
    const denied = neg && aux.length === 1 && (/^(?:did|does|do)$/.test(aux[0]!) || (/^(?:was|were)$/.test(aux[0]!) && w.endsWith('ed')));
    if ((affirmed || denied) && !NOT_EVENT.test(w) && !before.some((x) => HEDGE.test(x)) && !(i + 1 < st.t1 && HEDGE.test(term(i + 1)))) {
      const around = (a: number, b: number) => {
        const set = new Set<number>();
        for (let j = a; j < b; j++) if (!index.isStop(doc.tokens.terms[j]!)) set.add(doc.tokens.terms[j]!);
        return [...set];
      };
      out.push({ role: `negation:${stem}`, label: 'affirmed or denied', kind: 'negation', value: neg ? 'not' : 'yes', t0: noSubject ? k - 1 : phrase0, t1: i + 1, left: around(c0, phrase0), right: around(i + 1, c1) });
    }
    // Agent of a passive ("approved by X") and cause of a death ("died of X").
    if (w.endsWith('ed') && i + 2 < c1 && term(i + 1) === 'by') {
      const e = starts.get(doc.tokens.starts[i + 2]!);
      if (e && (e.type === 'person' || e.type === 'organization')) {
        let t1 = i + 3;
        while (t1 < st.t1 && doc.tokens.ends[t1]! <= e.end) t1++;
        out.push({ role: `agent:${stem}`, label: `who ${w} it`, kind: 'agent', value: e.canonical.toLowerCase(), t0: i, t1, left: [], right: [] });
      }
    }
    if (/^(?:died|die)$/.test(w) && i + 2 < c1 && /^(?:of|from)$/.test(term(i + 1))) {
      let h = i + 2;
      while (h < c1 && index.isStop(doc.tokens.terms[h]!)) h++;
      let e = h;
      while (e + 1 < c1 && e - h < 3 && !index.isStop(doc.tokens.terms[e + 1]!)) e++;
      if (h < c1) out.push({ role: 'cause:die', label: 'cause of death', kind: 'cause', value: term(e), t0: i, t1: e + 1, left: [], right: [] });
    }
  }
  return out;
}


/** Is a slot anchored well enough to be compared across whole articles? */
export function anchored(x: Slot): boolean {
  return (x.kind === 'direction' && !x.role.endsWith(':')) || x.kind === 'tense' || x.kind === 'group' || x.kind === 'gloss' || (x.kind === 'intent' && x.role !== 'intent') || x.kind === 'origin' || x.kind === 'aim' || x.kind === 'condition' || x.kind === 'left' || x.kind === 'extent';
}

/**
 * The slots of an event's telling (read by claimSlots.ts's `slotsOf`, compared by claimConflicts.ts):
 * what a named person aimed or fired a weapon at, the conditions an act happened in, whether a
 * named person left a place, whether a thing was destroyed whole or in part. Each is looked for only when one of its trigger words is in the
 * statement (`EVENT_TRIGGERS`), and each is anchored by a person or a verb, so compared across the
 * whole of two articles of one story.
 */
import type { PassageIndex } from '../passages';
import type { Statement } from '../statements';
import type { EntityStarts, Slot } from './claimSlots';
import { inflectionBase } from '../../text/inflection';
import { capitalised, negatedBefore, NEGATION, timeWords, word } from './claimWords';
import { punctuationBetween } from './shared';

/**
 * Verbs of aiming a weapon and of firing one (as normalised terms), by act: where a named person
 * pointed a gun, or fired, is one question of the story ("pointed the rifle at the driver" / "had
 * his rifle pointed at the ground").
 */
const AIM_VERBS = new Map<string, string>([
  ...['point', 'pointed', 'pointing', 'aim', 'aimed', 'aiming', 'level', 'levelled', 'leveled', 'levelling', 'leveling'].map((w) => [w, 'pointed'] as const),
  ...['fire', 'fired', 'firing', 'shoot', 'shot', 'shooting'].map((w) => [w, 'fired'] as const),
]);
/** Prepositions before what a weapon was aimed or fired at (as normalised terms: "towards" is "toward"). */
const AIM_PREPOSITIONS = new Set(['at', 'into', 'toward', 'towards', 'over']);
/** What a weapon is aimed at when it is aimed at nobody (lower case, as written). */
const AIM_AWAY = new Set(['ground', 'air', 'sky', 'floor', 'ceiling', 'dirt', 'sea', 'water', 'tyres', 'tires', 'tyre', 'tire', 'wheels', 'heads']);
/** People a weapon is aimed at: object pronouns and nouns of people (lower case, as written). */
const AIM_PEOPLE = new Set([
  'him', 'her', 'them', 'me', 'us', 'you', 'anyone', 'anybody', 'someone', 'somebody', 'people', 'person', 'man', 'men', 'woman', 'women',
  'boy', 'boys', 'girl', 'girls', 'child', 'children', 'driver', 'drivers', 'officer', 'officers', 'police', 'policeman', 'policemen',
  'crowd', 'crowds', 'protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'marchers', 'students',
  'civilians', 'soldiers', 'troops', 'guards', 'suspect', 'suspects', 'victim', 'passengers', 'residents', 'journalists', 'reporters',
]);
/** Words between a preposition and what is aimed at ("at the ground", "into the crowd"). */
const AIM_LEAD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'other', 'nearby', 'open', 'thin']);
/** Verbs of speech between a person and an act: the act is another's ("X told police the officer fired"). */
const SPEECH = /^(?:said|says|say|told|tells|tell|according|claimed|claims|added|stated|testified|alleged|insisted|reported|wrote)$/;
/**
 * The conditions an event happened in ("capsized in rough waters" / "in a calm sea", "crashed in
 * clear weather" / "in heavy fog"): words of the state of the sea, the weather, the wind and the
 * visibility, by what they describe (lower case, as written), and the adjectives of each end of
 * their scale. Two ends for one act conflict.
 */
const CONDITION_NOUNS = new Map<string, string>([
  ...['sea', 'seas', 'water', 'waters', 'waves', 'swell', 'swells'].map((w) => [w, 'sea'] as const),
  ...['weather', 'conditions', 'sky', 'skies'].map((w) => [w, 'weather'] as const),
  ...['wind', 'winds'].map((w) => [w, 'wind'] as const),
  ...['visibility', 'fog', 'mist'].map((w) => [w, 'visibility'] as const),
]);
const CONDITION_ENDS = new Map<string, string>([
  ...['calm', 'still', 'smooth', 'flat', 'gentle', 'clear', 'fine', 'good', 'fair', 'sunny', 'light', 'placid', 'tranquil'].map((w) => [w, 'calm'] as const),
  ...['rough', 'choppy', 'stormy', 'heavy', 'turbulent', 'high', 'strong', 'treacherous', 'bad', 'poor', 'foggy', 'severe', 'dense', 'thick', 'gale-force', 'raging'].map((w) => [w, 'rough'] as const),
]);
/**
 * Verbs of leaving a place (lower case, as written), and the particles that make a verb one ("came
 * out", "came back out", "walked out"): whether a named person left is one question of the story
 * ("exited the consulate shortly after" / "did not come back out of the building").
 */
const LEAVE_VERBS = new Set(['left', 'leave', 'leaves', 'leaving', 'exit', 'exits', 'exited', 'exiting', 'departed', 'emerged', 'escaped']);
const OUT_VERBS = new Set(['come', 'came', 'coming', 'comes', 'walk', 'walked', 'walking', 'get', 'got', 'make', 'made']);
/** The terms of `LEAVE_VERBS` and of the "out" after `OUT_VERBS` (as normalised terms, over-inclusive: a gate). */
const LEAVE_TERMS = new Set([...LEAVE_VERBS, 'leaf', 'exite', 'out']);
/** Words before a person that deny what follows ("no sign of X leaving", "no evidence X left"). */
const DENIED_BEFORE = /^(?:no|never|without)$/;

/**
 * Verbs of a result that may be whole or partial (lower case, as written: past forms), and the
 * adverbs before one that say which ("partially destroyed" / "destroyed", "completely destroyed").
 * An adverb of degree that is neither ("virtually", "largely", "badly") makes no slot.
 */
const EXTENT_VERBS = new Set(['destroyed', 'collapsed', 'burned', 'burnt', 'gutted', 'flooded', 'demolished', 'razed', 'submerged', 'evacuated', 'closed', 'blocked']);
const PARTIAL = new Set(['partially', 'partly', 'half']);
const WHOLE = new Set(['completely', 'totally', 'entirely', 'fully', 'wholly', 'utterly']);
/** Words before a verb's past form that make it an adjective of the noun after ("a partially destroyed house"). */
const ATTRIBUTIVE_BEFORE = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|of|in|into|from|with|at|on|by|for|to|and|or)$/;
const AUXILIARY = /^(?:was|were|is|are|be|been|being|had|has|have|got|get|gets)$/;

/** Is there nothing but blanks and quotation marks between words a and b ("was “partially destroyed”")? */
function quotesBetween(doc: Statement['doc'], a: number, b: number): boolean {
  return /^[\s"'“”‘’]*$/.test(doc.text.slice(doc.tokens.ends[a]!, doc.tokens.starts[b]!));
}

/**
 * Terms that may begin one of the slots of an event's telling (as normalised terms, over-inclusive:
 * a gate only), by slot: 0 an aiming or firing verb (`aimSlots`), 1 a noun of conditions
 * (`conditionSlots`), 2 a verb of leaving or the "out" of "came out" (`leftSlots`), 3 a verb of a
 * result whole or partial (`extentSlots`).
 */
export const EVENT_TRIGGERS = new Map<string, number>([
  ...[...AIM_VERBS.keys()].map((w) => [w, 0] as const),
  ...[...CONDITION_NOUNS.keys(), 'wave', 'swell', 'condition', 'skie'].map((w) => [w, 1] as const),
  ...[...LEAVE_TERMS].map((w) => [w, 2] as const),
  ...[...EXTENT_VERBS].map((w) => [w, 3] as const),
]);

/**
 * The aim, conditions and leaving slots of a statement, each looked for only when one of its words
 * is there, and from a little before the first (`eventAt`: the first token of each kind of
 * `EVENT_TRIGGERS`, -1 for none, read in `slotsOf`'s pass over the words).
 */
export function eventSlots(index: PassageIndex, st: Statement, starts: EntityStarts, eventAt: readonly number[], out: Slot[]): void {
  // (The phrase of a condition begins three words before its noun at most; a person left is named
  // twelve words before the verb at most, an appositive between.)
  if (eventAt[0]! >= 0) out.push(...aimSlots(index, st, Math.max(st.t0 + 1, eventAt[0]!), starts));
  if (eventAt[1]! >= 0) out.push(...conditionSlots(index, st, Math.max(st.t0 + 1, eventAt[1]! - 3)));
  if (eventAt[2]! >= 0) out.push(...leftSlots(index, st, Math.max(st.t0, eventAt[2]! - 12), starts));
  if (eventAt[3]! >= 0) out.push(...extentSlots(index, st, eventAt[3]!));
}

/**
 * Whether a thing was destroyed (collapsed, burned, flooded, closed …: `EXTENT_VERBS`) whole or in
 * part: the verb told as an event, in the active ("an airstrike destroyed the hospital", "the tower
 * collapsed") or the passive ("was partially destroyed"), with an adverb of part before it
 * ("partially", "partly", "half"), of whole ("completely") or none (said whole). Not the verb as an
 * adjective ("a partially destroyed house", "the collapsed tower": one of many things), negated,
 * hedged by another adverb ("virtually destroyed"), nor in a statement of another year or a
 * relative time (another event). The role is the verb's, compared across the whole of two articles
 * of one story: one article saying the thing was destroyed, the other that it was in part
 * (`conflicting` compares only articles that tell it one way each).
 */
function extentSlots(index: PassageIndex, st: Statement, first: number): Slot[] {
  const doc = st.doc;
  let out: Slot[] | undefined;
  for (let i = Math.max(first, st.t0 + 1); i < st.t1; i++) {
    const w = word(doc, i);
    if (!EXTENT_VERBS.has(w) || capitalised(doc, i, st.t0)) continue;
    // (A hyphen joins it to a noun: "fire-gutted".)
    if (doc.text[doc.tokens.starts[i]! - 1] === '-' || doc.text[doc.tokens.ends[i]!] === '-') continue;
    let a = i;
    let value = 'whole';
    if (quotesBetween(doc, i - 1, i)) {
      const adverb = word(doc, i - 1);
      if (PARTIAL.has(adverb)) value = 'partial';
      else if (/^\w+ly$/.test(adverb) && !WHOLE.has(adverb)) continue;
      if (PARTIAL.has(adverb) || WHOLE.has(adverb)) a = i - 1;
    }
    if (a <= st.t0 || !quotesBetween(doc, a - 1, a)) continue;
    const before = word(doc, a - 1);
    // Told as an event: after an auxiliary (a passive or a perfect), or after its subject.
    if (!AUXILIARY.test(before) && (ATTRIBUTIVE_BEFORE.test(before) || index.isStop(doc.tokens.terms[a - 1]!))) continue;
    if (negatedBefore(index, doc, st, a) || /\d{4}|last|previous|ago|earlier|former|once/.test(timeWords(index, st))) continue;
    (out ??= []).push({ role: `extent:${inflectionBase(w)}`, label: `${w} whole or in part`, kind: 'extent', value, t0: a, t1: i + 1, left: [], right: [] });
  }
  return out ?? [];
}

/**
 * Whether a named person left a place: a verb of leaving (`LEAVE_VERBS`, or "came out", "came
 * back out", "walked out") within three words after the person's name, affirmed, or denied by a
 * negation between the two ("did not come back out", "never left") or by "no", "never", "without"
 * among the three words before the name ("no sign of X leaving"). The value is left or not, the
 * role the person's, compared across the whole of two articles of one story. Not in a statement of
 * another year or a relative time ("left the country in 2017", "had left earlier"): another leaving.
 */
function leftSlots(index: PassageIndex, st: Statement, first: number, starts: EntityStarts): Slot[] {
  const doc = st.doc;
  let out: Slot[] | undefined;
  for (let k = first; k + 1 < st.t1; k++) {
    const e = starts.get(doc.tokens.starts[k]!);
    if (e?.type !== 'person') continue;
    let after = k + 1;
    while (after < st.t1 && doc.tokens.ends[after - 1]! < e.end) after++;
    // An appositive after the name ("X, a contributor, did not come out"): read on after it.
    if (after < st.t1 && doc.text.slice(doc.tokens.ends[after - 1]!, doc.tokens.starts[after]!).trim() === ',') {
      let j = after + 1;
      while (j < st.t1 && j - after <= 6 && !doc.text.slice(doc.tokens.ends[j - 1]!, doc.tokens.starts[j]!).includes(',')) j++;
      if (j < st.t1 && j - after <= 6) after = j;
    }
    // (The common case first, cheap: no word of leaving in the four after the name.)
    let near = false;
    for (let i = after; i < st.t1 && i <= after + 5 && !near; i++) near = LEAVE_TERMS.has(index.vocab.term(doc.tokens.terms[i]!));
    if (!near) continue;
    let denied = false;
    let from = k;
    for (let b = k - 1; b >= st.t0 && b >= k - 3 && !punctuationBetween(doc, b, b + 1); b--) {
      if (DENIED_BEFORE.test(word(doc, b))) {
        denied = true;
        from = b;
      }
    }
    for (let i = after; i < st.t1 && i <= after + 3; i++) {
      if (i > after && punctuationBetween(doc, i - 1, i)) break;
      const w = word(doc, i);
      if (NEGATION.test(w)) {
        denied = true;
        continue;
      }
      let t1 = -1;
      // (Not a passive, "was left injured", nor a word joined by a hyphen, "left-back".)
      if (LEAVE_VERBS.has(w)) {
        if (i > after && /^(?:was|were|is|are|be|been|being|got|get|gets)$/.test(word(doc, i - 1))) break;
        if (doc.text[doc.tokens.ends[i]!] === '-') break;
        t1 = i + 1;
      }
      else if (OUT_VERBS.has(w)) {
        let j = i + 1;
        if (j < st.t1 && word(doc, j) === 'back') j++;
        if (j < st.t1 && word(doc, j) === 'out' && !punctuationBetween(doc, j - 1, j)) t1 = j + 1;
      }
      if (t1 < 0) continue;
      if (/\d{4}|last|previous|ago|earlier|former|once|yesterday/.test(timeWords(index, st))) return out ?? [];
      const person = e.canonical.toLowerCase();
      (out ??= []).push({ role: `left:${person}`, label: `did ${e.canonical} leave`, kind: 'left', value: denied ? 'no' : 'yes', t0: from, t1, left: [], right: [] });
      break;
    }
  }
  return out ?? [];
}

/**
 * The conditions an act happened in: a verb right before "in" (or an adverb between), an article
 * or none, an adjective of one end of a scale and a noun of the sea, weather, wind or visibility
 * (`CONDITION_NOUNS`, `CONDITION_ENDS`: "capsized in rough waters", "crashed in a dense fog"). The
 * role is the verb's stem and what is described, compared across the whole of two articles of one
 * story when the two statements share MIN_INTENT_SHARED content words, the verb among them (kept
 * in `left`: one act, not another capsizing the article recalls). Not in a statement of another
 * year or a relative time ("last year", "earlier"): a past event.
 */
function conditionSlots(index: PassageIndex, st: Statement, first: number): Slot[] {
  const doc = st.doc;
  let out: Slot[] | undefined;
  for (let i = first; i + 2 < st.t1; i++) {
    if (index.vocab.term(doc.tokens.terms[i]!) !== 'in') continue;
    let a = i + 1;
    const det = index.vocab.term(doc.tokens.terms[a]!);
    if (det === 'a' || det === 'an' || det === 'the') a++;
    if (a + 1 >= st.t1) continue;
    // (Terms first, the common case of no noun of conditions cheap; then the words as written.)
    if (EVENT_TRIGGERS.get(index.vocab.term(doc.tokens.terms[a + 1]!)) !== 1) continue;
    const end = CONDITION_ENDS.get(word(doc, a));
    const what = end && CONDITION_NOUNS.get(word(doc, a + 1));
    if (!what || punctuationBetween(doc, i, a + 1) || punctuationBetween(doc, a, a + 1)) continue;
    let v = i - 1;
    if (v > st.t0 && /^\w+ly$/.test(word(doc, v)) && !punctuationBetween(doc, v, i)) v--;
    if (punctuationBetween(doc, v, v + 1) || index.isStop(doc.tokens.terms[v]!) || capitalised(doc, v, st.t0)) continue;
    const verb = word(doc, v);
    if (!/^[a-z]{3,}$/.test(verb) || /\d{4}|last|previous|ago|earlier|former|once/.test(timeWords(index, st))) continue;
    const words = new Set<number>();
    for (let k = st.t0; k < st.t1; k++) if (!index.isStop(doc.tokens.terms[k]!)) words.add(doc.tokens.terms[k]!);
    (out ??= []).push({ role: `condition:${inflectionBase(verb)}:${what}`, label: `${what === 'visibility' ? 'visibility' : `the ${what}`} when it ${verb}`, kind: 'condition', value: end, t0: i, t1: a + 2, left: [...words], right: [] });
  }
  return out ?? [];
}

/**
 * What a named person aimed or fired a weapon at: an aiming or firing verb (`AIM_VERBS`), up to four
 * words of its object, a preposition ("at", "into", "toward"), and what it was aimed at — people
 * (a pronoun, a noun of people, a person's name) or nobody (the ground, the air). The act is the
 * person's named nearest before the verb, within twelve words and with no verb of speech between
 * (else it is the speaker's, or another's); none, no slot (an unnamed shooter may be another).
 * Anchored by the person and the act, so compared across the whole of two articles of one story.
 * Not when negated ("never pointed it at anyone").
 */
function aimSlots(index: PassageIndex, st: Statement, first: number, starts: EntityStarts): Slot[] {
  const doc = st.doc;
  const terms = doc.tokens.terms;
  let out: Slot[] | undefined;
  for (let i = first; i + 2 < st.t1; i++) {
    const act = AIM_VERBS.get(index.vocab.term(terms[i]!));
    if (act === undefined) continue;
    // The preposition, after at most four words of the object.
    let p = i + 1;
    while (p < st.t1 && p - i <= 5 && !AIM_PREPOSITIONS.has(index.vocab.term(terms[p]!)) && !punctuationBetween(doc, p - 1, p)) p++;
    if (p >= st.t1 || p - i > 5 || !AIM_PREPOSITIONS.has(index.vocab.term(terms[p]!)) || punctuationBetween(doc, p - 1, p)) continue;
    let t = p + 1;
    while (t < st.t1 && t - p <= 2 && AIM_LEAD.has(word(doc, t))) t++;
    if (t >= st.t1 || punctuationBetween(doc, t - 1, t)) continue;
    const target = word(doc, t);
    const named = starts.get(doc.tokens.starts[t]!);
    const value = AIM_AWAY.has(target) ? 'nobody' : AIM_PEOPLE.has(target) || named?.type === 'person' ? 'people' : undefined;
    if (!value || negatedBefore(index, doc, st, i)) continue;
    let person: string | undefined;
    for (let k = i - 1; k >= st.t0 && k >= i - 12 && !person; k--) {
      if (SPEECH.test(word(doc, k))) break;
      const e = starts.get(doc.tokens.starts[k]!);
      if (e?.type === 'person') person = e.canonical.toLowerCase();
    }
    if (!person) continue;
    let t1 = t + 1;
    while (named && t1 < st.t1 && doc.tokens.ends[t1]! <= named.end) t1++;
    (out ??= []).push({ role: `aim:${act}:${person}`, label: `${act} at`, kind: 'aim', value, t0: i, t1, left: [], right: [] });
  }
  return out ?? [];
}

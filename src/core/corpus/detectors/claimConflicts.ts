/**
 * Claims by slot conflict, the comparison (the slots each statement fills are read in claimSlots.ts):
 * which two fillers of one role are incompatible (`conflicting`), and the folder-wide pass that
 * compares them — anchored slots across the whole of two articles of one story, the others between
 * aligned statements of one time — with what each article keeps of its slots between derivations
 * (`KeptSlots`, in `DocEntry.kept.claims`).
 */
import { finish, type Steps } from '../../common/budget';
import type { Discrepancy } from '../../common/analysisFormat';
import type { EntityMention } from '../../common/types';
import { clean, dedupe, member, spellingVariant, type Member } from './shared';
import type { DocEntry, PassageIndex } from '../passages';
import { PAIRS_PER_STEP, statementOf, type PairAlignment, type Statement } from '../statements';
import { span } from '../variants';
import { anchored, entityStarts, MIN_INTENT_SHARED, slotsOf, type EntityStarts, type Slot, type SlotClass } from './claimSlots';
import { timeWords } from './claimWords';

function sharedCount(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  let n = 0;
  for (const x of b) if (set.has(x)) n++;
  return n;
}

function intersects(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Does a statement's text mention a value (a place's name, a noun)? */
function mentions(st: Statement, value: string): boolean {
  const text = st.doc.text.slice(st.doc.tokens.starts[st.t0]!, st.doc.tokens.ends[st.t1 - 1]!).toLowerCase();
  return value.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text));
}

/** Are two fillers of one role incompatible (given the statements they are in)? */
export function conflicting(x: Slot, sx: Statement, y: Slot, sy: Statement): boolean {
  if (x.role !== y.role || x.value === y.value) return false;
  switch (x.kind) {
    case 'direction': {
      const [a, b] = x.value.split(',').map(Number);
      const [c, d] = y.value.split(',').map(Number);
      return a! * c! + b! * d! < 0;
    }
    case 'side':
    case 'group':
    case 'aim':
    case 'left':
    case 'extent':
      return true;
    case 'intent':
      return x.role === 'intent' || sharedCount(x.left, y.left) >= MIN_INTENT_SHARED;
    case 'condition':
      return sharedCount(x.left, y.left) >= MIN_INTENT_SHARED;
    case 'gloss':
      return conflictingGlosses(x.value, y.value);
    case 'place':
    case 'agent':
    case 'cause':
      // Neither statement mentions the other's filler (else one is more specific, or both are said).
      return !mentions(sx, y.value) && !mentions(sy, x.value);
    case 'tense':
      return intersects(x.left, y.left) && intersects(x.right, y.right);
    case 'origin':
      return intersects(x.left, y.left);
    case 'negation':
      // The same words around the verb on both sides (who and what), so that it is the same event.
      return intersects(x.left, y.left) && intersects(x.right, y.right) && x.left.length + x.right.length >= 2;
    default:
      return false;
  }
}

/**
 * Two glosses of one name (the same spelling, or one a letter or two from the other) that say
 * different things: they share a content word (one kind of gloss: "father of all Ostlanders" /
 * "leader of all Ostlanders") and each has one the other lacks, in about as many words.
 */
function conflictingGlosses(a: string, b: string): boolean {
  const [na, ga] = a.split('\u0000') as [string, string];
  const [nb, gb] = b.split('\u0000') as [string, string];
  if (na !== nb && !spellingVariant(na, nb)) return false;
  const wa = ga.split(' ');
  const wb = gb.split(' ');
  if (Math.abs(wa.length - wb.length) > 1) return false;
  const content = (w: string) => w.length > 3;
  const sa = new Set(wa.filter(content));
  const sb = new Set(wb.filter(content));
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return shared >= 1 && shared < sa.size && shared < sb.size;
}

/** Results (`extent` slots) an article tells more often than this are of many things, not the story's one. */
const MAX_EXTENT_FILLERS = 3;

/**
 * Does an article tell a result one way (whole, or in part) each time, and only a few times? An
 * article saying both ("the east wing was destroyed and the chapel partly destroyed") speaks of
 * several things, and another's "destroyed" may be any of them.
 */
function toldOneWay(xs: readonly (readonly [Slot, Statement])[]): boolean {
  return xs.length <= MAX_EXTENT_FILLERS && xs.every(([x]) => x.value === xs[0]![0].value);
}

interface Found {
  label: string;
  role: string;
  values: Map<string, string>;
  members: Member[];
  keys: Set<string>;
}

/** Fillers of one anchored role in one article above which the role is not compared. */
const MAX_ROLE_FILLERS = 16;

/** Members a slot-conflict discrepancy shows at most. */
const MAX_MEMBERS = 12;

/**
 * Claim discrepancies from aligned statements: two statements filling one role with incompatible
 * things. Conflicts over the same role that share a phrase are one discrepancy.
 */
export function slotConflicts(index: PassageIndex, aligned: readonly PairAlignment[], pairs: readonly (readonly [DocEntry, DocEntry])[]): Discrepancy[] {
  return finish(slotConflictSteps(index, aligned, pairs));
}

/** `slotConflicts` with checkpoints every few pairs of articles and of sentences (common/budget.ts, `Steps`). */
export function* slotConflictSteps(index: PassageIndex, aligned: readonly PairAlignment[], pairs: readonly (readonly [DocEntry, DocEntry])[]): Steps<Discrepancy[]> {
  const share = new SlotShare();
  const found: Found[] = [];
  const byKey = new Map<string, Found>();
  const report = (x: Slot, a: Statement, y: Slot, b: Statement) => {
        // (Kept slots are shared by every copy of a sentence: their token ranges are from the sentence's first token.)
        const mx = member(a.doc, span(a.doc, a.t0 + x.t0, a.t0 + x.t1));
        const my = member(b.doc, span(b.doc, b.t0 + y.t0, b.t0 + y.t1));
        const kx = `${mx.doc}:${mx.start}`;
        const ky = `${my.doc}:${my.start}`;
        // An anchored role is one question for the whole folder ("the make-up of the 23"); another
        // role is one question where its conflicts share a phrase.
        let into = anchored(x) ? byKey.get(x.role) : (byKey.get(`${x.role}\u0000${kx}`) ?? byKey.get(`${y.role}\u0000${ky}`));
        if (into && into.keys.size + 2 > MAX_MEMBERS) {
          // A full folder-wide question takes no more versions.
          if (anchored(x)) return;
          into = undefined;
        }
        if (!into) {
          found.push((into = { label: x.label, role: x.role, values: new Map(), members: [], keys: new Set() }));
          if (anchored(x)) byKey.set(x.role, into);
        }
        for (const [m, k, v] of [[mx, kx, x.value], [my, ky, y.value]] as const) {
          if (into.keys.has(k)) continue;
          into.keys.add(k);
          into.members.push(m);
          if (!into.values.has(v)) into.values.set(v, clean(m.text));
          byKey.set(`${x.role}\u0000${k}`, into);
        }
  };
  // Slots that carry their own anchor (a distance and direction from a named place; a verb between
  // the same two names) are compared across the articles of one story, wherever they are.
  let n = 0;
  for (const [da, db] of pairs) {
    if (++n % PAIRS_PER_STEP === 0) yield;
    const sa = yield* anchoredSlotSteps(index, da, share);
    if (!sa.size) continue;
    const sb = yield* anchoredSlotSteps(index, db, share);
    // Role by role, from the article with fewer (a huge article costs its pairs only the roles they share).
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    for (const [role, xs] of small) {
      const ys = large.get(role);
      // A role filled dozens of times in one article is not one question about the story.
      if (!ys || ys.length > MAX_ROLE_FILLERS || xs.length > MAX_ROLE_FILLERS) continue;
      if (xs[0]![0].kind === 'extent' && !(toldOneWay(xs) && toldOneWay(ys))) continue;
      const [as, bs] = small === sa ? [xs, ys] : [ys, xs];
      for (const [x, a] of as) for (const [y, b] of bs) if (conflicting(x, a, y, b)) report(x, a, y, b);
    }
  }
  // A sentence is aligned with many others: its unanchored slots and its time words are kept with it.
  // (Read as kept, sentence numbers: most aligned sentences have no such slot, and are passed over
  // without a statement made for them.)
  for (const { a: da, b: db, sentences } of aligned) {
    for (let p = 0; p < sentences.length; p += 2) {
      if (++n % PAIRS_PER_STEP === 0) yield;
      const ka = sentenceSlots(da, sentences[p]!, share);
      const sa = unanchoredOf(index, da, sentences[p]!, ka);
      if (!sa.length) continue;
      const kb = sentenceSlots(db, sentences[p + 1]!, share);
      const sb = unanchoredOf(index, db, sentences[p + 1]!, kb);
      if (!sb.length) continue;
      const a = statementOf(da, sentences[p]!);
      const b = statementOf(db, sentences[p + 1]!);
      if ((ka.times ??= timeWords(index, a)) !== (kb.times ??= timeWords(index, b))) continue;
      for (const x of sa) for (const y of sb) if (conflicting(x, a, y, b)) report(x, a, y, b);
    }
  }
  return found.map((f) => ({ label: `${f.label}: ${[...f.values.values()].join(' · ')}`, kind: 'claim' as const, members: dedupe(f.members) }));
}


/**
 * The slots of one sentence and its time words, once worked out: shared by every sentence of the
 * folder with the same text and the same entities at its words (copies of one wire story repeat
 * most sentences; `SlotShare`). The slots' token ranges (`t0`, `t1`) are counted from the
 * sentence's first token, so that one list serves every copy.
 */
export interface SentenceSlots {
  /** Its anchored slots (`anchoredSlotSteps`). */
  anchored: readonly Slot[] | undefined;
  /** Its slots that are not anchored (compared between aligned statements only). */
  unanchored: readonly Slot[] | undefined;
  /** Its time words (`timeWords`). */
  times: string | undefined;
}

/**
 * The folder's sentences' slots by what they depend on, for one derivation: what it works out for
 * a sentence serves its copies in every article (each article keeps the entries of its sentences:
 * `KeptSlots.sentences`). The slots of sentence k depend on its text from its first word to the
 * character after its last (`slotsOf` reads the characters between its words and one after the
 * last), its number of words, and each entity that starts at one of its words (where, its end,
 * type and canonical name); the vocabulary's terms and stop words never change. Found by a hash of
 * these and compared in place with the first sentence that had it (no copy of the text as a key:
 * 28 MB on the 2x corpus). Not kept between derivations: an edited article's few sentences cost
 * less to read again than all would to keep.
 */
class SlotShare {
  /** By hash: the first sentence met with it (most hashes), or those met with it when two differ. */
  private readonly byHash = new Map<number, SharedSentence | SharedSentence[]>();

  /** The entry of sentence k of an article (a new empty one if no sentence like it was met). */
  entry(doc: DocEntry, k: number, starts: EntityStarts): SentenceSlots {
    const h = sentenceHash(doc, k, starts);
    const known = this.byHash.get(h);
    const same = (x: SharedSentence) => sameSentence(doc, k, starts, x.doc, x.k, x.starts);
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (same(known)) return known.slots;
      } else for (const x of known) if (same(x)) return x.slots;
    }
    const met: SharedSentence = { doc, k, starts, slots: { anchored: undefined, unanchored: undefined, times: undefined } };
    if (known === undefined) this.byHash.set(h, met);
    else if (Array.isArray(known)) known.push(met);
    else this.byHash.set(h, [known, met]);
    return met.slots;
  }
}

/** A sentence whose slots others share (`SlotShare`). */
interface SharedSentence {
  doc: DocEntry;
  k: number;
  starts: EntityStarts;
  slots: SentenceSlots;
}

/** The end of the text sentence k's slots may read (the character after its last word: `SlotShare`). */
function textEnd(doc: DocEntry, t1: number): number {
  return Math.min(doc.text.length, doc.tokens.ends[t1 - 1]! + 1);
}

function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** A hash of what sentence k's slots depend on (`SlotShare`). */
function sentenceHash(doc: DocEntry, k: number, starts: EntityStarts): number {
  const t0 = doc.sentences[2 * k]!;
  const t1 = doc.sentences[2 * k + 1]!;
  let h = Math.imul(2166136261 ^ (t1 - t0), 16777619);
  if (t1 <= t0) return h;
  const text = doc.text;
  const c0 = doc.tokens.starts[t0]!;
  const c1 = textEnd(doc, t1);
  for (let i = c0; i < c1; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  if (starts.size)
    for (let i = t0; i < t1; i++) {
      const e = starts.get(doc.tokens.starts[i]!);
      if (!e) continue;
      h = Math.imul(h ^ (e.start - c0), 16777619);
      h = Math.imul(h ^ (e.end - c0), 16777619);
      h = hashString(hashString(h, e.type), e.canonical);
    }
  return h;
}

/** Do two sentences have the same words, text between them and entities at them (`SlotShare`)? */
function sameSentence(a: DocEntry, ka: number, sa: EntityStarts, b: DocEntry, kb: number, sb: EntityStarts): boolean {
  const a0 = a.sentences[2 * ka]!;
  const n = a.sentences[2 * ka + 1]! - a0;
  const b0 = b.sentences[2 * kb]!;
  if (b.sentences[2 * kb + 1]! - b0 !== n) return false;
  if (n <= 0) return true;
  const ac0 = a.tokens.starts[a0]!;
  const bc0 = b.tokens.starts[b0]!;
  const length = textEnd(a, a0 + n) - ac0;
  if (textEnd(b, b0 + n) - bc0 !== length) return false;
  for (let i = 0; i < length; i++) if (a.text.charCodeAt(ac0 + i) !== b.text.charCodeAt(bc0 + i)) return false;
  for (let i = 0; i < n; i++) {
    const x = sa.get(a.tokens.starts[a0 + i]!);
    const y = sb.get(b.tokens.starts[b0 + i]!);
    if (x === y) continue;
    if (!x || !y || x.start - ac0 !== y.start - bc0 || x.end - ac0 !== y.end - bc0 || x.type !== y.type || x.canonical !== y.canonical) return false;
  }
  return true;
}

/** What an article's slots are kept as (in `DocEntry.kept.claims`), for the entities it had. */
export interface KeptSlots {
  entities: readonly EntityMention[];
  starts: EntityStarts;
  /**
   * The slots of each sentence (shared with its copies: `SentenceSlots`), once looked up: for the
   * aligned sentences (their slots not anchored and their time words) and, once its anchored slots
   * are, for all.
   */
  sentences: (SentenceSlots | undefined)[];
  /** Its anchored slots with their statements by role, once worked out. */
  anchored: Map<string, [Slot, Statement][]> | undefined;
  /** Until then, those of its first `next` sentences (worked out a slice at a time: `anchoredSlotSteps`). */
  anchoring: { next: number; slots: Map<string, [Slot, Statement][]> } | undefined;
}

function keptSlots(doc: DocEntry): KeptSlots {
  const data = (doc.kept.claims ??= { denies: undefined, clauses: undefined, finder: undefined, slots: undefined });
  if (data.slots?.entities !== doc.entities) data.slots = { entities: doc.entities, starts: entityStarts(doc), sentences: [], anchored: undefined, anchoring: undefined };
  return data.slots;
}

/** The shared slots of sentence k of an article (`SentenceSlots`), kept with the article too. */
function sentenceSlots(doc: DocEntry, k: number, share: SlotShare): SentenceSlots {
  const kept = keptSlots(doc);
  return (kept.sentences[k] ??= share.entry(doc, k, kept.starts));
}

/** The slots of one class of sentence k of an article, their token ranges from the sentence's first token. */
function relativeSlotsOf(index: PassageIndex, doc: DocEntry, k: number, only: SlotClass, keep: (x: Slot) => boolean): readonly Slot[] {
  const t0 = doc.sentences[2 * k]!;
  const out = slotsOf(index, { doc, sentence: k, t0, t1: doc.sentences[2 * k + 1]! }, keptSlots(doc).starts, only).filter(keep);
  // Most sentences have none: one empty list for all of them.
  if (!out.length) return NO_SLOTS;
  for (const x of out) {
    x.t0 -= t0;
    x.t1 -= t0;
  }
  return out;
}

/** The slots of sentence k that are not anchored (from the sentence's first token). */
function unanchoredOf(index: PassageIndex, doc: DocEntry, k: number, slots: SentenceSlots): readonly Slot[] {
  return (slots.unanchored ??= relativeSlotsOf(index, doc, k, 'unanchored', (x) => !anchored(x)));
}

const NO_SLOTS: readonly Slot[] = [];

/** Sentences of one article gone through between two checkpoints of `anchoredSlotSteps`. */
const SENTENCES_PER_STEP = 256;

/**
 * An article's anchored slots with their statements, by role, with a checkpoint every
 * `SENTENCES_PER_STEP` sentences (an article of 2 MB has tens of thousands). What was worked out is
 * kept with the article at each checkpoint, so that a derivation dropped there (the corpus changed)
 * and begun again goes on from the next sentence, and the slots are those of one run.
 */
function* anchoredSlotSteps(index: PassageIndex, doc: DocEntry, share: SlotShare): Steps<ReadonlyMap<string, [Slot, Statement][]>> {
  const kept = keptSlots(doc);
  if (kept.anchored) return kept.anchored;
  const partial = (kept.anchoring ??= { next: 0, slots: new Map() });
  const out = partial.slots;
  const count = doc.sentences.length / 2;
  while (partial.next < count) {
    const k = partial.next;
    const slots = sentenceSlots(doc, k, share);
    const xs = (slots.anchored ??= relativeSlotsOf(index, doc, k, 'anchored', anchored));
    if (xs.length) {
      const st: Statement = { doc, sentence: k, t0: doc.sentences[2 * k]!, t1: doc.sentences[2 * k + 1]! };
      for (const x of xs) {
        let l = out.get(x.role);
        if (!l) out.set(x.role, (l = []));
        l.push([x, st]);
      }
    }
    partial.next = k + 1;
    if (partial.next % SENTENCES_PER_STEP === 0 && partial.next < count) yield;
  }
  kept.anchoring = undefined;
  return (kept.anchored = out);
}

/**
 * Claim discrepancies: what one article states and another contradicts.
 *
 * - By cue: a clause with a denial cue (denied, disputed, rejected, no proof, lack of evidence,
 *   blameless, not responsible, "no agreement was reached" …) and, in other articles, the
 *   assertive clauses on the same topic (its content words, weighted by how rare they are in the
 *   folder: claimTopics.ts), in the articles of its story (`storyDocs`).
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { finish, type Steps } from '../../common/budget';
import type { EntityMention } from '../../common/types';
import { alignLocal } from '../align';
import { clean, dedupe, DOCS_PER_STEP, member, punctuationBetween, type Member, type Related } from './shared';
import { phraseHash, RELATED_MIN_SHINGLES, type DocEntry, type PassageIndex } from '../passages';
import { normalizeWord } from '../tokens';
import { span } from '../variants';
import type { KeptSlots } from './claimConflicts';
import { EVENT_FOLDER_DOCS } from './story';
import { ClauseFinder, termWeights, topicOf, topicOverlap, WordCounts, type Topic } from './claimTopics';


/** "has not been", "could not be independently": before "confirmed", "verified" (both cue patterns). */
const NOT_YET = String.raw`(?:(?:has|have|had) not (?:yet )?been|could not be|cannot be) (?:[a-z]+ly )?`;
/** A denial or dispute. The object pronouns after the verbs make the claim the sentence before. */
const DENIAL = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying|ial)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|dismiss(?:es|ed|ing)?\s+(?:the|this|that|these|those|such|as)|contradict(?:s|ed|ing)?|blameless|innocent|baseless|unfounded|groundless|unsubstantiated|(?:no|lack of|without|not (?:any|a shred of)) (?:firm |hard |concrete |credible |direct )?(?:proof|evidence|information|indication|sign)|not (?:responsible|involved|to blame|behind|true|guilty)|no (?:agreement|deal|decision) (?:was|has been|had been) (?:reached|made|agreed)|${NOT_YET}(?:confirmed|verified|proven|proved)|unconfirmed|unverified|false(?:ly)? (?:claim|accus|report))\b`,
  'i',
);
const ANAPHORIC = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:this|it|these|those|that(?=\s*(?:[.,;:!?]|$|though\b|however\b))|the (?:claim|claims|report|reports|allegation|allegations|account|suggestion)|such (?:claims|reports))\b|\b(?:a|the) claim (?:that was |which was )?(?:rejected|denied|disputed)\b|^(?:but |and |though |however,? )?(?:this|that|it) ${NOT_YET}(?:confirmed|verified)\b`,
  'i',
);
/** Pronouns standing for a claim that is said to be unconfirmed ("… but this has not been confirmed"). */
const UNCONFIRMED_SUBJECT = new Set(['this', 'that', 'it', 'which']);
/** Content words of which every denial cue has at least one (a quick test before the pattern). */
const CUE_TERMS = (
  'deny denies denied denying denial dispute disputes disputed disputing reject rejects rejected rejecting refute refuted ' +
  'rebut rebutted dismiss dismissed dismisses contradict contradicts contradicted blameless innocent baseless unfounded groundless ' +
  'unsubstantiated proof evidence information indication sign responsible involved blame behind true guilty agreement deal ' +
  'decision reached made agreed confirmed verified proven proved unconfirmed unverified false falsely'
).split(' ');

export interface Clause {
  doc: DocEntry;
  t0: number;
  t1: number;
  sentence: number;
  denial: boolean;
  anaphoric: boolean;
  /** Whether it asks or leaves open what it tells ("may or may not have …", "whether …"): no assertion. */
  open: boolean;
  /** Token range of the denial cue, when there is one. */
  cue0: number;
  cue1: number;
}

/**
 * The first denial cue in a text, or null. "Innocent" and "blameless" before a noun describe it
 * ("police killed an innocent man", "innocent civilians"): said of someone ("he is innocent",
 * "innocent of the charges") they deny a guilt; attributive, they deny nothing.
 */
function findDenial(text: string): RegExpExecArray | null {
  DENIAL_ALL.lastIndex = 0;
  for (let m = DENIAL_ALL.exec(text); m; m = DENIAL_ALL.exec(text)) {
    if (/^(?:innocent|blameless)$/i.test(m[0]) && attributive(text, m.index, m.index + m[0].length)) continue;
    if (/^den(?:y|ies|ied|ying)$/i.test(m[0]) && withheld(text, m.index, m.index + m[0].length)) continue;
    return m;
  }
  return null;
}

/**
 * "Deny" that withholds, not that disputes: with two objects ("to deny the Three Lions the
 * trophy", "denied him a penalty") or, in the passive, with the thing withheld ("was denied bail",
 * "were denied entry"). A statement denied has one object, a clause ("denied that …") or a noun
 * ("denied the report"), or an agent ("was denied by the ministry").
 */
function withheld(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (/^\s+(?:him|her|them|us|me|you|(?:the|a|an|his|her|their|its)\s+(?:[A-Z][\w'-]*\s+){0,3}[\w'-]+)\s+(?:the|a|an|his|her|their|its|any)\s/.test(after)) return true;
  return /\b(?:was|were|been|being|is|are)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\s+(?!that\b|by\b|in\b|on\b|at\b|as\b|to\b|and\b|or\b|but\b|it\b|this\b|the\b|any\b|all\b)[a-z]/.test(after);
}
const DENIAL_ALL = new RegExp(DENIAL.source, 'gi');
/** Words before an adjective that make it a noun's ("an innocent man"). */
const DETERMINERS = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|many|several|some|other|two|three|four|five|dozens|hundreds|of)$/i;
/** Words after a predicative adjective that are no noun ("innocent of", "innocent until …", "innocent and …"). */
const AFTER_PREDICATE = /^(?:of|in|and|or|but|until|till|to|on|at|by|as|for|because|after|before|when|since|with|he|she|they|it|we|i|you|his|her|their|then|too|again|is|was|were|are|be|been|said|says|insisted|maintained)$/i;
function attributive(text: string, start: number, end: number): boolean {
  const before = /([\p{L}']+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (before && DETERMINERS.test(before[1]!)) return true;
  const after = /^\s+([\p{Ll}]+)\b/u.exec(text.slice(end, end + 24));
  return !!after && !AFTER_PREDICATE.test(after[1]!);
}

/**
 * What leaves a statement open: both answers given ("may or may not have discussed"), a question
 * embedded ("investigating whether the aircraft fired", "unclear if"), a memory or knowledge
 * missing ("unable to remember if"). Such a clause asserts nothing a denial could be against.
 */
const OPEN = /\b(?:(may|might|could) or \1 not|whether|(?:unclear|not clear|not known|unknown|not sure|uncertain|unable to (?:say|tell|remember|recall|confirm)|(?:could|can|did|does|do) not (?:say|tell|remember|recall|confirm|know)) if)\b/i;

/** Cues that deny a property of the subject before them ("the government was not responsible"). */
const ADJECTIVAL = /^(?:blameless|innocent|not (?:responsible|involved|to blame|behind|true|guilty))/i;

const CONTRAST = new Set(['while', 'but', 'whereas', 'although', 'though', 'however', 'yet']);

/** Clauses: sentences cut at semicolons, dashes and contrastive conjunctions (", while", ", but"). */
function clauses(doc: DocEntry): Clause[] {
  const out: Clause[] = [];
  const s = doc.sentences;
  const { starts, ends } = doc.tokens;
  for (let k = 0; k < s.length / 2; k++) {
    const a = s[2 * k]!;
    const b = s[2 * k + 1]!;
    let c0 = a;
    for (let i = a + 1; i <= b; i++) {
      let cut = i === b;
      if (!cut) {
        // What separates the two words: a semicolon or a dash cuts; a comma cuts before a
        // contrastive conjunction; "while" and "whereas" cut anyway.
        let comma = false;
        for (let c = ends[i - 1]!; c < starts[i]! && !cut; c++) {
          const ch = doc.text.charCodeAt(c);
          if (ch === 59 || ch === 0x2013 || ch === 0x2014) cut = true;
          else if (ch === 45 && c > ends[i - 1]! && c + 1 < starts[i]! && doc.text.charCodeAt(c - 1) === 32 && doc.text.charCodeAt(c + 1) === 32) cut = true;
          else if (ch === 44) comma = true;
        }
        if (!cut) {
          const len = ends[i]! - starts[i]!;
          if (len >= 3 && len <= 8 && (comma || len === 5 || len === 7)) {
            const w = doc.text.slice(starts[i]!, ends[i]!).toLowerCase();
            cut = comma ? CONTRAST.has(w) : w === 'while' || w === 'whereas';
          }
        }
      }
      if (cut && i > c0) {
        const base = starts[c0]!;
        const text = doc.text.slice(base, ends[i - 1]!);
        const m = findDenial(text);
        let cue0 = -1;
        let cue1 = -1;
        if (m) {
          cue0 = c0;
          while (cue0 < i && ends[cue0]! <= base + m.index) cue0++;
          cue1 = cue0;
          while (cue1 < i && starts[cue1]! < base + m.index + m[0].length) cue1++;
        }
        out.push({ doc, t0: c0, t1: i, sentence: k, denial: !!m, anaphoric: ANAPHORIC.test(text), open: OPEN.test(text), cue0, cue1 });
        c0 = i;
      }
    }
  }
  return out;
}

/**
 * The words a denial is about: what follows the cue up to the next punctuation ("no proof [Syria
 * was behind the attack]"), and for a cue that denies something of its subject ("[the Syrian
 * government] was not responsible"), the words back to the clause start or the last "that".
 */
function claimRange(index: PassageIndex, c: Clause): [number, number] {
  const doc = c.doc;
  // "[The ferry had sunk] but this has not been confirmed": what the pronoun before the cue stands
  // for, earlier in the clause (at the clause's start, it is the clause before: `ANAPHORIC`). Only
  // a cue that ends its phrase: "it had not been proven that …" says what is unproven after it.
  const term = (i: number) => index.vocab.term(doc.tokens.terms[i]!);
  const ends = c.cue1 >= c.t1 || punctuationBetween(doc, c.cue1 - 1, c.cue1);
  if (ends && c.cue0 - 1 > c.t0 && UNCONFIRMED_SUBJECT.has(term(c.cue0 - 1)) && /^(?:has|have|had|could|cannot)$/.test(term(c.cue0))) {
    let b = c.cue0 - 1;
    if (b > c.t0 && /^(?:but|and|though|although|yet)$/.test(term(b - 1))) b--;
    if (b - c.t0 >= 3) return withoutFrame(index, doc, c.t0, b);
  }
  let a = c.cue1;
  let b = a;
  while (b < c.t1 && b - a < 10 && (b === a || !punctuationBetween(doc, b - 1, b))) b++;
  const cueText = doc.text.slice(doc.tokens.starts[c.cue0]!, doc.tokens.ends[c.cue1 - 1]!);
  if (ADJECTIVAL.test(cueText)) {
    a = c.cue0;
    while (a > c.t0 && c.cue0 - a < 6 && !punctuationBetween(doc, a - 1, a) && index.vocab.term(doc.tokens.terms[a - 1]!) !== 'that') a--;
  }
  return [a, b];
}

/** A clause without its reporting frame ("During the press conference, Lavrov said [they …]"). */
function withoutFrame(index: PassageIndex, doc: DocEntry, t0: number, t1: number): [number, number] {
  for (let i = t0; i < Math.min(t1 - 2, t0 + 10); i++) {
    const w = index.vocab.term(doc.tokens.terms[i]!);
    if (/^(said|say|says|told|added|insisted|claimed|stated|announced|believe|believes)$/.test(w)) {
      let a = i + 1;
      if (index.vocab.term(doc.tokens.terms[a]!) === 'that') a++;
      return [a, t1];
    }
  }
  return [t0, t1];
}

/**
 * Per article, kept in `DocEntry.kept` between derivations (they depend on its text alone): whether
 * it has a denial cue at all (the quick test, then the pattern), its clauses and their finder.
 */
export interface ClaimDocData {
  denies: boolean | undefined;
  clauses: Clause[] | undefined;
  finder: ClauseFinder | undefined;
  /** The slots of each sentence (claimSlots.ts), for the entities the article had. */
  slots: KeptSlots | undefined;
}

function claimDataOf(doc: DocEntry): ClaimDocData {
  return (doc.kept.claims ??= { denies: undefined, clauses: undefined, finder: undefined, slots: undefined });
}

/** What the claim detectors keep between derivations of one folder (owned by its corpus object). */
export class ClaimState {
  readonly words = new WordCounts();
  /** The assertions found at the last derivation, by topic and article (`claimDiscrepancies`). */
  assertions = new Map<string, KeptAssertion>();
}

/**
 * The assertion found for a topic in an article at the last derivation of an index, with all it
 * depended on: the article (its clauses) and its entities, the people the claim names, the topic's
 * words, weights and rarest words. The weights change with the folder, but typing in one article
 * changes the weights of the words typed only.
 */
interface KeptAssertion {
  o: DocEntry;
  entities: readonly EntityMention[];
  people: string;
  phrase: Int32Array;
  topic: Topic;
  best: { clause: Clause; score: number } | null;
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameTopic(a: Topic, b: Topic): boolean {
  return a.words === b.words && a.terms.length === b.terms.length && a.terms.every((t, i) => t === b.terms[i]) && sameNumbers(a.weights, b.weights) && sameNumbers(a.rarest, b.rarest);
}

/** Articles considered for a claim's assertions, at most. */
const CLAIM_CANDIDATE_DOCS = 24;

/**
 * The articles of an article's story (`related`), the most text shared first: those sharing
 * passages, then, in an analyst's folder of one event (`EVENT_FOLDER_DOCS`), those `related` by
 * the names they share though they share no passage (outlets writing their own reports of one
 * event share names, rarely sentences), in path order. At most CLAIM_CANDIDATE_DOCS.
 */
function storyDocs(index: PassageIndex, d: DocEntry, related: Related): DocEntry[] {
  const out = index
    .relatedDocs(d, RELATED_MIN_SHINGLES)
    .filter((x) => related(d, x.doc))
    .slice(0, CLAIM_CANDIDATE_DOCS)
    .map((x) => x.doc);
  if (index.size >= EVENT_FOLDER_DOCS || out.length >= CLAIM_CANDIDATE_DOCS) return out;
  const listed = new Set(out);
  const rest = index.allDocs().filter((o) => o !== d && !listed.has(o) && related(d, o));
  rest.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return [...out, ...rest].slice(0, CLAIM_CANDIDATE_DOCS);
}

export function claimDiscrepancies(index: PassageIndex, related: Related = () => true, state: ClaimState = new ClaimState()): Discrepancy[] {
  return finish(claimDiscrepancySteps(index, related, state));
}

/** `claimDiscrepancies` with checkpoints every few articles (common/budget.ts, `Steps`): a tenth of a second or more at 2,000 articles. */
export function* claimDiscrepancySteps(index: PassageIndex, related: Related = () => true, state: ClaimState = new ClaimState()): Steps<Discrepancy[]> {
  const docs = index.allDocs();
  const clausesOf = (d: DocEntry) => {
    const c = claimDataOf(d);
    return (c.clauses ??= clauses(d));
  };
  const finderOf = (d: DocEntry) => {
    const c = claimDataOf(d);
    return (c.finder ??= new ClauseFinder(index, d, clausesOf(d)));
  };
  // Each article's people in text order, for this derivation only (entities change between them).
  const people = new Map<DocEntry, EntityMention[]>();
  const peopleFor = (d: DocEntry) => {
    let list = people.get(d);
    if (!list) people.set(d, (list = peopleOf(d)));
    return list;
  };
  let cueIds: number[] | undefined;
  let weight: ((t: number) => number) | undefined;
  const assertionCache = new Map<string, { clause: Clause; score: number } | null>();
  // What the last derivation found, for the same topic (words, weights, people) in the same article.
  const before = state.assertions;
  const kept = new Map<string, KeptAssertion>();
  const found: { members: Member[]; label: string; keys: Set<string> }[] = [];
  let n = 0;
  for (const d of docs) {
    if (++n % DOCS_PER_STEP === 0) yield;
    // Cheap test first: most articles have none of the words a denial needs.
    const data = claimDataOf(d);
    let denies = data.denies;
    if (denies === undefined) {
      cueIds ??= CUE_TERMS.map((w) => index.vocab.find(normalizeWord(w))).filter((t): t is number => t !== undefined);
      denies = data.denies = cueIds.some((t) => index.hasTerm(d, t)) && DENIAL.test(d.text);
    }
    if (!denies) continue;
    const list = clausesOf(d);
    let candidates: DocEntry[] | undefined;
    list.forEach((c, ci) => {
      if (!c.denial) return;
      // The claim disputed: the clause itself, or the one before when the denial points back ("disputed this").
      let claim: Clause = c;
      if (c.anaphoric) {
        const prev = list[ci - 1];
        if (prev && !prev.denial) claim = prev;
      }
      const [f0, f1] = claim === c ? claimRange(index, c) : withoutFrame(index, claim.doc, claim.t0, claim.t1);
      weight ??= termWeights(index, state.words);
      const topic = topicOf(index, claim.doc, f0, f1, weight);
      // A claim says something about something: "He pleads [not guilty]" names no one.
      if (topic.words < 3 || topic.terms.length < 2) return;
      const members: Member[] = [member(d, span(d, c.t0, c.t1))];
      if (claim !== c) members.push(member(d, span(d, claim.t0, claim.t1)));
      let others = 0;
      const topicKey = phraseHash(d.tokens.terms, f0, f1);
      const claimPeople = peopleIn(claim.doc, peopleFor(claim.doc), f0, f1);
      // Assertions are looked for in the articles reporting the same story.
      candidates ??= storyDocs(index, d, related);
      for (const o of candidates) {
        // The same denial in several copies of an article asks each other article once.
        const cacheKey = `${topicKey}:${f1 - f0}:${o.id}`;
        let best = assertionCache.get(cacheKey);
        if (best === undefined) {
          const phrase = d.tokens.terms.subarray(f0, f1);
          const people = [...claimPeople].sort().join('\u0000');
          const prev = before?.get(cacheKey);
          if (prev && prev.o === o && prev.entities === o.entities && prev.people === people && sameNumbers(prev.phrase, phrase) && sameTopic(prev.topic, topic)) {
            best = prev.best;
            kept.set(cacheKey, prev);
            assertionCache.set(cacheKey, best);
          }
        }
        if (best === undefined) {
          best = null;
          for (const oc of finderOf(o).candidates(topic)) {
            if (oc.open) continue;
            // About someone else: the first person the clause names after its reporting frame
            // ("Mr Sullivan has pleaded guilty" for "Mr Ebbers has pleaded not guilty").
            if (claimPeople.size) {
              const [x0, x1] = withoutFrame(index, o, oc.t0, oc.t1);
              const first = firstPerson(o, peopleFor(o), x0, x1);
              if (first && !claimPeople.has(first)) continue;
            }
            const { score, found: n, pair, key } = topicOverlap(index, topic, o, oc.t0, oc.t1);
            if (n < 2) continue;
            let ok = pair && key && score >= 0.4;
            if (!ok && n >= 3) {
              // Or the same phrase: three content words aligned in order ("investigation into the … gas attack").
              const al = alignLocal(d.tokens.terms, o.tokens.terms, index, f0, f1, oc.t0, oc.t1);
              ok = !!al && al.matchedContent >= 3 && al.score >= 2.5;
            }
            if (ok && (!best || score > best.score)) best = { clause: oc, score };
          }
          assertionCache.set(cacheKey, best);
          kept.set(cacheKey, { o, entities: o.entities, people: [...claimPeople].sort().join('\u0000'), phrase: d.tokens.terms.slice(f0, f1), topic, best });
        }
        if (best) {
          members.push(member(o, span(o, best.clause.t0, best.clause.t1)));
          others++;
        }
      }
      if (!others) return;
      const keys = new Set(members.map((m) => `${m.doc}:${m.start}`));
      found.push({ members, label: `disputed: ${clean(d.text.slice(span(d, claim.t0, claim.t1).start, span(d, claim.t0, claim.t1).end))}`, keys });
    });
  }
  state.assertions = kept;
  // Claims sharing a member are one dispute (while that keeps it readable).
  const merged: typeof found = [];
  const byKey = new Map<string, (typeof found)[number]>();
  for (const f of found) {
    let into: (typeof found)[number] | undefined;
    for (const k of f.keys) {
      const g = byKey.get(k);
      if (g && g.keys.size + f.keys.size <= MAX_CLAIM_MEMBERS) {
        into = g;
        break;
      }
    }
    if (into) {
      into.members.push(...f.members);
      for (const k of f.keys) into.keys.add(k);
    } else merged.push((into = { ...f, members: [...f.members], keys: new Set(f.keys) }));
    for (const k of f.keys) if (!byKey.has(k)) byKey.set(k, into);
  }
  return merged.map((m) => ({ label: shorten(m.label, 14), kind: 'claim' as const, members: dedupe(m.members) }));
}

const MAX_CLAIM_MEMBERS = 10;

/** Surname (last word, lower case) of the first person named within tokens [t0, t1), if any. */
function firstPerson(doc: DocEntry, people: readonly EntityMention[], t0: number, t1: number): string | undefined {
  if (t1 <= t0) return undefined;
  const best = peopleWithin(people, doc.tokens.starts[t0]!, doc.tokens.ends[t1 - 1]!)[0];
  return best?.canonical.toLowerCase().split(/\s+/).pop();
}

/** Surnames (last words, lower case) of the people an article names within tokens [t0, t1). */
function peopleIn(doc: DocEntry, people: readonly EntityMention[], t0: number, t1: number): Set<string> {
  const out = new Set<string>();
  if (t1 <= t0) return out;
  for (const e of peopleWithin(people, doc.tokens.starts[t0]!, doc.tokens.ends[t1 - 1]!)) {
    const words = e.canonical.toLowerCase().split(/\s+/);
    out.add(words[words.length - 1]!);
  }
  return out;
}

/** An article's people in text order (by start; a stable sort keeps the article's order on ties). */
function peopleOf(doc: DocEntry): EntityMention[] {
  return doc.entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
}

/**
 * The people (`peopleOf`) within text[start, end), in text order: found by binary search, so that
 * a clause of a huge article costs its own people, not the article's (issue 15).
 */
function peopleWithin(people: readonly EntityMention[], start: number, end: number): EntityMention[] {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < people.length && people[k]!.start < end; k++) if (people[k]!.end <= end) out.push(people[k]!);
  return out;
}

function shorten(s: string, words: number): string {
  const w = s.split(/\s+/);
  return w.length > words ? w.slice(0, words).join(' ') + '…' : s;
}

export { slotConflicts, slotConflictSteps } from './claimConflicts';

/**
 * Does this text deny or dispute something (the cues a claim discrepancy's denial has)? For
 * readers of the discrepancies (core/corpus/coverage.ts) that tell the members that deny a claim
 * from those that state it.
 */
export function isDenial(text: string): boolean {
  return !!findDenial(text) || ANAPHORIC.test(text);
}

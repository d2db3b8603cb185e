/**
 * Discrepancies: facts the articles report differently, each member pointing at its exact span.
 *
 * - number: two articles give different figures for the same thing (a death toll of 89 and of
 *   87). The same thing means the same kind of count (the noun after the figure, with killed /
 *   dead / deaths / died read as one), close values, and sentences that share other words.
 * - name: one name spelled two ways across articles (Sergei / Sergey Lavrov): full names that are
 *   one entity, or that share all words but one, where that word differs by a letter or two.
 * - wording: a quote rendered in different words: the changes inside the versions of a clustered
 *   quote ("this relationship" / "this kind of relationship"), and a quote whose object another
 *   article reports differently ("an unlawful attack against Syria" / "… against Assad's forces").
 * - claim: what one article states and another reports as denied or disputed: a clause with a
 *   denial cue (denied, disputed, rejected, no proof, lack of evidence, blameless, not
 *   responsible, "no agreement was reached" …) and, in other articles, the assertive clauses on
 *   the same topic (its content words, weighted by how rare they are in the folder).
 *
 * Precision comes first: each kind asks for more than one weak signal before it reports anything.
 */
import type { Discrepancy, DiscrepancyKind } from '../common/analysisFormat';
import type { EntityMention, Span } from '../common/types';
import type { QuoteClusterDetail, QuoteRef } from './clusters';
import { ClaimState, claimDiscrepancies, slotConflicts } from './detectors/claims';
import { wordingFromClusters, wordingFromText } from './detectors/wording';
import { SHINGLE, type DocEntry, type PassageIndex } from './passages';
import { alignStatements, relatedPairs, StatementState } from './statements';
import { span } from './variants';

export type Member = Discrepancy['members'][number];

const KIND_ORDER: Record<DiscrepancyKind, number> = { number: 0, name: 1, wording: 2, claim: 3 };

/**
 * What the detectors keep between derivations of one folder, owned by its corpus object
 * (`CorpusMatcher`); what depends on one article alone is kept with the article (`DocEntry.kept`).
 */
export interface DiscrepancyState {
  claims: ClaimState;
  statements: StatementState;
}

export function newDiscrepancyState(): DiscrepancyState {
  return { claims: new ClaimState(), statements: new StatementState() };
}

/** All discrepancies of the indexed articles, given their quote clusters. */
export function computeDiscrepancies(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[], state: DiscrepancyState = newDiscrepancyState()): Discrepancy[] {
  return sortDiscrepancies(discrepancyParts(index, clusters, refs, state).flatMap((part) => part()));
}

/**
 * The kinds of discrepancies as separate steps, in the order `computeDiscrepancies` runs them, so
 * that a caller can run them in separate tasks (while the index does not change); then
 * {@link sortDiscrepancies} of all they found.
 */
export function discrepancyParts(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[], state: DiscrepancyState = newDiscrepancyState()): (() => Discrepancy[])[] {
  const related = relatedness(index, clusters);
  return [
    () => numberDiscrepancies(index, related),
    () => nameDiscrepancies(index),
    () => wordingFromClusters(index, clusters, refs),
    () => wordingFromText(index, clusters, related),
    () => claimDiscrepancies(index, related, state.claims),
    () => {
      const pairs = relatedPairs(index, related);
      return slotConflicts(index, alignStatements(index, pairs, state.statements), pairs);
    },
  ];
}

/** Members in article order; discrepancies by kind, then first member. */
export function sortDiscrepancies(out: Discrepancy[]): Discrepancy[] {
  for (const d of out) d.members.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmpMember(a.members[0]!, b.members[0]!));
}

/** Do two articles report the same story? */
export type Related = (a: DocEntry, b: DocEntry) => boolean;

/** Shared distinct shingles that make two articles one story even without a shared quote (wire copy). */
const RELATED_SHARED_TEXT = 20;

/**
 * Two articles report the same story when they quote the same utterance (a cluster with a quote
 * of four words or more in both), or share a good deal of text. Stock phrases ("the second half
 * of", "the Bank of England") join unrelated business stories; shared quotes do not.
 */
export function relatedness(index: PassageIndex, clusters: QuoteClusterDetail[]): Related {
  // Smaller id → the larger ids it quotes the same utterance as (small integers all: no
  // floating-point keys to hash).
  const pairs = new Map<number, Set<number>>();
  const add = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let s = pairs.get(lo);
    if (!s) pairs.set(lo, (s = new Set()));
    s.add(hi);
  };
  for (const c of clusters) {
    const docs = [...new Set(c.members.filter((m) => m.text.trim().split(/\s+/).length >= SHINGLE).map((m) => index.doc(m.doc)!.id))];
    if (docs.length < 2 || docs.length > 50) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) add(docs[i]!, docs[j]!);
  }
  const quoteSame = (a: number, b: number) => (a < b ? pairs.get(a)?.has(b) : pairs.get(b)?.has(a)) === true;
  return (a, b) => a === b || quoteSame(a.id, b.id) || index.sharedShingles(a, b) >= RELATED_SHARED_TEXT;
}

function cmpMember(a: Member, b: Member): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

export function member(doc: DocEntry, s: Span): Member {
  return { doc: doc.path, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

export function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»,.;:]+|[\s"'“”‘’«»,.;:]+$/gu, '');
}


/** Members without repeats (the same span twice). */
export function dedupe(members: Member[]): Member[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = `${m.doc}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Is there punctuation (not a hyphen or an apostrophe) between token a and token b? */
export function punctuationBetween(doc: DocEntry, a: number, b: number): boolean {
  if (a < 0) return true;
  const between = doc.text.slice(doc.tokens.ends[a]!, doc.tokens.starts[b]!);
  return /[,.;:!?()\u2013\u2014"“”]|\s[-\u2013\u2014]\s/u.test(between);
}

// ---------------------------------------------------------------------------------------------
// Numbers.

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3 };
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Counts of people hurt or killed: the noun or the verb near the figure says which. */
const KILLED = /^(kill|killed|killing|dead|death|die|died|dying|fatalit|fatality|toll|live|life|slain|murdered|drowned)$/;
const INJURED = /^(injur|injured|injuring|injury|wounded|wounding|hurt|injurie)$/;
const PEOPLE = /^(people|person|civilian|child|children|men|women|soldier|victim|resident|worker|passenger|student|protester|migrant|refugee|casualty|casualtie|body|bodie)$/;

interface NumberMention {
  doc: DocEntry;
  value: number;
  /** What is counted: a frame ('killed', 'injured', 'percent') or the counted noun. */
  frame: string;
  t0: number;
  t1: number;
  /** Token range of its sentence. */
  s0: number;
  s1: number;
  /** Content words of the sentence, without the figure and the counted noun. */
  context: Set<number>;
  /** Content words within five words of the figure. */
  near: Set<number>;
}

function nearbyShared(a: NumberMention, b: NumberMention): boolean {
  for (const t of a.near) if (b.near.has(t)) return true;
  return false;
}

/** The value of a term that is a figure or a number word; undefined for every other term (cached per vocabulary). */
const numericCache = new WeakMap<object, { values: Float64Array }>();
function numericValue(index: PassageIndex, term: number): number | undefined {
  return numericValueIn(numericValues(index), index, term);
}

/**
 * The vocabulary's cache of term values, covering every term it has: NaN not looked at yet, -1
 * not a number. Fetched once per article rather than once per word (`numberMentions` asks for
 * every word).
 */
function numericValues(index: PassageIndex): Float64Array {
  let cache = numericCache.get(index.vocab);
  if (!cache) numericCache.set(index.vocab, (cache = { values: new Float64Array(0) }));
  if (index.vocab.size > cache.values.length) {
    const grown = new Float64Array(index.vocab.size + 1024).fill(NaN);
    grown.set(cache.values);
    cache.values = grown;
  }
  return cache.values;
}

function numericValueIn(values: Float64Array, index: PassageIndex, term: number): number | undefined {
  let v = values[term]!;
  if (Number.isNaN(v)) {
    const w = index.vocab.term(term);
    v = -1;
    if (/^\d[\d,]*(\.\d+)?$/.test(w)) v = Number(w.replace(/,/g, ''));
    else if (w in NUMBER_WORDS && w !== 'hundred') v = NUMBER_WORDS[w]!;
    if (!Number.isFinite(v) || v < 0) v = -1;
    values[term] = v;
  }
  return v < 0 ? undefined : v;
}

function numberMentions(index: PassageIndex, doc: DocEntry): NumberMention[] {
  const out: NumberMention[] = [];
  const { terms, starts, ends, length } = doc.tokens;
  const word = (i: number) => (i >= 0 && i < length ? index.vocab.term(terms[i]!) : '');
  const values = numericValues(index);
  for (let i = 0; i < length; i++) {
    let value = numericValueIn(values, index, terms[i]!);
    if (value === undefined) continue;
    // Dates, years, times, clock readings and parts of names are not counts.
    const raw = doc.text.slice(starts[i]!, ends[i]!);
    const before = doc.text.slice(Math.max(0, starts[i]! - 1), starts[i]!);
    const after = doc.text.slice(ends[i]!, ends[i]! + 1);
    if (MONTHS.has(word(i - 1)) || MONTHS.has(word(i + 1))) continue;
    if (/^\d+$/.test(raw) && value >= 1800 && value <= 2100) continue;
    if (/[:/$£€#]/.test(before) || after === ':' || after === '/') continue;
    if (/^\d/.test(raw) && /\p{Lu}/u.test(doc.text[starts[i]! - 2] ?? '') && before === '-') continue;
    let j = i + 1;
    if (word(j) in MULTIPLIERS && !punctuationBetween(doc, i, j)) {
      value *= MULTIPLIERS[word(j)]!;
      j++;
    }
    // The counted noun: the last content word of the run after the figure.
    let head = '';
    let h1 = j;
    if (after === '%' || (word(j) === 'per' && word(j + 1) === 'cent') || word(j) === 'percent') head = 'percent';
    else {
      for (let k = j; k < Math.min(length, j + 4); k++) {
        if (punctuationBetween(doc, k - 1, k) && k > j) break;
        if (k === j && punctuationBetween(doc, i, k) && !/^-$/.test(doc.text.slice(ends[i]!, starts[k]!))) break;
        const t = terms[k]!;
        if (index.isStop(t)) {
          if (head) break;
          continue;
        }
        if (/^\d/.test(word(k))) break;
        head = word(k);
        h1 = k + 1;
      }
    }
    if (!head) continue;
    const s = index.sentenceOf(doc, i);
    const s0 = s >= 0 ? doc.sentences[2 * s]! : Math.max(0, i - 15);
    const s1 = s >= 0 ? doc.sentences[2 * s + 1]! : Math.min(length, i + 15);
    let frame = head;
    if (KILLED.test(head)) frame = 'killed';
    else if (INJURED.test(head)) frame = 'injured';
    else if (PEOPLE.test(head)) {
      // People killed or hurt: the verb or noun within a few words says which.
      for (let k = Math.max(s0, i - 6); k < Math.min(s1, h1 + 6); k++) {
        const x = word(k);
        if (KILLED.test(x)) frame = 'killed';
        else if (INJURED.test(x) && frame !== 'killed') frame = 'injured';
      }
    }
    out.push({ doc, value, frame, t0: i, t1: h1, s0, s1, context: EMPTY, near: EMPTY });
  }
  return out;
}

const EMPTY: Set<number> = new Set();

/** Each article's figures, kept between derivations (they depend on its text alone; their words around are added when first compared). */
const mentionCache = new WeakMap<DocEntry, NumberMention[]>();

function mentionsOf(index: PassageIndex, doc: DocEntry): NumberMention[] {
  let list = mentionCache.get(doc);
  if (!list) mentionCache.set(doc, (list = numberMentions(index, doc)));
  return list;
}

/** The words around a figure (computed only for the figures that are compared). */
function addContext(index: PassageIndex, m: NumberMention): void {
  if (m.context !== EMPTY) return;
  const terms = m.doc.tokens.terms;
  const context = new Set<number>();
  const near = new Set<number>();
  for (let k = m.s0; k < m.s1; k++) {
    if (k >= m.t0 && k < m.t1) continue;
    const t = terms[k]!;
    if (index.isStop(t) || numericValue(index, t) !== undefined) continue;
    context.add(t);
    if (k >= m.t0 - 5 && k < m.t1 + 5) near.add(t);
  }
  m.context = context;
  m.near = near;
}

/**
 * What was found for each kind of count at the last derivation of an index: the mentions compared,
 * the answers `related` gave (by position in the list), and the groups found (positions). The same
 * mentions, or mentions of a changed article with the same value and the same words around, in the
 * same order, with the same answers, give the same groups: they are not looked for again.
 */
interface FrameResult {
  list: NumberMention[];
  asked: [number, number, boolean][];
  groups: number[][];
}

const frameCache = new WeakMap<PassageIndex, Map<string, FrameResult>>();

function sameSet(a: Set<number>, b: Set<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The same mention, or one that counts the same for grouping (the same article after an edit elsewhere in it). */
function sameMention(index: PassageIndex, a: NumberMention, b: NumberMention): boolean {
  if (a === b) return true;
  if (a.doc.path !== b.doc.path || a.value !== b.value || a.frame !== b.frame) return false;
  addContext(index, b);
  return sameSet(a.context, b.context) && sameSet(a.near, b.near);
}

export function numberDiscrepancies(index: PassageIndex, related: Related = () => true): Discrepancy[] {
  const byFrame = new Map<string, NumberMention[]>();
  for (const doc of index.allDocs()) {
    for (const m of mentionsOf(index, doc)) {
      const list = byFrame.get(m.frame);
      if (list) list.push(m);
      else byFrame.set(m.frame, [m]);
    }
  }
  const before = frameCache.get(index);
  const kept = new Map<string, FrameResult>();
  const out: Discrepancy[] = [];
  for (const [frame, list] of byFrame) {
    if (list.length < 2 || new Set(list.map((m) => m.doc.id)).size < 2) continue;
    const known = before?.get(frame);
    let result: FrameResult;
    if (
      known &&
      known.list.length === list.length &&
      known.list.every((m, i) => sameMention(index, m, list[i]!)) &&
      known.asked.every(([i, j, r]) => related(list[i]!.doc, list[j]!.doc) === r)
    ) {
      result = { ...known, list };
    } else {
      const asked: [number, number, boolean][] = [];
      const groups = frameGroups(index, frame, list, (i, j) => {
        const r = related(list[i]!.doc, list[j]!.doc);
        asked.push([i, j, r]);
        return r;
      });
      result = { list, asked, groups };
    }
    kept.set(frame, result);
    for (const gi of result.groups) {
      const g = gi.map((i) => list[i]!);
      const members = g.map((m) => member(m.doc, span(m.doc, m.t0, m.t0 + 1)));
      const values = [...new Set(g.map((m) => m.value))].sort((a, b) => b - a);
      const label = `${frame === 'killed' ? 'number killed' : frame === 'injured' ? 'number injured' : frame}: ${values.join(' / ')}`;
      out.push({ label, kind: 'number', members: dedupe(members) });
    }
  }
  frameCache.set(index, kept);
  return out;
}

/** The groups of mentions of one kind of count that give one fact differently. */
function frameGroups(index: PassageIndex, frame: string, list: NumberMention[], related: (i: number, j: number) => boolean): number[][] {
  for (const m of list) addContext(index, m);
  // Candidate pairs through shared context words (each mention meets only mentions sharing words).
  const byTerm = new Map<number, number[]>();
  list.forEach((m, i) => {
    for (const t of m.context) {
      const l = byTerm.get(t);
      if (l) l.push(i);
      else byTerm.set(t, [i]);
    }
  });
  const parent = list.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const linked = new Set<number>();
  const casualty = frame === 'killed' || frame === 'injured';
  // Values each article gives for this kind of count: two articles that both give 89 and 87
  // do not disagree.
  const valuesIn = new Map<number, Set<number>>();
  for (const m of list) {
    let v = valuesIn.get(m.doc.id);
    if (!v) valuesIn.set(m.doc.id, (v = new Set()));
    v.add(m.value);
  }
  // Context words each later mention shares with this one (counts, and the mentions in the
  // order they were first met).
  const sharedWith = new Int32Array(list.length);
  const met: number[] = [];
  list.forEach((m, i) => {
    met.length = 0;
    for (const t of m.context) {
      const l = byTerm.get(t)!;
      // A word in the context of many figures (year, market) says little about which.
      if (l.length > 50) continue;
      for (const j of l) if (j > i && sharedWith[j]!++ === 0) met.push(j);
    }
    for (const j of met) {
      const n = sharedWith[j]!;
      sharedWith[j] = 0;
      const o = list[j]!;
      if (o.doc === m.doc || o.value === m.value) continue;
      if (valuesIn.get(o.doc.id)!.has(m.value) || valuesIn.get(m.doc.id)!.has(o.value)) continue;
      const ratio = Math.min(o.value, m.value) / Math.max(o.value, m.value);
      if (ratio < (casualty ? 0.5 : 0.67)) continue;
      if (n < (casualty ? 2 : 3)) continue;
      // Other counts (percentages, sums, missiles) must also be about the same words nearby.
      if (!casualty && !nearbyShared(m, o)) continue;
      if (!related(i, j)) continue;
      parent[find(i)] = find(j);
      linked.add(i);
      linked.add(j);
    }
  });
  const groups = new Map<number, number[]>();
  for (const i of linked) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const out: number[][] = [];
  for (const g of groups.values()) {
    // A figure that differs in many ways is many figures, not one fact reported differently.
    if (new Set(g.map((i) => list[i]!.value)).size > 3 || g.length > 8) continue;
    out.push(g);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names.

const TITLES = /^(mr|mrs|ms|dr|sir|dame|lord|lady|president|minister|secretary|senator|general|gen|prof|professor|king|queen|prince|princess|pope|judge|chancellor|governor|mayor|inspector|captain|chief|sheriff|envoy|ambassador|bishop|father|sister|coach|manager)$/i;

interface NameUse {
  doc: DocEntry;
  start: number;
  end: number;
  words: string[];
  key: string;
  entity: string | null;
}

/** Full names (two words or more) used in the articles: entity mentions, else capitalised runs. */
function nameUses(doc: DocEntry): NameUse[] {
  const out: NameUse[] = [];
  const add = (start: number, end: number, entity: string | null) => {
    if (!/\s/.test(doc.text.slice(start, end))) return; // one word: no full name to compare
    // Titles before the name are not part of it ("Mayor Katarina Novak").
    let m: RegExpExecArray | null;
    while ((m = /^(\p{L}+)\.?[\s\u00a0]+/u.exec(doc.text.slice(start, end))) && TITLES.test(m[1]!)) start += m[0].length;
    const text = doc.text.slice(start, end);
    const words = text
      .replace(/[’']s$/u, '')
      .split(/[\s\u00a0]+/)
      .filter((w) => w && !TITLES.test(w.replace(/\.$/, '')));
    if (words.length < 2) return;
    out.push({ doc, start, end, words, key: words.map((w) => w.toLowerCase()).join(' '), entity });
  };
  const people = doc.entities.filter((e: EntityMention) => e.type === 'person');
  if (doc.entities.length) for (const e of people) add(e.start, e.end, e.canonical);
  else {
    const re = /\b\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:(?:al|bin|van|von|de|da|di|du|la|le)[- ])?\p{Lu}[\p{L}'’-]+)+/gu;
    for (const m of doc.text.matchAll(re)) add(m.index!, m.index! + m[0].length, null);
  }
  return out;
}

/** Each article's full names, for its current entities. */
const nameCache = new WeakMap<DocEntry, { entities: readonly EntityMention[]; uses: NameUse[] }>();

function nameUsesOf(doc: DocEntry): NameUse[] {
  const known = nameCache.get(doc);
  if (known?.entities === doc.entities) return known.uses;
  const uses = nameUses(doc);
  nameCache.set(doc, { entities: doc.entities, uses });
  return uses;
}

/** Damerau–Levenshtein distance, up to `max` (returns max + 1 beyond). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}

/** Two spellings of one word: a letter or two apart, not one word extending the other (Russia/Russian). */
export function spellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Short names differ by a letter and are other names (John / Joan, Iran / Iraq).
  if (x === y || x.length < 5 || y.length < 5) return false;
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const max = Math.min(x.length, y.length) >= 7 ? 2 : 1;
  return editDistance(x, y, max) <= max;
}

export function nameDiscrepancies(index: PassageIndex): Discrepancy[] {
  const uses: NameUse[] = [];
  for (const doc of index.allDocs()) uses.push(...nameUsesOf(doc));
  const byKey = new Map<string, NameUse[]>();
  for (const u of uses) {
    const l = byKey.get(u.key);
    if (l) l.push(u);
    else byKey.set(u.key, [u]);
  }
  // Spellings sharing every word but one are found through that shared skeleton.
  const skeleton = new Map<string, Set<string>>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    words.forEach((_, i) => {
      const k = words.map((w, j) => (j === i ? '\u0000' : w)).join(' ');
      let s = skeleton.get(k);
      if (!s) skeleton.set(k, (s = new Set()));
      s.add(key);
    });
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [k, keys] of skeleton) {
    if (keys.size < 2 || keys.size > 6) continue;
    const list = [...keys];
    const at = k.split(' ').indexOf('\u0000');
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (!spellingVariant(a.split(' ')[at]!, b.split(' ')[at]!)) continue;
        const ua = byKey.get(a)!;
        const ub = byKey.get(b)!;
        // Across articles, and not two people the entity linker keeps apart.
        const docsA = new Set(ua.map((u) => u.doc.id));
        const docsB = new Set(ub.map((u) => u.doc.id));
        if (ub.every((u) => docsA.has(u.doc.id)) && ua.every((u) => docsB.has(u.doc.id))) continue;
        const ea = ua.find((u) => u.entity)?.entity;
        const eb = ub.find((u) => u.entity)?.entity;
        if (ea && eb && ea !== eb && !spellingVariant(ea, eb) && ea.toLowerCase() !== eb.toLowerCase()) continue;
        const ra = find(a);
        const rb = find(b);
        if (!parent.has(ra)) parent.set(ra, ra);
        if (!parent.has(rb)) parent.set(rb, rb);
        parent.set(rb, ra);
      }
  }
  const groups = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const r = find(key);
    const g = groups.get(r);
    if (g) g.push(key);
    else groups.set(r, [key]);
  }
  const out: Discrepancy[] = [];
  for (const keys of groups.values()) {
    const members: Member[] = [];
    const spellings = new Map<string, number>();
    for (const k of keys)
      for (const u of byKey.get(k)!) {
        members.push({ doc: u.doc.path, start: u.start, end: u.end, text: u.doc.text.slice(u.start, u.end) });
        const sp = u.words.join(' ');
        spellings.set(sp, (spellings.get(sp) ?? 0) + 1);
      }
    const label = [...spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s).join(' / ');
    out.push({ label, kind: 'name', members: dedupe(members) });
  }
  return out;
}

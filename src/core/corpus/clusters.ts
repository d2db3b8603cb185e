/**
 * Quote clusters: quotes in two or more articles that render the same utterance.
 *
 * Quotes are compared word by word as cluster terms (plural, British and American spellings and a
 * few interchangeable nouns folded: quoteTerms.ts). Links between quotes come in three strengths:
 * 1. the same words: always one utterance (a short quote only within one story);
 * 2. long quotes (four words or more) sharing word trigrams, aligned word by word: linked when the
 *    shared words make up most of the shorter quote (a trimmed rendering inside a longer one, one
 *    sentence of a joined rendering), or when they share a long exact run (a reworded translation
 *    that keeps "especially at the military level"; for one person's quotes, a run of seven words
 *    of its grammar and three content words aligned: a translation back into English); not when
 *    all they share is a short formula both go on from with words of their own ("We will rebuild
 *    X together" / "We will rebuild X because …"), unless it is a whole sentence of one;
 * 3. short quotes (a word or three: "low point", "working group", or more words with one content
 *    word: "it is very difficult") found as an exact phrase inside another quote. A one-word quote needs more: another quote of its sentence found in the same
 *    quote ("open", "substantial" and "frank" inside "substantial, frank, open"), a quote of its
 *    own article that contains it (a headline's 'low' and the body's "low level of trust"; in the
 *    body, not a word of every story: 'it was “time” to go' / "given me time for reflection"), another
 *    quote of the same person in its article rendered by that quote (“suspicious” … “potential
 *    arson” / “treating it as suspicious and as potential arson”), or the
 *    words beside it in its sentence beside it in the other quote too (an “intensive” seven-month
 *    review / "an intensive, seven-month review"). When a short phrase sits inside quotes of
 *    different utterances, the speaker, the quotes of the same sentence and the words around it
 *    choose.
 *
 * Speakers: two people named as saying two quotes make them two utterances unless the words are
 * one long distinctive passage (an outlet crediting a statement to its author, another to the
 * spokesman who read it); a person and a body or a description ("the Navy", "authorities") are
 * not two speakers. A speaker that is a person only by the capitals of the words credited (not a
 * name its article knows) parts less: most of the shorter quote in the other is one utterance.
 * Words in marks of their own inside a quote are another's, whoever the quote is credited to.
 *
 * A link joins a region of each quote, not the whole quote, so one quote that strings two
 * utterances together ("X. Y.") belongs to both clusters, while the clusters stay apart
 * (segments.ts). A link between two long stretches is one link per sentence, so a statement two
 * outlets quote whole joins the cluster of each sentence others quote alone instead of chaining
 * them; clusters of the same quotes are one again. Clusters are the connected segments.
 *
 * Nothing here grows faster than the quotes: candidate pairs per quote, quotes of one sentence
 * used as evidence, places a short phrase is looked for in and regions per quote are capped (a
 * text full of stray quotation marks has thousands of quotes sharing every phrase).
 */
import type { SpanRef } from '../common/analysisFormat';
import type { Span } from '../common/types';
import { finish, type Steps } from '../common/budget';
import { alignLocal, contentCount, extendAlignment, weightOf, type AlignOp } from './align';
import { phraseHash, shingleHash, type PassageIndex } from './passages';
import { ClusterState, differentPeople, isLong, quotedInside, StoryTest, type QuoteRef } from './quoteTerms';
import { rewordedLinks } from './reworded';
import { shortQuoteLinks } from './clusterShortQuotes';
import { capRegions, pushLink, Segments, sentenceStarts, type Link } from './segments';

export { ClusterState, type QuoteRef } from './quoteTerms';

export interface ClusterMember extends SpanRef {
  text: string;
  /** The part of the quote that renders this utterance (the whole quote unless it strings several together). */
  region: Span;
  speaker: string | null;
}

export interface QuoteClusterDetail {
  /** A short representative text. */
  label: string;
  /** Members in article order; one per quote. */
  members: ClusterMember[];
  /** Index in `members` of the version the others are compared with. */
  reference: number;
}

/** Long-quote alignments, keyed by the two quotes' texts: a quote pair is aligned once per text, not per change. */
export type AlignmentCache = Map<string, LinkedRegions | null>;

interface LinkedRegions {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** Shared words over the shorter quote's words (weighted). */
  cover: number;
  /** Shared words over the longer quote's words (weighted). */
  coverLonger: number;
  /** Shared content words. */
  content: number;
  /** Linked only if the stretch is a whole sentence of a quote joining several (one exact run). */
  sentence: boolean;
  /** Linked only if one person is named as saying both (a long run of mostly function words). */
  phrase: boolean;
  /** A short stretch both go on from with words of their own: linked only if it is a whole sentence of one. */
  fork: boolean;
  /** The alignment's runs, to link each sentence of a long stretch on its own (`pushLink`). */
  ops: AlignOp[];
  /** Linked only if the stretch is most of one sentence of a quote holding several (`mostOfSentence`). */
  part: boolean;
  /** Weight of the shared words. */
  weight: number;
}

export interface ClusterOptions {
  cache?: AlignmentCache;
  /** What to keep between derivations of the same index (a new one each time when not given). */
  state?: ClusterState;
}

export function newClusterState(): ClusterState {
  return new ClusterState();
}

/** Distinct quote texts a trigram may be in and still suggest two quotes render one utterance. */
const QUOTE_TRIGRAM_MAX_DF = 20;
/** Long quotes aligned with one quote at most (those sharing the most trigrams). */
const MAX_ALIGN_CANDIDATES = 24;
/** Quotes this short may be a stock phrase ("the best of both worlds"), not one utterance. */
const IDIOM_WORDS = 5;
/** Stories looked through for a short quote in the same words (a stock phrase is in many). */
const MAX_STORIES = 32;
/** Words of a whole sentence of a joined quote found as one run in another quote, at least. */
const SENTENCE_RUN = 4;
/** Words of a shared stretch both quotes go on from with their own content words, below which it is a formula, not one statement. */
const FORK_WORDS = 6;
/** Words of one run, and content words aligned in all, that make one sentence of one person's said in other nouns. */
const PHRASE_RUN = 7;
const PHRASE_CONTENT = 3;
/** Shared words (weighted) over the shorter quote's, or over one sentence of a quote joining several, that make one utterance. */
const COVER = 0.6;
/** Shared content words that let two people's quotes be one passage (a statement credited two ways). */
const PASSAGE_CONTENT = 6;
/** Shared words over the shorter quote's, and shared content words, that make one utterance of two quotes when one's speaker is only guessed (`guessed`). */
const GUESSED_COVER = 0.75;
const GUESSED_CONTENT = 4;

function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const partial = (q: QuoteRef) => q.quote.kind === 'partial';



/**
 * Word trigrams of a quote, distinct, in order, without those of function words only. Trigrams,
 * not the index's four-word shingles: one changed word in a short quote ("this kind / sort of
 * deal") leaves few four-word ones. Kept with the quote.
 */
function trigramsOf(index: PassageIndex, q: QuoteRef): Int32Array {
  if (q.data?.trigrams) return q.data.trigrams;
  const out = new Set<number>();
  for (let i = 0; i + 3 <= q.terms.length; i++) {
    if (index.isStop(q.terms[i]!) && index.isStop(q.terms[i + 1]!) && index.isStop(q.terms[i + 2]!)) continue;
    out.add(shingleHash(q.terms, i, 3));
  }
  const t = Int32Array.from(out);
  if (q.data) q.data.trigrams = t;
  return t;
}

/**
 * Lists of quote ids by 32-bit key, each in the order appended, in typed arrays: an open-addressing
 * table of keys (each slot a record of key, list length, head and tail, side by side so that a
 * probe reads one cache line) and one pool of entries. Sized for the keys it will hold when made
 * (no rehashing), and `append` gives the key's slot, so that a quote's own keys are not looked up
 * again. Building it for every quote trigram of a corpus costs a fraction of a map of arrays.
 */
class IdLists {
  /** Slot k: [4k] key, [4k + 1] list length (0: empty), [4k + 2] head, [4k + 3] tail entry. */
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private ids: Int32Array;
  private nexts: Int32Array;
  private size = 0;

  /** For up to `keys` distinct keys and `entries` appends. */
  constructor(keys: number, entries: number) {
    let cap = 1024;
    while (cap < 2 * keys) cap *= 2;
    this.table = new Int32Array(4 * cap);
    this.mask = cap - 1;
    this.shift = Math.clz32(this.mask);
    this.ids = new Int32Array(Math.max(16, entries));
    this.nexts = new Int32Array(Math.max(16, entries));
  }

  /** The slot of a key (its count is 0 when absent). */
  slot(key: number): number {
    const t = this.table;
    // Fibonacci hashing: the product's high bits, which depend on every bit of the key.
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (t[4 * i + 1] !== 0 && t[4 * i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  count(slot: number): number {
    return this.table[4 * slot + 1]!;
  }

  head(slot: number): number {
    return this.table[4 * slot + 1] === 0 ? -1 : this.table[4 * slot + 2]!;
  }

  next(entry: number): number {
    return this.nexts[entry]!;
  }

  id(entry: number): number {
    return this.ids[entry]!;
  }

  /** Appends `id` to the list of `key`; returns the key's slot. */
  append(key: number, id: number): number {
    const i = this.slot(key);
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.ids = ids;
      const nexts = new Int32Array(this.size * 2);
      nexts.set(this.nexts);
      this.nexts = nexts;
    }
    const e = this.size++;
    this.ids[e] = id;
    this.nexts[e] = -1;
    const t = this.table;
    if (t[4 * i + 1] === 0) {
      t[4 * i] = key;
      t[4 * i + 2] = e;
    } else this.nexts[t[4 * i + 3]!] = e;
    t[4 * i + 3] = e;
    t[4 * i + 1]!++;
    return i;
  }
}

/** Computes the quote clusters of the indexed articles. */
export function computeQuoteClusters(index: PassageIndex, options: ClusterOptions = {}): { clusters: QuoteClusterDetail[]; refs: QuoteRef[] } {
  return finish(quoteClusterSteps(index, options));
}

/**
 * `computeQuoteClusters` with checkpoints (common/budget.ts, `Steps`): it yields between its steps
 * and now and then inside their loops — never inside a call to the kept state — so that the editor
 * can spread a derivation over several tasks. The same result.
 */
export function* quoteClusterSteps(index: PassageIndex, options: ClusterOptions = {}): Steps<{ clusters: QuoteClusterDetail[]; refs: QuoteRef[] }> {
  // (A function per step: V8 rebuilt one generator for all each time a later step was reached.)
  const tick: Ticks = { n: 0 };
  const state = options.state ?? new ClusterState();
  const refs = state.quoteRefs(index);
  yield;
  const cache = options.cache ?? new Map();
  const story = new StoryTest(index, state.storyMemo());
  const links: Link[] = [];
  // 1. The same words.
  const { reps, dupsOf } = yield* sameWordsLinks(refs, story, links, tick);
  // 2. Long quotes sharing word trigrams, aligned.
  yield;
  yield* trigramLinks(index, refs, reps.filter(isLong), dupsOf, cache, story, links, tick);
  // 2b. Renderings in other words by one speaker.
  yield;
  rewordedLinks(index, refs, links, state, story);
  yield;

  // 3. Short quotes inside other quotes.
  yield* shortQuoteLinks(index, refs, links, state, story);
  yield;

  // 4. Clusters: connected segments spanning two or more articles.
  const segments = new Segments(capRegions(links), refs);
  yield;
  const components = segments.components();
  yield;
  const clusters: QuoteClusterDetail[] = [];
  for (const members of sameQuotesMerged(components.values())) {
    if (++tick.n % 64 === 0) yield;
    const c = clusterOf(index, refs, members);
    if (c) clusters.push(c);
  }
  clusters.sort((a, b) => b.members.length - a.members.length || (a.members[0]!.doc < b.members[0]!.doc ? -1 : 1) || a.members[0]!.start - b.members[0]!.start);
  return { clusters, refs };
}

/** The count of loop turns `quoteClusterSteps` yields by (one for all its steps). */
type Ticks = { n: number };

/**
 * Step 1: quotes in the same words linked whole (a long one wherever it is, a short one within
 * one story); each group's first quote (`reps`) with its copies (`dupsOf`).
 */
function* sameWordsLinks(refs: QuoteRef[], story: StoryTest, links: Link[], tick: Ticks): Steps<{ reps: QuoteRef[]; dupsOf: Map<number, QuoteRef[]> }> {
  const whole = (a: QuoteRef, b: QuoteRef) => pushLink(links, a, 0, a.terms.length, b, 0, b.terms.length, null);
  const byFull = new Map<number, QuoteRef[]>();
  for (const q of refs) {
    if (q.content === 0) continue;
    const list = byFull.get(q.full);
    if (!list) byFull.set(q.full, [q]);
    else list.push(q);
  }
  const reps: QuoteRef[] = [];
  const dupsOf = new Map<number, QuoteRef[]>();
  /** Short partial quotes that repeat one earlier in their article (see `storyOf`). */
  const echoes = new Set<number>();
  for (const list of byFull.values()) {
    if (++tick.n % 256 === 0) yield;
    const groups: QuoteRef[][] = [];
    for (const q of list) {
      const g = groups.find((x) => sameTerms(x[0]!.terms, q.terms));
      if (g) g.push(q);
      else groups.push([q]);
    }
    for (const g of groups) {
      // A long quote in the same words is one utterance wherever it is; a short one ("the best of
      // both worlds") only within one story, and not when two people are named as saying it.
      const stories: QuoteRef[][] = [];
      for (const q of g) {
        const story_ = q.terms.length > IDIOM_WORDS ? stories[0] : storyOf(stories, q, story, echoes);
        if (story_) {
          whole(story_[0]!, q);
          story_.push(q);
        } else stories.push([q]);
      }
      for (const st of stories) {
        reps.push(st[0]!);
        dupsOf.set(st[0]!.id, st);
      }
    }
  }
  return { reps, dupsOf };
}

/**
 * Step 2: long quotes sharing word trigrams, aligned. Trigrams, not the index's four-word
 * shingles: one changed word in a short quote ("this kind / sort of deal") leaves few four-word ones.
 */
function* trigramLinks(index: PassageIndex, refs: QuoteRef[], longReps: QuoteRef[], dupsOf: Map<number, QuoteRef[]>, cache: NonNullable<ClusterOptions['cache']>, story: StoryTest, links: Link[], tick: Ticks): Steps<void> {
  const own: Int32Array[] = [];
  let entries = 0;
  for (const q of longReps) {
    if (++tick.n % 256 === 0) yield;
    const t = trigramsOf(index, q);
    own[q.id] = t;
    entries += t.length;
  }
  // Slots of each quote's trigrams, in the order of `own` (distinct keys are at most the entries).
  const postings = new IdLists(entries, entries);
  const slots = new Int32Array(entries);
  const slotsFrom: number[] = [];
  let at = 0;
  for (const q of longReps) {
    if (++tick.n % 256 === 0) yield;
    slotsFrom[q.id] = at;
    for (const h of own[q.id]!) slots[at++] = postings.append(h, q.id);
  }
  const hits = { count: new Int32Array(refs.length), order: [] as number[] };
  for (const q of longReps) {
    if (++tick.n % 32 === 0) yield;
    candidateLinks(index, refs, q, own, postings, slots.subarray(slotsFrom[q.id]!, slotsFrom[q.id]! + own[q.id]!.length), hits, dupsOf, cache, story, links);
  }
}

/** Step 2 for one long quote: the later quotes sharing its trigrams (their `slots`), aligned with it. */
function candidateLinks(index: PassageIndex, refs: QuoteRef[], q: QuoteRef, own: Int32Array[], postings: IdLists, slots: Int32Array, hits: { count: Int32Array; order: number[] }, dupsOf: Map<number, QuoteRef[]>, cache: NonNullable<ClusterOptions['cache']>, story: StoryTest, links: Link[]): void {
  const { count: hitCount, order: hitOrder } = hits;
  const mine = own[q.id]!;
  hitOrder.length = 0;
  for (let k = 0; k < slots.length; k++) {
    // A trigram in many quotes is a turn of phrase ("we are going"), not evidence.
    const slot = slots[k]!;
    if (postings.count(slot) > QUOTE_TRIGRAM_MAX_DF) continue;
    for (let e = postings.head(slot); e >= 0; e = postings.next(e)) {
      const o = postings.id(e);
      if (o > q.id && hitCount[o]!++ === 0) hitOrder.push(o);
    }
  }
  // The quotes sharing the most, when many share some (a text of stray marks).
  const cands = hitOrder.length > MAX_ALIGN_CANDIDATES ? [...hitOrder].sort((x, y) => hitCount[y]! - hitCount[x]! || x - y).slice(0, MAX_ALIGN_CANDIDATES) : hitOrder;
  const counts = cands.map((o) => hitCount[o]!);
  for (const o of hitOrder) hitCount[o] = 0;
  cands.forEach((o, k) => {
    const n = counts[k]!;
    // Two shared trigrams, or half of what the shorter quote has, make a candidate; between long
    // quotes, two shared turns of phrase are not enough unless they are a fifth of it. Three are:
    // a short sentence of five words that ends one outlet's joined quote and opens another's ("…
    // loved working with. I'm deeply sorry for that" / "I'm deeply sorry for that. The fact …"),
    // which the alignment then keeps only as a whole sentence (`wholeSentence`).
    const fewer = Math.min(mine.length, own[o]!.length);
    if (n < Math.min(2, Math.ceil(fewer / 2)) || (n < 3 && n < 0.2 * fewer)) return;
    const other = refs[o]!;
    const r = alignQuotes(index, q, other, cache, story);
    if (!r) return;
    // Link every copy of each text.
    for (const x of dupsOf.get(q.id) ?? [q])
      for (const y of dupsOf.get(other.id) ?? [other]) pushLink(links, x, r.a0, r.a1, y, r.b0, r.b1, r.ops, index);
  });
}

/**
 * Components holding the same quotes, as one: the sentences of one statement two outlets quote
 * whole, and no one in part, are linked apart (`pushLink`) but make one cluster, so that its
 * versions are compared whole (an omission between two sentences is a difference).
 */
function sameQuotesMerged(components: Iterable<[number, number, number][]>): [number, number, number][][] {
  const byQuotes = new Map<string, [number, number, number][]>();
  for (const members of components) {
    const key = [...new Set(members.map(([q]) => q))].sort((x, y) => x - y).join(',');
    const cur = byQuotes.get(key);
    if (cur) cur.push(...members);
    else byQuotes.set(key, [...members]);
  }
  return [...byQuotes.values()];
}

/** Step 4: the cluster of one connected component of segments, when it spans two articles or more. */
function clusterOf(index: PassageIndex, refs: QuoteRef[], members: readonly [number, number, number][]): QuoteClusterDetail | undefined {
  const docs = new Set(members.map(([q]) => refs[q]!.doc.id));
  if (docs.size < 2) return undefined;
  // One member per quote (two segments of one quote in one cluster are one member).
  const perQuote = new Map<number, [number, number, number]>();
  for (const m of members) {
    const cur = perQuote.get(m[0]);
    if (cur) {
      cur[1] = Math.min(cur[1], m[1]);
      cur[2] = Math.max(cur[2], m[2]);
    } else perQuote.set(m[0], [...m]);
  }
  const list = [...perQuote.values()].sort((x, y) => {
    const a = refs[x[0]]!;
    const b = refs[y[0]]!;
    return a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.quote.start - b.quote.start;
  });
  const out: ClusterMember[] = list.map(([q, a0, a1]) => {
    const r = refs[q]!;
    const t = r.doc.tokens;
    const region = { start: t.starts[r.quote.t0 + a0]!, end: t.ends[r.quote.t0 + a1 - 1]! };
    return { doc: r.doc.path, start: r.quote.start, end: r.quote.end, text: r.quote.text, region, speaker: r.quote.speaker };
  });
  const reference = pickReference(index, list.map(([q, a0, a1]) => refs[q]!.terms.subarray(a0, a1)));
  return { label: labelOf(out[reference]!), members: out, reference };
}

/**
 * The story (group of quotes in the same words) a short quote joins: the one holding these words
 * quoted earlier in its own article, else the first of the first {@link MAX_STORIES} whose first
 * 20 quotes hold one of the same story and none credited to another person. An article that puts
 * the same short phrase in quotation marks twice repeats one source's words (a charge, a slogan,
 * a term: 'X is charged with “practising polygamy” … Y is charged with “practising polygamy”'),
 * whoever each sentence names; so do two partial quotes, not two whole ones ("No," said X. "No,"
 * said Y.). Such a repetition (listed in `echoes`) does not keep another article's quote of the
 * first one's speaker out of the story.
 */
function storyOf(stories: QuoteRef[][], q: QuoteRef, story: StoryTest, echoes: Set<number>): QuoteRef[] | undefined {
  const speakerEnough = q.terms.length > 1;
  for (let i = 0; i < stories.length && i < MAX_STORIES; i++) {
    const st = stories[i]!;
    for (let k = 0; k < st.length && k < 20; k++) {
      if (st[k]!.doc === q.doc && partial(st[k]!) && partial(q)) {
        echoes.add(q.id);
        return st;
      }
    }
  }
  for (let i = 0; i < stories.length && i < MAX_STORIES; i++) {
    const st = stories[i]!;
    let same = false;
    let apart = false;
    for (let k = 0; k < st.length && k < 20 && !apart; k++) {
      const x = st[k]!;
      // A repetition (`echoes`) keeps the story its first quote's: whom it credits parts nothing.
      if (echoes.has(x.id)) continue;
      if (differentPeople(x, q)) apart = true;
      else if (!same && story.same(x, q, speakerEnough)) same = true;
    }
    if (same && !apart) return st;
  }
  return undefined;
}

/** Aligns two long quotes; the linked regions (relative token ranges), or null when they are not one utterance. */
function alignQuotes(index: PassageIndex, a: QuoteRef, b: QuoteRef, cache: AlignmentCache, story: StoryTest): LinkedRegions | null {
  const key = `${a.full}:${b.full}:${a.terms.length}:${b.terms.length}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = null;
    const local = alignLocal(a.terms, b.terms, index);
    if (local) {
      const al = extendAlignment(local, a.terms, b.terms, index, 0, a.terms.length, 0, b.terms.length);
      const wa = weightOf(a.terms, index);
      const wb = weightOf(b.terms, index);
      const cover = al.matchedWeight / Math.min(wa, wb);
      const coverLonger = al.matchedWeight / Math.max(wa, wb);
      const run = al.longestRunContent >= 3 && al.longestRun >= 4;
      // Two shared content words (and no run of three) are one utterance only when one quote is
      // all inside the aligned stretch (trimmed, or a word changed within it: "this kind / sort of
      // deal"); a quote going on past the shared phrase with words of its own says something else
      // around it ("not in the best interests of the company" / "in the best interests of our
      // shareholders"; "do I think justice was served?" / "where do I think justice is?").
      const trimmed = al.matchedContent >= 3 || contentCount(a.terms, index, al.aStart, al.aEnd) === a.content || contentCount(b.terms, index, al.bStart, al.bEnd) === b.content;
      // A short opening (or closing) both quotes go on from with content words of their own is a
      // formula two statements share ("We will rebuild X together" / "We will rebuild X because it
      // is what the people expect"), not one statement trimmed.
      // (Unless the stretch is a whole sentence of one of them, read from the text: `fork`.)
      const fork =
        al.aEnd - al.aStart < FORK_WORDS &&
        ((contentCount(a.terms, index, al.aEnd) > 0 && contentCount(b.terms, index, al.bEnd) > 0) ||
          (contentCount(a.terms, index, 0, al.aStart) > 0 && contentCount(b.terms, index, 0, al.bStart) > 0));
      if (al.matchedContent >= 2 && (run || (cover >= COVER && trimmed))) r = { a0: al.aStart, a1: al.aEnd, b0: al.bStart, b1: al.bEnd, cover, coverLonger, content: al.matchedContent, sentence: false, phrase: false, fork, ops: al.ops, part: false, weight: al.matchedWeight };
      // Or a run of many words, most of them function words, and more content words around it
      // ("the focus … has been on me and I hope that we can … focus on the … tournament that I
      // love" / "the focus of the past weeks has been on me and I hope that we can all now focus on
      // the game and tournament I love"): an outlet's translation back into English keeps the
      // grammar of a sentence and changes its nouns. One person's, in one story (`phrase`).
      else if (al.matchedContent >= PHRASE_CONTENT && al.longestRun >= PHRASE_RUN && al.longestRunContent >= 1)
        r = { a0: al.aStart, a1: al.aEnd, b0: al.bStart, b1: al.bEnd, cover, coverLonger, content: al.matchedContent, sentence: false, phrase: true, fork: false, ops: al.ops, part: false, weight: al.matchedWeight };
      // Or one whole sentence of a quote joining several, every word of it in the other, in one
      // run of four words or more ("I am back home. …" / "I am back home and I will stay"): one
      // outlet quoting it with the next sentence, another with words of its own after it. Whether
      // the stretch is a whole sentence is read from the text (`wholeSentence`), outside the cache.
      else if (al.matchedContent >= 1 && al.longestRun >= SENTENCE_RUN && al.longestRun === al.aEnd - al.aStart && al.aEnd - al.aStart === al.bEnd - al.bStart)
        r = { a0: al.aStart, a1: al.aEnd, b0: al.bStart, b1: al.bEnd, cover, coverLonger, content: al.matchedContent, sentence: true, phrase: false, fork: false, ops: al.ops, part: false, weight: al.matchedWeight };
      // Or most of one sentence of a quote that joins several, with a word or two changed ("I don't
      // know, but we got him back after one defib, so that's quite fast" / "We got him back after
      // one defibrillator, so that's quite fast. I'm not a …"): the shared words are few beside
      // the whole quote, not beside the sentence. Whether they are most of a sentence is read from
      // the text (`mostOfSentence`), outside the cache.
      else if (al.matchedContent >= 3 && !fork)
        r = { a0: al.aStart, a1: al.aEnd, b0: al.bStart, b1: al.bEnd, cover, coverLonger, content: al.matchedContent, sentence: false, phrase: false, fork: false, ops: al.ops, part: true, weight: al.matchedWeight };
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(key, r);
  }
  if (!r) return null;
  if (r.sentence && !(r.a1 < a.terms.length && wholeSentence(a, r.a0, r.a1)) && !(r.b1 < b.terms.length && wholeSentence(b, r.b0, r.b1))) return null;
  if (r.sentence && (!story.same(a, b) || differentPeople(a, b))) return null;
  if (r.fork && !wholeSentence(a, r.a0, r.a1) && !wholeSentence(b, r.b0, r.b1)) return null;
  if (r.part && !mostOfSentence(index, a, r.a0, r.a1, r.weight) && !mostOfSentence(index, b, r.b0, r.b1, r.weight)) return null;
  if (r.phrase && !(a.person && b.person && a.speaker === b.speaker && story.same(a, b, false))) return null;
  // Quotes credited to two people are one utterance only when they are nearly the same words
  // throughout (one outlet crediting it wrongly), or one long passage of one is inside the other
  // (a statement credited to its author by one outlet, to the spokesman who read it by another).
  // A short phrase two people are named as saying is theirs each.
  // Not when the shared words are a quotation inside one of them (`quotedInside`): its speaker
  // quotes another's words. And when one of the two is a person only by the capitals of the words
  // credited (`guessed`: "Six-time Olympic" for the medallist the sentence goes on to name), most
  // of the shorter quote's words and four content words in the other are enough: a weak
  // attribution does not part a strong match ("every last ounce of energy and effort" / "I've got
  // every last inch of energy and effort out of me").
  const short = Math.min(a.terms.length, b.terms.length) <= IDIOM_WORDS;
  const strong = r.coverLonger >= 0.9 || (r.cover >= 0.8 && r.content >= PASSAGE_CONTENT) || ((a.guessed || b.guessed) && r.cover >= GUESSED_COVER && r.content >= GUESSED_CONTENT);
  if (differentPeople(a, b) && (short || !strong) && !quotedInside(a, r.a0, r.a1) && !quotedInside(b, r.b0, r.b1)) return null;
  if (short && !story.same(a, b)) return null;
  return r;
}


/**
 * Do shared words of this weight, over words [w0, w1) of a quote that holds several sentences,
 * make up most of the one sentence of it they are in (as shared words must of a whole quote)?
 */
function mostOfSentence(index: PassageIndex, q: QuoteRef, w0: number, w1: number, weight: number): boolean {
  const starts = sentenceStarts(q, 0, q.terms.length);
  if (starts.length === 0) return false;
  let s0 = 0;
  let s1 = q.terms.length;
  for (const w of starts) {
    if (w <= w0) s0 = w;
    else if (w < w1) return false;
    else {
      s1 = w;
      break;
    }
  }
  return weight >= COVER * weightOf(q.terms, index, s0, s1);
}

/**
 * Are words [w0, w1) of a quote one whole sentence of it: nothing but punctuation between the
 * quote's start or the end of a sentence and w0, and a sentence end (or the quote's end) right
 * after w1?
 */
function wholeSentence(q: QuoteRef, w0: number, w1: number): boolean {
  const { text, tokens } = q.doc;
  const before = text.slice(q.quote.start, tokens.starts[q.quote.t0 + w0]!);
  if (!/(?:^|[.?!…])[^\p{L}\p{N}]*$/u.test(before)) return false;
  if (w0 === 0 && q.quote.kind === 'partial') return false;
  const after = text.slice(tokens.ends[q.quote.t0 + w1 - 1]!, q.quote.end);
  return /^[\s"'”’)\]]*(?:[.?!…]|$)/u.test(after);
}

/** The version most members share, weighted by length (a complete version over a fragment). */
function pickReference(index: PassageIndex, versions: Int32Array[]): number {
  const counts = new Map<number, number>();
  const hashes = versions.map((v) => phraseHash(v, 0, v.length));
  for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  versions.forEach((v, i) => {
    const score = counts.get(hashes[i]!)! * weightOf(v, index);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function labelOf(m: ClusterMember): string {
  const words = m.text.trim().replace(/^[\s"'“”‘’«»,.;:]+|[\s"'“”‘’«»,.;:]+$/gu, '').split(/\s+/);
  return words.length > 12 ? words.slice(0, 12).join(' ') + '…' : words.join(' ');
}

/**
 * Renderings in other words by one speaker (step 2b of quote clustering, clusters.ts).
 */
import { INTERROGATIVES } from '../quotes/lexicon';
import type { PassageIndex } from './passages';
import type { ClusterState, QuoteRef, StoryTest } from './quoteTerms';
import type { Link } from './segments';

/** Quotes of one speaker an informative word may be in and still point at one utterance. */
const REWORDED_MAX_POSTING = 20;

/**
 * Links quotes of one speaker in two articles that say one thing in other words (step 2b): two
 * thirds of the shorter's content words, and half of them weighted by how few articles of the
 * folder have each, are in the other, two at least, one of them in no more than √n of the n articles, and two of them next to each
 * other in both (but for function words: a phrase of the utterance kept) ("We have no information on intent or motive" / "We
 * just don't have any leads at all as far as the intent or motive in this"). The speaker must be
 * a person, named the same in both (a topic's words are in many people's quotes, and "a
 * spokesman" is many people), and the two articles must report one story (one person says
 * different things about one subject on different days). The link joins the
 * stretch of each quote between the first and the last shared word.
 *
 * Or, when fewer of the words are shared: the same figure (not a year) and two more content words
 * within one stretch of each (twenty words at most), by the same person in one story ("These three
 * circuits account for 90% of the traffic" / "Close to 90 percent of all the data traffic … is
 * carried on these three cable systems"): a speaker who gives one figure about one thing in two
 * outlets' words is rendered twice, not saying two things.
 */
export function rewordedLinks(index: PassageIndex, refs: QuoteRef[], links: Link[], state: ClusterState, story: StoryTest): void {
  const n = index.size;
  // Informative: in no more than √n articles (a word of this event, not of every event).
  const informative = Math.max(2, Math.sqrt(n));
  // Only quotes of one speaker are compared: group them first (most speakers have one quote).
  const bySpeaker = new Map<string, QuoteRef[]>();
  for (const q of refs) {
    if (!q.person || !q.speaker || q.content < REWORDED_MIN_CONTENT) continue;
    const g = bySpeaker.get(q.speaker);
    if (g) g.push(q);
    else bySpeaker.set(q.speaker, [q]);
  }
  let linkedPairs: Set<number> | undefined;
  const pairKey = (a: number, b: number) => (a < b ? a * refs.length + b : b * refs.length + a);
  for (const group of bySpeaker.values()) {
    if (group.length < 2 || group.every((q) => q.doc === group[0]!.doc)) continue;
    if (!linkedPairs) {
      linkedPairs = new Set();
      for (const l of links) linkedPairs.add(pairKey(l.a, l.b));
    }
    // Each quote's informative words posted; its words weighted (by how few articles have them)
    // when it is first compared.
    const weights = new Map<QuoteRef, Float64Array>();
    const weightsOf = (q: QuoteRef): Float64Array => {
      let w = weights.get(q);
      if (!w) {
        const bag = q.data.bag!;
        w = new Float64Array(bag.terms.length);
        for (let k = 0; k < bag.terms.length; k++) w[k] = Math.log(1 + n / Math.max(1, state.docFrequency(bag.raw[k]!)));
        weights.set(q, w);
      }
      return w;
    };
    const postings = new Map<number, QuoteRef[]>();
    for (const q of group) {
      const bag = bagOf(index, q);
      for (let k = 0; k < bag.terms.length; k++) {
        if (state.docFrequency(bag.raw[k]!) > informative) continue;
        const list = postings.get(bag.terms[k]!);
        if (list) list.push(q);
        else postings.set(bag.terms[k]!, [q]);
      }
    }
    for (const q of group) {
      const mine = q.data.bag!;
      const seen = new Set<QuoteRef>();
      for (const t of mine.terms) {
        const list = postings.get(t);
        if (!list || list.length > REWORDED_MAX_POSTING) continue;
        for (const other of list) {
          if (other.id <= q.id || other.doc === q.doc || seen.has(other)) continue;
          seen.add(other);
          if (linkedPairs.has(pairKey(q.id, other.id))) continue;
          const theirs = other.data.bag!;
          const [small, ws, large] = mine.terms.length <= theirs.terms.length ? [mine, weightsOf(q), theirs] : [theirs, weightsOf(other), mine];
          let total = 0;
          let common = 0;
          let shared = 0;
          for (let k = 0; k < small.terms.length; k++) {
            total += ws[k]!;
            if (large.index.has(small.terms[k]!)) {
              common += ws[k]!;
              shared++;
            }
          }
          const worded = shared >= 2 && shared >= REWORDED_SHARE * small.terms.length && common >= REWORDED_COVER * total && sharePhrase(mine.pairs, theirs.pairs);
          if (!worded && !(shared >= NUMBER_ANCHORED_SHARED && sharesNumber(index, small, large))) continue;
          if (!story.same(q, other, false)) continue;
          const [a0, a1] = sharedStretch(mine, theirs);
          const [b0, b1] = sharedStretch(theirs, mine);
          // Two questions asking different things around the same words are two utterances.
          // (The first shared word of each: the stretch may run on into the next sentence.)
          const qa = questionAt(q, a0);
          const qb = qa && questionAt(other, b0);
          if (qa && qb && qa !== qb) continue;
          // A figure and two more words are one statement only within one stretch of each quote.
          if (!worded && (a1 - a0 > NUMBER_ANCHORED_STRETCH || b1 - b0 > NUMBER_ANCHORED_STRETCH)) continue;
          links.push({ a: q.id, a0, a1, b: other.id, b0, b1 });
        }
      }
    }
  }
}

/** A quote's distinct content words (cluster terms), as rewordedLinks reads them; kept with the quote. */
export interface QuoteBag {
  terms: Int32Array;
  /** The word as written (for its article count), and the first and last place of each in the quote. */
  raw: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Term -> its index in `terms`. */
  index: Map<number, number>;
  /** Pairs of consecutive content words (with only function words between), hashed. */
  pairs: Set<number>;
}

function bagOf(index: PassageIndex, q: QuoteRef): QuoteBag {
  if (q.data.bag) return q.data.bag;
  const at = new Map<number, number>();
  const terms: number[] = [];
  const raw: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const pairs = new Set<number>();
  let prev = -1;
  for (let i = 0; i < q.terms.length; i++) {
    const t = q.terms[i]!;
    if (index.isStop(t)) continue;
    if (prev >= 0) pairs.add(Math.imul(prev, 0x9e3779b1) ^ t);
    prev = t;
    const k = at.get(t);
    if (k !== undefined) {
      last[k] = i;
      continue;
    }
    at.set(t, terms.length);
    terms.push(t);
    raw.push(q.doc.tokens.terms[q.quote.t0 + i]!);
    first.push(i);
    last.push(i);
  }
  const bag: QuoteBag = { terms: Int32Array.from(terms), raw: Int32Array.from(raw), first: Int32Array.from(first), last: Int32Array.from(last), index: at, pairs };
  q.data.bag = bag;
  return bag;
}

/** The stretch of a quote from its first to its last word the other quote has too. */
function sharedStretch(a: QuoteBag, b: QuoteBag): [number, number] {
  let lo = Infinity;
  let hi = -1;
  for (let k = 0; k < a.terms.length; k++) {
    if (!b.index.has(a.terms[k]!)) continue;
    lo = Math.min(lo, a.first[k]!);
    hi = Math.max(hi, a.last[k]! + 1);
  }
  return [lo, hi];
}

/**
 * What the question holding word w0 of a quote asks for: the interrogative among its first three
 * words ("where", "so who", …), or "yes/no" for one without ("Do I think …?"); null when that word
 * is not in a question, or the question's opening is not in the quote. The shared words of two
 * renderings of one question ask the same thing; "Do I think justice was served?" and "Where do I
 * think justice is?" share four words and ask two things.
 */
function questionAt(q: QuoteRef, w0: number): string | null {
  const { text, tokens } = q.doc;
  const from = Math.max(q.quote.start, tokens.starts[q.quote.t0 + w0]!);
  let end = tokens.ends[q.quote.t0 + w0]!;
  while (end < q.quote.end && !/[.?!]/.test(text[end]!)) end++;
  if (text[end] !== '?') return null;
  let start = from;
  while (start > q.quote.start && !/[.?!]/.test(text[start - 1]!)) start--;
  // A quote that begins mid-sentence does not show its question's opening.
  if (start === q.quote.start && q.quote.kind === 'partial') return null;
  const opening = text.slice(start, end).match(/\p{L}+/gu) ?? [];
  for (let k = 0; k < opening.length && k < 3; k++) {
    const word = opening[k]!.toLowerCase();
    if (INTERROGATIVES.has(word)) return word;
  }
  return 'yes/no';
}

/** Does a bag share a figure with another (digits, not a year: a year is the time of many statements)? */
function sharesNumber(index: PassageIndex, a: QuoteBag, b: QuoteBag): boolean {
  for (let k = 0; k < a.terms.length; k++) {
    if (!b.index.has(a.terms[k]!)) continue;
    const w = index.vocab.term(a.terms[k]!);
    if (/^\d[\d.,]*$/.test(w) && !/^(?:1[89]|20)\d\d$/.test(w)) return true;
  }
  return false;
}

function sharePhrase(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Content words a quote needs to be linked by its words alone (fewer are a turn of phrase). */
const REWORDED_MIN_CONTENT = 3;
/** Share of the shorter quote's content words the other must have, as many and by weight. */
const REWORDED_SHARE = 2 / 3;
const REWORDED_COVER = 0.5;
/** Shared content words (the figure among them) and the stretch of each quote they must lie in, for a link by a figure. */
const NUMBER_ANCHORED_SHARED = 3;
const NUMBER_ANCHORED_STRETCH = 20;


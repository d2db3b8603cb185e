/**
 * Step 3 of the quote clusters (clusters.ts): short quotes — a word or three ("low point"), or a
 * longer one of one content word ("it is very difficult") — found as an exact phrase inside other
 * quotes (a partial one's words after a re-inflected first verb or a possessive, too). A one-word quote needs more: another quote of its sentence found in the same place, the
 * same speaker, or the same words around it.
 */
import type { Steps } from '../common/budget';
import { commonWordRank } from '../entities/lexicon';
import { SHINGLE, phraseHash, type DocEntry, type PassageIndex } from './passages';
import { isLightVerb, sameWordInflected, stem } from '../text/inflection';
import { differentPeople, isLong, quotedInside, type ClusterState, type StoryTest, type QuoteRef } from './quoteTerms';
import { capRegions, Segments, type Link } from './segments';
import { POSSESSIVES } from './detectors/numberLexicon';

/** A sentence with more quotes than this is stray marks, not a list of quoted words: its quotes are not evidence for one another. */
const MAX_QUOTES_PER_SENTENCE = 8;
/** Words either side of a quote read as its context. */
const CONTEXT_WORDS = 40;
/** Words after a re-inflected first verb, at least, for a partial quote to be looked for without it. */
const INFLECTED_TAIL = 4;
/** A verb form a reporter gives a partial quote's first word ("having", "had", "said", "goes"). */
const verbForm = (w: string) => /(?:ing|ed)$/.test(w) || isLightVerb(stem(w));

/** Words after a possessive, at least, for a partial quote to be looked for without it. */
const POSSESSED_WORDS = 2;

/** Words of the longest quote looked for as an exact phrase inside others (one not `isLong`). */
const MAX_SHORT_WORDS = 8;

/**
 * Links short quotes (one to three words) to the quotes they are found in (step 3), with checkpoints
 * every few short quotes (a text of stray marks has tens of thousands): between two, the kept state
 * is whole, so a derivation dropped at one leaves nothing half done.
 */
export function* shortQuoteLinks(index: PassageIndex, refs: QuoteRef[], links: Link[], state: ClusterState, story: StoryTest): Steps<void> {
  let tick = 0;
  const phase1 = new Segments(capRegions(links), refs);
  // Short: a word or three, or a longer quote of one content word ("It is very difficult"), which
  // word trigrams cannot place (it has one or two, of function words) and which an outlet quotes
  // alone where another strings it to the next sentence.
  const shortQuotes = refs.filter((q) => !isLong(q) && q.content > 0 && q.terms.length <= MAX_SHORT_WORDS);
  /** Short quotes by words, per length. */
  const wantedByLength: Map<number, true>[] = [];
  for (const s of shortQuotes) (wantedByLength[s.terms.length] ??= new Map()).set(s.full, true);
  // A partial quote may be looked for without its first word, which the grammar around it is the
  // reporter's:
  // - a verb in the reporter's form (she spoke of “having the courage to do so” / “to have the
  //   courage to do so”): the word before the rest must be that verb inflected;
  // - a possessive ("my darling wife", which another outlet renders with the possessive outside its
  //   marks and words of its own after: 'his "darling wife, Camilla"'): the rest at the start of a
  //   quote or after a possessive.
  const withoutFirst = new Map<number, { hash: number; possessive: boolean }>();
  for (const s of shortQuotes) {
    const L = s.terms.length;
    if (s.quote.kind !== 'partial') continue;
    const first = index.vocab.term(s.terms[0]!);
    const possessive = L - 1 >= POSSESSED_WORDS && POSSESSIVES.has(first);
    if (!possessive && !(L - 1 >= INFLECTED_TAIL && verbForm(first))) continue;
    const hash = phraseHash(s.terms, 1, L);
    withoutFirst.set(s.id, { hash, possessive });
    (wantedByLength[L - 1] ??= new Map()).set(hash, true);
  }
  /** Short quote id -> [target quote, position]. */
  const found = new Map<number, [QuoteRef, number][]>();
  if (shortQuotes.length) {
    const occurrences = state.phraseOccurrences(refs, wantedByLength);
    yield;
    for (const s of shortQuotes) {
      if (++tick % 256 === 0) yield;
      const L = s.terms.length;
      // Null: a phrase in too many quotes to tell which one the short quote renders.
      for (const [t, i] of occurrences[L]!.get(s.full) ?? []) {
        if (s.id === t.id) continue;
        let same = true;
        for (let k = 0; k < L && same; k++) same = s.terms[k] === t.terms[i + k];
        if (!same) continue;
        let f = found.get(s.id);
        if (!f) found.set(s.id, (f = []));
        f.push([t, i]);
      }
      const rest = withoutFirst.get(s.id);
      if (rest === undefined) continue;
      const first = index.vocab.term(s.terms[0]!);
      for (const [t, i] of occurrences[L - 1]!.get(rest.hash) ?? []) {
        if (s.id === t.id || (i > 0 && t.terms[i - 1] === s.terms[0])) continue;
        const before = i > 0 ? index.vocab.term(t.terms[i - 1]!) : '';
        if (rest.possessive ? i > 0 && !POSSESSIVES.has(before) : i === 0 || !sameWordInflected(first, before)) continue;
        let same = true;
        for (let k = 1; k < L && same; k++) same = s.terms[k] === t.terms[i + k - 1];
        if (!same) continue;
        let f = found.get(s.id);
        if (!f) found.set(s.id, (f = []));
        f.push([t, i > 0 ? i - 1 : i]);
      }
    }
  }
  // Sentence siblings: the other quotes of a short quote's sentence, unless it has too many. An
  // article's quotes are together in `refs`; its quotes by sentence are listed when first asked for.
  const bySentence = new Map<DocEntry, Map<number, QuoteRef[]>>();
  const sentencesOf = (s: QuoteRef): Map<number, QuoteRef[]> => {
    let m = bySentence.get(s.doc);
    if (m) return m;
    bySentence.set(s.doc, (m = new Map()));
    let i = s.id;
    while (i > 0 && refs[i - 1]!.doc === s.doc) i--;
    for (; i < refs.length && refs[i]!.doc === s.doc; i++) {
      const r = refs[i]!;
      if (r.quote.sentence < 0) continue;
      const list = m.get(r.quote.sentence);
      if (list) list.push(r);
      else m.set(r.quote.sentence, [r]);
    }
    return m;
  };
  const siblings = (s: QuoteRef): QuoteRef[] => {
    const list = s.quote.sentence < 0 ? undefined : sentencesOf(s).get(s.quote.sentence);
    return !list || list.length > MAX_QUOTES_PER_SENTENCE ? [] : list.filter((x) => x.id !== s.id);
  };
  /** The other quotes of a short quote's article credited to the same person (at most MAX_QUOTES_PER_SENTENCE of them). */
  const samePerson = (s: QuoteRef): QuoteRef[] => {
    if (!s.person || !s.speaker) return [];
    const out: QuoteRef[] = [];
    for (const list of sentencesOf(s).values()) for (const x of list) if (x.id !== s.id && x.person && x.speaker === s.speaker) out.push(x);
    return out.length > MAX_QUOTES_PER_SENTENCE ? [] : out;
  };
  const linked = new Map<number, Set<number>>();
  for (const l of links) {
    let x = linked.get(l.a);
    if (!x) linked.set(l.a, (x = new Set()));
    x.add(l.b);
    let y = linked.get(l.b);
    if (!y) linked.set(l.b, (y = new Set()));
    y.add(l.a);
  }
  const targetsOf = (s: QuoteRef): Set<number> => {
    const out = new Set<number>(linked.get(s.id));
    for (const [t] of found.get(s.id) ?? []) out.add(t.id);
    return out;
  };
  for (const s of shortQuotes) {
    if (++tick % 64 === 0) yield;
    const cands = found.get(s.id);
    if (!cands) continue;
    const own = phase1.componentAt(s.id, 0, s.terms.length);
    const single = s.terms.length === 1;
    const sibs = siblings(s);
    const sibTargets = new Set<number>();
    for (const x of sibs) for (const t of targetsOf(x)) sibTargets.add(t);
    // A one-word quote of a person is also placed by that person's other quotes in its article: the
    // quote another of them renders, of the same person, holding the word ('labeled “suspicious”
    // by X … as “potential arson”' / X: “treating it as suspicious and as potential arson”).
    const personTargets = new Set<number>();
    if (single) for (const x of samePerson(s)) for (const t of targetsOf(x)) personTargets.add(t);
    const ok = cands.filter(([t, i]) => {
      if (s.speaker && t.speaker && differentPeople(s, t) && !quotedInside(t, i, i + s.terms.length)) return false;
      // A stock phrase of one content word ("it is very hard") needs the story, not only the speaker.
      if (!story.same(s, t, s.terms.length < SHINGLE)) return false;
      const supported = () => sibTargets.has(t.id) || (personTargets.has(t.id) && t.speaker === s.speaker) || sameNeighbours(index, state, s, t, i);
      // In its own article, a word the body quotes alone is the quote that holds it (called him a
      // “thief” / “… you're a thief too!”), unless it is a word of every story ('it was “time” to
      // go' / “… given me time for reflection”): that one needs a headline of its own or the
      // support a one-word quote needs in another article.
      if (t.doc === s.doc) return t.terms.length > s.terms.length && (!single || !everyStoryWord(s) || inHeadline(s) || supported());
      if (single) return supported() && index.vocab.term(s.terms[0]!).length >= 4;
      return true;
    });
    if (!ok.length) continue;
    // One utterance per short quote: when its phrase sits in quotes of different clusters, choose.
    const byComp = new Map<number, [QuoteRef, number][]>();
    for (const c of ok) {
      const comp = phase1.componentAt(c[0].id, c[1], c[1] + s.terms.length);
      const key = comp >= 0 ? comp : -1 - c[0].id;
      if (comp >= 0 && comp === own) continue;
      const list = byComp.get(key);
      if (list) list.push(c);
      else byComp.set(key, [c]);
    }
    let chosen: [QuoteRef, number][] | undefined;
    if (byComp.size === 1) chosen = [...byComp.values()][0];
    else if (byComp.size > 1) {
      const ctx = sentenceTerms(index, s.doc, s.quote.sentence, s.quote.t0, s.quote.t1);
      let best = -Infinity;
      let tie = false;
      for (const list of byComp.values()) {
        let score = 0;
        for (const [t] of list) {
          let sc = overlapCount(ctx, sentenceTerms(index, t.doc, t.quote.sentence, t.quote.t0, t.quote.t1, true));
          if (s.speaker && t.speaker === s.speaker) sc += 2;
          if (sibTargets.has(t.id)) sc += 3;
          score = Math.max(score, sc);
        }
        if (score > best) {
          best = score;
          chosen = list;
          tie = false;
        } else if (score === best) tie = true;
      }
      if (tie) chosen = undefined;
    }
    for (const [t, i] of chosen ?? []) links.push({ a: s.id, a0: 0, a1: s.terms.length, b: t.id, b0: i, b1: Math.min(t.terms.length, i + s.terms.length) });
  }
}

/** Words of every story: the commonest words of a general news corpus ("time", "way", "end"). */
const EVERY_STORY_RANK = 1000;

/** Is a one-word quote a word of every story? */
function everyStoryWord(q: QuoteRef): boolean {
  const { text, tokens } = q.doc;
  const rank = commonWordRank(text.slice(tokens.starts[q.quote.t0]!, tokens.ends[q.quote.t0]!).toLowerCase());
  return rank >= 0 && rank < EVERY_STORY_RANK;
}

/** Is a quote in its article's first paragraph, a line of its own (a headline, or the lead of an article without one)? */
function inHeadline(q: QuoteRef): boolean {
  return q.quote.sentence >= 0 && q.doc.sentenceParagraph[q.quote.sentence] === 0;
}

/**
 * Is a one-word quote's context the same in another quote that holds its word at `pos`: the
 * nearest content word just before or just after it in its sentence (within two words) is the one
 * just before or after the word there ("an “intensive” seven-month review" / "an intensive,
 * seven-month charge assessment review").
 */
function sameNeighbours(index: PassageIndex, state: ClusterState, s: QuoteRef, t: QuoteRef, pos: number): boolean {
  const near = (doc: DocEntry, at: number, step: number, sentence: number): number => {
    if (sentence < 0) return -1;
    const lo = doc.sentences[2 * sentence]!;
    const hi = doc.sentences[2 * sentence + 1]!;
    for (let k = 0, i = at; k < 2 && i >= lo && i < hi; k++, i += step) {
      const term = doc.tokens.terms[i]!;
      if (!index.isStop(term)) return state.folds.fold(index, term);
    }
    return -1;
  };
  const sBefore = near(s.doc, s.quote.t0 - 1, -1, s.quote.sentence);
  const sAfter = near(s.doc, s.quote.t1, 1, s.quote.sentence);
  const at = t.quote.t0 + pos;
  const tSentence = index.sentenceOf(t.doc, at);
  return (sBefore >= 0 && sBefore === near(t.doc, at - 1, -1, tSentence)) || (sAfter >= 0 && sAfter === near(t.doc, at + 1, 1, tSentence));
}

/**
 * The content words of a quote's sentence, within {@link CONTEXT_WORDS} words of it (a run-on
 * text of one endless sentence has no more context than that), without the quote's own words
 * unless `withQuote`.
 */
function sentenceTerms(index: PassageIndex, doc: DocEntry, sentence: number, q0: number, q1: number, withQuote = false): Set<number> {
  const out = new Set<number>();
  if (sentence < 0) return out;
  const from = Math.max(doc.sentences[2 * sentence]!, q0 - CONTEXT_WORDS);
  const to = Math.min(doc.sentences[2 * sentence + 1]!, q1 + CONTEXT_WORDS);
  for (let i = from; i < to; i++) {
    if (!withQuote && i >= q0 && i < q1) continue;
    const t = doc.tokens.terms[i]!;
    if (!index.isStop(t)) out.add(t);
  }
  return out;
}

function overlapCount(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

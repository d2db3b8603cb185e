/**
 * Quotes as clustering sees them, and what clustering keeps between derivations of one index.
 *
 * A quote's words are compared as cluster terms: the index's terms (lower case, plural stripped)
 * folded once more, so that the spellings of one word in two outlets' house styles ("offence" /
 * "offense", "practising" / "practicing", "organisation" / "organization", "centre" / "center",
 * "travelled" / "traveled") and a few words news copy uses interchangeably ("ship" / "vessel") are
 * one term. The fold maps a word to another word, so a quote keeps one term per word and every
 * token range stays valid.
 */
import type { EntityMention } from '../common/types';
import { contentCount } from './align';
import type { QuoteBag } from './reworded';
import { countShared, phraseHash, SHINGLE, type DocEntry, type IndexedQuote, type PassageIndex } from './passages';

/** What clustering reads of a quote, all from its article. */
export interface QuoteFields {
  quote: IndexedQuote;
  /** Index of the quote in its article's quote list. */
  index: number;
  /** Cluster terms of its words (see {@link TermFolds}). */
  terms: Int32Array;
  content: number;
  full: number;
  /** Last word of the speaker's name, lower case; null when the article does not say. */
  speaker: string | null;
  /** Is the speaker a person (a person named in the article), not a body, a group or a description? */
  person: boolean;
  /**
   * A person only by the capitals of the words credited (the article's names do not know them):
   * the attribution may be a stray phrase ("Six-time Olympic gold medallist X said …" read as
   * "Six-time Olympic"), weak evidence that two quotes are two people's.
   */
  guessed: boolean;
}

/** A quote as clustering sees it. */
export interface QuoteRef extends QuoteFields {
  id: number;
  doc: DocEntry;
  /** What is kept of the quote between derivations. */
  data: QuoteData;
  /** Made in this derivation (its article, or its quotes or entities, changed since the last). */
  fresh: boolean;
}

/** What clustering needs of one quote that depends on its article alone, kept with the article. */
export interface QuoteData extends QuoteFields {
  /** Distinct word trigrams that are not all function words (for long quotes; computed when first asked for). */
  trigrams: Int32Array | undefined;
  /** Its content words for rewordings (computed when first asked for). */
  bag: QuoteBag | undefined;
  /** The quote in the derivation `gen` (set by `quoteRefs`). */
  ref: QuoteRef | undefined;
  gen: number;
}

/** Occurrences of one short phrase inside quotes: all, or the first {@link PHRASE_MAX_HITS} + 1 when `capped`. */
interface PhraseList {
  list: PhraseAt[];
  /** Some occurrences were left out (the list is full). */
  capped: boolean;
}

interface PhraseAt {
  data: QuoteData;
  pos: number;
}

/** A quote long enough to be placed by its word trigrams (clusters.ts step 2); shorter ones are step 3's. */
export const isLong = (q: QuoteRef) => q.terms.length >= SHINGLE && q.content >= 2;

/** Two people (each named as a person) credited with two quotes. */
export const differentPeople = (a: QuoteRef, b: QuoteRef) => a.person && b.person && a.speaker !== b.speaker;

/**
 * Are words [w0, w1) of a quote a quotation inside it, in marks of their own within the quote's
 * text (“‘Ich bin ein Hamburger’ echoes through the ages”)? The speaker is quoting someone else
 * there: whom the quote is credited to says nothing about whose those words are.
 */
export function quotedInside(q: QuoteRef, w0: number, w1: number): boolean {
  if (w1 <= w0) return false;
  const { text, tokens } = q.doc;
  const open = tokens.starts[q.quote.t0 + w0]! - 1;
  const close = tokens.ends[q.quote.t0 + w1 - 1]!;
  return open >= q.quote.start && close < q.quote.end && INNER_OPEN.includes(text[open]!) && INNER_CLOSE.includes(text[close]!);
}
/** Marks that open and close a quotation inside a quote. */
const INNER_OPEN = '‘“"\'«';
const INNER_CLOSE = '’”"\'»';

/**
 * A phrase found inside more quotes than this is a turn of phrase of the folder (or of a text full
 * of stray quotation marks), not evidence of one utterance: it links nothing, and its occurrences
 * are not listed past this (the list would grow with the square of such a text).
 */
export const PHRASE_MAX_HITS = 48;

/**
 * What clustering keeps between derivations of one index: each article's quotes as clustering sees
 * them, the folds of the vocabulary's terms, and where each short phrase that is quoted on its own
 * occurs inside other quotes, so that after a change only the changed articles' quotes are scanned
 * for them (and the whole corpus only for a phrase never looked for before).
 */
export class ClusterState {
  /** Derivations so far. */
  gen = 0;
  readonly folds = new TermFolds();
  /** Each article's quotes as clustering sees them, for the quotes and entities they were made from. */
  private readonly quoteData = new Map<DocEntry, { quotes: readonly IndexedQuote[]; entities: readonly EntityMention[]; list: QuoteData[] }>();
  /** Articles holding each content term (of the articles counted in `counted`), by term id. */
  private df = new Int32Array(1024);
  private counted = new Set<DocEntry>();
  /** Per phrase length (1 to 3 words): phrase hash -> where it occurs (quotes of articles since replaced included until looked up). */
  private readonly phrases: Map<number, PhraseList>[] = [];

  /** All quotes of the index as clustering sees them, for a new derivation. */
  quoteRefs(index: PassageIndex): QuoteRef[] {
    const gen = ++this.gen;
    const out: QuoteRef[] = [];
    const docs = index.allDocs();
    if (this.quoteData.size > docs.length) {
      const live = new Set(docs);
      for (const d of [...this.quoteData.keys()]) if (!live.has(d)) this.quoteData.delete(d);
    }
    this.countTerms(docs);
    for (const doc of docs) {
      for (const d of this.quoteDataOf(index, doc)) {
        const ref: QuoteRef = {
          id: out.length, doc, quote: d.quote, index: d.index, terms: d.terms, content: d.content, full: d.full, speaker: d.speaker, person: d.person, guessed: d.guessed, data: d, fresh: d.gen === 0,
        };
        d.ref = ref;
        d.gen = gen;
        out.push(ref);
      }
    }
    return out;
  }

  /** Whether two articles (by id: smaller, larger) report one story, as far as worked out. */
  private stories = new Map<number, Map<number, boolean>>();

  /** The pairs of articles known to report one story or not (forgotten when too many). */
  storyMemo(): Map<number, Map<number, boolean>> {
    let n = 0;
    for (const row of this.stories.values()) n += row.size;
    if (n > 1_000_000) this.stories = new Map();
    return this.stories;
  }

  /** Articles of the index holding a content term (as written, not folded). */
  docFrequency(term: number): number {
    return term < this.df.length ? this.df[term]! : 0;
  }

  /** Brings the article counts of terms up to date: the articles added since counted, those gone taken off. */
  private countTerms(docs: DocEntry[]): void {
    const live = new Set(docs);
    for (const d of this.counted) {
      if (live.has(d)) continue;
      for (const t of d.distinctTerms) this.df[t]!--;
      this.counted.delete(d);
    }
    for (const d of docs) {
      if (this.counted.has(d)) continue;
      for (const t of d.distinctTerms) {
        if (t >= this.df.length) {
          const grown = new Int32Array(Math.max(t + 1, this.df.length * 2));
          grown.set(this.df);
          this.df = grown;
        }
        this.df[t]!++;
      }
      this.counted.add(d);
    }
  }

  private quoteDataOf(index: PassageIndex, doc: DocEntry): QuoteData[] {
    const known = this.quoteData.get(doc);
    if (known?.quotes === doc.quotes && known.entities === doc.entities) return known.list;
    const list: QuoteData[] = [];
    const persons = personNames(doc.entities);
    const others = otherNames(doc.entities);
    doc.quotes.forEach((quote, i) => {
      if (quote.t1 <= quote.t0) return;
      const terms = this.folds.foldAll(index, doc.tokens.terms.subarray(quote.t0, quote.t1));
      const speaker = lastWord(quote.speaker);
      list.push({
        quote,
        index: i,
        terms,
        content: contentCount(terms, index),
        full: phraseHash(terms, 0, terms.length),
        speaker,
        person: speaker !== null && isPerson(quote.speaker!, speaker, persons, others),
        guessed: speaker !== null && !persons.has(speaker),
        trigrams: undefined,
        bag: undefined,
        ref: undefined,
        gen: 0,
      });
    });
    this.quoteData.set(doc, { quotes: doc.quotes, entities: doc.entities, list });
    return list;
  }

  /**
   * For each short phrase wanted (per length: phrase hashes), the quotes longer than it that hold
   * words hashing the same and where, in quote order then position (null when the phrase is in more
   * than {@link PHRASE_MAX_HITS} places): the scan of every quote of the corpus, done once per
   * phrase and kept up to date with the quotes made since (those of the articles changed).
   */
  phraseOccurrences(refs: readonly QuoteRef[], wanted: Map<number, unknown>[]): Map<number, [QuoteRef, number][] | null>[] {
    const gen = this.gen;
    const fresh = refs.filter((r) => r.fresh);
    // Phrases no longer wanted are dropped, and occurrences in quotes that are gone (their article
    // changed or went). A list that stopped at the cap and lost some is no longer known whole: it
    // is looked for again everywhere, with the phrases wanted for the first time.
    const missing: Map<number, PhraseList>[] = [];
    for (let L = 1; L < Math.max(this.phrases.length, wanted.length); L++) {
      const kept = this.phrases[L];
      const want = wanted[L];
      if (kept) {
        for (const [key, p] of [...kept]) {
          if (!want?.has(key)) {
            kept.delete(key);
            continue;
          }
          let n = 0;
          for (const o of p.list) if (o.data.gen === gen) p.list[n++] = o;
          const dropped = n < p.list.length;
          p.list.length = n;
          if (p.capped && dropped) kept.delete(key);
        }
      }
      if (!want) continue;
      for (const key of want.keys()) {
        if (kept?.has(key)) continue;
        (missing[L] ??= new Map()).set(key, { list: [], capped: false });
      }
    }
    scanPhrases(fresh, this.phrases);
    if (missing.length) {
      scanPhrases(refs, missing);
      for (let L = 1; L < missing.length; L++) for (const [key, p] of missing[L] ?? []) (this.phrases[L] ??= new Map()).set(key, p);
    }
    const out: Map<number, [QuoteRef, number][] | null>[] = [];
    for (let L = 1; L < wanted.length; L++) {
      const want = wanted[L];
      if (!want) continue;
      const map = new Map<number, [QuoteRef, number][] | null>();
      out[L] = map;
      for (const key of want.keys()) {
        const p = this.phrases[L]!.get(key)!;
        if (p.list.length > PHRASE_MAX_HITS) {
          map.set(key, null);
          continue;
        }
        const list = p.list.map((o): [QuoteRef, number] => [o.data.ref!, o.pos]);
        list.sort((x, y) => x[0].id - y[0].id || x[1] - y[1]);
        map.set(key, list);
      }
    }
    return out;
  }
}

/**
 * Adds the occurrences, in the quotes `ts`, of the phrases of `targets` (per length): one past the
 * cap at most per phrase (enough to tell it is too common).
 */
function scanPhrases(ts: readonly QuoteRef[], targets: Map<number, PhraseList>[]): void {
  for (const t of ts) {
    for (let L = 1; L < targets.length; L++) {
      const map = targets[L];
      if (!map?.size || L >= t.terms.length) continue;
      for (let i = 0; i + L <= t.terms.length; i++) {
        const p = map.get(phraseHash(t.terms, i, i + L));
        if (!p) continue;
        if (p.list.length > PHRASE_MAX_HITS) p.capped = true;
        else p.list.push({ data: t.data, pos: i });
      }
    }
  }
}

/**
 * The last word of a speaker's name, past a regnal number or a generation ("Charles III" and "King
 * Charles" are one speaker, "Pope Pius XII" is Pius, "Ken Ward Jr." is Ward).
 */
const lastWord = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const words = s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/);
  let n = words.length;
  while (n > 1 && NAME_SUFFIX.test(words[n - 1]!)) n--;
  return words[n - 1] || null;
};
/** A regnal number or a generation after a name ("III", "XVI", "Jr", "Sr"). */
const NAME_SUFFIX = /^(?:[ivx]{1,5}|jr|sr|snr|jnr)$/;

function personNames(entities: readonly EntityMention[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (e.type === 'person') out.add(lastWord(e.canonical)!);
  return out;
}

function otherNames(entities: readonly EntityMention[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (e.type !== 'person') out.add(lastWord(e.canonical)!);
  return out;
}

/**
 * Is a speaker a person? One the article names as a person is; a body or a place it names is not
 * ("the Navy"), nor a description ("authorities", "a court source"); a name the entities do not
 * know is a person when it is two or more capitalised words.
 */
function isPerson(speaker: string, last: string, persons: Set<string>, others: Set<string>): boolean {
  if (persons.has(last)) return true;
  if (others.has(last)) return false;
  const words = speaker.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Each term's cluster term, by term id: the term of its folded spelling (see the file's comment),
 * added to the vocabulary when new. Which terms are one depends on their spellings only, never on
 * the order the vocabulary met them in.
 */
export class TermFolds {
  /** Term id -> folded term id + 1 (0: not worked out yet). */
  private folds = new Int32Array(1024);

  fold(index: PassageIndex, id: number): number {
    if (id >= this.folds.length) {
      const grown = new Int32Array(Math.max(id + 1, this.folds.length * 2));
      grown.set(this.folds);
      this.folds = grown;
    }
    const known = this.folds[id]!;
    if (known) return known - 1;
    const word = index.vocab.term(id);
    const key = index.isStop(id) ? word : clusterSpelling(word);
    const to = key === word ? id : index.vocab.idOf(key);
    if (to >= this.folds.length) {
      const grown = new Int32Array(Math.max(to + 1, this.folds.length * 2));
      grown.set(this.folds);
      this.folds = grown;
    }
    this.folds[id] = to + 1;
    return to;
  }

  foldAll(index: PassageIndex, terms: Int32Array): Int32Array {
    const out = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) out[i] = this.fold(index, terms[i]!);
    return out;
  }
}

/**
 * Words news copy uses for one another in reported speech, each group folded to its first word:
 * nouns of one referent, never a verb or an adjective whose sense shifts with it.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['ship', 'vessel'],
  ['car', 'automobile'],
  ['inquiry', 'enquiry'],
  ['percent', 'percentage'],
  ['kid', 'child'],
  ['aircraft', 'airplane', 'aeroplane'],
];
const SYNONYM_OF = new Map<string, string>();
for (const g of SYNONYMS) for (const w of g) SYNONYM_OF.set(w, g[0]!);

/**
 * One spelling for the British and American forms of a word (and its synonym group's first word):
 * -ise/-ize and -isation/-ization, -our/-or, -ence/-ense, -tre/-ter, -lled/-led after e, -ogue/-og,
 * and the verb "practise". Short words and words with digits stay as they are.
 */
export function clusterSpelling(word: string): string {
  const syn = SYNONYM_OF.get(word);
  if (syn) return syn;
  if (word.length < 5 || /[\d']/.test(word)) return word;
  let w = word;
  w = w.replace(/ctis(e|es|ed|ing)$/, 'ctic$1');
  w = w.replace(/([^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2');
  w = w.replace(/ys(e|es|ed|ing)$/, 'yz$1');
  if (w.length >= 6) w = w.replace(/([^aeiou])our(s|ed|ing|ite|ites|able|er|ers)?$/, '$1or$2');
  w = w.replace(/([^aeiou])ence(s?)$/, '$1ense$2');
  w = w.replace(/([bt])re(s?)$/, '$1er$2');
  w = w.replace(/ell(ed|ing|er|ers)$/, 'el$1');
  w = w.replace(/([ao])gue(s?)$/, '$1g$2');
  return SYNONYM_OF.get(w) ?? w;
}

/**
 * Do two articles report one story, so that a short phrase quoted in both may be one utterance?
 * Yes for one article, when one speaker is named as saying both (not enough for the same single
 * word: "reckless" may be about anything), or when the two articles share text beyond the phrase:
 * ten shingles, or many of the content words of the shorter (outlets that retell an event in their
 * own words share its names and nouns, not its sentences).
 */
export class StoryTest {
  constructor(
    private readonly index: PassageIndex,
    /** Kept by the cluster state: an article's words never change (changed text is a new article). */
    private readonly memo: Map<number, Map<number, boolean>>,
  ) {}

  same(a: QuoteRef, b: QuoteRef, speakerEnough = true): boolean {
    if (a.doc === b.doc) return true;
    if (speakerEnough && a.speaker && a.speaker === b.speaker) return true;
    const lo = a.doc.id < b.doc.id ? a.doc : b.doc;
    const hi = lo === a.doc ? b.doc : a.doc;
    let row = this.memo.get(lo.id);
    if (!row) this.memo.set(lo.id, (row = new Map()));
    let v = row.get(hi.id);
    if (v === undefined) {
      v = this.index.sharedShingles(lo, hi) >= SAME_STORY_SHINGLES;
      if (!v) {
        const shared = countShared(lo.distinctTerms, hi.distinctTerms);
        v = shared >= SAME_STORY_TERMS && shared >= SAME_STORY_SHARE * Math.min(lo.distinctTerms.length, hi.distinctTerms.length);
      }
      row.set(hi.id, v);
    }
    return v;
  }
}

/** Shingles two articles share when they report one story. */
const SAME_STORY_SHINGLES = 10;
/**
 * Distinct content words two articles share when they report one story in their own words, and the
 * share of the shorter's they are. Two reports of one event share a fifth or more of their content
 * words; two unrelated news articles, a tenth (a fifth in one pair of fifty).
 */
const SAME_STORY_TERMS = 12;
const SAME_STORY_SHARE = 0.22;

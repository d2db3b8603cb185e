/**
 * The corpus passage index: every article as words, sentences, paragraphs and quotes, with an
 * inverted index of word n-gram shingles (which articles contain each shingle), and each article's
 * distinct content words sorted (for phrases shorter than a shingle). Adding, changing, renaming or removing one article touches
 * only that article's postings; nothing else is re-read or re-processed.
 */
import type { EntityMention, Quote, Span } from '../common/types';
import { parseArticle, type Article } from '../text';
import type { AlignScoring } from './align';
import type { ClaimDocData } from './detectors/claims';
import type { WordingDocData } from './detectors/wording';
import { Postings } from './postings';
import type { StatementDocData } from './statements';
import { countShared, distinct, hasSorted, orderShingles, SHINGLE, shingleHash, symmetricDifference } from './shingles';
import { tokenize, tokenRange, Vocabulary, type Tokens } from './tokens';
import type { NumberMention, NumberState } from './detectors/numberMentions';
import type { StoryState } from './detectors/story';
import type { ArticleNames } from './detectors/nameUses';
import type { DiffRow } from './variants';

// (The shingle arithmetic, shingles.ts, is read through here too.)
export { countShared, hasSorted, phraseHash, SHINGLE, shingleHash } from './shingles';

/** A shingle in more articles than this is boilerplate or a stock phrase; matching ignores it. */
export const DEFAULT_MAX_DF = 100;
/** Words of one article that are indexed; the rest of an enormous file is left out (and said so). */
export const DEFAULT_MAX_TOKENS = 2_000_000;

/**
 * The quotations of one article the cross-file passes take (the first ones; the article's own list
 * keeps them all). A news article has tens; a transcript of a long hearing a few thousand (a 1 MB
 * dialogue: 3,800). Text full of stray quotation marks (bad conversion, OCR) has a "quotation"
 * every few words, 6,600 in 1 MB, and the quote clusters compare each short quotation with the
 * others of its article: 2 MB of it took a minute and more, memory without bound. A work cap, the
 * same on every machine: past it the article is named in `CorpusMatcher.notices`.
 */
export const MAX_INDEXED_QUOTES = 5000;

/** Two articles sharing this many distinct shingles report the same story (for discrepancies). */
export const RELATED_MIN_SHINGLES = 3;

/** Up to this many articles, a first `relatedDocs` works out every article's list in one pass (`computeAllRelated`). */
const ALL_RELATED_AT_ONCE_MAX_DOCS = 4_096;

export interface PassageIndexOptions {
  maxDocFrequency?: number;
  maxTokensPerDoc?: number;
}

/** A quote as the index keeps it: the span, its words and its sentence. */
export interface IndexedQuote extends Quote {
  /** Token range of its words in the article. */
  t0: number;
  t1: number;
  /** Index of the sentence it is in (in `DocEntry.sentences`), -1 if none. */
  sentence: number;
}

/** One indexed article. */
export interface DocEntry {
  readonly id: number;
  path: string;
  readonly text: string;
  readonly tokens: Tokens;
  /** Shingle hash starting at each word; 0 where nothing is indexed (function words only, page debris, the end). */
  readonly shingles: Int32Array;
  /** Token ranges [start, end) of the sentences and paragraphs, flattened pairs. */
  readonly sentences: Int32Array;
  readonly paragraphs: Int32Array;
  /** Paragraph index of each sentence. */
  readonly sentenceParagraph: Int32Array;
  quotes: IndexedQuote[];
  /** Quotations of the article beyond MAX_INDEXED_QUOTES, left out of `quotes`. */
  quotesLeftOut: number;
  entities: EntityMention[];
  /** The names it writes, for the name detector: worked out on the detector's first look, for these `entities`. */
  names: ArticleNames | null;
  /** Distinct indexed shingles, sorted (what was added to the postings). */
  readonly distinctShingles: Int32Array;
  /** Distinct indexed content terms, sorted. */
  readonly distinctTerms: Int32Array;
  /** True when the article was longer than the index takes and its end was left out. */
  readonly truncated: boolean;
  /**
   * For an article of more than POSITIONED_TOKENS words: the positions of its indexed shingles,
   * ordered by shingle hash, then position (`shingles[p]` is the hash at p), so that the places of
   * a passage's shingles are found by binary search (`shinglePositionsOf`) rather than by reading
   * the whole article once per passage looked up (quadratic for a long article matched sentence by
   * sentence against a long copy: a 1 MB copy took 28 s). Undefined for shorter articles.
   */
  readonly shinglePositions: Int32Array | undefined;
  /** Its figures with what they measure, read by the number detector on first use (they depend on its text alone). */
  numbers: readonly NumberMention[] | undefined;
  /**
   * What the cross-article detectors work out from this article alone, kept with it between
   * derivations (a changed text is a new entry, so it starts empty); each detector owns its field.
   */
  readonly kept: DocKept;
}

/** Per-article work of the detectors (see `DocEntry.kept`); each field is filled on first use. */
export interface DocKept {
  /** Its content words by sentence (statements.ts). */
  statements: StatementDocData | undefined;
  /** Its distinct entity names, for the entities it has (statements.ts). */
  names: { entities: readonly EntityMention[]; names: readonly string[] } | undefined;
  /** Its clauses, denial cue and slot fillers (detectors/claims.ts). */
  claims: ClaimDocData | undefined;
  /** Its quotes of four words or more, for its current quotes (detectors/wording.ts). */
  wording: WordingDocData | undefined;
  /** Word diffs of its quotations against other articles' (variants.ts `diffRanges`). */
  diffs: DiffRow | undefined;
}

/** Articles longer than this (words) keep `DocEntry.shinglePositions`; reading a shorter one whole costs less. */
export const POSITIONED_TOKENS = 16_384;

/**
 * The places of one shingle in an article that are looked at (the first ones): a shingle hundreds
 * of times in one article (a file of repeats) gives nothing more after a few, and the matcher
 * keeps a few matches per article anyway.
 */
export const MAX_SHINGLE_PLACES = 16;

/**
 * Positions (ascending) of the shingles of `hashes` in `entry`, at most MAX_SHINGLE_PLACES each;
 * for an article with `shinglePositions` only.
 */
export function shinglePositionsOf(entry: DocEntry, hashes: Iterable<number>): number[] {
  const order = entry.shinglePositions!;
  const sh = entry.shingles;
  const out: number[] = [];
  for (const h of hashes) {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sh[order[mid]!]! < h) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && k < lo + MAX_SHINGLE_PLACES && sh[order[k]!] === h; k++) out.push(order[k]!);
  }
  return out.sort((a, b) => a - b);
}

/** Counters for tests and the status line: how much work updates did. */
export interface IndexCounters {
  /** Articles tokenised and shingled (an unchanged or renamed article is not counted). */
  docsProcessed: number;
  /** Of those, texts it had to parse itself (`parseArticle`): not handed their parse by the caller, who parsed them already for their analysis. */
  docsParsed: number;
  /** Words tokenised. */
  tokensProcessed: number;
  /** Posting entries added and removed. */
  postingsAdded: number;
  postingsRemoved: number;
}

/** What changed in the postings over some changes of the index (see `PassageIndex.postingsChangedSince`). */
export interface PostingsChange {
  shingles: Int32Array;
  replaced: ReadonlyMap<number, number>;
}

export class PassageIndex implements AlignScoring {
  readonly vocab = new Vocabulary();
  readonly maxDf: number;
  readonly maxTokens: number;
  readonly counters: IndexCounters = { docsProcessed: 0, docsParsed: 0, tokensProcessed: 0, postingsAdded: 0, postingsRemoved: 0 };
  private readonly docs = new Map<number, DocEntry>();
  private readonly byPath = new Map<string, number>();
  private readonly shinglePostings = new Postings();
  private nextId = 1;
  /**
   * Distinct shingles shared by two articles, by the smaller id then the larger. An article's
   * shingles never change (changed text is a new entry with a new id), so the counts stay right
   * until one of the two is removed.
   */
  private readonly sharedCache = new Map<number, Map<number, number>>();
  private sharedCacheSize = 0;
  /** `relatedDocs` per article, with the version it was last known right at. */
  private readonly relatedCache = new Map<number, { version: number; list: { doc: DocEntry; shared: number }[] }>();
  /** `computeRelated`'s count of shared shingles per article id (all zero between calls). */
  private relatedCounts = new Int32Array(0);
  /** Bumped on every rename (related articles tied on shared shingles are in path order). */
  private renames = 0;
  private relatedRenames = 0;
  /**
   * The shingles of the articles added or removed, per change (the index version after it): what
   * changed in the postings since a version, for results derived from them.
   */
  private journal: { version: number; shingles: Int32Array; replaced?: [number, number] }[] = [];
  private journalSize = 0;
  /** Changes before this version have left the journal. */
  private journalFloor = 0;
  private touchedMemo: { from: number; to: number; change: PostingsChange } | undefined;
  /** Bumped on every change, so that derived results know when they are stale. */
  version = 0;
  /** What the number detector keeps between derivations (its reading of the vocabulary, its last groups). */
  numberState: NumberState | undefined = undefined;
  /** What story relatedness keeps between derivations (each article's names, and how many articles name each). */
  storyState: StoryState | undefined = undefined;

  constructor(options: PassageIndexOptions = {}) {
    this.maxDf = options.maxDocFrequency ?? DEFAULT_MAX_DF;
    this.maxTokens = options.maxTokensPerDoc ?? DEFAULT_MAX_TOKENS;
  }

  weight(term: number): number {
    return this.vocab.weight(term);
  }

  isStop(term: number): boolean {
    return this.vocab.isStop(term);
  }

  get size(): number {
    return this.docs.size;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  paths(): string[] {
    return [...this.byPath.keys()].sort();
  }

  doc(path: string): DocEntry | undefined {
    const id = this.byPath.get(path);
    return id === undefined ? undefined : this.docs.get(id);
  }

  docById(id: number): DocEntry | undefined {
    return this.docs.get(id);
  }

  allDocs(): DocEntry[] {
    return [...this.docs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /**
   * Adds or replaces an article. Unchanged text only refreshes its quotes and entities (the words
   * and postings stay); changed text replaces this article's postings and nothing else.
   */
  upsert(path: string, text: string, extra: { quotes?: readonly Quote[]; entities?: readonly EntityMention[]; article?: Article } = {}): DocEntry {
    const known = this.doc(path);
    if (known && known.text === text) {
      if (extra.quotes) this.indexQuotes(known, extra.quotes);
      // Linking the folder again gives every article a new array of mentions, mostly the same ones:
      // the article keeps its own array then, so that what is worked out from it and kept on its
      // entry (name uses, sentence slots, entity names) is not worked out again for nothing.
      if (extra.entities && !sameMentions(known.entities, extra.entities)) known.entities = [...extra.entities];
      this.version++;
      return known;
    }
    if (known) this.removeEntry(known, false);
    const entry = this.build(path, text, extra.article ?? this.parse(text));
    this.indexQuotes(entry, extra.quotes ?? []);
    entry.entities = [...(extra.entities ?? [])];
    this.docs.set(entry.id, entry);
    this.byPath.set(path, entry.id);
    // (An indexed loop: `for … of` over the typed array left an iterator result per shingle whenever
    // this ran unoptimised, some 4 MB over the BBC corpus.)
    const hashes = entry.distinctShingles;
    for (let i = 0; i < hashes.length; i++) this.shinglePostings.add(hashes[i]!, entry.id);
    this.counters.postingsAdded += entry.distinctShingles.length;
    this.version++;
    // A changed article: only the shingles it gained or lost change in number; the others now list
    // the new entry where they listed the old one.
    if (known) this.log(symmetricDifference(known.distinctShingles, entry.distinctShingles), this.version, [known.id, entry.id]);
    else this.log(entry.distinctShingles, this.version);
    return entry;
  }

  remove(path: string): boolean {
    const entry = this.doc(path);
    if (!entry) return false;
    this.removeEntry(entry);
    this.version++;
    return true;
  }

  /** A renamed article keeps its words and postings; only its path changes. */
  rename(from: string, to: string): boolean {
    const id = this.byPath.get(from);
    if (id === undefined) return false;
    if (from === to) return true;
    if (this.byPath.has(to)) this.remove(to);
    this.byPath.delete(from);
    this.byPath.set(to, id);
    this.docs.get(id)!.path = to;
    this.version++;
    this.renames++;
    return true;
  }

  clear(): void {
    this.docs.clear();
    this.byPath.clear();
    this.shinglePostings.clear();
    this.sharedCache.clear();
    this.sharedCacheSize = 0;
    this.relatedCache.clear();
    this.version++;
    this.journal = [];
    this.journalSize = 0;
    this.journalFloor = this.version;
    this.touchedMemo = undefined;
  }

  /**
   * What changed in the postings since index version `since`: the shingles whose article counts
   * changed (sorted, distinct: those of the articles added or removed, and those a changed article
   * gained or lost), and the changed articles (old id -> current id), whose other shingles list the
   * new entry where they listed the old one. Undefined when that is no longer known (too long ago).
   * A result derived from the postings of some shingles at `since` still holds, with the ids
   * mapped, when none of them is among the shingles. Renames and new quotes or entities for the
   * same text change no postings.
   */
  postingsChangedSince(since: number): PostingsChange | undefined {
    if (since < this.journalFloor) return undefined;
    const m = this.touchedMemo;
    if (m && m.from === since && m.to === this.version) return m.change;
    const parts = this.journal.filter((j) => j.version > since);
    let shingles: Int32Array;
    if (!parts.length) shingles = new Int32Array(0);
    else if (parts.length === 1) shingles = parts[0]!.shingles;
    else {
      const all = new Int32Array(parts.reduce((n, j) => n + j.shingles.length, 0));
      let at = 0;
      for (const j of parts) {
        all.set(j.shingles, at);
        at += j.shingles.length;
      }
      shingles = distinct(all);
    }
    const replaced = new Map<number, number>();
    for (const j of parts) {
      if (!j.replaced) continue;
      const [from, to] = j.replaced;
      for (const [k, v] of replaced) if (v === from) replaced.set(k, to);
      replaced.set(from, to);
    }
    const change = { shingles, replaced };
    this.touchedMemo = { from: since, to: this.version, change };
    return change;
  }

  /** Records a change of the postings of some shingles (as of `version`), and the article an article replaced. */
  private log(shingles: Int32Array, version: number, replaced?: [number, number]): void {
    this.journal.push(replaced ? { version, shingles, replaced } : { version, shingles });
    this.journalSize += shingles.length + 1;
    while (this.journal.length > 1 && (this.journal.length > 256 || this.journalSize > 2_000_000)) {
      const old = this.journal.shift()!;
      this.journalSize -= old.shingles.length + 1;
      this.journalFloor = old.version;
    }
  }

  /**
   * Ids of the articles containing a shingle (undefined when none, or when it is too common to
   * mean anything). A list is valid until the next posting lookup.
   */
  docsWithShingle(hash: number): readonly number[] | number | undefined {
    if (this.shinglePostings.count(hash) > this.maxDf) return undefined;
    return this.shinglePostings.get(hash);
  }

  /**
   * One article other than `exclude` that contains a shingle, always the same one while the index
   * does not change (-1 when none, or when the shingle is too common to mean anything).
   */
  firstOtherWithShingle(hash: number, exclude: number): number {
    if (this.shinglePostings.count(hash) > this.maxDf) return -1;
    return this.shinglePostings.firstOther(hash, exclude);
  }

  /** Number of articles containing a shingle. */
  shingleDf(hash: number): number {
    return this.shinglePostings.count(hash);
  }

  /**
   * Ids of the articles containing every one of some content terms (for phrases shorter than a
   * shingle). Each article keeps its distinct terms sorted, so this is a binary search per article:
   * no term postings to maintain on every update.
   */
  docsWithTerms(terms: readonly number[]): number[] {
    const out: number[] = [];
    for (const d of this.docs.values()) if (terms.every((t) => hasSorted(d.distinctTerms, t))) out.push(d.id);
    return out;
  }

  /** Does an article contain a content term? */
  hasTerm(entry: DocEntry, term: number): boolean {
    return hasSorted(entry.distinctTerms, term);
  }

  /**
   * Distinct shingles two articles share: how much text they have in common. Two reports of one
   * event share quotes and stock phrases; unrelated articles share next to nothing.
   */
  sharedShingles(a: DocEntry, b: DocEntry): number {
    if (a === b) return a.distinctShingles.length;
    // Keyed by the smaller id, then the larger: small integers, where one key of both would not be.
    const lo = Math.min(a.id, b.id);
    const hi = Math.max(a.id, b.id);
    let row = this.sharedCache.get(lo);
    const known = row?.get(hi);
    if (known !== undefined) return known;
    const n = countShared(a.distinctShingles, b.distinctShingles);
    if (this.sharedCacheSize > 4_000_000) {
      this.sharedCache.clear();
      this.sharedCacheSize = 0;
      row = undefined;
    }
    if (!row) this.sharedCache.set(lo, (row = new Map()));
    row.set(hi, n);
    this.sharedCacheSize++;
    return n;
  }

  /** Articles sharing at least `min` shingles with this one, most shared first. */
  relatedDocs(entry: DocEntry, min = RELATED_MIN_SHINGLES): { doc: DocEntry; shared: number }[] {
    if (min !== RELATED_MIN_SHINGLES) return this.computeRelated(entry, min);
    // Known from an earlier version, and still right when no article sharing a shingle with this
    // one was added or removed since (nor any article renamed: ties are in path order).
    if (this.relatedRenames !== this.renames) {
      this.relatedCache.clear();
      this.relatedRenames = this.renames;
    }
    const known = this.relatedCache.get(entry.id);
    if (known && known.version !== this.version) {
      const change = this.postingsChangedSince(known.version);
      if (change && countShared(change.shingles, entry.distinctShingles) === 0) {
        // The same counts; a changed article has the same path, so the same place.
        if (change.replaced.size && known.list.some((x) => change.replaced.has(x.doc.id)))
          known.list = known.list.map((x) => {
            const id = change.replaced.get(x.doc.id);
            return id === undefined ? x : { doc: this.docs.get(id)!, shared: x.shared };
          });
        known.version = this.version;
      }
    }
    if (known?.version === this.version) return known.list;
    // Nothing known (a folder just loaded, or renamed): every article's list at once, as the
    // detectors ask for all of them next — in folders small enough that the one pass stays a short
    // task on the extension host (~0.15 s for 2,000 articles); larger ones go an article at a time,
    // between the derivation's checkpoints.
    if (!this.relatedCache.size && this.docs.size <= ALL_RELATED_AT_ONCE_MAX_DOCS && this.docs.has(entry.id)) {
      this.computeAllRelated();
      return this.relatedCache.get(entry.id)!.list;
    }
    const list = this.computeRelated(entry, min);
    this.relatedCache.set(entry.id, { version: this.version, list });
    return list;
  }

  private computeRelated(entry: DocEntry, min: number): { doc: DocEntry; shared: number }[] {
    // Counted in an array by id (zero again when done), the articles in the order first met.
    if (this.relatedCounts.length < this.nextId) this.relatedCounts = new Int32Array(Math.max(this.nextId, 2 * this.relatedCounts.length));
    const counts = this.relatedCounts;
    const met: number[] = [];
    const postings = this.shinglePostings;
    const shingles = entry.distinctShingles;
    const self = entry.id;
    // Each shingle's list read in place, one lookup per shingle (no copy of the list).
    for (let k = 0; k < shingles.length; k++) {
      const at = postings.find(shingles[k]!);
      if (at < 0) continue;
      const n = postings.countAt(at);
      if (n < 2 || n > this.maxDf) continue;
      for (let e = postings.firstAt(at); e >= 0; e = postings.nextOf(e)) {
        const id = postings.idOf(e);
        if (id !== self && counts[id]!++ === 0) met.push(id);
      }
    }
    return this.relatedList(met, min);
  }

  /**
   * `computeRelated` of every article (with RELATED_MIN_SHINGLES) into `relatedCache`, the same
   * lists: the shingles held by 2 to maxDf articles are read from the postings in one pass, then
   * each article counts the others on its own shingles' lists as `computeRelated` does, without a
   * hash probe per shingle (780,000 of them for the BBC corpus, nearly all cache misses, for the
   * tenth that two articles share).
   */
  private computeAllRelated(): void {
    const { starts, ids } = this.shinglePostings.listsWithin(2, this.maxDf);
    const n = this.nextId;
    // Each article's lists (by list number), flattened: article id -> [keyStarts[id], keyStarts[id + 1]).
    const keyStarts = new Int32Array(n + 1);
    for (let k = 0; k < ids.length; k++) keyStarts[ids[k]! + 1]!++;
    for (let id = 0; id < n; id++) keyStarts[id + 1]! += keyStarts[id]!;
    const fill = keyStarts.slice(0, n);
    const keys = new Int32Array(ids.length);
    for (let g = 0; g + 1 < starts.length; g++) for (let k = starts[g]!; k < starts[g + 1]!; k++) keys[fill[ids[k]!]!++] = g;
    if (this.relatedCounts.length < n) this.relatedCounts = new Int32Array(Math.max(n, 2 * this.relatedCounts.length));
    const counts = this.relatedCounts;
    const met: number[] = [];
    for (const entry of this.docs.values()) {
      const self = entry.id;
      met.length = 0;
      for (let j = keyStarts[self]!; j < keyStarts[self + 1]!; j++) {
        const g = keys[j]!;
        for (let k = starts[g]!; k < starts[g + 1]!; k++) {
          const id = ids[k]!;
          if (id !== self && counts[id]!++ === 0) met.push(id);
        }
      }
      this.relatedCache.set(self, { version: this.version, list: this.relatedList(met, RELATED_MIN_SHINGLES) });
    }
  }

  /** The articles of `met` with `relatedCounts` of `min` or more, most shared first (the counts are zero again after). */
  private relatedList(met: readonly number[], min: number): { doc: DocEntry; shared: number }[] {
    const counts = this.relatedCounts;
    const out: { doc: DocEntry; shared: number }[] = [];
    for (const id of met) {
      const shared = counts[id]!;
      counts[id] = 0;
      // (Most articles met share a shingle or two: the count first, the map only for the others.)
      const doc = shared >= min ? this.docs.get(id) : undefined;
      if (doc) out.push({ doc, shared });
    }
    // Ties in path order: the same order whatever order the articles were added in.
    return out.sort((x, y) => y.shared - x.shared || (x.doc.path < y.doc.path ? -1 : x.doc.path > y.doc.path ? 1 : 0));
  }

  /** What one article put in the index, for tests: its distinct shingles and content words. */
  postingsOf(path: string): { shingles: number; terms: number } | undefined {
    const e = this.doc(path);
    return e && { shingles: e.distinctShingles.length, terms: e.distinctTerms.length };
  }

  /** Token range of a character span of an indexed article. */
  tokenRangeOf(entry: DocEntry, span: Span): [number, number] {
    return tokenRange(entry.tokens, span.start, span.end);
  }

  /** Index of the sentence containing token `t`, or -1. */
  sentenceOf(entry: DocEntry, t: number): number {
    const s = entry.sentences;
    let lo = 0;
    let hi = s.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[2 * mid + 1]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < s.length / 2 && s[2 * lo]! <= t ? lo : -1;
  }

  private removeEntry(entry: DocEntry, log = true): void {
    const hashes = entry.distinctShingles;
    for (let i = 0; i < hashes.length; i++) if (this.shinglePostings.remove(hashes[i]!, entry.id)) this.counters.postingsRemoved++;
    this.docs.delete(entry.id);
    if (this.byPath.get(entry.path) === entry.id) this.byPath.delete(entry.path);
    // Its counts with the others: its own row, and its place in the rows of older articles.
    const row = this.sharedCache.get(entry.id);
    if (row) {
      this.sharedCacheSize -= row.size;
      this.sharedCache.delete(entry.id);
    }
    for (const other of this.sharedCache.values()) if (other.delete(entry.id)) this.sharedCacheSize--;
    this.relatedCache.delete(entry.id);
    // Every caller bumps the version next.
    if (log) this.log(entry.distinctShingles, this.version + 1);
  }

  private parse(text: string): Article {
    this.counters.docsParsed++;
    return parseArticle(text);
  }

  private build(path: string, text: string, article: Article): DocEntry {
    const vocab = this.vocab;
    let tokens = tokenize(text, vocab);
    let truncated = false;
    if (tokens.length > this.maxTokens) {
      truncated = true;
      const n = this.maxTokens;
      tokens = { length: n, starts: tokens.starts.slice(0, n), ends: tokens.ends.slice(0, n), terms: tokens.terms.slice(0, n) };
    }
    this.counters.docsProcessed++;
    this.counters.tokensProcessed += tokens.length;
    const n = tokens.length;
    const terms = tokens.terms;
    // Sentences and paragraphs as token ranges; page debris is kept out of the index.
    const sentences: number[] = [];
    const paragraphs: number[] = [];
    const sentenceParagraph: number[] = [];
    const indexed = new Uint8Array(n);
    for (const p of article.paragraphs) {
      const [pa, pb] = tokenRange(tokens, p.start, p.end);
      if (pb <= pa) continue;
      const pi = paragraphs.length / 2;
      paragraphs.push(pa, pb);
      if (!p.boilerplate) indexed.fill(1, pa, pb);
      for (const s of p.sentences) {
        const [sa, sb] = tokenRange(tokens, s.start, s.end);
        if (sb > sa) {
          sentences.push(sa, sb);
          sentenceParagraph.push(pi);
        }
      }
    }
    const shingles = new Int32Array(n);
    for (let i = 0; i + SHINGLE <= n; i++) {
      if (!indexed[i] || !indexed[i + SHINGLE - 1]) continue;
      let content = false;
      for (let k = 0; k < SHINGLE; k++) if (!vocab.isStop(terms[i + k]!)) content = true;
      if (content) shingles[i] = shingleHash(terms, i);
    }
    const contentTerms = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const t = terms[i]!;
      // Term ids start at 0; store id + 1 so that 0 means "none".
      if (indexed[i] && !vocab.isStop(t)) contentTerms[i] = t + 1;
    }
    const dt = distinct(contentTerms);
    for (let i = 0; i < dt.length; i++) dt[i] = dt[i]! - 1;
    return {
      id: this.nextId++,
      path,
      text,
      tokens,
      shingles,
      sentences: Int32Array.from(sentences),
      paragraphs: Int32Array.from(paragraphs),
      sentenceParagraph: Int32Array.from(sentenceParagraph),
      quotes: [],
      quotesLeftOut: 0,
      entities: [],
      names: null,
      distinctShingles: distinct(shingles),
      distinctTerms: dt,
      truncated,
      shinglePositions: n > POSITIONED_TOKENS && n < 2097152 ? orderShingles(shingles) : undefined,
      numbers: undefined,
      kept: { statements: undefined, names: undefined, claims: undefined, wording: undefined, diffs: undefined },
    };
  }

  /** Sets the article's quotes (the first MAX_INDEXED_QUOTES). */
  private indexQuotes(entry: DocEntry, quotes: readonly Quote[]): void {
    const out: IndexedQuote[] = [];
    const n = Math.min(quotes.length, MAX_INDEXED_QUOTES);
    for (let i = 0; i < n; i++) {
      const q = quotes[i]!;
      const [t0, t1] = tokenRange(entry.tokens, q.start, q.end);
      // (Its fields written out, not `{ ...q, … }`: V8 copied each spread quote into an object with a
      // map of its own — 1,874 maps for 1,883 quotes on 600 BBC articles — so every later read of a
      // quote's fields, in the clusters and discrepancies, missed its inline cache.)
      out.push({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, kind: q.kind, t0, t1, sentence: t1 > t0 ? this.sentenceOf(entry, t0) : -1 });
    }
    entry.quotes = out;
    entry.quotesLeftOut = quotes.length - n;
  }
}

/** Are two lists of mentions the same, mention by mention and field by field (in the same order)? */
function sameMentions(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFields(a[i]!, b[i]!)) return false;
  return true;
}

/** Same own keys in the same order with equal values (plain values, or objects compared the same way). */
function sameFields(x: object, y: object): boolean {
  if (x === y) return true;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) {
    const k = kx[i]!;
    if (k !== ky[i]) return false;
    const vx = (x as Record<string, unknown>)[k];
    const vy = (y as Record<string, unknown>)[k];
    if (vx === vy) continue;
    if (typeof vx !== 'object' || typeof vy !== 'object' || vx === null || vy === null || Array.isArray(vx) || Array.isArray(vy)) return false;
    if (!sameFields(vx, vy)) return false;
  }
  return true;
}

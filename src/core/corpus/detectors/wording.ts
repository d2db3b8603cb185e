/**
 * Wording discrepancies: a quote rendered in different words.
 *
 * - In the versions of a clustered quote (the same utterance in several outlets): words changed,
 *   added or dropped inside the quote ("this relationship" / "this kind of relationship").
 * - Short quotes with one word changed (a pirate “mother ship” / “mother vessel”): shortQuotes.ts.
 * - A quote whose object another article reports differently, outside quotation marks ("an
 *   unlawful attack against Syria" / "… against Assad's forces"), between articles sharing a quote
 *   or much text; and a quote another article of the story renders near-verbatim with a phrase
 *   in other words ("the culmination of an intensive, seven-month review" / "the culmination of
 *   the most recent seven-month review").
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { finish, type Steps } from '../../common/budget';
import type { Span } from '../../common/types';
import { alignLocal, extendAlignment, type AlignOp } from '../align';
import type { QuoteClusterDetail, QuoteRef } from '../clusters';
import { sameWordInflected } from '../../text/inflection';
import { clean, dedupe, DOCS_PER_STEP, member, punctuationBetween, relatedness, spellingVariant, type Member, type Related } from './shared';
import { hasSorted, phraseHash, SHINGLE, shingleHash, type DocEntry, type IndexedQuote, type PassageIndex } from '../passages';
import { alignMembers, mapRange, memberRanges, refsByKey, span } from '../variants';
import { EVENT_FOLDER_DOCS, storyRelated } from './story';
import { NUMBER_WORDS, stem } from './numberLexicon';
import { isShortQuote, wordingFromShortQuotes, type ShortQuote } from './shortQuotes';
import { isInitials } from './nameForms';
import { isAcronym } from '../../entities/variants';


/** Function words whose presence in one rendering of a quote and not the other is transcription, not wording ("dream. I" / "dream and I"). */
const LIGHT_WORDS = new Set(['a', 'an', 'the', 'that', 'and']);

/** Differing runs separated by at most this many equal words are one change. */
const JOIN_GAP = 2;

interface Change {
  member: number;
  /** Reference token range. */
  r0: number;
  r1: number;
  /** Member token range. */
  m0: number;
  m1: number;
}

/** Which clustered quotes are in more than one cluster (their members are regions, not whole quotes). */
function compositeQuotes(clusters: QuoteClusterDetail[]): (doc: string, start: number) => boolean {
  const count = new Map<string, number>();
  for (const c of clusters) for (const m of c.members) count.set(`${m.doc}\u0000${m.start}`, (count.get(`${m.doc}\u0000${m.start}`) ?? 0) + 1);
  return (doc, start) => (count.get(`${doc}\u0000${start}`) ?? 0) > 1;
}

export function wordingFromClusters(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const composite = compositeQuotes(clusters);
  const byKey = refsByKey(refs, clusters);
  for (const cluster of clusters) {
    const ranges = memberRanges(cluster, byKey, composite);
    const aligned = alignMembers(index, ranges, cluster.reference);
    const ref = aligned[cluster.reference]!;
    const woven = (i: number) => wovenQuote(byKey.get(`${cluster.members[i]!.doc}\u0000${cluster.members[i]!.start}`)!.doc.text, cluster.members[i]!.start);
    const changes: Change[] = [];
    for (const m of aligned) {
      if (m.member === cluster.reference || !m.ops) continue;
      changes.push(...significantChanges(index, ref.doc, m.doc, m.ops, m.member, () => woven(cluster.reference) || woven(m.member)));
    }
    if (!changes.length) continue;
    // Changes at the same place of the reference are one discrepancy.
    changes.sort((a, b) => a.r0 - b.r0);
    const groups: Change[][] = [];
    for (const c of changes) {
      const g = groups.find((x) => x.some((y) => touches(y, c)));
      if (g) g.push(c);
      else groups.push([c]);
    }
    for (const g of groups) {
      let r0 = Math.min(...g.map((c) => c.r0));
      let r1 = Math.max(...g.map((c) => c.r1));
      // Show one word either side of an insertion or a deletion, so that no side is empty.
      if (g.some((c) => c.r0 === c.r1 || c.m0 === c.m1)) {
        r0 = Math.max(ref.t0, r0 - 1);
        r1 = Math.min(ref.t1, r1 + 1);
      }
      const members: Member[] = [member(ref.doc, span(ref.doc, r0, r1))];
      const texts = new Set<string>([normText(index, ref.doc, r0, r1)]);
      for (const m of aligned) {
        if (m.member === cluster.reference || !m.ops) continue;
        const mapped = mapRange(m.ops, r0, r1);
        if (!mapped) continue;
        members.push(member(m.doc, span(m.doc, mapped[0], mapped[1])));
        texts.add(normText(index, m.doc, mapped[0], mapped[1]));
      }
      const docs = new Set(members.map((m) => m.doc));
      if (docs.size < 2 || texts.size < 2) continue;
      out.push({ label: labelOfVersions(members), kind: 'wording', members: dedupe(members) });
    }
  }
  return out;
}

function touches(a: Change, b: Change): boolean {
  const a0 = a.r0 === a.r1 ? a.r0 - 1 : a.r0;
  const a1 = a.r0 === a.r1 ? a.r1 + 1 : a.r1;
  const b0 = b.r0 === b.r1 ? b.r0 - 1 : b.r0;
  const b1 = b.r0 === b.r1 ? b.r1 + 1 : b.r1;
  return Math.min(a1, b1) > Math.max(a0, b0);
}

/**
 * Is a quote woven into the reporter's sentence: it opens in lower case straight after a word of
 * it, with no colon or comma between (she said she “no longer has enough …”)? Its verbs then take
 * the reporter's tense and person ("I no longer have" / she “no longer had”), so an inflection
 * changed in it is the reporter's grammar, not other words. `start`: the first character inside
 * the marks.
 */
export function wovenQuote(text: string, start: number): boolean {
  if (!/\p{Ll}/u.test(text[start] ?? '')) return false;
  let i = start - 1;
  while (i >= 0 && OPENING_MARKS.includes(text[i]!)) i--;
  const marks = start - 1 - i;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  return marks > 0 && i >= 0 && /[\p{L}\p{N}]/u.test(text[i]!);
}
const OPENING_MARKS = '"\'“‘«„‚';

/**
 * The differing runs of a diff worth reporting, joined when only a word or two apart. `agreement`:
 * is one of the two woven into the reporter's sentence (`wovenQuote`), so that a word inflected
 * differently is not a change (asked only about such a word).
 */
function significantChanges(index: PassageIndex, A: DocEntry, B: DocEntry, ops: AlignOp[], memberIndex: number, agreement: () => boolean): Change[] {
  const hasContent = (d: DocEntry, x: number, y: number) => {
    for (let i = x; i < y; i++) if (!index.isStop(d.tokens.terms[i]!)) return true;
    return false;
  };
  // Function words added, dropped or changed inside the quote change its grammar or sense ("the
  // violence the system uses" / "the violence of the system uses", "did" / "did not"); an article
  // or a "that" is only the way it was transcribed.
  const meaningful = (d: DocEntry, x: number, y: number) => {
    for (let i = x; i < y; i++) if (!LIGHT_WORDS.has(index.vocab.term(d.tokens.terms[i]!))) return true;
    return false;
  };
  const edges = furtherSentences(index, A, B, ops);
  const out: Change[] = [];
  let cur: Change | null = null;
  let gap = 0;
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k]!;
    if (o.op === 'equal') {
      gap += o.a1 - o.a0;
      if (cur && gap > JOIN_GAP) {
        out.push(cur);
        cur = null;
      }
      continue;
    }
    const interior = ops[k - 1]?.op === 'equal' && ops[k + 1]?.op === 'equal';
    if (k < edges[0] || k >= edges[1]) {
      gap += Math.max(o.a1 - o.a0, o.b1 - o.b0);
      continue;
    }
    const keep =
      (hasContent(A, o.a0, o.a1) || hasContent(B, o.b0, o.b1) || (interior && (meaningful(A, o.a0, o.a1) || meaningful(B, o.b0, o.b1)))) &&
      !trivialChange(A, o.a0, o.a1, B, o.b0, o.b1) &&
      !(o.a1 - o.a0 === 1 && o.b1 - o.b0 === 1 && sameWordInflected(tokenText(A, o.a0), tokenText(B, o.b0)) && agreement());
    if (!keep) {
      gap += Math.max(o.a1 - o.a0, o.b1 - o.b0);
      continue;
    }
    if (cur && gap <= JOIN_GAP) {
      cur.r1 = o.a1;
      cur.m1 = o.b1;
    } else {
      if (cur) out.push(cur);
      cur = { member: memberIndex, r0: o.a0, r1: o.a1, m0: o.b0, m1: o.b1 };
    }
    gap = 0;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The ops between one quote's further sentences, before and after the shared words: `[from, to)`.
 * Past the last shared content word (or before the first), when one side's differing words run
 * from a sentence break on (or up to one), that outlet quoted a sentence more ("… in AI. To fully
 * capture it, we'll need to make tough choices" / "… in AI, we have great opportunities ahead of
 * us"): where each quote stops is its extent, not its wording.
 */
function furtherSentences(index: PassageIndex, A: DocEntry, B: DocEntry, ops: AlignOp[]): [number, number] {
  const sharesContent = (o: AlignOp) => {
    if (o.op !== 'equal') return false;
    for (let i = o.a0; i < o.a1; i++) if (!index.isStop(A.tokens.terms[i]!)) return true;
    return false;
  };
  let last = ops.length - 1;
  while (last >= 0 && !sharesContent(ops[last]!)) last--;
  let first = 0;
  while (first < ops.length && !sharesContent(ops[first]!)) first++;
  if (last < 0) return [0, ops.length];
  // A sentence of its own holds content words of its own (not "… this morning. I" against
  // "… this morning, like many viewers, I": a clause inserted, the rest shared).
  const own = (from: number, to: number, side: 'a' | 'b') => {
    let n = 0;
    for (let k = from; k < to; k++) {
      const o = ops[k]!;
      if (o.op === 'equal') continue;
      const d = side === 'a' ? A : B;
      const [x, y] = side === 'a' ? [o.a0, o.a1] : [o.b0, o.b1];
      for (let i = x; i < y; i++) if (!index.isStop(d.tokens.terms[i]!)) n++;
    }
    return n >= MIN_SENTENCE_CONTENT;
  };
  const end = ops[last]!;
  const start = ops[first]!;
  const after = last + 1 < ops.length && ((sentenceBreakBefore(A, end.a1) && own(last + 1, ops.length, 'a')) || (sentenceBreakBefore(B, end.b1) && own(last + 1, ops.length, 'b')));
  const before = first > 0 && ((sentenceBreakBefore(A, start.a0) && own(0, first, 'a')) || (sentenceBreakBefore(B, start.b0) && own(0, first, 'b')));
  return [before ? first : 0, after ? last + 1 : ops.length];
}

/** Content words of its own a further sentence of one rendering holds, at least (`furtherSentences`). */
const MIN_SENTENCE_CONTENT = 2;

/** Does a sentence end between token `i - 1` and token `i` ("… in AI. To fully …")? */
function sentenceBreakBefore(d: DocEntry, i: number): boolean {
  if (i <= 0 || i >= d.tokens.starts.length) return false;
  return /[.!?]/.test(d.text.slice(d.tokens.ends[i - 1]!, d.tokens.starts[i]!));
}

/**
 * Differences that are not wording: the same letters spaced or hyphenated differently
 * ("pre-conditions" / "preconditions"), one word spelled two ways ("judgment" / "judgement"), and
 * an editor's insertion in brackets ("existing (UN) Security").
 */
function trivialChange(A: DocEntry, a0: number, a1: number, B: DocEntry, b0: number, b1: number): boolean {
  const ta = a1 > a0 ? A.text.slice(A.tokens.starts[a0]!, A.tokens.ends[a1 - 1]!) : '';
  const tb = b1 > b0 ? B.text.slice(B.tokens.starts[b0]!, B.tokens.ends[b1 - 1]!) : '';
  const letters = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (letters(ta) === letters(tb)) return true;
  // A contraction written out ("Britain's working" / "Britain is working", "didn't" / "did not"):
  // the same words with the word before each change (where a contraction hangs) expanded.
  const around = (d: DocEntry, x0: number, x1: number) => (x0 > 0 ? d.text.slice(d.tokens.starts[x0 - 1]!, x1 > x0 ? d.tokens.ends[x1 - 1]! : d.tokens.ends[x0 - 1]!) : '');
  if (letters(expandContractions(around(A, a0, a1))) === letters(expandContractions(around(B, b0, b1)))) return true;
  // Word for word the same but for spelling.
  if (a1 - a0 === b1 - b0 && a1 > a0) {
    let same = true;
    for (let k = 0; k < a1 - a0 && same; k++) {
      const x = A.text.slice(A.tokens.starts[a0 + k]!, A.tokens.ends[a0 + k]!).toLowerCase();
      const y = B.text.slice(B.tokens.starts[b0 + k]!, B.tokens.ends[b0 + k]!).toLowerCase();
      same = x === y || spellingVariant(x, y) || usSpelling(x) === usSpelling(y) || shortForm(x, y) || shortForm(y, x);
    }
    if (same) return true;
  }
  // An initialism for the words it stands for ("HM the Queen" / "Her Majesty the Queen", "the PM" /
  // "the prime minister"): one outlet's style, the same words.
  if ((a1 - a0 === 1 && b1 - b0 >= 2 && isAcronym(ta) && isInitials(ta, tb)) || (b1 - b0 === 1 && a1 - a0 >= 2 && isAcronym(tb) && isInitials(tb, ta))) return true;
  const bracketed = (d: DocEntry, x0: number, x1: number) => {
    if (x1 <= x0) return false;
    const before = d.text.slice(Math.max(0, d.tokens.starts[x0]! - 1), d.tokens.starts[x0]!);
    const after = d.text.slice(d.tokens.ends[x1 - 1]!, d.tokens.ends[x1 - 1]! + 1);
    return /[([]/.test(before) && /[)\]]/.test(after);
  };
  return (b1 === b0 && bracketed(A, a0, a1)) || (a1 === a0 && bracketed(B, b0, b1));
}

/**
 * Is `a` the same word as `b` in a shorter form: a number written in figures ("eight" / "8"), or
 * a word cut short by one outlet's style ("December" / "Dec", "defibrillator" / "defib",
 * "September" / "Sept")? The cut form keeps three letters at least and the word is much longer, so
 * two words that only begin alike ("car" / "cargo") stay a difference, and so does another form
 * of the word ("warm" / "warming": see `sameWordInflected`).
 */
function shortForm(a: string, b: string): boolean {
  if (/^\d+$/.test(b)) return NUMBER_WORDS[a] === Number(b);
  return b.length >= 3 && a.length >= b.length + 3 && a.startsWith(b) && /^\p{L}+$/u.test(a) && !sameWordInflected(a, b);
}

/** Contractions written out ("'s" as "is": a possessive is compared with its own kind only). */
function expandContractions(s: string): string {
  return s
    .replace(/[’']/g, "'")
    .replace(/\bcan't\b/gi, 'can not')
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/n't\b/gi, ' not')
    .replace(/'re\b/gi, ' are')
    .replace(/'ve\b/gi, ' have')
    .replace(/'ll\b/gi, ' will')
    .replace(/'m\b/gi, ' am')
    .replace(/'s\b/gi, ' is')
    .replace(/\bcannot\b/gi, 'can not');
}

/** A word in US spelling (centre → center, colour → color, organise → organize, analyse → analyze, catalogue → catalog). */
function usSpelling(w: string): string {
  return w
    .replace(/([^aeiou])re(s|d)?$/, '$1er$2')
    .replace(/our(s|ed|ing)?$/, 'or$1')
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/ll(ed|ing|er)$/, 'l$1');
}

function tokenText(d: DocEntry, i: number): string {
  return d.text.slice(d.tokens.starts[i]!, d.tokens.ends[i]!);
}

function normText(index: PassageIndex, doc: DocEntry, t0: number, t1: number): string {
  const out: string[] = [];
  for (let i = t0; i < t1; i++) out.push(index.vocab.term(doc.tokens.terms[i]!));
  return out.join(' ');
}

function labelOfVersions(members: Member[]): string {
  const seen = new Map<string, string>();
  for (const m of members) {
    const t = clean(m.text);
    const key = t.toLowerCase().replace(/[’']/g, "'");
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()].map((t) => `"${t}"`).join(' / ');
}


// ---------------------------------------------------------------------------------------------
// Wording: a quote and another article's unquoted rendering of it.

/** A shingle in more articles than this is a stock phrase, not evidence of the same statement. */
const TEXT_MATCH_MAX_DF = 20;
/** Words a quote's object may run on for before the quote ends. */
const MAX_TAIL = 12;
/**
 * Words the other article's rendering may run on for before its clause ends: an object ("Assad's
 * forces", "the Syrian dossier"), not a clause of its own ("the US and Russia must be improved").
 */
const MAX_OTHER_TAIL = 5;

/** A quote of four words or more as `wordingFromText` sees it, kept with its article between derivations. */
export interface QuoteText {
  doc: DocEntry;
  q0: number;
  q1: number;
  /** Hash of its words. */
  key: number;
  /** Its indexed shingles (distinct, in order). */
  shingles: number[];
  /** The articles holding one of its shingles that is not a stock phrase, and the index version that was right at. */
  hits?: number[];
  hitsVersion?: number;
  /** Per other article (id): its rendering, for the other article's current quotes. */
  renderings?: Map<number, { quotes: readonly unknown[]; rendering: Rendering[] }>;
}

/** A quote's object against another article's rendering of it, or words changed inside it (`interior`). */
interface Rendering {
  label: string;
  interior: boolean;
  mine: Span;
  other: DocEntry;
  theirs: Span;
}

/** An article's quotes of four words or more, and its short quotes (shortQuotes.ts), for the quotes it had (kept in `DocEntry.kept`). */
export interface WordingDocData {
  quotes: readonly unknown[];
  list: QuoteText[];
  short: IndexedQuote[];
}

function wordingDataOf(index: PassageIndex, doc: DocEntry): WordingDocData {
  const known = doc.kept.wording;
  if (known?.quotes === doc.quotes) return known;
  const terms = doc.tokens.terms;
  const list: QuoteText[] = [];
  const short: IndexedQuote[] = [];
  for (const q of doc.quotes) {
    if (q.t1 - q.t0 < SHINGLE) {
      if (isShortQuote(index, doc, q)) short.push(q);
      continue;
    }
    const shingles = new Set<number>();
    for (let i = q.t0; i + SHINGLE <= q.t1; i++) {
      let content = false;
      for (let k = 0; k < SHINGLE; k++) if (!index.isStop(terms[i + k]!)) content = true;
      if (content) shingles.add(shingleHash(terms, i));
    }
    list.push({ doc, q0: q.t0, q1: q.t1, key: phraseHash(terms, q.t0, q.t1), shingles: [...shingles] });
  }
  return (doc.kept.wording = { quotes: doc.quotes, list, short });
}


/** The articles holding a shingle of the quote that is not a stock phrase (ids, in no order); kept while their postings do not change. */
function hitsOf(index: PassageIndex, r: QuoteText): number[] {
  if (r.hits && r.hitsVersion !== index.version) {
    const change = index.postingsChangedSince(r.hitsVersion!);
    if (change && !r.shingles.some((h) => hasSorted(change.shingles, h))) {
      // The same articles, a changed one under its new id (its renderings go: they were of its old text).
      if (change.replaced.size) {
        r.hits = r.hits.map((id) => change.replaced.get(id) ?? id);
        for (const id of change.replaced.keys()) r.renderings?.delete(id);
      }
      r.hitsVersion = index.version;
    }
  }
  if (r.hits && r.hitsVersion === index.version) return r.hits;
  const hits = new Set<number>();
  for (const h of r.shingles) {
    const p = index.docsWithShingle(h);
    if (p === undefined) continue;
    if (typeof p === 'number') hits.add(p);
    else if (p.length <= TEXT_MATCH_MAX_DF) for (const d of p) hits.add(d);
  }
  r.hits = [...hits];
  r.hitsVersion = index.version;
  if (r.renderings) for (const id of [...r.renderings.keys()]) if (!hits.has(id)) r.renderings.delete(id);
  return r.hits;
}

/**
 * For each quote, the other articles that report the same words outside quotation marks. When
 * the shared words are followed, up to the end of the quote and the end of the other article's
 * clause, by different content ("… against Syria" / "… against Assad's forces"), the object of the
 * statement differs. (What precedes a paraphrase is the reporter's framing, which always differs.)
 *
 * What each quote finds in each other article depends on those two articles only, so it is kept
 * with the quote between derivations: after one article changes, only its quotes and the quotes
 * asking about it are looked at again.
 */
export function wordingFromText(index: PassageIndex, clusters: QuoteClusterDetail[], related: Related = relatedness(index, clusters)): Discrepancy[] {
  return finish(wordingFromTextSteps(index, clusters, related));
}

/** `wordingFromText` with checkpoints every few articles (common/budget.ts, `Steps`): a tenth of a second or more at 2,000 articles. */
export function* wordingFromTextSteps(index: PassageIndex, clusters: QuoteClusterDetail[], related: Related = relatedness(index, clusters)): Steps<Discrepancy[]> {
  // For each distinct quote text, the related articles sharing a shingle of it that is not a
  // stock phrase (in path order); then each such article is scanned once for all the quotes that
  // ask about it and are not known yet.
  // In an event's folder, the articles naming one of its names report one story (outlets that
  // each write their own report share names, rarely sentences); in a large mixed folder, those
  // `related` says are (counting the names of a large folder would cost more than the quotes).
  const story = index.size < EVENT_FOLDER_DOCS ? storyRelated(index, related) : related;
  const requests = new Map<number, QuoteText[]>();
  const done = new Set<number>();
  const short: ShortQuote[] = [];
  let n = 0;
  for (const doc of index.allDocs()) {
    if (++n % DOCS_PER_STEP === 0) yield;
    requestsOf(index, doc, story, done, requests, short);
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  const covers = new Map<number, QuoteCover>();
  for (const [id, list] of requests) {
    if (++n % DOCS_PER_STEP === 0) yield;
    renderingsIn(index, id, list, related, seen, covers, out);
  }
  // Short quotes with a word changed, between articles of one story (shortQuotes.ts).
  yield;
  out.push(...wordingFromShortQuotes(index, short, story));
  return out;
}

/**
 * One article's quotes for `wordingFromTextSteps`: its short quotes (to `short`), and each quote
 * text not asked about yet as a request to the related articles sharing a shingle of it (in path
 * order). (Apart from the loop over the articles so that V8 optimises each with its own feedback.)
 */
function requestsOf(index: PassageIndex, doc: DocEntry, story: Related, done: Set<number>, requests: Map<number, QuoteText[]>, short: ShortQuote[]): void {
  const data = wordingDataOf(index, doc);
  for (const quote of data.short) short.push({ doc, quote });
  for (const r of data.list) {
    if (done.has(r.key)) continue;
    done.add(r.key);
    const others: DocEntry[] = [];
    for (const id of hitsOf(index, r)) {
      if (id === doc.id) continue;
      const other = index.docById(id);
      if (other && story(doc, other)) others.push(other);
    }
    others.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    for (const other of others) {
      let list = requests.get(other.id);
      if (!list) requests.set(other.id, (list = []));
      list.push(r);
    }
  }
}

/** The renderings in article `id` of the quotes that ask about it (`list`), as wording discrepancies added to `out`. */
function renderingsIn(index: PassageIndex, id: number, list: QuoteText[], related: Related, seen: Set<string>, covers: Map<number, QuoteCover>, out: Discrepancy[]): void {
  const other = index.docById(id)!;
  const known = (r: QuoteText) => {
    const k = r.renderings?.get(id);
    return k && k.quotes === other.quotes ? k : undefined;
  };
  // First position (outside the article's quotes) of each wanted shingle, for the quotes not known yet.
  let first: Map<number, number> | undefined;
  for (const r of list) {
    let k = known(r);
    if (!k) {
      if (!first) {
        const wanted = new Set<number>();
        for (const x of list) if (!known(x)) for (const h of x.shingles) wanted.add(h);
        first = new Map<number, number>();
        const sh = other.shingles;
        for (let i = 0; i < sh.length; i++) {
          const h = sh[i]!;
          if (h === 0 || !wanted.has(h) || first.has(h) || insideQuote(other, i, i + SHINGLE, covers)) continue;
          first.set(h, i);
        }
      }
      let at = -1;
      for (const h of r.shingles) {
        const i = first.get(h);
        if (i !== undefined && (at < 0 || i < at)) at = i;
      }
      k = { quotes: other.quotes, rendering: at < 0 ? [] : renderingsOf(index, r.doc, r.q0, r.q1, other, at, covers) };
      (r.renderings ??= new Map()).set(id, k);
    }
    for (const d of k.rendering) {
      // A different object is looked for only between articles sharing a quote or much text (a
      // report in its own words ends its clauses its own way); words changed inside a
      // near-verbatim rendering, between any two articles of one story.
      if (!d.interior && !related(r.doc, other)) continue;
      // One discrepancy per rendering, however many quotes share its words.
      const key = `${id}\u0000${d.theirs.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ label: d.label, kind: 'wording', members: [member(r.doc, d.mine), member(other, d.theirs)] });
    }
  }
}

/**
 * Is a token range inside one of an article's quotes, and does it overlap one of its quotes of four
 * words or more? The quotes sorted by start, with the furthest end among each prefix, answer both by
 * binary search: an article with many quotes (a transcript: thousands) is asked once per shingle
 * and per rendering it shares with the quotes of others.
 */
class QuoteCover {
  private readonly starts: Int32Array;
  private readonly maxEnd: Int32Array;
  private readonly longStarts: Int32Array;
  private readonly longMaxEnd: Int32Array;

  constructor(quotes: readonly { t0: number; t1: number }[]) {
    const sorted = [...quotes].sort((a, b) => a.t0 - b.t0);
    [this.starts, this.maxEnd] = QuoteCover.prefixes(sorted);
    [this.longStarts, this.longMaxEnd] = QuoteCover.prefixes(sorted.filter((q) => q.t1 - q.t0 >= SHINGLE));
  }

  /** The quotes' starts (sorted) and the furthest end among each prefix. */
  private static prefixes(sorted: readonly { t0: number; t1: number }[]): [Int32Array, Int32Array] {
    const starts = Int32Array.from(sorted, (q) => q.t0);
    const maxEnd = new Int32Array(sorted.length);
    let max = -1;
    sorted.forEach((q, i) => (maxEnd[i] = max = Math.max(max, q.t1)));
    return [starts, maxEnd];
  }

  /** How many of `starts` are at most `t` (or, with `strict`, below it). */
  private static countUpTo(starts: Int32Array, t: number, strict: boolean): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? starts[mid]! < t : starts[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some quote has t0' <= t0 and t1' >= t1. */
  covers(t0: number, t1: number): boolean {
    const n = QuoteCover.countUpTo(this.starts, t0, false);
    return n > 0 && this.maxEnd[n - 1]! >= t1;
  }

  /** True when some quote of four words or more has t0' < t1 and t1' > t0 (a quoted rendering, not a word or two quoted inside the reporter's). */
  overlapsLong(t0: number, t1: number): boolean {
    const n = QuoteCover.countUpTo(this.longStarts, t1, true);
    return n > 0 && this.longMaxEnd[n - 1]! > t0;
  }
}

/** The article's QuoteCover, made on first use for this run of the detector. */
function coverOf(doc: DocEntry, covers: Map<number, QuoteCover>): QuoteCover {
  let c = covers.get(doc.id);
  if (!c) covers.set(doc.id, (c = new QuoteCover(doc.quotes)));
  return c;
}

function insideQuote(doc: DocEntry, t0: number, t1: number, covers: Map<number, QuoteCover>): boolean {
  return doc.quotes.length > 0 && coverOf(doc, covers).covers(t0, t1);
}

function overlapsLongQuote(doc: DocEntry, t0: number, t1: number, covers: Map<number, QuoteCover>): boolean {
  return doc.quotes.length > 0 && coverOf(doc, covers).overlapsLong(t0, t1);
}

/**
 * The quote against the other article's rendering, around shingle position `i` of `other`: words
 * changed inside it, and its object against the other's.
 */
function renderingsOf(index: PassageIndex, doc: DocEntry, q0: number, q1: number, other: DocEntry, i: number, covers: Map<number, QuoteCover>): Rendering[] {
  const s = index.sentenceOf(other, i);
  if (s < 0) return [];
  const s0 = other.sentences[2 * s]!;
  const s1 = other.sentences[2 * s + 1]!;
  const local = alignLocal(doc.tokens.terms, other.tokens.terms, index, q0, q1, s0, s1);
  if (!local || local.matchedContent < 2 || local.longestRun < 3) return [];
  const al = extendAlignment(local, doc.tokens.terms, other.tokens.terms, index, q0, q1, s0, s1);
  // A stretch the other article quotes in part is its quoted rendering (compared in the clusters)
  // and the reporter's words after it (she “no longer had enough in the tank” to do the job), not
  // a rendering in its own words; a word or two quoted inside one is (“contradictory” on the …).
  if (insideQuote(other, al.bStart, al.bEnd, covers) || overlapsLongQuote(other, al.bStart, al.bEnd, covers)) return [];
  // Words changed inside the shared stretch: the quote rendered near-verbatim with a phrase of
  // it in other words ("the culmination of an intensive, seven-month review" / "the
  // culmination of the most recent seven-month review").
  const inner = interiorChange(index, doc, other, al.ops, al.matchedContent);
  const out = inner ? [inner] : [];
  // The other side's clause ends at the next punctuation.
  let c1 = al.bEnd;
  while (c1 < s1 && !punctuationBetween(other, c1 - 1, c1)) c1++;
  const qTail = q1 - al.aEnd;
  const oTail = c1 - al.bEnd;
  if (qTail < 1 || oTail < 1 || qTail > MAX_TAIL || oTail > MAX_OTHER_TAIL) return out;
  let content = false;
  for (let k = al.aEnd; k < q1; k++) if (!index.isStop(doc.tokens.terms[k]!)) content = true;
  let otherContent = false;
  for (let k = al.bEnd; k < c1; k++) if (!index.isStop(other.tokens.terms[k]!)) otherContent = true;
  if (!content || !otherContent) return out;
  // Never the same words in another order.
  const a = new Set<number>();
  for (let k = al.aEnd; k < q1; k++) a.add(doc.tokens.terms[k]!);
  let shared = 0;
  for (let k = al.bEnd; k < c1; k++) if (a.has(other.tokens.terms[k]!) && !index.isStop(other.tokens.terms[k]!)) shared++;
  if (shared > 0) return out;
  const mine = span(doc, al.aEnd, q1);
  const theirs = span(other, al.bEnd, c1);
  const lead = clean(doc.text.slice(span(doc, al.aStart, al.aEnd).start, span(doc, al.aStart, al.aEnd).end));
  out.push({ label: `${lastWords(lead, 4)} … "${clean(doc.text.slice(mine.start, mine.end))}" / "${clean(other.text.slice(theirs.start, theirs.end))}"`, interior: false, mine, other, theirs });
  return out;
}

/** Words either side of an interior change, at most: a phrase, not a clause, in other words. */
const MAX_INTERIOR_CHANGE = 4;
/** Content words a quote and another article's sentence share before a change inside them counts. */
const MIN_INTERIOR_CONTENT = 4;

/**
 * The first change inside an alignment of a quote (`A`) with another article's unquoted sentence
 * (`B`): content words replaced on both sides, a few words each, with shared words holding a
 * content word just before and just after (so that it is one statement rendered twice, not two
 * statements sharing a phrase), and not a spelling or a contraction.
 */
function interiorChange(index: PassageIndex, A: DocEntry, B: DocEntry, ops: AlignOp[], matchedContent: number): Rendering | null {
  if (matchedContent < MIN_INTERIOR_CONTENT) return null;
  const content = (d: DocEntry, x: number, y: number) => {
    for (let i = x; i < y; i++) if (!index.isStop(d.tokens.terms[i]!)) return true;
    return false;
  };
  // A shared run holding only names ("Robert Smith [has quit] the Example Party") is where two
  // statements about one person meet, not one statement: a common word is needed either side.
  const common = (d: DocEntry, x: number, y: number) => {
    for (let i = x; i < y; i++) {
      const c = d.text.charCodeAt(d.tokens.starts[i]!);
      if (!index.isStop(d.tokens.terms[i]!) && !(c >= 65 && c <= 90)) return true;
    }
    return false;
  };
  for (let k = 1; k + 1 < ops.length; k++) {
    const o = ops[k]!;
    const before = ops[k - 1]!;
    const after = ops[k + 1]!;
    if (o.op !== 'replace' || before.op !== 'equal' || after.op !== 'equal') continue;
    if (o.a1 - o.a0 > MAX_INTERIOR_CHANGE || o.b1 - o.b0 > MAX_INTERIOR_CHANGE) continue;
    if (!content(A, o.a0, o.a1) || !content(B, o.b0, o.b1) || !common(A, before.a0, before.a1) || !common(A, after.a0, after.a1)) continue;
    if (trivialChange(A, o.a0, o.a1, B, o.b0, o.b1) || sameStem(index, A, o.a0, o.a1, B, o.b0, o.b1)) continue;
    const mine = span(A, o.a0, o.a1);
    const theirs = span(B, o.b0, o.b1);
    return { label: `"${clean(A.text.slice(mine.start, mine.end))}" / "${clean(B.text.slice(theirs.start, theirs.end))}"`, interior: true, mine, other: B, theirs };
  }
  return null;
}

/** Do two runs share a content word's stem ("have run" / "of running": the grammar changed, not the words)? */
function sameStem(index: PassageIndex, A: DocEntry, a0: number, a1: number, B: DocEntry, b0: number, b1: number): boolean {
  const stems = new Set<string>();
  for (let i = a0; i < a1; i++) if (!index.isStop(A.tokens.terms[i]!)) stems.add(stem(A.text.slice(A.tokens.starts[i]!, A.tokens.ends[i]!)));
  for (let i = b0; i < b1; i++) if (!index.isStop(B.tokens.terms[i]!) && stems.has(stem(B.text.slice(B.tokens.starts[i]!, B.tokens.ends[i]!)))) return true;
  return false;
}

function lastWords(s: string, n: number): string {
  const w = s.split(/\s+/);
  return w.slice(Math.max(0, w.length - n)).join(' ');
}

/**
 * Who said it: speech clauses ("X said", "said X", "according to X", "X, the minister, told…"),
 * their subjects, and pronouns, titles and descriptions resolved to the people the article names.
 */
import { mapArray, type Article, type Paragraph } from '../text';
import { isBlankCode } from '../text/chars';
import {
  BETWEEN_SUBJECT_AND_VERB, DETERMINERS, INVERTIBLE, NOT_NAME, ORG_WORDS, NOT_SPEAKER_NOUNS, NP_BREAK, ORG_NOUNS, PERSON_NOUNS,
  PRONOUNS_SUBJ, SPEECH_VERB, WEAK_SPEECH, WEEKDAYS_MONTHS, NATIONALITY, TITLES, PREPOSITIONS, FEMALE_NOUNS, MALE_NOUNS, DOCUMENT_NOUNS,
} from './lexicon';
import { lookupName } from '../entities/gazetteer';
import { isCommonWord as isEnglishWord } from '../entities/lexicon';
import type { RawQuote } from './marks';
import { isTitleWord, lastKey, NameIndex, nameRuns, ofJoins, splitTitle, type Gender, type NameInfo, type NameRun } from './names';
import { isCapWord, isParticle, possessiveBase, startsLower, startsUpper, tokenize, type QuoteRange, type Tok } from './tokens';

export interface Speaker {
  name: string;
  kind: 'person' | 'org' | 'desc';
  gender: Gender;
  /** A description of a person ("the spokeswoman"), which he/she may refer to. Always set (false otherwise): one shape. */
  human: boolean;
}


type NP =
  | { type: 'name'; words: string[]; start: number }
  | { type: 'pron'; p: string; start: number }
  | { type: 'desc'; words: string[]; head: string; det: string; possessor: string[] | null; start: number }
  | { type: 'rel'; ante: NP | null; start: number }
  | { type: 'coord'; start: number }
  | { type: 'none'; start: number };

/**
 * Noun phrases are built by these functions only: each has every field of every kind (unused ones
 * empty), so that V8 sees one object shape where the attribution reads `np.type` and `np.start`
 * (six literal shapes made those reads polymorphic, and each new one met deoptimised them).
 */
const NO_WORDS: readonly string[] = [];

/**
 * toks[i], or undefined outside the array, without reading out of bounds: an optimised function
 * whose read first goes past the end deoptimises (where the index is often one past the last token).
 */
function tokAt(toks: readonly Tok[], i: number): Tok | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}
function makeNP(type: NP['type'], start: number, words: readonly string[], p: string, head: string, det: string, possessor: string[] | null, ante: NP | null): NP {
  return { type, start, words, p, head, det, possessor, ante } as NP;
}
const npNone = (start: number): NP => makeNP('none', start, NO_WORDS, '', '', '', null, null);
const npCoord = (start: number): NP => makeNP('coord', start, NO_WORDS, '', '', '', null, null);
const npName = (words: string[], start: number): NP => makeNP('name', start, words, '', '', '', null, null);
const npPron = (p: string, start: number): NP => makeNP('pron', start, NO_WORDS, p, '', '', null, null);
const npRel = (ante: NP | null, start: number): NP => makeNP('rel', start, NO_WORDS, '', '', '', null, ante);
/** A copy of a noun phrase starting elsewhere (built by `makeNP` too, so it keeps the one shape). */
function withStart(np: NP, start: number): NP {
  const f = np as NP & { words: readonly string[]; p: string; head: string; det: string; possessor: string[] | null; ante: NP | null };
  return makeNP(np.type, start, f.words, f.p, f.head, f.det, f.possessor, f.ante);
}
const npDesc = (words: string[], head: string, det: string, possessor: string[] | null, start: number): Extract<NP, { type: 'desc' }> =>
  makeNP('desc', start, words, '', head, det, possessor, null) as Extract<NP, { type: 'desc' }>;

interface Clause {
  v: number;
  base: string;
  participle: boolean;
  inverted: boolean;
  according: boolean;
  np: NP;
  speaker: Speaker | null;
}

interface Sentence {
  idx: number;
  para: number;
  heading: boolean;
  titleCase: boolean;
  toks: Tok[];
  clauses: Clause[];
  subject: Speaker | null;
  subjectNp: NP | null;
  /** Last speaker named in this sentence (a clause's or a quotation's). */
  last: Speaker | null;
  /** Persons mentioned (canonical), in order. */
  mentions: Speaker[] | null;
  /** Where its quotations are among its tokens. */
  quoteAt: readonly number[];
  /** Clauses, subject and speakers have been worked out (sentences are analysed on demand). */
  analysed: boolean;
  /** With a memo: the sentences its analysis looked back to (indices), and its state's fingerprint. */
  reads?: number[];
  fp?: string;
}

/** How sure the attribution is: 3 adjacent ("…,” he said), 2 a speech verb in the sentence, 1 inherited, 0 none. */
export type Strength = 0 | 1 | 2 | 3;

export interface Attribution {
  speaker: Speaker | null;
  strength: Strength;
  /** The quotation opens its sentence (or follows a colon). */
  standalone: boolean;
  /** Text of the sentence before the quotation (for naming cues). */
  before: string;
  heading: boolean;
  titleCaseContext: boolean;
  /** A speech verb attributes it (in its sentence). */
  speechContext: boolean;
  /** Its speaker is named right after it: “…,” she said. */
  attributedAfter: boolean;
  /** The quotation resumes one interrupted by its attribution: “We are,” he said, “ready.” (its id) */
  resumes: number;
  /** Another quotation with its own speaker has the same words (set later). */
}

const TERMINATORS = new Set(['.', '!', '?', '…']);

function isTitleCaseLine(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.k !== 'w' || t.t.length <= 3 || /^\p{N}/u.test(t.t)) continue;
    words++;
    if (startsUpper(t.t)) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/** Splits a paragraph's tokens into sentences; quotations are opaque. */
function splitTokens(toks: Tok[], quoteText: (id: number) => string): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    cur.push(t);
    const next = toks[i + 1];
    if (!next) break;
    let ends = false;
    if (t.k === 'p' && TERMINATORS.has(t.t)) {
      // run over closers
      while (toks[i + 1] && toks[i + 1]!.k === 'p' && /[)\]"'”’»]/.test(toks[i + 1]!.t)) cur.push(toks[++i]!);
      const n = toks[i + 1];
      ends = !!n && (n.k === 'q' || /^[\p{Lu}\p{N}]/u.test(n.t) || /^[("“‘'«]/.test(n.t));
    } else if (t.k === 'q') {
      const content = quoteText(t.q).trimEnd();
      if (/[.!?…]$/.test(content)) {
        ends = next.k === 'q' || /^[\p{Lu}\p{N}]/u.test(next.t);
      }
    }
    if (ends) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function isLy(t: Tok): boolean {
  return t.k === 'w' && /^\p{Ll}+ly$/u.test(t.t) && !/^(?:family|italy|ally|rally|reply|supply|apply|fly|july|only|holy|belly|bully|jelly|lily|tally|sally|billy|molly|emily|kelly)$/.test(t.lo);
}

/** Skips adverbs, auxiliaries and time phrases between a subject and its verb, walking back from k. */
function skipBetween(toks: readonly Tok[], k: number): number {
  while (k >= 0) {
    const t = toks[k]!;
    if (t.k !== 'w') break;
    if (isLy(t) || (BETWEEN_SUBJECT_AND_VERB.has(t.lo) && !startsUpper(t.t))) {
      k--;
      continue;
    }
    if (WEEKDAYS_MONTHS.has(t.lo) || t.lo === 'may') {
      const p = toks[k - 1];
      if (p && (p.lo === 'on' || p.lo === 'in' || p.lo === 'last' || p.lo === 'this' || p.lo === 'early' || p.lo === 'late' || p.lo === 'next')) {
        k -= 2;
        continue;
      }
      if (WEEKDAYS_MONTHS.has(t.lo)) {
        k--;
        continue;
      }
    }
    if ((t.lo === 'night' || t.lo === 'morning' || t.lo === 'evening' || t.lo === 'afternoon' || t.lo === 'week' || t.lo === 'month' || t.lo === 'year') && toks[k - 1] && (toks[k - 1]!.lo === 'last' || toks[k - 1]!.lo === 'this' || toks[k - 1]!.lo === 'on' || WEEKDAYS_MONTHS.has(toks[k - 1]!.lo))) {
      k -= 2;
      continue;
    }
    break;
  }
  return k;
}

const PARTICIPLE_AFTER = new Set(['and', 'but', 'while', 'when', 'before', 'after', 'by', 'in', 'without', 'also', 'then', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'not', 'even', 'still', 'again', 'further', 'repeatedly', 'publicly', 'since', 'as', 'on', 'upon', 'of', 'for', 'just', 'only', 'later', 'once', 'twice', 'first', 'yet', 'thus', 'so']);
const DASHES = new Set(['—', '–', '-', '―']);

/** What attribution needs of one paragraph, worked out from its text and its quotations alone. */
export interface PreparedParagraph {
  /** Tokens; a quotation is one token, numbered as in the article's quotations. */
  toks: Tok[];
  /** A heading written in title case. */
  titleCase: boolean;
  /** Its capitalised runs, for the article's name index. */
  names: NameRun[];
  /** Where each sentence ends (a token index, exclusive), in order; a heading is one sentence. */
  sentenceEnds: number[];
}

const namesFps = new WeakMap<readonly NameRun[], string>();
function namesFp(runs: readonly NameRun[]): string {
  let f = namesFps.get(runs);
  if (f === undefined) namesFps.set(runs, (f = JSON.stringify(runs)));
  return f;
}

/**
 * Where the quotations are in each sentence of a prepared paragraph (token indices within the
 * sentence). Kept, when `keep`, by its `sentenceEnds`, which a paragraph's placed copies share
 * with it (`placePrepared` moves tokens, never reorders them), so a long article's unchanged
 * paragraphs are not scanned again on every keystroke.
 */
const quotePlacesKept = new WeakMap<readonly number[], number[][]>();
function quotePlaces(pp: PreparedParagraph, keep: boolean): number[][] {
  let places = keep ? quotePlacesKept.get(pp.sentenceEnds) : undefined;
  if (places) return places;
  places = [];
  let from = 0;
  for (const end of pp.sentenceEnds) {
    const at: number[] = [];
    for (let i = from; i < end; i++) if (pp.toks[i]!.k === 'q') at.push(i - from);
    places.push(at);
    from = end;
  }
  if (keep) quotePlacesKept.set(pp.sentenceEnds, places);
  return places;
}

/** Each paragraph's quotation ranges (for `tokenize`), by paragraph index. */
export function quoteRangesByParagraph(quotes: readonly RawQuote[]): Map<number, QuoteRange[]> {
  const perPara = new Map<number, QuoteRange[]>();
  quotes.forEach((q, id) => {
    const after = q.close !== -1 ? q.close + 1 : q.end;
    const list = perPara.get(q.paragraph) ?? [];
    list.push({ open: q.open, after, id });
    perPara.set(q.paragraph, list);
  });
  return perPara;
}

/**
 * Tokens, names and sentences of a (non-boilerplate) paragraph. Reads only text[p.start, p.end) and
 * the paragraph's quotations, so it can be worked out once per paragraph text.
 */
export function prepareParagraph(text: string, p: Paragraph, quotes: readonly QuoteRange[], contentOf: (id: number) => string): PreparedParagraph {
  const toks = tokenize(text, p.start, p.end, quotes, contentOf);
  const titleCase = p.heading && isTitleCaseLine(toks);
  let sentenceEnds: number[];
  if (p.heading) sentenceEnds = [toks.length];
  else {
    let n = 0;
    sentenceEnds = mapArray(splitTokens(toks, contentOf), (st) => (n += st.length));
  }
  return { toks, titleCase, names: nameRuns(toks, titleCase), sentenceEnds };
}

/** The name-table questions attribution asks (answered by a `NameIndex`). */
type NameQueries = Pick<NameIndex, 'lookup' | 'genderOf' | 'isPerson' | 'isTitled' | 'withRoles' | 'orgsWith'>;

/** A question asked while analysing a sentence, with the fingerprint of its answer: [kind, argument, answer]. */
type Query = [string, string, string];

/** A name's entry as far as attribution can see it (its place in the table shows only as order in lists). */
function infoFp(n: NameInfo | null): string {
  if (!n) return '-';
  return `${n.name}\u0002${n.words.join(' ')}\u0002${n.count}\u0002${n.male}\u0002${n.female}\u0002${n.titled}\u0002${n.org}\u0002${n.modifier}\u0002${n.he}\u0002${n.she}\u0002${[...n.roles].join(' ')}`;
}

/** A name index that writes down every question and the fingerprint of its answer. */
class LoggedNames implements NameQueries {
  log: Query[] | null = null;
  private readonly fps = new Map<NameInfo, string>();

  constructor(readonly index: NameIndex) {}

  fp(n: NameInfo | null): string {
    if (!n) return '-';
    let f = this.fps.get(n);
    if (f === undefined) this.fps.set(n, (f = infoFp(n)));
    return f;
  }

  private list(ns: NameInfo[]): string {
    return mapArray(ns, (n) => this.fp(n)).join('\u0003');
  }

  lookup(words: string[]): NameInfo | null {
    const r = this.index.lookup(words);
    this.log?.push(['L', words.join('\u0001'), this.fp(r)]);
    return r;
  }
  genderOf(name: string): Gender {
    const r = this.index.genderOf(name);
    this.log?.push(['G', name, String(r)]);
    return r;
  }
  isPerson(name: string): boolean {
    const r = this.index.isPerson(name);
    this.log?.push(['P', name, r ? '1' : '0']);
    return r;
  }
  isTitled(name: string): boolean {
    const r = this.index.isTitled(name);
    this.log?.push(['T', name, r ? '1' : '0']);
    return r;
  }
  withRoles(words: string[]): NameInfo[] {
    const r = this.index.withRoles(words);
    this.log?.push(['W', words.join('\u0001'), this.list(r)]);
    return r;
  }
  orgsWith(word: string): NameInfo[] {
    const r = this.index.orgsWith(word);
    this.log?.push(['O', word, this.list(r)]);
    return r;
  }

  /** Answers already worked out by `answer` (the index does not change once attribution asks it). */
  private readonly answers = new Map<string, Map<string, string>>();

  /** The answer's fingerprint for a logged question, asked again of this index. */
  answer(kind: string, arg: string): string {
    let byArg = this.answers.get(kind);
    if (!byArg) this.answers.set(kind, (byArg = new Map()));
    let a = byArg.get(arg);
    if (a === undefined) byArg.set(arg, (a = this.answerAgain(kind, arg)));
    return a;
  }

  private answerAgain(kind: string, arg: string): string {
    switch (kind) {
      case 'L': return this.fp(this.index.lookup(arg.split('\u0001')));
      case 'G': return String(this.index.genderOf(arg));
      case 'P': return this.index.isPerson(arg) ? '1' : '0';
      case 'T': return this.index.isTitled(arg) ? '1' : '0';
      case 'W': return this.list(this.index.withRoles(arg.split('\u0001')));
      case 'O': return this.list(this.index.orgsWith(arg));
      default: return '';
    }
  }
}

/** The farthest back (in sentences) the analysis of a sentence looks: he/she, 6 sentences past any headings, at most 10. */
const LOOK_BACK = 10;

/** What analysing one sentence read and came to, for a later analysis of the same article to reuse. */
interface SentenceMemo {
  /** The name table it was worked out with (`AttributionMemo` fingerprint). */
  names: string;
  /** How many sentences came before it (up to the farthest any analysis looks back, plus one). */
  before: number;
  /** Sentences it looked back to: [how far back, their state's fingerprint then]. */
  reads: [number, string][];
  /** Questions asked of the name table and the article's vocabulary, with their answers. */
  queries: Query[];
  clauses: Clause[];
  subject: Speaker | null;
  subjectNp: NP | null;
  last: Speaker | null;
  fp: string;
  /** Its quotations' attributions as its own analysis left them (`resumes` counted from its first quotation). */
  attributions: Attribution[];
}

/**
 * Sentence analyses kept from one analysis of an article to the next (the incremental analysis).
 * Each paragraph is known by an object that stands for its tokens (the same object for the same
 * text and quotations); a sentence's analysis is reused when the sentences it looked back to came
 * to the same state and every question it asked of the name table gets the same answer, which makes
 * the result the same as analysing it again. Attribution in this mode works out every sentence in
 * order (rather than on demand), and replays on demand only which sentences count as analysed.
 */
export class AttributionMemo {
  private readonly bySource = new WeakMap<object, (SentenceMemo | undefined)[]>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  private namesFp = '';
  /** Sentences analysed / reused by the last run (for tests and benchmarks). */
  stats = { analysed: 0, reused: 0 };

  idOf(source: object): number {
    let id = this.ids.get(source);
    if (id === undefined) this.ids.set(source, (id = this.nextId++));
    return id;
  }

  /**
   * The one string kept for a name-table fingerprint equal to the last run's: sentence memos then
   * hold the same string object, and comparing them with it is a pointer comparison rather than a
   * walk over the whole table (tens of kilobytes, once per sentence, in a long article).
   */
  sameNames(fp: string): string {
    if (fp !== this.namesFp) this.namesFp = fp;
    return this.namesFp;
  }

  get(source: object, i: number): SentenceMemo | undefined {
    return this.bySource.get(source)?.[i];
  }

  set(source: object, i: number, memo: SentenceMemo): void {
    let list = this.bySource.get(source);
    if (!list) this.bySource.set(source, (list = []));
    list[i] = memo;
  }
}

export interface MemoInput {
  memo: AttributionMemo;
  /** Per paragraph, the object that stands for its tokens (null for boilerplate). */
  sources: readonly (object | null)[];
}

export class Attributor {
  private readonly index = new NameIndex();
  private readonly names: NameQueries;
  private readonly logged: LoggedNames | null;
  private readonly sentences: Sentence[] = [];
  private readonly quoteSentence = new Map<number, { s: Sentence; ti: number }>();
  private lowerVocabCache: Set<string> | null = null;
  private paraToks: (Tok[] | null)[] = [];
  readonly result = new Map<number, Attribution>();
  /** With a memo: what the sentence being analysed reads and asks. */
  private log: { reads: Set<number>; queries: Query[] } | null = null;

  /**
   * `prepared`: each paragraph's `prepareParagraph` (null for boilerplate), when the caller has them
   * (the incremental analysis keeps them per paragraph text); worked out here otherwise. `memo`:
   * sentence analyses kept from earlier runs over the same article (the incremental analysis).
   */
  constructor(
    private readonly article: Article,
    private readonly quotes: readonly RawQuote[],
    private readonly prepared?: readonly (PreparedParagraph | null)[],
    private readonly memo?: MemoInput,
  ) {
    this.logged = memo ? new LoggedNames(this.index) : null;
    this.names = this.logged ?? this.index;
  }

  run(): void {
    const { text, paragraphs } = this.article;
    let prepared = this.prepared;
    if (!prepared) {
      const content = (id: number) => {
        const q = this.quotes[id]!;
        return text.slice(q.start, q.end);
      };
      const perPara = quoteRangesByParagraph(this.quotes);
      prepared = mapArray(paragraphs, (p) => (p.boilerplate ? null : prepareParagraph(text, p, perPara.get(p.index) ?? [], content)));
    }
    // Tokens of every paragraph; the name index sees the whole article first.
    const paraToks = this.paraToks;
    for (const p of paragraphs) {
      const pp = prepared[p.index];
      paraToks.push(pp ? pp.toks : null);
      if (pp) for (const r of pp.names) this.index.addRun(r);
    }
    let idx = 0;
    for (const p of paragraphs) {
      const pp = prepared[p.index];
      if (!pp) continue;
      const { toks, titleCase: tc } = pp;
      const places = quotePlaces(pp, !!this.memo);
      let si = 0;
      let from = 0;
      for (const end of pp.sentenceEnds) {
        const st = p.heading ? toks : toks.slice(from, end);
        from = end;
        const quoteAt = places[si++]!;
        const s: Sentence = { idx: idx++, para: p.index, heading: p.heading, titleCase: tc, toks: st, clauses: [], subject: null, subjectNp: null, last: null, mentions: null, quoteAt, analysed: false };
        this.sentences.push(s);
        for (const ti of quoteAt) this.quoteSentence.set(st[ti]!.q, { s, ti });
      }
    }
    if (this.memo) this.analyseAll(this.memo);
    // Sentences with quotations, in order; the sentences they look back to are analysed as needed.
    for (const s of this.sentences) if (s.quoteAt.length) this.ensure(s);
    this.shareAcrossQuotes();
  }

  /**
   * With a memo: works out every sentence in order, reusing a kept analysis where it is still
   * right. `ensure` then only marks which sentences the on-demand analysis would have analysed.
   */
  private analyseAll({ memo, sources }: MemoInput): void {
    const names = memo.sameNames(this.nameTableFp(sources));
    let posInPara = 0;
    let para = -1;
    memo.stats = { analysed: 0, reused: 0 };
    for (const s of this.sentences) {
      posInPara = s.para === para ? posInPara + 1 : 0;
      para = s.para;
      const source = sources[s.para]!;
      const key = `${memo.idOf(source)}:${posInPara}|${s.heading ? 'H' : ''}|`;
      const kept = memo.get(source, posInPara);
      if (kept && this.stillRight(s, kept, names)) {
        this.restore(s, kept);
        memo.stats.reused++;
        continue;
      }
      memo.stats.analysed++;
      this.log = { reads: new Set(), queries: [] };
      this.logged!.log = this.log.queries;
      this.analyseSentence(s);
      const log = this.log;
      this.log = null;
      this.logged!.log = null;
      s.reads = [...log.reads];
      s.fp = key + JSON.stringify([s.last, s.subject, s.subjectNp]);
      const firstQ = s.quoteAt.length ? s.toks[s.quoteAt[0]!]!.q : 0;
      memo.set(source, posInPara, {
        names,
        before: Math.min(s.idx, LOOK_BACK + 1),
        reads: mapArray(s.reads, (j) => [s.idx - j, this.sentences[j]!.fp!]),
        queries: log.queries,
        clauses: s.clauses,
        subject: s.subject,
        subjectNp: s.subjectNp,
        last: s.last,
        fp: s.fp,
        attributions: mapArray(s.quoteAt, (ti) => {
          const a = this.result.get(s.toks[ti]!.q)!;
          return { ...a, resumes: a.resumes === -1 ? -1 : a.resumes - firstQ };
        }),
      });
    }
  }

  /** A fingerprint of the name table: the runs of every paragraph, in order. */
  private nameTableFp(sources: readonly (object | null)[]): string {
    const parts: string[] = [];
    for (let i = 0; i < sources.length; i++) {
      const pp = this.prepared?.[i];
      if (pp && pp.names.length) parts.push(namesFp(pp.names));
    }
    return parts.join('\u0004');
  }

  private stillRight(s: Sentence, m: SentenceMemo, names: string): boolean {
    // a look-back that ran out of sentences might go further now
    if (Math.min(s.idx, LOOK_BACK + 1) !== m.before) return false;
    for (const [back, fp] of m.reads) if (this.sentences[s.idx - back]?.fp !== fp) return false;
    if (m.names === names) {
      // Same name table: only the vocabulary questions can have other answers.
      for (const [kind, arg, ans] of m.queries) if ((kind === 'C' || kind === 'A') && this.textAnswer(kind, arg) !== ans) return false;
      return true;
    }
    for (const [kind, arg, ans] of m.queries) {
      if ((kind === 'C' || kind === 'A' ? this.textAnswer(kind, arg) : this.logged!.answer(kind, arg)) !== ans) return false;
    }
    return true;
  }

  /** The answer to a question asked of the article's text rather than its name table. */
  private textAnswer(kind: string, arg: string): string {
    return kind === 'C' ? this.vocabAnswer(arg) : (this.spelledOut(arg) ?? '-');
  }

  private readonly acronyms = new Map<string, string | null>();

  /** "IRCC" → "Immigration, Refugees and Citizenship Canada" where the article spells it out. */
  private spelledOut(acronym: string): string | null {
    let hit = this.acronyms.get(acronym);
    if (hit === undefined) {
      hit = spellOut(this.article.text, acronym);
      this.acronyms.set(acronym, hit);
    }
    return hit;
  }

  private expandAcronym(acronym: string): string | null {
    const hit = this.spelledOut(acronym);
    this.log?.queries.push(['A', acronym, hit ?? '-']);
    return hit;
  }

  private vocabAnswer(word: string): string {
    return this.lowerVocab().has(word) ? '1' : '0';
  }

  private restore(s: Sentence, m: SentenceMemo): void {
    s.clauses = m.clauses;
    s.subject = m.subject;
    s.subjectNp = m.subjectNp;
    s.last = m.last;
    s.fp = m.fp;
    s.reads = mapArray(m.reads, ([back]) => s.idx - back);
    const qs = s.quoteAt;
    const firstQ = qs.length ? s.toks[qs[0]!]!.q : 0;
    for (let i = 0; i < qs.length; i++) {
      const a = m.attributions[i]!;
      this.result.set(s.toks[qs[i]!]!.q, { ...a, resumes: a.resumes === -1 ? -1 : a.resumes + firstQ });
    }
  }

  /** A readable account of the sentences with quotations or speech verbs (for debugging). */
  explain(all = false): string[] {
    const out: string[] = [];
    for (const s of this.sentences) {
      if (!all && !s.clauses.length && !s.toks.some((t) => t.k === 'q')) continue;
      const show = (sp: Speaker | null) => (sp ? `${sp.name}[${sp.kind}${sp.gender ?? ''}]` : 'null');
      out.push(`#${s.idx} p${s.para}${s.heading ? ' H' : ''} subj=${show(s.subject)} | ` + s.toks.map((t) => (t.k === 'q' ? `«${t.t.slice(0, 25)}»` : t.t)).join(' ').slice(0, 300));
      for (const c of s.clauses) out.push(`    clause ${s.toks[c.v]!.t} np=${c.np.type}${c.inverted ? ' inv' : ''}${c.participle ? ' part' : ''} -> ${show(c.speaker)}`);
      for (const t of s.toks) if (t.k === 'q') {
        const a = this.result.get(t.q);
        out.push(`    quote «${t.t.slice(0, 40)}» -> ${show(a?.speaker ?? null)} str=${a?.strength}`);
      }
    }
    return out;
  }

  // ---- sentences -------------------------------------------------------------------------

  private ensure(s: Sentence): Sentence {
    if (!s.analysed) {
      s.analysed = true;
      if (!this.memo) this.analyseSentence(s);
      // worked out already: mark what its analysis would have analysed
      else for (const j of s.reads!) this.ensure(this.sentences[j]!);
    }
    return s;
  }

  /** Sentence j, analysed. */
  private sent(j: number): Sentence {
    if (this.log) {
      // every sentence before the one being analysed is worked out already
      this.log.reads.add(j);
      return this.sentences[j]!;
    }
    return this.ensure(this.sentences[j]!);
  }

  private analyseSentence(s: Sentence): void {
    const toks = s.toks;
    // the subject of the sentence (after a fronted phrase)
    const subjAt = this.subjectStart(toks, s.heading);
    if (subjAt !== -1) {
      const np = this.forwardNP(toks, subjAt, s, true);
      const after = np.type === 'name' ? tokAt(toks, np.start + np.words.length) : undefined;
      // "Ms Tervo and Ms Holm met": a joint subject is neither of them
      if (after?.lo === 'and' && (isCapWord(tokAt(toks, np.start + np.words.length + 1)) || PRONOUNS_SUBJ.has(tokAt(toks, np.start + np.words.length + 1)?.lo ?? ''))) {
        s.subjectNp = npCoord(subjAt);
      } else {
        s.subjectNp = np;
        s.subject = this.resolve(np, s, subjAt);
      }
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.k !== 'w') continue;
      if (t.lo === 'according' && toks[i + 1]?.lo === 'to') {
        const np = this.forwardNP(toks, i + 2, s);
        const c: Clause = { v: i, base: 'according', participle: false, inverted: false, according: true, np, speaker: null };
        c.speaker = this.resolveAccording(np, toks, i + 2, s);
        s.clauses.push(c);
        continue;
      }
      const base = SPEECH_VERB.get(t.lo);
      if (!base) continue;
      if (startsUpper(t.t) && !s.titleCase && !(s.heading && i > 0)) continue;
      const clause = this.clauseAt(s, i, base);
      if (clause) s.clauses.push(clause);
    }
    for (const c of s.clauses) if (c.speaker) s.last = c.speaker;
    this.assignQuotes(s);
  }

  private subjectStart(toks: readonly Tok[], heading: boolean): number {
    let i = 0;
    while (i < toks.length && toks[i]!.k === 'p') i++;
    const first = toks[i];
    if (!first || first.k !== 'w') return -1;
    const lo = first.lo;
    const fronted = (NOT_NAME.has(lo) && !PRONOUNS_SUBJ.has(lo) && lo !== 'the' && lo !== 'a' && lo !== 'an' && !DETERMINERS.has(lo)) ||
      /^\p{L}+(?:ing|ed)$/u.test(first.t) && !isCapWord(toks[i + 1]);
    if (fronted && !heading) {
      if (['but', 'and', 'so', 'yet', 'still', 'now', 'then', 'also', 'however', 'meanwhile', 'indeed', 'instead'].includes(lo)) {
        i++;
        if (toks[i]?.t === ',') i++;
        return i < toks.length ? i : -1;
      }
      for (let j = i + 1; j < Math.min(toks.length, i + 25); j++) {
        if (toks[j]!.k === 'q') return -1;
        if (toks[j]!.t === ',') return j + 1 < toks.length ? j + 1 : -1;
      }
      return -1;
    }
    return i;
  }

  /** A noun phrase read forwards from token i: a name, a pronoun or a description. */
  private forwardNP(toks: readonly Tok[], i: number, s: Sentence, subjectAt = false): NP {
    const t = toks[i];
    if (!t || t.k !== 'w') return npNone(i);
    // "27-year-old Ross", "former minister Smith"
    if ((/^\d+-year-old$/.test(t.lo) || t.lo === 'former' || t.lo === 'veteran') && toks[i + 1]?.k === 'w') {
      const np = this.forwardNP(toks, i + 1, s);
      if (np.type === 'name') return npName(np.words, i);
    }
    if (PRONOUNS_SUBJ.has(t.lo)) return npPron(t.lo, i);
    // "he's been unable", "she'd": a contracted pronoun is a subject too
    const contracted = CONTRACTED_PRONOUN.exec(t.lo);
    if (contracted && subjectAt) return npPron(contracted[1]!, i);
    if (isCapWord(t)) {
      const words: string[] = [];
      let j = i;
      while (j < toks.length && j < i + 8) {
        const w = toks[j]!;
        if (isCapWord(w)) {
          if (s.titleCase && j > i && this.isCommonWord(w)) break;
          const pb = possessiveBase(w);
          words.push(pb ?? w.t);
          j++;
          if (pb) {
            // "Tillerson's spokesman", "Russia's top diplomat"
            const desc = this.descAfterPossessive(toks, j, words, s);
            if (desc) return withStart(desc, i);
            // "Russia's Mr Lavrov": the name after the possessive
            if (isCapWord(toks[j])) return this.forwardNP(toks, j, s);
            break;
          }
          continue;
        }
        if ((isParticle(w) || (w.t === 'of' && ofJoins(toks[j - 1]))) && isCapWord(toks[j + 1])) {
          words.push(w.t);
          j++;
          continue;
        }
        if ((w.lo === 'and' || w.t === '&') && isCapWord(toks[j + 1]) && orgAhead(toks, j + 1)) {
          words.push(w.t);
          j++;
          continue;
        }
        break;
      }
      while (words.length && NOT_NAME.has(words[0]!.toLowerCase())) words.shift();
      // "Labour leader Ed Miliband", "Chelsea boss Jose Mourinho": a modifier and a title before the name
      if (words.length && j < toks.length && toks[j]!.k === 'w' && startsLower(toks[j]!.t) && (TITLES.has(toks[j]!.lo) || PERSON_NOUNS.has(toks[j]!.lo))) {
        let k = j;
        while (k < toks.length && k < j + 4 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && (TITLES.has(toks[k]!.lo) || PERSON_NOUNS.has(toks[k]!.lo) || toks[k]!.lo === 'of')) k++;
        if (isCapWord(tokAt(toks, k))) {
          const np = this.forwardNP(toks, k, s);
          if (np.type === 'name') return npName(np.words, i);
        }
      }
      if (!words.length) {
        // "The minister", "The White House": a determiner then the rest
        if (DETERMINERS.has(t.lo)) return this.descForward(toks, i, s);
        return npNone(i);
      }
      // "Tuesday", "Russian officials": a nationality before lower-case words is a description
      if (words.every((w) => NATIONALITY.has(w.toLowerCase())) && j < toks.length && toks[j]!.k === 'w' && startsLower(toks[j]!.t)) {
        return this.descForward(toks, i, s);
      }
      return npName(words, i);
    }
    if (DETERMINERS.has(t.lo) || PERSON_NOUNS.has(t.lo) || ORG_NOUNS.has(t.lo)) return this.descForward(toks, i, s);
    return npNone(i);
  }

  private isCommonWord(t: Tok): boolean {
    if (NOT_NAME.has(t.lo)) return true;
    const lower = this.lowerVocab().has(t.lo);
    this.log?.queries.push(['C', t.lo, lower ? '1' : '0']);
    return lower || SPEECH_VERB.has(t.lo);
  }

  /** Words the article writes in lower case (to tell a title-case headline's words from names). */
  private lowerVocab(): Set<string> {
    if (!this.lowerVocabCache) {
      this.lowerVocabCache = new Set();
      this.article.paragraphs.forEach((p, i) => {
        const toks = this.paraToks[i];
        if (!toks || p.heading) return;
        for (const t of toks) if (t.k === 'w' && startsLower(t.t)) this.lowerVocabCache!.add(t.lo);
      });
    }
    return this.lowerVocabCache;
  }

  private descAfterPossessive(toks: readonly Tok[], j: number, possessor: string[], s: Sentence): NP | null {
    const words: string[] = [];
    let k = j;
    while (k < toks.length && k < j + 4 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && !NP_BREAK.has(toks[k]!.lo) && !SPEECH_VERB.has(toks[k]!.lo)) {
      words.push(toks[k]!.lo);
      k++;
    }
    if (!words.length) return null;
    // the head is the last person/org noun
    let h = -1;
    for (let n = 0; n < words.length; n++) if (PERSON_NOUNS.has(words[n]!) || ORG_NOUNS.has(words[n]!) || TITLES.has(words[n]!)) h = n;
    if (h === -1) return null;
    const w = words.slice(0, h + 1);
    if (isCapWord(toks[j + h + 1]) && h === words.length - 1) {
      const np = this.forwardNP(toks, j + h + 1, s);
      if (np.type === 'name') return npName(np.words, j);
    }
    return this.appositiveName(toks, j + h + 1, npDesc(w, w[w.length - 1]!, 'poss', possessor, j));
  }

  /** A description followed by the name it stands for: "the festival's director, Christine Rush," */
  private appositiveName(toks: readonly Tok[], end: number, np: NP): NP {
    if (np.type !== 'desc' || tokAt(toks, end)?.t !== ',' || !isCapWord(tokAt(toks, end + 1))) return np;
    let k = end + 1;
    const words: string[] = [];
    while (k < toks.length && k < end + 6 && (isCapWord(toks[k]) || isParticle(toks[k]))) words.push(toks[k++]!.t);
    const after = toks[k];
    if (words.length < 2 || (after && after.k === 'w')) return np;
    if (!this.names.isPerson(this.names.lookup(splitTitle(words).name)?.name ?? words.join(' '))) return np;
    return npName(words, np.start);
  }

  private descForward(toks: readonly Tok[], i: number, s: Sentence): NP {
    const det = DETERMINERS.has(toks[i]!.lo) ? toks[i]!.lo : '';
    let k = det ? i + 1 : i;
    const words: string[] = [];
    let h = -1;
    while (k < toks.length && words.length < 6) {
      const t = toks[k]!;
      if (t.k !== 'w' || NP_BREAK.has(t.lo) || SPEECH_VERB.has(t.lo)) break;
      if (possessiveBase(t) && isCapWord(t)) break;
      // "the star of Rain Man": the description ends before "of"
      if (h !== -1 && (t.lo === 'of' || t.lo === 'for')) break;
      // "a document titled …": the description ends at a word after its head that is no noun of one
      if (h !== -1 && !isCapWord(t) && !PERSON_NOUNS.has(t.lo) && !ORG_NOUNS.has(t.lo) && !DOCUMENT_NOUNS.has(t.lo)) break;
      // "chief executive Tom McKillop", "the rookie defenceman Gokool": the role, then the name
      if (h !== -1 && isCapWord(t)) {
        const np = this.forwardNP(toks, k, s);
        if (np.type === 'name') return npName(np.words, i);
        break;
      }
      words.push(isCapWord(t) ? t.t : t.lo);
      if (PERSON_NOUNS.has(t.lo) || ORG_NOUNS.has(t.lo) || DOCUMENT_NOUNS.has(t.lo)) h = words.length - 1;
      k++;
    }
    if (h === -1) {
      // "The White House", "the Kremlin": capitalised words after the determiner
      const caps = words.filter((w) => /^\p{Lu}/u.test(w));
      if (caps.length && caps.length === words.length) return npName(caps, i);
      return npNone(i);
    }
    const w = words.slice(0, h + 1);
    // "the White House spokesman" keeps its capitals
    return this.appositiveName(toks, (det ? i + 1 : i) + h + 1, npDesc(w, w[w.length - 1]!.toLowerCase(), det, null, i));
  }

  /** The subject of the verb at v, walking back. */
  private backwardNP(toks: readonly Tok[], v: number, s: Sentence, depth = 0): NP {
    let k = skipBetween(toks, v - 1);
    if (k < 0) return npNone(-1);
    let t = toks[k]!;
    // an appositive or aside between commas or dashes: "Lavrov, the foreign minister, said"
    if (t.k === 'p' && (t.t === ',' || DASHES.has(t.t) || t.t === ')')) {
      const open = t.t === ')' ? '(' : t.t;
      let k2 = k - 1;
      while (k2 >= 0 && k - k2 < 30 && toks[k2]!.t !== open && !(open === ',' && DASHES.has(toks[k2]!.t)) && toks[k2]!.k !== 'q') k2--;
      if (k2 < 0 || toks[k2]!.k === 'q' || toks[k2]!.t !== open) return npNone(-1);
      // the aside is itself the name: "The head of the company, Yury Boyko, said"
      if (k - k2 - 1 >= 1 && k - k2 - 1 <= 5 && open === ',') {
        let allCaps = true;
        for (let m = k2 + 1; m < k; m++) if (!isCapWord(toks[m]) && !isParticle(toks[m])) allCaps = false;
        const inner = mapArray(toks.slice(k2 + 1, k), (x) => x.t);
        // "the candidate, regional bureaucrat Ana Berg, said": the name that ends the aside
        if (!allCaps && isCapWord(toks[k - 1]) && isCapWord(toks[k - 2]) && !isCapWord(toks[k2 + 1])) {
          const named = this.nameAfterModifiers(toks, k2 + 1);
          if (named) return withStart(named, k2 + 1);
        }
        if (allCaps && splitTitle(inner).name.length >= 2) {
          const before = toks[k2 - 1];
          // "the director of operations for EHS, Jeff Fraser, says": a person's name after a capitalised word too
          if (before && before.k === 'w' && (!isCapWord(before) || (!isTitleWord(inner[inner.length - 1]!) && this.names.isPerson(this.names.lookup(splitTitle(inner).name)?.name ?? inner.join(' '))))) return npName(inner, k2 + 1);
        }
      }
      k = skipBetween(toks, k2 - 1);
      if (k < 0) return npNone(-1);
      t = toks[k]!;
    }
    if (t.k !== 'w') return npNone(-1);
    if (PRONOUNS_SUBJ.has(t.lo)) return npPron(t.lo, k);
    if (t.lo === 'who' || t.lo === 'which') {
      let a = k - 1;
      if (toks[a]?.t === ',') a--;
      if (a < 0 || depth > 1) return npRel(null, k);
      // the antecedent ends at a: read it backwards as if before a verb
      const ante = this.backwardNP(toks, a + 1, s, depth + 1);
      return npRel(ante, ante.start === -1 ? k : ante.start);
    }
    if (t.lo === 'and' || t.lo === 'but' || t.lo === 'then' || t.lo === 'or') return npCoord(-1);
    // "Radio 1 said", "Channel 4 said"
    if (/^\d{1,2}$/.test(t.t) && isCapWord(toks[k - 1]) && !possessiveBase(toks[k - 1]!)) {
      const np = this.backwardNP(toks, k, s, depth + 1);
      if (np.type === 'name') return npName([...np.words, t.t], np.start);
    }
    if (isCapWord(t)) {
      // the run of capitalised words ending at k
      let j = k;
      while (j - 1 >= 0) {
        const p = toks[j - 1]!;
        if (isCapWord(p) && !possessiveBase(p) && !(s.titleCase && this.isCommonWord(p))) j--;
        else if ((isParticle(p) || (p.t === 'of' && ofJoins(toks[j - 2]))) && isCapWord(toks[j - 2]) && !possessiveBase(toks[j - 2]!)) j--;
        // "the Competition and Markets Authority": "and" inside an organisation's name
        else if ((p.lo === 'and' || p.t === '&') && isCapWord(toks[j - 2]) && !possessiveBase(toks[j - 2]!) && toks.slice(j, k + 1).some((x) => ORG_WORDS.has(x.lo))) j--;
        else break;
      }
      const words = mapArray(toks.slice(j, k + 1), (x) => x.t);
      while (words.length && NOT_NAME.has(words[0]!.toLowerCase())) words.shift();
      if (!words.length) return npNone(-1);
      // "he and Mr Lavrov agreed": a joint subject is nobody in particular
      if (toks[j - 1]?.lo === 'and' && toks[j - 2]?.k === 'w' && (isCapWord(toks[j - 2]) || PRONOUNS_SUBJ.has(toks[j - 2]!.lo)) && !words.some((w) => isTitleWord(w))) return npNone(j);
      // "the Rev. Jo Kroon of the Wasilla Church said", "Tim Guest with the Health Authority says": the person before it
      const p2 = toks[j - 2]?.lo;
      if (depth === 0 && toks[j - 1]?.lo === 'the' && (p2 === 'of' || p2 === 'at' || p2 === 'from' || p2 === 'with') && isCapWord(toks[j - 3])) {
        const ante = this.backwardNP(toks, j - 2, s, depth + 1);
        if (ante.type === 'name' && this.names.isPerson(this.names.lookup(splitTitle(ante.words).name)?.name ?? ante.words.join(' '))) return ante;
      }
      // "hit back at Labour claims": a name after a preposition is no subject
      if (depth === 0 && toks[j - 1]?.k === 'w' && PREPOSITIONS.has(toks[j - 1]!.lo)) {
        // "a spokeswoman for the Home Office said": the description, with its organisation
        const m = j - 1;
        const prep = toks[m]!.lo;
        if (prep === 'for' || prep === 'of' || prep === 'at' || prep === 'from') {
          let d = m - 1;
          while (d >= 0 && d >= m - 4 && toks[d]!.k === 'w' && !DETERMINERS.has(toks[d]!.lo) && !isCapWord(toks[d]) && !NP_BREAK.has(toks[d]!.lo)) d--;
          const head = toks[m - 1];
          if (head && (PERSON_NOUNS.has(head.lo) || TITLES.has(head.lo))) {
            const det = d >= 0 && DETERMINERS.has(toks[d]!.lo) ? toks[d]!.lo : '';
            const from = det ? d + 1 : d + 1;
            const wordsD = mapArray(toks.slice(from, k + 1), (x) => (isCapWord(x) ? x.t : x.lo));
            return npDesc(wordsD, head.lo, det, null, det ? d : from);
          }
        }
        // "Nick Van den Brul of BNP Paribas said", "Tim Guest with the Health Authority says": the name before it
        if ((prep === 'of' || prep === 'at' || prep === 'from' || prep === 'with') && isCapWord(toks[m - 1])) {
          const ante = this.backwardNP(toks, m, s, depth + 1);
          if (ante.type === 'name') return ante;
        }
        return npNone(j);
      }
      // "the Kentucky Republican said": a capitalised demonym or party word after "the" ends a description
      const lastW = words[words.length - 1]!;
      if (toks[j - 1]?.lo === 'the' && words.length >= 2 && words.length <= 3 && NATIONALITY.has(lastW.toLowerCase()) && !/^\p{Lu}+$/u.test(lastW)) {
        return npDesc(words, lastW.toLowerCase(), 'the', null, j - 1);
      }
      // "the Russian Foreign Ministry said" is a name; "the US said" too
      return npName(words, j);
    }
    // a description ending at k: walk back to its determiner or possessor
    let j = k;
    const words: string[] = [];
    let det = '';
    let possessor: string[] | null = null;
    while (j >= 0 && k - j < 7) {
      const w = toks[j]!;
      if (w.k !== 'w') break;
      if (DETERMINERS.has(w.lo) && !/^\p{Lu}/u.test(w.t.slice(1))) {
        det = w.lo;
        break;
      }
      const pb = possessiveBase(w);
      if (pb) {
        det = 'poss';
        possessor = [pb];
        let m = j - 1;
        while (m >= 0 && isCapWord(toks[m]) && !possessiveBase(toks[m]!)) possessor.unshift(toks[m--]!.t);
        j = m + 1;
        break;
      }
      if (NP_BREAK.has(w.lo) || (SPEECH_VERB.has(w.lo) && j !== k)) {
        j++;
        break;
      }
      words.unshift(isCapWord(w) ? w.t : w.lo);
      j--;
    }
    if (j < 0) j = 0;
    const head = words[words.length - 1]?.toLowerCase() ?? '';
    if (!head) return npNone(-1);
    if (/^\d+-year-old$/.test(head)) return npDesc(words, 'year-old', det, possessor, j);
    const singular = head.endsWith('s') ? head.slice(0, -1) : head;
    const known = PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || PERSON_NOUNS.has(singular) || ORG_NOUNS.has(singular);
    // "the statement said", "The agency's report said": the document, whose author speaks
    if (DOCUMENT_NOUNS.has(head) && (det || possessor || words.length > 1)) return npDesc(words, head, det, possessor, j);
    if (NOT_SPEAKER_NOUNS.has(head)) return npNone(j);
    if (!det && !(known || /s$/.test(head))) return npNone(-1);
    // "officials", "analysts", "residents": plural people; with a determiner any noun ("one dealer")
    if (!known && !det && !/(?:ers|ists|ians|ants|ents|ors|ives|als|ees|men|women|people|police)$/.test(head)) return npNone(j);
    return npDesc(words, head, det, possessor, j);
  }

  private clauseAt(s: Sentence, i: number, base: string): Clause | null {
    const toks = s.toks;
    const t = toks[i]!;
    const prev = tokAt(toks, i - 1);
    const participle = /ing$/.test(t.lo) && base !== 'ring';
    // "a government warning about", "his saying": a noun, not a participle clause
    if (participle && base !== 'say' && base !== 'add' && prev && !(prev.k === 'q' || prev.t === ',' || prev.t === ':' || prev.t === ';' || DASHES.has(prev.t) || prev.t === '(' ||
      PARTICIPLE_AFTER.has(prev.lo) || isLy(prev))) return null;
    // a noun, not a verb: "the call", "his comments", "a claim", "campaign promise"
    if (prev && prev.k === 'w' && !/(?:ed|said|told|wrote)$/.test(t.lo)) {
      if (DETERMINERS.has(prev.lo) || possessiveBase(prev) || (startsLower(prev.t) && !PRONOUNS_SUBJ.has(prev.lo) && !BETWEEN_SUBJECT_AND_VERB.has(prev.lo) && !isLy(prev) && prev.lo !== 'who' && prev.lo !== 'and' && !participle && !/s$/.test(prev.lo) && !PERSON_NOUNS.has(prev.lo) && !ORG_NOUNS.has(prev.lo))) return null;
    }
    if (prev && prev.k === 'w' && DETERMINERS.has(prev.lo)) return null;
    // passive: "was told", "were echoed by X"
    if (prev && (prev.lo === 'was' || prev.lo === 'were' || prev.lo === 'been' || prev.lo === 'being' || prev.lo === 'be' || prev.lo === 'is' || prev.lo === 'are')) {
      if (toks[i + 1]?.lo === 'by') {
        const np = this.forwardNP(toks, i + 2, s);
        return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, i + 2) };
      }
      return null;
    }
    // "…, described by one union as a “bonfire”": the agent after "by"
    if (/ed$/.test(t.lo) && toks[i + 1]?.lo === 'by') {
      const np = this.forwardNP(toks, i + 2, s);
      if (np.type !== 'none') return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, i + 2) };
    }
    // a fronted participle opening the sentence: "Asked about…, he said"
    if (i === 0 && /(?:ed|ing)$/.test(t.lo)) return null;
    if (WEAK_SPEECH.has(t.lo) && !this.weakOk(toks, i)) return null;
    // inverted: “…,” said X
    const invertible = INVERTIBLE.has(t.lo) || (prev?.k === 'q' || (prev?.t === ',' && toks[i - 2]?.k === 'q')) && !WEAK_SPEECH.has(t.lo) && base !== 'tell' && !participle;
    if (invertible && prev && (prev.k === 'q' || prev.t === ',' || (prev.k === 'p' && toks[i - 2]?.k === 'q'))) {
      let np = this.forwardNP(toks, i + 1, s);
      // “…,” says local cartoonist Andre Campbell / said oil and gas worker Mike Wipf / said the IFSD’s Azfar Khan
      if (!(np.type === 'name' && this.isPersonName(np.words))) {
        const named = this.nameAfterModifiers(toks, i + 1);
        if (named) np = named;
      }
      // “…,” says the affable proprietor: whoever is described, a definite description of the person in view
      const afterQuote = prev.k === 'q' || tokAt(toks, i - 2)?.k === 'q';
      if (np.type === 'none' && afterQuote && tokAt(toks, i + 1)?.lo === 'the') {
        const words: string[] = [];
        let k = i + 2;
        while (k < toks.length && k < i + 7 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && !NP_BREAK.has(toks[k]!.lo) && !SPEECH_VERB.has(toks[k]!.lo)) words.push(toks[k++]!.lo);
        const end = tokAt(toks, k);
        if (words.length && (!end || end.k !== 'w')) {
          const d = npDesc(words, words[words.length - 1]!, 'the', null, i + 1);
          const person = this.personalAntecedent(null, s, i, LOOK_BACK);
          return { v: i, base, participle: false, inverted: true, according: false, np: d, speaker: person?.kind === 'person' ? person : this.description(d, s) };
        }
      }
      // In a title-case headline only a name that ends it: "Relations at ‘Low Point’, Says Tillerson"
      const endsLine = np.type === 'name' && toks.slice(i + 1 + np.words.length).every((x) => x.k === 'p');
      const allowed = (!s.titleCase || endsLine) && !this.clauseFollows(toks, np);
      if (allowed && (np.type === 'name' || np.type === 'desc' || (np.type === 'pron' && (np.p === 'he' || np.p === 'she')))) {
        return { v: i, base, participle: false, inverted: true, according: false, np, speaker: this.resolve(np, s, i + 1) };
      }
    }
    // "he was quoted as saying", "she is described as saying": the subject before the passive
    if (participle && prev?.lo === 'as' && /^(?:quoted|described|heard|reported|cited)$/.test(tokAt(toks, i - 2)?.lo ?? '') && /^(?:was|were|is|are|been)$/.test(tokAt(toks, i - 3)?.lo ?? '')) {
      const np = this.backwardNP(toks, i - 3, s);
      if (np.type !== 'none') return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, np.start) };
    }
    if (participle) {
      return { v: i, base, participle: true, inverted: false, according: false, np: npCoord(-1), speaker: this.mainSubject(s, i) };
    }
    let np = this.backwardNP(toks, i, s);
    if (s.heading && (np.type === 'none' || np.start === -1) && s.subjectNp) np = s.subjectNp;
    // "Sarah Doe, who …, played … and graduated in 2013, said": after a comma-closed aside the verb's
    // subject is the sentence's named subject, not a noun at the aside's end
    if (prev?.t === ',' && tokAt(toks, i - 2)?.k !== 'q' && np.type !== 'name' && np.type !== 'pron' && s.subjectNp?.type === 'name' && s.subjectNp.start < i &&
      s.subject?.kind === 'person' && !s.clauses.some((c) => c.v < i)) np = s.subjectNp;
    if (np.type === 'coord') return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.mainSubject(s, i) };
    if (np.type === 'none' && np.start === -1 && !(prev && prev.k === 'w')) {
      // nothing before the verb: not a clause we can read
      return { v: i, base, participle: false, inverted: false, according: false, np, speaker: null };
    }
    return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, np.start === -1 ? i : np.start) };
  }

  private isPersonName(words: string[]): boolean {
    const { name } = splitTitle(words);
    return name.length > 0 && this.names.isPerson(this.names.lookup(name)?.name ?? name.join(' '));
  }

  /**
   * A person's name of two or more words after a few words that describe them: "Cambridge cartoonist
   * Andre Campbell", "the IFSD’s Azfar Ali Khan", "oil and gas worker Mike Wipf". Null when the
   * words run into a clause or punctuation first.
   */
  private nameAfterModifiers(toks: readonly Tok[], from: number): NP | null {
    let k = from;
    if (DETERMINERS.has(tokAt(toks, k)?.lo ?? '')) k++;
    let mods = 0;
    while (k < toks.length && k < from + 8) {
      const t = toks[k]!;
      if (t.k !== 'w' || SPEECH_VERB.has(t.lo) || (NP_BREAK.has(t.lo) && t.lo !== 'and')) return null;
      if (isCapWord(t) && !possessiveBase(t)) {
        let e = k;
        const words: string[] = [];
        while (e < toks.length && (isCapWord(toks[e]) || (isParticle(toks[e]) && isCapWord(toks[e + 1])))) words.push(toks[e++]!.t);
        const next = tokAt(toks, e);
        if (mods && words.length >= 2 && (!next || next.k !== 'w' || next.lo === 'who') && this.isPersonName(words)) return npName(words, from);
        // one capitalised modifier before a lower-case word: "Cambridge cartoonist"
        if (words.length !== 1 || !next || next.k !== 'w' || isCapWord(next)) return null;
      }
      mods++;
      k++;
    }
    return null;
  }

  /**
   * After "…, said X": X begins a reported clause when a finite verb follows it ("…, said Schumer has
   * “…”"); then X is what was said about, and the speaker is the subject before "said".
   */
  private clauseFollows(toks: readonly Tok[], np: NP): boolean {
    // "…, said she had clients": a pronoun followed by any word is a clause's subject
    if (np.type === 'pron') return tokAt(toks, np.start + 1)?.k === 'w';
    if (np.type !== 'name') return false;
    const next = tokAt(toks, np.start + np.words.length);
    return !!next && next.k === 'w' && (FINITE_AUX.has(next.lo) || (startsLower(next.t) && /[^e]ed$/.test(next.lo) && !SPEECH_VERB.has(next.lo)));
  }

  /** Weak speech verbs (called, read, continued…) count only with a person or a quotation close by. */
  private weakOk(toks: readonly Tok[], i: number): boolean {
    const lo = toks[i]!.lo;
    if (/^(?:call|calls|called|calling|term|terms|termed|label|labels|labelled|labeled)$/.test(lo)) {
      // "called it a “…”", "called for “…”", "called the strike a “…”"
      for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
        if (toks[k]!.k === 'q') return true;
        if (toks[k]!.k === 'p' && toks[k]!.t !== ',' && toks[k]!.t !== '-') return false;
      }
      return false;
    }
    // a trailing attribution: “…”, Mr Learmount continued
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      const t = toks[k]!;
      if (t.k === 'q') return true;
      if (t.k === 'p' ? t.t !== ',' : NP_BREAK.has(t.lo)) break;
    }
    // continued / read / began: only right before or after a quotation
    return toks[i + 1]?.k === 'q' || toks[i + 1]?.t === ':' || toks[i - 1]?.k === 'q' || (toks[i - 1]?.t === ',' && toks[i - 2]?.k === 'q') ||
      ((toks[i + 1]?.t === ',' || toks[i + 1]?.t === ':') && toks[i + 2]?.k === 'q');
  }

  /** The subject of the main clause before token i: the nearest finite speech clause's, else the sentence's. */
  private mainSubject(s: Sentence, i: number): Speaker | null {
    for (let c = s.clauses.length - 1; c >= 0; c--) {
      const cl = s.clauses[c]!;
      if (cl.v < i && !cl.according) return cl.speaker;
      if (cl.v < i - 200) break;
    }
    if (s.subjectNp && s.subjectNp.start < i) return s.subject;
    return null;
  }

  private mentionsOf(s: Sentence): Speaker[] {
    if (this.log) {
      // not kept: every sentence that reads them must ask the name table itself
      const out: Speaker[] = [];
      this.collectMentions(s, out);
      return out;
    }
    if (!s.mentions) {
      s.mentions = [];
      this.collectMentions(s, s.mentions);
    }
    return s.mentions;
  }

  private collectMentions(s: Sentence, out: Speaker[]): void {
    const toks = s.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!isCapWord(toks[i])) continue;
      let j = i;
      const words: string[] = [];
      while (j < toks.length && (isCapWord(toks[j]) || (isParticle(toks[j]) && isCapWord(toks[j + 1])))) {
        const pb = possessiveBase(toks[j]!);
        words.push(pb ?? toks[j]!.t);
        j++;
        if (pb) break;
      }
      i = j;
      while (words.length && NOT_NAME.has(words[0]!.toLowerCase())) words.shift();
      if (!words.length) continue;
      const { name } = splitTitle(words);
      if (!name.length) continue;
      const canon = this.names.lookup(name)?.name ?? name.join(' ');
      // only names that are clearly people's (a title, or a gendered first name or honorific)
      const gender = this.names.genderOf(canon);
      if (this.names.isPerson(canon) && (gender || this.names.isTitled(canon))) out.push({ name: canon, kind: 'person', gender, human: false });
    }
  }

  // ---- resolution ------------------------------------------------------------------------

  private resolve(np: NP, s: Sentence, at: number): Speaker | null {
    switch (np.type) {
      case 'name': return this.fromName(np.words, s);
      case 'pron': return this.pronoun(np.p, s, at);
      case 'rel': return np.ante ? this.resolve(np.ante, s, at) : null;
      case 'desc': return this.description(np, s);
      default: return null;
    }
  }

  private fromName(words: string[], s: Sentence | null): Speaker | null {
    const clean = words.filter((w) => w !== '');
    if (!clean.length) return null;
    const lower = mapArray(clean, (w) => w.toLowerCase());
    if (lower.every((w) => NOT_NAME.has(w) || WEEKDAYS_MONTHS.has(w))) return null;
    const { name } = splitTitle(clean);
    if (!name.length) {
      // only titles: "the President", "the Prime Minister": a description
      return this.description(npDesc(lower, lower[lower.length - 1]!, 'the', null, 0), s);
    }
    const info = this.names.lookup(name);
    const canon = info?.name ?? name.join(' ');
    const org = (info?.org ?? false) || !this.names.isPerson(canon);
    if (org) {
      // an acronym the article spells out is named in full
      if (clean.length === 1 && /^\p{Lu}{2,6}$/u.test(clean[0]!)) {
        const full = this.expandAcronym(clean[0]!);
        if (full) return { name: full, kind: 'org', gender: null, human: false };
      }
      const orgName = clean.slice(lower.findIndex((w) => !NOT_NAME.has(w))).join(' ');
      const best = info?.org && canon.length >= orgName.length ? canon : orgName || canon;
      return { name: best, kind: 'org', gender: null, human: false };
    }
    return { name: canon, kind: 'person', gender: this.names.genderOf(canon), human: false };
  }

  private pronoun(p: string, s: Sentence, at: number): Speaker | null {
    if (p === 'i' || p === 'we' || p === 'you') return null;
    const want = (sp: Speaker | null): boolean => {
      if (!sp) return false;
      if (p === 'he' || p === 'she') return (sp.kind === 'person' || (sp.kind === 'desc' && !!sp.human && !/s$/.test(sp.name))) && sp.gender !== (p === 'he' ? 'f' : 'm');
      if (p === 'they') return sp.kind === 'org' || (sp.kind === 'desc' && /s$/.test(sp.name));
      if (p === 'it') return sp.kind === 'org';
      return false;
    };
    if (p === 'he' || p === 'she') return this.personalAntecedent(p === 'he' ? 'm' : 'f', s, at);
    if (p === 'it') return this.salientOrg(s, at);
    // earlier in the same sentence (the few nearest clauses)
    for (let c = s.clauses.length - 1, seen = 0; c >= 0 && seen < 8; c--) {
      const cl = s.clauses[c]!;
      if (cl.v >= at) continue;
      seen++;
      if (want(cl.speaker)) return cl.speaker;
    }
    if (s.subjectNp && s.subjectNp.start < at && s.subjectNp.type !== 'pron' && want(s.subject)) return s.subject;
    // earlier sentences, nearest first; a heading ends the search
    const limit = p === 'they' || p === 'it' ? 2 : 5;
    for (let j = s.idx - 1, n = 0; j >= 0 && n < limit; j--, n++) {
      const prev = this.sent(j);
      if (prev.heading && !s.heading) break;
      if (want(prev.last)) return prev.last;
      // a sentence's subject that never spoke must be clearly a person ("Xbox Live" is not)
      if (want(prev.subject) && (prev.subject!.kind !== 'person' || prev.subject!.gender || this.names.isTitled(prev.subject!.name))) return prev.subject;
      if (n === 0 && (p === 'he' || p === 'she')) {
        const ok = this.mentionsOf(prev).filter(want);
        const distinct = new Set(mapArray(ok, (m) => m.name));
        if (distinct.size === 1) return ok[0]!;
      }
    }
    return null;
  }

  /**
   * He/she: the most plausible person before it. Candidates are the speakers of earlier clauses in
   * its sentence, then each earlier sentence's last speaker, subject and the people it mentions;
   * each costs its distance in sentences, more when it is only mentioned, and more when its gender is
   * unknown (one of the other gender is never taken). The cheapest wins; two different people at the
   * same cost are a tie, and a tie is null. A heading ends the search.
   */
  private personalAntecedent(g: Gender, s: Sentence, at: number, reach = 6): Speaker | null {
    let best: Speaker | null = null;
    let bestCost = Infinity;
    let tie = false;
    const consider = (sp: Speaker | null, cost: number): void => {
      if (!sp) return;
      const human = sp.kind === 'person' || (sp.kind === 'desc' && sp.human && !/s$/.test(sp.name));
      if (!human || (g && sp.gender && sp.gender !== g)) return;
      if (g && !sp.gender) cost += 1.5;
      if (cost < bestCost) {
        best = sp;
        bestCost = cost;
        tie = false;
      } else if (cost === bestCost && best && (best as Speaker).name !== sp.name) tie = true;
    };
    for (let c = s.clauses.length - 1, seen = 0; c >= 0 && seen < 8; c--) {
      const cl = s.clauses[c]!;
      if (cl.v >= at) continue;
      seen++;
      consider(cl.speaker, 0);
    }
    // not the subject the pronoun's parenthesis interrupts: "Schumer, he said, “knows …”"
    const sub = s.subjectNp;
    const aside = sub?.type === 'name' && tokAt(s.toks, sub.start + sub.words.length)?.t === ',' && sub.start + sub.words.length + 1 === at;
    if (sub && sub.start < at && sub.type !== 'pron' && !aside) consider(this.clearPerson(s.subject), 0.1);
    for (let j = s.idx - 1, n = 1; j >= 0 && j >= s.idx - LOOK_BACK && n <= reach && bestCost > n; j--, n++) {
      const prev = this.sent(j);
      // a heading or caption between paragraphs is passed over, not read
      if (prev.heading && !s.heading) {
        n--;
        continue;
      }
      consider(prev.last, n);
      consider(this.clearPerson(prev.subject), n + 0.1);
      for (const m of this.mentionsOf(prev)) consider(m, n + 0.5);
    }
    return tie ? null : best;
  }

  /**
   * "it said", "the utility said": the organisation last in view — the nearest earlier clause's
   * speaker or sentence subject that is an organisation, over up to six sentences (headings and
   * captions passed over).
   */
  private salientOrg(s: Sentence, at: number): Speaker | null {
    for (let c = s.clauses.length - 1; c >= 0; c--) {
      const cl = s.clauses[c]!;
      if (cl.v < at && this.plausibleOrg(cl.speaker)) return cl.speaker;
    }
    if (s.subjectNp && s.subjectNp.start < at && s.subjectNp.type === 'name' && this.plausibleOrg(s.subject)) return s.subject;
    for (let j = s.idx - 1, n = 1; j >= 0 && j >= s.idx - LOOK_BACK && n <= 6; j--, n++) {
      const prev = this.sent(j);
      if (prev.heading && !s.heading) {
        n--;
        continue;
      }
      for (let c = prev.clauses.length - 1; c >= 0; c--) if (this.plausibleOrg(prev.clauses[c]!.speaker)) return prev.clauses[c]!.speaker;
      if (this.plausibleOrg(prev.last)) return prev.last;
      if (prev.subjectNp?.type === 'name' && this.plausibleOrg(prev.subject)) return prev.subject;
    }
    return null;
  }

  /**
   * An organisation a pronoun or description may stand for: not a place ("B.C."), and not a lone
   * capitalised common word that opens a sentence ("Banners", "Industry").
   */
  private plausibleOrg(sp: Speaker | null): boolean {
    if (!sp || sp.kind !== 'org') return false;
    if (lookupName(sp.name)?.type === 'place') return false;
    if (sp.name.includes(' ')) return true;
    const lo = sp.name.toLowerCase();
    if (isEnglishWord(lo) || NOT_NAME.has(lo) || (lo.endsWith('s') && isEnglishWord(lo.slice(0, -1)))) return false;
    const lower = this.lowerVocab().has(lo);
    this.log?.queries.push(['C', lo, lower ? '1' : '0']);
    return !lower;
  }

  /**
   * A document speaks for its author: the name it is qualified with ("The RCMP statement", "An
   * August PBO report"), its possessor ("the company's white paper", "her statement"), the name after
   * "of/from/by/in" ("an editorial in the daily Eleftheros Typos"), else the organisation in view.
   */
  private documentAuthor(np: Extract<NP, { type: 'desc' }>, s: Sentence): Speaker | null {
    const caps = np.words.filter((w) => /^\p{Lu}/u.test(w) && !WEEKDAYS_MONTHS.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase()));
    if (caps.length) return this.fromName(caps, s);
    if (np.possessor) return this.fromName(np.possessor, s);
    const pron = np.det === 'his' ? 'he' : np.det === 'her' ? 'she' : np.det === 'its' ? 'it' : '';
    if (pron) return this.pronoun(pron, s, np.start);
    // "the white paper said": the author of the white paper the article spoke of before
    if (np.det === 'the' || np.det === 'this' || np.det === 'that') {
      for (let j = s.idx - 1; j >= 0 && j >= s.idx - LOOK_BACK; j--) {
        for (const c of this.sent(j).clauses) if (c.speaker && c.np.type === 'desc' && c.np.head === np.head) return c.speaker;
      }
    }
    const toks = s.toks;
    let k = np.start;
    while (k < toks.length && k < np.start + 8 && toks[k]!.lo !== np.head) k++;
    const prep = tokAt(toks, k + 1);
    if (prep && (prep.lo === 'of' || prep.lo === 'from' || prep.lo === 'by' || prep.lo === 'in' || prep.lo === 'on')) {
      for (let m = k + 2; m < toks.length && m < k + 7 && toks[m]!.k === 'w'; m++) {
        if (isCapWord(toks[m])) {
          const named = this.forwardNP(toks, m, s);
          if (named.type === 'name') return this.resolve(named, s, m);
          break;
        }
      }
    }
    // "a document titled … on Canadian Pacific Railway's website": the owner of the page it is on
    for (let m = k + 1; m < toks.length && m < k + 16 && toks[m]!.k !== 'q'; m++) {
      const pb = possessiveBase(toks[m]!);
      if (pb && isCapWord(toks[m]) && DOCUMENT_NOUNS.has(tokAt(toks, m + 1)?.lo ?? '')) {
        const words = [pb];
        for (let b = m - 1; b > k && isCapWord(toks[b]) && !possessiveBase(toks[b]!); b--) words.unshift(toks[b]!.t);
        return this.fromName(words, s);
      }
    }
    // "according to one submission": an author nobody names
    if (np.det === 'a' || np.det === 'an' || np.det === 'one') return np.det === 'one' ? null : this.salientOrg(s, np.start);
    return this.salientOrg(s, np.start);
  }

  /** Is this person named in the sentences shortly before s? */
  private mentionedBefore(s: Sentence, name: string): boolean {
    for (let j = s.idx - 1; j >= 0 && j >= s.idx - LOOK_BACK; j--) {
      const prev = this.sent(j);
      if (prev.last?.name === name || prev.subject?.name === name) return true;
      for (const m of this.mentionsOf(prev)) if (m.name === name) return true;
    }
    return false;
  }

  /** A sentence subject as a pronoun's antecedent: a person the article clearly names as one. */
  private clearPerson(sp: Speaker | null): Speaker | null {
    if (!sp || sp.kind !== 'person') return sp;
    // a full name (given name and surname) is a person's too, of a gender not yet known
    return sp.gender || this.names.isTitled(sp.name) || sp.name.includes(' ') ? sp : null;
  }

  private resolveAccording(np: NP, toks: readonly Tok[], i: number, s: Sentence): Speaker | null {
    if (np.type === 'desc' && NOT_SPEAKER_NOUNS.has(np.head)) {
      // "according to a statement from the ministry"
      let k = i;
      while (k < toks.length && toks[k]!.k === 'w' && !['from', 'by', 'of'].includes(toks[k]!.lo)) k++;
      if (toks[k]?.k === 'w') return this.resolve(this.forwardNP(toks, k + 1, s), s, k + 1);
      return null;
    }
    if (np.type === 'none') {
      // bare "according to reports"
      return null;
    }
    return this.resolve(np, s, i);
  }

  private description(np: Extract<NP, { type: 'desc' }>, s: Sentence | null): Speaker | null {
    const head = np.head.toLowerCase();
    const text = (np.possessor ? np.possessor.join(' ') + "'s " : np.det && np.det !== 'poss' ? np.det + ' ' : '') + np.words.join(' ');
    const asDesc: Speaker = {
      name: text.replace(/’/g, "'"), kind: 'desc',
      gender: FEMALE_NOUNS.has(head) ? 'f' : MALE_NOUNS.has(head) ? 'm' : null,
      human: PERSON_NOUNS.has(head) || NATIONALITY.has(head) || /year-old$/.test(head) || np.det === 'said',
    };
    if (DOCUMENT_NOUNS.has(head)) return s ? this.documentAuthor(np, s) : null;
    if (NOT_SPEAKER_NOUNS.has(head)) return null;
    // "Tillerson's spokesman" is not Tillerson; "Russia's top diplomat" is a definite description
    if (np.possessor && this.names.isPerson(this.names.lookup(np.possessor)?.name ?? np.possessor.join(' '))) return asDesc;
    if (ORG_NOUNS.has(head) && !PERSON_NOUNS.has(head)) {
      const orgs = this.names.orgsWith(head).filter((o) => o.words.length > 1 || o.org);
      if (orgs.length) {
        orgs.sort((a, b) => b.count - a.count || a.first - b.first);
        return { name: orgs[0]!.name, kind: 'org', gender: null, human: false };
      }
      // "The CMA said … The regulator added": the organisation that just spoke
      if (s && (np.det === 'the' || np.det === 'this')) {
        const org = this.salientOrg(s, np.start);
        if (org) return org;
      }
      return { ...asDesc, kind: 'org' };
    }
    if (np.det !== 'the' && np.det !== 'this' && np.det !== 'that' && np.det !== 'poss') return asDesc;
    // a definite description of a person: the one whose titles match, else the last speaker
    const mods = mapArray(np.words, (w) => w.toLowerCase()).filter((w) => !NOT_NAME.has(w));
    // every title word of the description must be among the person's ("attorney general" is not "solicitor general")
    const required = mods.filter((w) => TITLES.has(w) && !NATIONALITY.has(w));
    const people = new Map<string, number>();
    for (const n of this.names.withRoles([head, ...required])) {
      const canon = this.names.lookup(n.words)?.name ?? n.name;
      const score = mods.filter((w) => n.roles.has(w)).length;
      people.set(canon, Math.max(people.get(canon) ?? 0, score));
    }
    // "the Kentucky Republican", "the self-taught local resident": a definite description of a person
    // is the person last in view (a bare generic role such as "the spokesman" may be someone unnamed),
    // unless someone the article gives that role is in view instead
    const inView = s && asDesc.human && (!GENERIC_ROLES.has(head) || np.words.length > 1) ? this.personalAntecedent(asDesc.gender, s, np.start, LOOK_BACK) : null;
    const person = inView?.kind === 'person' ? inView : null;
    if (people.size) {
      const ranked = [...people.entries()].sort((a, b) => b[1] - a[1]);
      if (person && people.has(person.name)) return person;
      // an office ("the minister") is its holder's wherever the article names them; a descriptor many
      // share ("the Kentucky Republican") only when its holder is in view
      const office = TITLES.has(head) && !NATIONALITY.has(head);
      const mentioned = office || !s || this.mentionedBefore(s, ranked[0]![0]);
      if ((ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) && (mentioned || !person)) {
        const name = ranked[0]![0];
        return { name, kind: 'person', gender: this.names.genderOf(name), human: false };
      }
    }
    return person ?? asDesc;
  }

  // ---- quotations ------------------------------------------------------------------------

  private assignQuotes(s: Sentence): void {
    const toks = s.toks;
    const firstWord = this.firstWordOf(s);
    const firstSpeech = toks.findIndex((b) => b.k === 'w' && SPEECH_VERB.has(b.lo));
    const colon = toks.findIndex((x) => x.t === ':');
    const quoteOnly = firstWord >= toks.length;
    let ci = 0;
    for (let qi = 0; qi < toks.length; qi++) {
      const t = toks[qi]!;
      if (t.k !== 'q') continue;
      const standalone = qi <= firstWord || toks[qi - 1]?.t === ':' || (toks[qi - 1]?.t === ',' && firstSpeech !== -1 && firstSpeech < qi - 1);
      const a: Attribution = {
        speaker: null, strength: 0, standalone,
        before: qi > 0 ? this.article.text.slice(Math.max(toks[0]!.s, t.s - 80), t.s) : '',
        heading: s.heading, titleCaseContext: s.titleCase, speechContext: false, attributedAfter: false, resumes: -1,
      };
      this.result.set(t.q, a);
      const noQuoteBetween = (x: number, y: number) => {
        for (let k = Math.min(x, y) + 1; k < Math.max(x, y); k++) if (toks[k]!.k === 'q') return false;
        return true;
      };
      // clauses are in text order: ci is the first after the quotation
      while (ci < s.clauses.length && s.clauses[ci]!.v < qi) ci++;
      const near = s.clauses.slice(ci, ci + 12);
      // 1. right after: “…,” he said / “…,” said X / “…,” according to X
      const after = near.find((c) => c.v > qi && !c.participle && noQuoteBetween(qi, c.v) &&
        (c.inverted || c.according ? c.v <= qi + 2 : c.np.start > qi && premodifiers(toks, qi + 1, c.np.start)));
      if (after) {
        this.setSpeaker(s, a, after.speaker, 3);
        a.attributedAfter = true;
        continue;
      }
      // “We are,” he said, “ready to talk.”: the second part resumes the first
      if (toks[qi - 1]?.t === ',') {
        let k = qi - 2;
        while (k >= 0 && toks[k]!.k === 'w' && qi - k < 10) k--;
        const pq = toks[k];
        const prevClause = ci > 0 ? s.clauses[ci - 1] : undefined;
        if (pq && pq.k === 'q' && (toks[k + 1]?.t === ',' || /,$/.test(pq.t)) && prevClause && prevClause.v > k) a.resumes = pq.q;
        else if (pq?.t === ',' && toks[k - 1]?.k === 'q') a.resumes = toks[k - 1]!.q;
        if (a.resumes !== -1 && !(prevClause && prevClause.v > k - 1)) a.resumes = -1;
      }
      // 2. the nearest speech verb before it in the sentence, else after it
      const beforeClause: Clause | undefined = ci > 0 ? s.clauses[ci - 1] : undefined;
      if (beforeClause) {
        const gap = toks.slice(beforeClause.v + 1, qi);
        const adjacent = gap.length <= 8 && !gap.some((g) => g.k === 'q') && (gap.length === 0 || [':', ',', 'that'].includes(gap[gap.length - 1]!.lo));
        this.setSpeaker(s, a, beforeClause.speaker, adjacent ? 3 : 2);
        continue;
      }
      // a trailing attribution: "…, Rex Tillerson said Wednesday." / "…, said Smith."
      const later = near.find((c) => c.v > qi && !c.participle && (c.inverted || c.according ||
        ((c.np.type === 'name' || c.np.type === 'pron' || c.np.type === 'desc') && c.np.start > 0 && [',', '—', '–'].includes(toks[c.np.start - 1]!.t))));
      if (later) {
        this.setSpeaker(s, a, later.speaker, 2);
        continue;
      }
      // 3. a headline that names its speaker after a colon: "‘We are not getting along’: Trump on Russia"
      if (s.heading && toks[qi + 1]?.t === ':' && isCapWord(toks[qi + 2])) {
        const np = this.forwardNP(toks, qi + 2, s);
        if (np.type === 'name') {
          this.setSpeaker(s, a, this.resolve(np, s, qi + 2), 2);
          continue;
        }
      }
      // 3. a headline or heading "Name: …"
      if (colon > 0 && colon < qi && colon <= 6) {
        const np = this.forwardNP(toks, firstWord, s);
        if ((np.type === 'name' || np.type === 'pron') && np.start < colon) {
          this.setSpeaker(s, a, this.resolve(np, s, np.start), 2);
          continue;
        }
      }
      if (s.heading) continue;
      // 4. a quotation standing alone after a quoted or speaking sentence: the same speaker
      if (quoteOnly || standalone) {
        const sp = this.precedingSpeaker(s, qi);
        if (sp) {
          this.setSpeaker(s, a, sp, 1);
          continue;
        }
      }
    }
  }

  /** "X has been accused of…", "X was told…": the subject is not the one speaking. */
  private passiveAfter(toks: readonly Tok[], k: number): boolean {
    for (let n = 0; k < toks.length && n < 4; k++, n++) {
      const t = toks[k]!;
      if (t.lo === 'been' || t.lo === 'being' || t.lo === 'got') return true;
      if ((t.lo === 'was' || t.lo === 'were' || t.lo === 'is' || t.lo === 'are') && /ed$/.test(toks[k + 1]?.lo ?? '')) return true;
      if (t.k !== 'w' || !(BETWEEN_SUBJECT_AND_VERB.has(t.lo) || isLy(t))) return false;
    }
    return false;
  }

  private readonly firstWordCache = new Map<Sentence, number>();
  private firstWordOf(s: Sentence): number {
    let f = this.firstWordCache.get(s);
    if (f === undefined) {
      f = this.firstWord(s.toks);
      this.firstWordCache.set(s, f);
    }
    return f;
  }

  private firstWord(toks: readonly Tok[]): number {
    let i = 0;
    while (i < toks.length && toks[i]!.k !== 'w') i++;
    return i;
  }

  private setSpeaker(s: Sentence, a: Attribution, sp: Speaker | null, strength: Strength): void {
    a.speaker = sp;
    a.strength = strength;
    if (strength >= 2) a.speechContext = true;
    if (sp) s.last = sp;
  }

  /** The speaker a quotation standing alone continues: earlier in the paragraph, or the paragraph before. */
  private precedingSpeaker(s: Sentence, qi: number): Speaker | null {
    for (let k = qi - 1; k >= 0 && k >= qi - 60; k--) {
      const t = s.toks[k]!;
      if (t.k === 'q') {
        const sp = this.result.get(t.q)?.speaker;
        if (sp) return sp;
      }
    }
    const opensParagraph = this.sentences[s.idx - 1]?.para !== s.para && qi <= this.firstWordOf(s);
    for (let j = s.idx - 1, n = 0; j >= 0 && n < 2; j--, n++) {
      const prev = this.sent(j);
      // a heading ends it, unless it is itself an attributed quotation: “…” he said (with no full stop)
      if (prev.heading && !(prev.last && prev.clauses.length)) return null;
      // across a paragraph break only from the paragraph's last sentence, to a paragraph that opens with the quotation
      if (prev.para !== s.para && (j !== s.idx - 1 || !opensParagraph)) return null;
      if (prev.last) return prev.last;
      if (prev.subject?.kind === 'person' && !prev.toks.some((x) => x.k === 'q')) return prev.subject;
      if (prev.para !== s.para) return null;
    }
    return null;
  }

  /** After all sentences: runs-on share a speaker; headings borrow from a quotation with the same words. */
  /**
   * Speakers shared across quotations, pass by pass. Each pass is a method of its own: V8 compiles
   * each when it is hot, and a pass meeting a case it has not seen deoptimises only itself (as one
   * function, the passes were compiled three times over, 50 ms each, on the BBC corpus).
   */
  private shareAcrossQuotes(): void {
    this.shareAfterQuoteOnly();
    this.shareBeforeAttributed();
    this.shareFromNeighbour();
    this.shareWithSubject();
    this.shareRunsOn();
    this.shareRunsOnChains();
    this.shareSameWords();
  }

  /** A short attribution sentence right after a quotation-only sentence: “…” Smith said. */
  private shareAfterQuoteOnly(): void {
    for (let i = 0; i + 1 < this.sentences.length; i++) {
      const s = this.sentences[i]!;
      const n0 = this.sentences[i + 1]!;
      if (s.heading || n0.para !== s.para || !s.analysed) continue;
      const last = s.toks[s.toks.length - 1];
      let qTok: Tok | undefined;
      for (let k = s.toks.length - 1; k >= 0 && !qTok; k--) if (s.toks[k]!.k === 'q') qTok = s.toks[k];
      if (!qTok || !last || (last !== qTok && last.k !== 'p')) continue;
      const a = this.result.get(qTok.q);
      if (!a || a.strength >= 2) continue;
      const n = this.ensure(n0);
      const c = n.clauses[0];
      if (!c || c.participle || !c.speaker || n.toks.some((x) => x.k === 'q') || n.toks.length > 14) continue;
      if (n.toks.some((x) => x.lo === 'that')) continue;
      const startsWithSubject = c.inverted ? c.v === 0 : c.np.start === 0 || (c.np.start === 1 && n.toks[0]!.k === 'p');
      if (!startsWithSubject) continue;
      a.speaker = c.speaker;
      a.strength = 2;
    }
  }

  /** A quotation standing alone before another that is attributed: “…” “…,” said X. */
  private shareBeforeAttributed(): void {
    for (let i = this.sentences.length - 2; i >= 0; i--) {
      const s = this.sentences[i]!;
      const n = this.sentences[i + 1]!;
      if (s.heading || n.para !== s.para || !s.analysed || !n.analysed) continue;
      if (!s.toks.every((x) => x.k === 'q' || x.k === 'p')) continue;
      const firstN = n.toks.find((x) => x.k === 'q');
      if (!firstN || n.toks[0]!.k !== 'q') continue;
      const b = this.result.get(firstN.q);
      if (!b?.speaker || b.strength < 2) continue;
      for (const x of s.toks) {
        const a = x.k === 'q' ? this.result.get(x.q) : undefined;
        if (a && !a.speaker) {
          a.speaker = b.speaker;
          a.strength = 1;
        }
      }
    }
  }

  /** A partial quotation in a sentence with no speech verb: the speaker of the next (or previous) sentence of the paragraph when that sentence quotes someone too. */
  private shareFromNeighbour(): void {
    for (const [id, a] of this.result) {
      if (a.speaker || a.heading || a.speechContext) continue;
      const at = this.quoteSentence.get(id);
      if (!at) continue;
      const s = at.s;
      // only when the sentence goes on about the same people: "For one, they agreed to a “working group”."
      if (s.subjectNp?.type !== 'pron') continue;
      for (const j of [s.idx + 1, s.idx - 1]) {
        const o0 = this.sentences[j];
        if (!o0 || o0.para !== s.para) continue;
        const o = this.ensure(o0);
        if (!o.clauses.length) continue;
        const qs = mapArray(o.toks.filter((x) => x.k === 'q'), (x) => this.result.get(x.q)).filter((x) => x?.speaker && x.strength >= 2);
        if (!qs.length) continue;
        a.speaker = qs[0]!.speaker;
        a.strength = 1;
        break;
      }
    }
  }

  /** A fragment in a sentence about a named person who is its subject: "Foxx paid tribute to the “beautiful legacy” of…" */
  private shareWithSubject(): void {
    for (const [id, a] of this.result) {
      if (a.speaker || a.heading || a.speechContext) continue;
      const at = this.quoteSentence.get(id);
      if (!at) continue;
      const s = at.s;
      if (s.subjectNp?.type === 'name' && s.subject?.kind === 'person' && s.subjectNp.start < at.ti && !this.passiveAfter(s.toks, s.subjectNp.start + s.subjectNp.words.length)) {
        a.speaker = s.subject;
        a.strength = 1;
      }
    }
  }

  /** Runs-on: a quotation continued in the next paragraph keeps its speaker. */
  private shareRunsOn(): void {
    for (let id = 0; id < this.quotes.length; id++) {
      const q = this.quotes[id]!;
      if (q.continues === -1) continue;
      const a = this.result.get(id);
      const b = this.result.get(q.continues);
      if (!a || !b) continue;
      if (b.speaker && (!a.speaker || a.strength < 3)) {
        a.speaker = b.speaker;
        a.strength = Math.max(a.strength, 2) as Strength;
      } else if (a.speaker && !b.speaker) {
        b.speaker = a.speaker;
        b.strength = Math.max(b.strength, 2) as Strength;
      }
    }
  }

  /** Chains of runs-on longer than two: propagate forwards again. */
  private shareRunsOnChains(): void {
    for (let id = 0; id < this.quotes.length; id++) {
      const q = this.quotes[id]!;
      const b = q.continues !== -1 ? this.result.get(q.continues) : undefined;
      const a = this.result.get(id);
      if (a && b && b.speaker && !a.speaker) a.speaker = b.speaker;
    }
  }

  /** Quotations with no speaker (headings above all) borrow one from a quotation with the same words. */
  private shareSameWords(): void {
    const words = (id: number) => contentWords(this.article.text.slice(this.quotes[id]!.start, this.quotes[id]!.end));
    let unresolved = false;
    for (const a of this.result.values()) if (!a.speaker) unresolved = true;
    if (!unresolved) return;
    const known: { id: number; w: Set<string>; sp: Speaker }[] = [];
    for (const [id, a] of this.result) if (a.speaker && known.length < 500) known.push({ id, w: new Set(words(id)), sp: a.speaker });
    // Known quotations by word (their places in `known`, in order): only those with every word of
    // the quotation can match, and they all have its word with the fewest known quotations.
    const byWord = new Map<string, number[]>();
    known.forEach((k, i) => {
      for (const x of k.w) (byWord.get(x) ?? byWord.set(x, []).get(x)!).push(i);
    });
    let budget = 20000;
    for (const [id, a] of this.result) {
      if (a.speaker) continue;
      if ((budget -= known.length) < 0) break;
      const w = words(id);
      if (w.length < 2) continue;
      let pool: number[] | undefined;
      for (const x of w) {
        const having = byWord.get(x);
        if (!having || !pool || having.length < pool.length) pool = having ?? [];
        if (!pool.length) break;
      }
      let best: { sp: Speaker; score: number } | null = null;
      for (const i of pool!) {
        const k = known[i]!;
        if (k.id === id) continue;
        if (!w.every((x) => k.w.has(x))) continue;
        const score = w.length / k.w.size;
        if (!best || score > best.score) best = { sp: k.sp, score };
      }
      if (best) {
        a.speaker = best.sp;
        a.strength = 1;
      }
    }
  }
}

/**
 * Where the text spells out an acronym: capitalised words whose initials are its letters, with
 * "and", "of", "for", "the", "in", "on", "&" and commas between them allowed ("Immigration, Refugees
 * and Citizenship Canada" for IRCC, "Parliamentary Budget Officer" for PBO). The first such phrase.
 */
function spellOut(text: string, acronym: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const glue = "(?:,?\\s+(?:(?:and|of|for|the|in|on|&)\\s+)*)";
  const parts = [...acronym].map((l) => `${l}[\\p{Ll}'’-]+`);
  const m = new RegExp(`(?<![\\p{L}])${parts.join(glue)}(?![\\p{L}])`, 'u').exec(text);
  return m ? m[0] : null;
}

/** Does the run of capitalised words at i contain an organisation word ("Markets Authority")? */
function orgAhead(toks: readonly Tok[], i: number): boolean {
  for (let k = i; k < toks.length && k < i + 5 && isCapWord(toks[k]); k++) if (ORG_WORDS.has(toks[k]!.lo)) return true;
  return false;
}

/** Tokens between a quotation and its speaker's name: a comma and words of a title ("Ryanair deputy chief executive"). */
function premodifiers(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from > 7) return false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.k === 'p' ? t.t !== ',' : t.k !== 'w' || NP_BREAK.has(t.lo) || SPEECH_VERB.has(t.lo)) return false;
  }
  return true;
}

const CONTRACTED_PRONOUN = /^(he|she)'(?:s|d|ll|re|ve)$/;

/** Auxiliaries and copulas: after a name they make it a clause's subject. */
const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', "isn't", "wasn't", "won't", "doesn't", "didn't", "hasn't"]);

const GENERIC_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'witness', 'police', 'lawyer', 'attorney', 'aide', 'adviser', 'advisor', 'man', 'woman', 'boy', 'girl', 'resident', 'residents', 'neighbour', 'neighbor', 'worker', 'employee', 'student', 'teacher', 'fan', 'supporter', 'critic', 'friend', 'relative', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'victim', 'expert', 'analyst', 'analysts', 'economist', 'doctor', 'nurse', 'protester', 'protestor', 'activist', 'campaigner']);

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'is', 'are', 'be', 'was', 'were', 'our', 'its', 'it', 'that', 'this', 'for', 'with', 'by', 'as', 'not', 'no']);
function contentWords(s: string): string[] {
  return mapArray((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)), (w) => w.replace(/s$/, ''));
}

export function blankOnly(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

export { lastKey };

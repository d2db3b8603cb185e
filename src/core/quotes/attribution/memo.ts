/**
 * Sentence analyses kept between runs of the incremental analysis, and the logged name table that
 * tells when a kept analysis is still right.
 */
import { mapArray } from '../../text';
import type { Gender, NameIndex, NameInfo } from '../names';
import type { Attribution, Clause, NP, Speaker } from './model';

/** The name-table questions attribution asks (answered by a `NameIndex`). */
export type NameQueries = Pick<NameIndex, 'lookup' | 'genderOf' | 'isPerson' | 'isTitled' | 'withRoles' | 'orgsWith'>;

/** A question asked while analysing a sentence, with the fingerprint of its answer: [kind, argument, answer]. */
export type Query = [string, string, string];

/** A name's entry as far as attribution can see it (its place in the table shows only as order in lists). */
function infoFp(n: NameInfo | null): string {
  if (!n) return '-';
  return `${n.name}\u0002${n.words.join(' ')}\u0002${n.count}\u0002${n.male}\u0002${n.female}\u0002${n.titled}\u0002${n.org}\u0002${n.modifier}\u0002${n.he}\u0002${n.she}\u0002${[...n.roles].join(' ')}`;
}

/** A name index that writes down every question and the fingerprint of its answer. */
export class LoggedNames implements NameQueries {
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

/** What analysing one sentence read and came to, for a later analysis of the same article to reuse. */
export interface SentenceMemo {
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
  /*
   * Kept by paragraph source in WeakMaps owned by this memo (one per incremental analyser, read and
   * written by attribution alone, from one run to the next; no other pass sees them). A source (the
   * analyser's prepared paragraph for one paragraph text) is worked out from the paragraph alone,
   * whereas a sentence memo depends on the article around it; so the memo, not the source, owns
   * them: `IncrementalAnalyzer.clear` drops them all by replacing the memo, and a paragraph text
   * the analyser forgets takes its entries with it.
   */
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

/**
 * The state of one article's attribution, owned by one object: its name table, its sentences (analysed
 * on demand, or all in order with a memo), what each quotation was attributed, and the questions
 * asked of the text. The phases build on it as subclasses: phrases → resolve → clauses → propagate.
 */
import { mapArray, type Article } from '../../text';
import { NOT_NAME, SPEECH_VERB } from '../lexicon';
import type { RawQuote } from '../marks';
import { NameIndex, splitTitle } from '../names';
import { isCapWord, isParticle, possessiveBase, startsLower, type Tok } from '../tokens';
import { type Speaker, type Sentence, type Attribution, LOOK_BACK, spellOut } from './model';
import { type PreparedParagraph, prepareParagraph, quoteRangesByParagraph, quotePlaces, namesFp } from './prepare';
import { type NameQueries, type Query, type SentenceMemo, type MemoInput, LoggedNames } from './memo';

export abstract class AttributionState {
  protected readonly index = new NameIndex();
  protected readonly names: NameQueries;
  protected readonly logged: LoggedNames | null;
  protected readonly sentences: Sentence[] = [];
  protected readonly quoteSentence = new Map<number, { s: Sentence; ti: number }>();
  protected lowerVocabCache: Set<string> | null = null;
  protected paraToks: (Tok[] | null)[] = [];
  readonly result = new Map<number, Attribution>();
  /** With a memo: what the sentence being analysed reads and asks. */
  protected log: { reads: Set<number>; queries: Query[] } | null = null;
  protected readonly acronyms = new Map<string, string | null>();
  protected readonly placeLikeCache = new Map<string, boolean>();
  protected readonly firstWordCache = new Map<Sentence, number>();

  /**
   * `prepared`: each paragraph's `prepareParagraph` (null for boilerplate), when the caller has them
   * (the incremental analysis keeps them per paragraph text); worked out here otherwise. `memo`:
   * sentence analyses kept from earlier runs over the same article (the incremental analysis).
   */
  constructor(
    protected readonly article: Article,
    protected readonly quotes: readonly RawQuote[],
    protected readonly prepared?: readonly (PreparedParagraph | null)[],
    protected readonly memo?: MemoInput,
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
  protected analyseAll({ memo, sources }: MemoInput): void {
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
  protected nameTableFp(sources: readonly (object | null)[]): string {
    const parts: string[] = [];
    for (let i = 0; i < sources.length; i++) {
      const pp = this.prepared?.[i];
      if (pp && pp.names.length) parts.push(namesFp(pp));
    }
    return parts.join('\u0004');
  }

  protected stillRight(s: Sentence, m: SentenceMemo, names: string): boolean {
    // a look-back that ran out of sentences might go further now
    if (Math.min(s.idx, LOOK_BACK + 1) !== m.before) return false;
    for (const [back, fp] of m.reads) if (this.sentences[s.idx - back]?.fp !== fp) return false;
    if (m.names === names) {
      // Same name table: only the vocabulary questions can have other answers.
      for (const [kind, arg, ans] of m.queries) if ((kind === 'C' || kind === 'A' || kind === 'H') && this.textAnswer(kind, arg) !== ans) return false;
      return true;
    }
    for (const [kind, arg, ans] of m.queries) {
      if ((kind === 'C' || kind === 'A' || kind === 'H' ? this.textAnswer(kind, arg) : this.logged!.answer(kind, arg)) !== ans) return false;
    }
    return true;
  }

  /**
   * The answer to a question asked of the article's text rather than its name table: 'C' is a word
   * the article writes in lower case, 'A' an acronym's spelling-out, 'H' a word written as a place
   * ("in X"). (The name table's kinds, L G P T W O, are `LoggedNames`'.)
   */
  protected textAnswer(kind: string, arg: string): string {
    if (kind === 'H') return this.placeLike(arg) ? '1' : '0';
    return kind === 'C' ? this.vocabAnswer(arg) : (this.spelledOut(arg) ?? '-');
  }

  /**
   * Does the article write this capitalised word as a place or an institution, after a preposition
   * of place or a determiner ("in Winnipeg", "at Ryanair", "the Mulder")? A person's bare surname is
   * rarely written so.
   */
  protected placeLike(word: string): boolean {
    let hit = this.placeLikeCache.get(word);
    if (hit === undefined) {
      const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      hit = new RegExp(`\\b(?:in|at|from|to|into|near|across|outside|around|throughout|the|The)\\s+${esc}(?![\\p{L}'’])`, 'u').test(this.article.text);
      this.placeLikeCache.set(word, hit);
    }
    this.log?.queries.push(['H', word, hit ? '1' : '0']);
    return hit;
  }

  /** "IRCC" → "Immigration, Refugees and Citizenship Canada" where the article spells it out. */
  protected spelledOut(acronym: string): string | null {
    let hit = this.acronyms.get(acronym);
    if (hit === undefined) {
      hit = spellOut(this.article.text, acronym);
      this.acronyms.set(acronym, hit);
    }
    return hit;
  }

  protected expandAcronym(acronym: string): string | null {
    const hit = this.spelledOut(acronym);
    this.log?.queries.push(['A', acronym, hit ?? '-']);
    return hit;
  }

  protected vocabAnswer(word: string): string {
    return this.lowerVocab().has(word) ? '1' : '0';
  }

  protected restore(s: Sentence, m: SentenceMemo): void {
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

  protected ensure(s: Sentence): Sentence {
    if (!s.analysed) {
      s.analysed = true;
      if (!this.memo) this.analyseSentence(s);
      // worked out already: mark what its analysis would have analysed
      else for (const j of s.reads!) this.ensure(this.sentences[j]!);
    }
    return s;
  }

  /** Sentence j, analysed. */
  protected sent(j: number): Sentence {
    if (this.log) {
      // every sentence before the one being analysed is worked out already
      this.log.reads.add(j);
      return this.sentences[j]!;
    }
    return this.ensure(this.sentences[j]!);
  }

  protected isCommonWord(t: Tok): boolean {
    if (NOT_NAME.has(t.lo)) return true;
    const lower = this.lowerVocab().has(t.lo);
    this.log?.queries.push(['C', t.lo, lower ? '1' : '0']);
    return lower || SPEECH_VERB.has(t.lo);
  }

  /** Words the article writes in lower case (to tell a title-case headline's words from names). */
  protected lowerVocab(): Set<string> {
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

  protected mentionsOf(s: Sentence): Speaker[] {
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

  /** The people a sentence names clearly as people (in tokens [from, upTo), when given), in order. */
  protected collectMentions(s: Sentence, out: Speaker[], upTo = s.toks.length, from = 0): void {
    const toks = s.toks;
    for (let i = from; i < upTo; i++) {
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

  protected firstWordOf(s: Sentence): number {
    let f = this.firstWordCache.get(s);
    if (f === undefined) {
      f = this.firstWord(s.toks);
      this.firstWordCache.set(s, f);
    }
    return f;
  }

  protected firstWord(toks: readonly Tok[]): number {
    let i = 0;
    while (i < toks.length && toks[i]!.k !== 'w') i++;
    return i;
  }

  /** Works out a sentence's clauses, subject and speakers (the clause phase). */
  protected abstract analyseSentence(s: Sentence): void;
  /** Speakers shared across quotations once every sentence is analysed (the propagation phase). */
  protected abstract shareAcrossQuotes(): void;
}

/**
 * The last phase: speakers shared across quotations once every sentence is analysed (runs-on,
 * quotation-only sentences, headings that repeat a quotation's words).
 */
import { editDistance } from '../../common/strings';
import { mapArray } from '../../text';
import { isCommonWord as isEnglishWord } from '../../entities/lexicon';
import { CHARGE_CUES, CHARGE_DOCUMENT, DETERMINERS, PERSON_NOUNS, PRONOUNS_SUBJ, SPEECH_VERB } from '../lexicon';
import { isCapWord, startsLower, type Tok } from '../tokens';
import { type Speaker, type Strength, type Sentence, contentWords, FRONTING_SUBORDINATORS, FINITE_AUX, singularNoun, npDesc, pluralDesc, type NP } from './model';
import { ClauseReader } from './clauses';

export class Attributor extends ClauseReader {
  /** After all sentences: runs-on share a speaker; headings borrow from a quotation with the same words. */
  /**
   * Speakers shared across quotations, pass by pass. Each pass is a method of its own: V8 compiles
   * each when it is hot, and a pass meeting a case it has not seen deoptimises only itself (as one
   * function, the passes were compiled three times over, 50 ms each, on the BBC corpus).
   */
  protected override shareAcrossQuotes(): void {
    this.shareAfterQuoteOnly();
    this.shareBeforeAttributed();
    this.shareFromNeighbour();
    this.shareWithSubject();
    this.shareChargeWording();
    this.shareRunsOn();
    this.shareRunsOnChains();
    this.shareHeadingWithBody();
    this.shareSameWords();
  }

  /**
   * Headline, subhead and caption words go to whoever says them in the article's body. A heading's
   * quotation with no speaker, a weak one, or an organisation or description its own subject gives
   * ("Police call protest ‘unlawful’"), takes the speaker of a body sentence that quotes the
   * same words (a word misspelt, or words split over two quotations of one sentence, still count:
   * ‘Fairness and openess’ → “… its fairness, openness …”), else of one of the two sentences under
   * it that says them in a speech clause ("Deal ‘unlikely’" → "…, saying a quick deal was unlikely"). And a
   * quotation given only to a description ("An official said … the ‘unlawful’ nature", a caption,
   * a standfirst's "a resident said" or "the woman affected said") takes the named person the
   * body quotes with the same words, or (three content words or more) with words that hold them all.
   */
  protected shareHeadingWithBody(): void {
    this.wordsOfQuote.clear();
    this.byWordsKey = undefined;
    for (const [id, a] of this.result) {
      const heading = a.heading && (a.strength < 2 || a.speaker?.kind !== 'person');
      // (a group, "the award's judges", is none of its members)
      const described = !a.heading && a.speaker?.kind === 'desc' && /^(?:a|an|one|the) /i.test(a.speaker.name) && !pluralDesc(a.speaker.name);
      if (!heading && !described) continue;
      const at = this.quoteSentence.get(id);
      if (!at) continue;
      const words = this.quoteWords(id);
      if (!words.length) continue;
      const sp = heading ? this.bodySpeaker(words, at.s) : this.namedSpeakerOfSameWords(id, words) ?? (words.length >= 3 ? this.namedHolderOf(words, at.s) : null);
      if (sp) {
        a.speaker = sp;
        a.strength = 1;
      }
    }
  }

  /** Content words of each quotation, worked out once per pass (`quoteWords`). */
  protected readonly wordsOfQuote = new Map<number, string[]>();

  protected quoteWords(id: number): string[] {
    let w = this.wordsOfQuote.get(id);
    if (!w) this.wordsOfQuote.set(id, (w = contentWords(this.quoteText(id))));
    return w;
  }

  protected quoteText(id: number): string {
    const q = this.quotes[id]!;
    return this.article.text.slice(q.start, q.end);
  }

  /**
   * The speaker of the body sentence that quotes these words most closely (the fewest other words),
   * the nearest after heading h first, then before it; else of the section's speech clause.
   */
  protected bodySpeaker(words: readonly string[], h: Sentence): Speaker | null {
    const n = this.sentences.length;
    let best: Speaker | null = null;
    let bestFit = 0;
    const consider = (j: number): void => {
      const hit = this.quotingSpeaker(this.sentences[j]!, words);
      if (hit && hit.fit > bestFit) {
        best = hit.speaker;
        bestFit = hit.fit;
      }
    };
    // (within BODY_REACH sentences of the heading: a heading's story is around it, and a huge
    // article of many headings is not read through once per heading)
    for (let j = h.idx + 1; j < n && j <= h.idx + BODY_REACH; j++) consider(j);
    for (let j = h.idx - 1; j >= 0 && j >= h.idx - BODY_REACH; j--) consider(j);
    if (best) return best;
    // the words unquoted, in a speech clause of the first two sentences under the heading (further
    // on, a word or two of a headline is too common to tell whose they are)
    for (let j = h.idx + 1, seen = 0; j < n && seen < 2; j++, seen++) {
      const s = this.sentences[j]!;
      if (s.heading) break;
      const pool = contentWords(mapArray(s.toks, (t) => t.t).join(' '));
      if (!coveredBy(words, pool)) continue;
      const c = this.ensure(s).clauses.find((x) => x.speaker && !x.according);
      if (c) return c.speaker;
    }
    return null;
  }

  /**
   * The speaker of a body sentence whose quotations (of one speaker, surely attributed) hold these
   * words, and how closely (the share of their words that are these).
   */
  protected quotingSpeaker(s: Sentence, words: readonly string[]): { speaker: Speaker; fit: number } | null {
    if (s.heading || !s.quoteAt.length || !s.analysed) return null;
    let best: { speaker: Speaker; fit: number } | null = null;
    for (const ti of s.quoteAt) {
      const sp = this.result.get(s.toks[ti]!.q);
      if (!sp?.speaker || sp.strength < 2 || sp.heading) continue;
      const pool = new Set<string>();
      for (const tj of s.quoteAt) {
        const b = this.result.get(s.toks[tj]!.q);
        if (b?.speaker === sp.speaker) for (const w of this.quoteWords(s.toks[tj]!.q)) pool.add(w);
      }
      const list = [...pool];
      if (!coveredBy(words, list)) continue;
      const fit = words.length / Math.max(words.length, list.length);
      if (!best || fit > best.fit) best = { speaker: sp.speaker, fit };
    }
    return best;
  }

  /** The named person whose surely attributed quotation elsewhere in the article holds all these words (the closest fit). */
  protected namedHolderOf(words: readonly string[], h: Sentence): Speaker | null {
    let best: Speaker | null = null;
    let bestFit = 0;
    for (let j = Math.max(0, h.idx - BODY_REACH); j < this.sentences.length && j <= h.idx + BODY_REACH; j++) {
      if (j === h.idx) continue;
      const hit = this.quotingSpeaker(this.sentences[j]!, words);
      if (hit && hit.speaker.kind === 'person' && hit.fit > bestFit) {
        best = hit.speaker;
        bestFit = hit.fit;
      }
    }
    return best;
  }

  /** A named person quoted elsewhere in the article with exactly these words, surely attributed. */
  protected namedSpeakerOfSameWords(id: number, words: readonly string[]): Speaker | null {
    // The surely attributed quotations of named people by their set of words, listed once per pass
    // (not a pass over every quotation for each one asked: an article of thousands stays linear).
    if (!this.byWordsKey) {
      this.byWordsKey = new Map();
      for (const [other, b] of this.result) {
        if (b.heading || b.strength < 2 || b.speaker?.kind !== 'person') continue;
        const w = this.quoteWords(other);
        if (!w.length) continue;
        const k = wordsKey(w);
        const list = this.byWordsKey.get(k);
        if (!list) this.byWordsKey.set(k, [{ id: other, speaker: b.speaker }]);
        else if (list.length < 2) list.push({ id: other, speaker: b.speaker });
      }
    }
    const found = this.byWordsKey.get(wordsKey(words));
    return found?.find((x) => x.id !== id)?.speaker ?? null;
  }

  /** namedSpeakerOfSameWords' list: the first two quotations of each set of words. */
  protected byWordsKey: Map<string, { id: number; speaker: Speaker }[]> | undefined;

  /** A short attribution sentence right after a quotation-only sentence: “…” Smith said. */
  protected shareAfterQuoteOnly(): void {
    for (let i = 0; i + 1 < this.sentences.length; i++) {
      const s = this.sentences[i]!;
      const n0 = this.sentences[i + 1]!;
      if (s.heading || n0.para !== s.para || !s.analysed) continue;
      const last = s.toks[s.toks.length - 1];
      // the sentence ends with its quotation (punctuation after it at most: not "… accusations of
      // “spin” and over-slick presentation." before "X himself has said …")
      let qTok: Tok | undefined;
      let words = false;
      for (let k = s.toks.length - 1; k >= 0 && !qTok; k--) {
        if (s.toks[k]!.k === 'q') qTok = s.toks[k];
        else if (s.toks[k]!.k === 'w') words = true;
      }
      if (!qTok || !last || words) continue;
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
  protected shareBeforeAttributed(): void {
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
  protected shareFromNeighbour(): void {
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
        // "According to Marsh, the caucus left the meeting. They then led … where “havoc broke out”":
        // the account the sentence before opens with goes on
        const frame = j < s.idx && o.clauses[0]!.according && o.clauses[0]!.v === 0 ? o.clauses[0]!.speaker : null;
        if (frame?.kind === 'person') {
          a.speaker = frame;
          a.strength = 1;
          break;
        }
        const qs = mapArray(o.toks.filter((x) => x.k === 'q'), (x) => this.result.get(x.q)).filter((x) => x?.speaker && x.strength >= 2);
        if (!qs.length) continue;
        a.speaker = qs[0]!.speaker;
        a.strength = 1;
        break;
      }
    }
  }

  /** A fragment in a sentence about a named person who is its subject: "Foxx paid tribute to the “beautiful legacy” of…" */
  protected shareWithSubject(): void {
    for (const [id, a] of this.result) {
      if (a.speaker || a.heading || a.speechContext) continue;
      const at = this.quoteSentence.get(id);
      if (!at) continue;
      const s = at.s;
      const np = s.subjectNp;
      if (!np || (np.type !== 'name' && np.type !== 'desc') || !s.subject || np.start >= at.ti || this.passiveAfter(s.toks, np.start + np.words.length)) continue;
      // "Doe died after a report downgraded her school from “outstanding”", "… while the other women
      // clucked over her “ballsy” move": words in an adverbial clause with a subject of its own are
      // that subject's if it is a person or people ("when the board adopted “…”" holds no wording), else
      // nobody's, not the main clause's
      const inner = subordinateSubject(s.toks, np.start + np.words.length, at.ti);
      if (inner) {
        const sub = this.clauseSubject(s, inner.at, inner.verb);
        const sp = sub.type === 'name' || sub.type === 'desc' ? this.resolve(sub, s, inner.at) : null;
        // ("the other women": people, though the plural is no role noun of the lexicon)
        const people = sp?.kind === 'desc' && sub.type === 'desc' && PERSON_NOUNS.has(singularNoun(sub.head));
        if (sp && (sp.kind === 'person' || (sp.kind === 'desc' && sp.human) || people)) {
          a.speaker = people && !sp.human ? { name: sp.name, kind: 'desc', gender: sp.gender, human: true } : sp;
          a.strength = 1;
        }
        continue;
      }
      const person = np.type === 'name' && s.subject.kind === 'person';
      // An organisation or a document as the subject holds a phrase of its wording: "An August
      // agency report found that … “significant downward revisions” …" (the report's author). A word
      // or two in marks under such a subject is a term or a scare quote, nobody's words.
      // (A sentence's first word capitalised is no name when it is a common word: "Governance lassitude was …".)
      const commonWord = np.type === 'name' && np.words.length === 1 && isEnglishWord(np.words[0]!.toLowerCase());
      const holder = s.subject.kind === 'org' && !commonWord && this.wordingLength(id);
      if (person || holder) {
        a.speaker = s.subject;
        a.strength = 1;
      }
    }
  }

  /** The subject of a clause from token `at` to its verb: a name, a pronoun, or the words of a description ("the other women"). */
  protected clauseSubject(s: Sentence, at: number, verb: number): NP {
    const np = this.forwardNP(s.toks, at, s);
    if (np.type !== 'none' || !DETERMINERS.has(s.toks[at]!.lo)) return np;
    const words = mapArray(s.toks.slice(at + 1, verb), (x) => x.lo);
    return words.length ? npDesc(words, words[words.length - 1]!, s.toks[at]!.lo, null, at) : np;
  }

  /**
   * The words of a charge ("Doe is charged with “practising fraud”") are the charging document's,
   * not the accused's (nor anyone's a sentence names without a speech verb): the charge sheet,
   * indictment or court records the article cites, else "court documents".
   */
  protected shareChargeWording(): void {
    let doc: Speaker | null = null;
    for (const [id, a] of this.result) {
      if (a.speaker && a.strength >= 2) continue;
      const at = this.quoteSentence.get(id);
      if (!at || !chargeBefore(at.s.toks, at.ti)) continue;
      doc ??= this.chargingDocument();
      a.speaker = doc;
      a.strength = 1;
    }
  }

  protected chargingDocument(): Speaker {
    const m = CHARGE_DOCUMENT.exec(this.article.text);
    const named = m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : 'court documents';
    return { name: named.startsWith('court ') ? 'court documents' : named, kind: 'desc', gender: null, human: false };
  }

  /** Three words or more: a phrase long enough to be somebody's wording. */
  protected wordingLength(id: number): boolean {
    const q = this.quotes[id]!;
    return (this.article.text.slice(q.start, q.end).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0) >= 3;
  }

  /**
   * Runs-on: a quotation continued in the next paragraph keeps its speaker. Last to first, so that
   * an attribution that closes the last of several paragraphs ("“…\n\n“…\n\n“…,” says X") reaches
   * back to the first; `shareRunsOnChains` carries a speaker forwards the whole length of a chain.
   * That closing attribution outweighs a mere guess from context for the paragraphs before it.
   */
  protected shareRunsOn(): void {
    for (let id = this.quotes.length - 1; id >= 0; id--) {
      const prev = this.continuedFrom(id);
      if (prev === -1) continue;
      const a = this.result.get(id);
      const b = this.result.get(prev);
      if (!a || !b) continue;
      if (a.speaker && (!b.speaker || (a.strength === 3 && b.strength < 2 && !this.goesOnFromQuoteBefore(prev)))) {
        b.speaker = a.speaker;
        b.strength = Math.max(b.strength, 2) as Strength;
      } else if (b.speaker && (!a.speaker || a.strength < 3)) {
        a.speaker = b.speaker;
        a.strength = Math.max(a.strength, 2) as Strength;
      }
    }
  }

  /**
   * The quotation `id` goes on from: the one that ran on into its paragraph, or, in one paragraph,
   * an unclosed one it opens right after ("“We think he is fine. “He will report back tomorrow.” –
   * Jo Roe": a speaker's paragraphs run together on one line, each with its opening mark), else -1.
   */
  protected continuedFrom(id: number): number {
    const q = this.quotes[id]!;
    if (q.continues !== -1) return q.continues;
    const p = this.quotes[id - 1];
    if (!p || !p.unclosed || p.continuesNext || p.paragraph !== q.paragraph) return -1;
    for (let k = p.end; k < q.open; k++) if (!/\s/.test(this.article.text[k]!)) return -1;
    return id - 1;
  }

  /**
   * The quotation `id` took its (inherited) speaker from an attributed quotation just before it in
   * its paragraph ("“…,” he said. “The main concern is my age …"): it may as well go on from those
   * words as lead to the next attribution, so that attribution does not override it.
   */
  protected goesOnFromQuoteBefore(id: number): boolean {
    const q = this.quotes[id]!;
    const p = this.quotes[id - 1];
    const a = this.result.get(id);
    const b = p && p.paragraph === q.paragraph ? this.result.get(id - 1) : undefined;
    return !!b?.speaker && b.strength >= 2 && b.speaker.name === a?.speaker?.name;
  }

  /** Chains of runs-on longer than two: propagate forwards again, first to last. */
  protected shareRunsOnChains(): void {
    for (let id = 0; id < this.quotes.length; id++) {
      const prev = this.continuedFrom(id);
      const b = prev !== -1 ? this.result.get(prev) : undefined;
      const a = this.result.get(id);
      if (a && b && b.speaker && !a.speaker) a.speaker = b.speaker;
    }
  }

  /** Quotations with no speaker (headings above all) borrow one from a quotation with the same words. */
  protected shareSameWords(): void {
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

/** Is every word among the pool's, or one edit from one of them (a misspelling of a longer word)? */
function coveredBy(words: readonly string[], pool: readonly string[]): boolean {
  return words.every((w) => pool.some((p) => p === w || (w.length >= 5 && p.length >= 5 && editDistance(w, p, 1) <= 1)));
}

/** Is the quotation at ti the words of a charge: "charged with (the) “…”", "convicted of “…”"? */
function chargeBefore(toks: readonly Tok[], ti: number): boolean {
  let k = ti - 1;
  if (toks[k]?.lo === 'the' || toks[k]?.lo === 'a' || toks[k]?.lo === 'an') k--;
  const prep = toks[k];
  const verb = toks[k - 1];
  return !!prep && !!verb && prep.k === 'w' && verb.k === 'w' && !!CHARGE_CUES.get(prep.lo)?.has(verb.lo);
}

/** Sentences before and after a heading where its quoted words are looked for in the body. */
const BODY_REACH = 400;

/** A set of words as one key (order and repeats aside). */
function wordsKey(words: readonly string[]): string {
  return [...new Set(words)].sort().join(' ');
}

/**
 * Where the subject of an adverbial clause that opens between tokens from and to begins, and its verb: a
 * subordinator, then a determiner, pronoun or name, and within a few words a finite verb ("after a
 * report downgraded", "while the other women clucked"). Not "after the “beautiful” speech" (no
 * verb), nor "if" (after a speech verb it asks: "asking him if he is a “…”").
 */
function subordinateSubject(toks: readonly Tok[], from: number, to: number): { at: number; verb: number } | null {
  for (let k = from; k < to - 2; k++) {
    const next = toks[k + 1]!;
    if (!FRONTING_SUBORDINATORS.has(toks[k]!.lo) || toks[k]!.lo === 'if' || next.k !== 'w' || !(DETERMINERS.has(next.lo) || PRONOUNS_SUBJ.has(next.lo) || isCapWord(next))) continue;
    for (let m = k + 2; m < to && m <= k + 7 && toks[m]!.k === 'w'; m++) {
      if (!FINITE_AUX.has(toks[m]!.lo) && !(/ed$/.test(toks[m]!.lo) && startsLower(toks[m]!.t))) continue;
      // the clause goes on to the quotation: no comma nor another verb of saying closes it first
      return toks.slice(m + 1, to).some((x) => x.t === ',' || SPEECH_VERB.has(x.lo)) ? null : { at: k + 1, verb: m };
    }
  }
  return null;
}

/**
 * Around a speech verb: whether the word is a verb of saying here at all (a noun in a compound, a
 * weak verb with no quotation near, "quoted X as saying"), a passive after a subject, an aside after
 * an organisation's name, and a person's name in apposition to the subject or after the verb.
 */
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, NP_BREAK, PERSON_NOUNS, PRONOUNS_SUBJ, SPEECH_VERB } from '../lexicon';
import { isCapWord, startsUpper, type Tok } from '../tokens';
import { tokAt, npName, type NP, type Sentence, isLy } from './model';
import { Resolver } from './resolve';

export abstract class VerbContext extends Resolver {
  /**
   * A speech verb's bare form inside a noun phrase after a determiner and capitalised modifiers:
   * "the California recall election", "a Senate report on", "the Ford recall." — a noun, not a
   * verb whose subject is the capitalised word ("California recalled"). The bare form cannot agree
   * with one name as subject anyway; a plural organisation ("the Government say that …", "the club
   * say: …") is still read as a subject when the verb is followed by what a verb takes: that, a
   * quotation, a colon, a pronoun or a determiner.
   */
  protected nounInCompound(toks: readonly Tok[], i: number, base: string): boolean {
    const t = toks[i]!;
    if (t.lo !== base || /s$/.test(base)) return false;
    let k = i - 1;
    while (k >= 0 && toks[k]!.k === 'w' && startsUpper(toks[k]!.t) && !DETERMINERS.has(toks[k]!.lo)) k--;
    if (k === i - 1 || k < 0 || !DETERMINERS.has(toks[k]!.lo)) return false;
    const next = toks[i + 1];
    if (!next) return true;
    if (next.k === 'q' || next.t === ':' || next.t === ',') return false;
    if (next.k !== 'w') return true;
    return !(next.lo === 'that' || PRONOUNS_SUBJ.has(next.lo) || DETERMINERS.has(next.lo) || next.lo === 'it' || next.lo === 'them' || next.lo === 'him' || next.lo === 'her');
  }

  /**
   * “…,” says local resident, Sal Deanda. / said a neighbour, Mary Roe, on Monday: a description
   * (no more than six words, no verb) and then, after a comma, a person's name that ends the clause —
   * the name, in apposition, is the speaker. Not "said Smith, a spokesman" (the name comes first)
   * nor "said residents, officials and police" (a list: no person's name).
   */
  protected nameInApposition(toks: readonly Tok[], from: number, s: Sentence): NP | null {
    let comma = -1;
    for (let k = from; k < toks.length && k <= from + 6; k++) {
      const x = toks[k]!;
      if (x.t === ',') { comma = k; break; }
      if (x.k !== 'w' || SPEECH_VERB.has(x.lo) || x.lo === 'and' || x.lo === 'or') return null;
    }
    if (comma <= from) return null;
    const np = this.forwardNP(toks, comma + 1, s);
    if (np.type !== 'name' || !this.isPersonName(np.words)) return null;
    const after = tokAt(toks, comma + 1 + np.words.length);
    if (after && after.k === 'w' && after.lo !== 'on' && after.lo !== 'in' && after.lo !== 'at') return null;
    if (after && after.k === 'q') return null;
    return np;
  }

  /** In "quoted X as saying" (X with an apposition: "cited Jo Roe, a farmer, as saying"), the index of "as" before a speech participle in a short phrase after i (of the participle after "quoted X saying"), else -1. */
  protected quotedAs(toks: readonly Tok[], i: number): number {
    for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
      const x = toks[k]!;
      if (x.k !== 'w' && x.t !== ',') return -1;
      if (x.lo === 'as') return /ing$/.test(toks[k + 1]?.lo ?? '') && SPEECH_VERB.has(toks[k + 1]!.lo) ? k : -1;
      // "state media quoted Minister Jo Roe saying “…”": "as" left out after "quoted"
      if (k > i + 1 && /ing$/.test(x.lo) && SPEECH_VERB.has(x.lo) && /^quote[ds]$/.test(toks[i]!.lo) && isCapWord(toks[k - 1])) return k;
    }
    return -1;
  }

  /** Weak speech verbs (called, read, continued…) count only with a person or a quotation close by. */
  protected weakOk(toks: readonly Tok[], i: number): boolean {
    const lo = toks[i]!.lo;
    if (/^(?:call|calls|called|calling|term|terms|termed|label|labels|labelled|labeled)$/.test(lo)) {
      // the noun ("on the earnings call, and said “…”", "a call for …"): after a determiner, or with
      // nothing it calls after it
      if (/^(?:call|calls|term|terms|label|labels)$/.test(lo) && (DETERMINERS.has(toks[i - 1]?.lo ?? '') || toks[i + 1]?.k === 'p')) return false;
      // the noun after a singular article and its modifiers ("received a distress call that “…”",
      // "an emergency phone call"): the bare form cannot be the verb of a singular subject
      // ("a spokesman calls it …" still is, with its -s)
      if (/^(?:call|term|label)$/.test(lo) && this.afterSingularArticle(toks, i)) return false;
      // a participle naming the noun before it ("The woman, called Rana, stayed awake one “long” night")
      if (lo === 'called' && toks[i - 1]?.t === ',' && PERSON_NOUNS.has(toks[i - 2]?.lo ?? '') && isCapWord(toks[i + 1])) return false;
      // "called it a “…”", "called for “…”", "called the strike a “…”"
      for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
        if (toks[k]!.k === 'q') return true;
        if (toks[k]!.k === 'p' && toks[k]!.t !== ',' && toks[k]!.t !== '-') return false;
      }
      return false;
    }
    // "the paper quoted her as saying": the participle that follows brings the words
    if (/^(?:quoted|quotes|cited|cites|reported|reports)$/.test(lo) && this.quotedAs(toks, i) !== -1) return true;
    // a trailing attribution: “…”, Mr Learmount continued
    for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
      const t = toks[k]!;
      if (t.k === 'q') return true;
      if (t.k === 'p' ? t.t !== ',' : NP_BREAK.has(t.lo)) break;
    }
    // continued / read / began: only right before or after a quotation
    return toks[i + 1]?.k === 'q' || toks[i + 1]?.t === ':' || toks[i - 1]?.k === 'q' || (toks[i - 1]?.t === ',' && toks[i - 2]?.k === 'q') ||
      // "France Telecom reported that “an attack is unlikely”"
      (toks[i + 1]?.lo === 'that' && toks[i + 2]?.k === 'q') ||
      ((toks[i + 1]?.t === ',' || toks[i + 1]?.t === ':') && toks[i + 2]?.k === 'q') || this.objectThenColon(toks, i);
  }

  /** One or two lower-case modifiers between token i and a singular article before them ("a distress ⟨call⟩", "an emergency phone ⟨call⟩"). */
  private afterSingularArticle(toks: readonly Tok[], i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = toks[k]!;
      if (t.k !== 'w') return false;
      if (t.lo === 'a' || t.lo === 'an') return k < i - 1;
      if (startsUpper(t.t) || SPEECH_VERB.has(t.lo) || NP_BREAK.has(t.lo) || DETERMINERS.has(t.lo)) return false;
    }
    return false;
  }

  /** "before texting a friend: “…”", "messaged his mother: “…”": a short object, then a colon and the quotation. */
  private objectThenColon(toks: readonly Tok[], i: number): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
      const t = toks[k]!;
      if (t.t === ':') return k > i + 1 && toks[k + 1]?.k === 'q';
      if (t.k !== 'w') return false;
    }
    return false;
  }

  /**
   * An organisation's name followed at once by an aside ("The Parents Council (PC), which monitors
   * TV, said"): its own verb comes after the aside. Not "Mobiles are …, say two reports".
   */
  protected asideAfter(toks: readonly Tok[], np: NP): boolean {
    const punct = toks.slice(np.start, np.start + (np.type === 'name' ? np.words.length : 0) + 2).find((x) => x.k !== 'w');
    return !!punct && (punct.t === ',' || punct.t === '(');
  }

  /** The person's name between commas a little after token `from`, before any verb: ", Kevin Haley, agreed". */
  protected appositionName(toks: readonly Tok[], from: number): NP | null {
    for (let k = from + 1; k < toks.length && k < from + 12; k++) {
      const t = toks[k]!;
      // "The Prime Minister (PM), Bob Loughman, conveyed": an abbreviation in brackets after the title
      if (t.t === '(' && toks[k + 2]?.t === ')' && /^\p{Lu}{2,6}$/u.test(toks[k + 1]?.t ?? '')) {
        k += 2;
        continue;
      }
      if (t.k === 'q' || (t.k === 'p' && t.t !== ',' && t.t !== '-')) return null;
      if (t.t !== ',' || !isCapWord(toks[k + 1])) continue;
      let e = k + 1;
      const words: string[] = [];
      while (e < toks.length && isCapWord(toks[e])) words.push(toks[e++]!.t);
      if (words.length >= 2 && toks[e]?.t === ',' && this.isPersonName(words)) return npName(words, k + 1);
    }
    return null;
  }

  /** "X has been accused of…", "X was told…": the subject is not the one speaking. */
  protected passiveAfter(toks: readonly Tok[], k: number): boolean {
    for (let n = 0; k < toks.length && n < 4; k++, n++) {
      const t = toks[k]!;
      if (t.lo === 'been' || t.lo === 'being' || t.lo === 'got') return true;
      if ((t.lo === 'was' || t.lo === 'were' || t.lo === 'is' || t.lo === 'are') && /ed$/.test(toks[k + 1]?.lo ?? '')) return true;
      if (t.k !== 'w' || !(BETWEEN_SUBJECT_AND_VERB.has(t.lo) || isLy(t))) return false;
    }
    return false;
  }
}

/**
 * Reading noun phrases: a sentence's subject, the phrase before a speech verb (walking back over
 * asides) or after it (“…,” said X), names, pronouns and descriptions.
 */
import { mapArray } from '../../text';
import { NUMBER_WORDS } from '../../common/numberWords';
import { DETERMINERS, FRONTED_ADVERBS, NOT_NAME, ORG_WORDS, NOT_SPEAKER_NOUNS, NP_BREAK, ORG_NOUNS, PERSON_NOUNS, PRONOUNS_SUBJ, SPEECH_VERB, NATIONALITY, TITLES, PREPOSITIONS, DOCUMENT_NOUNS } from '../lexicon';
import { isTitleWord, ofJoins, splitTitle } from '../names';
import { isCapWord, isParticle, possessiveBase, startsLower, type Tok } from '../tokens';
import { type NP, tokAt, npNone, npCoord, npName, npPron, npRel, withStart, npDesc, type Sentence, skipBetween, DASHES, orgAhead, orgForStart, singularNoun, CONTRACTED_PRONOUN, FINITE_AUX } from './model';
import { AttributionState } from './state';

/**
 * After a dateline that opens a sentence, the index of the first token of the body, else -1: a place
 * in capitals ("ORBURY", "ORBURY/LENTON"), then capitalised words, commas and an agency in brackets
 * (", Eastland (AP)"), then a dash.
 */
function datelineEnd(toks: readonly Tok[], i: number): number {
  const first = toks[i];
  if (!first || first.k !== 'w' || !/^\p{Lu}[\p{Lu}.'’-]{2,}$/u.test(first.t)) return -1;
  for (let k = i + 1; k < toks.length && k <= i + 10; k++) {
    const x = toks[k]!;
    if (DASHES.has(x.t)) return toks[k + 1]?.k === 'w' ? k + 1 : -1;
    if (x.k === 'q' || (x.k === 'w' ? !isCapWord(x) : !(x.t === ',' || x.t === '/' || x.t === '(' || x.t === ')'))) return -1;
  }
  return -1;
}

/** An honorific that begins a person's name: Mr, Mrs, Ms, Miss, Dr. */
const HONORIFIC_AT = /^(?:mr|mrs|ms|miss|dr)\.?$/;

/** Plural nouns for the people who are with someone ("Jo Roe and colleagues"). */
const COMPANIONS = new Set(['colleagues', 'co-authors', 'coauthors', 'team', 'teammates', 'aides', 'others']);

export abstract class PhraseReader extends AttributionState {
  protected subjectStart(toks: readonly Tok[], heading: boolean, from = 0): number {
    let i = from;
    while (i < toks.length && toks[i]!.k === 'p') i++;
    // "ORBURY/LENTON, Eastland (AP) — Acme has …": a dateline's places before its dash are no subject
    if (from === 0 && !heading) {
      const body = datelineEnd(toks, i);
      if (body !== -1) return this.subjectStart(toks, heading, body);
    }
    const first = toks[i];
    if (!first || first.k !== 'w') return -1;
    const lo = first.lo;
    const fronted = (NOT_NAME.has(lo) && !PRONOUNS_SUBJ.has(lo) && lo !== 'the' && lo !== 'a' && lo !== 'an' && !DETERMINERS.has(lo)) ||
      /^\p{L}+(?:ing|ed)$/u.test(first.t) && !isCapWord(toks[i + 1]) ||
      // "Nonetheless, she …", "First though, Onyeka …", "Besides Demi, the others …"
      (FRONTED_ADVERBS.has(lo) && (toks[i + 1]?.t === ',' || toks[i + 2]?.t === ','));
    if (fronted && !heading) {
      if (['but', 'and', 'so', 'yet', 'still', 'now', 'then', 'also', 'however', 'meanwhile', 'indeed', 'instead'].includes(lo)) {
        i++;
        if (toks[i]?.t === ',') i++;
        // "But knowing her time is finite, she …": a fronted phrase after the conjunction too
        return i >= toks.length ? -1 : from === 0 ? this.subjectStart(toks, heading, i) : i;
      }
      for (let j = i + 1; j < Math.min(toks.length, i + 25); j++) {
        if (toks[j]!.k === 'q') return -1;
        // "When asked which is harder, being on the mound or on the course, Mulder didn't hesitate":
        // a gerund or a preposition after the comma goes on with the fronted phrase; the subject
        // comes after a later comma
        if (toks[j]!.t === ',') {
          const nx = toks[j + 1];
          if (nx && nx.k === 'w' && startsLower(nx.t) && (/^\p{L}{2,}ing$/u.test(nx.lo) || PREPOSITIONS.has(nx.lo)) &&
            toks.slice(j + 2, i + 25).some((x) => x.t === ',')) continue;
          return j + 1 < toks.length ? j + 1 : -1;
        }
      }
      return -1;
    }
    return i;
  }

  /** A noun phrase read forwards from token i: a name, a pronoun or a description. */
  protected forwardNP(toks: readonly Tok[], i: number, s: Sentence, subjectAt = false): NP {
    const t = toks[i];
    if (!t || t.k !== 'w') return npNone(i);
    // "27-year-old Ross", "former minister Smith"
    if ((/^\d+-year-old$/.test(t.lo) || t.lo === 'former' || t.lo === 'veteran') && toks[i + 1]?.k === 'w') {
      const np = this.forwardNP(toks, i + 1, s);
      if (np.type === 'name') return npName(np.words, i);
    }
    if (PRONOUNS_SUBJ.has(t.lo)) return npPron(t.lo, i);
    // "One of the wives of Winston Doe", "one of his aides": a member of a group of people
    if (t.lo === 'one' && toks[i + 1]?.lo === 'of') {
      const member = this.memberOf(toks, i, s);
      if (member) return member;
    }
    // "he's been unable", "she'd": a contracted pronoun is a subject too
    const contracted = CONTRACTED_PRONOUN.exec(t.lo);
    if (contracted && subjectAt) return npPron(contracted[1]!, i);
    if (isCapWord(t)) {
      const words: string[] = [];
      let j = i;
      let orgFor = false;
      while (j < toks.length && j < i + 10) {
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
        if ((w.lo === 'and' || w.t === '&') && isCapWord(toks[j + 1]) && (orgFor || orgAhead(toks, j + 1))) {
          words.push(w.t);
          j++;
          continue;
        }
        // "the Organisation for Security and Co-operation in Europe", "Centre for Law and Democracy":
        // an organisation's name goes on over "for" (and then "and", and "in" before its last word)
        if (w.lo === 'for' && isCapWord(toks[j + 1]) && words.some((x) => ORG_WORDS.has(x.toLowerCase()))) {
          orgFor = true;
          words.push(w.t);
          j++;
          continue;
        }
        if (orgFor && w.lo === 'in' && isCapWord(toks[j + 1]) && !isCapWord(toks[j + 2]) && !possessiveBase(toks[j + 1]!)) {
          words.push(w.t, toks[j + 1]!.t);
          j += 2;
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
        // "A France Telecom spokeswoman said": no name after the role, so the phrase describes someone
        const head = toks[k - 1]!.lo;
        if (PERSON_NOUNS.has(head) && !this.isPersonName(words)) {
          const det = DETERMINERS.has(t.lo) ? t.lo : '';
          return npDesc([...words, ...mapArray(toks.slice(j, k), (x) => x.lo)], head, det, null, i);
        }
      }
      // "Law enforcement officials said", "Border guards said": a common word capitalised only because it
      // opens the sentence, then lower-case words to a person or organisation noun, is a description
      if (words.length === 1 && j === i + 1 && (i === 0 || !isCapWord(tokAt(toks, i - 1))) && this.sentenceInitial(toks, i, s) && this.isCommonWord(t) && !this.names.lookup(words)?.titled) {
        const np = this.descForward(toks, i, s);
        if (np.type === 'desc' && np.words.length > 1) return np;
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

  /**
   * "One of the wives of Winston Doe", "one of Doe's aides", "one of his aides": one of a group of
   * people, described as "one of Winston Doe's wives" (its head noun last, in the singular for the
   * lexicon: a wife is a woman). Null when the group is not of people.
   */
  protected memberOf(toks: readonly Tok[], i: number, s: Sentence): NP | null {
    let k = i + 2;
    let owner: string[] | null = null;
    const det = toks[k]?.lo ?? '';
    if (det === 'the' || det === 'his' || det === 'her' || det === 'their') k++;
    else if (isCapWord(toks[k])) {
      // "one of Doe's aides"
      const run: string[] = [];
      while (k < toks.length && isCapWord(toks[k]) && run.length < 5) {
        const pb = possessiveBase(toks[k]!);
        run.push(pb ?? toks[k]!.t);
        k++;
        if (pb) break;
      }
      if (!possessiveBase(toks[k - 1]!)) return null;
      owner = run;
    } else return null;
    const words: string[] = [];
    while (k < toks.length && words.length < 3 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && !NP_BREAK.has(toks[k]!.lo) && toks[k]!.lo !== 'of') {
      const w = toks[k++]!.lo;
      words.push(w);
      // the group's noun ends the phrase ("aides said")
      if (/s$/.test(w) && PERSON_NOUNS.has(singularNoun(w))) break;
    }
    const head = words[words.length - 1];
    if (!head || !/s$/.test(head)) return null;
    const single = singularNoun(head);
    if (!PERSON_NOUNS.has(single) && !PERSON_NOUNS.has(head)) return null;
    // "the wives of former church leader Winston Doe": the owner after "of", past the words of a title
    if (!owner && det === 'the' && toks[k]?.lo === 'of') {
      let m = k + 1;
      while (m < toks.length && m < k + 6 && toks[m]!.k === 'w' && !isCapWord(toks[m])) m++;
      const np = isCapWord(toks[m]) ? this.forwardNP(toks, m, s) : npNone(m);
      if (np.type === 'name') owner = splitTitle(np.words).name;
    }
    const whose = owner && owner.length ? `${(this.names.lookup(owner)?.name ?? owner.join(' '))}'s` : det === 'his' || det === 'her' || det === 'their' ? det : 'the';
    return npDesc(['one', 'of', whose, ...words], single, '', null, i);
  }

  protected descAfterPossessive(toks: readonly Tok[], j: number, possessor: string[], s: Sentence): NP | null {
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
    return this.appositiveName(toks, j + h + 1, npDesc(w, w[w.length - 1]!, 'poss', possessor, j), s);
  }

  /** A description followed by the name it stands for: "the festival's director, Christine Rush," */
  protected appositiveName(toks: readonly Tok[], end: number, np: NP, s: Sentence): NP {
    if (np.type !== 'desc') return np;
    // "a man named Teodor", "the woman, called Rana,": a participle naming the person described (after
    // "the" only between commas: "the coach named Teodor as captain" is a verb's)
    const comma = tokAt(toks, end)?.t === ',' ? 1 : 0;
    const naming = tokAt(toks, end + comma)?.lo;
    if ((naming === 'named' || naming === 'called') && (comma || np.det === 'a' || np.det === 'an') && isCapWord(tokAt(toks, end + comma + 1))) {
      const named = this.forwardNP(toks, end + comma + 1, s);
      if (named.type === 'name' && this.names.isPerson(this.names.lookup(named.words)?.name ?? named.words.join(' '))) return npName(named.words, np.start);
    }
    if (tokAt(toks, end)?.t !== ',' || !isCapWord(tokAt(toks, end + 1))) return np;
    let k = end + 1;
    const words: string[] = [];
    while (k < toks.length && k < end + 6 && (isCapWord(toks[k]) || isParticle(toks[k]))) words.push(toks[k++]!.t);
    const after = toks[k];
    if (words.length < 2 || (after && after.k === 'w')) return np;
    if (!this.names.isPerson(this.names.lookup(splitTitle(words).name)?.name ?? words.join(' '))) return np;
    return npName(words, np.start);
  }

  /** Token i opens its sentence, or the clause after a fronted phrase and its comma ("At a news conference, Police …"). */
  protected sentenceInitial(toks: readonly Tok[], i: number, s: Sentence): boolean {
    void s;
    return i === 0 || toks[i - 1]?.t === ',' || toks[i - 1]?.k === 'q';
  }

  protected descForward(toks: readonly Tok[], i: number, s: Sentence): NP {
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
      // "added the Nevada Democrat", "said the Kentucky Republican": a capitalised demonym or party
      // word ending a short run after "the" is a description, as backwardNP reads it before the verb
      const last = caps[caps.length - 1] ?? '';
      if (det === 'the' && caps.length >= 2 && caps.length <= 3 && caps.length === words.length && NATIONALITY.has(last.toLowerCase()) && !/^\p{Lu}+$/u.test(last)) {
        return npDesc(caps, last.toLowerCase(), 'the', null, i);
      }
      if (caps.length && caps.length === words.length) return npName(caps, i);
      return npNone(i);
    }
    const w = words.slice(0, h + 1);
    // "the White House spokesman" keeps its capitals
    return this.appositiveName(toks, (det ? i + 1 : i) + h + 1, npDesc(w, w[w.length - 1]!.toLowerCase(), det, null, i), s);
  }

  /** The subject of the verb at v, walking back. */
  protected backwardNP(toks: readonly Tok[], v: number, s: Sentence, depth = 0): NP {
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
          // ("The chief executive (CEO), Jo Roe, said": an abbreviation in brackets before it)
          if (before && (before.k === 'w' || before.t === ')') && (!isCapWord(before) || (!isTitleWord(inner[inner.length - 1]!) && this.names.isPerson(this.names.lookup(splitTitle(inner).name)?.name ?? inner.join(' '))))) return npName(inner, k2 + 1);
        }
      }
      k = skipBetween(toks, k2 - 1);
      if (k < 0) return npNone(-1);
      // "Penny Doe, 58, of King's Avenue, who spoke at the meeting, said": asides before that one, an
      // address ("of …", "from …") or an age between commas, belong to the name before them too
      for (let more = 0; more < 3 && open === ','; more++) {
        let c = k;
        while (c >= 0 && k - c < 8 && toks[c]!.t !== ',' && toks[c]!.k !== 'q') c--;
        if (c < 1 || toks[c]!.t !== ',') break;
        const first = toks[c + 1]!;
        const address = (first.lo === 'of' || first.lo === 'from') && isCapWord(toks[c + 2]);
        const age = c + 1 === k && /^\d{1,3}$/.test(first.t);
        if (!address && !age) break;
        k = c - 1;
      }
      t = toks[k]!;
    }
    if (t.k !== 'w') return npNone(-1);
    // "“…,” Noel Doe who is self-represented stated": a relative clause with no commas between a
    // name and the verb; the name is the subject
    if (depth === 0 && t.lo !== 'who' && startsLower(t.t)) {
      for (let m = k - 1; m > 0 && k - m < 8; m--) {
        const w = toks[m]!;
        if (w.k !== 'w' || SPEECH_VERB.has(w.lo)) break;
        if (w.lo !== 'who') continue;
        if (isCapWord(toks[m - 1])) {
          const ante = this.backwardNP(toks, m, s, depth + 1);
          if (ante.type === 'name' && this.isPersonName(ante.words)) return npRel(ante, ante.start);
        }
        break;
      }
    }
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
      const orgFor = orgForStart(toks, k);
      if (orgFor !== -1) j = orgFor;
      else while (j - 1 >= 0) {
        const p = toks[j - 1]!;
        if (isCapWord(p) && !possessiveBase(p) && !(s.titleCase && this.isCommonWord(p))) j--;
        else if ((isParticle(p) || (p.t === 'of' && ofJoins(toks[j - 2]))) && isCapWord(toks[j - 2]) && !possessiveBase(toks[j - 2]!)) j--;
        // "the Competition and Markets Authority": "and" inside an organisation's name
        else if ((p.lo === 'and' || p.t === '&') && isCapWord(toks[j - 2]) && !possessiveBase(toks[j - 2]!) && toks.slice(j, k + 1).some((x) => ORG_WORDS.has(x.lo))) j--;
        else break;
      }
      // "a speech to the Foreign Policy Centre Mr Straw said": an honorific inside the run begins the name
      for (let m = k; m > j; m--) if (HONORIFIC_AT.test(toks[m]!.lo)) {
        j = m;
        break;
      }
      const words = mapArray(toks.slice(j, k + 1), (x) => x.t);
      while (words.length && NOT_NAME.has(words[0]!.toLowerCase())) words.shift();
      if (!words.length) return npNone(-1);
      // "he and Mr Lavrov agreed": a joint subject is nobody in particular
      // But "Meteorologist and Presenter Alex Dorn said": two role nouns joined before one name are
      // that one person's titles; the name after them is the subject
      if (toks[j - 1]?.lo === 'and' && words.length >= 3 && PERSON_NOUNS.has(words[0]!.toLowerCase()) && PERSON_NOUNS.has(toks[j - 2]!.lo) && this.isPersonName(words.slice(1))) return npName(words.slice(1), j + 1);
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
        // "A statement released by Acme Council today read:": the document its agent put out
        if (prep === 'by' && /ed$/.test(toks[m - 1]?.lo ?? '') && DOCUMENT_NOUNS.has(toks[m - 2]?.lo ?? '')) {
          const doc = this.backwardNP(toks, m - 1, s, depth + 1);
          if (doc.type === 'desc' && doc.head === toks[m - 2]!.lo) return doc;
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
    // "analyst Jo Roe and colleagues said", "Jo Roe and her team say": the one named speaks for the
    // people with them, who are named by no more than their company
    if (COMPANIONS.has(t.lo)) {
      let a = k - 1;
      if (toks[a]?.lo === 'his' || toks[a]?.lo === 'her' || toks[a]?.lo === 'their') a--;
      if (toks[a]?.lo === 'and' && isCapWord(toks[a - 1])) {
        const ante = this.backwardNP(toks, a, s, depth + 1);
        if (ante.type === 'name' && this.isPersonName(ante.words)) return ante;
      }
    }
    // a description ending at k: walk back to its determiner or possessor
    let j = k;
    const words: string[] = [];
    let det = '';
    let possessor: string[] | null = null;
    while (j >= 0 && k - j < 7) {
      const w = toks[j]!;
      if (w.k !== 'w') {
        // "“…,” officials said": a quotation closed on its own punctuation ends the description
        // before it (a mark with none, as in 'the "honoured" writer', stays inside)
        if ((w.k === 'q' && /[,!?.]\s*$/u.test(w.t)) || (w.t === ',' && toks[j - 1]?.k === 'q')) j++;
        break;
      }
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
    // "the father of five", "a mother of two": the person noun before a count of children heads it
    const of = words.length - 2;
    if (of >= 1 && words[of] === 'of' && PERSON_NOUNS.has(words[of - 1]!) && (NUMBER_WORDS[words[of + 1]!] !== undefined || /^\d+$/.test(words[of + 1]!))) {
      return npDesc(words, words[of - 1]!, det, possessor, j);
    }
    const head = words[words.length - 1]?.toLowerCase() ?? '';
    if (!head) return npNone(-1);
    if (/^\d+-year-old$/.test(head)) return npDesc(words, 'year-old', det, possessor, j);
    const singular = head.endsWith('ies') ? head.slice(0, -3) + 'y' : /(?:ss|ch|sh|x)es$/.test(head) ? head.slice(0, -2) : head.endsWith('s') ? head.slice(0, -1) : head;
    const known = PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || PERSON_NOUNS.has(singular) || ORG_NOUNS.has(singular);
    // "the statement said", "The agency's report said": the document, whose author speaks
    if (DOCUMENT_NOUNS.has(head) && (det || possessor || words.length > 1)) return npDesc(words, head, det, possessor, j);
    if (NOT_SPEAKER_NOUNS.has(head)) return npNone(j);
    if (!det && !(known || /s$/.test(head))) return npNone(-1);
    // "officials", "analysts", "residents": plural people; with a determiner any noun ("one dealer")
    if (!known && !det && !/(?:ers|ists|ians|ants|ents|ors|ives|als|ees|men|women|people|police)$/.test(head)) return npNone(j);
    return npDesc(words, head, det, possessor, j);
  }

  protected isPersonName(words: string[]): boolean {
    const { name } = splitTitle(words);
    return name.length > 0 && this.names.isPerson(this.names.lookup(name)?.name ?? name.join(' '));
  }

  /**
   * A person's name of two or more words after a few words that describe them: "Cambridge cartoonist
   * Andre Campbell", "the IFSD’s Azfar Ali Khan", "oil and gas worker Mike Wipf". Null when the
   * words run into a clause or punctuation first.
   */
  protected nameAfterModifiers(toks: readonly Tok[], from: number): NP | null {
    let k = from;
    if (DETERMINERS.has(tokAt(toks, k)?.lo ?? '')) k++;
    let mods = 0;
    while (k < toks.length && k < from + 8) {
      const t = toks[k]!;
      if (t.k !== 'w' || SPEECH_VERB.has(t.lo) || (NP_BREAK.has(t.lo) && t.lo !== 'and')) return null;
      // "the founder of Studio Press", "a lawyer for Acme Holdings": a name right after "of"/"for" is
      // the complement of the description, not the person it describes
      if ((t.lo === 'of' || t.lo === 'for') && isCapWord(tokAt(toks, k + 1))) return null;
      // "a document titled White Paper": the title of a work, not its author
      // (but a document noun modifying a role noun is a modifier too: "senior study author Jo Roe")
      if ((DOCUMENT_NOUNS.has(t.lo) && !this.roleNounAt(toks, k + 1)) || /^(?:titled|entitled|called|named|dubbed)$/.test(t.lo)) return null;
      if (isCapWord(t) && !possessiveBase(t)) {
        let e = k;
        const words: string[] = [];
        while (e < toks.length && (isCapWord(toks[e]) || (isParticle(toks[e]) && isCapWord(toks[e + 1])))) words.push(toks[e++]!.t);
        const next = tokAt(toks, e);
        // (then the clause ends, or goes on with a phrase: "said fire chief Jo Roe at a briefing")
        if (mods && words.length >= 2 && (!next || next.k !== 'w' || next.lo === 'who' || PREPOSITIONS.has(next.lo)) && this.isPersonName(words)) return npName(words, k);
        // one capitalised modifier before a lower-case word: "Cambridge cartoonist"; or an
        // organisation's several-word name before its member's role noun: "Met Office forecaster
        // Jo Roe", "Acme Rail spokesman Jo Roe" (not a person's name: "said Jo Roe yesterday")
        if (!next || next.k !== 'w' || isCapWord(next)) return null;
        if (words.length !== 1) {
          // (the role noun may come after a lower-case modifier or two: "Acme County fire
          // district chief Jo Roe")
          if (this.isPersonName(words) || !(PERSON_NOUNS.has(next.lo) || this.roleNounAt(toks, e + 1) || this.roleNounAt(toks, e + 2))) return null;
          mods += words.length;
          k = e;
          continue;
        }
      }
      mods++;
      k++;
    }
    return null;
  }

  /** A lower-case role noun at k ("author", "chief", "spokesman") with a capitalised word after it. */
  protected roleNounAt(toks: readonly Tok[], k: number): boolean {
    const t = tokAt(toks, k);
    if (!t || t.k !== 'w' || !startsLower(t.t) || !(PERSON_NOUNS.has(t.lo) || TITLES.has(t.lo))) return false;
    return isCapWord(tokAt(toks, k + 1));
  }

  /**
   * After "…, said X": X begins a reported clause when a finite verb follows it ("…, said Schumer has
   * “…”"); then X is what was said about, and the speaker is the subject before "said".
   */
  protected clauseFollows(toks: readonly Tok[], np: NP): boolean {
    // "…, said she had clients": a pronoun followed by any word is a clause's subject
    if (np.type === 'pron') return tokAt(toks, np.start + 1)?.k === 'w';
    // "Jo Roe, the mayor's spokeswoman, said the council urged …" / "… said the council continues to
    // urge …": a description with a finite verb after it is a reported clause's subject too
    if (np.type === 'desc' && np.det !== '' && np.det !== 'poss') {
      const after = tokAt(toks, np.start + 1 + np.words.length);
      const then = tokAt(toks, np.start + 2 + np.words.length);
      // (a past tense only with an object or a clause after it: "a document titled White Paper" is a
      // reduced relative, the description still the speaker)
      const object = !!then && then.k === 'w' && (DETERMINERS.has(then.lo) || then.lo === 'both' || then.lo === 'them' || then.lo === 'him' || then.lo === 'her' || then.lo === 'it');
      return !!after && after.k === 'w' && startsLower(after.t) && (FINITE_AUX.has(after.lo) || (/[^e]ed$/.test(after.lo) && object) ||
        (/[^s']s$/.test(after.lo) && (then?.lo === 'to' || then?.lo === 'that')));
    }
    if (np.type !== 'name') return false;
    const next = tokAt(toks, np.start + np.words.length);
    return !!next && next.k === 'w' && (FINITE_AUX.has(next.lo) || (startsLower(next.t) && /[^e]ed$/.test(next.lo) && !SPEECH_VERB.has(next.lo)));
  }
}

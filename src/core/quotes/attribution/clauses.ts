/**
 * Speech clauses ("X said", "said X", "according to X", "X was quoted as saying") and the
 * quotations of a sentence assigned to them.
 */
import { mapArray } from '../../text';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, DOCUMENT_NOUNS, INVERTIBLE, NOT_NAME, NP_BREAK, ORG_NOUNS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS_SUBJ, SIGN_NOUNS, SPEECH_VERB, WEAK_SPEECH } from '../lexicon';
import { splitTitle } from '../names';
import { isCapWord, possessiveBase, startsLower, startsUpper, type Tok } from '../tokens';
import { type Speaker, tokAt, npCoord, npNone, npPron, npDesc, type NP, type Clause, type Sentence, type Strength, type Attribution, isLy, PARTICIPLE_AFTER, DASHES, LOOK_BACK, premodifiers, FINITE_AUX, singularNoun } from './model';
import { VerbContext } from './verbs';

/** Verbs of telling someone to do something: in a headline, "X urged to …" is X told, not X telling. */
const ADDRESSEE_PASSIVE = new Set(['urged', 'told', 'asked', 'ordered', 'advised', 'encouraged', 'warned', 'called', 'begged']);
/** Prepositions of place: a name after one inside a subject is where its people are ("Officials in Orbury"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'around', 'outside', 'inside']);
/** Prepositions that open a topic label before a colon in a press-conference write-up ("On the referee: “…”"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 're']);
/** Verbs of judging: what their subject deems something is its subject's wording ("considers a “cougar”"). */
const JUDGING_VERBS = new Set(['considers', 'considered', 'deems', 'deemed']);
/** Verbs that put out a document ("released a statement"): its words, quoted next, are the subject's. */
const RELEASE_VERBS = new Set(['released', 'issued', 'published', 'posted', 'e-mailed', 'emailed']);

export abstract class ClauseReader extends VerbContext {
  protected override analyseSentence(s: Sentence): void {
    const toks = s.toks;
    // the subject of the sentence (after a fronted phrase)
    // a headline's subject comes after its label and a quotation it opens with: "READ MORE: ‘…’: X speaks"
    const subjAt = this.subjectStart(toks, s.heading, s.heading ? headlineBody(toks) : 0);
    if (subjAt !== -1) {
      let np = this.forwardNP(toks, subjAt, s, true);
      // "Director, security response at Symantec, Kevin Haley, agreed", "Acme's head of sales, Jo Roe, began": a title in apposition
      if ((np.type === 'name' && !splitTitle(np.words).name.length) || (np.type === 'desc' && (np.det === '' || np.det === 'poss'))) {
        const named = this.appositionName(toks, subjAt);
        if (named) np = named;
      }
      const end = np.type === 'name' ? np.start + np.words.length : -1;
      // "Ms Tervo and Ms Holm met": a joint subject is neither of them
      if (end !== -1 && tokAt(toks, end)?.lo === 'and' && (isCapWord(tokAt(toks, end + 1)) || PRONOUNS_SUBJ.has(tokAt(toks, end + 1)?.lo ?? ''))) {
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
      // "In her words, “…”", "in his own words:": the owner of the words, as a pronoun subject
      if (t.lo === 'in' && (toks[i + 1]?.lo === 'her' || toks[i + 1]?.lo === 'his' || toks[i + 1]?.lo === 'their')) {
        const w = toks[i + 2]?.lo === 'own' ? i + 3 : i + 2;
        if (toks[w]?.lo === 'words' && (toks[w + 1]?.t === ',' || toks[w + 1]?.t === ':') && toks.slice(w + 2).some((x) => x.k === 'q')) {
          const p = toks[i + 1]!.lo === 'her' ? 'she' : toks[i + 1]!.lo === 'his' ? 'he' : 'they';
          const np = npPron(p, i + 1);
          s.clauses.push({ v: w, base: 'say', participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, i + 1) });
          i = w;
          continue;
        }
      }
      // "“…,” points out the laid-back resident": a phrasal speech verb, its particle before the subject
      if ((t.lo === 'points' || t.lo === 'pointed') && toks[i + 1]?.lo === 'out' && (toks[i - 1]?.k === 'q' || (toks[i - 1]?.t === ',' && toks[i - 2]?.k === 'q'))) {
        const np = this.forwardNP(toks, i + 2, s);
        if (np.type === 'name' || np.type === 'desc' || np.type === 'pron') {
          s.clauses.push({ v: i, base: 'point', participle: false, inverted: true, according: false, np, speaker: this.resolve(np, s, i + 2) });
        }
        continue;
      }
      const base = SPEECH_VERB.get(t.lo);
      if (!base) continue;
      // a capitalised verb is no clause's, unless it opens the sentence before its subject ("Added X: “…”")
      // or follows a quotation closed on a comma ("“…,” Said another officer", a slip of the case)
      const afterQuote = toks[i - 1]?.k === 'q' && /,\s*$/u.test(toks[i - 1]!.t) && startsLower(toks[i + 1]?.t ?? '');
      if (startsUpper(t.t) && !s.titleCase && !(s.heading && i > 0) && !((i === 0 || afterQuote) && INVERTIBLE.has(t.lo))) continue;
      const clause = this.clauseAt(s, i, base);
      if (clause) s.clauses.push(clause);
    }
    for (const c of s.clauses) if (c.speaker) s.last = c.speaker;
    this.assignQuotes(s);
  }

  protected clauseAt(s: Sentence, i: number, base: string): Clause | null {
    const toks = s.toks;
    const t = toks[i]!;
    const prev = tokAt(toks, i - 1);
    const participle = /ing$/.test(t.lo) && base !== 'ring';
    // "with signs reading “…”", "a banner saying “…”": the sign's carriers
    const carriers = participle && prev && SIGN_NOUNS.has(prev.lo) ? this.signCarriers(s) : null;
    if (carriers) return { v: i, base, participle: true, inverted: false, according: false, np: npCoord(-1), speaker: carriers };
    // "Banners in the square outside the town hall read: “…”": the verb of the sign that opens the
    // sentence, with nothing said between them, is the sign's (its carriers')
    if (!participle && this.isSign(s.subjectNp) && s.subjectNp!.start < i && !s.clauses.some((c) => c.v < i) && prev?.k === 'w' && !PRONOUNS_SUBJ.has(prev.lo) &&
      !toks.slice(s.subjectNp!.start, i).some((x) => x.k === 'q' || SPEECH_VERB.has(x.lo))) {
      return { v: i, base, participle: false, inverted: false, according: false, np: s.subjectNp!, speaker: this.signCarriers(s) };
    }
    // "with a medical union claiming a “breach of trust”", "critics saying that": a participle whose
    // subject is the person or organisation noun right before it, when an object or "that" follows
    if (participle && prev?.k === 'w' && (PERSON_NOUNS.has(prev.lo) || ORG_NOUNS.has(prev.lo)) && startsLower(prev.t)) {
      const next = tokAt(toks, i + 1);
      if (next && (next.k === 'q' || next.lo === 'that' || (DETERMINERS.has(next.lo) && next.lo !== 'his' && next.lo !== 'her' && next.lo !== 'their'))) {
        const np = this.backwardNP(toks, i, s);
        // the noun phrase opens the clause ("with a union claiming", ", critics saying"), not the
        // object of another preposition ("a report into the agency noting")
        const before = tokAt(toks, np.start - 1);
        const opens = !before || before.lo === 'with' || before.t === ',' || before.lo === 'and';
        if (np.type === 'desc' && np.head === prev.lo && opens) return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, np.start) };
      }
    }
    // "a government warning about", "his saying": a noun, not a participle clause
    if (participle && base !== 'say' && base !== 'add' && prev && !(prev.k === 'q' || prev.t === ',' || prev.t === ':' || prev.t === ';' || DASHES.has(prev.t) || prev.t === '(' ||
      PARTICIPLE_AFTER.has(prev.lo) || isLy(prev))) return null;
    // a noun, not a verb: "the call", "his comments", "a claim", "campaign promise"
    if (prev && prev.k === 'w' && !/(?:ed|said|told|wrote)$/.test(t.lo)) {
      // ("the report warns", "the statement read": a document's noun before a verb is its subject)
      if (DETERMINERS.has(prev.lo) || possessiveBase(prev) || (startsLower(prev.t) && !PRONOUNS_SUBJ.has(prev.lo) && !BETWEEN_SUBJECT_AND_VERB.has(prev.lo) && !isLy(prev) && prev.lo !== 'who' && prev.lo !== 'and' && !participle && !/s$/.test(prev.lo) && !PERSON_NOUNS.has(prev.lo) && !ORG_NOUNS.has(prev.lo) && !(DOCUMENT_NOUNS.has(prev.lo) && (/s$/.test(t.lo) || t.lo === 'read')))) return null;
    }
    if (prev && prev.k === 'w' && DETERMINERS.has(prev.lo)) return null;
    if (this.nounInCompound(toks, i, base)) return null;
    // a headline's passive with its auxiliary left out: "Villagers urged to flee", "Fans told to stay away"
    if (s.heading && ADDRESSEE_PASSIVE.has(t.lo) && toks[i + 1]?.lo === 'to') return null;
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
    // the verb fronted before its subject, the quotation after a colon: "Added the Nevada Democrat:
    // “…”", "Said one neighbour, “…”" (not "Asked about the vote, he said": no colon or quotation
    // follows the noun phrase there)
    if (i === 0 && startsUpper(t.t) && !s.titleCase && !s.heading) {
      const np = this.forwardNP(toks, 1, s);
      const len = np.type === 'name' ? np.words.length : np.type === 'desc' ? np.words.length + (np.det && np.det !== 'poss' ? 1 : 0) : 0;
      const after = len ? tokAt(toks, 1 + len) : undefined;
      const quoteNext = after && (after.k === 'q' || ((after.t === ':' || after.t === ',') && tokAt(toks, 2 + len)?.k === 'q'));
      if (quoteNext && (np.type === 'name' || np.type === 'desc')) return { v: i, base, participle: false, inverted: true, according: false, np, speaker: this.resolve(np, s, 1) };
      return null;
    }
    // a fronted participle opening the sentence: "Asked about…, he said"
    if (i === 0 && /(?:ed|ing)$/.test(t.lo)) return null;
    // a passive participle in apposition: "Doe, accused of …, is charged", "Roe, alleged to have …"
    // (the one accused is not speaking)
    if (prev?.t === ',' && /ed$/.test(t.lo) && tokAt(toks, i - 2)?.k === 'w' && PREPOSITIONS.has(tokAt(toks, i + 1)?.lo ?? '')) return null;
    if (WEAK_SPEECH.has(t.lo) && !this.weakOk(toks, i)) return null;
    // inverted: “…,” said X
    const invertible = INVERTIBLE.has(t.lo) || (prev?.k === 'q' || (prev?.t === ',' && toks[i - 2]?.k === 'q')) && !WEAK_SPEECH.has(t.lo) && base !== 'tell' && !participle;
    if (invertible && prev && (prev.k === 'q' || prev.t === ',' || (prev.k === 'p' && toks[i - 2]?.k === 'q'))) {
      let np = this.forwardNP(toks, i + 1, s);
      // “…,” says local cartoonist Andre Campbell / said oil and gas worker Mike Wipf / said the IFSD’s Azfar Khan
      if (!(np.type === 'name' && this.isPersonName(np.words))) {
        const named = this.nameAfterModifiers(toks, i + 1) ?? this.nameInApposition(toks, i + 1, s);
        if (named) np = named;
      }
      // “…,” says the affable proprietor: whoever is described, a definite description of the person in view
      const afterQuote = prev.k === 'q' || tokAt(toks, i - 2)?.k === 'q';
      // and "…, which means it takes longer, said the winter operations report.": a description that
      // ends the sentence after a comma and the verb is the verb's subject, a document's or a person's
      if (np.type === 'none' && tokAt(toks, i + 1)?.lo === 'the') {
        const words: string[] = [];
        let k = i + 2;
        // ("report", "statement" are nouns here though they are speech verbs too)
        while (k < toks.length && k < i + 7 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && !NP_BREAK.has(toks[k]!.lo) && (!SPEECH_VERB.has(toks[k]!.lo) || DOCUMENT_NOUNS.has(toks[k]!.lo))) words.push(toks[k++]!.lo);
        const end = tokAt(toks, k);
        const endsSentence = toks.slice(k).every((x) => x.k === 'p' && x.t !== ',');
        const head = words[words.length - 1] ?? '';
        if (words.length && (afterQuote ? !end || end.k !== 'w' : endsSentence && (DOCUMENT_NOUNS.has(head) || PERSON_NOUNS.has(head) || ORG_NOUNS.has(head)))) {
          const d = npDesc(words, head, 'the', null, i + 1);
          const person = afterQuote ? this.personalAntecedent(null, s, i, LOOK_BACK) : null;
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
    // "he was quoted as saying", "she is described as saying": the subject before the passive; and
    // the reduced passive "with Mr Dixon quoted as saying"
    if (participle && prev?.lo === 'as' && /^(?:quoted|described|heard|reported|cited)$/.test(tokAt(toks, i - 2)?.lo ?? '')) {
      const aux = /^(?:was|were|is|are|been)$/.test(tokAt(toks, i - 3)?.lo ?? '');
      let np = aux ? this.backwardNP(toks, i - 3, s) : npNone(-1);
      if (!aux) {
        // the name right before the participle (after "with" it is no subject to backwardNP)
        let j = i - 3;
        while (j >= 0 && isCapWord(toks[j])) j--;
        if (j < i - 3) {
          const named = this.forwardNP(toks, j + 1, s);
          if (named.type === 'name' && named.start + named.words.length === i - 2) np = named;
        }
      }
      if (np.type !== 'none') return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, np.start) };
    }
    if (participle) {
      return { v: i, base, participle: true, inverted: false, according: false, np: npCoord(-1), speaker: this.mainSubject(s, i) };
    }
    let np = this.backwardNP(toks, i, s);
    // "the Herald quoted Cliff as saying", "the paper cited an aide as saying": the words are the one
    // quoted's, not the quoting paper's (the clause keeps its subject's place for the quotation's side)
    if (/^(?:quoted|quotes|cited|cites|reported|reports)$/.test(t.lo)) {
      const as = this.quotedAs(toks, i);
      if (as !== -1) {
        const quoted = this.forwardNP(toks, i + 1, s);
        if (quoted.type === 'name' || quoted.type === 'desc' || quoted.type === 'pron') {
          return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(quoted, s, i + 1) };
        }
      }
    }
    if (s.heading && (np.type === 'none' || np.start === -1) && s.subjectNp) np = s.subjectNp;
    // "Residents at relief centres in the North Valley tell", "Officials in Orbury said": a name after a
    // preposition of place is inside the subject; the subject is the description of people that opens
    // the sentence, with only words between
    const sub0 = peopleSubject(s);
    const prep = tokAt(toks, np.start - 1)?.lo === 'the' ? np.start - 2 : np.start - 1;
    if ((np.type === 'name' || np.type === 'none') && sub0 && sub0.start < prep && PLACE_PREPOSITIONS.has(tokAt(toks, prep)?.lo ?? '') &&
      !s.clauses.some((c) => c.v < i) && toks.slice(sub0.start, i).every((x) => x.k === 'w')) np = sub0;
    // "Detectives leading the investigation into Jo Roe's murder have pledged": a possessive phrase
    // (neither a person, an organisation nor a document) right after a preposition is the object of a
    // phrase inside the subject, not the subject; the sentence's subject before it is, when no clause
    // came between
    if (np.type === 'desc' && np.det === 'poss' && !PERSON_NOUNS.has(np.head) && !ORG_NOUNS.has(np.head) && !DOCUMENT_NOUNS.has(np.head) && np.start > 0 &&
      PREPOSITIONS.has(tokAt(toks, np.start - 1)?.lo ?? '') && tokAt(toks, np.start - 1)?.lo !== 'by') {
      const sub = s.subjectNp;
      np = sub && sub.start !== -1 && sub.start < np.start - 1 && sub.type !== 'none' && !s.clauses.some((c) => c.v < i) ? sub : npNone(np.start);
    }
    // "One of the wives of church leader Winston Doe confirmed": the name is inside the subject
    const sub = s.subjectNp;
    if (sub?.type === 'desc' && sub.words[0] === 'one' && sub.words[1] === 'of' && sub.start < np.start && !s.clauses.some((c) => c.v < i) &&
      !toks.slice(sub.start, i).some((x) => x.k !== 'w')) np = sub;
    // "Sarah Doe, who …, played … and graduated in 2013, said": after a comma-closed aside the verb's
    // subject is the sentence's named subject, not a noun at the aside's end
    if (prev?.t === ',' && tokAt(toks, i - 2)?.k !== 'q' && np.type !== 'name' && np.type !== 'pron' && s.subjectNp && s.subjectNp.start < i && !s.clauses.some((c) => c.v < i) &&
      ((s.subjectNp.type === 'name' && (s.subject?.kind === 'person' || (s.subject?.kind === 'org' && this.asideAfter(toks, s.subjectNp)))) || (s.subjectNp.type === 'desc' && DOCUMENT_NOUNS.has(s.subjectNp.head) && !!s.subject))) np = s.subjectNp;
    if (this.isSign(np)) return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.signCarriers(s) };
    if (np.type === 'coord') return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.mainSubject(s, i) };
    if (np.type === 'none' && np.start === -1 && !(prev && prev.k === 'w')) {
      // nothing before the verb: not a clause we can read
      return { v: i, base, participle: false, inverted: false, according: false, np, speaker: null };
    }
    return { v: i, base, participle: false, inverted: false, according: false, np, speaker: this.resolve(np, s, np.start === -1 ? i : np.start) };
  }

  /** The subject of the main clause before token i: the nearest finite speech clause's, else the sentence's. */
  protected mainSubject(s: Sentence, i: number): Speaker | null {
    for (let c = s.clauses.length - 1; c >= 0; c--) {
      const cl = s.clauses[c]!;
      if (cl.v < i && !cl.according) return cl.speaker;
      if (cl.v < i - 200) break;
    }
    if (s.subjectNp && s.subjectNp.start < i) return s.subject;
    return null;
  }

  protected assignQuotes(s: Sentence): void {
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
      // "X told the court, “…,” according to NBC": the outlet is where the words were reported, the
      // speech clause right before them says who spoke
      const spokenBefore = ci > 0 && !!s.clauses[ci - 1]!.speaker && !s.clauses[ci - 1]!.according && this.adjacentBefore(toks, s.clauses[ci - 1]!.v, qi);
      // 1. right after: “…,” he said / “…,” said X / “…,” according to X
      const after = near.find((c) => c.v > qi && !c.participle && noQuoteBetween(qi, c.v) && !(c.according && spokenBefore) &&
        (c.inverted || c.according ? c.v <= qi + 2 : c.np.start > qi && premodifiers(toks, qi + 1, c.np.start)));
      if (after) {
        this.setSpeaker(s, a, after.speaker, 3);
        a.attributedAfter = true;
        continue;
      }
      // "“…,” Judge Marsh." / "“…” — Jo Roe": a name alone after the words, ending the sentence, is
      // whoever said them (the verb of saying left out). After a dash the line may lack a full stop
      // (a headline, a press-conference round-up's "“…” – Jo Roe") and may end with the topic the
      // words were on ("“…” – Jo Roe on Tom Pell")
      const dash = DASHES.has(toks[qi + 1]?.t ?? '');
      if (dash || (!s.heading && /[,.!?]\s*$/u.test(t.t))) {
        const from = dash ? qi + 2 : qi + 1;
        let e = from;
        while (isCapWord(toks[e])) e++;
        if (e > from && (e === toks.length || (e === toks.length - 1 && toks[e]!.t === '.') || (dash && this.topicAfterName(toks, e)))) {
          const sp = this.fromName(mapArray(toks.slice(from, e), (x) => x.t), s);
          if (sp?.kind === 'person') {
            this.setSpeaker(s, a, sp, 3);
            a.attributedAfter = true;
            continue;
          }
        }
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
      // ("tell stories about the first time Megan “f--ked someone”": the words' own subject, between
      // a speech verb with no speaker and them, is nearer)
      const predicate = beforeClause && !beforeClause.speaker ? this.predicateSubject(s, qi) : null;
      if (predicate && beforeClause!.v < qi) {
        this.setSpeaker(s, a, predicate, 2);
        continue;
      }
      if (beforeClause) {
        const adjacent = this.adjacentBefore(toks, beforeClause.v, qi);
        // "A's spokesman B said that A told a pastor she was sorry for the “…”": a clause reported inside
        // another, away from the words, reports them too; the words are the outer speaker's
        const outer = adjacent ? undefined : this.reportingClause(s, ci - 1, qi);
        this.setSpeaker(s, a, (outer ?? beforeClause).speaker, adjacent ? 3 : 2);
        continue;
      }
      // a trailing attribution: "…, Rex Tillerson said Wednesday." / "…, said Smith."
      const later = near.find((c) => c.v > qi && !c.participle && (c.inverted || c.according ||
        ((c.np.type === 'name' || c.np.type === 'pron' || c.np.type === 'desc') && c.np.start > 0 && [',', '—', '–'].includes(toks[c.np.start - 1]!.t))));
      if (later) {
        this.setSpeaker(s, a, later.speaker, 2);
        continue;
      }
      // "On Neco Williams: “…”", "On the points record: “…”": a topic label that opens a paragraph of
      // a press-conference write-up; the words go on from the speaker in view, not to the topic
      if (qi === colon + 1 && this.topicLabel(s, colon)) {
        this.setSpeaker(s, a, this.precedingSpeaker(s, qi, true), 1);
        continue;
      }
      // 3. a headline that names its speaker after a colon: "‘We are not getting along’: Trump on Russia"
      if (s.heading && toks[qi + 1]?.t === ':' && isCapWord(toks[qi + 2])) {
        const np = this.forwardNP(toks, qi + 2, s);
        const after = qi + 2 + (np.type === 'name' ? np.words.length : 0);
        if (np.type === 'name' && !(ADDRESSEE_PASSIVE.has(tokAt(toks, after)?.lo ?? '') && tokAt(toks, after + 1)?.lo === 'to')) {
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
      // a headline's words are its subject's, when a verb of its own follows the subject:
      // "WATCH: X speaks about …, slams ‘…’", "Union votes to give ‘…’ to …"
      // and "‘…’: N.S. doctor speaks out about …" (the subject right after the quotation and its colon)
      const np = s.subjectNp;
      if (s.heading && s.subject && np && (np.start < qi || (np.start === qi + 2 && toks[qi + 1]!.t === ':')) && headlineVerbAfter(toks, np, qi)) {
        this.setSpeaker(s, a, s.subject, 1);
        continue;
      }
      if (s.heading) continue;
      // "… when Musk again took to Twitter with this: “…”": after a colon, in a sentence with no
      // speech verb before the words, the person who is the nearest clause's subject before it
      if (toks[qi - 1]?.t === ':') {
        const sp = this.subjectBeforeColon(s, qi - 1);
        if (sp) {
          this.setSpeaker(s, a, sp, 2);
          continue;
        }
      }
      // 4. a quotation standing alone after a quoted or speaking sentence: the same speaker
      if (quoteOnly || standalone) {
        const sp = this.precedingSpeaker(s, qi);
        if (sp) {
          this.setSpeaker(s, a, sp, 1);
          continue;
        }
      }
      // 5. words that are the predicate of a person named right before them, or what that person
      // deems something: "the first time Megan “f--ked someone”", "whom Demi considers a “cougar”"
      const subject = this.predicateSubject(s, qi) ?? this.continuedPredicate(s, qi);
      if (subject) this.setSpeaker(s, a, subject, 1);
    }
  }

  /**
   * "X said the firms “walked away from the table.” The union's offer “wasn't rejected, but …”": a
   * quoted predicate (it opens with a finite verb) in a sentence with no verb of saying goes on from
   * the speaker quoted in the sentence right before, in the same paragraph.
   */
  protected continuedPredicate(s: Sentence, qi: number): Speaker | null {
    if (s.clauses.length || s.heading) return null;
    const first = /^\s*([\p{L}'’-]+)/u.exec(s.toks[qi]!.t)?.[1]?.replace(/’/g, "'") ?? '';
    if (!/^\p{Ll}/u.test(first) || !FINITE_AUX.has(first)) return null;
    const prev = this.sentences[s.idx - 1];
    if (!prev || prev.idx !== s.idx - 1 || prev.para !== s.para || prev.heading || !prev.last) return null;
    return prev.toks.some((x) => x.k === 'q' && this.result.get(x.q)?.speaker === prev.last) ? prev.last : null;
  }

  /**
   * The person whose predicate the quotation at qi is: a name right before words that begin with a
   * finite verb ("Megan “f--ked someone”"), or before a verb of judging and an article ("Demi
   * considers a “cougar”"). Not a name after a preposition or a determiner ("about Megan “…”").
   */
  protected predicateSubject(s: Sentence, qi: number): Speaker | null {
    const toks = s.toks;
    let k = qi - 1;
    if (DETERMINERS.has(tokAt(toks, k)?.lo ?? '') && JUDGING_VERBS.has(tokAt(toks, k - 1)?.lo ?? '')) k -= 2;
    else {
      const first = /^\s*([\p{L}'’-]+)/u.exec(toks[qi]!.t)?.[1] ?? '';
      if (!/^\p{Ll}/u.test(first) || !(/ed$/.test(first) || FINITE_AUX.has(first))) return null;
    }
    if (!isCapWord(tokAt(toks, k)) || possessiveBase(toks[k]!)) return null;
    let j = k;
    while (j > 0 && isCapWord(toks[j - 1]) && !possessiveBase(toks[j - 1]!)) j--;
    const before = tokAt(toks, j - 1);
    if (j === 0 || !before || before.k !== 'w' || PREPOSITIONS.has(before.lo) || DETERMINERS.has(before.lo)) return null;
    const sp = this.fromName(toks.slice(j, k + 1).map((x) => x.t), s);
    return sp?.kind === 'person' && (sp.gender || sp.name.includes(' ') || this.names.isTitled(sp.name)) ? sp : null;
  }

  /**
   * The person whose name is the subject of the nearest clause before a colon at `colon`: a name not
   * after a preposition or a determiner, followed by a word in lower case that can be its verb.
   */
  protected subjectBeforeColon(s: Sentence, colon: number): Speaker | null {
    const toks = s.toks;
    // a name in apposition right at the colon ("Bob Doe on beating his brother, Mark: “…”") is the
    // speaker only when no subject before it is one
    let apposed: Speaker | null = null;
    for (let k = colon - 1; k >= 0; k--) {
      const t = toks[k]!;
      if (t.k === 'q') return null;
      if (!isCapWord(t) || isCapWord(toks[k + 1]) || possessiveBase(t)) continue;
      let j = k;
      while (j > 0 && isCapWord(toks[j - 1]) && !possessiveBase(toks[j - 1]!)) j--;
      const before = tokAt(toks, j - 1);
      const next = toks[k + 1];
      if (before && before.k === 'w' && ((PREPOSITIONS.has(before.lo) && !(before.lo === 'by' && k === colon - 1)) || DETERMINERS.has(before.lo))) {
        k = j;
        continue;
      }
      // ("the question posed by nurse Marion Brown: “…”": a name that ends right at the colon introduces the words)
      const atColon = k === colon - 1;
      // "Bob Doe on beating his brother: “…”": a name opening the sentence, then "on" and the topic,
      // is a press-conference label of who speaks
      const label = j === 0 && next?.lo === 'on';
      if (!atColon && !label && (!next || next.k !== 'w' || !startsLower(next.t) || PREPOSITIONS.has(next.lo) || next.lo === 'and' || next.lo === 'or')) {
        k = j;
        continue;
      }
      // "Quoting Jim Doe after the win: “…”": a capitalised word that is no name's opens the run
      let from = j;
      while (from < k && NOT_NAME.has(toks[from]!.lo)) from++;
      const sp = this.fromName(mapArray(toks.slice(from, k + 1), (x) => x.t), s);
      if (sp?.kind === 'person' && (sp.gender || sp.name.includes(' ') || this.names.isTitled(sp.name))) {
        if (!(atColon && before?.t === ',' && j > 0)) return sp;
        apposed ??= sp;
      }
      k = j;
    }
    return apposed;
  }

  /**
   * The clause that reports clause c: an earlier finite speech clause of the sentence with a speaker,
   * followed by "that" or straight by c's subject, with no quotation between it and the words.
   */
  protected reportingClause(s: Sentence, c: number, qi: number): Clause | undefined {
    const inner = s.clauses[c]!;
    for (let k = c - 1; k >= 0; k--) {
      const cl = s.clauses[k]!;
      if (cl.participle || cl.according || cl.inverted || !cl.speaker || cl.speaker === inner.speaker) continue;
      for (let m = cl.v + 1; m < qi; m++) if (s.toks[m]!.k === 'q') return undefined;
      const next = s.toks[cl.v + 1];
      const start = inner.np.start === -1 ? inner.v : inner.np.start;
      // "In his first address since the court declared that X was unlawful, Doe said …": a clause that
      // opens after a comma is the main clause after a fronted phrase, not one the earlier verb reports
      if (s.toks[start - 1]?.t === ',') return undefined;
      if (next && (next.lo === 'that' || cl.v + 1 === start)) return cl;
      return undefined;
    }
    return undefined;
  }

  protected setSpeaker(s: Sentence, a: Attribution, sp: Speaker | null, strength: Strength): void {
    a.speaker = sp;
    a.strength = strength;
    if (strength >= 2) a.speechContext = true;
    if (sp) s.last = sp;
  }

  /** A speech verb at v introduces the quotation at qi directly: a few words, then a colon, a comma or "that". */
  protected adjacentBefore(toks: readonly Tok[], v: number, qi: number): boolean {
    if (qi - v - 1 > 8) return false;
    for (let k = v + 1; k < qi; k++) if (toks[k]!.k === 'q') return false;
    return qi === v + 1 || [':', ',', 'that'].includes(toks[qi - 1]!.lo);
  }

  /**
   * A paragraph that opens with a preposition and a topic, then a colon and a quotation ("On the
   * referee: “…”", "About his future: “…”"): no speech verb or quotation before the colon.
   */
  protected topicLabel(s: Sentence, colon: number): boolean {
    const toks = s.toks;
    if (colon < 2 || colon > 12 || this.sentences[s.idx - 1]?.para === s.para || s.heading) return false;
    const first = toks[0]!;
    if (first.k !== 'w' || !startsUpper(first.t) || !TOPIC_PREPOSITIONS.has(first.lo)) return false;
    for (let k = 1; k < colon; k++) if (toks[k]!.k === 'q' || SPEECH_VERB.has(toks[k]!.lo)) return false;
    return true;
  }

  /** After "“…” – Jo Roe", the rest of the sentence is a topic and nothing else: "on Tom Pell", "on the derby." (no verb, no quotation). */
  protected topicAfterName(toks: readonly Tok[], e: number): boolean {
    if (toks[e]?.lo !== 'on' || e + 1 >= toks.length) return false;
    for (let k = e + 1; k < toks.length; k++) {
      const x = toks[k]!;
      if (x.k === 'q' || SPEECH_VERB.has(x.lo) || (x.k === 'p' && !(k === toks.length - 1 && x.t === '.'))) return false;
    }
    return true;
  }

  /** Who a sentence says released or issued a statement (or another document), if it says so. */
  protected releasedBy(s: Sentence): Speaker | null {
    const toks = s.toks;
    for (let k = 1; k < toks.length; k++) {
      if (!RELEASE_VERBS.has(toks[k]!.lo)) continue;
      let d = k + 1;
      while (d < toks.length && d <= k + 3 && toks[d]!.k === 'w' && !DOCUMENT_NOUNS.has(toks[d]!.lo)) d++;
      if (!DOCUMENT_NOUNS.has(tokAt(toks, d)?.lo ?? '')) continue;
      const np = this.backwardNP(toks, k, s);
      if (np.type === 'name' || np.type === 'desc' || np.type === 'pron') return this.resolve(np, s, np.start);
    }
    return null;
  }

  protected precedingSpeaker(s: Sentence, qi: number, opens = false): Speaker | null {
    for (let k = qi - 1; k >= 0 && k >= qi - 60; k--) {
      const t = s.toks[k]!;
      if (t.k === 'q') {
        const sp = this.result.get(t.q)?.speaker;
        if (sp) return sp;
      }
    }
    const opensParagraph = this.sentences[s.idx - 1]?.para !== s.para && (opens || qi <= this.firstWordOf(s));
    for (let j = s.idx - 1, n = 0; j >= 0 && n < 2; j--, n++) {
      const prev = this.sent(j);
      // a heading ends it, unless it is itself an attributed quotation: “…” he said (with no full stop)
      if (prev.heading && !(prev.last && prev.clauses.length)) return null;
      // across a paragraph break only from the paragraph's last sentence, to a paragraph that opens with the quotation
      if (prev.para !== s.para && (j !== s.idx - 1 || !opensParagraph)) return null;
      if (prev.last) return prev.last;
      // "… and her office later released a statement.⏎“…”": the statement's author
      const author = n === 0 ? this.releasedBy(prev) : null;
      if (author) return author;
      if (prev.subject?.kind === 'person' && !prev.toks.some((x) => x.k === 'q')) return prev.subject;
      // "Young said he suspects a fault. That could have set it off.⏎“It only takes …”": the speaker of
      // the paragraph before, from a sentence or two further up in it
      if (prev.para !== s.para) {
        for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
          const up = this.sent(k);
          if (up.para !== prev.para || up.heading) break;
          if (up.last) return up.last;
        }
        return null;
      }
    }
    return null;
  }
}

/**
 * Where a headline's own words begin: after a label in capitals ("READ MORE:", "WATCH:") and a
 * quotation it opens with ("‘…’: X speaks out").
 */
function headlineBody(toks: readonly Tok[]): number {
  let i = 0;
  while (i < toks.length && i < 3 && toks[i]!.k === 'w' && /^\p{Lu}{2,}$/u.test(toks[i]!.t)) i++;
  if (i > 0 && toks[i]?.t === ':') i++;
  else i = 0;
  if (toks[i]?.k === 'q' && toks[i + 1]?.t === ':') i += 2;
  return i < toks.length ? i : 0;
}

/** A word in lower case right after the subject and before the quotation: the headline's verb. */
function headlineVerbAfter(toks: readonly Tok[], np: NP, qi: number): boolean {
  if (np.type !== 'name' && np.type !== 'desc') return false;
  let end = np.start + Math.max(1, np.words.length);
  while (toks[end] && isLy(toks[end]!)) end++;
  const v = toks[end];
  // (not a passive with its auxiliary left out: "Villagers urged to flee" are told)
  if (v && ADDRESSEE_PASSIVE.has(v.lo) && toks[end + 1]?.lo === 'to') return false;
  // a verb of a headline's present tense ("speaks", "votes to"), not a function word ("as", "is")
  return (end < qi || np.start > qi) && !!v && v.k === 'w' && startsLower(v.t) && !PREPOSITIONS.has(v.lo) &&
    (SPEECH_VERB.has(v.lo) || (v.lo.length > 3 && /(?:[^s]s|ed)$/.test(v.lo) && !FINITE_AUX.has(v.lo)));
}

/**
 * The sentence's subject when it is a description of people ("the residents", "Officials", a plural
 * of a role noun capitalised only because it opens the sentence), else null.
 */
function peopleSubject(s: Sentence): Extract<NP, { type: 'desc' }> | null {
  const sub = s.subjectNp;
  if (sub?.type === 'desc') return PERSON_NOUNS.has(singularNoun(sub.head)) ? sub : null;
  if (sub?.type !== 'name' || sub.words.length !== 1 || sub.start !== 0) return null;
  const lo = sub.words[0]!.toLowerCase();
  return PERSON_NOUNS.has(singularNoun(lo)) && /s$/.test(lo) ? npDesc([lo], lo, '', null, 0) : null;
}

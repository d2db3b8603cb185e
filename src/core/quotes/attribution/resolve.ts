/**
 * Resolving a noun phrase to a speaker against the article's discourse: names to their fullest form,
 * acronyms spelled out, he/she to the most plausible person in view, it to the organisation in view,
 * descriptions to the person they describe, documents to their author.
 */
import { mapArray } from '../../text';
import { NUMBER_WORDS } from '../../common/numberWords';
import { DOCUMENT_NOUNS, FEMALE_NOUNS, MALE_NOUNS, NATIONALITY, NOT_NAME, NOT_SPEAKER_NOUNS, NP_BREAK, OFFICES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, PREPOSITIONS, SIGN_CARRIERS, SIGN_NOUNS, SPEECH_VERB, TITLES, WEEKDAYS_MONTHS } from '../lexicon';
import { lookupName } from '../../entities/gazetteer';
import { isCommonWord as isEnglishWord } from '../../entities/lexicon';
import { splitTitle, type Gender } from '../names';
import { isCapWord, possessiveBase, startsLower, type Tok } from '../tokens';
import { type Speaker, type NP, tokAt, npDesc, type Sentence, LOOK_BACK, GENERIC_ROLES, pluralDesc, FRONTING_SUBORDINATORS, singularNoun } from './model';
import { PhraseReader } from './phrases';

/** Institutions a country (or a named body) has one of: "the Indian navy" names its own referent. */
const NATIONAL_INSTITUTIONS = new Set(['navy', 'army', 'military', 'government', 'ministry', 'police', 'parliament', 'embassy', 'authorities', 'cabinet', 'senate', 'congress', 'administration', 'regulator', 'forces']);
/** What being named only in a fronted adverbial clause adds to a pronoun antecedent's cost. */
const FRONTED_COST = 1.5;

export abstract class Resolver extends PhraseReader {
  protected resolve(np: NP, s: Sentence, at: number): Speaker | null {
    switch (np.type) {
      case 'name': return this.fromName(np.words, s);
      case 'pron': return this.pronoun(np.p, s, at);
      case 'rel': return np.ante ? this.resolve(np.ante, s, at) : null;
      case 'desc': return this.description(np, s);
      default: return null;
    }
  }

  protected fromName(words: string[], s: Sentence | null): Speaker | null {
    let clean = words.filter((w) => w !== '');
    // "an August OBA report": a date before a name is no part of it, unless the article names it so
    if (clean.length > 1 && WEEKDAYS_MONTHS.has(clean[0]!.toLowerCase()) && !this.names.lookup(clean)) clean = clean.slice(1);
    if (!clean.length) return null;
    const lower = mapArray(clean, (w) => w.toLowerCase());
    if (lower.every((w) => NOT_NAME.has(w) || WEEKDAYS_MONTHS.has(w))) return null;
    // "One of them was “pushed”, they said": a number word alone is a count of people, not a name,
    // unless the article writes it as one more than once (the television channel Five)
    if (lower.length === 1 && (lower[0] === 'one' || NUMBER_WORDS[lower[0]!] !== undefined) && (this.names.lookup(clean)?.count ?? 0) < 2) return null;
    // "the Roman Catholic Diocese of Covington", "the Institute for Peace Studies": an organisation's
    // name keeps its "of" or "for" part
    const ofAt = lower.findIndex((w) => w === 'of' || w === 'for');
    if (ofAt > 0 && lower.slice(0, ofAt).some((w) => ORG_WORDS.has(w))) {
      const start = lower.findIndex((w) => !NOT_NAME.has(w));
      return { name: clean.slice(start).join(' '), kind: 'org', gender: null, human: false };
    }
    const { name } = splitTitle(clean);
    // "the Union Minister", "the State Premier": capitalised words before an office no one bears as a
    // surname are a description of its holder, unless the article knows the words as a name
    if (name.length && clean.length >= 2 && OFFICES.has(lower[lower.length - 1]!) && !this.names.lookup(clean)?.titled) {
      const info = this.names.lookup(name);
      if (!info || info.org || !(info.titled || info.male + info.female + info.he + info.she > 0)) return this.description(npDesc(lower, lower[lower.length - 1]!, 'the', null, 0), s);
    }
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

  protected pronoun(p: string, s: Sentence, at: number): Speaker | null {
    if (p === 'i' || p === 'we' || p === 'you') return null;
    const want = (sp: Speaker | null): boolean => {
      if (!sp) return false;
      if (p === 'he' || p === 'she') return (sp.kind === 'person' || (sp.kind === 'desc' && !!sp.human && !pluralDesc(sp.name))) && sp.gender !== (p === 'he' ? 'f' : 'm');
      if (p === 'they') return sp.kind === 'org' || (sp.kind === 'desc' && pluralDesc(sp.name));
      if (p === 'it') return sp.kind === 'org';
      return false;
    };
    if (p === 'he' || p === 'she') {
      // "A nurse rounded on him. … She said … He added: “…”": the pronoun tells a description's gender
      const sp = this.personalAntecedent(p === 'he' ? 'm' : 'f', s, at);
      return sp?.kind === 'desc' && !sp.gender ? { ...sp, gender: p === 'he' ? 'm' : 'f' } : sp;
    }
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
  protected personalAntecedent(g: Gender, s: Sentence, at: number, reach = 6): Speaker | null {
    let best: Speaker | null = null;
    let bestCost = Infinity;
    let tie = false;
    const consider = (sp: Speaker | null, cost: number, spoke = false): void => {
      if (!sp) return;
      const human = sp.kind === 'person' || (sp.kind === 'desc' && sp.human && !pluralDesc(sp.name));
      if (!human || (g && sp.gender && sp.gender !== g)) return;
      // gender unknown: less surely the one meant; but the speaker of the sentence right before, by a
      // full name ("Douglass Strauss …, said …", a given name no list knows), is a person of one
      // gender or the other, and the one in view: less than a bare surname, a description or someone
      // only mentioned
      if (g && !sp.gender) cost += spoke && sp.kind === 'person' && sp.name.includes(' ') ? 0.75 : 1.5;
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
    // "… the Governor of Alaska, Sarah Palin, and she has apologised": people named earlier in the
    // sentence, from its subject on ("Unlike Smith, he …" is someone else; so is the subject a
    // parenthesis interrupts)
    const from = sub ? Math.max(sub.start, 0) : 0;
    if (!aside && at > from) {
      const before: Speaker[] = [];
      this.collectMentions(s, before, Math.min(at, s.toks.length), from);
      for (const m of before) consider(m, 0.5);
    }
    for (let j = s.idx - 1, n = 1; j >= 0 && j >= s.idx - LOOK_BACK && n <= reach && bestCost > n; j--, n++) {
      const prev = this.sent(j);
      // a heading or caption between paragraphs is passed over, not read
      if (prev.heading && !s.heading) {
        n--;
        continue;
      }
      // who is named in a fronted adverbial clause ("Although Doe has said that …, the list is …")
      // is less in view than the main clause's people, and than the sentence before's speaker
      const fronted = this.frontedClauseEnd(prev);
      const lastIn = fronted > 0 && prev.clauses.every((c) => !c.speaker || c.v < fronted);
      consider(prev.last, n + (lastIn ? FRONTED_COST : 0), n === 1 && !lastIn && prev.clauses.some((c) => c.speaker === prev.last));
      const subject = this.clearPerson(prev.subject);
      consider(subject, n + 0.1);
      // "Almond said it would peak at 30C, while Gaze gave a more specific prediction. He said: “…”":
      // the subject of a contrasting clause that ends the sentence is the last one in view
      if (n === 1) consider(this.contrastSubject(prev), n - 0.1);
      // a bare surname the article never marks as a person's, as the sentence's subject ("Mulder
      // didn't hesitate. “…,” he said."): a person to any reader, if less surely than one marked
      if (subject?.kind !== 'person' && n <= 2) consider(this.unmarkedPerson(prev), n + 1.5);
      if (!fronted) for (const m of this.mentionsOf(prev)) consider(m, n + 0.5);
      else {
        const inFronted: Speaker[] = [];
        const inMain: Speaker[] = [];
        this.collectMentions(prev, inFronted, fronted, 0);
        this.collectMentions(prev, inMain, prev.toks.length, fronted);
        for (const m of inMain) consider(m, n + 0.5);
        for (const m of inFronted) consider(m, n + 0.5 + FRONTED_COST);
      }
    }
    return tie ? null : best;
  }

  /**
   * Where a sentence's fronted adverbial clause ends ("Although …, ", "If …, "): its first comma
   * after the subordinator that opens the sentence, or the sentence's end. 0 when none opens it.
   */
  protected frontedClauseEnd(s: Sentence): number {
    const toks = s.toks;
    const first = this.firstWordOf(s);
    if (first >= toks.length || !FRONTING_SUBORDINATORS.has(toks[first]!.lo)) return 0;
    for (let k = first + 1; k < toks.length; k++) if (toks[k]!.t === ',') return k;
    return toks.length;
  }

  /**
   * A sentence's subject when it is a lone capitalised name that nothing marks as an organisation or
   * a place and that is no English word (nor one the article writes in lower case): a person the
   * article never introduced with a first name, title or honorific, of a gender not known.
   */
  protected unmarkedPerson(prev: Sentence): Speaker | null {
    const np = prev.subjectNp;
    const sp = prev.subject;
    if (!np || np.type !== 'name' || !sp || sp.kind !== 'org' || np.words.length !== 1) return null;
    // a verb of its own must follow it ("Mulder didn't hesitate"; not "Twenty of his films")
    const next = tokAt(prev.toks, np.start + 1);
    if (!next || next.k !== 'w' || !startsLower(next.t) || PREPOSITIONS.has(next.lo) || next.lo === 'and' || next.lo === 'or') return null;
    const word = np.words[0]!;
    const lo = word.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || sp.name !== word || this.names.lookup([word])?.org) return null;
    if (ORG_WORDS.has(lo) || NOT_NAME.has(lo) || isEnglishWord(lo) || (lo.endsWith('s') && isEnglishWord(lo.slice(0, -1))) || lookupName(word)) return null;
    const lower = this.lowerVocab().has(lo);
    this.log?.queries.push(['C', lo, lower ? '1' : '0']);
    return lower || this.placeLike(word) ? null : { name: word, kind: 'person', gender: null, human: false };
  }

  /**
   * "it said", "the utility said": the organisation last in view — the nearest earlier clause's
   * speaker or sentence subject that is an organisation, over up to six sentences (headings and
   * captions passed over).
   */
  protected salientOrg(s: Sentence, at: number): Speaker | null {
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
  protected plausibleOrg(sp: Speaker | null): boolean {
    if (!sp || sp.kind !== 'org') return false;
    if (lookupName(sp.name)?.type === 'place') return false;
    if (sp.name.includes(' ')) return true;
    const lo = sp.name.toLowerCase();
    if (isEnglishWord(lo) || NOT_NAME.has(lo) || (lo.endsWith('s') && isEnglishWord(lo.slice(0, -1)))) return false;
    // a word the article also writes in lower case (or its singular: "Firefighters", "firefighter")
    for (const w of lo.endsWith('s') ? [lo, lo.slice(0, -1)] : [lo]) {
      const lower = this.lowerVocab().has(w);
      this.log?.queries.push(['C', w, lower ? '1' : '0']);
      if (lower) return false;
    }
    return true;
  }

  /**
   * A document speaks for its author: the name it is qualified with ("The RCMP statement", "An
   * August PBO report"), its possessor ("the company's white paper", "her statement"), the name after
   * "of/from/by/in" ("an editorial in the daily Eleftheros Typos"), else the organisation in view.
   */
  protected documentAuthor(np: Extract<NP, { type: 'desc' }>, s: Sentence): Speaker | null {
    // (a nationality alone does not name the author: "the Indian statement" is the statement in view)
    const caps = np.words.filter((w) => /^\p{Lu}/u.test(w) && !WEEKDAYS_MONTHS.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase()) && !NATIONALITY.has(w.toLowerCase()));
    if (caps.length) return this.fromName(caps, s);
    if (np.possessor) return this.fromName(np.possessor, s);
    const pron = np.det === 'his' ? 'he' : np.det === 'her' ? 'she' : np.det === 'its' ? 'it' : '';
    if (pron) return this.pronoun(pron, s, np.start);
    // "the white paper said": the author of the white paper the article spoke of before
    if (np.det === 'the' || np.det === 'this' || np.det === 'that') {
      for (let j = s.idx - 1; j >= 0 && j >= s.idx - LOOK_BACK; j--) {
        for (const c of this.sent(j).clauses) if (c.speaker && c.np.type === 'desc' && c.np.head === np.head) return c.speaker;
      }
      // "Jo Roe, who made the call in a statement, noted … The statement read:", "Jo Roe stated in
      // the company's blog post … the post read": the one who spoke in the document the article
      // brought in just before: its speech clause's speaker, else a person as its subject
      for (let j = s.idx - 1; j >= 0 && j >= s.idx - 3; j--) {
        const sj = this.sent(j);
        let brought = false;
        for (let m = 1; m < sj.toks.length && !brought; m++) brought = sj.toks[m]!.lo === np.head;
        if (!brought) continue;
        for (const c of sj.clauses) if (c.speaker && (c.speaker.kind === 'person' || c.speaker.kind === 'org')) return c.speaker;
        if (sj.subject?.kind === 'person') return sj.subject;
        break;
      }
    }
    const toks = s.toks;
    let k = np.start;
    while (k < toks.length && k < np.start + 8 && toks[k]!.lo !== np.head) k++;
    // "a statement e-mailed to The Globe by Reagan Ruslim", "a statement issued by the elder Doe",
    // "… by the White House": the agent of the document's participle (past a determiner and a word)
    for (let m = k + 1; m < toks.length && m < k + 10 && toks[m]!.k === 'w' && !SPEECH_VERB.has(toks[m]!.lo); m++) {
      if (toks[m]!.lo !== 'by') continue;
      let at = m + 1;
      while (at < m + 3 && toks[at]?.k === 'w' && startsLower(toks[at]!.t) && !NP_BREAK.has(toks[at]!.lo)) at++;
      if (isCapWord(toks[at])) {
        const named = this.forwardNP(toks, at, s);
        if (named.type === 'name') return this.resolve(named, s, at);
      }
    }
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
    // "according to one submission": an author nobody names, one among many, who is best named by
    // the document itself (as an unnamed person is by a description)
    if (np.det === 'one') return { name: `one ${np.words.join(' ')}`, kind: 'desc', gender: null, human: false };
    return this.salientOrg(s, np.start);
  }

  /** Is this noun phrase a sign, a banner or a leaflet ("one leaflet", "Banners" opening a sentence)? */
  protected isSign(np: NP | null): boolean {
    if (!np) return false;
    if (np.type === 'desc') return SIGN_NOUNS.has(np.head.toLowerCase());
    return np.type === 'name' && np.words.length === 1 && SIGN_NOUNS.has(np.words[0]!.toLowerCase());
  }

  /**
   * The words on a sign, a banner or a leaflet are its carriers': the protesters (demonstrators,
   * marchers…) its sentence or the six before it speak of ("With signs reading “…”, about 100
   * protesters rallied"), else nobody named.
   */
  protected signCarriers(s: Sentence): Speaker | null {
    for (let j = s.idx, n = 0; j >= 0 && j >= s.idx - LOOK_BACK && n <= 6; j--, n++) {
      const toks = j === s.idx ? s.toks : this.sent(j).toks;
      for (const t of toks) if (t.k === 'w' && SIGN_CARRIERS.has(t.lo)) return { name: t.lo, kind: 'desc', gender: null, human: true };
    }
    return null;
  }

  /** Is this person named in the sentences shortly before s? */
  protected mentionedBefore(s: Sentence, name: string): boolean {
    for (let j = s.idx - 1; j >= 0 && j >= s.idx - LOOK_BACK; j--) {
      const prev = this.sent(j);
      if (prev.last?.name === name || prev.subject?.name === name) return true;
      for (const m of this.mentionsOf(prev)) if (m.name === name) return true;
    }
    return false;
  }

  /** A sentence subject as a pronoun's antecedent: a person the article clearly names as one. */
  /** The person who is the subject of a last clause opened by ", while", ", whereas" or ", but" (a name, then a verb). */
  protected contrastSubject(s: Sentence): Speaker | null {
    const toks = s.toks;
    for (let k = toks.length - 2; k > 1; k--) {
      const t = toks[k]!;
      if (t.k === 'q') return null;
      if (!(t.lo === 'while' || t.lo === 'whereas' || t.lo === 'but') || toks[k - 1]!.t !== ',') continue;
      let e = k + 1;
      while (e < toks.length && isCapWord(toks[e]) && e < k + 5) e++;
      const verb = toks[e];
      if (e === k + 1 || !verb || verb.k !== 'w' || !startsLower(verb.t) || NP_BREAK.has(verb.lo) || PREPOSITIONS.has(verb.lo)) return null;
      return this.clearPerson(this.fromName(mapArray(toks.slice(k + 1, e), (x) => x.t), s));
    }
    return null;
  }

  protected clearPerson(sp: Speaker | null): Speaker | null {
    if (!sp || sp.kind !== 'person') return sp;
    // a full name (given name and surname) is a person's too, of a gender not yet known
    return sp.gender || this.names.isTitled(sp.name) || sp.name.includes(' ') ? sp : null;
  }

  protected resolveAccording(np: NP, toks: readonly Tok[], i: number, s: Sentence): Speaker | null {
    if (np.type === 'desc' && NOT_SPEAKER_NOUNS.has(np.head)) {
      // "according to a statement from the ministry"
      let k = i;
      while (k < toks.length && toks[k]!.k === 'w' && !['from', 'by', 'of'].includes(toks[k]!.lo)) k++;
      if (toks[k]?.k === 'w') return this.resolve(this.forwardNP(toks, k + 1, s), s, k + 1);
      return null;
    }
    if (np.type === 'none') {
      // "according to forensic doctors and independent experts hired by …": a bare plural of people
      const words: string[] = [];
      let k = i;
      while (k < toks.length && k < i + 8 && toks[k]!.k === 'w' && startsLower(toks[k]!.t) && !SPEECH_VERB.has(toks[k]!.lo) && (toks[k]!.lo === 'and' || !NP_BREAK.has(toks[k]!.lo))) words.push(toks[k++]!.lo);
      while (words.length && !/(?:ers|ists|ians|ants|ents|ors|ives|als|ees|men|women|people|experts|officials)$/.test(words[words.length - 1]!)) words.pop();
      // bare "according to reports"
      if (!words.length || NOT_SPEAKER_NOUNS.has(words[words.length - 1]!)) return null;
      return { name: words.join(' '), kind: 'desc', gender: null, human: true };
    }
    return this.resolve(np, s, i);
  }

  protected description(np: Extract<NP, { type: 'desc' }>, s: Sentence | null): Speaker | null {
    const head = np.head.toLowerCase();
    const text = (np.possessor ? np.possessor.join(' ') + "'s " : np.det && np.det !== 'poss' ? np.det + ' ' : '') + np.words.join(' ');
    const asDesc: Speaker = {
      name: text.replace(/’/g, "'"), kind: 'desc',
      gender: FEMALE_NOUNS.has(head) ? 'f' : MALE_NOUNS.has(head) ? 'm' : null,
      human: PERSON_NOUNS.has(head) || NATIONALITY.has(head) || /year-old$/.test(head) || np.det === 'said',
    };
    if (SIGN_NOUNS.has(head) && s) {
      const carriers = this.signCarriers(s);
      if (carriers) return carriers;
    }
    if (DOCUMENT_NOUNS.has(head)) return s ? this.documentAuthor(np, s) : null;
    if (NOT_SPEAKER_NOUNS.has(head)) return null;
    // "Tillerson's spokesman" is not Tillerson; "Russia's top diplomat" is a definite description
    if (np.possessor && this.names.isPerson(this.names.lookup(np.possessor)?.name ?? np.possessor.join(' '))) return asDesc;
    // "the diocese said": the organisation the article names with that word, for any noun no person is
    if (!PERSON_NOUNS.has(head) && !ORG_NOUNS.has(head) && !NATIONALITY.has(head) && np.det === 'the') {
      const orgs = this.names.orgsWith(head).filter((o) => o.org && o.words.length > 1);
      if (orgs.length) {
        orgs.sort((a, b) => b.count - a.count || a.first - b.first);
        return { name: orgs[0]!.name, kind: 'org', gender: null, human: false };
      }
    }
    if (ORG_NOUNS.has(head) && !PERSON_NOUNS.has(head)) {
      // "her office", "his campaign": the person's, named as theirs
      if (s && (np.det === 'his' || np.det === 'her')) {
        const owner = this.pronoun(np.det === 'his' ? 'he' : 'she', s, np.start);
        if (owner?.kind === 'person') return { name: `${owner.name}'s ${np.words.join(' ')}`, kind: 'org', gender: null, human: false };
      }
      // "the Indian navy": a nationality or a name before the noun of an institution a country has one
      // of tells which it is, so only one named with that word will do (not "U.S. Navy"), else the
      // description itself ("the German giant" is an epithet for whatever company is in view instead)
      const marks = !NATIONAL_INSTITUTIONS.has(head) ? [] : mapArray(np.words.slice(0, -1), (w) => w.toLowerCase()).filter((w) => NATIONALITY.has(w) || /^\p{Lu}/u.test(np.words.find((x) => x.toLowerCase() === w) ?? ''));
      const orgs = this.names.orgsWith(head).filter((o) => (o.words.length > 1 || o.org) && (!marks.length || o.words.some((w) => marks.includes(w.toLowerCase()))));
      if (marks.length && !orgs.length) return { name: np.words.join(' '), kind: 'org', gender: null, human: false };
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
    // "the police stated", "the officials said": many people, never the one person given a title with
    // the word ("police chief Jo Roe")
    if (head === 'police' || head === 'people' || head === 'personnel' || (head !== singularNoun(head) && !PERSON_NOUNS.has(head) && PERSON_NOUNS.has(singularNoun(head)))) return asDesc;
    // a definite description of a person: the one whose titles match, else the last speaker
    const mods = mapArray(np.words, (w) => w.toLowerCase()).filter((w) => !NOT_NAME.has(w));
    // every title word of the description must be among the person's ("attorney general" is not "solicitor general")
    const required = mods.filter((w) => TITLES.has(w) && !NATIONALITY.has(w));
    const people = new Map<string, number>();
    // "the former chief minister" is not whom the article gives the office without "former"
    const former = np.words.some((w) => /^(?:former|ex)$/i.test(w));
    for (const n of this.names.withRoles([head, ...required])) {
      if (former && !n.roles.has('former') && !n.roles.has('ex')) continue;
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
}

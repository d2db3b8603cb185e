/**
 * The second phase of the recogniser: each chunk is cut into names by titles, nationality adjectives,
 * known names, results rows, headlines and sentence position. Typing each name so cut (known names,
 * suffixes, context words, first names) is typing.ts's; what the article as a whole says of each name
 * is resolve.ts's.
 */
import {
  CALENDAR, NOT_NAMES, DEMONYMS, EVENT_SUFFIXES, LONE_ORG_HEADS, STATE_ABBREVIATIONS, TITLE_HEADS,
  TITLE_MODIFIERS, NOT_ACRONYMS, OFFICE_MODIFIERS, VESSEL_PREFIXES, isCountry, isFirstName, lookupName,
} from './gazetteer';
import { NUMBER_WORDS } from '../common/numberWords';
import { isCommonWord } from './lexicon';
import {
  COMPASS, COMPASS_LOWER, COURTESY, CREDIT_VERBS, DETERMINERS, INSTITUTION_ADJECTIVES, OF_CONNECTORS, ORG_OF_HEADS, PRODUCT_NOUNS,
  isAmpersand, SURNAME_PLURAL, isNicknamePlural, TITLE_ACRONYMS, POLICE_TITLES, AGENT_NOUN, COMPANY_TITLES, isHeadWord,
  isOrgSuffix, isPartyName, spelledByCodeAfter, PERSON_CUE_BEFORE, initialsInBrackets,
} from './cues';
import { NameTyper } from './typing';
import { Sep } from './tokens';

export class Recognizer extends NameTyper {
  // ---- cutting a chunk into names -------------------------------------------------------------------

  protected process(a: number, b: number): void {
    const t = this.t;
    if (a >= b) return;
    // A team in a results table ("Arsenal 2 Leeds United 0") and its scorers: the row is often short
    // enough to read as a headline.
    if (t[b]?.num && this.scorerInRow(a, b) && !(this.teamCount(b) && !isFirstName(t[a]!.word) && this.resultsRow(a, b))) {
      this.cands.push({ a, b, type: 'person', strength: 'cue', known: null, guarded: false });
      return;
    }
    // A reporter's credit: "By Kit Rees" on a line of its own, "(Reporting by Jan Lee; editing by Tom Roe)".
    const credited = this.creditedFrom(a, b);
    if (credited >= 0) {
      this.cands.push({ a: credited, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (t[b]?.num && this.resultsRow(a, b)) {
      const g = this.lookup(a, b);
      if (g && isCountry(g.canonical)) return this.emitKnown(a, b, g.type, g.canonical);
      this.cands.push({ a, b, type: 'organization', strength: g ? 'strong' : 'cue', known: null, guarded: false });
      return;
    }
    if (t[a]!.headline) return this.processHeadline(a, b);
    // "READ MORE", "WATCH": a page's furniture in capitals, common words only, names nothing.
    if (this.commonWordsInCapitals(a, b) && !this.datelinePlace(a, b)) return;
    // A code after a word ("Bill C-69", "an F-16"): the letter is the code's, and a common word before it no name.
    if (t[b - 1]!.word.length === 1 && b < t.length && t[b]!.num && t[b]!.sep === Sep.Hyphen && t[b]!.para === t[b - 1]!.para) {
      if (b - a === 2 && isCommonWord(t[a]!.lower)) return;
      return this.process(a, b - 1);
    }
    // Leading determiners and a capital that is only there because the sentence starts.
    for (let guard = 0; a < b && guard < 3; guard++) {
      const tok = t[a]!;
      // (A determiner in capitals is a name's, "THE SUN", unless only it is: "THE Vela Police said".)
      if (DETERMINERS.has(tok.lower) && (!tok.allCaps || (a + 1 < b && !t[a + 1]!.allCaps))) {
        const g = this.lookup(a, b);
        if (g && tok.lower === 'the') return this.emitKnown(a, b, g.type, g.canonical);
        a++;
        continue;
      }
      // "Organizer Jane Doe said": a sentence starts with what the person does, then the full name.
      if (tok.initial && !tok.allCaps && b - a === 3 && (PERSON_CUE_BEFORE.has(tok.lower) || AGENT_NOUN.test(tok.lower)) && this.personAfterRole(a, b)) {
        a++;
        continue;
      }
      // "Thirteen DEC members", "Twenty Kelby families": a count opening a sentence (one a word list may
      // not know); not a name's own number ("Seven Network").
      if (tok.initial && !tok.allCaps && b - a >= 2 && NUMBER_WORDS[tok.lower] !== undefined && !(b - a === 2 && isHeadWord(t[a + 1]!.word)) && !this.lookup(a, b)) {
        a++;
        continue;
      }
      // "Unheralded Russian qualifier X": a sentence's first word, no first name, title or known name, before a nationality.
      if (tok.initial && !tok.allCaps && b - a === 2 && DEMONYMS.has(t[a + 1]!.lower) && !isFirstName(tok.word) && !TITLE_HEADS.has(tok.lower) && !TITLE_MODIFIERS.has(tok.lower) && !this.lookup(a, a + 1) && !this.lookup(a, b)) {
        a++;
        continue;
      }
      if (tok.initial && !tok.allCaps && this.isCommon(a) && !isFirstName(tok.word) && !TITLE_HEADS.has(tok.lower) && !TITLE_MODIFIERS.has(tok.lower) && !(a + 1 < b && isAmpersand(t[a + 1]!.gap))) {
        if (b - a >= 2 && (this.lookup(a, b) || isPartyName(t, a, b) || spelledByCodeAfter(t, a, b))) break; // "United Nations", "North Korea", "Social Democrats"
        if (b - a >= 2 && this.suffixType(a, b) && !(b - a >= 3 && this.suffixType(a + 1, b))) break; // "Supreme Court"
        // "Concern Worldwide have released": common words only, in the singular, before a plural verb:
        // a body's name (not "Senior Tories have", "Yesterday Vela have").
        if (b - a >= 2 && this.pluralVerbAfter(a, b) && !t[b - 1]!.lower.endsWith('s') && this.allCommon(a, b)) break;
        if (b - a === 1) {
          // "Turkey", "Brown": only if the article names it elsewhere.
          this.cands.push({ a, b, type: null, strength: 'weak', known: null, guarded: true });
          return;
        }
        a++;
        continue;
      }
      break;
    }
    if (a >= b) return;
    if (isPartyName(t, a, b) && !this.lookup(a, b)) {
      this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (this.processSpecial(a, b)) return;
    const g = this.lookup(a, b);
    if (g) return this.emitKnown(a, b, g.type, g.canonical);
    // "Johnson & Johnson", "Marks & Spencer Group Plc": a firm's partners' names; two known places
    // ("Trinidad & Tobago" unless known whole) or people are each their own.
    for (let k = a + 1; k < b; k++) {
      if (t[k]!.sep !== Sep.Other || !isAmpersand(t[k]!.gap)) continue;
      const left = this.lookup(a, k);
      const right = this.lookup(k, b);
      // "Washington & Lee University", "Harlow & Kelby College": one institution's name, a place's before the "&".
      const whole = !right && b - k >= 2 ? this.suffixType(a, b) : null;
      if (whole) {
        this.cands.push({ a, b, type: whole, strength: 'strong', known: null, guarded: false });
        return;
      }
      if ((left && left.type !== 'organization') || (right && right.type !== 'organization') || (isFirstName(t[a]!.word) && k - a >= 2)) {
        this.process(a, k);
        this.process(k, b);
        return;
      }
      this.cands.push({ a, b, type: 'organization', strength: this.suffixType(a, b) === 'organization' ? 'strong' : 'cue', known: null, guarded: false });
      return;
    }
    // "TV Bafta", "US TV": abbreviations of common nouns are not part of a name.
    if (this.isNotAcronym(a)) return this.process(a + 1, b);
    if (this.isNotAcronym(b - 1)) return this.process(a, b - 1);
    // "South African", "North Korean": adjectives.
    if (b - a === 2 && COMPASS.has(t[a]!.lower) && DEMONYMS.has(t[a + 1]!.lower)) return;
    // Day and month names split a chunk ("Wednesday", "April").
    for (let k = a; k < b; k++) {
      if (CALENDAR.has(t[k]!.lower) && !(k > a && isFirstName(t[k - 1]!.word)) && !this.calendarWordInName(k, a, b)) {
        this.process(a, k);
        this.process(k + 1, b);
        return;
      }
    }
    // Hyphen joins between known names: "U.S.-Russia", "Russian-American".
    for (let k = a + 1; k < b; k++) {
      if (t[k]!.sep !== Sep.Hyphen || !t[k]!.cap || !t[k - 1]!.cap) continue;
      if (this.knownWord(k - 1) || this.knownWord(k)) {
        this.process(a, k);
        this.process(k, b);
        return;
      }
    }
    // Events, laws and eras: "Cold War", "World Cup".
    if (b - a >= 2 && EVENT_SUFFIXES.has(t[b - 1]!.lower)) return;
    const st = this.suffixType(a, b);
    if (st) {
      while (a < b - 1 && (DEMONYMS.has(t[a]!.lower) || DETERMINERS.has(t[a]!.lower)) && st === 'place') a++;
      // "British Royal Navy" → Royal Navy, "Egyptian National ... Authority": a nationality before an
      // institution's own "Royal", "National" stays outside; "Indian Navy", "Asian Development Bank" keep it,
      // and so does a name whose initials in brackets after it start with the nationality's ("... (PNP)").
      if (st === 'organization' && b - a >= 3 && DEMONYMS.has(t[a]!.lower) && !t[a]!.allCaps && INSTITUTION_ADJECTIVES.has(t[a + 1]!.lower) && t[a + 1]!.sep === Sep.Space && !initialsInBrackets(t, a, b)) a++;
      this.cands.push({ a, b, type: st, strength: 'strong', known: null, guarded: false });
      return;
    }
    if (this.splitTitle(a, b)) return;
    // A lower-case title before the chunk: "secretary of State Rex Tillerson".
    if (TITLE_MODIFIERS.has(t[a]!.lower) && b - a >= 2 && a >= 2 && t[a - 1]!.lower === 'of' && !t[a - 2]!.cap && TITLE_HEADS.has(t[a - 2]!.lower)) {
      return this.process(a + 1, b);
    }
    // Nationality adjectives are not names: "Russian", "Syrian rebels"; but "Christian Lindt", "Oscar
    // Varn": the few that are first names, before one uncommon word, are a person's.
    if (DEMONYMS.has(t[a]!.lower) && !t[a]!.allCaps && !(b - a === 2 && isFirstName(t[a]!.word) && !this.isCommon(a + 1) && !this.lookup(a + 1, b) && !isHeadWord(t[a + 1]!.word))) {
      return this.process(a + 1, b);
    }
    // "In Ann Lee and Tom Hale England have ...": a person's first name and surname, then the country
    // that is the sentence's subject, with no comma between (not "Mary Anne Ireland", two first names).
    if (b - a === 3 && isFirstName(t[a]!.word) && !t[a]!.allCaps && !isFirstName(t[a + 1]!.word) && t[b - 1]!.sep === Sep.Space) {
      const g = this.lookup(b - 1, b);
      if (g && isCountry(g.canonical) && !this.lookup(a, b)) {
        this.process(a, b - 1);
        return this.emitKnown(b - 1, b, g.type, g.canonical);
      }
    }
    // A known place or organisation before an unknown word: "US Tomahawk".
    if (b - a >= 2) {
      for (let m = Math.min(b - 1, a + this.gazMax); m > a; m--) {
        const p = this.lookup(a, m);
        if (p) {
          // "U.S. Embassy", "France Telecom Marine": a place's name before an organisation's words.
          if (p.type === 'place' && this.hasOrgWord(m, b) && !this.hasTitle(m, b)) {
            this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
            return;
          }
          // "protester Paris Kyriakides": a place's name that is also a first name, before a surname.
          if (p.type === 'place' && m === a + 1 && b - m === 1 && !this.knownWord(m) && !t[m]!.allCaps && this.personBefore(a)) {
            this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
            return;
          }
          // "Phoenix Suns", "Melbourne Rebels": a town's team (not "Paris Kyriakides", a surname in -s).
          if (p.type === 'place' && b - m === 1 && isNicknamePlural(t[m]!.word) && !SURNAME_PLURAL.test(t[m]!.word)) {
            this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
            return;
          }
          // "BBC Sport", "BBC World Service": a known organisation's own unit.
          if (p.type === 'organization' && !isFirstName(t[m]!.word) && !this.lookup(m, b) && !this.suffixType(m, b)) {
            this.cands.push({ a, b, type: 'organization', strength: 'cue', known: null, guarded: false });
            return;
          }
          this.emitKnown(a, m, p.type, p.canonical);
          this.process(m, b);
          return;
        }
      }
      // ... or after it: "Tomahawk Syria" is rare, but "Interfax Moscow" is not.
      for (let m = a + 1; m < b; m++) {
        const p = this.lookup(m, b);
        if (p && (t[m - 1]!.allCaps || lookupName(t[m - 1]!.word))) {
          this.process(a, m);
          this.emitKnown(m, b, p.type, p.canonical);
          return;
        }
      }
    }
    this.emitName(a, b, false);
  }

  /**
   * Chunks whose kind shows in their shape or the words around them, before any look-up: ships,
   * abbreviated states, eras, "the West", a lone "Navy", "south Asia". True when the chunk is done.
   */
  private processSpecial(a: number, b: number): boolean {
    const t = this.t;
    const tok = t[a]!;
    // "INS Mysore", "MV Gibe", "M/S Columbus": ships are not entities.
    if (b - a >= 2 && tok.allCaps && VESSEL_PREFIXES.has(tok.lower)) return true;
    if (tok.word.length === 1 && tok.gap === '/' && t[a - 1]?.word.length === 1) return true;
    // "a Delhi-class destroyer", "the PSL5 cable": a thing named after a name, not the name.
    const after = t[b];
    if (after && after.para === t[b - 1]!.para && !after.cap && !t[b - 1]!.possessive) {
      if (after.sep === Sep.Hyphen && (after.lower === 'class' || after.lower === 'type')) return true;
      if (after.sep === Sep.Space && PRODUCT_NOUNS.has(after.lower) && !this.lookup(a, b)) {
        // "US Tomahawk missiles": the maker's or owner's name before the thing's stays.
        for (let m = b - 1; m > a; m--) {
          const g = this.lookup(a, m);
          if (g) {
            this.emitKnown(a, m, g.type, g.canonical);
            break;
          }
        }
        return true;
      }
    }
    // "-- London Newsroom +44 ...": a wire service's sign-off names the desk, not a place in the story.
    if (t[b - 1]!.lower === 'newsroom' || this.nextWord(b)?.lower === 'newsroom') return true;
    if (b - a === 1) {
      // "the Internet", "the Web": capitalised, but no one's name.
      if (NOT_NAMES.has(tok.lower)) return true;
      // "Colorado City, Ariz.": the tokenizer kept the state's full stop only after "Town, ".
      if (tok.word.endsWith('.') && !tok.dotted) {
        const state = STATE_ABBREVIATIONS.get(tok.word.slice(0, -1));
        if (state) {
          this.cands.push({ a, b, type: 'place', strength: 'known', known: state, guarded: false });
          return true;
        }
      }
      // "300 BC", "AD 70": an era, not British Columbia.
      if (tok.allCaps && NOT_ACRONYMS.has(tok.lower.replace(/\./g, '')) && (t[a - 1]?.num || t[a + 1]?.num)) return true;
      const prev = this.prevWord(a);
      const next = this.nextWord(b);
      // "the West": the western world.
      if (tok.word === 'West' && prev?.lower === 'the' && !(next?.cap)) {
        this.cands.push({ a, b, type: 'place', strength: 'strong', known: null, guarded: false });
        return true;
      }
      // "the Navy said", "a Ministry spokesman": the institution, capitalised on its own.
      if (LONE_ORG_HEADS.has(tok.lower) && !tok.allCaps && (!tok.initial || prev?.lower === 'the')) {
        this.cands.push({ a, b, type: 'organization', strength: 'cue', known: null, guarded: false });
        return true;
      }
      // "the Indian navy": a nationality and its lower-case armed service.
      if (DEMONYMS.has(tok.lower) && next && (next.lower === 'navy' || next.lower === 'army') && !next.cap && !tok.possessive) {
        this.cands.push({ a, b: b + 1, type: 'organization', strength: 'cue', known: null, guarded: false });
        return true;
      }
    }
    // "south Asia", "central Asia": a lower-case compass word that makes a known region's name.
    const p = this.prevWord(a);
    if (p && !p.cap && COMPASS_LOWER.has(p.lower) && !t[a - 2]?.possessive) {
      const g = this.lookup(a - 1, b);
      if (g && g.type === 'place' && g.canonical.toLowerCase() !== this.span(a, b).toLowerCase()) {
        this.emitKnown(a - 1, b, g.type, g.canonical);
        return true;
      }
    }
    return false;
  }

  /** An organisation's word among tokens [m, b): "Embassy", "Telecom". */
  private hasOrgWord(m: number, b: number): boolean {
    for (let k = m; k < b; k++) if (isOrgSuffix(this.t[k]!.word)) return true;
    return false;
  }

  /**
   * "LITTLE ROCK, Ark. (AP) —", "GRAND FALLS, Ontario —": common words in capitals that open a
   * paragraph before a comma and a state's abbreviation or a known place are a dateline's town.
   */
  private datelinePlace(a: number, b: number): boolean {
    const t = this.t;
    const n = t[b];
    if (a !== this.paraFirst(a) || !n || n.sep !== Sep.Comma || n.para !== t[a]!.para) return false;
    if (n.word.endsWith('.') && STATE_ABBREVIATIONS.has(n.word.slice(0, -1))) return true;
    return lookupName(n.word)?.type === 'place';
  }

  /** An officer's title word among tokens [m, b): "Financial", "Prosecuting". */
  private officeWordIn(m: number, b: number): boolean {
    for (let k = m; k < b; k++) if (OFFICE_MODIFIERS.has(this.t[k]!.lower)) return true;
    return false;
  }

  /** A title among tokens [m, b): "President", "Minister". */
  private hasTitle(m: number, b: number): boolean {
    for (let k = m; k < b; k++) if (TITLE_HEADS.has(this.t[k]!.lower)) return true;
    return false;
  }

  /** A person's noun or a title stands right before token a: "protester", "resident". */
  private personBefore(a: number): boolean {
    const p = this.prevWord(a);
    return !!p && !p.cap && PERSON_CUE_BEFORE.has(p.lower);
  }

  /**
   * "Vancouver Sun", "Mar Menor": a short day or month name inside a name, with no date around it;
   * and an acronym in capitals that spells one, "the DEC" (Disasters Emergency Committee), not in a
   * line of capitals.
   */
  private calendarWordInName(k: number, a: number, b: number): boolean {
    const tok = this.t[k]!;
    if (tok.word.length > 3 || tok.dotAfter || (b - a < 2 && !(tok.allCaps && !this.shouted(k)))) return false;
    const n = this.t[k + 1];
    const p = this.t[k - 1];
    return !(n?.num && n.para === tok.para) && !(p?.num && p.para === tok.para);
  }

  /** "US President Donald Trump" → US + Donald Trump; "Foreign Minister Sergey Lavrov" → Sergey Lavrov. */
  private splitTitle(a: number, b: number): boolean {
    const t = this.t;
    let h = -1;
    for (let k = a; k < b; k++) {
      const tok = t[k]!;
      // (A title last after a first name is a surname, "Martin Luther King"; not after a county's name, "Vela County Sheriff".)
      if ((TITLE_HEADS.has(tok.lower) || TITLE_ACRONYMS.has(tok.lower)) && (!tok.allCaps || TITLE_ACRONYMS.has(tok.lower)) && !(k > a && isFirstName(t[a]!.word) && k === b - 1 && !this.suffixType(a, k))) {
        h = k;
        break;
      }
    }
    if (h < 0) return false;
    let s = h;
    while (s > a && (TITLE_MODIFIERS.has(t[s - 1]!.lower) || OFFICE_MODIFIERS.has(t[s - 1]!.lower))) s--;
    let e = h + 1;
    let ofAt = -1; // where the words after a title's "of" start
    for (;;) {
      const tok = t[e];
      if (!tok || e >= b) break;
      if (TITLE_HEADS.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower) || OFFICE_MODIFIERS.has(tok.lower)) {
        e++;
        continue;
      }
      if (OF_CONNECTORS.has(tok.lower) && !tok.cap && e + 1 < b) {
        let m = e + 1;
        if (t[m]!.lower === 'the' && m + 1 < b) m++;
        // "Director General of the British Chambers of Commerce": an institution's name, no person's, follows.
        if (m > e + 1 && this.institutionAt(m, b)) {
          if (s > a) this.process(a, s);
          this.process(m, b);
          return true;
        }
        ofAt = m;
        e = m + 1;
        continue;
      }
      break;
    }
    if (e >= b && COURTESY.has(t[h]!.lower) && b - h >= 2) e = b - 1; // "Mr Bishop"
    if (e < b) {
      // "Acme CEO Jane Doe": what has a chief executive is an organisation.
      // "Labour MP Jane Doe", "East Midlands MEP John Roe": a party's or a region's; "Vela SSP X": a district's.
      if (s === h && s > a && TITLE_ACRONYMS.has(t[h]!.lower) && this.nameBeforeTitle(a, s)) {
        const type = COMPANY_TITLES.has(t[h]!.lower) || (!COMPASS.has(t[a]!.lower) && !POLICE_TITLES.has(t[h]!.lower)) ? 'organization' : 'place';
        this.cands.push({ a, b: s, type, strength: 'cue', known: null, guarded: false });
      } else this.process(a, s);
      // "Pastor Jan Roe and Vela Motors' Tom Ito": a person's name ends before an "and" (the chunk grew over it for "Bosnia and Herzegovina").
      for (let k = e + 1; k < b - 1; k++) {
        if (t[k]!.lower !== 'and' || t[k]!.cap) continue;
        this.emitName(e, k, true);
        this.process(k + 1, b);
        return true;
      }
      this.emitName(e, b, true);
      return true;
    }
    // "the Governor of Alaska", "the Bishop of Bountiful": the place after "of" is a name of its own.
    if (ofAt > 0 && ofAt < b) {
      const g = this.lookup(ofAt, b);
      if (g?.type === 'place') this.emitKnown(ofAt, b, g.type, g.canonical);
      else if (b - ofAt === 1 && t[ofAt]!.allCaps) this.process(ofAt, b); // "President of AMBO"
      else if (b - ofAt === 1 && !this.isCommon(ofAt) && !TITLE_MODIFIERS.has(t[ofAt]!.lower) && !isOrgSuffix(t[ofAt]!.word)) {
        this.cands.push({ a: ofAt, b, type: 'place', strength: 'cue', known: null, guarded: false });
      }
    }
    // "said the Vela SSP": a police rank with no name after it is its district's.
    if (s === h && s > a && POLICE_TITLES.has(t[h]!.lower) && this.nameBeforeTitle(a, s)) {
      this.cands.push({ a, b: s, type: 'place', strength: 'cue', known: null, guarded: false });
      return true;
    }
    // A title with no name after it: keep what stands before ("US" in "US Secretary of State's"; a
    // county's or a city's name, "Vela County Sheriff's deputies"; anything before an officer's title,
    // "the Velm Bank Chief Financial Officer", where a surname-like title stands alone, "Martin Luther King").
    if (s > a && (this.officeWordIn(s, h) || (s - a >= 2 && this.suffixType(a, s)))) {
      this.process(a, s);
      return true;
    }
    for (let k = a; k < s; k++) {
      if (!this.knownWord(k) && !TITLE_MODIFIERS.has(t[k]!.lower)) {
        return false; // "Martin Luther King": the title word is part of a name
      }
    }
    this.process(a, s);
    return true;
  }

  /** Headline case: every word is capitalised, so only known names and uncommon words count. */
  private processHeadline(a: number, b: number): void {
    const t = this.t;
    let k = a;
    while (k < b) {
      let m = Math.min(b, k + this.gazMax);
      let hit = false;
      for (; m > k; m--) {
        const g = this.lookup(k, m);
        // A common word is a known name's short form only where capitals still tell ("IS" in a
        // title-case headline is Islamic State; in a line written in capitals it is "is").
        if (g && !(m - k === 1 && this.isCommon(k) && (!t[k]!.allCaps || this.shouted(k)))) {
          this.emitKnown(k, m, g.type, g.canonical);
          k = m;
          hit = true;
          break;
        }
      }
      if (hit) continue;
      const tok = t[k]!;
      if (this.isCommon(k) || CALENDAR.has(tok.lower) || DEMONYMS.has(tok.lower) || TITLE_HEADS.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower)) {
        k++;
        continue;
      }
      let r = k + 1;
      while (r < b && !this.isCommon(r) && !lookupName(t[r]!.word) && !CALENDAR.has(t[r]!.lower) && !TITLE_HEADS.has(t[r]!.lower)) r++;
      // "STATE TREASURER DANA MORLEY": two or three words after a title are a person's name.
      const titled = k > a - 1 && k > 0 && TITLE_HEADS.has(t[k - 1]!.lower) && t[k - 1]!.para === tok.para && r - k <= 3;
      if (r - k >= 2 && (isFirstName(tok.word) || titled)) this.cands.push({ a: k, b: r, type: 'person', strength: 'strong', known: null, guarded: false });
      else if (this.fixtureOfPlaces(k, r)) this.cands.push({ a: k, b: r, type: 'organization', strength: 'cue', known: null, guarded: false }); // "Leeds v Harwick"
      else this.cands.push({ a: k, b: r, type: null, strength: 'weak', known: null, guarded: true });
      k = r;
    }
  }

  /** Tokens [a, s) before a title are a name of their own: no known name, adjective ("Tory"), role word or common word. */
  /**
   * Where a reporter's name credited by [a, b) starts, or -1: two or three capitalised words (after the
   * chunk's own "By") after "by", back over the credit's earlier names ("By Jan Lee and Tom Roe"), where
   * "by" follows a credit's verb ("Reporting by", "editing by") or opens a byline: a short paragraph of
   * its own. No known name, calendar word or article: "By Monday", "By The Associated Press".
   */
  private creditedFrom(a: number, b: number): number {
    const t = this.t;
    const para = t[a]!.para;
    const s = t[a]!.lower === 'by' && t[a]!.cap ? a + 1 : a;
    if (b - s < 2 || b - s > 3) return -1;
    // (The words before first: most names have no "by" before them, and then nothing is looked up.)
    let k = s - 1;
    while (k >= 0 && t[k]!.para === para && t[k]!.lower !== 'by' && (t[k]!.lower === 'and' || (t[k]!.cap && !t[k]!.allCaps))) k--;
    if (k < 0 || t[k]!.para !== para || t[k]!.lower !== 'by') return -1;
    const before = t[k - 1];
    if (before && before.para === para) {
      if (!CREDIT_VERBS.has(before.lower)) return -1;
    } else {
      let end = b;
      while (end < t.length && t[end]!.para === para) end++;
      if (end - k > 9) return -1;
    }
    if (DETERMINERS.has(t[s]!.lower) || this.lookup(s, b)) return -1;
    for (let j = s; j < b; j++) {
      const tok = t[j]!;
      if (!tok.cap || tok.allCaps || tok.num || CALENDAR.has(tok.lower) || lookupName(tok.word)) return -1;
    }
    return s;
  }

  /** Tokens [m, b) are an institution's name by its end or its head's "of": "Vela Bank", "Chambers of Commerce". */
  private institutionAt(m: number, b: number): boolean {
    const t = this.t;
    if (b - m < 2) return false;
    if (isOrgSuffix(t[b - 1]!.word)) return true;
    for (let k = m + 1; k < b - 1; k++) if (OF_CONNECTORS.has(t[k]!.lower) && !t[k]!.cap && ORG_OF_HEADS.has(t[k - 1]!.lower)) return true;
    return false;
  }

  private nameBeforeTitle(a: number, s: number): boolean {
    const t = this.t;
    if (this.lookup(a, s) || t[s - 1]!.possessive || t[s - 1]!.allCaps) return false;
    for (let k = a; k < s; k++) {
      const tok = t[k]!;
      if (!tok.cap || DEMONYMS.has(tok.lower) || TITLE_MODIFIERS.has(tok.lower) || TITLE_HEADS.has(tok.lower) || (tok.initial && this.isCommon(k))) return false;
    }
    return true;
  }

  /** Tokens (a, b) read as a person's first name and surname after the role at a ("Organizer Jane Doe"). */
  private personAfterRole(a: number, b: number): boolean {
    const t = this.t;
    if (isFirstName(t[a]!.word) || this.lookup(a, a + 1) || this.lookup(a, b) || this.suffixType(a, b)) return false;
    for (let k = a + 1; k < b; k++) if (t[k]!.allCaps || t[k]!.sep !== Sep.Space || this.isCommon(k) || this.lookup(k, k + 1)) return false;
    // A role the lexicon knows ("Solicitor", "Novelist"), else one by its ending before a known first name ("Organizer John ...", not "Dresdner Kleinwort ...").
    return isCommonWord(t[a]!.lower) || PERSON_CUE_BEFORE.has(t[a]!.lower) || isFirstName(t[a + 1]!.word);
  }
}

/**
 * The recogniser's typing of one name: a known name's type (a city's team, a seat of power that acts),
 * else what its last word ("Ministry", "Air Base"), its building head, the words around it ("channel
 * Mir", "Idlib province", "in Homs"), a first name or a market's context make of it. Cutting chunks into
 * names is candidates.ts's; what the article as a whole says of each name is resolve.ts's.
 */
import type { EntityType } from '../common/types';
import {
  BUILDING_HEADS, CALENDAR, DEMONYMS, LONE_ORG_HEADS, PLACE_SUFFIXES, SEATS_OF_POWER, STATE_ABBREVIATIONS,
  TITLE_HEADS, NOT_ACRONYMS, isCountry, isFirstName, lookupName, nameKey,
} from './gazetteer';
import { isCommonWord } from './lexicon';
import {
  COMPASS, DETERMINERS, FAITHS, FAITH_HEADS, OF_CONNECTORS, ORG_OF_HEADS, ORG_PREFIXES, PERSON_VERBS,
  PLACES_OF, PLACE_OF_HEADS, REPORT_VERBS, NAME_FINAL_ORG, PLACE_BEFORE, POSSESSIVE_ORG_NOUNS,
  isNicknamePlural, PRICE_MOVE, PRICE_VERBS, STAKE_WORDS, SURNAME_LIKE, VERB_SKIP, hasInnerCapital, isHeadWord,
  isOrgSuffix, appositiveTypeAfter, acronymOfCommonWords, ANALYST_NOUNS, stockCodeAfter, ORG_CUE_AFTER,
  ORG_CUE_BEFORE, ORG_CUE_OF, PERSON_CUE_BEFORE, PLACE_CUE_AFTER, PLACE_CUE_BEFORE, PLACE_CUE_OF,
  PLACE_PREPOSITIONS, ROLES_AT, TRANSFER_WORDS, SENTENCE_END, PLURAL_VERBS, SUBJECT_NOT_ALONE, CLUB_HEADS, NUMBERED_BROADCASTERS, isPluralTradeNoun,
} from './cues';
import { TeamScanner } from './teams';
import { Sep } from './tokens';

export abstract class NameTyper extends TeamScanner {
  /** The type a chunk's last word (or "X of Y" head) gives it. */
  protected suffixType(a: number, b: number): EntityType | null {
    const t = this.t;
    if (b - a < 2) return null;
    const last = t[b - 1]!.word;
    if (CLUB_HEADS.has(last) && this.pluralVerbAfter(a, b)) return 'organization'; // "Lundby City have signed": a club, not the town
    if (b - a === 2 && t[b - 1]!.num && NUMBERED_BROADCASTERS.has(t[a]!.word)) return 'organization'; // "Channel 5"
    if (b - a === 2 && isFirstName(t[a]!.word) && SURNAME_LIKE.has(last.toLowerCase())) return null; // "William Hill"
    const building = this.buildingType(a, b);
    if (building) return building;
    if (isOrgSuffix(last)) return 'organization';
    if (PLACE_SUFFIXES.has(last)) return 'place';
    // "South Wales", "Northern Ireland", "Greater London"
    if (COMPASS.has(t[a]!.lower) && lookupName(this.span(a + 1, b))?.type === 'place') return 'place';
    // "Air China", "Deutsche Boerse", "Banco Santander"
    if (ORG_PREFIXES.has(t[a]!.word) && !(t[a]!.word === 'Club' && this.isCommon(a + 1))) return 'organization'; // not "Club World"
    for (let k = a + 1; k < b - 1; k++) {
      if (!OF_CONNECTORS.has(t[k]!.lower) || t[k]!.cap) continue;
      const head = t[k - 1]!.lower;
      if (TITLE_HEADS.has(head)) return null; // "Secretary of State"
      // "Bank of England Governor Mark Carney": a title follows; let the title split it.
      for (let m = k + 1; m < b - 1; m++) if (TITLE_HEADS.has(t[m]!.lower) && t[m]!.cap) return null;
      if (PLACES_OF.has(head)) return 'place'; // "University of Athens"
      if (ORG_OF_HEADS.has(head) || isOrgSuffix(t[k - 1]!.word)) return 'organization'; // "Bank of England"
      if (PLACE_OF_HEADS.has(head)) return 'place'; // "Gulf of Mexico"
      break;
    }
    return null;
  }

  /**
   * A building's or ground's name ("Wasilla Middle School", "Grace Bible Church", "Hilltop Mall")
   * is a place; a church named for its faith ("Catholic Church", "Mormon Church") is an organisation.
   */
  private buildingType(a: number, b: number): EntityType | null {
    const t = this.t;
    const last = t[b - 1]!;
    if (!BUILDING_HEADS.has(last.word)) return null;
    if (FAITH_HEADS.has(last.lower)) {
      const first = t[a]!.lower;
      if (b - a === 2 && (DEMONYMS.has(first) || FAITHS.has(first))) return 'organization';
      for (let k = a; k < b; k++) if (t[k]!.allCaps) return 'organization'; // "the FLDS Church
    }
    return 'place';
  }

  // ---- typing ------------------------------------------------------------------------------------------

  protected emitKnown(a: number, b: number, type: EntityType, canonical: string): void {
    let ty = type;
    // "Leeds beat Chelsea 2-1": a city's team (a country's team is written as the country, a place).
    if (type === 'place' && !isCountry(canonical) && (this.teamContext(a, b) || this.fixtureOfPlaces(a, b) || this.transferFrom(a) || this.pluralVerbAfter(a, b))) {
      this.cands.push({ a, b, type: 'organization', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (type === 'place' && SEATS_OF_POWER.has(nameKey(this.span(a, b))) && this.actsAfter(b)) ty = 'organization';
    this.cands.push({ a, b, type: ty, strength: 'known', known: canonical, guarded: false });
  }


  /** A reporting verb follows: "The White House on Tuesday accused ...". */
  private actsAfter(b: number): boolean {
    const t = this.t;
    const para = t[b - 1]!.para;
    for (let k = b; k < Math.min(t.length, b + 6); k++) {
      const tok = t[k]!;
      if (tok.para !== para) return false;
      if (k > b && !/^[\s,]*$/.test(tok.gap)) return false;
      if (k === b && !/^[\s,]*$/.test(tok.gap) && !/^['’]s\s*$/.test(tok.gap)) return false;
      if (REPORT_VERBS.has(tok.lower)) return true;
      if (VERB_SKIP.has(tok.lower) || CALENDAR.has(tok.lower)) continue;
      return false;
    }
    return false;
  }

  /** Types a name that is not a known one. `titled`: a title stood before it. */
  protected emitName(a: number, b: number, titled: boolean): void {
    const t = this.t;
    if (a >= b) return;
    while (a < b && DETERMINERS.has(t[a]!.lower)) a++;
    if (a >= b) return;
    const g = this.lookup(a, b);
    // After a title, a name is a person's even when it is also a place's ("Mr Wellington", "Ms Essex").
    if (g && !(titled && !t[a]!.allCaps)) return this.emitKnown(a, b, g.type, g.canonical);
    const st = titled ? null : this.suffixType(a, b);
    if (st) {
      this.cands.push({ a, b, type: st, strength: 'strong', known: null, guarded: false });
      return;
    }
    const first = t[a]!;
    const n = b - a;
    if (titled) {
      if (n === 1 && first.allCaps && NOT_ACRONYMS.has(first.lower)) return;
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    // Datelines: "MOSCOW —", "KHAN SHEIKHOUN, Syria —".
    if (first.allCaps && !first.dotted && a === this.paraFirst(a)) {
      let all = true;
      for (let k = a; k < b; k++) if (!t[k]!.allCaps) all = false;
      const after = t[b];
      const gapAfter = after ? after.gap : '';
      if (all && /^\s*(,|\(|—|–|-|\u2014)/.test(gapAfter) && first.word.length >= 3) {
        this.cands.push({ a, b, type: 'place', strength: 'strong', known: null, guarded: false });
        return;
      }
    }
    const prev = this.prevWord(a);
    const next = this.nextWord(b);
    let cue: EntityType | null;
    const listed = this.listedAfterTrade(a);
    // "two stations, Vela Rock and Vela Groove": the list's "and" the run of capitals grew over parts two names.
    if (listed) for (let k = a + 1; k < b - 1; k++) if (t[k]!.lower === 'and' && !t[k]!.cap) return this.emitListed(a, k, b);
    const firm = listed || this.analystsFirm(a, b) || stockCodeAfter(t, b) || this.roleAtOrOf(a, b) || this.transferFrom(a) || this.pluralVerbAfter(a, b);
    if (firm) cue = 'organization';
    else if (!(n >= 2 && isFirstName(first.word)) && (this.teamContext(a, b) || this.fixtureOfPlaces(a, b))) cue = 'organization';
    else if (next && !next.cap && ORG_CUE_AFTER.has(next.lower)) cue = 'organization';
    else if (next && !next.cap && PRICE_VERBS.has(next.lower) && !this.isCommon(a) && this.priceMoveAt(next.start)) cue = 'organization'; // "Ryanair fell 1.1pc": a listed company
    else if (this.possessiveOrgNoun(b)) cue = 'organization'; // "Vela's acquisition of ..."
    else if (next && !next.cap && PLACE_CUE_AFTER.has(next.lower)) cue = 'place';
    else if (prev && !prev.cap && ORG_CUE_BEFORE.has(prev.lower)) cue = 'organization';
    else if (prev && prev.lower === 'as' && this.firmsSuchAs(a - 2)) cue = 'organization'; // "miners such as Vela"
    // (Not the owner of what they are of: "members of Vela's cabinet" are the cabinet's, not Vela's.)
    else if (prev && prev.lower === 'of' && t[a - 2] && !this.possessesNoun(b) && PLACE_CUE_OF.has(t[a - 2]!.lower)) cue = 'place';
    else if (prev && prev.lower === 'of' && t[a - 2] && !this.possessesNoun(b) && ORG_CUE_OF.has(t[a - 2]!.lower)) cue = 'organization';
    else if (prev && prev.lower === 'in' && t[a - 2] && STAKE_WORDS.has(t[a - 2]!.lower)) cue = 'organization'; // "shares in X"
    else if (prev && !prev.cap && PERSON_CUE_BEFORE.has(prev.lower)) cue = 'person';
    else if (prev && !prev.cap && !prev.possessive && PLACE_CUE_BEFORE.has(prev.lower) && !isFirstName(first.word)) cue = 'place'; // "the capital Velmo"
    else cue = appositiveTypeAfter(this.t, b) ?? this.townOfRegion(b) ?? (n >= 2 && hasInnerCapital(t[b - 1]!.word) ? 'organization' : null);
    // "Church officials", "the Bank said": a word that heads organisations' or places' names, alone at a
    // sentence's start, or a common one with no cue: only the fuller name the article writes may type it.
    if (n === 1 && !titled && !first.allCaps && isHeadWord(first.word) && !LONE_ORG_HEADS.has(first.lower) && (first.initial || (!cue && isCommonWord(first.lower)))) {
      this.cands.push({ a, b, type: null, strength: 'weak', known: null, guarded: true });
      return;
    }
    if (n === 1) {
      const tok = first;
      if (tok.allCaps && tok.word.replace(/\./g, '').length <= 6) {
        if (NOT_ACRONYMS.has(tok.lower.replace(/\./g, '')) || /^[IVXLC]+$/.test(tok.word)) return;
        // A currency's code run into its amount, "EUR109.80", "USD5bn": no name.
        if (/^[a-z]{3}\d/.test(tok.lower) && NOT_ACRONYMS.has(tok.lower.slice(0, 3))) return;
        if (acronymOfCommonWords(this.t, a)) return; // "multiple sclerosis (MS)"
        this.cands.push({ a, b, type: cue ?? 'organization', strength: cue ? 'cue' : 'weak', known: null, guarded: false });
        return;
      }
      if (cue) {
        this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
        return;
      }
      let weak: EntityType | null = null;
      if (prev && !prev.cap && PLACE_PREPOSITIONS.has(prev.lower)) weak = 'place';
      else if (next && !next.cap && PERSON_VERBS.has(next.lower) && !isCommonWord(tok.lower)) weak = 'person';
      this.cands.push({ a, b, type: weak, strength: 'weak', known: null, guarded: tok.initial && this.isCommon(a) });
      return;
    }
    const lastTok = t[b - 1]!;
    // "the company Fannie Mae", "supermarket group Winn-Dixie", "miners such as Rio Tinto": a noun for a
    // company before it outweighs a first name.
    if (cue === 'organization' && (firm || (prev && !prev.cap && (ORG_CUE_BEFORE.has(prev.lower) || (prev.lower === 'as' && this.firmsSuchAs(a - 2)))))) {
      this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
      return;
    }
    if (isFirstName(first.word) && !first.allCaps) {
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    // "Abbey National", "Amnesty International": no one's surname; "the Harlow Comets", "the White
    // Helmets": a team's or a group's nickname, with "the" and a plural that is no surname.
    if (NAME_FINAL_ORG.has(lastTok.word) || (prev?.lower === 'the' && isNicknamePlural(lastTok.word))) {
      this.cands.push({ a, b, type: 'organization', strength: 'cue', known: null, guarded: false });
      return;
    }
    if (lastTok.word.length === 1 && !lastTok.dotAfter) return; // "Grade B", "Cooper S"
    if (cue) {
      this.cands.push({ a, b, type: cue, strength: 'cue', known: null, guarded: false });
      return;
    }
    // A name in quotation marks or after "the" with a numeral right after it is a thing's, not a
    // person's: a ship ("the trawler “Sea Lark 5”", "the Sea Lark 5"), a chart, a product. (Not a
    // score or a minute after a player's name: "Ann Lee 6-3", "Tom Hale 25, Ben Ito 60".)
    if (next?.num && next.sep === Sep.Space && next.para === lastTok.para && t[b + 1]?.sep !== Sep.Hyphen && (prev?.lower === 'the' || /[“"‘]\s*$/.test(first.gap))) return;
    for (let k = a; k < b; k++) {
      if (t[k]!.allCaps && !t[k]!.dotted && !NOT_ACRONYMS.has(t[k]!.lower)) {
        this.cands.push({ a, b, type: 'organization', strength: 'weak', known: null, guarded: false }); // "GW Pharma"
        return;
      }
    }
    let particle = false;
    let common = false;
    let compound = true; // one word joined by hyphens: "Ras-al-Khaimah", "Saint-Jean-de-Luz"
    for (let k = a; k < b; k++) {
      if (k > a && t[k]!.sep !== Sep.Hyphen) compound = false;
      if (this.isParticle(k)) particle = true;
      else if (isCommonWord(t[k]!.lower) && !(k === a && isFirstName(t[k]!.word))) common = true;
    }
    // A particle inside a hyphenated compound joins a place's name ("Bab-el-Mandeb", "Ras-al-Khaimah"),
    // where a person's stands apart from the name it precedes ("Abu Bakr al-Rashid", "Jan van Dijk").
    if (compound && particle && b - a >= 3) {
      this.cands.push({ a, b, type: 'place', strength: 'weak', known: null, guarded: false });
      return;
    }
    // "in San Marco", "near Vila del Mar": after a preposition of place, a name with no first name is a place's.
    if (!isFirstName(first.word) && prev && !prev.cap && PLACE_BEFORE.has(prev.lower) && !lastTok.possessive && !compound) {
      this.cands.push({ a, b, type: 'place', strength: 'cue', known: null, guarded: false });
      return;
    }
    if (isFirstName(first.word) || particle) {
      this.cands.push({ a, b, type: 'person', strength: 'strong', known: null, guarded: false });
      return;
    }
    if (common) return; // "Low Point", "Human Resources": capitalised common words
    // A place's name inside an unknown name makes it an institution or a team: "Radio Leicester".
    for (let k = a; k < b; k++) {
      if (lookupName(t[k]!.word)?.type === 'place') {
        this.cands.push({ a, b, type: 'organization', strength: 'weak', known: null, guarded: false });
        return;
      }
    }
    this.cands.push({ a, b, type: 'person', strength: 'weak', known: null, guarded: false });
  }

  /**
   * The firm of an analyst or an economist: "Vela Partners analyst Jo Rand", "Vela analysts said",
   * "analysts at Vela", "an economist with Vela". A firm's name may open with a first name ("Piper
   * Vale analysts"); a person's name is never written so.
   */
  private analystsFirm(a: number, b: number): boolean {
    const t = this.t;
    let firm: boolean;
    const next = this.nextWord(b);
    if (next && !next.cap && next.sep === Sep.Space && ANALYST_NOUNS.has(next.lower)) {
      const name = t[b + 1];
      firm = next.lower.endsWith('s') || (!!name && name.cap && name.sep === Sep.Space && name.para === next.para && !this.isCommon(b + 1));
    } else {
      const prev = this.prevWord(a);
      const noun = t[a - 2];
      firm = !!prev && (prev.lower === 'at' || prev.lower === 'with') && !!noun && noun.para === prev.para && prev.sep === Sep.Space && ANALYST_NOUNS.has(noun.lower);
    }
    // "City analysts", "Health analyst X": a field, a district.
    return firm && !(b - a === 1 && (isCommonWord(t[a]!.lower) || isHeadWord(t[a]!.word)));
  }

  /** Token k is "such" after companies named by their trade in the plural: "miners such as", "banks such as". */
  private firmsSuchAs(k: number): boolean {
    const t = this.t;
    const such = t[k];
    const noun = t[k - 1];
    if (!such || such.lower !== 'such' || !noun || (noun.cap && !noun.initial) || noun.para !== such.para) return false;
    return isPluralTradeNoun(noun.lower);
  }

  /**
   * The name [a, …) is one of a list after companies named by their trade in the plural: "energy
   * companies Vela and Lund", "the charities Vela, Lund Aid and Roe" (the words between are names, "and",
   * "or" and commas only).
   */
  private listedAfterTrade(a: number): boolean {
    const t = this.t;
    const para = t[a]!.para;
    for (let k = a - 1; k >= 0 && k >= a - 24; k--) {
      const tok = t[k]!;
      if (tok.para !== para || !/^[\s,]*$/.test(t[k + 1]!.gap)) return false;
      if (tok.cap && !tok.initial) continue;
      if ((tok.lower === 'and' || tok.lower === 'or') && !tok.cap) continue;
      return !tok.cap && isPluralTradeNoun(tok.lower);
    }
    return false;
  }

  /**
   * A verb in the plural right after the name that opens its sentence, a team or a company
   * (PLURAL_VERBS): "Lundby have completed", "The Vela are expected". Not a plural ("Firefighters
   * have", "Greeks have"), a common word ("Many have"), nor a name after a word that makes the subject
   * plural or governs a bare verb (SUBJECT_NOT_ALONE, "If Dorsey were"): only the sentence's first name is.
   */
  protected pluralVerbAfter(a: number, b: number): boolean {
    const t = this.t;
    const next = this.nextWord(b);
    if (!next || next.cap || !PLURAL_VERBS.has(next.lower) || t[b - 1]!.possessive) return false;
    if ((b - a === 1 && (this.isCommon(a) || t[a]!.lower.endsWith('s'))) || SUBJECT_NOT_ALONE.has(t[a]!.lower)) return false;
    // The sentence's subject: its first words, after "The" or not ("under the Acropolis were busy" is no subject).
    const first = t[a]!.initial ? a : a > 0 && t[a - 1]!.initial && t[a - 1]!.lower === 'the' ? a - 1 : -1;
    return first >= 0;
  }

  /** Every word of [a, b) is a common one. */
  protected allCommon(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!this.isCommon(k)) return false;
    return true;
  }

  /** The club a player is signed "from": a transfer's word earlier in the clause (TRANSFER_WORDS). */
  protected transferFrom(a: number): boolean {
    const t = this.t;
    const from = this.prevWord(a);
    if (!from || from.lower !== 'from' || from.cap) return false;
    for (let k = a - 2; k >= 0 && k >= a - 10; k--) {
      const tok = t[k]!;
      if (tok.para !== from.para || SENTENCE_END.test(t[k + 1]!.gap)) return false;
      if (TRANSFER_WORDS.has(tok.lower) && !tok.cap) return tok.lower !== 'loan' || t[k - 1]?.lower === 'on';
    }
    return false;
  }

  /** The names [a, k) and [k + 1, b) either side of a list's "and". */
  private emitListed(a: number, k: number, b: number): void {
    this.emitName(a, k, false);
    this.emitName(k + 1, b, false);
  }

  /** A company's role before "at" or "of" the name: "country director at Vela", "president of Vela" (not "of Vela's cabinet"). */
  private roleAtOrOf(a: number, b: number): boolean {
    const t = this.t;
    const prep = this.prevWord(a);
    const role = t[a - 2];
    if (!prep || (prep.lower !== 'at' && prep.lower !== 'of') || !role || role.cap || role.para !== prep.para || prep.sep !== Sep.Space) return false;
    // (Not a modifier, "director of Vela-based MEPS": the town's.)
    if (!ROLES_AT.has(role.lower) || this.possessesNoun(b) || t[b]?.sep === Sep.Hyphen) return false;
    // "the partner of Jan Lund": a person's partner, and a full name after "of" is a person's; a director's film.
    return prep.lower === 'at' || (role.lower !== 'partner' && !role.lower.startsWith('director') && !(b - a >= 2 && isFirstName(t[a]!.word)));
  }
  private possessesNoun(b: number): boolean {
    const t = this.t;
    const n = t[b];
    return t[b - 1]!.possessive && !!n && n.para === t[b - 1]!.para && !n.cap && !n.num && n.sep === Sep.Space && n.lower !== 'and' && n.lower !== 'or';
  }

  /** A company's noun follows the name's possessive: "Vela's acquisition", "Vela's shares". */
  private possessiveOrgNoun(b: number): boolean {
    const t = this.t;
    const n = t[b];
    return t[b - 1]!.possessive && !!n && n.para === t[b - 1]!.para && !n.cap && n.sep === Sep.Space && POSSESSIVE_ORG_NOUNS.has(n.lower);
  }

  /** A price's move is written from text offset `at` ("fell 1.1pc", "was off 29p"). */
  private priceMoveAt(at: number): boolean {
    PRICE_MOVE.lastIndex = at;
    return PRICE_MOVE.test(this.text);
  }

  /** "Key West, Fla.", "Orvin, Utah", "Gyumri, Armenia": a town before its state, province or country. */
  private townOfRegion(b: number): EntityType | null {
    const t = this.t;
    const n = t[b];
    if (!n || n.sep !== Sep.Comma || n.para !== t[b - 1]!.para || t[b - 1]!.possessive || !n.cap) return null;
    if (n.word.endsWith('.') && STATE_ABBREVIATIONS.has(n.word.slice(0, -1))) return 'place';
    // "Clara Voss, Denmark, def. Ana Lind, Spain, 6-4, 6-2": in a match's result, the country after a
    // name is the player's, not a town's.
    if (this.hasScores(b - 1)) return null;
    // The region's name, one or two words, then no further capitalised word.
    for (let m = b + 1; m <= b + 2 && m < t.length; m++) {
      if (m > b + 1 && (t[m]!.sep !== Sep.Space || !t[m]!.cap)) break;
      const g = lookupName(this.span(b, m));
      const after = t[m];
      if (g?.type === 'place' && !(after && after.cap && after.sep === Sep.Space && after.para === n.para)) return 'place';
    }
    return null;
  }
}

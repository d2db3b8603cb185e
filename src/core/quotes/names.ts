/**
 * The names an article uses, without a full entity recogniser: runs of capitalised words, with
 * titles such as "Mr" or "Secretary of State" stripped, so that "Mr Tillerson" can be read as the
 * fullest form of that name in the article ("Rex Tillerson").
 */
import {
  CHINESE_FAMILY_NAMES, FEMALE_NAMES, FEMALE_NOUNS, FEMALE_TITLES, FRONTED_ADVERBS, MALE_NAMES, MALE_NOUNS, MALE_TITLES, NATIONALITY, NOT_NAME, ORG_WORDS, PERSON_NOUNS,
  PREPOSITIONS, TITLES, WEEKDAYS_MONTHS,
} from './lexicon';
import { isCapWord, isParticle, possessiveBase, type Tok } from './tokens';
import { mapArray, splitOn } from '../text';
import { isFirstName, lookupName } from '../entities/gazetteer';

/**
 * A romanised Korean given name after the family name: two short syllables joined by a hyphen, the
 * second in lower case ("Min-ho", "Myung-bak"); not a compound adjective ("York-based", "Cup-winning").
 */
const FAMILY_FIRST_GIVEN = /^\p{Lu}\p{Ll}{0,4}-(?!\p{Ll}*(?:ed|ing)$)\p{Ll}{1,5}$/u;

/**
 * A two-word name written family name first: a Korean one (`FAMILY_FIRST_GIVEN`), or a Chinese one —
 * a common Chinese family name, then one given name in pinyin ("Wang Jinhai", "Li Mei"), which the
 * article shortens to the family name ("Li said"), never to the given name.
 */
function familyNameFirst(first: string, second: string): boolean {
  if (FAMILY_FIRST_GIVEN.test(second)) return true;
  return CHINESE_FAMILY_NAMES.has(first.toLowerCase()) && /^\p{Lu}[a-z]{1,11}$/u.test(second) && !isFirstName(second) && !PLACE_WORDS.has(second.toLowerCase());
}

export type Gender = 'm' | 'f' | null;

export interface NameInfo {
  /** Full form, e.g. "Rex Tillerson". */
  name: string;
  words: string[];
  count: number;
  first: number;
  male: number;
  female: number;
  /** Preceded by a person's title or honorific somewhere. */
  titled: boolean;
  /** Lower-case words of titles and descriptions attached to the name (offices, roles). */
  roles: Set<string>;
  org: boolean;
  /** Times the run stood before a role noun ("Chelsea manager", "Double Olympic champion"). */
  modifier: number;
  /** Times a he/his (she/her) followed it before any other name in its paragraph. */
  he: number;
  she: number;
}

const PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'new', 'san', 'los', 'las', 'hong', 'kingdom', 'republic', 'states', 'island', 'islands', 'county', 'street', 'road', 'square', 'city', 'province', 'region', 'sea', 'ocean', 'river', 'mountains', 'valley', 'airport', 'base', 'park', 'bay', 'gulf', 'coast']);
const NAME_SUFFIX = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** A word some list knows as a given name. */
export function knownGiven(word: string): boolean {
  const lo = word.toLowerCase();
  return isFirstName(word) || MALE_NAMES.has(lo) || FEMALE_NAMES.has(lo);
}

/** The key under which a name is filed: its last word, without an Arabic article or possessive. */
export function lastKey(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/^(?:al|el|ad|as|ash|at)-/u, '').toLowerCase();
}

function cleanWord(t: Tok): string {
  return possessiveBase(t) ?? t.t;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'but']);
const HONORIFIC = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'professor']);

/** A title, office, nationality or descriptor that may stand before a name. */
export function isTitleWord(w: string): boolean {
  return isTitleLower(w, w.toLowerCase());
}

/** `isTitleWord` of a word whose lower case the caller has (`lo` is `w.toLowerCase()`). */
function isTitleLower(w: string, lo: string): boolean {
  return TITLES.has(lo) || NATIONALITY.has(lo) || FUNCTION_WORDS.has(lo) || (w.includes('-') && /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(w));
}

/** Splits a run of capitalised tokens into (title words, name words). */
export function splitTitle(words: string[]): { titles: string[]; name: string[] } {
  const cut = titleCut(words, mapArray(words, lowerCase));
  return { titles: words.slice(0, cut.titles), name: words.slice(cut.name) };
}

/**
 * Where `splitTitle` cuts `words` (`lows`: their lower case, read instead of lower-casing each word
 * again): the titles are words[0, titles), the name words[name, end), ending at the last word.
 */
function titleCut(words: readonly string[], lows: readonly string[]): { titles: number; name: number } {
  const n = words.length;
  let k = n;
  while (k > 0 && !isTitleLower(words[k - 1]!, lows[k - 1]!)) k--;
  if (k === n && n >= 2) {
    // "Mr Dean", "Mr Irish": the word after an honorific is a name; "Grant Dean": a name ending in a title word
    if (HONORIFIC.has(lows[n - 2]!)) k = n - 1;
    else {
      let first = 0;
      while (first < n && isTitleLower(words[first]!, lows[first]!)) first++;
      if (first < n) k = first;
    }
  }
  let from = k;
  while (from < n && isParticleWord(words[from]!)) from++;
  if (n - from > 4) from = n - 4;
  return { titles: k, name: from };
}

/** "Secretary of State", "Bank of England" join over "of"; "Brian Taylor of Wells Fargo" does not. */
export function ofJoins(t: Tok | undefined): boolean {
  if (!t) return false;
  const lo = t.t.toLowerCase();
  return TITLES.has(lo) || ORG_WORDS.has(lo) || /^(?:university|bank|house|minister|ministry|secretary|state|chancellor|duke|duchess|earl|prince|princess|king|queen|archbishop|bishop|mayor|governor|president|director|head|chief|council|church|diocese|archdiocese|republic|kingdom|isle|city|port|gulf|bay|cape|lake|mount|museum|institute|college|school|department|office|court|chamber|board|federation|union|league|association|society|party|people|friends|daughters|sons|order|army|navy)$/.test(lo);
}

const lowerCase = (w: string): string => w.toLowerCase();

/** Is any of words[from, end) in the set? */
function someFrom(words: readonly string[], from: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < words.length; i++) if (set.has(words[i]!)) return true;
  return false;
}

function isParticleWord(w: string): boolean {
  return /^(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|ben|dos|das|y|of|ter|zu)$/.test(w);
}

/**
 * What one capitalised run adds to the name index: worked out from its paragraph's tokens alone, so
 * that a paragraph's runs can be kept and replayed into a new index (the incremental analysis).
 */
export interface NameRun {
  /** Full form, e.g. "Rex Tillerson". */
  name: string;
  words: string[];
  org: boolean;
  /** Male and female honorifics among the titles before it. */
  male: number;
  female: number;
  /** Written with a person's title or description here. */
  titled: boolean;
  /** Lower-case role words attached to it here, in the order they were found. */
  roles: string[];
  /** Stood before a role noun ("Chelsea manager"). */
  modifier: boolean;
  /** A he/his (she/her) after it, before the next name in its paragraph: weaker evidence than an honorific. */
  he: number;
  she: number;
}

const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);

/** The gender of a third-person pronoun (a cheap test first: this is asked of every word). */
function pronounGender(lo: string): 'm' | 'f' | undefined {
  const c = lo.charCodeAt(0);
  return (c === 104 || c === 115) && lo.length <= 7 ? PRONOUN_GENDER.get(lo) : undefined;
}

/** The capitalised runs of one paragraph's tokens (none in a title-case line). */
export function nameRuns(toks: readonly Tok[], titleCase: boolean): NameRun[] {
  const out: NameRun[] = [];
  let i = 0;
  let bindable: NameRun | undefined;
  while (i < toks.length) {
    if (!isCapWord(toks[i])) {
      // "Fouzia Haddad … at her home": a third-person pronoun is evidence of the gender of the
      // nearest name before it in the paragraph (quotations are single tokens, so their words do not count)
      const g = toks[i]!.k === 'w' ? pronounGender(toks[i]!.lo) : undefined;
      const near = g ? bindable : undefined;
      if (near && !near.org && near.he + near.she === 0) {
        if (g === 'm') near.he++;
        else near.she++;
      }
      i++;
      continue;
    }
    let j = i;
    const run: Tok[] = [];
    while (j < toks.length) {
      const t = toks[j]!;
      if (isCapWord(t)) {
        run.push(t);
        j++;
        if (possessiveBase(t)) break;
        continue;
      }
      if ((isParticle(t) || (t.t === 'of' && ofJoins(run[run.length - 1]))) && isCapWord(toks[j + 1])) {
        run.push(t);
        j++;
        continue;
      }
      if ((t.lo === 'and' || t.t === '&') && isCapWord(toks[j + 1])) {
        let k = j + 1;
        let org = false;
        while (k < toks.length && k < j + 6 && isCapWord(toks[k])) if (ORG_WORDS.has(toks[k++]!.lo)) org = true;
        if (org) {
          run.push(t);
          j++;
          continue;
        }
      }
      break;
    }
    if (!titleCase) {
      const r = describeRun(toks, i, run);
      if (r) {
        out.push(r);
        // the object of a preposition ("in Halifax", "on Christmas Day") is not what a pronoun after it stands for
        if (!PREPOSITIONS.has(toks[i - 1]?.lo ?? '') && !PREPOSITIONS.has(run[0]!.lo)) bindable = r;
        const shared = sharedSurname(toks, i, run, r);
        if (shared) out.push(shared);
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * "Kim and Clark Moran": a given name coordinated with a full name shares its surname. Read only
 * where one of the two given names is a known one, so "Smith and John Doe" stays two people.
 */
function sharedSurname(toks: readonly Tok[], at: number, run: Tok[], r: NameRun): NameRun | null {
  if (run.length !== 1 || r.org || r.words.length !== 1) return null;
  const and = toks[at + 1];
  if (!and || and.lo !== 'and' || !isCapWord(toks[at + 2]) || !isCapWord(toks[at + 3]) || isCapWord(toks[at + 4])) return null;
  if (possessiveBase(toks[at + 2]!)) return null;
  const given = r.words[0]!.toLowerCase();
  const other = toks[at + 2]!.lo;
  const known = (w: string) => MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
  if (!known(given) && !known(other)) return null;
  const surname = cleanWord(toks[at + 3]!);
  const words = [r.words[0]!, surname];
  return { name: words.join(' '), words, org: false, male: MALE_NAMES.has(given) && !FEMALE_NAMES.has(given) ? 1 : 0, female: FEMALE_NAMES.has(given) && !MALE_NAMES.has(given) ? 1 : 0, titled: false, roles: [], modifier: false, he: 0, she: 0 };
}

/** The office an adjective names: "mayoral" → "mayor", "presidential" → "president". */
function officeOf(lo: string): string | null {
  const m = /^(\p{Ll}{3,}?)i?al$/u.exec(lo);
  return m && TITLES.has(m[1]!) ? m[1]! : null;
}

/**
 * How many of a run's first words (`lows`, lower case) are not a name's: sentence words ("The",
 * "On Tuesday"), a fronted adverb. (A function of its own, as `rolesBefore`: its rarer cases
 * recompile only it.)
 */
function namelessLead(toks: readonly Tok[], at: number, runLength: number, lows: readonly string[]): number {
  // leading sentence words that are not names
  let from = 0;
  while (from < lows.length && (NOT_NAME.has(lows[from]!) || WEEKDAYS_MONTHS.has(lows[from]!))) from++;
  // a fronted adverb or preposition opening the sentence: "Finally Demi blah-blahed", "Besides Demi, …"
  // (an ordinal only before a comma: "First Nations" is a name)
  const prevTok = toks[at - 1];
  const lead = from < lows.length ? lows[from]! : '';
  // (or an adjective of a headline's subject: "Tearful Jo Roe pays tribute", "Furious Roe hits back")
  const adjective = lead.length > 6 && /(?:ful|less|ous)$/.test(lead);
  if (lows.length - from > 1 && (FRONTED_ADVERBS.has(lead) || adjective) && (!prevTok || (prevTok.k === 'p' && /^[.!?…]$/.test(prevTok.t))) &&
    (!/^(?:first|second|third)$/.test(lead) || toks[at + runLength]?.t === ',')) from++;
  return from;
}

function describeRun(toks: readonly Tok[], at: number, run: Tok[]): NameRun | null {
  if (run.length === 1 && NOT_NAME.has(run[0]!.lo)) return null;
  // (Each word is lower-cased once, here, and read by index below.)
  let words = mapArray(run, cleanWord);
  let lows = mapArray(words, lowerCase);
  let from = namelessLead(toks, at, run.length, lows);
  if (from === words.length) return null;
  // "a speech to the Foreign Policy Centre Mr Straw said": an honorific inside the run begins a person's name
  for (let h = words.length - 2; h > from; h--) if (HONORIFIC.has(lows[h]!)) {
    from = h;
    break;
  }
  if (from > 0) {
    words = words.slice(from);
    lows = lows.slice(from);
  }
  const cut = titleCut(words, lows);
  const nameLength = words.length - cut.name;
  // "Senate Majority Leader Mitch McConnell", "State Police Commissioner Jo Marsh", "Army Colonel Jo
  // Marsh": after a person's title or office, the organisation words belong to the title (not after a
  // nationality, which the cut also passes: "Federal Reserve Bank" stays an organisation)
  const lastTitle = cut.titles > 0 ? lows[cut.titles - 1]! : undefined;
  const personTitled = !!lastTitle && nameLength >= 2 && (PERSON_NOUNS.has(lastTitle) || MALE_TITLES.has(lastTitle) || FEMALE_TITLES.has(lastTitle) ||
    (TITLES.has(lastTitle) && !NATIONALITY.has(lastTitle))) && !someFrom(lows, cut.name, ORG_WORDS);
  const org = !personTitled && (someFrom(lows, 0, ORG_WORDS) || (nameLength === 1 && /^\p{Lu}{2,}$/u.test(words[cut.name]!) && cut.titles === 0));
  const titles = org ? 0 : cut.titles;
  const name = org ? words : cut.name === 0 ? words : words.slice(cut.name);
  if (!name.length) return null;
  const r: NameRun = { name: name.join(' '), words: name, org, male: 0, female: 0, titled: false, roles: [], modifier: false, he: 0, she: 0 };
  for (let i = 0; i < titles; i++) {
    const lo = lows[i]!;
    if (MALE_TITLES.has(lo)) r.male++;
    if (FEMALE_TITLES.has(lo)) r.female++;
    if (TITLES.has(lo) && !NATIONALITY.has(lo)) r.titled = true;
    r.roles.push(lo);
  }
  // (The words around the run are read by two functions of their own: V8 compiles each when it is
  // hot, and one meeting a case it has not seen recompiles only itself, not the whole of this one.)
  rolesBefore(toks, at, r);
  rolesAfter(toks, at + run.length, r);
  return r;
}

/** The roles written before a run starting at token `at`: lower-case titles, a description in apposition. */
function rolesBefore(toks: readonly Tok[], at: number, r: NameRun): void {
  // lower-case titles before the name: "foreign minister Sergei Lavrov", "US secretary of state Rex Tillerson";
  // not the complement of "of": in "the mayor of B.C.’s largest city" the mayor is someone else
  let k = at - 1;
  const complement = toks[k]?.lo === 'of';
  // past an "of", a title is the head of what follows ("the head of Surrey's Orbix Studios"), not of
  // the name, unless a title right before the name gave it one ("secretary of state Rex Tillerson")
  let of = false;
  for (let n = 0; k >= 0 && n < 5 && !complement; n++, k--) {
    const t = toks[k]!;
    if (t.k !== 'w') break;
    // "Prime Minister’s Questions", "the President’s Cup": what an office-holder owns is no holder of it
    if (n === 0 && /['’]s$/.test(t.t) && TITLES.has(t.lo.slice(0, -2))) break;
    const office = officeOf(t.lo);
    if (TITLES.has(t.lo) || PERSON_NOUNS.has(t.lo) || /^\d+-year-old$/.test(t.lo)) {
      r.roles.push(t.lo);
      if (!of) r.titled = true;
    } else if (office) {
      // "mayoral candidate Jo Marsh" is who "the mayor" may later be
      r.roles.push(t.lo, office);
    } else if (!(t.lo === 'of' || NATIONALITY.has(t.lo) || /^\p{Lu}/u.test(t.t) || /['’]s$/.test(t.t))) break;
    else {
      if (t.lo === 'of' && !r.titled) of = true;
      r.roles.push(t.lo.replace(/['’]s$/, ''));
    }
  }
  // a description in apposition before the name: "his wife, Rana Idris," / "the director, Jo Marsh,"
  if (toks[at - 1]?.t === ',' && toks[at - 2]?.k === 'w' && PERSON_NOUNS.has(toks[at - 2]!.lo)) {
    for (let b = at - 2, n = 0; b >= 0 && n < 4 && toks[b]!.k === 'w' && /^\p{Ll}/u.test(toks[b]!.t); b--, n++) r.roles.push(toks[b]!.lo);
    r.titled = true;
  }
  // a description that names its person: "the woman, called Rana," / "a man named Jo Marsh" (not
  // "the coach named Marsh captain", nor "the minister called Marsh": a verb after a definite subject)
  const naming = toks[at - 1]?.lo;
  if (naming === 'called' || naming === 'named') {
    const comma = toks[at - 2]?.t === ',';
    const noun = toks[at - (comma ? 3 : 2)];
    const det = toks[at - (comma ? 4 : 3)]?.lo;
    if (noun?.k === 'w' && PERSON_NOUNS.has(noun.lo) && (comma || det === 'a' || det === 'an')) {
      r.roles.push(noun.lo);
      r.titled = true;
    }
  }
}

/** The roles written after a run ending at token `after`: a role noun it modifies, an appositive. */
function rolesAfter(toks: readonly Tok[], after: number, r: NameRun): void {
  const nextTok = toks[after];
  if (nextTok && nextTok.k === 'w' && /^\p{Ll}/u.test(nextTok.t) && (TITLES.has(nextTok.lo) || PERSON_NOUNS.has(nextTok.lo))) r.modifier = true;
  // an appositive after the name: "Lavrov, Russia's foreign minister," / "Gokool, the rookie defenceman,"
  if (toks[after]?.t === ',' && toks[after + 1]?.k === 'w') {
    let n = after + 1;
    const words2: string[] = [];
    while (n < toks.length && n < after + 10 && toks[n]!.k === 'w') words2.push(toks[n++]!.lo);
    const endOk = n >= toks.length || toks[n]!.t === ',' || toks[n]!.t === '.' || toks[n]!.t === ';';
    const first = words2[0] ?? '';
    if (endOk && words2.length && (first === 'the' || first === 'a' || first === 'an' || first === 'his' || first === 'her' || /'s$/.test(first) || TITLES.has(first) || NATIONALITY.has(first))) {
      if (words2.some((w) => PERSON_NOUNS.has(w) || TITLES.has(w))) {
        r.titled = true;
        for (const w of words2) r.roles.push(w.replace(/'s$/, ''));
      }
    }
  }
}

export class NameIndex {
  readonly names = new Map<string, NameInfo>();
  private readonly byLast = new Map<string, NameInfo[]>();
  private order = 0;
  /** Lower-case word → the names with that word (in `names` order), built on first use. */
  private byWord: Map<string, NameInfo[]> | null = null;
  /** Role → the names with that role (in `names` order), built on first use. */
  private byRole: Map<string, NameInfo[]> | null = null;

  /** Adds the capitalised runs of one paragraph's tokens. */
  addTokens(toks: readonly Tok[], titleCase: boolean): void {
    for (const r of nameRuns(toks, titleCase)) this.addRun(r);
  }

  /** Adds one run (from `nameRuns`). Runs must be added in text order. */
  addRun(r: NameRun): void {
    let info = this.names.get(r.name);
    if (!info) {
      info = { name: r.name, words: r.words, count: 0, first: this.order++, male: 0, female: 0, titled: false, roles: new Set(), org: r.org, modifier: 0, he: 0, she: 0 };
      this.names.set(r.name, info);
      const key = lastKey(r.words[r.words.length - 1]!);
      const list = this.byLast.get(key) ?? [];
      list.push(info);
      this.byLast.set(key, list);
      this.byWord = null;
    }
    this.byRole = null;
    info.count++;
    if (r.org) info.org = true;
    info.male += r.male;
    info.female += r.female;
    if (r.titled) info.titled = true;
    for (const role of r.roles) info.roles.add(role);
    if (r.modifier) info.modifier++;
    info.he += r.he;
    info.she += r.she;
  }

  /** The fullest form in the article of a name given by its words ("Tillerson" → "Rex Tillerson"). */
  lookup(words: string[]): NameInfo | null {
    if (!words.length) return null;
    const k = words.join(' ');
    let hit = this.lookupCache.get(k);
    if (hit === undefined) {
      hit = this.computeLookup(words);
      this.lookupCache.set(k, hit);
    }
    return hit;
  }

  private readonly lookupCache = new Map<string, NameInfo | null>();

  private computeLookup(words: string[]): NameInfo | null {
    let ws = words;
    while (ws.length > 1 && NAME_SUFFIX.has(ws[ws.length - 1]!.toLowerCase())) ws = ws.slice(0, -1);
    const key = lastKey(ws[ws.length - 1]!);
    const list = this.byLast.get(key);
    // a given name alone ("Kim" where the article has "Kim Moran"): the one person it begins
    if (ws.length === 1 && (!list || list.every((n) => n.words.length === 1))) {
      const full = this.byFirstName(ws[0]!);
      if (full) return full;
    }
    if (!list) return null;
    // a one-off run ending in the word whose first word no list knows as a given name ("Crestfallen
    // Ravi blamed …", an adjective that opens the sentence) yields to the titled person the word
    // begins ("skipper Ravi Tandel")
    if (ws.length === 1 && list.every((n) => n.words.length === 1 || (n.count === 1 && !n.titled && !n.org && !knownGiven(n.words[0]!)))) {
      const full = this.byFirstName(ws[0]!);
      if (full?.titled) return full;
    }
    const given = mapArray(ws, (w) => w.toLowerCase().replace(/^(?:al|el)-/, ''));
    const fits = list.filter((n) => {
      const nw = mapArray(n.words, (w) => w.toLowerCase().replace(/^(?:al|el)-/, ''));
      // the given words must appear in order in the candidate, ending at its last word
      let j = nw.length - 1;
      for (let g = given.length - 1; g >= 0; g--) {
        while (j >= 0 && nw[j] !== given[g]) j--;
        if (j < 0) return false;
        j--;
      }
      return true;
    });
    if (!fits.length) return null;
    fits.sort((a, b) => b.words.length - a.words.length || b.count - a.count || a.first - b.first);
    const best = fits[0]!;
    const rival = fits[1];
    if (rival && rival.words.length === best.words.length && rival.count === best.count && given.length < best.words.length) {
      // two people share the surname and nothing tells them apart: keep what was written
      const firstA = best.words[0]!.toLowerCase();
      const firstB = rival.words[0]!.toLowerCase();
      if (firstA !== firstB) return this.names.get(ws.join(' ')) ?? null;
    }
    return best;
  }

  /** The only person's name of two or more words that begins with this word, if exactly one does. */
  private byFirstName(word: string): NameInfo | null {
    const lo = word.toLowerCase();
    if (NOT_NAME.has(lo) || /^\p{Lu}{2,}$/u.test(word)) return null;
    // a person's only when the word is known as a given name ("Covington" in "Covington Catholic" is
    // not one), or the full name is a person's by a title or a role the article gives it ("coach Wim
    // Koevermans … Wim added": a given name no list knows); an organisation's ("Reliance" for
    // "Reliance Globalcom") whatever the word
    const given = knownGiven(word);
    let found: NameInfo | null = null;
    for (const n of this.wordIndex().get(lo) ?? []) {
      if (n.words.length < 2 || n.words[0]!.toLowerCase() !== lo) continue;
      // a family name written first ("Park Min-ho", "Lee Jae-yong": a given name of two syllables
      // joined by a hyphen, its second in lower case) is the person's surname alone ("Park said")
      const familyFirst = n.words.length === 2 && familyNameFirst(n.words[0]!, n.words[1]!);
      // a title before the full name ("skipper Ravi Tandel … Ravi said") is a person's whatever the
      // article says of gender; a role alone ("the Covington Catholic students") needs a gender too
      const person = given || familyFirst || (n.titled && !n.org) || (n.roles.size > 0 && n.male + n.female + n.he + n.she > 0);
      if (!n.org && (!person || n.modifier * 2 >= n.count || n.words.some((w) => ORG_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase())))) continue;
      if (found && found.name !== n.name) {
        // "Kim Moran" and "Kim Moran Smith" are one person; "Kim Moran" and "Kim Lee" are two
        if (!n.name.startsWith(found.name) && !found.name.startsWith(n.name)) return null;
        if (n.words.length > found.words.length) found = n;
        continue;
      }
      found = n;
    }
    return found;
  }

  /** The canonical form of a name as written (titles stripped). */
  canonical(words: string[]): string {
    const { name } = splitTitle(words);
    const use = name.length ? name : words;
    return this.lookup(use)?.name ?? use.join(' ');
  }

  private readonly genderCache = new Map<string, Gender>();
  private readonly personCache = new Map<string, boolean>();

  genderOf(name: string): Gender {
    let g = this.genderCache.get(name);
    if (g === undefined) {
      g = this.computeGender(name);
      this.genderCache.set(name, g);
    }
    return g;
  }

  isPerson(name: string): boolean {
    let p = this.personCache.get(name);
    if (p === undefined) {
      p = this.computeIsPerson(name);
      this.personCache.set(name, p);
    }
    return p;
  }

  private computeGender(name: string, pronouns = true): Gender {
    const info = this.names.get(name);
    let m = info?.male ?? 0;
    let f = info?.female ?? 0;
    // any shorter form sharing the key adds its honorifics ("Mr Tillerson")
    const key = lastKey(name.slice(name.lastIndexOf(' ') + 1));
    for (const n of this.byLast.get(key) ?? []) {
      if (n === info) continue;
      if (name.endsWith(n.name)) {
        m += n.male;
        f += n.female;
      }
    }
    // a family name written first ("Lee Jae-yong"): its shorter form is that first word ("Mr Lee", "Lee … his")
    const space = name.indexOf(' ');
    const familyFirst = space !== -1 && name.indexOf(' ', space + 1) === -1 && familyNameFirst(name.slice(0, space), name.slice(space + 1));
    const short = familyFirst ? this.names.get(name.slice(0, space)) : undefined;
    m += short?.male ?? 0;
    f += short?.female ?? 0;
    // "wife Jane Doe", "Jane Doe, his wife,": gendered role nouns count as an honorific would
    for (const r of info?.roles ?? []) {
      if (MALE_NOUNS.has(r)) m++;
      else if (FEMALE_NOUNS.has(r)) f++;
    }
    if (m > f) return 'm';
    if (f > m) return 'f';
    const first = (space === -1 ? name : name.slice(0, space)).toLowerCase();
    // a family name written first is no given name whose gender a list knows
    if (space !== -1 && !familyFirst) {
      if (MALE_NAMES.has(first)) return 'm';
      if (FEMALE_NAMES.has(first)) return 'f';
    }
    if (!pronouns) return null;
    // the pronouns the article uses right after the name (any shorter form counts too)
    let he = (info?.he ?? 0) + (short?.he ?? 0);
    let she = (info?.she ?? 0) + (short?.she ?? 0);
    for (const n of this.byLast.get(key) ?? []) {
      if (n !== info && name.endsWith(n.name)) {
        he += n.he;
        she += n.she;
      }
    }
    if (he > she * 2) return 'm';
    if (she > he * 2) return 'f';
    return null;
  }


  /** Is this (canonical) name a person's? */
  private computeIsPerson(name: string): boolean {
    const info = this.names.get(name);
    const words = splitOn(name, ' ');
    const lower = mapArray(words, (w) => w.toLowerCase());
    if (lower.some((w) => ORG_WORDS.has(w))) return false;
    if (info && info.modifier * 2 >= info.count) return false;
    if (info?.titled) return true;
    if (this.computeGender(name, false)) return true;
    if (info?.org) return false;
    if (lower.some((w) => PLACE_WORDS.has(w) || NATIONALITY.has(w))) return false;
    if (/^\p{Lu}{2,}$/u.test(name)) return false;
    // "BC Hydro", "Environment Canada": an acronym among the words, or a place's name as the last
    // word, make an organisation of a name nothing marks as a person's
    if (words.length >= 2 && !knownGiven(words[0]!)) {
      if (words.some((w) => /^\p{Lu}{2,5}$/u.test(w) && !NAME_SUFFIX.has(w.toLowerCase()))) return false;
      if (lookupName(words[words.length - 1]!)?.type === 'place') return false;
      // "France Telecom", "Canada Post": a country's or city's name first, then one word
      if (words.length === 2 && lookupName(words[0]!)?.type === 'place') return false;
    }
    const key = lastKey(words[words.length - 1] ?? '');
    for (const n of this.byLast.get(key) ?? []) if (n.titled && n.words.length >= 1 && name.endsWith(n.name)) return true;
    return words.length >= 2 && words.length <= 4;
  }

  /** Was this name (or a shorter form of it) written with a title or description? */
  isTitled(name: string): boolean {
    if (this.names.get(name)?.titled) return true;
    const key = lastKey(name.slice(name.lastIndexOf(' ') + 1));
    for (const n of this.byLast.get(key) ?? []) if (n.titled && name.endsWith(n.name)) return true;
    return false;
  }

  /** People whose titles or descriptions include all of these words. */
  withRoles(words: string[]): NameInfo[] {
    const out: NameInfo[] = [];
    // Only the names with the first role can have them all (an index keeps this linear in the article).
    const first = words[0];
    const pool = first === undefined ? this.names.values() : (this.roleIndex().get(first) ?? []);
    for (const n of pool) {
      if (n.org) continue;
      if (words.every((w) => n.roles.has(w))) out.push(n);
    }
    return out;
  }

  /** Organisation names containing a word ("the agency" → "Environment Agency"). */
  orgsWith(word: string): NameInfo[] {
    return [...(this.wordIndex().get(word) ?? [])];
  }

  private roleIndex(): Map<string, NameInfo[]> {
    if (!this.byRole) {
      this.byRole = new Map();
      for (const n of this.names.values()) for (const role of n.roles) (this.byRole.get(role) ?? this.byRole.set(role, []).get(role)!).push(n);
    }
    return this.byRole;
  }

  private wordIndex(): Map<string, NameInfo[]> {
    if (!this.byWord) {
      this.byWord = new Map();
      for (const n of this.names.values()) {
        const lows = mapArray(n.words, lowerCase);
        for (let i = 0; i < lows.length; i++) {
          const w = lows[i]!;
          // a word twice in one name lists it once (a scan of a few words, not a Set per name)
          if (lows.indexOf(w) === i) (this.byWord.get(w) ?? this.byWord.set(w, []).get(w)!).push(n);
        }
      }
    }
    return this.byWord;
  }
}

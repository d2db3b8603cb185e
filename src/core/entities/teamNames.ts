/**
 * Towns' teams in a match report's prose, decided by the article as a whole (a step of resolve.ts). In
 * an article that writes a score somewhere, a town's name, or a name shaped like a place's ("Harlow
 * City", "Kelby Palace"), with a team's word around it ("Harlow striker", "Harlow fans", "a win over
 * Harlow", "against Harlow", "scored for Harlow") is the team's, and so is every other mention of that
 * name in the article ("Harlow moved up to third"): the recogniser sees one paragraph at a time and
 * only a result ("Harlow beat Kelby 2-1") there. A country is written as a place also as a team (the
 * analyst's convention) and stays one; so does a place with no team's word anywhere in the article.
 */
import type { Candidate } from './chunks';
import { MATCH_WORDS, PLACE_PREPOSITIONS, SURNAME_PLURAL, TEAM_BEFORE, TEAM_NOUNS, WIN_NOUNS, isNicknamePlural } from './cues';
import { CALENDAR, DEMONYMS, PLACE_SUFFIXES, isCountry, isFirstName, lookupName, nameKey } from './gazetteer';
import { isCommonWord } from './lexicon';
import { isScoreAt } from './teams';
import { Sep, type Token } from './tokens';

/** Retypes the towns' names that stand for their teams as organisations (`cands` changed in place). */
export function typeTeams(t: readonly Token[], cands: Candidate[], texts: readonly string[], keys: readonly string[]): void {
  let teams: Set<string> | null = null;
  let score: boolean | null = null; // a score in the article, once asked
  let last = -2; // the candidate last found a team's, for a list ("for Harlow and Kelby City")
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // The words around first (a few token tests), the name's shape only where they call for it.
    const cue = teamWordAround(t, c);
    if (!cue && !(last === i - 1 && listedAfter(t, cands[i - 1]!, c))) {
      // A town a result typed a team already ("Leeds beat Kelby 2-1"): only where a score is written.
      if (c.type !== 'organization' || c.strength !== 'strong' || !(score ??= hasScore(t))) continue;
    }
    const shaped = placeShaped(t, c, texts[i]!);
    let team = false;
    if (shaped) team = true; // a team's word around a town's name, a list after a team's, or a result typed it already
    else if (c.b - c.a === 1 && (!c.type || c.strength === 'weak') && !c.guarded && !isFirstName(t[c.a]!.word) && !isCommonWord(t[c.a]!.lower)) {
      team = cue === Cue.Any || (last === i - 1 && listedAfter(t, cands[i - 1]!, c));
    }
    if (!team) continue;
    (teams ??= new Set()).add(keys[i]!);
    last = i;
  }
  // A town's team by its shape, "the Harlow Rockets": its last word and its town's name on their own
  // stand for it where the article writes a score ("the Rockets", "Harlow led by seven").
  const byTown = townsTeams(t, cands, texts);
  if (byTown) {
    teams ??= new Set();
    for (const [town, full] of byTown) teams.add(town).add(nameKey(full));
  }
  // A nickname alone after "the", the team's name in a match report: "sent him to the Hawks".
  const nicks = loneNicknames(t, cands, keys);
  if (nicks) for (const k of nicks) (teams ??= new Set()).add(k);
  // (The score is looked for last: most articles have no team's word, and then no token is read again.)
  if (!teams || (!(score ?? hasScore(t)) && !matchWords(t) && !((byTown || nicks) && hasScore(t, true)))) return;
  // A team's last word on its own stands for it ("Forest played well" after "Harlow Forest"), even
  // where a sentence starts with it (resolve.ts's tails skip a capital a sentence may explain).
  const byLastWord = new Map<string, string>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.b - c.a >= 2 && teams.has(keys[i]!)) byLastWord.set(t[c.b - 1]!.lower, c.known ?? texts[i]!);
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    let tail = c.b - c.a === 1 && !c.known && !t[c.a]!.allCaps ? byLastWord.get(t[c.a]!.lower) : undefined;
    const town = byTown?.get(keys[i]!);
    if (town) {
      // The town in a dateline ("HARLOW (AP) -") or after "in" / "at" is the place.
      const prev = t[c.a - 1];
      if (t[c.a]!.allCaps || (prev && prev.para === t[c.a]!.para && !prev.cap && PLACE_PREPOSITIONS.has(prev.lower))) continue;
      tail = town;
    }
    if ((!teams.has(keys[i]!) && !tail) || (c.type === 'person' && c.strength !== 'weak')) continue;
    if (c.type === 'place' && c.known && isCountry(c.known)) continue;
    if (tail) c.known = tail;
    // An unknown word stays weak: the article's fuller name still gives its canonical ("United" → "Harlow United").
    c.type = 'organization';
    c.guarded = false;
  }
}

/**
 * The towns whose teams the article names in full, a known town (not a country) and a nickname in the
 * plural, written with "the" ("the Harlow Rockets", or "the Rockets" somewhere): town's key → the team's
 * name. Not a person whose first name is a town's ("Milan Voros"), nor an event ("the Harlow Indoors
 * title"), nor a headline's words. Null when there are none.
 */
function townsTeams(t: readonly Token[], cands: readonly Candidate[], texts: readonly string[]): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  let afterThe: Set<string> | null = null; // the words written after "the", once asked
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.b - c.a < 2 || c.type !== 'organization' || c.known) continue;
    const nick = t[c.b - 1]!;
    if (nick.word.charCodeAt(nick.word.length - 1) !== 115 || t[c.a]!.headline || !isNicknamePlural(nick.word) || SURNAME_PLURAL.test(nick.word)) continue; // (115: "s")
    const next = t[c.b];
    if (next && next.para === nick.para && !next.cap && EVENT_NOUNS.has(next.lower)) continue;
    if (t[c.a - 1]?.lower !== 'the' && !(afterThe ??= wordsAfterThe(t)).has(nick.word)) continue;
    const text = texts[i]!;
    const g = lookupName(text.slice(0, text.lastIndexOf(nick.word)).trim());
    if (!g || g.type !== 'place' || isCountry(g.canonical)) continue;
    (out ??= new Map()).set(nameKey(g.canonical), text);
  }
  return out;
}

/**
 * A score ("2-1") anywhere in the article: not a range of days ("from 24-26 June") or odds ("odds of
 * 4-1"). `wide`: a basketball's too ("116-105"), asked only where a team is named in full.
 */
/**
 * Two of a match's own words, for a match report where a sport writes no "2-1" ("innings", "wickets",
 * "overs"; "halftime", "semifinals"). Asked only where the article has a team's word and no score.
 */
function matchWords(t: readonly Token[]): boolean {
  let seen: string | null = null;
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!.lower;
    if (w.length < 5 || !MATCH_WORDS.has(w) || w === seen) continue; // (every match word has five letters or more)
    if (seen) return true;
    seen = w;
  }
  return false;
}

function hasScore(t: readonly Token[], wide = false): boolean {
  for (let k = 0; k + 1 < t.length; k++) {
    if (!t[k]!.num || !t[k + 1]!.num || !(isScoreAt(t, k) || (wide && isWideScoreAt(t, k)))) continue;
    if (NOT_BEFORE_SCORE.has(t[k - 1]?.lower ?? '') || CALENDAR.has(t[k + 2]?.lower ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * The keys of the unknown words in the plural written after "the" that no sentence's start explains and
 * no surname's ending ("the Hawks", "the Comets"; not "the Williamses" nor "The" + a common word).
 * Null when there are none.
 */
function loneNicknames(t: readonly Token[], cands: readonly Candidate[], keys: readonly string[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.b - c.a !== 1 || c.known || c.guarded || (c.type && c.type !== 'organization')) continue;
    const w = t[c.a]!;
    if (w.word.charCodeAt(w.word.length - 1) !== 115 || w.headline || w.allCaps || w.sep !== Sep.Space || t[c.a - 1]?.lower !== 'the') continue; // (115: "s")
    if (!isNicknamePlural(w.word) || SURNAME_PLURAL.test(w.word) || isCommonWord(w.lower) || isFirstName(w.word) || residents(w.word)) continue;
    (out ??= new Set()).add(keys[i]!);
  }
  return out;
}

/** A people's or a town's residents in the plural: "the Italians", "the Londoners", "the Teessiders". */
function residents(word: string): boolean {
  if (DEMONYMS.has(word.slice(0, -1).toLowerCase())) return true;
  const stem = word.endsWith('ers') ? word.slice(0, -3) : word.endsWith('rs') ? word.slice(0, -2) : '';
  return !!stem && lookupName(stem)?.type === 'place';
}

/** The capitalised words written right after "the". */
function wordsAfterThe(t: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < t.length; k++) if (t[k]!.cap && t[k]!.sep === Sep.Space && t[k - 1]!.lower === 'the') out.add(t[k]!.word);
  return out;
}

/** Nouns after a name that make it an event's: "the Harlow Indoors title". */
const EVENT_NOUNS = new Set(['title', 'final', 'finals', 'tournament', 'championship', 'championships', 'event', 'trophy', 'race', 'meeting', 'open']);

/** "116-105": two numbers of two or three digits joined by a hyphen. */
function isWideScoreAt(t: readonly Token[], k: number): boolean {
  const x = t[k]!;
  const y = t[k + 1]!;
  return x.para === y.para && y.sep === Sep.Hyphen && /^\d{2,3}$/.test(x.word) && /^\d{2,3}$/.test(y.word);
}

/** Words before a figure like "4-1" that make it no match's score. */
const NOT_BEFORE_SCORE = new Set(['of', 'from', 'between', 'at', 'aged', 'ages', 'odds']);

/** A known town's name (not a country's), or a place's by its last word ("Kelby City", "Harlow Palace"). */
function placeShaped(t: readonly Token[], c: Candidate, text: string): boolean {
  if (c.type !== 'place' && c.type !== 'organization') return false;
  if (c.known) return c.type === 'place' && !isCountry(c.known);
  if (c.b - c.a >= 2 && PLACE_SUFFIXES.has(t[c.b - 1]!.word)) return true;
  const g = lookupName(text);
  return !!g && g.type === 'place' && !isCountry(g.canonical);
}

/** What the words around a name say of a team: nothing, a team of any name, or a team only if a town's. */
const enum Cue {
  None,
  Any,
  Town,
}

/**
 * A team's word right after the name ("Harlow striker", "Harlow's goal") or a win before it ("a win
 * over Harlow"): any name; "against Harlow", "for Harlow": only a town's, as an unknown word after
 * them is as often a player's ("against Ivanova" in a tennis report).
 */
function teamWordAround(t: readonly Token[], c: Candidate): Cue {
  const endTok = t[c.b - 1]!; // (a possessive's "'s" is the name's token's: "Harlow's goal")
  const next = t[c.b];
  if (next && next.sep === Sep.Space && next.para === endTok.para && !next.cap && TEAM_NOUNS.has(next.lower)) return Cue.Any;
  const first = t[c.a]!;
  const prev = t[c.a - 1];
  if (!prev || prev.para !== first.para || first.sep !== Sep.Space || prev.cap) return Cue.None;
  if (prev.lower === 'over' && WIN_NOUNS.has(t[c.a - 2]?.lower ?? '')) return Cue.Any;
  return TEAM_BEFORE.has(prev.lower) || prev.lower === 'for' ? Cue.Town : Cue.None;
}

/** `c` follows `d` in a list: "Harlow and Kelby City", "Harlow, Kelby". */
function listedAfter(t: readonly Token[], d: Candidate, c: Candidate): boolean {
  if (t[d.b - 1]!.para !== t[c.a]!.para || t[d.b - 1]!.possessive) return false;
  if (c.a - d.b === 1) return t[d.b]!.lower === 'and' && t[d.b]!.sep === Sep.Space && t[c.a]!.sep === Sep.Space;
  return c.a === d.b && t[c.a]!.sep === Sep.Comma;
}

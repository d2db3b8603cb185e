/**
 * The last phase of the recogniser: the article as a whole. Single words take the type and canonical
 * of a fuller name in the same article ("Lavrov" → "Sergey Lavrov", "the Navy" → "the Indian Navy"),
 * each name's type is voted over all its mentions' cues, and single words the article gives no
 * evidence for are set aside for the folder to confirm.
 */
import type { EntityMention, EntityType, Strength } from '../common/types';
import { mapArray } from '../text';
import { BUILDING_HEADS, LONE_ORG_HEADS, NAME_PARTICLES, PLACE_SUFFIXES, TITLE_HEADS, isFirstName, lookupName, nameKey } from './gazetteer';
import { isCommonWord } from './lexicon';
import type { Candidate } from './chunks';
import { CLUB_HEADS, INSTITUTION_ADJECTIVES, NAME_FINAL_ORG, TOWN_INSTITUTION_HEADS, isHeadWord, isOrgSuffix } from './cues';
import { typeTeams } from './teamNames';
import { Sep, type Token } from './tokens';

/**
 * An article's mentions, and the single words it gives no evidence for ("Tillerson" in an article
 * that never says "Rex Tillerson"): the linker keeps those the rest of the folder confirms.
 */
export interface ArticleEntities {
  entities: EntityMention[];
  unconfirmed: EntityMention[];
}

/** Types single words by fuller names in the same article; gives every mention a canonical. */
export function resolveArticle(text: string, t: readonly Token[], cands: Candidate[]): ArticleEntities {
  // (One function per step, as in the linker: V8 compiles and recompiles small steps cheaply, and a
  // branch one article takes first no longer throws away the code of all of them.)
  // Each candidate's text and key, once.
  const texts = mapArray(cands, (c) => text.slice(t[c.a]!.start, t[c.b - 1]!.end));
  const keys = mapArray(texts, nameKey);
  typeTeams(t, cands, texts, keys);
  typeTownsOfCouncils(t, cands, keys);
  const ev = collectEvidence(t, cands, texts, keys);
  const orgHeads = organisationHeads(text, t, cands, keys);
  typeListedWords(t, cands);
  const tails = nameTails(text, t, cands);
  const { out, pending } = emitMentions(t, cands, texts, keys, ev, orgHeads, tails);
  return { entities: dropOverlaps(out), unconfirmed: pending };
}

/** "City Council", "Town Hall": a town's institution; the words before it in a name are the town's. */
const MUNICIPAL = new Set(['City', 'Town', 'Borough']);
const MUNICIPAL_BODIES = new Set(['Council', 'Hall', 'Commission', 'Board', 'Manager', 'Attorney', 'Clerk', 'Police', 'Schools', 'Government']);

/**
 * "Ann Arbor City Council": the words before a town's institution are the town's name, and the same
 * words alone in the article are the town ("a pact between Ann Arbor and ..."), not a first name and a
 * surname. A single word is retyped only where nothing else typed it and it is no first name ("Marcus").
 * `cands` changed in place.
 */
function typeTownsOfCouncils(t: readonly Token[], cands: Candidate[], keys: readonly string[]): void {
  let towns: Map<string, number> | null = null; // town's key → its number of words
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type !== 'organization' || c.b - c.a < 3) continue;
    for (let m = c.a + 1; m < c.b - 1; m++) {
      if (!MUNICIPAL.has(t[m]!.word) || !MUNICIPAL_BODIES.has(t[m + 1]!.word)) continue;
      let plain = true;
      for (let k = c.a; k < m; k++) if (!t[k]!.cap || t[k]!.allCaps || (k > c.a && t[k]!.sep !== Sep.Space)) plain = false;
      if (plain) (towns ??= new Map()).set(nameKey(keys[i]!.split(' ').slice(0, m - c.a).join(' ')), m - c.a);
      break;
    }
  }
  if (!towns) return;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const words = towns.get(keys[i]!);
    if (words === undefined || c.known || (words === 1 && ((c.type && c.strength !== 'weak') || isFirstName(t[c.a]!.word)))) continue;
    c.type = 'place';
    c.strength = 'strong';
    c.guarded = false;
  }
}

/** What an article's typed names say: each key's first type and canonical, the type votes, surname key → full name. */
interface Evidence {
  known: Map<string, { type: EntityType; canonical: string }>;
  votes: TypeVotes;
  surnames: Map<string, string>;
}

function collectEvidence(t: readonly Token[], cands: readonly Candidate[], texts: readonly string[], keys: readonly string[]): Evidence {
  const surnames = new Map<string, string>(); // surname key → full name
  const known = new Map<string, { type: EntityType; canonical: string }>();
  // The article's evidence for each name's type, over all its mentions.
  const votes = new TypeVotes();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!c.type || c.strength === 'weak') continue;
    const text = texts[i]!;
    const key = keys[i]!;
    if (!known.has(key)) known.set(key, { type: c.type, canonical: c.known ?? text });
    votes.add(key, c.type, c.strength);
    if (c.type === 'person' && c.b - c.a >= 2) {
      for (const sk of surnameKeys(text)) {
        const prevFull = surnames.get(sk);
        if (!prevFull || prevFull.length < text.length) surnames.set(sk, text);
      }
      if (c.b - c.a >= 4) for (const mk of middleNameKeys(text)) if (!surnames.has(mk)) surnames.set(mk, text);
    }
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type && c.strength === 'weak') votes.add(keys[i]!, c.type, 'weak');
  }
  // Weakly typed multi-word names confirm themselves too ("Alexander Nemenov" without a first-name hit).
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type !== 'person' || c.strength !== 'weak' || c.b - c.a < 2) continue;
    const text = texts[i]!;
    for (const sk of surnameKeys(text)) if (!surnames.has(sk)) surnames.set(sk, text);
    if (c.b - c.a >= 4) for (const mk of middleNameKeys(text)) if (!surnames.has(mk)) surnames.set(mk, text);
  }
  return { known, votes, surnames };
}

/**
 * "Continental" for "Continental Airlines", "Vela Alto" for "Vela Alto Networks": the first word, or
 * the first words, of an organisation's name in the article (keys with a space are the longer ones).
 */
function organisationHeads(text: string, t: readonly Token[], cands: readonly Candidate[], keys: readonly string[]): Map<string, { type: EntityType; canonical: string }> {
  const orgHeads = new Map<string, { type: EntityType; canonical: string }>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type !== 'organization' || c.strength === 'weak' || c.b - c.a < 2 || t[c.a]!.allCaps) continue;
    const canonical = c.known ?? text.slice(t[c.a]!.start, t[c.b - 1]!.end);
    const k = nameKey(t[c.a]!.word);
    // (Not a place's word: "City" of "City Council" is the town, "the City" the district.)
    if (!orgHeads.has(k) && !isCommonWord(k) && !lookupName(t[c.a]!.word) && !PLACE_SUFFIXES.has(t[c.a]!.word)) orgHeads.set(k, { type: 'organization', canonical });
    // The first words, all capitalised and joined by blanks only, before a last word of the name's own.
    for (let m = c.a + 2; m < c.b; m++) {
      if (!t[m - 1]!.cap || !t[m]!.cap || t[m - 1]!.sep !== Sep.Space || t[m]!.sep !== Sep.Space || isTownInstitution(t[m]!.word)) break;
      const pk = nameKey(text.slice(t[c.a]!.start, t[m - 1]!.end));
      // (A known name's words, "New York" of "New York Life", are typed by the gazetteer, never by this.)
      // A short form follows the full name: "Stan Vela" written before "Stan Vela Media" is a person's name.
      if (!orgHeads.has(pk) && !writtenBefore(keys, pk, i)) orgHeads.set(pk, { type: 'organization', canonical });
    }
  }
  return orgHeads;
}

/** Some candidate before the i-th has key `key` (asked only for an organisation's first words). */
function writtenBefore(keys: readonly string[], key: string, i: number): boolean {
  for (let j = 0; j < i; j++) if (keys[j] === key) return true;
  return false;
}

/** A town's institution's word after its name: a paper's, the police, a school ("X Herald", "X Police", "X University"). */
function isTownInstitution(word: string): boolean {
  return TOWN_INSTITUTION_HEADS.has(word) || BUILDING_HEADS.has(word) || PLACE_SUFFIXES.has(word);
}

/** "toward Tel Aviv and Ashkelon": a word listed with a typed name takes its type (`cands` changed in place). */
function typeListedWords(t: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type || c.guarded || c.b - c.a !== 1) continue;
    const ty = typedNeighbour(t, c, cands[i - 1], true) ?? typedNeighbour(t, c, cands[i + 1], false);
    if (ty) c.type = ty;
  }
}

/** The type of `d`, a place or organisation listed right before (`left`) or after `c` with "and", "or" or a comma; else null. */
function typedNeighbour(t: readonly Token[], c: Candidate, d: Candidate | undefined, left: boolean): EntityType | null {
  if (!d || !d.type || d.strength === 'weak' || d.type === 'person') return null;
  const x = left ? d.b : c.b;
  const y = left ? c.a : d.a;
  if (t[x - 1]!.para !== t[y]!.para || t[x - 1]!.possessive) return null;
  if (y - x === 1 && (t[x]!.lower === 'and' || t[x]!.lower === 'or') && t[x]!.sep === Sep.Space && t[y]!.sep === Sep.Space) return d.type;
  if (y === x && t[y]!.sep === Sep.Comma) return d.type;
  return null;
}

/**
 * "Navy" for "Indian Navy", "Grace Church" for "Harlow Grace Church": the end of an organisation's
 * or a place's name, from its head word on, stands for the fuller name written in the article. Key of
 * a tail → the candidates it is the tail of, in the article's order.
 */
function nameTails(text: string, t: readonly Token[], cands: readonly Candidate[]): Map<string, number[]> {
  const tails = new Map<string, number[]>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!c.type || c.type === 'person' || c.strength === 'weak' || c.b - c.a < 2 || c.strength === 'known') continue;
    if (!isHeadWord(t[c.b - 1]!.word)) continue;
    let plain = true; // "Church of Jesus Christ" is not the tail of a longer "... Church of Jesus Christ"
    for (let k = c.a; k < c.b; k++) if (!t[k]!.cap) plain = false;
    if (!plain) continue;
    for (let k = c.a + 1; k < c.b; k++) {
      const tok = t[k]!;
      if (!tok.cap || tok.allCaps) break;
      if (tok.sep !== Sep.Space) continue;

      const tk = nameKey(text.slice(tok.start, t[c.b - 1]!.end));
      const list = tails.get(tk) ?? tails.set(tk, []).get(tk)!;
      list.push(i);
    }
  }
  return tails;
}

/** Each candidate's mention with its type and canonical, or (a single word with no evidence) set aside as pending. */
function emitMentions(
  t: readonly Token[], cands: readonly Candidate[], texts: readonly string[], keys: readonly string[], ev: Evidence,
  orgHeads: ReadonlyMap<string, { type: EntityType; canonical: string }>, tails: ReadonlyMap<string, number[]>,
): { out: EntityMention[]; pending: EntityMention[] } {
  const { known, votes, surnames } = ev;
  const out: EntityMention[] = [];
  const pending: EntityMention[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const text = texts[i]!;
    const key = keys[i]!;
    let type = c.type;
    let strength = c.strength;
    let canonical = c.known ?? text;
    // A one-word tail ("the Bank" for "the Bank of England"), only mid-sentence: "Church officials said" is no church's name.
    const tailOf = c.strength !== 'known' && !t[c.a]!.allCaps && (c.b - c.a > 1 || !t[c.a]!.initial || LONE_ORG_HEADS.has(t[c.a]!.lower)) ? tails.get(key) : undefined;
    if (tailOf && (type !== 'person' || c.strength !== 'strong')) {
      // The fuller name written last before it, else the first (the list is in the article's order).
      let lo = 0;
      let hi = tailOf.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cands[tailOf[mid]!]!.a < c.a) lo = mid + 1;
        else hi = mid;
      }
      const pick = tailOf[lo > 0 ? lo - 1 : 0]!;
      const long = cands[pick]!;
      type = long.type;
      canonical = long.known ?? texts[pick]!;
      if (strength === 'weak') strength = 'cue';
    } else if (type && (strength === 'cue' || strength === 'weak')) {
      // What the article says of the name elsewhere outweighs this mention's cue: "in Creston" × 3.
      const v = votes.winner(key);
      if (v && v !== type && votes.margin(key, v, type)) type = v;
    }
    const single = c.b - c.a === 1 || (c.b - c.a === 2 && isParticle(t[c.a]!));
    const full = single ? surnames.get(key) : undefined;
    if (full && (c.strength !== 'known' || (c.b - c.a === 1 && !t[c.a]!.allCaps && type !== 'place')) && c.strength !== 'strong') {
      type = 'person';
      strength = 'cue';
      canonical = full;
    } else if (c.strength === 'weak' || !type) {
      // "Creston" is not "Creston Provincial Court" when the article also writes "in Creston".
      const own = votes.winner(key);
      const head = single && own !== 'place' ? orgHeads.get(key) : undefined;
      const k = known.get(key) ?? (single ? (head && !commonNounAtStart(t, c, head.canonical) ? head : undefined) : c.type === 'person' ? orgHeads.get(key) : undefined);
      if (k) {
        type = k.type;
        canonical = k.canonical;
        strength = 'cue';
      } else if (c.guarded || !type) {
        if (single && !isCommonWord(key) && !commonNounAtStart(t, c, head?.canonical ?? null)) {
          const p: EntityMention = { start: t[c.a]!.start, end: t[c.b - 1]!.end, text, type: type ?? 'person', canonical: text, hint: { strength: 'weak', words: c.b - c.a, known: null } };
          pending.push(p);
        }
        continue;
      }
    } else if (type === 'person' && single) {
      if (full) canonical = full;
    } else if (type === 'person') {
      canonical = text;
    }
    const m: EntityMention = { start: t[c.a]!.start, end: t[c.b - 1]!.end, text, type: type!, canonical, hint: { strength, words: c.b - c.a, known: c.known || null } };
    out.push(m);
  }
  return { out, pending };
}

/**
 * "Council workers have voted", "Bank fines totalled", "National officer X": an organisation's head
 * word or an institution's adjective opening a sentence before a lower-case word is a common noun only
 * the sentence capitalises, neither the short form of the article's "Bank of England" nor a word for
 * the folder's "City Council" to confirm. Nor is the first word of an organisation's name the sentence
 * writes on in lower case ("Electoral commission chairman" for the "Electoral Commission").
 * Not before a verb of the sentence ("Opera is set to", "Council said") or a title, which names the
 * institution ("Academy president X", "Council leader X"), not in the first paragraph (a
 * headline's "Bank holds rates" is the bank), nor for the lone institutions and clubs ("Parliament
 * voted", "United fans") or a place's word that is also a surname or a club ("Hill", "Forest").
 */
function commonNounAtStart(t: readonly Token[], c: Candidate, orgName: string | null): boolean {
  const tok = t[c.a]!;
  const next = t[c.b];
  if (c.b - c.a !== 1 || !tok.initial || tok.allCaps || tok.para <= 0 || LONE_ORG_HEADS.has(tok.lower)) return false;
  if (!next || next.para !== tok.para || next.cap || next.num || next.sep !== Sep.Space || VERBS_AFTER_SUBJECT.has(next.lower)) return false;
  if (TITLE_HEADS.has(next.lower)) return INSTITUTION_ADJECTIVES.has(tok.lower) || (orgName !== null && continuesName(orgName, tok, next));
  if (((isOrgSuffix(tok.word) || BUILDING_HEADS.has(tok.word)) && !CLUB_HEADS.has(tok.word)) || INSTITUTION_ADJECTIVES.has(tok.lower)) return true;
  return orgName !== null && continuesName(orgName, tok, next);
}

/** `orgName` opens with the word `tok` and goes on with the word `next` ("Electoral" "commission"). */
function continuesName(orgName: string, tok: Token, next: Token): boolean {
  const words = orgName.split(' ');
  return words.length > 1 && words[0] === tok.word && words[1]!.toLowerCase() === next.lower;
}

/** Auxiliaries and reporting verbs that follow a sentence's subject: the word before them is a name. */
const VERBS_AFTER_SUBJECT = new Set(
  `is are was were be has have had will would can could may might must shall should does did do said says
  told also still now then`.split(/\s+/),
);

/** The mentions in text order without overlaps (the first, longest, kept). `out` is sorted in place. */
function dropOverlaps(out: EntityMention[]): EntityMention[] {
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: EntityMention[] = [];
  let lastEnd = -1;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

/** A lower-case name particle: "al", "van", "de". */
function isParticle(tok: Token): boolean {
  return !tok.cap && NAME_PARTICLES.has(tok.lower);
}

const STRENGTH_WEIGHT: Record<Strength, number> = { override: 16, known: 8, strong: 4, cue: 2, weak: 1 };
const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };
const TYPES: EntityType[] = ['person', 'place', 'organization'];

/** Weighted evidence for the type of each name (by key) over an article's mentions. */
class TypeVotes {
  private readonly byKey = new Map<string, number[]>();

  add(key: string, type: EntityType, strength: Strength): void {
    const v = this.byKey.get(key) ?? this.byKey.set(key, [0, 0, 0]).get(key)!;
    v[TYPE_INDEX[type]] = v[TYPE_INDEX[type]]! + STRENGTH_WEIGHT[strength];
  }

  /** The type with the most evidence, or null. */
  winner(key: string): EntityType | null {
    const v = this.byKey.get(key);
    if (!v) return null;
    let best = -1;
    for (let i = 0; i < 3; i++) if (v[i]! > 0 && (best < 0 || v[i]! > v[best]!)) best = i;
    return best < 0 ? null : TYPES[best]!;
  }

  /** `winner` has clearly more evidence than `other` (twice as much, and more than one cue's). */
  margin(key: string, winner: EntityType, other: EntityType): boolean {
    const v = this.byKey.get(key)!;
    const w = v[TYPE_INDEX[winner]]!;
    return w > STRENGTH_WEIGHT.cue && w >= 2 * v[TYPE_INDEX[other]]!;
  }
}

/**
 * "Luiz Inácio Lula da Silva" → "Lula": in a person's name of four words or more, a middle word
 * (no particle, initial, common or head word) the bearer may be known by, in the same article.
 */
function middleNameKeys(fullName: string): string[] {
  const words = fullName.split(' ');
  const keys: string[] = [];
  if (words.length < 4) return keys;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (isCommonWord(word.toLowerCase()) || isHeadWord(word) || NAME_FINAL_ORG.has(word)) return keys; // "Vela National Laboratory"
  }
  for (let w = 1; w < words.length - 1; w++) {
    const word = words[w]!;
    if (word.length >= 3 && !word.endsWith('.') && !NAME_PARTICLES.has(word.toLowerCase())) keys.push(nameKey(word));
  }
  return keys;
}

/** Keys a single word can take to refer to this full name: the surname, without "al-". */
export function surnameKeys(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/);
  // One array literal for every outcome (an empty `[]` and a `[key]` have different shapes).
  const keys: string[] = [];
  if (words.length < 2) return keys;
  const last = words[words.length - 1]!;
  keys.push(nameKey(last));
  const m = /^(al|el|bin|ibn|abu|van|von|de|di|da|du|la|le)[-‐‑](.+)$/iu.exec(last);
  if (m) keys.push(nameKey(m[2]!));
  // "Bashar al Assad", "Ludwig van Beethoven": particle + surname
  const pre = words[words.length - 2]!.toLowerCase();
  if (NAME_PARTICLES.has(pre) && words.length >= 3) keys.push(nameKey(`${words[words.length - 2]} ${last}`));
  return keys;
}

/**
 * The forms of one name that are not discrepancies between outlets, and the forms that are: a short
 * form of the full name (its words in order, its initials: "Oler" / "James Oler", "OSCE"), an
 * abbreviation ("Ariz."), a described form ("southeast Asia"), other forms of common words in a
 * capitalised run ("Airlines" / "Airliner"), and the form that is NOT a short form though its words
 * are a subset: a coordinated part left out inside the name ("Federal Water Authority" of "Federal
 * Water and Sewerage Authority"). Used by the name detector (names.ts) while it groups the folder's
 * names and while it decides which spellings of one name differ.
 */
import { isOrgSuffix, LEGAL_SUFFIXES } from '../../entities/cues';
import { isCommonWord } from '../../entities/lexicon';
import { foldKey, initialsOf, isAcronym } from '../../entities/variants';

/** A name's words for `shortFormOf`, split at hyphens too ("Assad" is a short form of "Bashar al-Assad"), each folded. */
export function shortFormWords(name: string): string[] {
  return name.split(/[\s-]+/).map(foldKey);
}

/**
 * Is `short` a short form of `long`: its words among the long name's, in order, or its initials?
 * (`words`: `shortFormWords`, from the caller's memo: each name is asked about against all the others.)
 */
export function shortFormOf(short: string, long: string, words: (name: string) => string[] = shortFormWords): boolean {
  if (short === long) return false;
  const sw = words(short);
  const lw = words(long);
  if (sw.length < lw.length) {
    let k = 0;
    for (const w of lw) if (k < sw.length && w === sw[k]) k++;
    if (k === sw.length && !coordinateLeftOut(short, long)) return true;
  }
  return sw.length === 1 && isInitials(short, long);
}

/** Legal forms at the end of a company's name ("Acme Minerals Ltd.", "Vela Telecom SGPS SA"). */
const LEGAL_TAIL = new RegExp(`(?:,?\\s+(?:${[...LEGAL_SUFFIXES].join('|')})\\.?)+$`, 'iu');

/**
 * Is `short` the acronym of `long` ("PAC3" of "Pan-Asia Cable 3")? An acronym may spell the small
 * words too or not ("HDOT", "HDT" of "Hawaii Department of Transportation") and leaves out a legal
 * form ("RIM" of "Research In Motion Ltd.").
 */
export function isInitials(short: string, long: string): boolean {
  if (/\s/.test(short.trim())) return false;
  const key = foldKey(short);
  const bare = long.replace(LEGAL_TAIL, '');
  return initialsOf(bare).toLowerCase() === key || initialsOf(bare, true).toLowerCase() === key || (bare !== long && initialsOf(long).toLowerCase() === key);
}

/**
 * Is `short` the name `long` with a coordinated part left out inside it ("Federal Water
 * Authority" of "Federal Water and Sewerage Authority")? The same first and last words, and
 * the words left out one run within the name that holds "and": not a short form (the name's head
 * and qualifiers are kept) but another form of the whole name. (A part left out at either end —
 * "Democratic Party" of "Democratic Party of X", a surname alone — is a short form.)
 */
export function coordinateLeftOut(short: string, long: string): boolean {
  if (!long.includes(' and ') && !long.includes('&')) return false;
  const sw = short.split(/\s+/).map(foldKey);
  const lw = long.split(/\s+/).map(foldKey);
  if (sw.length < 2 || sw.length >= lw.length) return false;
  let p = 0;
  while (p < sw.length && sw[p] === lw[p]) p++;
  let q = 0;
  while (q < sw.length - p && sw[sw.length - 1 - q] === lw[lw.length - 1 - q]) q++;
  if (p === 0 || q === 0 || p + q !== sw.length) return false;
  const dropped = lw.slice(p, lw.length - q);
  return dropped.includes('and') || dropped.includes('&');
}

/**
 * Is `short` the name `long` with words abbreviated ("Ariz." of "Arizona", "Intl. Bank" of
 * "International Bank"): word for word the same, or a word ending in a dot whose letters begin the
 * long name's word (in order, the first kept).
 */
export function abbreviationOf(short: string, long: string): boolean {
  const sw = short.split(/\s+/);
  const lw = long.split(/\s+/);
  if (sw.length !== lw.length) return false;
  let cut = false;
  for (let i = 0; i < sw.length; i++) {
    const a = foldKey(sw[i]!);
    const b = foldKey(lw[i]!);
    if (a === b) continue;
    if (!sw[i]!.endsWith('.') || a.length < 2 || a.length >= b.length || a[0] !== b[0]) return false;
    let k = 0;
    for (const c of b) if (k < a.length && c === a[k]) k++;
    if (k < a.length) return false;
    cut = true;
  }
  return cut;
}

/**
 * A form written with a word in lower case ("southeast Asia" against "South East Asia") makes the
 * word a description beside the name, not a spelling of it (particles and connectors apart: "al-",
 * "of"; the lower-case part of a hyphenated word is the name's: "Latter-day").
 */
export function describedForm(text: string): boolean {
  if (!/(?:^|\s)\p{Ll}/u.test(text)) return false;
  for (const w of text.split(/\s+/)) if (/^\p{Ll}+$/u.test(w) && !NAME_PARTICLES.has(w)) return true;
  return false;
}

/** Lower-case words inside names. */
const NAME_PARTICLES = new Set(['of', 'for', 'and', 'on', 'in', 'at', 'the', 'de', 'du', 'des', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'y', 'e']);

/**
 * Do two capitalised runs differ only by other forms of common words ("Ethiopian Airlines Boeing"
 * / "Ethiopian Airliner Boeing": an airline, an airliner)? A word lengthened by an ending, where
 * the shorter is a common word, is another word, not a spelling of a name; a letter changed
 * ("Organisation" / "Organization") or a plural ("Games Developers" / "Game Developers") still is.
 */
export function otherWordForms(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x.length !== y.length) return false;
  let differ = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    differ++;
    const p = x[i]!.replace(/s$/, '');
    const q = y[i]!.replace(/s$/, '');
    const [short, long] = p.length <= q.length ? [p, q] : [q, p];
    // (A plural against a singular, "Motion Pictures" / "Motion Picture", is a form of the name.)
    if (p === q || short.length < 4 || !long.startsWith(short) || !isCommonWord(short)) return false;
  }
  return differ > 0;
}

/**
 * A form that is another's acronym followed by more words ("ACME Cup", "ACME Code" beside "Alliance
 * of Chess Masters … / ACME") names a thing of that one (its code, its cup), the acronym used as a
 * modifier: no spelling of the name it was linked to. Unless the words end in an organisation's
 * head ("ACME Alliance", "ACME Party"): a body, maybe the same one named another way.
 */
export function acronymModifier(text: string, others: readonly string[]): boolean {
  const sp = text.indexOf(' ');
  if (sp < 2) return false;
  const first = text.slice(0, sp);
  const c = first.charCodeAt(1);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) || !isAcronym(first)) return false;
  // (The acronym and an organisation's head, "ACME Alliance", can be another name of that body.)
  if (isOrgSuffix(text.slice(text.lastIndexOf(' ') + 1))) return false;
  // (Not against a form that begins with the same letters: "HD DVDs" / "HD-DVDs" is one name written two ways.)
  const key = foldKey(first);
  return others.some((o) => o !== text && (o === first || (isInitials(first, o) && !foldKey(o).startsWith(key))));
}

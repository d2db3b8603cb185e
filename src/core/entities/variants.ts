/**
 * Name variants: when two written names are one name spelled, transliterated or abbreviated
 * differently ("Gdańsk" / "Gdansk", "Organisation for Security and Co-operation" / "Organization for
 * Security and Cooperation", "Vyacheslav" / "Viacheslav", "Pan Sea Link 5" / "PAN-SEA-LINK 5" / "PSL5",
 * "Jim" / "James"). Pure string functions; folder-wide linking (`link.ts`) and the name detector
 * (`corpus/detectors/names.ts`) decide with them, each adding its own evidence (type, articles,
 * contexts) before two names are joined.
 *
 * Three keys, from strict to loose:
 * - `foldKey`: case, diacritics, blanks, hyphens, slashes, dots and apostrophes removed. Equal fold
 *   keys are one name written two ways: always the same name.
 * - `skeletonKey`: the fold key with the alternations of transliteration and house spelling
 *   folded too: -isation/-ization (s/z), sch/sh, ph/f, ck/k, q/k, ou/u, a final w/v ("-ow"/"-ov"),
 *   y/i, doubled letters, and each inner run of vowels as one vowel (Salahuddin / Salahaddin, Qaida /
 *   Qaeda, Bakhtiyor / Bakhtiyar). The word's first letter and last vowel are kept (Maria / Mario
 *   stay apart). Equal skeletons of long enough names are variants when the caller has no
 *   evidence against it.
 * - `nearSkeleton`: skeletons one edit apart, for long names only (Salaluddin, "Jesus Christ on
 *   Latter Day Saints").
 */
import { editDistance } from '../common/strings';
import { lookupName } from './gazetteer';

const foldCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();

/** Letters a decomposition does not take apart. */
/** Only ASCII characters (most names): lower case is all their folding needs. */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without diacritics, special letters spelled out. */
export function plainLetters(s: string): string {
  // Most names are plain ASCII: lower case is all they need.
  if (ascii(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c]!);
}

/** The letters and digits of a name, folded: "PAN-SEA-LINK 5" and "Pan Sea Link 5" → "pansealink5". */
export function foldKey(name: string): string {
  let k = foldCache.get(name);
  if (k === undefined) {
    const p = plainLetters(name);
    k = ascii(p) ? p.replace(/[^a-z0-9]+/g, '') : p.replace(/[^\p{L}\p{N}]+/gu, '');
    if (foldCache.size > 50000) foldCache.clear();
    foldCache.set(name, k);
  }
  return k;
}

const isVowel = (c: string) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** One word's skeleton (already folded): one pass, the alternations in the order the header lists. */
function wordSkeleton(w: string): string {
  const n = w.length;
  if (n < 3 || /\d/.test(w)) return w;
  const out: string[] = [];
  const push = (c: string) => {
    if (out[out.length - 1] !== c) out.push(c); // doubled letters as one
  };
  for (let i = 0; i < n; i++) {
    const c = w[i]!;
    const d = w[i + 1];
    if (c === 's' && d === 'c' && w[i + 2] === 'h') {
      push('s');
      push('h');
      i += 2;
    } else if (c === 'p' && d === 'h') {
      push('f');
      i++;
    } else if (c === 'c' && d === 'k') {
      push('k');
      i++;
    } else if (c === 'o' && d === 'u') {
      push('u');
      i++;
    } else if (c === 'q') push('k');
    else if (c === 'z') push('s');
    else if (c === 'y') push('i');
    else if (c === 'w' && i === n - 1) push('v');
    else push(c);
  }
  // Inner vowel runs as one vowel; the first letter and the last vowel run (as its last vowel) kept.
  let end = out.length;
  while (end > 1 && !isVowel(out[end - 1]!)) end--;
  let lastStart = end;
  while (lastStart > 1 && isVowel(out[lastStart - 1]!)) lastStart--;
  let k = out[0]!;
  if (end > 1) {
    for (let i = 1; i < lastStart; i++) {
      if (!isVowel(out[i]!)) k += out[i]!;
      else if (!isVowel(out[i - 1]!) || i === 1) k += 'a';
    }
    k += out[end - 1]!;
    for (let i = end; i < out.length; i++) k += out[i]!;
  } else for (let i = 1; i < out.length; i++) k += out[i]!;
  return k;
}

/** The transliteration-insensitive key of a name, words kept apart by spaces ("organisation for …"). */
export function skeletonKey(name: string): string {
  let k = skeletonCache.get(name);
  if (k === undefined) {
    k = nameWords(plainLetters(name)).map(wordSkeleton).join(' ');
    if (skeletonCache.size > 50000) skeletonCache.clear();
    skeletonCache.set(name, k);
  }
  return k;
}

/**
 * The words of a folded name: runs of letters and digits, a hyphen between letters inside a word
 * ("latterday"), a possessive left out.
 */
function nameWords(p: string): string[] {
  const out: string[] = [];
  let cur = '';
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '\x7f' && letter(c))) cur += c;
    else if ((c === "'" || c === '’') && p[i + 1] === 's' && !letter(p[i + 2])) i++;
    else if ((c === '-' || c === '‐' || c === '‑') && cur && letter(p[i + 1])) continue;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Neighbours each key is compared with, in each of the two orders. */
const NEIGHBOURS = 3;

/**
 * Groups of items whose keys may be one edit apart: each item with the next few in the keys'
 * order and in the order of the reversed keys. Two keys one edit apart share the half before the
 * edit or the half after it, so they sort near each other one way or the other; a few neighbours
 * instead of every pair keeps this linear (a long run of keys sharing a half can hide a pair).
 */
export function nearNeighbours<T>(items: readonly T[], key: (x: T) => string): T[][] {
  const n = items.length;
  const keys = new Array<string>(n);
  const reversed = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k = key(items[i]!);
    keys[i] = k;
    reversed[i] = k.length < 2 ? k : k.split('').reverse().join('');
  }
  const out: T[][] = [];
  // Positions sorted by key, ties in the items' order (as a stable sort of the items would leave
  // them); each position with the next few.
  const order: number[] = new Array<number>(n);
  for (const ks of [keys, reversed]) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (ks[a]! < ks[b]! ? -1 : ks[a]! > ks[b]! ? 1 : a - b));
    for (let i = 0; i + 1 < n; i++) {
      const end = Math.min(n, i + 1 + NEIGHBOURS);
      const w: T[] = [];
      for (let j = i; j < end; j++) w.push(items[order[j]!]!);
      out.push(w);
    }
  }
  return out;
}

const joinedCache = new Map<string, string>();

/** The skeleton of a name without its blanks (what the distances are counted on). */
export function joinedSkeleton(name: string): string {
  let k = joinedCache.get(name);
  if (k === undefined) {
    k = skeletonKey(name).replace(/ /g, '');
    if (joinedCache.size > 50000) joinedCache.clear();
    joinedCache.set(name, k);
  }
  return k;
}

/**
 * Skeletons close enough to be one name: equal (names of 5 letters or more), or one edit apart
 * (names of 8 letters or more; two edits from 24 letters). Not when one name only extends the other
 * ("Somalia" / "Somalian", "William" / "Williams").
 */
export function nearSkeleton(a: string, b: string): boolean {
  const ka = joinedSkeleton(a);
  const kb = joinedSkeleton(b);
  if (Math.abs(ka.length - kb.length) > 2) return false;
  const n = Math.min(ka.length, kb.length);
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa.startsWith(fb) || fb.startsWith(fa) || fa.endsWith(fb) || fb.endsWith(fa)) return false;
  if (ka === kb) {
    if (n < 5) return false;
  } else {
    if (n < 8 || ka.startsWith(kb) || kb.startsWith(ka)) return false;
    const cap = n >= 24 ? 2 : 1;
    if (editDistance(ka, kb, cap) > cap) return false;
  }
  // The letters as written stay close too (a fifth of them at most: "Salahuddin" / "Salahaddin",
  // not "Bourgoin" / "Bargain"), and so does each word ("White House" / "White Noise" are two names).
  const cap = Math.max(1, Math.floor(Math.min(fa.length, fb.length) / 5));
  if (editDistance(fa, fb, cap) > cap) return false;
  const wa = nameWords(plainLetters(a));
  const wb = nameWords(plainLetters(b));
  if (wa.length === wb.length) {
    for (let i = 0; i < wa.length; i++) {
      const x = wa[i]!;
      const y = wb[i]!;
      if (x === y) continue;
      if (/\d/.test(x) || /\d/.test(y) || Math.min(x.length, y.length) < 4) return false;
      const wcap = Math.max(1, Math.floor(Math.min(x.length, y.length) / 4));
      if (editDistance(x, y, wcap) > wcap) return false;
    }
  }
  return !knownApart(a, b);
}

/**
 * Two names that differ in a word each side knows as a different name ("Ministry of Foreign Affairs
 * of Iran" / "… of Iraq", "Austria" / "Australia"): other entities, however close the letters.
 */
function knownApart(a: string, b: string): boolean {
  const wa = a.split(/[\s\-‐‑/]+/).filter(Boolean);
  const wb = b.split(/[\s\-‐‑/]+/).filter(Boolean);
  const whole = (x: string, y: string) => {
    const gx = lookupName(x);
    const gy = lookupName(y);
    return !!gx && !!gy && gx.canonical !== gy.canonical;
  };
  if (whole(a, b)) return true;
  if (wa.length !== wb.length) return false;
  for (let i = 0; i < wa.length; i++) if (foldKey(wa[i]!) !== foldKey(wb[i]!) && whole(wa[i]!, wb[i]!)) return true;
  return false;
}

/** Capitalised words of a name that an acronym takes the initials of (digits as they are). */
const ACRONYM_SKIP = /^(?:of|the|and|for|de|du|des|del|on|in|&)$/i;

/**
 * The acronym a name's words spell: their initials, digits kept ("Pan-Asia Cable 3" → "PAC3",
 * "Pan Sea Link 5" → "PSL5"); '' for a single word. `smallWords`: "of", "in", "the" count too
 * ("Research in Motion" → "RIM", "Department of Energy" → "DOE").
 */
export function initialsOf(name: string, smallWords = false): string {
  const words = name.split(/[\s\-‐‑/]+/).filter((w) => w && (smallWords ? w !== '&' : !ACRONYM_SKIP.test(w)));
  if (words.length < 2) return '';
  let out = '';
  for (const w of words) out += /^\d+$/.test(w) ? w : w[0]!.toUpperCase();
  return out;
}

/** A written acronym: capitals with optional dots or digits ("OSCE", "U.N.", "PAC3"). */
export function isAcronym(text: string): boolean {
  return /^(\p{Lu}\.?){2,6}$/u.test(text) || /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(text);
}

/**
 * Given names and their common diminutives ("Jim" is James). A general lexicon of English given
 * names, like the titles and first names of the gazetteer; each line is one name's forms.
 */
const DIMINUTIVES = `
alexander alex alec sandy | andrew andy drew | anthony tony | benjamin ben benny | charles charlie chuck |
christopher chris kit | daniel dan danny | david dave davy | edward ed eddie ted ned | elizabeth liz beth betty lisa |
frederick fred freddie | gregory greg | henry harry hank | jacob jake | james jim jimmy jamie |
jennifer jen jenny | john jack johnny | jonathan jon | joseph joe joey | katherine kate kathy katie |
lawrence larry | margaret maggie peggy meg | matthew matt | michael mike mick | nicholas nick nicky |
patrick pat paddy | patricia pat patty trish | peter pete | philip phil | rebecca becky | richard rick dick rich |
robert rob bob bobby bert | ronald ron ronnie | samuel sam | stephen steve | steven steve | susan sue susie |
theodore ted theo | thomas tom tommy | timothy tim | victoria vicky | walter walt wally | william bill will billy liam
`;

const diminutiveGroups = new Map<string, Set<number>>();
DIMINUTIVES.split('|').forEach((line, i) => {
  for (const w of line.trim().split(/\s+/)) if (w) (diminutiveGroups.get(w) ?? diminutiveGroups.set(w, new Set()).get(w)!).add(i);
});

/**
 * Two given names of one person: the same name spelled apart (`nearSkeleton`, or one letter in a
 * name of 4 letters or more with the same initial: "Sergei" / "Sergey"), a diminutive ("Jim" /
 * "James"), or a short form that begins the long one ("Alex" / "Alexander", "Alexis" / "Alexandros":
 * four letters or more in common, the shorter six letters or fewer).
 */
export function givenNameVariant(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y) return true;
  if (!x || !y) return false;
  const gx = diminutiveGroups.get(x);
  const gy = diminutiveGroups.get(y);
  if (gx && gy) for (const g of gx) if (gy.has(g)) return true;
  if (x[0] === y[0] && Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) <= 1) return true;
  if (nearSkeleton(a, b)) return true;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 4 && Math.min(x.length, y.length) <= 6;
}

/**
 * Heads a place's name can drop and still name the same place ("Sinai Peninsula" / "Sinai",
 * "Gaza Strip" / "Gaza"). Not River, City, County, Island: "Jordan River", "Mexico City" and
 * "Orange County" are other places than "Jordan", "Mexico" and "Orange".
 */
const DROPPABLE_PLACE_HEADS = new Set(['peninsula', 'sea', 'ocean', 'desert', 'strip', 'mountains', 'archipelago', 'region', 'province', 'valley']);

export function droppablePlaceHead(word: string): boolean {
  return DROPPABLE_PLACE_HEADS.has(word.toLowerCase());
}

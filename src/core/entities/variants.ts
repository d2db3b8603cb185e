/**
 * Name variants: when two written names are one name spelled, transliterated or abbreviated
 * differently ("Gdańsk" / "Gdansk", "Organisation for Security and Co-operation" / "Organization for
 * Security and Cooperation", "Kurbanguly" / "Gurbanguli", "Sea Me We 4" / "SEA-ME-WE 4" / "SMW4",
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
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without diacritics, special letters spelled out. */
export function plainLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c]!);
}

/** The letters and digits of a name, folded: "SEA-ME-WE 4" and "Sea Me We 4" → "seamewe4". */
export function foldKey(name: string): string {
  let k = foldCache.get(name);
  if (k === undefined) {
    k = plainLetters(name).replace(/[^\p{L}\p{N}]+/gu, '');
    if (foldCache.size > 50000) foldCache.clear();
    foldCache.set(name, k);
  }
  return k;
}

const VOWEL = /[aeiouy]/;

/** One word's skeleton (already folded). */
function wordSkeleton(w: string): string {
  if (w.length < 3 || /\d/.test(w)) return w;
  let s = w
    .replace(/sch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/z/g, 's')
    .replace(/ou/g, 'u')
    .replace(/w$/, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  // Inner vowel runs as one vowel; the first letter and the last vowel run are kept as written.
  const first = s[0]!;
  let rest = s.slice(1);
  const lastRun = /[aeiou]+[^aeiou]*$/.exec(rest);
  const tail = lastRun ? rest.slice(lastRun.index) : '';
  rest = (lastRun ? rest.slice(0, lastRun.index) : rest).replace(/[aeiou]+/g, 'a');
  s = first + rest + tail.replace(/[aeiou]+/, (v) => (v.length > 1 ? v[v.length - 1]! : v));
  return s;
}

/** The transliteration-insensitive key of a name, words kept apart by spaces ("organisation for …"). */
export function skeletonKey(name: string): string {
  let k = skeletonCache.get(name);
  if (k === undefined) {
    const words = plainLetters(name)
      .replace(/['’]s\b/g, '')
      .replace(/([\p{L}])-(?=[\p{L}])/gu, '$1')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    k = words.map(wordSkeleton).join(' ');
    if (skeletonCache.size > 50000) skeletonCache.clear();
    skeletonCache.set(name, k);
  }
  return k;
}

/** Letters of a skeleton key (its spaces dropped), the length limits are counted on. */
function letters(k: string): number {
  let n = 0;
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) !== 32) n++;
  return n;
}

/**
 * Skeletons close enough to be one name: equal (names of 5 letters or more), or one edit apart
 * (names of 8 letters or more; two edits from 24 letters). Not when one name only extends the other
 * ("Somalia" / "Somalian", "William" / "Williams").
 */
export function nearSkeleton(a: string, b: string): boolean {
  const ka = skeletonKey(a).replace(/ /g, '');
  const kb = skeletonKey(b).replace(/ /g, '');
  const n = Math.min(letters(ka), letters(kb));
  if (ka === kb) return n >= 5;
  if (n < 8 || ka.startsWith(kb) || kb.startsWith(ka)) return false;
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa.startsWith(fb) || fb.startsWith(fa)) return false;
  const cap = n >= 24 ? 2 : 1;
  return editDistance(ka, kb, cap) <= cap && !knownApart(a, b);
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
 * "Sea Me We 4" → "SMW4"); '' for a single word.
 */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-‐‑/]+/).filter((w) => w && !ACRONYM_SKIP.test(w));
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

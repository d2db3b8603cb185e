/**
 * The names each article writes, for the name detector (names.ts): its entity mentions with the
 * folder-wide canonicals, and the capitalised runs no mention covers (ships, cable systems), each
 * with the variant keys of `entities/variants.ts` it is joined to other spellings by.
 */
import type { EntityMention, EntityType } from '../../common/types';
import { CALENDAR, lookupName, TITLE_HEADS, TITLE_MODIFIERS } from '../../entities/gazetteer';
import { isCommonWord } from '../../entities/lexicon';
import type { DocEntry, PassageIndex } from '../passages';

/** One written name in an article: an entity mention, or a capitalised run no mention covers. */
export interface NameUse {
  start: number;
  end: number;
  /** The name as written, without titles, "the" or a possessive. */
  text: string;
  /** How it is spelled, with what does not count as spelling taken out (see the file's header). */
  spelling: string;
  /** The folder-wide canonical of the mention; null for a run. */
  entity: string | null;
  type: EntityType | null;
}

/**
 * One distinct name of an article: its entity (null for a run) and spelling, with the text and type
 * of its first use there. The folder's names are these, joined across its articles.
 */
export interface NameKey {
  entity: string | null;
  spelling: string;
  text: string;
  /** The mention's type (null for a run, and for a mention widened to its run). */
  type: EntityType | null;
}

/**
 * An article's name uses, worked out for the entities it had then. Kept on the article's
 * `DocEntry` (`names`), and worked out again when its entities are replaced.
 */
export interface ArticleNames {
  entities: readonly EntityMention[];
  uses: NameUse[];
  /** Its distinct names, in the order of their first use. */
  keys: NameKey[];
  /** The index in `keys` of each use's name. */
  useKey: Int32Array;
}

/** The article's names, from its entry when they are still those of its entities. */
export function articleNames(index: PassageIndex, doc: DocEntry): ArticleNames {
  if (doc.names?.entities !== doc.entities) doc.names = keyed(doc.entities, nameUses(index, doc));
  return doc.names;
}

/** The article's name uses, from its entry when they are still those of its entities. */
export function namesOf(index: PassageIndex, doc: DocEntry): NameUse[] {
  return articleNames(index, doc).uses;
}

function keyed(entities: readonly EntityMention[], uses: NameUse[]): ArticleNames {
  const keys: NameKey[] = [];
  const useKey = new Int32Array(uses.length);
  const ids = new Map<string | null, Map<string, number>>();
  for (let i = 0; i < uses.length; i++) {
    const u = uses[i]!;
    let bySpelling = ids.get(u.entity);
    if (!bySpelling) ids.set(u.entity, (bySpelling = new Map()));
    let k = bySpelling.get(u.spelling);
    if (k === undefined) {
      k = keys.length;
      bySpelling.set(u.spelling, k);
      keys.push({ entity: u.entity, spelling: u.spelling, text: u.text, type: u.entity !== null ? u.type : null });
    }
    useKey[i] = k;
  }
  return { entities, uses, keys, useKey };
}

/** Are two articles' names the same names, in the same order of first use (as nodes of the folder's names)? */
export function sameKeys(a: readonly NameKey[], b: readonly NameKey[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.entity !== y.entity || x.spelling !== y.spelling || x.text !== y.text || x.type !== y.type) return false;
  }
  return true;
}

/** Small words a run may hold between two capitalised words ("Bank of England", "Sea of Japan"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'del', 'la', 'le', 'al', 'el', 'bin', 'van', 'von', 'da', 'di']);
/** The gap between two words of one run: a blank, a hyphen or a slash. */
const JOINER = /^(?: |[-‐‑/]|-? -?)$/;
/** A character that ties a word to the next one inside a compound name. */
const ATTACHED = /[\p{L}\p{N}/\-‐‑]/u;
const LEGAL = /(?:,?\s+(?:Limited|Ltd|Inc|Incorporated|Plc|PLC|plc|LLC|LLP|Corp|Corporation|Co|GmbH|AG|SA|NV|SGPS)\.?)+$/u;

/** A capitalised token: an upper-case letter first, or digits after a capitalised word. */
function capitalised(text: string, s: number): boolean {
  const code = text.charCodeAt(s);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text[s]!;
  return c !== c.toLowerCase();
}

/** Is the gap between two words of a run a blank, a hyphen or a slash (`JOINER`)? */
function joins(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 45 || c === 47 || c === 0x2010 || c === 0x2011;
  }
  return n > 1 && n <= 3 && JOINER.test(text.slice(from, to));
}

function nameUses(index: PassageIndex, doc: DocEntry): NameUse[] {
  const out: NameUse[] = [];
  const text = doc.text;
  const mentions = [...doc.entities].sort((a, b) => a.start - b.start);
  const runs = capitalisedRuns(index, doc);
  // Each mention, over the whole words it cuts ("M/S Columbus" for "S Columbus"), or the whole run
  // it is the only mention of when the run only adds words around it that the recogniser left out.
  runs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  // How many mentions each run overlaps (mentions do not overlap one another).
  const ends = mentions.map((x) => x.end);
  const inRuns = runs.map(([rs, re]) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= rs) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    while (lo < mentions.length && mentions[lo]!.start < re) {
      n++;
      lo++;
    }
    return n;
  });
  let r = 0;
  const covered: boolean[] = new Array(runs.length).fill(false);
  for (const m of mentions) {
    while (r < runs.length && runs[r]![1] <= m.start) r++;
    let start = m.start;
    let end = m.end;
    let extended = false;
    for (let k = r; k < runs.length && runs[k]![0] < m.end; k++) {
      const run = runs[k]!;
      if (run[1] <= m.start) continue;
      covered[k] = true;
      if (extended || run[0] > m.start || run[1] < m.end || (run[0] === m.start && run[1] === m.end)) continue;
      // Only a mention cut inside a compound ("M/S", "Latter-day") takes the rest of its run.
      const back = m.start > run[0] && ATTACHED.test(text[m.start - 1]!);
      const fwd = m.end < run[1] && ATTACHED.test(text[m.end]!);
      if (inRuns[k] === 1 && (back || fwd)) {
        if (back) start = run[0];
        if (fwd) end = run[1];
        extended = true;
      }
    }
    const use = makeUse(text, start, end, extended ? null : m.canonical, m.type);
    if (use) out.push(use);
  }
  runs.forEach(([s, e], k) => {
    if (covered[k] && inRuns[k]! < 2) return;
    // A lone capitalised word at the start of a sentence, or a common word, tells nothing by its
    // capital ("Discussions").
    if (!covered[k] && !/[\s\-‐‑/]/.test(text.slice(s, e))) {
      let p = s - 1;
      while (p >= 0 && (text[p] === ' ' || text[p] === '"' || text[p] === '“' || text[p] === "'" || text[p] === '‘')) p--;
      if (p < 0 || '.!?:\n'.includes(text[p]!)) return;
      const w = text.slice(s, e).toLowerCase();
      if (isCommonWord(w) || isCommonWord(w.replace(/(?:es|s)$/, '')) || isCommonWord(w.replace(/s$/, ''))) return;
    }
    const use = makeUse(text, s, e, null, null);
    if (use) out.push(use);
  });
  return out;
}

/**
 * Runs of capitalised words over the whole article, as text ranges (with the names joined by "and"
 * inside them, each on its own). Apart from `nameUses` so that V8 optimises this loop over every
 * word on its own, early, not the whole of `nameUses` with it (rebuilt as its rarer cases came).
 */
function capitalisedRuns(index: PassageIndex, doc: DocEntry): [number, number][] {
  const text = doc.text;
  const t = doc.tokens;
  // Runs of capitalised words over the whole article.
  const runs: [number, number][] = [];
  let i = 0;
  while (i < t.length) {
    if (!capitalised(text, t.starts[i]!)) {
      i++;
      continue;
    }
    i = runFrom(index, doc, i, runs);
  }
  return runs;
}

/**
 * The run of capitalised words from word `i` (capitalised) of an article, its name ranges added to
 * `runs`; the word after it. Apart from `capitalisedRuns`' loop over every word, so that the loop
 * is optimised early and this body once its cases were seen (one function for both was optimised
 * on the loop, on-stack, then rebuilt two or three times over the BBC corpus).
 */
function runFrom(index: PassageIndex, doc: DocEntry, i: number, runs: [number, number][]): number {
  const text = doc.text;
  const t = doc.tokens;
  let j = i + 1;
  for (;;) {
    if (j >= t.length) break;
    const g0 = t.ends[j - 1]!;
    const g1 = t.starts[j]!;
    if (!joins(text, g0, g1)) break;
    // A capitalised word, digits ("Sea Me We 4"), or the lower-case part of a hyphenated name ("Latter-day").
    const gc = text.charCodeAt(g0);
    const hyphen = g1 - g0 === 1 && gc !== 32 && gc !== 47;
    const c1 = text.charCodeAt(g1);
    if (capitalised(text, g1) || (c1 >= 48 && c1 <= 57) || hyphen) {
      j++;
      continue;
    }
    // "Bank of England": a connector between two capitalised words.
    if (
      g1 - g0 === 1 && gc === 32 && j + 1 < t.length && CONNECTORS.has(text.slice(t.starts[j]!, t.ends[j]!)) && text.slice(t.ends[j]!, t.starts[j + 1]!) === ' ' &&
      capitalised(text, t.starts[j + 1]!) && !CALENDAR.has(text.slice(t.starts[j + 1]!, t.ends[j + 1]!).toLowerCase())
    ) {
      j += 2;
      continue;
    }
    break;
  }
  // Function words and titles at the ends are not part of the name ("The", "In", "Mr").
  let a = i;
  let b = j;
  const lower = (k: number) => text.slice(t.starts[k]!, t.ends[k]!).toLowerCase();
  // (Not a letter joined to the next word: the "M" of "M/S".)
  const spaced = (k: number) => k + 1 >= b || text[t.ends[k]!] === ' ';
  // (A title written in capitals before a name that is not is no title: "MS Halvard", a ship, is
  // not "Ms Halvard"; makeUse reads titles the same way.)
  const shouted = (k: number) => {
    const w = text.slice(t.starts[k]!, t.ends[k]!);
    const next = k + 1 < b ? text.slice(t.starts[k + 1]!, t.ends[k + 1]!) : '';
    return w.length > 1 && w === w.toUpperCase() && next !== next.toUpperCase();
  };
  while (a < b && spaced(a)) {
    const w = lower(a);
    if (TITLE_HEADS.has(w) && shouted(a)) break;
    if (!index.isStop(t.terms[a]!) && !TITLE_HEADS.has(w) && !CALENDAR.has(w)) break;
    a++;
  }
  while (b > a && (index.isStop(t.terms[b - 1]!) || CALENDAR.has(lower(b - 1)))) b--;
  // "Utah-based …", "Kremlin-backed …": a modifier before the name, not a part of it.
  if (b - a > 2 && /^[-‐‑]$/.test(text.slice(t.ends[a]!, t.starts[a + 1]!)) && !capitalised(text, t.starts[a + 1]!) && text[t.ends[a + 1]!] === ' ') a += 2;
  // "… Moscow-backed": a lower-case common word after a hyphen at the end is an adjective's, not a name's.
  if (b - a >= 2 && !capitalised(text, t.starts[b - 1]!) && /^[-‐‑]$/.test(text.slice(t.ends[b - 2]!, t.starts[b - 1]!)) && isCommonWord(lower(b - 1))) b -= 2;
  // An all-caps line says nothing by its capitals: only its short runs ("BC INTERIOR") are names.
  // (More than three words, each a letter first and in capitals; looked at until one is not.)
  if (b - a > 3) {
    let k = a;
    for (; k < b; k++) {
      const w = text.slice(t.starts[k]!, t.ends[k]!);
      if (!/\p{L}/u.test(w[0]!) || w !== w.toUpperCase()) break;
    }
    if (k === b) b = a;
  }
  // A date ("November 19") is a number's business, not a name.
  if (b > a && !CALENDAR.has(lower(a))) {
    runs.push([t.starts[a]!, t.ends[b - 1]!]);
    // Names joined by "and" are each a name too ("the Sea Me We 4 and Sea Me We 3 lines").
    let from = a;
    for (let k = a + 1; k < b - 1; k++) {
      if (lower(k) !== 'and') continue;
      runs.push([t.starts[from]!, t.ends[k - 1]!]);
      from = k + 1;
    }
    if (from > a) runs.push([t.starts[from]!, t.ends[b - 1]!]);
  }
  return j;
}

function makeUse(text: string, start: number, end: number, entity: string | null, type: EntityType | null): NameUse | null {
  let s = text.slice(start, end);
  // Titles, "the" and a possessive are not the name.
  const strip = (n: number) => {
    start += n;
    s = s.slice(n);
  };
  function stripTitles(): void {
    let m: RegExpExecArray | null;
    if ((m = /^the\s+/iu.exec(s))) strip(m[0].length);
    // A title: its head ("Mayor", "Dr."), after any modifiers ("Attorney General", "Foreign Minister").
    const words = /^(?:\p{L}+\.?[\s\u00a0\-‐‑]+){1,4}/u.exec(s)?.[0] ?? '';
    let cut = 0;
    let at = 0;
    for (const w of words.matchAll(/(\p{L}+)\.?[\s\u00a0\-‐‑]+/gu)) {
      const lw = w[1]!.toLowerCase();
      // "MS Halvard" (a ship) is not "Ms Halvard": capitals in a name not written in capitals.
      const shouted = w[1]!.length > 1 && w[1] === w[1]!.toUpperCase() && s !== s.toUpperCase();
      if ((!TITLE_HEADS.has(lw) && !TITLE_MODIFIERS.has(lw)) || shouted) break;
      at += w[0].length;
      if (TITLE_HEADS.has(lw)) cut = at;
    }
    if (cut && cut < s.length) strip(cut);
  }
  const firstWord = (/^\p{L}+/u.exec(s)?.[0] ?? '').toLowerCase();
  if (firstWord === 'the' || TITLE_HEADS.has(firstWord) || TITLE_MODIFIERS.has(firstWord)) stripTitles();
  // A place's possessive before a name of two words or more is the place's, not the name's
  // ("Minnesota's Bureau of Criminal Apprehension" is the Bureau of Criminal Apprehension, a short
  // form of "Minnesota Bureau of …"; "Slovakia's Daniela Hantuchova" is Daniela Hantuchova). (Not
  // before one word: "China's Yunan" is kept whole, a long enough run to be compared by skeleton.)
  const owner = (s.includes("'") || s.includes('’')) && /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)['’]s\s+(?=\p{Lu}\S*\s+\S)/u.exec(s);
  if (owner && lookupName(owner[1]!)?.type === 'place') strip(owner[0].length);
  const poss = /['’]s?$/u.exec(s);
  if (poss && s.length > poss[0].length) {
    end -= poss[0].length;
    s = s.slice(0, -poss[0].length);
  }
  if (!/^\p{L}/u.test(s)) return null;
  return { start, end, text: s, spelling: spellingOf(s), entity, type };
}

/**
 * How a name is spelled: words in lower case unless written with inner capitals ("GlobalCom"),
 * diacritics, dots, a legal suffix and middle initials left out, blanks and hyphens kept.
 */
const spellings = new Map<string, string>();

export function spellingOf(name: string): string {
  let sp = spellings.get(name);
  if (sp === undefined) {
    sp = computeSpelling(name);
    if (spellings.size > 50000) spellings.clear();
    spellings.set(name, sp);
  }
  return sp;
}

function computeSpelling(name: string): string {
  const words = name
    .normalize('NFC')
    .replace(/’/g, "'")
    .replace(LEGAL, '')
    .replace(/\./g, '')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w, i) => !(i > 0 && i < words.length - 1 && /^\p{Lu}$/u.test(w)));
  return kept
    .map((w) => {
      const parts = w.split(/([-‐‑/])/);
      return parts
        .map((p) => (p === p.toUpperCase() || p === p.toLowerCase() || p.slice(1) === p.slice(1).toLowerCase() ? p.toLowerCase() : p))
        .join('');
    })
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/(\p{L}) (\d)/gu, '$1$2');
}

/**
 * Name discrepancies: one name the outlets spell differently ("Salahuddin" / "Salahaddin",
 * "Organisation for Security and Co-operation" / "Organization for Security and Cooperation",
 * "Sea Me We 4" / "SEA-ME-WE 4", "Jim Oler" / "James Oler"). One discrepancy per name, whose
 * members are each differing spelling as one article writes it.
 *
 * The names are the article's entity mentions, with the folder-wide canonicals the linking gave
 * them (so that every variant the linker joined, transliterations and diminutives included, is one
 * name), and the capitalised runs no mention covers: ships, cable systems and other names the
 * recogniser does not type still have spellings. Runs join a name by the variant keys of
 * `entities/variants.ts`: equal fold keys, or near skeletons never written side by side in one
 * article and not typed apart. (Mentions the linker joined are one name; the keys also join
 * mentions given unlinked, as a CorpusMatcher fed by hand has them.)
 *
 * Not a discrepancy (see the conventions of the gold sets): case alone ("Horn of Africa" / "horn of
 * Africa", an all-caps headline), diacritics, dots ("U.S." / "US"), titles, possessives, a leading
 * "the", a legal suffix ("Interoute" / "Interoute Plc"), middle initials ("Winston K. Blackmore"),
 * and a short form of the full name ("Oler" / "James Oler", "OSCE", "Democratic Party" / "Democratic
 * Party of X"). Inner capitals do count ("GlobalCom" / "Globalcom"), and so do hyphens and blanks
 * ("Latter-day" / "Latter Day").
 */
import type { Discrepancy } from '../../common/analysisFormat';
import type { EntityMention, EntityType } from '../../common/types';
import { CALENDAR, DEMONYMS, lookupName, TITLE_HEADS, TITLE_MODIFIERS } from '../../entities/gazetteer';
import { foldKey, initialsOf, joinedSkeleton, nearNeighbours, nearSkeleton } from '../../entities/variants';
import type { DocEntry, PassageIndex } from '../passages';

type Member = Discrepancy['members'][number];

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
 * An article's name uses, worked out for the entities it had then. Kept on the article's
 * `DocEntry` (`names`), and worked out again when its entities are replaced.
 */
export interface ArticleNames {
  entities: readonly EntityMention[];
  uses: NameUse[];
}

/** The article's name uses, from its entry when they are still those of its entities. */
export function namesOf(index: PassageIndex, doc: DocEntry): NameUse[] {
  if (doc.names?.entities !== doc.entities) doc.names = { entities: doc.entities, uses: nameUses(index, doc) };
  return doc.names.uses;
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
  const c = text[s]!;
  return c !== c.toLowerCase();
}

function nameUses(index: PassageIndex, doc: DocEntry): NameUse[] {
  const out: NameUse[] = [];
  const text = doc.text;
  const t = doc.tokens;
  const mentions = [...doc.entities].sort((a, b) => a.start - b.start);
  // Runs of capitalised words over the whole article.
  const runs: [number, number][] = [];
  let i = 0;
  while (i < t.length) {
    if (!capitalised(text, t.starts[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j >= t.length) break;
      const gap = text.slice(t.ends[j - 1]!, t.starts[j]!);
      // A capitalised word, digits ("Sea Me We 4"), or the lower-case part of a hyphenated name ("Latter-day").
      const hyphen = gap.length === 1 && gap !== ' ' && gap !== '/';
      if (JOINER.test(gap) && (capitalised(text, t.starts[j]!) || /^\d/.test(text[t.starts[j]!]!) || hyphen)) {
        j++;
        continue;
      }
      // "Bank of England": a connector between two capitalised words.
      if (
        gap === ' ' && j + 1 < t.length && CONNECTORS.has(text.slice(t.starts[j]!, t.ends[j]!)) && text.slice(t.ends[j]!, t.starts[j + 1]!) === ' ' &&
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
    while (a < b && spaced(a) && (index.isStop(t.terms[a]!) || TITLE_HEADS.has(lower(a)) || CALENDAR.has(lower(a)))) a++;
    while (b > a && (index.isStop(t.terms[b - 1]!) || CALENDAR.has(lower(b - 1)))) b--;
    // "Utah-based …", "Kremlin-backed …": a modifier before the name, not a part of it.
    if (b - a > 2 && /^[-‐‑]$/.test(text.slice(t.ends[a]!, t.starts[a + 1]!)) && !capitalised(text, t.starts[a + 1]!) && text[t.ends[a + 1]!] === ' ') a += 2;
    // An all-caps line says nothing by its capitals: only its short runs ("BC INTERIOR") are names.
    let shouting = 0;
    for (let k = a; k < b; k++) if (/\p{L}/u.test(text[t.starts[k]!]!) && text.slice(t.starts[k]!, t.ends[k]!) === text.slice(t.starts[k]!, t.ends[k]!).toUpperCase()) shouting++;
    if (shouting > 3 && shouting === b - a) b = a;
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
    i = j;
  }
  // Each mention, over the whole words it cuts ("M/S Columbus" for "S Columbus"), or the whole run
  // it is the only mention of when the run only adds words around it that the recogniser left out.
  runs.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
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
      let inRun = 0;
      for (const x of mentions) if (x.start < run[1] && run[0] < x.end) inRun++;
      if (inRun === 1 && (back || fwd)) {
        if (back) start = run[0];
        if (fwd) end = run[1];
        extended = true;
      }
    }
    const use = makeUse(text, start, end, extended ? null : m.canonical, m.type);
    if (use) out.push(use);
  }
  runs.forEach(([s, e], k) => {
    if (covered[k] && mentions.filter((x) => x.start < e && s < x.end).length < 2) return;
    const use = makeUse(text, s, e, null, null);
    if (use) out.push(use);
  });
  return out;
}

function makeUse(text: string, start: number, end: number, entity: string | null, type: EntityType | null): NameUse | null {
  let s = text.slice(start, end);
  // Titles, "the" and a possessive are not the name.
  const strip = (n: number) => {
    start += n;
    s = s.slice(n);
  };
  let m: RegExpExecArray | null;
  if ((m = /^the\s+/iu.exec(s))) strip(m[0].length);
  // A title: its head ("Mayor", "Dr."), after any modifiers ("Attorney General", "Foreign Minister").
  const words = /^(?:\p{L}+\.?[\s\u00a0\-‐‑]+){1,4}/u.exec(s)?.[0] ?? '';
  let cut = 0;
  let at = 0;
  for (const w of words.matchAll(/(\p{L}+)\.?[\s\u00a0\-‐‑]+/gu)) {
    const lw = w[1]!.toLowerCase();
    // "MS Columbus" (a ship) is not "Ms Columbus": capitals in a name not written in capitals.
    const shouted = w[1]!.length > 1 && w[1] === w[1]!.toUpperCase() && s !== s.toUpperCase();
    if ((!TITLE_HEADS.has(lw) && !TITLE_MODIFIERS.has(lw)) || shouted) break;
    at += w[0].length;
    if (TITLE_HEADS.has(lw)) cut = at;
  }
  if (cut && cut < s.length) strip(cut);
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
export function spellingOf(name: string): string {
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

interface Use extends NameUse {
  doc: DocEntry;
}

/** Members of one spelling in one article, at most. */
const MEMBERS_PER_DOC = 5;

/** A bucket larger than this is a degenerate key, not one name's spellings. */
const MAX_BUCKET = 24;

export function nameDiscrepancies(index: PassageIndex): Discrepancy[] {
  const uses: Use[] = [];
  for (const doc of index.allDocs()) for (const u of namesOf(index, doc)) uses.push({ ...u, doc });

  // Distinct written names; each is a node, joined with the others that are the same name.
  const nodes = new Map<string, { text: string; docs: Set<number>; entities: Set<string>; type: EntityType | null }>();
  const nodeOf = (u: Use) => (u.entity !== null ? 'E' + u.entity + '\u0000' : 'R') + u.spelling;
  for (const u of uses) {
    const k = nodeOf(u);
    let n = nodes.get(k);
    if (!n) nodes.set(k, (n = { text: u.text, docs: new Set(), entities: new Set(), type: u.entity !== null ? u.type : null }));
    n.docs.add(u.doc.id);
    if (u.entity !== null) n.entities.add(u.entity);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root)) root = parent.get(root)!;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  // Mentions of one entity are one name.
  const byEntity = new Map<string, string>();
  for (const [k, n] of nodes) {
    for (const e of n.entities) {
      const first = byEntity.get(e);
      if (first === undefined) byEntity.set(e, k);
      else union(first, k);
    }
  }
  // Runs join names by their variant keys.
  const buckets = new Map<string, string[]>();
  const put = (key: string, node: string) => {
    const list = buckets.get(key) ?? buckets.set(key, []).get(key)!;
    if (list.length <= MAX_BUCKET && list[list.length - 1] !== node) list.push(node);
  };
  for (const [k, n] of nodes) {
    const f = foldKey(n.text);
    if (f.length < 4) continue;
    put('f' + f, k);
    const sk = joinedSkeleton(n.text);
    put('s' + sk, k);
  }
  const long = [...nodes.keys()].filter((k) => joinedSkeleton(nodes.get(k)!.text).length >= 8);
  nearNeighbours(long, (k) => joinedSkeleton(nodes.get(k)!.text)).forEach((list, i) => {
    for (const k of list) put('d' + i, k);
  });
  const apart = (a: Set<number>, b: Set<number>) => {
    for (const d of a) if (b.has(d)) return false;
    return true;
  };
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = nodes.get(list[i]!)!;
      const b = nodes.get(list[j]!)!;
      if (find(list[i]!) === find(list[j]!)) continue;
      // Two typed names join only when of one type (a ship "Columbus" is no person "Columbus").
      if (a.type && b.type && a.type !== b.type) continue;
      const words = (s: string) => s.split(/\s+/).length;
      if (foldKey(a.text) === foldKey(b.text) || (words(a.text) === words(b.text) && apart(a.docs, b.docs) && nearSkeleton(a.text, b.text))) union(list[i]!, list[j]!);
    }
  }

  const groups = new Map<string, Use[]>();
  for (const u of uses) {
    const root = find(nodeOf(u));
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(u);
  }
  const found: Discrepancy[] = [];
  for (const list of groups.values()) {
    const d = discrepancyOf(list);
    if (d) found.push(d);
  }
  // A part of a name that differs because the whole does ("Co-operation in Europe" inside
  // "Organisation for Security and Co-operation in Europe") is that name's discrepancy.
  const inside = (x: Member, y: Member) => x.doc === y.doc && y.start <= x.start && x.end <= y.end;
  return found.filter((d) => !found.some((o) => o !== d && o.members.length >= d.members.length && d.members.every((x) => o.members.some((y) => inside(x, y))) && !d.members.every((x) => o.members.some((y) => inside(y, x)))));
}

/** Is `short` a short form of `long`: its words among the long name's, in order, or its initials? */
function shortFormOf(short: string, long: string): boolean {
  if (short === long) return false;
  const sw = short.split(' ').map(foldKey);
  const lw = long.split(' ').map(foldKey);
  if (sw.length < lw.length) {
    let k = 0;
    for (const w of lw) if (k < sw.length && w === sw[k]) k++;
    if (k === sw.length) return true;
  }
  return sw.length === 1 && initialsOf(long).toLowerCase() === foldKey(short);
}

/** The discrepancy of one name's uses, when two outlets spell it differently. */
function discrepancyOf(list: Use[]): Discrepancy | null {
  const spellings = new Map<string, Use[]>();
  for (const u of list) (spellings.get(u.spelling) ?? spellings.set(u.spelling, []).get(u.spelling)!).push(u);
  if (spellings.size < 2) return null;
  const keys = [...spellings.keys()];
  const full = keys.filter((k) => !keys.some((o) => shortFormOf(k, o)));
  if (full.length < 2) return null;
  // An adjective ("Ethiopian" / "Ethopian") is not a name.
  if (full.some((k) => DEMONYMS.has(k))) return null;
  // Two spellings in different articles, not both established names ("U.S." / "United States",
  // "GOP" / "Republican Party" are names the gazetteer knows, not misspellings).
  const docsOf = (k: string) => new Set(spellings.get(k)!.map((u) => u.doc.id));
  const known = (k: string) => lookupName(spellings.get(k)![0]!.text) !== undefined;
  const shownKeys = new Set<string>();
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i]!;
      const b = full[j]!;
      if (known(a) && known(b)) continue;
      if (new Set([...docsOf(a), ...docsOf(b)]).size < 2) continue;
      shownKeys.add(a);
      shownKeys.add(b);
    }
  }
  if (shownKeys.size < 2) return null;
  const members: Member[] = [];
  const shown: { spelling: string; text: string; n: number }[] = [];
  for (const k of full) {
    if (!shownKeys.has(k)) continue;
    // Every place an article writes it (up to a few), so that each of its sentences can be found.
    const seen = new Map<number, number>();
    const us = spellings.get(k)!;
    for (const u of us) {
      const n = seen.get(u.doc.id) ?? 0;
      seen.set(u.doc.id, n + 1);
      if (n < MEMBERS_PER_DOC) members.push({ doc: u.doc.path, start: u.start, end: u.end, text: u.doc.text.slice(u.start, u.end) });
    }
    shown.push({ spelling: k, text: us[0]!.text.replace(/\s+/g, ' '), n: seen.size });
  }
  shown.sort((a, b) => b.n - a.n || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const entity = list.find((u) => u.entity !== null)?.entity;
  const name = entity ?? shown[0]!.text;
  return { label: `name of ${name}: ${shown.map((s) => s.text).join(' · ')}`, kind: 'name', members };
}

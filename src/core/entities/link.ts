/**
 * Corpus-level linking: one canonical name per real-world entity across a folder of articles.
 *
 * - A lone surname ("Tillerson") joins the full name it stands for: the nearest full name with that
 *   surname in the same article, else the most mentioned one in the folder.
 * - Variants of one name are one entity (`linkVariants`): the same letters written apart
 *   ("Latter-day" / "Latter Day"), transliterations ("Vyacheslav" / "Viacheslav", "Qaida" /
 *   "Qaeda"), given-name diminutives ("Jim" / "James Oler"), and a place's or an organisation's
 *   short form ("Sinai" / "Sinai Peninsula"); the full names' spellings are kept as variants.
 * - Known short forms share the gazetteer's canonical ("US", "U.S.", "United States"); an unknown
 *   acronym joins the one multi-word name in the folder whose initials it spells.
 * - Case, dots and legal suffixes do not separate names ("MIR" / "Mir", "Financial Times Limited").
 */
import type { EntityMention, EntityType, MentionHint } from '../common/types';
import { LEGAL_SUFFIXES } from './cues';
import { lookupName, nameKey } from './gazetteer';
import type { EntityOverrides } from './overrides';
import { surnameKeys } from './recognize';
import { finish, type Steps } from '../common/budget';
import { mapArray, splitOn } from '../text';
import { RANK, UnionFind, type FullName, type Item } from './linkGraph';
import { linkVariants } from './linkVariants';
import { initialsOf, isAcronym } from './variants';

/** One mention in the index, with the article it is in. */
export interface IndexedMention {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

/** One real-world entity across the folder. */
export interface EntityRecord {
  canonical: string;
  /** The type most of its mentions have (a building can be a place in one sentence and an actor in another). */
  type: EntityType;
  /** Every distinct way the folder writes it, most frequent first ("Rex Tillerson", "Tillerson"). */
  aliases: string[];
  /** Differing spellings of the full name ("Sergei Lavrov", "Sergey Lavrov"); empty when there is one. */
  variants: string[];
  mentions: IndexedMention[];
  /** Articles that mention it, in path order. */
  docs: string[];
}

export interface EntityIndex {
  /** Entities, most mentioned first. */
  entities: EntityRecord[];
  /** Each article's mentions with folder-wide canonicals (a new array per article; inputs are not changed). */
  byDoc: Map<string, EntityMention[]>;
  /** The entity with this canonical name or alias (case, dots and a possessive ignored). */
  find(name: string): EntityRecord | undefined;
}

/** A chain of legal forms at the end of a name's key ("acme minerals ltd", "vela telecom sgps sa"). */
const LEGAL = new RegExp(`(?:,?\\s+(?:${[...LEGAL_SUFFIXES, 'incorporated', 'corporation'].join('|')}))+$`, 'u');

/** The recogniser's hint, or what a mention made elsewhere (a test's, a caller's) is taken to be. */
function infoOf(m: EntityMention): MentionHint {
  return m.hint ?? { strength: 'cue', words: m.text.trim().split(/\s+/).length, known: null };
}

/** A name's key without a legal suffix ("Financial Times Limited" → "financial times"). */
const linkKeys = new Map<string, string>();
export function linkKey(text: string): string {
  let out = linkKeys.get(text);
  if (out === undefined) {
    const k = nameKey(text).replace(/^the /, '');
    out = k.replace(LEGAL, '') || k;
    if (linkKeys.size > 50000) linkKeys.clear();
    linkKeys.set(text, out);
  }
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the linker reads of an article: its mentions (`extractEntities`) and the single words it could
 * not confirm (`extractArticleEntities`), which are kept when the folder confirms them. A
 * `DocumentAnalysis` is one.
 */
export interface LinkableArticle {
  readonly entities: readonly EntityMention[];
  readonly unconfirmed?: readonly EntityMention[];
}

/**
 * Gives every mention in the folder its folder-wide canonical, and indexes the entities. Pure: the
 * input arrays and mentions are left as they are. `overrides` (from `.crosscheck/entities.json`)
 * merge, retype, rename and ignore entities; names it adds are found by `extractEntities`.
 */
export function linkEntities(byDoc: ReadonlyMap<string, LinkableArticle>, overrides?: EntityOverrides): EntityIndex {
  return finish(linkEntitiesSteps(byDoc, overrides));
}

/**
 * `linkEntities` with checkpoints (common/budget.ts, `Steps`): it yields between its steps, so that
 * the editor can spread the linking of a large folder (most of a second at 2,000 articles) over
 * several tasks. The same result as `linkEntities`.
 */
export function* linkEntitiesSteps(byDoc: ReadonlyMap<string, LinkableArticle>, overrides?: EntityOverrides): Steps<EntityIndex> {
  // (One function per step: V8 compiles a loop it finds hot, on its own, in the function around it.
  // As one long function, the linker was compiled anew for each of its loops, a few times over.)
  const docs = [...byDoc.keys()].sort(cmp);
  const items = collectItems(byDoc, docs);
  yield;
  const uf = new UnionFind();
  const nodes = new NodeNames();
  const fullNames = assignNodes(items, nodes);
  yield;
  const bySurname = surnameIndex(items);
  yield;
  addConfirmed(byDoc, docs, items, bySurname);
  yield;
  assignSurnames(items, bySurname, fullNames, nodes);
  yield;

  // Names the analyst said are different entities: never joined below.
  // (Only the overrides ask which nodes a name has: a folder without them does not index them.)
  const hasOverrides = !!(overrides?.separate?.length || overrides?.merge?.length || overrides?.entities?.length);
  const nodesByKey = hasOverrides ? indexNodesByKey(items) : new Map<string, Set<string>>();
  const nodesNamed = (name: string): string[] => {
    const out = new Set<string>();
    const k = linkKey(name);
    for (const n of nodesByKey.get(k) ?? []) out.add(n);
    const g = lookupName(name);
    if (g) for (const n of nodesByKey.get(linkKey(g.canonical)) ?? []) out.add(n);
    return [...out];
  };
  (overrides?.separate ?? []).forEach((names, rule) => {
    names.forEach((name, i) => {
      for (const node of nodesNamed(name)) uf.tag(node, rule, i);
    });
  });

  // Variants of one name across the folder: spellings, transliterations, diminutives, short forms.
  yield;
  yield* linkVariants(items, fullNames, uf);
  yield;
  linkAcronyms(items, uf);
  yield;

  // Overrides: merges, then names given a type or canonical.
  const forcedCanonical = new Map<string, string>(); // node → canonical
  const forcedType = new Map<string, EntityType>();
  const canonicalDraft = (it: Item): string => it.info.known ?? (it.node.startsWith('P:') ? it.node.slice(2) : it.m.text);
  // The nodes of the mentions whose draft canonical has a key, in mention order: listed once rather
  // than by a pass over every mention per name of the overrides.
  const byCanonical = new Map<string, string[]>();
  if (overrides?.merge?.length || overrides?.entities?.length) {
    for (const it of items) {
      const k = linkKey(canonicalDraft(it));
      const list = byCanonical.get(k);
      if (list) list.push(it.node);
      else byCanonical.set(k, [it.node]);
    }
    yield;
  }
  const canonicalNamed = (name: string): string[] => byCanonical.get(linkKey(name)) ?? [];
  for (const rule of overrides?.merge ?? []) {
    const nodes = rule.names.flatMap((n) => [...nodesNamed(n), ...canonicalNamed(n)]);
    for (let i = 1; i < nodes.length; i++) uf.union(nodes[0]!, nodes[i]!);
    if (nodes.length) forcedCanonical.set(nodes[0]!, rule.canonical);
  }
  for (const rule of overrides?.entities ?? []) {
    const nodes = [rule.name, ...(rule.aliases ?? [])].flatMap((n) => [...nodesNamed(n), ...canonicalNamed(n)]);
    for (let i = 1; i < nodes.length; i++) uf.union(nodes[0]!, nodes[i]!);
    if (!nodes.length) continue;
    forcedType.set(nodes[0]!, rule.type);
    forcedCanonical.set(nodes[0]!, rule.canonical ?? rule.name);
  }

  yield;
  const groups = groupItems(items, uf);
  yield;
  const rootForced = <T>(forced: Map<string, T>): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [node, v] of forced) out.set(uf.find(node), v);
    return out;
  };
  const records = buildRecords(groups, rootForced(forcedCanonical), rootForced(forcedType), new Set((overrides?.ignore ?? []).map(linkKey)));
  yield;
  const out = mentionsByDoc(docs, items);
  yield;
  const lookup = findIndex(records);
  return { entities: records, byDoc: out, find: (name) => lookup.get(linkKey(name)) };
}

/** Every mention of the folder as an item, articles in path order. */
function collectItems(byDoc: ReadonlyMap<string, LinkableArticle>, docs: readonly string[]): Item[] {
  const items: Item[] = [];
  for (const doc of docs) {
    const list = byDoc.get(doc)!.entities;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      items.push({ doc, m, info: infoOf(m), key: linkKey(m.text), node: '', linked: null });
    }
  }
  return items;
}

/**
 * One string per node, however many mentions have it: the Maps of the linker hash each node once,
 * and a large folder does not build (and collect) a new "P:…" string per mention.
 */
class NodeNames {
  private readonly p = new Map<string, string>();
  private readonly k = new Map<string, string>();
  private readonly n = new Map<string, string>();
  of(kind: 'P:' | 'K:' | 'N:', key: string): string {
    const names = kind === 'P:' ? this.p : kind === 'K:' ? this.k : this.n;
    let out = names.get(key);
    if (out === undefined) {
      out = kind + key;
      names.set(key, out);
    }
    return out;
  }
}

/**
 * Nodes: known names by their gazetteer canonical, full personal names by their key, the rest by key
 * (lone surnames wait for `assignSurnames`). Returns the full personal names.
 */
function assignNodes(items: readonly Item[], nodes: NodeNames): Map<string, FullName> {
  const fullNames = new Map<string, FullName>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.m.type === 'person') {
      if (it.info.words >= 2 && /\s/.test(it.m.text.trim())) {
        it.node = nodes.of('P:', it.key);
        const f = fullNames.get(it.node);
        if (f) f.count++;
        else {
          const words = splitOn(it.key, ' ');
          fullNames.set(it.node, { node: it.node, count: 1, first: words[0]!, last: words[words.length - 1]! });
        }
      }
      continue;
    }
    const known = it.info.known ?? lookupName(it.key)?.canonical;
    // An unknown name joins the fuller name its article said it stands for ("Navy" → "Indian Navy").
    it.node = known ? nodes.of('K:', nameKey(known)) : nodes.of('N:', it.m.canonical === it.m.text ? it.key : linkKey(it.m.canonical));
  }
  return fullNames;
}

/** Surname key → the full personal names' nodes it may stand for. */
function surnameIndex(items: readonly Item[]): Map<string, string[]> {
  const bySurname = new Map<string, string[]>();
  const keyed = new Set<string>(); // written forms done: one form has one node and one set of keys
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.node.startsWith('P:') || keyed.has(it.m.text)) continue;
    keyed.add(it.m.text);
    for (const sk of familyNameKeys(it.m.text)) {
      const list = bySurname.get(sk);
      if (!list) bySurname.set(sk, [it.node]);
      else if (!list.includes(it.node)) list.push(it.node);
    }
  }
  return bySurname;
}

/** Words an article could not confirm, confirmed by the folder: a surname, or a name typed elsewhere. Appended to `items`. */
function addConfirmed(byDoc: ReadonlyMap<string, LinkableArticle>, docs: readonly string[], items: Item[], bySurname: ReadonlyMap<string, string[]>): void {
  const confident = new Map<string, { type: EntityType; node: string }>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.node && !it.node.startsWith('P:') && RANK[it.info.strength] >= 1 && !confident.has(it.key)) confident.set(it.key, { type: it.m.type, node: it.node });
  }
  for (const doc of docs) {
    for (const p of byDoc.get(doc)!.unconfirmed ?? []) {
      const key = linkKey(p.text);
      if (bySurname.has(key)) {
        items.push({ doc, m: { ...p, type: 'person' }, info: { strength: 'cue', words: 1, known: null }, key, node: '', linked: null });
      } else {
        const c = confident.get(key);
        if (c) items.push({ doc, m: { ...p, type: c.type }, info: { strength: 'cue', words: 1, known: null }, key, node: c.node, linked: null });
      }
    }
  }
}

/** Lone surnames → the full name they stand for: the nearest one in the article, else the folder's most written. */
function assignSurnames(items: readonly Item[], bySurname: ReadonlyMap<string, string[]>, fullNames: ReadonlyMap<string, FullName>, nodes: NodeNames): void {
  const docFull = new FullNamesInDocs(items);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.m.type !== 'person' || it.node) continue;
    const cands = bySurname.get(it.key);
    if (!cands?.length) {
      it.node = nodes.of('P:', it.key);
      continue;
    }
    // The full name written last before it in the article, else the first written there.
    const inDoc = docFull.nearest(it.doc, cands, it.m.start);
    it.node = inDoc ?? [...cands].sort((x, y) => fullNames.get(y)!.count - fullNames.get(x)!.count || cmp(x, y))[0]!;
  }
}

/** Name key → the nodes its mentions have (for the overrides). */
function indexNodesByKey(items: readonly Item[]): Map<string, Set<string>> {
  const nodesByKey = new Map<string, Set<string>>();
  for (const it of items) (nodesByKey.get(it.key) ?? nodesByKey.set(it.key, new Set()).get(it.key)!).add(it.node);
  return nodesByKey;
}

/** A small word inside a name, which an acronym may or may not take the initial of ("Research in Motion"). */
const SMALL_WORD = /\s(?:of|the|and|for|de|du|des|del|on|in)\s/i;

/**
 * Unknown acronyms → the one multi-word name whose initials they spell. Only when some article
 * writes both, as in "the Zorbian Liberation Front (ZLF)".
 */
function linkAcronyms(items: readonly Item[], uf: UnionFind): void {
  const byInitials = new Map<string, Map<string, Set<string>>>(); // initials → node → docs
  const acronymDocs = new Map<string, Set<string>>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.m.type === 'person') continue;
    if (it.info.words >= 2) {
      // Initials without the small words ("Bank of Vela" → BV), and with them of the name's key, which
      // has no legal suffix ("Vela in Motion Ltd." → VIM): asked only where there are such words.
      const ini = initialsOf(it.m.text);
      const full = SMALL_WORD.test(it.m.text) || it.key.length + 2 < it.m.text.length ? initialsOf(it.key, true) : '';
      for (const key of full && full !== ini ? [ini, full] : [ini]) {
        if (!key) continue;
        const nodes = byInitials.get(key) ?? byInitials.set(key, new Map()).get(key)!;
        (nodes.get(it.node) ?? nodes.set(it.node, new Set()).get(it.node)!).add(it.doc);
      }
    }
    if (it.node.startsWith('N:') && isAcronym(it.m.text)) (acronymDocs.get(it.node) ?? acronymDocs.set(it.node, new Set()).get(it.node)!).add(it.doc);
  }
  for (const [node, inDocs] of acronymDocs) {
    const nodes = byInitials.get(node.slice(2).replace(/ /g, '').toUpperCase());
    if (!nodes) continue;
    const together = [...nodes].filter(([, d]) => [...d].some((x) => inDocs.has(x)));
    // One name, or one name in the singular and the plural ("Chamber" / "Chambers of Commerce").
    if (together.length === 1 || (together.length > 1 && together.every(([n]) => singularKey(n) === singularKey(together[0]![0])))) {
      for (const [n] of together) uf.union(n, node);
    }
  }
}

/** A name's node with each word's plural "s" dropped: "chambers of commerce" → "chamber of commerce". */
function singularKey(node: string): string {
  return node.replace(/(?<=\w\w)s\b/g, '');
}

/** The items of each entity, by the root of its node. */
function groupItems(items: readonly Item[], uf: UnionFind): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const root = uf.find(it.node);
    const list = groups.get(root);
    if (list) list.push(it);
    else groups.set(root, [it]);
  }
  return groups;
}

/** The entities, most mentioned first; each item gets its linked mention (`Item.linked`). */
function buildRecords(groups: ReadonlyMap<string, Item[]>, canonOverride: ReadonlyMap<string, string>, typeOverride: ReadonlyMap<string, EntityType>, ignored: ReadonlySet<string>): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const [root, list] of groups) {
    const canonical = canonOverride.get(root) ?? chooseCanonical(list);
    if (ignored.has(linkKey(canonical))) continue;
    const forced = typeOverride.get(root);
    // Type: strong evidence votes; weak mentions follow the majority.
    const major = forced ?? majorType(list);
    const kept = ignored.size ? list.filter((it) => !ignored.has(linkKey(it.m.text))) : list;
    if (!kept.length) continue;
    records.push(buildRecord(kept, canonical, major, forced));
  }
  records.sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.canonical, b.canonical));
  return records;
}

/** One entity's record from its (kept) items. */
function buildRecord(kept: readonly Item[], canonical: string, major: EntityType, forced: EntityType | undefined): EntityRecord {
  const mentions: IndexedMention[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) {
    const it = kept[i]!;
    let type = it.m.type;
    if (forced) type = forced;
    else if (type !== major && RANK[it.info.strength] < 2) type = major;
    else if (type !== major && type === 'person') type = major; // a person cannot also be a place
    const m: EntityMention = { start: it.m.start, end: it.m.end, text: it.m.text, type, canonical };
    it.linked = m;
    mentions.push({ doc: it.doc, start: m.start, end: m.end, text: m.text, type });
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  const aliases = counts.size === 1 ? [...counts.keys()] : [...counts.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])).map(([t]) => t);
  const fullSpellings = new Map<string, string>();
  if (major === 'person') {
    for (const it of kept) {
      if (it.info.words < 2 || !/\s/.test(it.m.text.trim())) continue;
      const k = it.m.text.replace(/['’]s$/u, '').replace(/\s+/g, ' ').toLowerCase();
      if (!fullSpellings.has(k)) fullSpellings.set(k, it.m.text.replace(/\s+/g, ' '));
    }
  }
  return {
    canonical,
    type: major,
    aliases,
    variants: fullSpellings.size > 1 ? [...fullSpellings.values()].sort(cmp) : [],
    mentions,
    docs: kept.length === 1 ? [kept[0]!.doc] : [...new Set(mapArray(kept, (it) => it.doc))],
  };
}

/** Each article's linked mentions in text order (a new array per article). */
function mentionsByDoc(docs: readonly string[], items: readonly Item[]): Map<string, EntityMention[]> {
  const out = new Map<string, EntityMention[]>(mapArray(docs, (d) => [d, []]));
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.linked) out.get(it.doc)!.push(it.linked);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Canonical or alias key → its entity (the first, most mentioned, that has it). */
function findIndex(records: readonly EntityRecord[]): Map<string, EntityRecord> {
  const lookup = new Map<string, EntityRecord>();
  for (const r of records) {
    const k = linkKey(r.canonical);
    if (!lookup.has(k)) lookup.set(k, r);
    for (const name of r.aliases) {
      const ka = linkKey(name);
      if (!lookup.has(ka)) lookup.set(ka, r);
    }
  }
  return lookup;
}

/**
 * The full personal names (P: nodes) of each article, for lone surnames to find theirs: among the
 * full names of some nodes, the one listed last among those that start before an offset, else the
 * one listed first. Per article and node, the names are sorted by start with a running maximum of
 * their place in the list, so that each question costs a binary search per node rather than a pass
 * over the article.
 */
class FullNamesInDocs {
  private readonly byDoc = new Map<string, Map<string, { starts: number[]; maxOrder: number[]; minOrder: number }>>();

  constructor(items: readonly Item[]) {
    const raw = new Map<string, Map<string, { start: number; order: number }[]>>();
    items.forEach((it, order) => {
      if (!it.node.startsWith('P:')) return;
      const nodes = raw.get(it.doc) ?? raw.set(it.doc, new Map()).get(it.doc)!;
      (nodes.get(it.node) ?? nodes.set(it.node, []).get(it.node)!).push({ start: it.m.start, order });
    });
    for (const [doc, nodes] of raw) {
      const out = new Map<string, { starts: number[]; maxOrder: number[]; minOrder: number }>();
      for (const [node, list] of nodes) {
        list.sort((x, y) => x.start - y.start || x.order - y.order);
        const maxOrder: number[] = [];
        let max = -1;
        let min = Infinity;
        for (const e of list) {
          max = Math.max(max, e.order);
          min = Math.min(min, e.order);
          maxOrder.push(max);
        }
        out.set(node, { starts: mapArray(list, (e) => e.start), maxOrder, minOrder: min });
      }
      this.byDoc.set(doc, out);
    }
  }

  /** The node of the chosen full name in `doc` among `nodes`, or undefined when the article has none of them. */
  nearest(doc: string, nodes: readonly string[], start: number): string | undefined {
    const inDoc = this.byDoc.get(doc);
    if (!inDoc) return undefined;
    let before: { node: string; order: number } | undefined;
    let first: { node: string; order: number } | undefined;
    for (const node of new Set(nodes)) {
      const e = inDoc.get(node);
      if (!e) continue;
      if (!first || e.minOrder < first.order) first = { node, order: e.minOrder };
      // entries with start < `start`: a prefix of the sorted list
      let lo = 0;
      let hi = e.starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e.starts[mid]! < start) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && (!before || e.maxOrder[lo - 1]! > before.order)) before = { node, order: e.maxOrder[lo - 1]! };
    }
    return (before ?? first)?.node;
  }
}

/**
 * The type most of a group's mentions vote for (strong evidence weighs more); a tie goes to the type
 * voted for first. Three counters: a group is most often one mention, and a Map per group cost more.
 */
function majorType(list: readonly Item[]): EntityType {
  const types: EntityType[] = [];
  const votes: number[] = [];
  for (const it of list) {
    const k = types.indexOf(it.m.type);
    const v = 1 + RANK[it.info.strength] * 2;
    if (k < 0) {
      types.push(it.m.type);
      votes.push(v);
    } else votes[k]! += v;
  }
  let best = 0;
  for (let k = 1; k < types.length; k++) if (votes[k]! > votes[best]!) best = k;
  return types[best]!;
}

const shouted = (s: string): number => (s.length > 2 && s === s.toUpperCase() && s !== s.toLowerCase() ? 1 : 0);

/**
 * The most frequent of `names`; ties go to the one not in capitals, then to the one listed first.
 * (One pass for the best: no two names tie on all three, so it is the first of the sorted list.)
 */
function tally(names: readonly string[]): string | undefined {
  if (names.length <= 1) return names[0];
  const counts = new Map<string, { n: number; first: number }>();
  names.forEach((name, i) => {
    const c = counts.get(name);
    if (c) c.n++;
    else counts.set(name, { n: 1, first: i });
  });
  let best: [string, { n: number; first: number }] | undefined;
  for (const e of counts) {
    if (!best || e[1].n - best[1].n > 0 || (e[1].n === best[1].n && (shouted(e[0]) - shouted(best[0]) < 0 || (shouted(e[0]) === shouted(best[0]) && e[1].first < best[1].first)))) best = e;
  }
  return best?.[0];
}

/** A written name without its blanks doubled, a leading "the" and a legal suffix: "the Acme  Ltd." → "Acme". */
function cleanName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^the\s+/i, '').replace(/(?:,?\s+(?:Limited|Ltd\.?|Inc\.?|plc|PLC|LLC|Corp\.?))+$/u, '');
}

/** The canonical of a group: a known name's, else the most written full name, else the most written form. */
function chooseCanonical(list: Item[]): string {
  if (list.length === 1) {
    // One mention (most groups): its known name, else its cleaned form or that form's known name.
    const it = list[0]!;
    if (it.info.known) return it.info.known;
    const pick = cleanName(it.m.text);
    return lookupName(pick)?.canonical ?? pick;
  }
  const known = tally(list.flatMap((it) => (it.info.known ? [it.info.known] : [])));
  if (known) return known;
  const cleaned = new Map<string, string>();
  const clean = (s: string): string => {
    let c = cleaned.get(s);
    if (c === undefined) {
      c = cleanName(s);
      cleaned.set(s, c);
    }
    return c;
  };
  const multi = list.filter((it) => it.info.words >= 2 && /\s/.test(it.m.text.trim()) && !isAcronym(it.m.text));
  const pick = tally(mapArray(multi.length ? multi : list, (it) => clean(it.m.text)));
  const lk = lookupName(pick ?? '');
  if (lk) return lk.canonical;
  // Prefer "Mir" over "MIR" when both are written.
  if (pick && pick === pick.toUpperCase() && pick.length > 2) {
    const mixed = mapArray(list, (it) => clean(it.m.text)).find((s) => s !== s.toUpperCase() && s.toLowerCase() === pick.toLowerCase());
    if (mixed) return mixed;
  }
  return pick ?? list[0]!.m.text;
}

/**
 * Keys a lone word can take to stand for a full name: its surname (`surnameKeys`), and the first
 * word of a name in East Asian order, family name first, whose given name is hyphenated ("Moon
 * Jae-in" → "Moon").
 */
function familyNameKeys(fullName: string): string[] {
  const keys = surnameKeys(fullName);
  const words = fullName.trim().split(/\s+/);
  if (words.length === 2 && /^\p{Lu}\p{Ll}+[-‐‑]\p{Ll}+$/u.test(words[1]!)) keys.push(nameKey(words[0]!));
  return keys;
}

/**
 * Corpus-level linking: one canonical name per real-world entity across a folder of articles.
 *
 * - A lone surname ("Tillerson") joins the full name it stands for: the nearest full name with that
 *   surname in the same article, else the most mentioned one in the folder.
 * - Variants of one name are one entity (`linkVariants`): the same letters written apart
 *   ("Latter-day" / "Latter Day"), transliterations ("Kurbanguly" / "Gurbanguli", "Qaida" /
 *   "Qaeda"), given-name diminutives ("Jim" / "James Oler"), and a place's or an organisation's
 *   short form ("Sinai" / "Sinai Peninsula"); the full names' spellings are kept as variants.
 * - Known short forms share the gazetteer's canonical ("US", "U.S.", "United States"); an unknown
 *   acronym joins the one multi-word name in the folder whose initials it spells.
 * - Case, dots and legal suffixes do not separate names ("MIR" / "Mir", "Financial Times Limited").
 */
import type { EntityMention, EntityType, MentionHint, Strength } from '../common/types';
import { lookupName, nameKey } from './gazetteer';
import type { EntityOverrides } from './overrides';
import { surnameKeys } from './recognize';
import { mapArray, splitOn } from '../text';
import { editDistance } from '../common/strings';
import { finish, type Steps } from '../common/budget';
import { droppablePlaceHead, foldKey, givenNameVariant, initialsOf, isAcronym, joinedSkeleton, nearSkeleton } from './variants';

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

const RANK: Record<Strength, number> = { override: 4, known: 3, strong: 2, cue: 1, weak: 0 };
const LEGAL = /(?:,?\s+(?:limited|ltd|inc|incorporated|plc|llc|llp|corp|corporation|co|gmbh|ag|sa|nv))+$/u;

interface Item {
  doc: string;
  m: EntityMention;
  info: MentionHint;
  key: string;
  node: string;
  /** The mention with its folder-wide canonical and type, once linked (null: its entity is ignored). */
  linked: EntityMention | null;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  /** root → (rule → which name of the rule the group holds): groups the analyst said are apart. */
  private readonly tags = new Map<string, Map<number, number>>();
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      return x;
    }
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    while (x !== r) {
      const n = this.parent.get(x)!;
      this.parent.set(x, r);
      x = n;
    }
    return r;
  }
  /** Marks `node` as holding name `name` of "separate" rule `rule`. */
  tag(node: string, rule: number, name: number): void {
    const r = this.find(node);
    (this.tags.get(r) ?? this.tags.set(r, new Map()).get(r)!).set(rule, name);
  }
  /** Joins two groups, unless the analyst said they are different entities. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ta = this.tags.get(ra);
    const tb = this.tags.get(rb);
    if (ta && tb) for (const [rule, name] of tb) if (ta.has(rule) && ta.get(rule) !== name) return false;
    this.parent.set(rb, ra);
    if (tb) {
      const merged = ta ?? this.tags.set(ra, new Map()).get(ra)!;
      for (const [rule, name] of tb) merged.set(rule, name);
      this.tags.delete(rb);
    }
    return true;
  }
}

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

/** Items (mentions, nodes, groups) between two checkpoints of the linking's long loops. */
const CHECK_EVERY = 512;

/**
 * `linkEntities` with checkpoints (common/budget.ts, `Steps`): it yields between its phases and
 * every CHECK_EVERY items of its loops, so that the editor can spread the linking of a large folder
 * (most of a second at 2,000 articles) over several tasks. The same result as `linkEntities`.
 */
export function* linkEntitiesSteps(byDoc: ReadonlyMap<string, LinkableArticle>, overrides?: EntityOverrides): Steps<EntityIndex> {
  let tick = 0;
  const docs = [...byDoc.keys()].sort(cmp);
  const items: Item[] = [];
  for (const doc of docs) {
    if (++tick % 64 === 0) yield;
    for (const m of byDoc.get(doc)!.entities) {
      const info = infoOf(m);
      items.push({ doc, m, info, key: linkKey(m.text), node: '', linked: null });
    }
  }
  const uf = new UnionFind();
  // One string per node, however many mentions have it: the Maps below hash each node once, and a
  // large folder does not build (and collect) a new "P:…" string per mention.
  const nodeNames = { 'P:': new Map<string, string>(), 'K:': new Map<string, string>(), 'N:': new Map<string, string>() };
  const nodeOf = (kind: 'P:' | 'K:' | 'N:', key: string): string => {
    const names = nodeNames[kind];
    let n = names.get(key);
    if (n === undefined) {
      n = kind + key;
      names.set(key, n);
    }
    return n;
  };

  // Nodes: known names by their gazetteer canonical, full personal names by their key, the rest by key.
  const fullNames = new Map<string, { node: string; count: number; first: string; last: string }>();
  yield;
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.m.type === 'person') {
      if (it.info.words >= 2 && /\s/.test(it.m.text.trim())) {
        it.node = nodeOf('P:', it.key);
        const words = splitOn(it.key, ' ');
        const f = fullNames.get(it.node);
        if (f) f.count++;
        else fullNames.set(it.node, { node: it.node, count: 1, first: words[0]!, last: words[words.length - 1]! });
      }
      continue;
    }
    const known = it.info.known ?? lookupName(it.key)?.canonical;
    // An unknown name joins the fuller name its article said it stands for ("Navy" → "Indian Navy").
    it.node = known ? nodeOf('K:', nameKey(known)) : nodeOf('N:', it.m.canonical === it.m.text ? it.key : linkKey(it.m.canonical));
  }

  // Lone surnames → the full name they stand for.
  const bySurname = new Map<string, string[]>();
  const keyed = new Set<string>(); // written forms done: one form has one node and one set of keys
  yield;
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (!it.node.startsWith('P:') || keyed.has(it.m.text)) continue;
    keyed.add(it.m.text);
    for (const sk of familyNameKeys(it.m.text)) {
      const list = bySurname.get(sk) ?? [];
      if (!list.includes(it.node)) list.push(it.node);
      bySurname.set(sk, list);
    }
  }

  // Words an article could not confirm, confirmed by the folder: a surname, or a name typed elsewhere.
  const confident = new Map<string, { type: EntityType; node: string }>();
  yield;
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.node && !it.node.startsWith('P:') && RANK[it.info.strength] >= 1 && !confident.has(it.key)) confident.set(it.key, { type: it.m.type, node: it.node });
  }
  for (const doc of docs) {
    if (++tick % 64 === 0) yield;
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
  yield;
  const docFull = new FullNamesInDocs(items);
  yield;
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.m.type !== 'person' || it.node) continue;
    const cands = bySurname.get(it.key);
    if (!cands?.length) {
      it.node = nodeOf('P:', it.key);
      continue;
    }
    // The full name written last before it in the article, else the first written there.
    const inDoc = docFull.nearest(it.doc, cands, it.m.start);
    let node: string | undefined;
    if (inDoc) {
      node = inDoc;
    } else {
      node = [...cands].sort((x, y) => fullNames.get(y)!.count - fullNames.get(x)!.count || cmp(x, y))[0];
    }
    it.node = node!;
  }

  // Names the analyst said are different entities: never joined below.
  // (Only the overrides ask which nodes a name has: a folder without them does not index them.)
  const nodesByKey = new Map<string, Set<string>>();
  if (overrides?.separate?.length || overrides?.merge?.length || overrides?.entities?.length) {
    for (const it of items) (nodesByKey.get(it.key) ?? nodesByKey.set(it.key, new Set()).get(it.key)!).add(it.node);
  }
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

  // Unknown acronyms → the one multi-word name whose initials they spell.
  // Only when some article writes both, as in "the Zorbian Liberation Front (ZLF)".
  const byInitials = new Map<string, Map<string, Set<string>>>(); // initials → node → docs
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.m.type === 'person' || it.info.words < 2) continue;
    const ini = initialsOf(it.m.text);
    if (!ini) continue;
    const nodes = byInitials.get(ini) ?? byInitials.set(ini, new Map()).get(ini)!;
    (nodes.get(it.node) ?? nodes.set(it.node, new Set()).get(it.node)!).add(it.doc);
  }
  const acronymDocs = new Map<string, Set<string>>();
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.m.type === 'person' || !it.node.startsWith('N:') || !isAcronym(it.m.text)) continue;
    (acronymDocs.get(it.node) ?? acronymDocs.set(it.node, new Set()).get(it.node)!).add(it.doc);
  }
  for (const [node, inDocs] of acronymDocs) {
    const nodes = byInitials.get(node.slice(2).replace(/ /g, '').toUpperCase());
    if (!nodes) continue;
    const together = [...nodes].filter(([, d]) => [...d].some((x) => inDocs.has(x)));
    if (together.length === 1) uf.union(together[0]![0], node);
  }

  yield;
  // Overrides: merges, then names given a type or canonical.
  const forcedCanonical = new Map<string, string>(); // node → canonical
  const forcedType = new Map<string, EntityType>();
  const canonicalDraft = (it: Item): string => it.info.known ?? (it.node.startsWith('P:') ? it.node.slice(2) : it.m.text);
  // The nodes of the mentions whose draft canonical has a key, in mention order: listed once (with
  // checkpoints) rather than by a pass over every mention per name of the overrides.
  const byCanonical = new Map<string, string[]>();
  if (overrides?.merge?.length || overrides?.entities?.length) {
    for (const it of items) {
      if (++tick % CHECK_EVERY === 0) yield;
      const k = linkKey(canonicalDraft(it));
      const list = byCanonical.get(k);
      if (list) list.push(it.node);
      else byCanonical.set(k, [it.node]);
    }
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

  // Groups.
  yield;
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    const root = uf.find(it.node);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(it);
  }
  const rootForced = <T>(forced: Map<string, T>): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [node, v] of forced) out.set(uf.find(node), v);
    return out;
  };
  const canonOverride = rootForced(forcedCanonical);
  const typeOverride = rootForced(forcedType);
  const ignored = new Set((overrides?.ignore ?? []).map(linkKey));

  const records: EntityRecord[] = [];
  yield;
  for (const [root, list] of groups) {
    if (++tick % 256 === 0) yield;
    const canonical = canonOverride.get(root) ?? chooseCanonical(list);
    if (ignored.has(linkKey(canonical))) continue;
    const forced = typeOverride.get(root);
    // Type: strong evidence votes; weak mentions follow the majority.
    const major = forced ?? majorType(list);
    const kept = ignored.size ? list.filter((it) => !ignored.has(linkKey(it.m.text))) : list;
    if (!kept.length) continue;
    const mentions: IndexedMention[] = [];
    const counts = new Map<string, number>();
    for (const it of kept) {
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
    records.push({
      canonical,
      type: major,
      aliases,
      variants: fullSpellings.size > 1 ? [...fullSpellings.values()].sort(cmp) : [],
      mentions,
      docs: kept.length === 1 ? [kept[0]!.doc] : [...new Set(mapArray(kept, (it) => it.doc))],
    });
  }
  yield;
  records.sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.canonical, b.canonical));
  yield;

  const out = new Map<string, EntityMention[]>(mapArray(docs, (d) => [d, []]));
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (it.linked) out.get(it.doc)!.push(it.linked);
  }
  for (const list of out.values()) {
    if (++tick % 64 === 0) yield;
    list.sort((a, b) => a.start - b.start);
  }
  const lookup = new Map<string, EntityRecord>();
  for (const r of records) {
    if (++tick % CHECK_EVERY === 0) yield;
    const k = linkKey(r.canonical);
    if (!lookup.has(k)) lookup.set(k, r);
    for (const name of r.aliases) {
      const ka = linkKey(name);
      if (!lookup.has(ka)) lookup.set(ka, r);
    }
  }
  return { entities: records, byDoc: out, find: (name) => lookup.get(linkKey(name)) };
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

/** What the variant rules know of a node: the name it writes, where that form is written, its type. */
interface VariantNode {
  node: string;
  name: string;
  words: string[];
  /** Articles that write this form itself (not a lone surname standing for it). */
  docs: Set<string>;
  type: EntityType;
  /** Its number, and its `foldKey` and `joinedSkeleton` (names of 4 characters or more). */
  id: number;
  fold: string;
  skeleton: string;
}

/** A bucket larger than this is a degenerate key (page debris, one letter), not a name's variants. */
const MAX_BUCKET = 24;

/**
 * Joins the nodes that are variants of one name (see `variants.ts` for the keys):
 * - the same letters written apart (equal `foldKey`: "Latter-day" / "Latter Day"): always;
 * - transliterations (equal skeletons that `nearSkeleton` accepts: "Turkmenbashi" / "Turkmenbaschi",
 *   "Wally Opal" / "Wally Oppal"): names of one type that no article writes side by side (two names one
 *   article writes are two things: "Austria" and "Australia", the brothers "Tomasz" and "Tadeusz");
 * - full personal names whose surnames are one and whose given names are variants (`givenNameVariant`:
 *   "Jim" / "James", "Alexis" / "Alexandros"), again never side by side in one article;
 * - a short form of a place or organisation, the leading words of exactly one longer name of its
 *   type in the folder: a place that drops a descriptive head ("Sinai" / "Sinai Peninsula"), an
 *   organisation that an article names in full and then shortly ("Acme Minerals" … "Acme").
 */
function* linkVariants(items: readonly Item[], fullNames: ReadonlyMap<string, { first: string; last: string }>, uf: UnionFind): Steps<void> {
  let tick = 0;
  const nodes = new Map<string, VariantNode>();
  const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
  const votes: number[][] = [];
  for (const it of items) {
    if (++tick % CHECK_EVERY === 0) yield;
    if (!it.node) continue;
    let n = nodes.get(it.node);
    if (!n) {
      const name = it.node.slice(2);
      n = { node: it.node, id: nodes.size, name, words: splitOn(name, ' '), docs: new Set(), type: it.m.type, fold: '', skeleton: '' };
      nodes.set(it.node, n);
      votes.push([0, 0, 0]);
    }
    if (it.node[0] === 'K' || (it.node.length === it.key.length + 2 && it.node.endsWith(it.key))) n.docs.add(it.doc);
    const t = TYPES.indexOf(it.m.type);
    if (t >= 0) votes[n.id]![t]! += 1 + RANK[it.info.strength];
  }
  for (const n of nodes.values()) {
    const v = votes[n.id]!;
    let best = -1;
    for (let t = 0; t < TYPES.length; t++) if (v[t]! > (best < 0 ? 0 : v[best]!)) best = t;
    if (best >= 0) n.type = TYPES[best]!;
  }
  const apart = (a: VariantNode, b: VariantNode): boolean => {
    const [s, l] = a.docs.size < b.docs.size ? [a.docs, b.docs] : [b.docs, a.docs];
    for (const d of s) if (l.has(d)) return false;
    return true;
  };
  const isPerson = (n: VariantNode) => n.type === 'person' || n.node[0] === 'P';

  // Candidates: equal fold keys and equal skeletons. (Skeletons one edit apart are left to the
  // name detector, which compares them over the folder's written names: over every node of a
  // large folder here they cost a quarter of the linking.)
  const buckets = new Map<string, VariantNode[]>();
  const put = (key: string, ...ns: VariantNode[]) => {
    for (const n of ns) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [n]);
      else if (list.length <= MAX_BUCKET && list[list.length - 1] !== n) list.push(n);
    }
  };
  yield;
  for (const n of nodes.values()) {
    if (++tick % 256 === 0) yield;
    if (n.name.length < 4) continue;
    n.fold = foldKey(n.name);
    n.skeleton = joinedSkeleton(n.name);
    put('f' + n.fold, n);
    if (n.skeleton !== n.fold) put('s' + n.skeleton, n);
  }
  const tried = new Set<number>();
  const size = nodes.size;
  for (const list of buckets.values()) {
    if (++tick % 256 === 0) yield;
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.fold === b.fold) {
        uf.union(a.node, b.node);
        continue;
      }
      if (isPerson(a) !== isPerson(b) || (!isPerson(a) && a.type !== b.type) || a.words.length !== b.words.length) continue;
      if (Math.abs(a.skeleton.length - b.skeleton.length) > 2) continue;
      const pair = a.id < b.id ? a.id * size + b.id : b.id * size + a.id;
      if (tried.has(pair)) continue;
      tried.add(pair);
      if (apart(a, b) && nearSkeleton(a.name, b.name)) uf.union(a.node, b.node);
    }
  }

  // Full personal names: one surname, given names that are variants.
  // (Found through either name: one surname's skeleton, or one given name.)
  const byPart = new Map<string, string[]>();
  for (const [node, f] of fullNames) {
    for (const k of ['l' + joinedSkeleton(f.last), 'f' + f.first]) {
      const list = byPart.get(k);
      if (list) list.push(node);
      else byPart.set(k, [node]);
    }
  }
  yield;
  for (const [key, list] of byPart) {
    if (++tick % 256 === 0) yield;
    const sameGiven = key[0] === 'f';
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = fullNames.get(list[i]!)!;
      const b = fullNames.get(list[j]!)!;
      let join: boolean;
      if (sameGiven) {
        // The same given name and one letter swapped in a long surname ("Nevenov" / "Nemenov", not "Peston" / "Preston").
        join = a.last !== b.last && a.last.length === b.last.length && a.last.length >= 6 && a.last[0] === b.last[0] && nearOneLetter(a.last, b.last);
      } else if (a.last === b.last && (a.first === b.first || (a.first[0] === b.first[0] && Math.min(a.first.length, b.first.length) >= 4 && nearOneLetter(a.first, b.first)))) {
        // The same given name ("Winston K. Blackmore"), or one letter apart with the same initial
        // ("Sergei" / "Sergey"): one person even side by side.
        join = true;
      } else {
        const na = nodes.get(list[i]!);
        const nb = nodes.get(list[j]!);
        // One surname (case and diacritics aside, or transliterated: "Nurmatov" / "Nurmatow") and
        // given names that are variants ("Jim" / "James", "Bakhtiyor" / "Bakhtiyar").
        join = !!na && !!nb && na.words.length === nb.words.length && (foldKey(a.last) === foldKey(b.last) || nearSkeleton(a.last, b.last)) && givenNameVariant(a.first, b.first) && apart(na, nb);
      }
      if (join) uf.union(list[i]!, list[j]!);
    }
  }

  // Short forms of places and organisations.
  const byLead = new Map<string, VariantNode[]>();
  for (const n of nodes.values()) {
    if (isPerson(n) || n.words.length < 2 || n.words.length > 8) continue;
    for (let k = 1; k < n.words.length; k++) {
      const lead = n.words.slice(0, k).join(' ');
      (byLead.get(lead) ?? byLead.set(lead, []).get(lead)!).push(n);
    }
  }
  yield;
  for (const short of nodes.values()) {
    if (++tick % 256 === 0) yield;
    if (isPerson(short) || (short.type !== 'place' && short.type !== 'organization')) continue;
    const longs = byLead.get(short.name)?.filter((l) => l.type === short.type);
    if (!longs?.length) continue;
    const roots = new Set(mapArray(longs, (l) => uf.find(l.node)));
    if (roots.size !== 1) continue; // ambiguous in the folder
    // A known organisation is its own entity, and so is a known organisation's longer namesake.
    const fits = longs.some((l) =>
      short.type === 'place'
        ? l.words.length === short.words.length + 1 && droppablePlaceHead(l.words[l.words.length - 1]!)
        : short.node[0] !== 'K' && l.node[0] !== 'K' && !isAcronym(short.name) && !apart(short, l),
    );
    if (fits) uf.union(longs[0]!.node, short.node);
  }
}

/** One edit apart (the project's edit distance), for the letter-level spelling rule. */
function nearOneLetter(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}

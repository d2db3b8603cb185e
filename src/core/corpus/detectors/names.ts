/**
 * Name discrepancies: one name the outlets spell differently ("Salahuddin" / "Salahaddin",
 * "Organisation for Security and Co-operation" / "Organization for Security and Cooperation",
 * "Pan Sea Link 5" / "PAN-SEA-LINK 5", "Tom Varga" / "Thomas Varga"). One discrepancy per name, whose
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
 * "the", a legal suffix ("Interoute" / "Interoute Plc"), middle initials ("Harold J. Mersey"),
 * and a short form of the full name ("Oler" / "James Oler", "OSCE", "Democratic Party" / "Democratic
 * Party of X"). Inner capitals do count ("GlobalCom" / "Globalcom"), and so do hyphens and blanks
 * ("Latter-day" / "Latter Day").
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { finish, type Steps } from '../../common/budget';
import type { EntityType } from '../../common/types';
import { DEMONYMS, lookupName } from '../../entities/gazetteer';
import { isCommonWord } from '../../entities/lexicon';
import { foldKey, initialsOf, isAcronym, joinedSkeleton, nearNeighbours, nearSkeleton } from '../../entities/variants';
import type { DocEntry, PassageIndex } from '../passages';
import { DOCS_PER_STEP } from './shared';
import { articleNames, sameKeys, spellingOf, type ArticleNames, type NameUse } from './nameUses';
import { joinCoordinates, joinInletHeads, joinLoneSurnames, joinMiddleWords, joinWordForms, MAX_BUCKET } from './nameJoins';
import { abbreviationOf, acronymModifier, describedForm, isInitials, otherWordForms, shortFormOf, shortFormWords } from './nameForms';

type Member = Discrepancy['members'][number];

/** Members of one spelling in one article, at most. */
const MEMBERS_PER_DOC = 5;

/**
 * What the name detector keeps between derivations of one folder (owned by the corpus object,
 * through `DiscrepancyState`): the articles and names it read last, the folder's names as nodes
 * joined into groups, and each group's discrepancy.
 *
 * How names join depends on the whole folder (keys shared across articles, neighbours in the
 * order of the skeletons, the order the names first appear in), so it is worked out again from
 * all the names when they change. When they do not — each changed article writes the same names
 * as before, first used in the same order, and no article came or went: an edit elsewhere in its
 * text — the groups are those of the last derivation (the only change to which articles write a
 * name is a changed article's new id in place of its old), and only the discrepancies of the
 * groups a changed article writes in are worked out again.
 */
export class NameState {
  /** The articles (path order) of the last derivation, with their names and paths then. */
  docs: DocEntry[] = [];
  names: ArticleNames[] = [];
  paths: string[] = [];
  /** Each article's names (`ArticleNames.keys`) as the folder's nodes. */
  nodeOf: Int32Array[] = [];
  /** Each node's group (its root), and its spelling as a number (equal numbers, equal spellings). */
  rootOf: Int32Array = new Int32Array(0);
  spellingOf: Int32Array = new Int32Array(0);
  /** Each group's discrepancy (null: none), by root, for the groups that had one to work out. */
  found = new Map<number, Discrepancy | null>();

  clear(): void {
    this.docs = [];
    this.names = [];
    this.paths = [];
    this.nodeOf = [];
    this.rootOf = new Int32Array(0);
    this.spellingOf = new Int32Array(0);
    this.found = new Map();
  }
}

export function nameDiscrepancies(index: PassageIndex, state: NameState = new NameState()): Discrepancy[] {
  return finish(nameDiscrepancySteps(index, state));
}

/**
 * `nameDiscrepancies` with checkpoints (common/budget.ts, `Steps`) while each article's names are
 * read (seconds of it at 2,000 articles after an entity correction re-linked them all), before
 * the kept state is touched.
 */
export function* nameDiscrepancySteps(index: PassageIndex, state: NameState = new NameState()): Steps<Discrepancy[]> {
  const docs = index.allDocs();
  const names: ArticleNames[] = [];
  for (const d of docs) {
    if (names.length % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
    names.push(articleNames(index, d));
  }
  // Articles whose uses are not those of the last derivation (changed, re-linked, renamed).
  const changed = new Uint8Array(docs.length);
  let same = docs.length === state.docs.length;
  for (let i = 0; i < docs.length; i++) {
    if (same && names[i] === state.names[i] && docs[i]!.path === state.paths[i]) continue;
    changed[i] = 1;
    if (same && (docs[i]!.path !== state.paths[i] || !sameKeys(names[i]!.keys, state.names[i]!.keys))) same = false;
  }
  if (!same) {
    yield* groupNames(docs, names, state);
    state.found = new Map();
  }
  state.docs = docs;
  state.names = names;
  state.paths = docs.map((d) => d.path);
  const { nodeOf, rootOf, spellingOf } = state;

  // Each group's uses; only a group with two spellings can differ. The groups in the order they
  // are first seen with a second spelling, reading the articles in path order.
  const firstSpelling = new Int32Array(rootOf.length).fill(-1);
  const mixedAt = new Uint8Array(rootOf.length);
  const dirty = new Uint8Array(rootOf.length);
  const mixed: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const useKey = names[i]!.useKey;
    const nodes = nodeOf[i]!;
    for (let u = 0; u < useKey.length; u++) {
      const node = nodes[useKey[u]!]!;
      const root = rootOf[node]!;
      if (changed[i]) dirty[root] = 1;
      const sp = firstSpelling[root]!;
      if (sp < 0) firstSpelling[root] = spellingOf[node]!;
      else if (sp !== spellingOf[node]! && !mixedAt[root]) {
        mixedAt[root] = 1;
        mixed.push(root);
      }
    }
  }
  const found: Discrepancy[] = [];
  const kept = new Map<number, Discrepancy | null>();
  const redo = mixed.filter((root) => dirty[root] || !state.found.has(root));
  const groups = new Map<number, { list: NameUse[]; docs: DocEntry[] }>();
  if (redo.length) {
    for (const root of redo) groups.set(root, { list: [], docs: [] });
    for (let i = 0; i < docs.length; i++) {
      const { useKey, uses } = names[i]!;
      const nodes = nodeOf[i]!;
      for (let u = 0; u < useKey.length; u++) {
        const g = groups.get(rootOf[nodes[useKey[u]!]!]!);
        if (!g) continue;
        g.list.push(uses[u]!);
        g.docs.push(docs[i]!);
      }
    }
  }
  for (const root of mixed) {
    const g = groups.get(root);
    const d = g ? discrepancyOf(g.list, g.docs) : state.found.get(root)!;
    kept.set(root, d);
    if (d) found.push(d);
  }
  state.found = kept;
  // A part of a name that differs because the whole does ("Co-operation in Europe" inside
  // "Organisation for Security and Co-operation in Europe") is that name's discrepancy.
  const inside = (x: Member, y: Member) => x.doc === y.doc && y.start <= x.start && x.end <= y.end;
  const out = found.filter((d) => !found.some((o) => o !== d && o.members.length >= d.members.length && d.members.every((x) => o.members.some((y) => inside(x, y))) && !d.members.every((x) => o.members.some((y) => inside(y, x)))));
  return withAcronyms(out, docs, names);
}

/**
 * A name's acronym written alone in the folder ("PSL5") is one more of its forms beside spellings
 * that differ ("PAN-SEA-LINK 5 / Pan Sea Link 5 / PSL5"): its uses are added to the discrepancy of the
 * name it spells (alone, against its full name, it is a short form and no discrepancy). Worked out
 * on every derivation from the discrepancies found (few) and the articles' distinct names, so that
 * an acronym in any article, changed or not, is where it belongs.
 */
function withAcronyms(found: Discrepancy[], docs: readonly DocEntry[], names: readonly ArticleNames[]): Discrepancy[] {
  if (!found.length) return found;
  const wanted = new Map<string, number>();
  found.forEach((d, i) => {
    for (const m of d.members) {
      const ini = initialsOf(m.text);
      if (ini.length >= 3) wanted.set(ini.toLowerCase(), i);
    }
  });
  if (!wanted.size) return found;
  const extra = new Map<number, { members: Member[]; text: string }>();
  for (let i = 0; i < docs.length; i++) {
    const { keys, uses, useKey } = names[i]!;
    for (let k = 0; k < keys.length; k++) {
      const tx = keys[k]!.text;
      // (A cheap test first: capitals or digits only, no blank.)
      const c = tx.charCodeAt(0);
      if (tx.length < 3 || tx.length > 8 || c < 65 || c > 90 || !isAcronym(tx)) continue;
      const at = wanted.get(foldKey(tx));
      if (at === undefined) continue;
      const e = extra.get(at) ?? extra.set(at, { members: [], text: tx }).get(at)!;
      let n = 0;
      for (let u = 0; u < uses.length && n < MEMBERS_PER_DOC; u++) {
        if (useKey[u] !== k) continue;
        const use = uses[u]!;
        e.members.push({ doc: docs[i]!.path, start: use.start, end: use.end, text: docs[i]!.text.slice(use.start, use.end) });
        n++;
      }
    }
  }
  if (!extra.size) return found;
  return found.map((d, i) => {
    const e = extra.get(i);
    if (!e) return d;
    const listed = new Set(d.members.map((x) => `${x.doc}\u0000${x.start}`));
    const members = [...d.members, ...e.members.filter((m) => !listed.has(`${m.doc}\u0000${m.start}`))];
    return { ...d, label: d.label.includes(` · ${e.text}`) ? d.label : `${d.label} · ${e.text}`, members };
  });
}

/** The folder's distinct names (nodes), numbered in the order they are first used. */
export interface NameNodes {
  texts: string[];
  /** The articles writing each name (ids, each once: an article's names are distinct). */
  docsOf: number[][];
  entitiesOf: (string | null)[];
  typeOf: (EntityType | null)[];
  /** Each node's spelling as a number (equal numbers, equal spellings). */
  spellingOf: number[];
  /** Node ids by entity (null: runs), then spelling. */
  ids: Map<string | null, Map<string, number>>;
  /** Each article's names (`ArticleNames.keys`) as nodes. */
  nodeOf: Int32Array[];
}

/**
 * The folder's names as nodes, joined into groups of one name (`state.nodeOf`, `rootOf`,
 * `spellingOf`): each distinct (entity, spelling) of the articles, numbered in the order they are
 * first used (articles in path order), joined with the others that are the same name. With
 * checkpoints in its loops (a second of it in one task after an entity correction re-linked a
 * folder of 2,000 articles): it works on its own until its end, where it sets the kept state.
 *
 * (Each phase a function of its own: one function for all, optimised by V8 on its first loop
 * while the later ones had not run, was thrown away and rebuilt as each was reached.)
 */
function* groupNames(docs: readonly DocEntry[], names: readonly ArticleNames[], state: NameState): Steps<void> {
  const nodes = yield* nameNodes(docs, names);
  const size = nodes.texts.length;
  const groups = new NameGroups(nodes.entitiesOf);
  joinEntities(nodes, groups);
  const keys = new NameKeys(nodes);
  yield* joinVariants(nodes, keys, groups);
  joinCoordinates(nodes, keys, groups);
  joinWordForms(nodes, keys, groups);
  joinInletHeads(nodes, keys, groups);
  joinLoneSurnames(nodes, groups);
  joinMiddleWords(nodes, keys, groups);
  const rootOf = new Int32Array(size);
  for (let k = 0; k < size; k++) rootOf[k] = groups.find(k);
  state.nodeOf = nodes.nodeOf;
  state.rootOf = rootOf;
  state.spellingOf = Int32Array.from(nodes.spellingOf);
}

/** Mentions of one entity are one name. */
function joinEntities(nodes: NameNodes, groups: NameGroups): void {
  for (const [entity, bySpelling] of nodes.ids) {
    if (entity === null) continue;
    let first = -1;
    for (const id of bySpelling.values()) {
      if (first < 0) first = id;
      else groups.union(first, id);
    }
  }
}

function* nameNodes(docs: readonly DocEntry[], names: readonly ArticleNames[]): Steps<NameNodes> {
  const out: NameNodes = { texts: [], docsOf: [], entitiesOf: [], typeOf: [], spellingOf: [], ids: new Map(), nodeOf: [] };
  const { texts, docsOf, entitiesOf, typeOf, spellingOf, ids, nodeOf } = out;
  const spellingIds = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    if (i % 64 === 63) yield;
    const doc = docs[i]!;
    const keys = names[i]!.keys;
    const nodes = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const u = keys[k]!;
      let bySpelling = ids.get(u.entity);
      if (!bySpelling) ids.set(u.entity, (bySpelling = new Map()));
      let id = bySpelling.get(u.spelling);
      if (id === undefined) {
        id = texts.length;
        bySpelling.set(u.spelling, id);
        texts.push(u.text);
        docsOf.push([]);
        entitiesOf.push(u.entity);
        typeOf.push(u.type);
        let sp = spellingIds.get(u.spelling);
        if (sp === undefined) spellingIds.set(u.spelling, (sp = spellingIds.size));
        spellingOf.push(sp);
      }
      docsOf[id]!.push(doc.id);
      nodes[k] = id;
    }
    nodeOf.push(nodes);
  }
  return out;
}

/**
 * The names joined so far (union-find), with the entities each group holds: a run never bridges
 * two entities the linker kept apart. A group's root holds its node's entity until two groups
 * with entities join; from then on a set of them (`heldMany`), and a root joined into another
 * holds nothing.
 */
export class NameGroups {
  private readonly parent: Int32Array;
  private readonly heldOne: (string | null)[];
  private readonly heldMany = new Map<number, Set<string>>();

  constructor(entitiesOf: readonly (string | null)[]) {
    this.parent = new Int32Array(entitiesOf.length).map((_, i) => i);
    this.heldOne = entitiesOf.slice();
  }

  find(x: number): number {
    const parent = this.parent;
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (x !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Joins the groups of a and b, unless they hold different entities (and `joinEntities` is not set). */
  union(a: number, b: number, joinEntities = false): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const { heldOne, heldMany } = this;
    const oa = heldOne[ra]!;
    const ob = heldOne[rb]!;
    const ma = heldMany.get(ra);
    const mb = heldMany.get(rb);
    const hasA = oa !== null || ma !== undefined;
    const hasB = ob !== null || mb !== undefined;
    if (hasA && hasB && !joinEntities) {
      let shared: boolean;
      if (ma && mb) {
        shared = false;
        for (const e of mb) if (ma.has(e)) shared = true;
      } else if (ma) shared = ma.has(ob);
      else if (mb) shared = mb.has(oa);
      else shared = oa === ob;
      if (!shared) return;
    }
    this.parent[rb] = ra;
    if (hasB) {
      if (hasA) {
        const into = ma ?? new Set<string>([oa]);
        if (mb) for (const e of mb) into.add(e);
        else into.add(ob);
        if (into.size === 1) heldOne[ra] = into.values().next().value!;
        else {
          heldMany.set(ra, into);
          heldOne[ra] = null;
        }
      } else if (mb) heldMany.set(ra, mb);
      else heldOne[ra] = ob;
      heldOne[rb] = null;
      heldMany.delete(rb);
    }
  }
}

/**
 * What the pairs of names are asked again and again: each name's fold key and skeleton length,
 * its number of words when asked, whether it is its entity's own name (written as its canonical:
 * a name the linker joined with no other), and whether two names are never written in one
 * article (a name written in many articles is looked up in a set of them, made once for the
 * name, not once per pair it is in).
 */
export class NameKeys {
  readonly folds: string[];
  readonly skeletonLengths: Int32Array;
  private readonly wordCounts: Int32Array;
  private readonly owns: Uint8Array;
  private readonly docSets: (Set<number> | undefined)[] = [];

  constructor(private readonly nodes: NameNodes) {
    const size = nodes.texts.length;
    this.folds = new Array<string>(size);
    this.skeletonLengths = new Int32Array(size);
    this.wordCounts = new Int32Array(size);
    this.owns = new Uint8Array(size);
  }

  own(k: number): boolean {
    return this.owns[k] === 1;
  }

  words(k: number): number {
    return this.wordCounts[k] || (this.wordCounts[k] = this.nodes.texts[k]!.split(/\s+/).length);
  }

  apart(a: number, b: number): boolean {
    const docsOf = this.nodes.docsOf;
    const [x, y] = docsOf[a]!.length <= docsOf[b]!.length ? [a, b] : [b, a];
    const xs = docsOf[x]!;
    const ys = docsOf[y]!;
    if (ys.length > 16) {
      const s = (this.docSets[y] ??= new Set(ys));
      for (const d of xs) if (s.has(d)) return false;
      return true;
    }
    for (const d of xs) if (ys.includes(d)) return false;
    return true;
  }

  /**
   * The buckets of names that may be one name, in the order they were made: equal fold keys,
   * equal skeletons, near skeletons (each kind of key has its own map). Fills the fold keys,
   * skeleton lengths and owns on the way.
   */
  *buckets(): Steps<number[][]> {
    const { texts, entitiesOf } = this.nodes;
    const buckets: number[][] = [];
    const put = (keyed: Map<string, number[]>, key: string, node: number) => {
      const list = keyed.get(key);
      if (!list) {
        const made = [node];
        keyed.set(key, made);
        buckets.push(made);
      } else if (list.length <= MAX_BUCKET && list[list.length - 1] !== node) list.push(node);
    };
    const byFold = new Map<string, number[]>();
    const bySkeleton = new Map<string, number[]>();
    const long: number[] = [];
    for (let k = 0; k < texts.length; k++) {
      if (k % 1024 === 1023) yield;
      const f = foldKey(texts[k]!);
      this.folds[k] = f;
      this.owns[k] = entitiesOf[k] !== null && entitiesOf[k] === texts[k] ? 1 : 0;
      if (f.length < 4) continue;
      put(byFold, f, k);
      const sk = joinedSkeleton(texts[k]!);
      this.skeletonLengths[k] = sk.length;
      if (sk !== f) put(bySkeleton, sk, k);
      if (sk.length >= 8) long.push(k);
    }
    nearBuckets(texts, long, buckets);
    return buckets;
  }
}

/** The buckets of near skeletons (`nearNeighbours`) of the long names, added to `buckets`. */
function nearBuckets(texts: readonly string[], long: readonly number[], buckets: number[][]): void {
  for (const list of nearNeighbours(long, (k) => joinedSkeleton(texts[k]!))) {
    const made: number[] = [];
    for (const k of list) if (made.length <= MAX_BUCKET && made[made.length - 1] !== k) made.push(k);
    buckets.push(made);
  }
}

/** Names join by their variant keys (`NameKeys.buckets`). */
function* joinVariants(nodes: NameNodes, keys: NameKeys, groups: NameGroups): Steps<void> {
  const { texts, entitiesOf, typeOf } = nodes;
  const { folds, skeletonLengths } = keys;
  const buckets = yield* keys.buckets();
  yield;
  let tick = 0;
  for (const list of buckets) {
    if (++tick % 512 === 0) yield;
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (groups.find(a) === groups.find(b)) continue;
      const ea = entitiesOf[a];
      const eb = entitiesOf[b];
      // Two entities join only as names written as their own canonicals (misspellings the linker
      // left apart: "DaimlerChrysler" / "DaimlerChrylser"); a lone surname is its own person's,
      // however many people share it.
      const both = ea !== null && eb !== null && keys.own(a) && keys.own(b);
      if (ea !== null && eb !== null && ea !== eb && !both) continue;
      // Two typed names join only when of one type (a ship "Columbus" is no person "Columbus").
      if (typeOf[a] && typeOf[b] && typeOf[a] !== typeOf[b]) continue;
      const ta = texts[a]!;
      const tb = texts[b]!;
      // (Skeletons more than two letters apart in length are never near: `nearSkeleton`'s first test, made first.)
      if (folds[a] !== folds[b] && !(keys.words(a) === keys.words(b) && Math.abs(skeletonLengths[a]! - skeletonLengths[b]!) <= 2 && keys.apart(a, b) && nearSkeleton(ta, tb))) continue;
      groups.union(a, b, both);
    }
  }
}

/**
 * The discrepancy of one name's uses (each in the article at the same place in `docs`), when two
 * outlets spell it differently. The uses are not copied with their articles: most names are let go
 * before the articles are needed.
 */
function discrepancyOf(list: readonly NameUse[], docs: readonly DocEntry[]): Discrepancy | null {
  const spellings = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const sp = list[i]!.spelling;
    (spellings.get(sp) ?? spellings.set(sp, []).get(sp)!).push(i);
  }
  if (spellings.size < 2) return null;
  // Short forms of the others, or of the entity's canonical name ("GM", "Motors" of "General Motors").
  const keys = [...spellings.keys()];
  const canonical = list.find((u) => u.entity !== null)?.entity;
  const longer = canonical ? [...keys, spellingOf(canonical)] : keys;
  const textOf = (k: string) => list[spellings.get(k)![0]!]!.text;
  const longerTexts = canonical ? [...keys.map(textOf), canonical] : keys.map(textOf);
  const wordsMemo = new Map<string, string[]>();
  const words = (name: string) => wordsMemo.get(name) ?? wordsMemo.set(name, shortFormWords(name)).get(name)!;
  const full = keys.filter((k) => {
    const tk = textOf(k);
    if (longer.some((o) => shortFormOf(k, o, words)) || describedForm(tk) || acronymModifier(tk, longerTexts)) return false;
    const dotted = tk.includes('.');
    const c = tk.charCodeAt(1);
    const acronym = ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && isAcronym(tk);
    return !((dotted || acronym) && longerTexts.some((o) => (dotted && abbreviationOf(tk, o)) || (acronym && isInitials(tk, o))));
  });
  // A common word ("Nonetheless" / "Nonethless") is no name.
  if (full.some((k) => !k.includes(' ') && isCommonWord(k))) return null;
  if (full.length < 2) return null;
  // An adjective ("Ethiopian" / "Ethopian") is not a name.
  if (full.some((k) => DEMONYMS.has(k))) return null;
  // Two spellings in different articles, not both established names ("U.S." / "United States",
  // "GOP" / "Republican Party" are names the gazetteer knows, not misspellings). Each spelling's
  // answers once, not once per pair it is in: whether the gazetteer knows it, and the one article
  // writing it (-1: several); two spellings are in one article only when both are in that one.
  const known = full.map((k) => lookupName(list[spellings.get(k)![0]!]!.text) !== undefined);
  const onlyDoc = full.map((k) => {
    const us = spellings.get(k)!;
    const id = docs[us[0]!]!.id;
    for (const i of us) if (docs[i]!.id !== id) return -1;
    return id;
  });
  const shownKeys = new Set<string>();
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      if (known[i] && known[j]) continue;
      if (onlyDoc[i]! >= 0 && onlyDoc[i] === onlyDoc[j]) continue;
      if (otherWordForms(textOf(full[i]!), textOf(full[j]!))) continue;
      shownKeys.add(full[i]!);
      shownKeys.add(full[j]!);
    }
  }
  if (shownKeys.size < 2) return null;
  const members: Member[] = [];
  const shown: { spelling: string; text: string; n: number }[] = [];
  for (const k of keys) {
    if (!shownKeys.has(k)) continue;
    // Every place an article writes it (up to a few), so that each of its sentences can be found.
    const seen = new Map<number, number>();
    const us = spellings.get(k)!;
    for (const i of us) {
      const u = list[i]!;
      const doc = docs[i]!;
      const n = seen.get(doc.id) ?? 0;
      seen.set(doc.id, n + 1);
      if (n < MEMBERS_PER_DOC) members.push({ doc: doc.path, start: u.start, end: u.end, text: doc.text.slice(u.start, u.end) });
    }
    shown.push({ spelling: k, text: list[us[0]!]!.text.replace(/\s+/g, ' '), n: seen.size });
  }
  shown.sort((a, b) => b.n - a.n || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  // Named after the first entity, one of several words when there is one (a lone misspelt surname
  // first in the folder does not name the person).
  const entity = list.find((u) => u.entity !== null && u.entity.includes(' '))?.entity ?? list.find((u) => u.entity !== null)?.entity;
  const name = entity ?? shown[0]!.text;
  return { label: `name of ${name}: ${shown.map((s) => s.text).join(' · ')}`, kind: 'name', members };
}

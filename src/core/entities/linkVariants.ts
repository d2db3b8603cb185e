/**
 * Variants of one name across the folder, for the linker (link.ts): spellings, transliterations,
 * given-name diminutives and the short forms of places and organisations (the keys are variants.ts's).
 */
import type { Steps } from '../common/budget';
import type { EntityType } from '../common/types';
import { mapArray, splitOn } from '../text';
import { editDistance } from '../common/strings';
import { RANK, type FullName, type Item, type UnionFind } from './linkGraph';
import { droppablePlaceHead, foldKey, givenNameVariant, isAcronym, joinedSkeleton, nearSkeleton } from './variants';

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
 * - transliterations (equal skeletons that `nearSkeleton` accepts: "Tchaikovsky" / "Tschaikowsky",
 *   "Dana Morley" / "Dana Morely"): names of one type that no article writes side by side (two names one
 *   article writes are two things: "Austria" and "Australia", the brothers "Tomasz" and "Tadeusz");
 * - full personal names whose surnames are one and whose given names are variants (`givenNameVariant`:
 *   "Jim" / "James", "Alexis" / "Alexandros"), again never side by side in one article;
 * - a short form of a place or organisation, the leading words of exactly one longer name of its
 *   type in the folder: a place that drops a descriptive head ("Sinai" / "Sinai Peninsula"), an
 *   organisation that an article names in full and then shortly ("Acme Minerals" … "Acme").
 */
export function* linkVariants(items: readonly Item[], fullNames: ReadonlyMap<string, FullName>, uf: UnionFind): Steps<void> {
  // Checkpoints every few thousand mentions, names or buckets (common/budget.ts, `Steps`): over a
  // folder of 2,000 articles this step held the editor's extension host 0.3-1.2 s in one task. The
  // joins go into the linking's own UnionFind, which no one reads before the linking is done.
  let tick = 0;
  const nodes = new Map<string, VariantNode>();
  const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
  const votes: number[][] = [];
  for (const it of items) {
    if (++tick % 8192 === 0) yield;
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
  for (const n of nodes.values()) {
    if (++tick % 2048 === 0) yield;
    if (n.name.length < 4) continue;
    n.fold = foldKey(n.name);
    n.skeleton = joinedSkeleton(n.name);
    put('f' + n.fold, n);
    if (n.skeleton !== n.fold) put('s' + n.skeleton, n);
  }
  const tried = new Set<number>();
  const size = nodes.size;
  for (const list of buckets.values()) {
    if (++tick % 2048 === 0) yield;
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
    if (++tick % 2048 === 0) yield;
    for (const k of ['l' + joinedSkeleton(f.last), 'f' + f.first]) {
      const list = byPart.get(k);
      if (list) list.push(node);
      else byPart.set(k, [node]);
    }
  }
  for (const [key, list] of byPart) {
    if (++tick % 1024 === 0) yield;
    const sameGiven = key[0] === 'f';
    if (sameGiven && list.length > SAME_GIVEN_SPLIT) {
      yield* joinSameGivenApart(list, fullNames, uf);
      continue;
    }
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = fullNames.get(list[i]!)!;
      const b = fullNames.get(list[j]!)!;
      let join: boolean;
      if (sameGiven) {
        // The same given name and one letter swapped in a long surname ("Nevenov" / "Nemenov", not "Peston" / "Preston").
        join = a.last !== b.last && a.last.length === b.last.length && a.last.length >= 6 && a.last[0] === b.last[0] && nearOneLetter(a.last, b.last);
      } else if (a.last === b.last && (a.first === b.first || (a.first[0] === b.first[0] && Math.min(a.first.length, b.first.length) >= 4 && nearOneLetter(a.first, b.first)))) {
        // The same given name ("Harold J. Mersey"), or one letter apart with the same initial
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
  for (const short of nodes.values()) {
    if (++tick % 2048 === 0) yield;
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
/** Names sharing a given name above this many are compared within their surname's length and initial (`joinSameGivenApart`). */
const SAME_GIVEN_SPLIT = 64;

/**
 * `linkVariants`' same-given-name pairs for a large bucket (thousands of names sharing "John" in a
 * folder of many articles were compared pairwise: quadratic). Two of them join only with surnames of
 * one length and one first letter, so only those are compared; the joins are made in the order the
 * pairwise loop made them (the same groups, the same roots).
 */
function* joinSameGivenApart(list: readonly string[], fullNames: ReadonlyMap<string, FullName>, uf: UnionFind): Steps<void> {
  const byShape = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const last = fullNames.get(list[i]!)!.last;
    if (last.length < 6) continue;
    const k = `${last.length}:${last[0]}`;
    const at = byShape.get(k);
    if (at) at.push(i);
    else byShape.set(k, [i]);
  }
  const pairs: number[] = [];
  let tick = 0;
  for (const at of byShape.values()) {
    for (let x = 0; x < at.length; x++) {
      if (++tick % 256 === 0) yield;
      const a = fullNames.get(list[at[x]!]!)!;
      for (let y = x + 1; y < at.length; y++) {
        const b = fullNames.get(list[at[y]!]!)!;
        if (a.last !== b.last && nearOneLetter(a.last, b.last)) pairs.push(at[x]!, at[y]!);
      }
    }
  }
  const order: number[] = [];
  for (let p = 0; p < pairs.length; p += 2) order.push(p);
  order.sort((p, q) => pairs[p]! - pairs[q]! || pairs[p + 1]! - pairs[q + 1]!);
  for (const p of order) uf.union(list[pairs[p]!]!, list[pairs[p + 1]!]!);
}

function nearOneLetter(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}

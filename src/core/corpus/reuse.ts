/**
 * Shared passages across the whole corpus: paragraphs that several articles carry (wire copy,
 * press releases, a reprinted statement), found in time linear in the corpus.
 *
 * Each paragraph is compared with one other article only: the one most of its shingles name
 * first (each shingle votes for the first other article in its posting list, the same one for
 * every copy of the text). Within that article the paragraph holding most of those shingles is its
 * counterpart. Copies of one text thus all point at one copy, and connected paragraphs form one
 * group, without comparing every pair of copies. Identical paragraphs are recognised by the hash
 * of their words. Listing every match of one passage is `matchSpan`'s job.
 */
import { phraseHash, SHINGLE, type DocEntry, type PassageIndex } from './passages';

/** A paragraph in one article. */
export interface SharedPassageMember {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Passages carried by two or more articles. */
export interface SharedPassage {
  members: SharedPassageMember[];
  /** The same words everywhere (otherwise some copies differ in places). */
  verbatim: boolean;
}

/** Paragraphs shorter than this many words are not tracked (datelines, bylines, captions). */
const MIN_WORDS = 12;
/** Share of a paragraph's shingles that must be found in its counterpart. */
const MIN_SHARED = 0.3;

export function sharedPassages(index: PassageIndex): SharedPassage[] {
  const docs = [...index.allDocs()].sort((a, b) => a.id - b.id);
  // One node per paragraph: article id -> paragraph (pair index) -> node.
  const nodes: { doc: DocEntry; k: number; hash: number }[] = [];
  const parent: number[] = [];
  const paraNodes = new Map<number, Map<number, number>>();
  const node = (doc: DocEntry, k: number): number => {
    let m = paraNodes.get(doc.id);
    if (!m) paraNodes.set(doc.id, (m = new Map()));
    let n = m.get(k);
    if (n === undefined) {
      n = nodes.length;
      nodes.push({ doc, k, hash: phraseHash(doc.tokens.terms, doc.paragraphs[k]!, doc.paragraphs[k + 1]!) });
      parent.push(n);
      m.set(k, n);
    }
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const exact = new Map<number, number>();
  // Where each shingle is in an article: (hash, position) packed into sorted doubles, built for
  // the articles voted for (the first copies, in a corpus of copies).
  const located = new Map<number, Float64Array>();
  const locate = (doc: DocEntry): Float64Array => {
    let keys = located.get(doc.id);
    if (keys) return keys;
    const sh = doc.shingles;
    let n = 0;
    for (let i = 0; i < sh.length; i++) if (sh[i] !== 0) n++;
    keys = new Float64Array(n);
    n = 0;
    for (let i = 0; i < sh.length; i++) if (sh[i] !== 0) keys[n++] = (sh[i]! + 2147483648) * 2097152 + i;
    keys.sort();
    if (located.size >= 4096) located.clear();
    located.set(doc.id, keys);
    return keys;
  };
  /** First position of a shingle in an article, or -1. */
  const positionOf = (keys: Float64Array, hash: number): number => {
    const lo0 = (hash + 2147483648) * 2097152;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < lo0) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo]! < lo0 + 2097152 ? keys[lo]! - lo0 : -1;
  };
  /** Index (pair index) of the paragraph holding token t. */
  const paragraphOf = (doc: DocEntry, t: number): number => {
    const p = doc.paragraphs;
    let lo = 0;
    let hi = p.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[2 * mid + 1]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < p.length / 2 && p[2 * lo]! <= t ? 2 * lo : -1;
  };
  // Small tallies (a paragraph votes for few articles and paragraphs).
  const tallyIds: number[] = [];
  const tallyCounts: number[] = [];
  const tally = (id: number) => {
    const i = tallyIds.indexOf(id);
    if (i >= 0) tallyCounts[i]!++;
    else {
      tallyIds.push(id);
      tallyCounts.push(1);
    }
  };
  const best = (): [number, number] => {
    let b = -1;
    let n = 0;
    for (let i = 0; i < tallyIds.length; i++) if (tallyCounts[i]! > n || (tallyCounts[i] === n && tallyIds[i]! < b)) [b, n] = [tallyIds[i]!, tallyCounts[i]!];
    tallyIds.length = 0;
    tallyCounts.length = 0;
    return [b, n];
  };
  for (const d of docs) {
    const p = d.paragraphs;
    for (let k = 0; k < p.length; k += 2) {
      const a = p[k]!;
      const b = p[k + 1]!;
      if (b - a < MIN_WORDS || d.shingles[a] === 0) continue;
      const me = node(d, k);
      const seen = exact.get(nodes[me]!.hash);
      if (seen !== undefined) {
        union(seen, me);
        continue;
      }
      exact.set(nodes[me]!.hash, me);
      let shingles = 0;
      for (let i = a; i + SHINGLE <= b; i++) {
        const s = d.shingles[i]!;
        if (s === 0) continue;
        shingles++;
        const hub = index.firstOtherWithShingle(s, d.id);
        if (hub >= 0) tally(hub);
      }
      const need = Math.max(3, shingles * MIN_SHARED);
      const [hubId, votes] = best();
      if (hubId < 0 || votes < need) continue;
      const hub = index.docById(hubId);
      if (!hub) continue;
      // The hub's paragraph holding most of this paragraph's shingles is its counterpart.
      const keys = locate(hub);
      for (let i = a; i + SHINGLE <= b; i++) {
        const s = d.shingles[i]!;
        if (s === 0) continue;
        const at = positionOf(keys, s);
        if (at >= 0) tally(paragraphOf(hub, at));
      }
      const [hk, n] = best();
      if (hk >= 0 && n >= need) union(me, node(hub, hk));
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const out: SharedPassage[] = [];
  for (const g of groups.values()) {
    // One member per article: its longest paragraph in the group.
    const byDoc = new Map<number, { doc: DocEntry; k: number; hash: number }>();
    for (const i of g) {
      const n = nodes[i]!;
      const cur = byDoc.get(n.doc.id);
      const len = (x: { doc: DocEntry; k: number }) => x.doc.paragraphs[x.k + 1]! - x.doc.paragraphs[x.k]!;
      if (!cur || len(n) > len(cur)) byDoc.set(n.doc.id, n);
    }
    if (byDoc.size < 2) continue;
    const list = [...byDoc.values()];
    const members = list
      .map((n) => {
        const start = n.doc.tokens.starts[n.doc.paragraphs[n.k]!]!;
        const end = n.doc.tokens.ends[n.doc.paragraphs[n.k + 1]! - 1]!;
        return { doc: n.doc.path, start, end, text: n.doc.text.slice(start, end) };
      })
      .sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
    out.push({ members, verbatim: list.every((n) => n.hash === list[0]!.hash) });
  }
  return out.sort((x, y) => y.members.length - x.members.length || (x.members[0]!.doc < y.members[0]!.doc ? -1 : 1));
}

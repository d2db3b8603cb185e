/**
 * Segments: the parts of each quote that links between quotes join, and the clusters they make.
 * A link joins a region of each quote, not the whole quote, so one quote that strings two
 * utterances together ("X. Y.") belongs to both clusters, while the clusters stay apart.
 */
import type { QuoteRef } from './quoteTerms';

/** A link between the regions [a0, a1) of quote a and [b0, b1) of quote b (token ranges in each quote). */
export interface Link {
  a: number;
  a0: number;
  a1: number;
  b: number;
  b0: number;
  b1: number;
}

export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Segments: the parts of each quote that links join. Regions of one quote that overlap are one
 * segment, and so are disjoint regions unless another article quotes them apart: two different
 * quotes in two different sentences of one article, each rendering one of the regions ("low
 * point" in one sentence, "low level of trust" in the next). Then the quote strings two utterances
 * together and belongs to two clusters. Components over the links are the clusters.
 */
export class Segments {
  /** Per quote: its regions. */
  private readonly regions = new Map<number, Region[]>();
  private uf: UnionFind;

  constructor(
    links: Link[],
    private readonly refs: QuoteRef[],
  ) {
    for (const l of links) {
      this.addRegion(l.a, l.a0, l.a1, l.b);
      this.addRegion(l.b, l.b0, l.b1, l.a);
    }
    let next = 0;
    for (const [, list] of this.regions) {
      const n = list.length;
      const local = new UnionFind(n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (overlapHalf(list[i]!, list[j]!)) local.union(i, j);
      // Disjoint regions: one segment unless quoted apart. Groups of overlapping regions are
      // merged pairwise, checking every region of one against every region of the other.
      const groups = new Map<number, Region[]>();
      for (let i = 0; i < n; i++) {
        const r = local.find(i);
        const g = groups.get(r);
        if (g) g.push(list[i]!);
        else groups.set(r, [list[i]!]);
      }
      if (groups.size > 1) {
        const ids = [...groups.keys()];
        for (let x = 0; x < ids.length; x++)
          for (let y = x + 1; y < ids.length; y++) {
            const rx = local.find(ids[x]!);
            const ry = local.find(ids[y]!);
            if (rx === ry) continue;
            const gx = groups.get(rx)!;
            const gy = groups.get(ry)!;
            if (gx.some((a) => gy.some((b) => this.quotedApart(a, b)))) continue;
            local.union(rx, ry);
            groups.set(local.find(rx), [...gx, ...gy]);
          }
      }
      const seg = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const r = local.find(i);
        if (!seg.has(r)) seg.set(r, next++);
        list[i]!.segment = seg.get(r)!;
      }
    }
    this.uf = new UnionFind(next);
    for (const l of links) this.uf.union(this.segmentOf(l.a, l.a0, l.a1), this.segmentOf(l.b, l.b0, l.b1));
  }

  private quotedApart(x: Region, y: Region): boolean {
    for (const p of x.partners) {
      if (y.partners.has(p)) continue;
      const P = this.refs[p]!;
      for (const q of y.partners) {
        if (x.partners.has(q)) continue;
        const Q = this.refs[q]!;
        if (P.doc === Q.doc && P.quote.sentence >= 0 && Q.quote.sentence >= 0 && P.quote.sentence !== Q.quote.sentence) return true;
      }
    }
    return false;
  }

  private addRegion(q: number, a0: number, a1: number, partner: number): void {
    let list = this.regions.get(q);
    if (!list) this.regions.set(q, (list = []));
    const r = list.find((x) => x.a0 === a0 && x.a1 === a1);
    if (r) r.partners.add(partner);
    else list.push({ a0, a1, segment: -1, partners: new Set([partner]) });
  }

  segmentOf(q: number, a0: number, a1: number): number {
    return this.regions.get(q)!.find((r) => r.a0 === a0 && r.a1 === a1)!.segment;
  }

  /**
   * The component of the part [a0, a1) of quote q: the segment overlapping it most, else the
   * quote's only component; -1 when it has none or several.
   */
  componentAt(q: number, a0: number, a1: number): number {
    const list = this.regions.get(q);
    if (!list) return -1;
    let best = -1;
    let bestOverlap = 0;
    const comps = new Set<number>();
    for (const r of list) {
      comps.add(this.uf.find(r.segment));
      const inter = Math.min(a1, r.a1) - Math.max(a0, r.a0);
      if (inter > bestOverlap) {
        bestOverlap = inter;
        best = r.segment;
      }
    }
    if (best >= 0) return this.uf.find(best);
    return comps.size === 1 ? [...comps][0]! : -1;
  }

  /** Components: each a list of [quote, a0, a1] (one per segment). */
  components(): Map<number, [number, number, number][]> {
    const groups = new Map<number, Map<number, [number, number, number]>>();
    for (const [q, list] of this.regions) {
      for (const r of list) {
        const c = this.uf.find(r.segment);
        let g = groups.get(c);
        if (!g) groups.set(c, (g = new Map()));
        const cur = g.get(q);
        if (cur) {
          cur[1] = Math.min(cur[1], r.a0);
          cur[2] = Math.max(cur[2], r.a1);
        } else g.set(q, [q, r.a0, r.a1]);
      }
    }
    const out = new Map<number, [number, number, number][]>();
    for (const [c, g] of groups) out.set(c, [...g.values()]);
    return out;
  }
}

interface Region {
  a0: number;
  a1: number;
  segment: number;
  /** Quotes linked to this region. */
  partners: Set<number>;
}

function overlapHalf(x: Region, y: Region): boolean {
  const inter = Math.min(x.a1, y.a1) - Math.max(x.a0, y.a0);
  return inter > 0 && inter * 2 >= Math.min(x.a1 - x.a0, y.a1 - y.a0);
}

/** Regions of one quote that links may join (more are links from a text of stray marks). */
const MAX_REGIONS_PER_QUOTE = 64;

/**
 * Links, leaving out those that would give a quote more than {@link MAX_REGIONS_PER_QUOTE}
 * distinct regions (in link order): a quote of a text full of stray marks holds the words of
 * thousands of short ones, and segments compare a quote's regions pairwise.
 */
export function capRegions(links: Link[]): Link[] {
  // Most quotes have a few links: only those with more than the cap are looked at closely.
  const counts = new Map<number, number>();
  let over = false;
  for (const l of links) {
    const a = (counts.get(l.a) ?? 0) + 1;
    const b = (counts.get(l.b) ?? 0) + 1;
    counts.set(l.a, a);
    counts.set(l.b, b);
    if (a > MAX_REGIONS_PER_QUOTE || b > MAX_REGIONS_PER_QUOTE) over = true;
  }
  if (!over) return links;
  const regions = new Map<number, Set<string>>();
  const fits = (q: number, a0: number, a1: number): boolean => {
    const set = regions.get(q);
    return !set || set.size < MAX_REGIONS_PER_QUOTE || set.has(`${a0}:${a1}`);
  };
  const add = (q: number, a0: number, a1: number) => {
    let set = regions.get(q);
    if (!set) regions.set(q, (set = new Set()));
    set.add(`${a0}:${a1}`);
  };
  const out: Link[] = [];
  for (const l of links) {
    if (!fits(l.a, l.a0, l.a1) || !fits(l.b, l.b0, l.b1)) continue;
    add(l.a, l.a0, l.a1);
    add(l.b, l.b0, l.b1);
    out.push(l);
  }
  return out.length === links.length ? links : out;
}

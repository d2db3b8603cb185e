/**
 * Segments: the parts of each quote that links between quotes join, and the clusters they make.
 * A link joins a region of each quote, not the whole quote, so one quote that strings two
 * utterances together ("X. Y.") belongs to both clusters, while the clusters stay apart.
 */
import type { AlignOp, AlignScoring } from './align';
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
    for (const [q, list] of this.regions) {
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
            // Two sentences of the quote, each linked on its own: two utterances of a statement
            // quoted whole here and sentence by sentence elsewhere, whoever quotes which.
            if (apartSentences(this.refs[q]!, gx, gy)) continue;
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

/**
 * Do the disjoint regions of groups x and y of one quote lie in different sentences of it (no
 * sentence holds words of both)? Links are cut at sentence starts (`pushLink`), so a region of a
 * long link lies in one sentence.
 */
function apartSentences(q: QuoteRef, x: Region[], y: Region[]): boolean {
  const starts = sentenceStarts(q, 0, q.terms.length);
  if (starts.length === 0) return false;
  const sentenceOf = (w: number) => {
    let k = 0;
    while (k < starts.length && starts[k]! <= w) k++;
    return k;
  };
  const span = (g: Region[]): [number, number] => {
    let lo = Infinity;
    let hi = -1;
    for (const r of g) {
      lo = Math.min(lo, sentenceOf(r.a0));
      hi = Math.max(hi, sentenceOf(r.a1 - 1));
    }
    return [lo, hi];
  };
  const [xl, xh] = span(x);
  const [yl, yh] = span(y);
  return xh < yl || yh < xl;
}

/**
 * Word offsets w in (w0, w1) of a quote where a sentence of its article starts, or where an
 * ellipsis with no space after it runs into a capitalised word: an outlet marking words left out
 * between two sentences ("… we are not truly safe…And I intend to …"), which the article's
 * sentences (a terminator, then a space) do not cut.
 */
export function sentenceStarts(q: QuoteRef, w0: number, w1: number): number[] {
  const out = articleSentenceStarts(q, w0, w1);
  const { text, tokens } = q.doc;
  const t0 = q.quote.t0;
  let joined = false;
  for (let w = w0 + 1; w < w1; w++) {
    const at = tokens.starts[t0 + w]!;
    const gap = text.slice(tokens.ends[t0 + w - 1]!, at);
    if (gap.length === 0 || gap.length > 3 || !ELLIPSIS_JOIN.test(gap) || !/\p{Lu}/u.test(text[at]!)) continue;
    if (!out.includes(w)) {
      out.push(w);
      joined = true;
    }
  }
  if (joined) out.sort((x, y) => x - y);
  return out;
}

/** The text between two words that is an ellipsis with no space after it ("…", "...", "…'"). */
const ELLIPSIS_JOIN = /^(?:…|\.\.\.)$/u;

function articleSentenceStarts(q: QuoteRef, w0: number, w1: number): number[] {
  const s = q.doc.sentences;
  const t0 = q.quote.t0;
  const out: number[] = [];
  // Binary search for the first sentence starting after token t0 + w0.
  let lo = 0;
  let hi = s.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[2 * mid]! <= t0 + w0) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < s.length / 2 && s[2 * k]! < t0 + w1; k++) out.push(s[2 * k]! - t0);
  return out;
}

/** Where word w of one sequence falls in the other through an alignment's runs (`ops` over [a0, a1) of the first). */
function mapThrough(ops: readonly AlignOp[], w: number, forward: boolean): number {
  for (const o of ops) {
    const [x0, x1, y0, y1] = forward ? [o.a0, o.a1, o.b0, o.b1] : [o.b0, o.b1, o.a0, o.a1];
    if (w > x1 || (w === x1 && x1 > x0)) continue;
    if (w <= x0) return y0;
    if (o.op === 'equal') return y0 + (w - x0);
    return y0 + Math.round(((w - x0) * (y1 - y0)) / (x1 - x0));
  }
  return forward ? ops[ops.length - 1]!.b1 : ops[ops.length - 1]!.a1;
}

/**
 * Links region [a0, a1) of quote a with [b0, b1) of quote b, one link per sentence when the
 * regions hold several: a statement two outlets quote whole is one utterance per sentence, each
 * with its own cluster (and the renderings of one sentence elsewhere), not one chain of them.
 * The cuts are each quote's sentence starts, carried to the other quote by the alignment's runs
 * (`ops`, over the two regions; null when the words are the same); a piece with no word in
 * common is no link, nor, between two quotes in other words (`ops`), a piece whose words in
 * common are function words only: the sentence after a shared one ("Never be ashamed of your
 * traditions. Do not forget …" / "… of your traditions. I repeat, do not be ashamed …") is
 * another utterance when all it shares is "do not" (`scoring`: the index, which knows function words).
 */
export function pushLink(links: Link[], a: QuoteRef, a0: number, a1: number, b: QuoteRef, b0: number, b1: number, ops: readonly AlignOp[] | null, scoring?: AlignScoring): void {
  const ca = sentenceStarts(a, a0, a1);
  const cb = sentenceStarts(b, b0, b1);
  if (ca.length === 0 && cb.length === 0) {
    links.push({ a: a.id, a0, a1, b: b.id, b0, b1 });
    return;
  }
  const runs = ops ?? [{ op: 'equal' as const, a0, a1, b0, b1 }];
  const cuts: [number, number][] = [];
  for (const w of ca) cuts.push([w, mapThrough(runs, w, true)]);
  for (const w of cb) cuts.push([mapThrough(runs, w, false), w]);
  cuts.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let pa = a0;
  let pb = b0;
  const shares = (o: AlignOp, x1: number): boolean => {
    if (!ops || !scoring) return true;
    for (let w = Math.max(o.a0, pa); w < Math.min(o.a1, x1); w++) if (!scoring.isStop(a.terms[w]!)) return true;
    return false;
  };
  const piece = (x1: number, y1: number) => {
    if (x1 > pa && y1 > pb && runs.some((o) => o.op === 'equal' && o.a0 < x1 && o.a1 > pa && o.b0 < y1 && o.b1 > pb && shares(o, x1))) links.push({ a: a.id, a0: pa, a1: x1, b: b.id, b0: pb, b1: y1 });
    pa = x1;
    pb = y1;
  };
  for (const [x, y] of cuts) if (x > pa && y > pb && x < a1 && y < b1) piece(x, y);
  piece(a1, b1);
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

/**
 * Coverage: for each quote, figure and claim several articles of the folder carry, what each
 * article does with it — reports it, rewords it, omits it or disputes it — as the rows of the
 * folder's coverage matrix (items × outlets) and the statuses of the Compare Outlets panel.
 *
 * Read from what the folder-wide derivation already has, never from the texts again:
 * - a quote (a quote cluster): an article whose version is the one most of them share (the
 *   cluster's reference), or a part of it, *reports* it; one whose version differs word by word
 *   *rewords* it. An article that quotes no version, but carries the paragraph that holds it (a
 *   shared passage with the quote's words in it: the quote marks were lost, or the paragraph was
 *   copied), reports it too (rewords it when its copy of the paragraph differs). An article whose
 *   denial of a claim is set against a quote (a claim discrepancy one of whose assertions lies
 *   mostly inside the quote) *disputes* it, whatever else it does;
 * - a claim stated and disputed (a claim discrepancy with a denial): the articles that deny it
 *   dispute it, those that assert it report it;
 * - a figure, or a claim by slot conflict (two outlets fill one role with incompatible things:
 *   "north of" / "south of"): the version most articles give is reported (the first given, at a
 *   tie), the others dispute it ("gives 87 deaths");
 * - any item: an article that does none of that *omits* it.
 *
 * Nothing here knows about the editor or the outlets' names: articles are the index's keys.
 */
import type { Discrepancy, SpanRef } from '../common/analysisFormat';
import type { QuoteClusterView } from './corpusMatcher';
import { isDenial } from './detectors/claims';
import type { SharedPassage, SharedPassageMember } from './reuse';
import { normalizeWord } from './tokens';
import { changeCount } from './versions';

export type CoverageStatus = 'reports' | 'rewords' | 'omits' | 'disputes';

/** The statuses in the order a legend lists them. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['reports', 'rewords', 'disputes', 'omits'];

export interface CoverageVersion extends SpanRef {
  text: string;
}

/** What one article does with one item. */
export interface CoverageCell {
  status: CoverageStatus;
  /** The article's version (what to open); none when it omits the item. */
  version?: CoverageVersion;
  /** A few words on the cell: "3 differences", "denies it", "gives “87 deaths”", "in a copied paragraph". */
  detail: string;
}

export type CoverageKind = 'claim' | 'figure' | 'quote';

export interface CoverageRow {
  kind: CoverageKind;
  /** A quote cluster's id, or `d<n>`: the discrepancy's index in the list given. Stable within one derivation. */
  id: string;
  /** The quote's label, or the discrepancy's label as the analysis writes it. */
  label: string;
  /** The quote's speaker, when its members agree on one. */
  speaker?: string;
  /** The quote cluster or the discrepancy the row is made from. */
  cluster?: QuoteClusterView;
  discrepancy?: Discrepancy;
  /** One per article of the matrix (`CoverageMatrix.docs`), in that order. */
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  /** The articles (columns), in the order given, those that carry none of the rows left out. */
  docs: string[];
  rows: CoverageRow[];
  /** Items and articles left out past the limits. */
  rowsLeftOut: number;
  docsLeftOut: number;
}

export interface CoverageInput {
  /** The folder's articles, in the order the columns should have. */
  docs: readonly string[];
  clusters: readonly QuoteClusterView[];
  discrepancies: readonly Discrepancy[];
  /** Paragraphs several articles carry: a quote found there in an article that does not quote it. */
  passages?: readonly SharedPassage[];
  /** At most this many rows (claims, then figures, then the quotes the most articles carry). Default 200. */
  maxRows?: number;
  /** At most this many columns (the articles that carry the most rows). Default 40. */
  maxDocs?: number;
}

const MAX_ROWS = 200;
const MAX_DOCS = 40;
const KIND_ORDER: Record<CoverageKind, number> = { claim: 0, figure: 1, quote: 2 };

/** The cell of an article that omits an item (one object: cells are never changed). */
const OMITS: CoverageCell = Object.freeze({ status: 'omits', detail: '' });

/** The words only, each as the index compares words (tokens.ts normalizeWord), one space apart: how a quote's words are looked for in a paragraph. */
function words(s: string): string {
  return s
    .split(/[^\p{L}\p{N}'’‘ʼ]+/u)
    .filter(Boolean)
    .map(normalizeWord)
    .join(' ');
}

const overlaps = (a: SpanRef, b: SpanRef) => a.doc === b.doc && a.start < b.end && b.start < a.end;
/** Characters two spans share. */
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Per article, what the claims disputing a quote say against it: the denial members, by article. */
export interface QuoteDisputes {
  /** For each cluster id: article → the denial that disputes it. */
  byCluster: Map<string, Map<string, CoverageVersion>>;
}

/**
 * The claim discrepancies set against quotes: a claim discrepancy one of whose asserting members
 * lies in a member of the cluster disputes that quote in the articles that deny it.
 */
export function quoteDisputes(clusters: readonly QuoteClusterView[], discrepancies: readonly Discrepancy[]): QuoteDisputes {
  const byCluster = new Map<string, Map<string, CoverageVersion>>();
  // Each claim's members told apart once: those that deny it, those that assert it.
  const claims = discrepancies
    .filter((d) => d.kind === 'claim')
    .map((d) => ({ denials: d.members.filter((m) => isDenial(m.text)), asserted: d.members.filter((m) => !isDenial(m.text)) }))
    .filter((c) => c.denials.length > 0 && c.asserted.length > 0);
  if (!claims.length) return { byCluster };
  for (const c of clusters) {
    for (const d of claims) {
      // The claim is the quote's words: an asserting member mostly inside a version of the quote
      // (not a sentence that merely holds the quote among other things).
      if (!d.asserted.some((a) => c.members.some((m) => a.doc === m.doc && overlap(a, m.region) * 2 >= a.end - a.start))) continue;
      let map = byCluster.get(c.id);
      if (!map) byCluster.set(c.id, (map = new Map()));
      for (const m of d.denials) if (!map.has(m.doc)) map.set(m.doc, { doc: m.doc, start: m.start, end: m.end, text: m.text });
    }
  }
  return { byCluster };
}

/**
 * The shared passages by the articles that carry them, and each member's words (normalised once):
 * what `quoteCoverage` looks quotes up in. Made once per matrix.
 */
export interface PassageLookup {
  byDoc: Map<string, SharedPassage[]>;
  words: Map<SharedPassageMember, string>;
}

export function passageLookup(passages: readonly SharedPassage[]): PassageLookup {
  const byDoc = new Map<string, SharedPassage[]>();
  for (const p of passages)
    for (const doc of new Set(p.members.map((m) => m.doc))) {
      let list = byDoc.get(doc);
      if (!list) byDoc.set(doc, (list = []));
      list.push(p);
    }
  return { byDoc, words: new Map() };
}

/** What each article does with a quote (see the header). `docs`: the articles, in the cells' order. */
export function quoteCoverage(cluster: QuoteClusterView, docs: readonly string[], context: QuoteContext = {}): CoverageCell[] {
  const byDoc = quoteCells(cluster, context);
  return docs.map((d) => byDoc.get(d) ?? OMITS);
}

interface QuoteContext {
  disputes?: QuoteDisputes;
  passages?: PassageLookup;
}

/** The cells of the articles that do not omit a quote. */
function quoteCells(cluster: QuoteClusterView, context: QuoteContext): Map<string, CoverageCell> {
  const byDoc = new Map<string, CoverageCell>();
  const size = (i: number) => cluster.members[i]!.region.end - cluster.members[i]!.region.start;
  const variantOf = new Map(cluster.variants.map((v) => [v.member, v]));
  // Each article's fullest version (a caption may quote it again, shorter).
  const best = new Map<string, number>();
  cluster.members.forEach((m, i) => {
    const had = best.get(m.doc);
    if (had === undefined || size(i) > size(had)) best.set(m.doc, i);
  });
  const ref = cluster.members[cluster.reference];
  if (ref) best.set(ref.doc, cluster.reference);
  for (const [doc, i] of best) {
    const m = cluster.members[i]!;
    const version = { doc, start: m.region.start, end: m.region.end, text: m.text.slice(m.region.start - m.start, m.region.end - m.start) };
    if (i === cluster.reference) {
      byDoc.set(doc, { status: 'reports', version, detail: 'the version most outlets carry' });
      continue;
    }
    const v = variantOf.get(i);
    const n = v ? changeCount(v.ops) : 0;
    if (v && !v.same && (n > 0 || v.ops.length === 0)) {
      byDoc.set(doc, { status: 'rewords', version, detail: n ? (n === 1 ? '1 difference' : `${n} differences`) : 'worded too differently to compare word by word' });
    } else byDoc.set(doc, { status: 'reports', version, detail: v && version.text.length < (ref ? ref.region.end - ref.region.start : 0) ? 'a part of it' : 'the same words' });
  }
  // Articles that carry the paragraph that holds it without quoting it.
  const lookup = context.passages;
  if (lookup && ref) {
    const needle = words(ref.text.slice(ref.region.start - ref.start, ref.region.end - ref.start));
    if (needle.length >= 12) {
      const seen = new Set<SharedPassage>();
      for (const m of cluster.members) {
        for (const p of lookup.byDoc.get(m.doc) ?? []) {
          if (seen.has(p)) continue;
          if (!p.members.some((pm) => overlaps(pm, { doc: m.doc, start: m.region.start, end: m.region.end }))) continue;
          seen.add(p);
          for (const pm of p.members) {
            if (byDoc.has(pm.doc)) continue;
            let w = lookup.words.get(pm);
            if (w === undefined) lookup.words.set(pm, (w = words(pm.text)));
            if (!w.includes(needle)) continue;
            byDoc.set(pm.doc, { status: p.verbatim ? 'reports' : 'rewords', version: { doc: pm.doc, start: pm.start, end: pm.end, text: pm.text }, detail: p.verbatim ? 'in a copied paragraph, not as a quote' : 'in a reworked copy of the paragraph, not as a quote' });
          }
        }
      }
    }
  }
  const disputes = context.disputes?.byCluster.get(cluster.id);
  if (disputes) for (const [doc, version] of disputes) byDoc.set(doc, { status: 'disputes', version, detail: 'denies what it says' });
  return byDoc;
}

/** A figure's or a slot's version, for grouping: its numbers when it has any, else its words. */
function versionKey(text: string): string {
  const digits = text.match(/\d+(?:[.,]\d+)*/g);
  return digits ? digits.join(' ') : words(text);
}

/** What each article does with a figure or a claim (see the header). `docs`: the articles, in the cells' order. */
export function discrepancyCoverage(d: Discrepancy, docs: readonly string[]): CoverageCell[] {
  const byDoc = discrepancyCells(d);
  return docs.map((doc) => byDoc.get(doc) ?? OMITS);
}

/** The cells of the articles that do not omit a figure or a claim. */
function discrepancyCells(d: Discrepancy): Map<string, CoverageCell> {
  const byDoc = new Map<string, CoverageCell>();
  const denial = d.kind === 'claim' && d.members.some((m) => isDenial(m.text));
  if (denial) {
    for (const m of d.members) {
      const version = { doc: m.doc, start: m.start, end: m.end, text: m.text };
      if (isDenial(m.text)) byDoc.set(m.doc, { status: 'disputes', version, detail: 'denies it' });
      else if (!byDoc.has(m.doc)) byDoc.set(m.doc, { status: 'reports', version, detail: 'states it' });
    }
  } else {
    // The version the most articles give is the one reported (the first given, at a tie).
    const articlesOf = new Map<string, Set<string>>();
    for (const m of d.members) {
      const k = versionKey(m.text);
      let s = articlesOf.get(k);
      if (!s) articlesOf.set(k, (s = new Set()));
      s.add(m.doc);
    }
    let main = '';
    let most = 0;
    for (const [k, s] of articlesOf)
      if (s.size > most) {
        main = k;
        most = s.size;
      }
    for (const m of d.members) {
      if (byDoc.has(m.doc)) continue;
      const version = { doc: m.doc, start: m.start, end: m.end, text: m.text };
      const short = m.text.replace(/\s+/g, ' ').trim();
      byDoc.set(m.doc, versionKey(m.text) === main ? { status: 'reports', version, detail: `“${short}”` } : { status: 'disputes', version, detail: `gives “${short}”` });
    }
  }
  return byDoc;
}

/** A quote's speaker, when the members that name one agree. */
function speakerOf(c: QuoteClusterView): string | undefined {
  const names = new Set(c.members.map((m) => m.speaker).filter((s): s is string => !!s));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The folder's coverage matrix: a row per claim disputed or stated differently, per figure the
 * articles give differently and per quote two or more articles carry; a column per article that
 * carries any of them. Each row is worked out for the articles that carry it only (a folder of
 * two thousand articles has hundreds of rows, each carried by a few).
 */
export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  type Draft = Omit<CoverageRow, 'cells'> & { byDoc: Map<string, CoverageCell> };
  const rows: Draft[] = [];
  input.discrepancies.forEach((d, i) => {
    if (d.kind !== 'claim' && d.kind !== 'number') return;
    if (new Set(d.members.map((m) => m.doc)).size < 2) return;
    rows.push({ kind: d.kind === 'claim' ? 'claim' : 'figure', id: `d${i}`, label: d.label, discrepancy: d, byDoc: discrepancyCells(d) });
  });
  const context = { disputes: quoteDisputes(input.clusters, input.discrepancies), passages: passageLookup(input.passages ?? []) };
  for (const c of input.clusters) {
    if (new Set(c.members.map((m) => m.doc)).size < 2) continue;
    const speaker = speakerOf(c);
    rows.push({ kind: 'quote', id: c.id, label: c.label, ...(speaker ? { speaker } : {}), cluster: c, byDoc: quoteCells(c, context) });
  }
  // Claims, then figures, then the quotes the most articles carry (stable: the order found).
  const order = rows.map((r, i) => ({ r, i }));
  order.sort((a, b) => KIND_ORDER[a.r.kind] - KIND_ORDER[b.r.kind] || (a.r.kind === 'quote' ? b.r.byDoc.size - a.r.byDoc.size : 0) || a.i - b.i);
  const kept = order.slice(0, input.maxRows ?? MAX_ROWS).map((o) => o.r);
  // Columns: the articles that carry something, at most maxDocs (those that carry the most), in the order given.
  const counts = new Map<string, number>();
  for (const r of kept) for (const doc of r.byDoc.keys()) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  const position = new Map(input.docs.map((d, j) => [d, j]));
  let cols = input.docs.filter((d) => counts.has(d));
  const maxDocs = input.maxDocs ?? MAX_DOCS;
  const docsLeftOut = Math.max(0, cols.length - maxDocs);
  if (docsLeftOut) {
    const top = new Set([...cols].sort((a, b) => counts.get(b)! - counts.get(a)! || position.get(a)! - position.get(b)!).slice(0, maxDocs));
    cols = cols.filter((d) => top.has(d));
  }
  return {
    docs: cols,
    rows: kept.map(({ byDoc, ...r }) => ({ ...r, cells: cols.map((d) => byDoc.get(d) ?? OMITS) })),
    rowsLeftOut: order.length - kept.length,
    docsLeftOut,
  };
}

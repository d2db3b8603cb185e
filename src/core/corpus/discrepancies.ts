/**
 * Discrepancies: facts the articles report differently, each member pointing at its exact span.
 *
 * - number: two articles give different figures for the same thing (a death toll of 89 and of
 *   87). The same thing means the same kind of count (the noun after the figure, with killed /
 *   dead / deaths / died read as one), close values, and sentences that share other words.
 * - name: one name spelled two ways across articles (Sergei / Sergey Lavrov): `detectors/names.ts`.
 * - wording: a quote rendered in different words: the changes inside the versions of a clustered
 *   quote ("this relationship" / "this kind of relationship"), and a quote whose object another
 *   article reports differently ("an unlawful attack against Syria" / "… against Assad's forces").
 * - claim: what one article states and another reports as denied or disputed: a clause with a
 *   denial cue (denied, disputed, rejected, no proof, lack of evidence, blameless, not
 *   responsible, "no agreement was reached" …) and, in other articles, the assertive clauses on
 *   the same topic (its content words, weighted by how rare they are in the folder).
 *
 * Precision comes first: each kind asks for more than one weak signal before it reports anything.
 */
import type { Discrepancy, DiscrepancyKind } from '../common/analysisFormat';
import type { Span } from '../common/types';
import type { QuoteClusterDetail, QuoteRef } from './clusters';
import { SHINGLE, type DocEntry, type PassageIndex } from './passages';
import { numberDiscrepancies } from './detectors/numbers';
import { editDistance } from '../common/strings';
import { nameDiscrepancies } from './detectors/names';
import { ClaimState, claimDiscrepancies, slotConflicts } from './detectors/claims';
import { wordingFromClusters, wordingFromText } from './detectors/wording';
import { alignStatements, relatedPairs, StatementState } from './statements';

export type Member = Discrepancy['members'][number];

const KIND_ORDER: Record<DiscrepancyKind, number> = { number: 0, name: 1, wording: 2, claim: 3 };

/**
 * What the detectors keep between derivations of one folder, owned by its corpus object
 * (`CorpusMatcher`); what depends on one article alone is kept with the article (`DocEntry.kept`).
 */
export interface DiscrepancyState {
  claims: ClaimState;
  statements: StatementState;
}

export function newDiscrepancyState(): DiscrepancyState {
  return { claims: new ClaimState(), statements: new StatementState() };
}

/** All discrepancies of the indexed articles, given their quote clusters. */
export function computeDiscrepancies(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[], state: DiscrepancyState = newDiscrepancyState()): Discrepancy[] {
  return sortDiscrepancies(discrepancyParts(index, clusters, refs, state).flatMap((part) => part()));
}

/**
 * The kinds of discrepancies as separate steps, in the order `computeDiscrepancies` runs them, so
 * that a caller can run them in separate tasks (while the index does not change); then
 * {@link sortDiscrepancies} of all they found.
 */
export function discrepancyParts(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[], state: DiscrepancyState = newDiscrepancyState()): (() => Discrepancy[])[] {
  const related = relatedness(index, clusters);
  return [
    () => numberDiscrepancies(index, related),
    () => nameDiscrepancies(index),
    () => wordingFromClusters(index, clusters, refs),
    () => wordingFromText(index, clusters, related),
    () => claimDiscrepancies(index, related, state.claims),
    () => {
      const pairs = relatedPairs(index, related);
      return slotConflicts(index, alignStatements(index, pairs, state.statements), pairs);
    },
  ];
}

/** Members in article order; discrepancies by kind, then first member. */
export function sortDiscrepancies(out: Discrepancy[]): Discrepancy[] {
  for (const d of out) d.members.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmpMember(a.members[0]!, b.members[0]!));
}

/** Do two articles report the same story? */
export type Related = (a: DocEntry, b: DocEntry) => boolean;

/** Shared distinct shingles that make two articles one story even without a shared quote (wire copy). */
const RELATED_SHARED_TEXT = 20;

/**
 * Two articles report the same story when they quote the same utterance (a cluster with a quote
 * of four words or more in both), or share a good deal of text. Stock phrases ("the second half
 * of", "the Bank of England") join unrelated business stories; shared quotes do not.
 */
export function relatedness(index: PassageIndex, clusters: QuoteClusterDetail[]): Related {
  // Smaller id → the larger ids it quotes the same utterance as (small integers all: no
  // floating-point keys to hash).
  const pairs = new Map<number, Set<number>>();
  const add = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let s = pairs.get(lo);
    if (!s) pairs.set(lo, (s = new Set()));
    s.add(hi);
  };
  for (const c of clusters) {
    const docs = [...new Set(c.members.filter((m) => m.text.trim().split(/\s+/).length >= SHINGLE).map((m) => index.doc(m.doc)!.id))];
    if (docs.length < 2 || docs.length > 50) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) add(docs[i]!, docs[j]!);
  }
  const quoteSame = (a: number, b: number) => (a < b ? pairs.get(a)?.has(b) : pairs.get(b)?.has(a)) === true;
  return (a, b) => a === b || quoteSame(a.id, b.id) || index.sharedShingles(a, b) >= RELATED_SHARED_TEXT;
}

function cmpMember(a: Member, b: Member): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

export function member(doc: DocEntry, s: Span): Member {
  return { doc: doc.path, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

export function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»,.;:]+|[\s"'“”‘’«»,.;:]+$/gu, '');
}


/** Members without repeats (the same span twice). */
export function dedupe(members: Member[]): Member[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = `${m.doc}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Is there punctuation (not a hyphen or an apostrophe) between token a and token b? */
export function punctuationBetween(doc: DocEntry, a: number, b: number): boolean {
  if (a < 0) return true;
  const between = doc.text.slice(doc.tokens.ends[a]!, doc.tokens.starts[b]!);
  return /[,.;:!?()\u2013\u2014"“”]|\s[-\u2013\u2014]\s/u.test(between);
}

// ---------------------------------------------------------------------------------------------
// Spellings of one word (wording).

/** Two spellings of one word: a letter or two apart, not one word extending the other (Russia/Russian). */
export function spellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Short names differ by a letter and are other names (John / Joan, Iran / Iraq).
  if (x === y || x.length < 5 || y.length < 5) return false;
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const max = Math.min(x.length, y.length) >= 7 ? 2 : 1;
  return editDistance(x, y, max) <= max;
}


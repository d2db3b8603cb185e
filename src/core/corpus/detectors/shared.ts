// What the discrepancy detectors share: which articles report one story, a member of a
// discrepancy, and small text helpers. (Kept apart from discrepancies.ts, which imports the
// detectors, so that the detectors import nothing back from it.)
import type { Discrepancy } from '../../common/analysisFormat';
import type { Span } from '../../common/types';
import type { QuoteClusterDetail } from '../clusters';
import { editDistance } from '../../common/strings';
import { SHINGLE, type DocEntry, type PassageIndex } from '../passages';

export type Member = Discrepancy['members'][number];

/**
 * Articles a detector goes through between two checkpoints (common/budget.ts, `Steps`), where it
 * has them: so that the editor can derive one kind over several tasks (see `discrepancyParts`).
 */
export const DOCS_PER_STEP = 32;

/** Do two articles report the same story? */
export type Related = (a: DocEntry, b: DocEntry) => boolean;

/** A text of SHINGLE words or more: as many runs of non-blanks (tested without splitting it). */
const SHINGLE_WORDS = new RegExp(`\\S${'\\s+\\S+'.repeat(SHINGLE - 2)}\\s+\\S`);

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
    const docs = [...new Set(c.members.filter((m) => SHINGLE_WORDS.test(m.text)).map((m) => index.doc(m.doc)!.id))];
    if (docs.length < 2 || docs.length > 50) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) add(docs[i]!, docs[j]!);
  }
  const quoteSame = (a: number, b: number) => (a < b ? pairs.get(a)?.has(b) : pairs.get(b)?.has(a)) === true;
  return (a, b) => a === b || quoteSame(a.id, b.id) || index.sharedShingles(a, b) >= RELATED_SHARED_TEXT;
}

export function cmpMember(a: Member, b: Member): number {
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
  const from = doc.tokens.ends[a]!;
  const to = doc.tokens.starts[b]!;
  // Most words are a blank apart, or none (no copy, no pattern: this is asked for every word of
  // many clauses).
  if (to <= from || (to === from + 1 && doc.text.charCodeAt(from) === 32)) return false;
  const between = doc.text.slice(from, to);
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


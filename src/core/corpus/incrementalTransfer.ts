/**
 * An analysis in a compact form for another thread (the analysis worker): offsets in typed arrays
 * (transferred, not copied), every string once in a table, and what the entity linker knows about
 * each mention beyond its fields (its strength; the article's unconfirmed single names, packed after
 * its mentions). Receiving it costs one object per quote and mention, not a
 * structured clone of a million small objects on the receiving thread's event loop.
 */
import type { DocumentAnalysis } from '../common/analysisFormat';
import type { EntityMention, EntityType, Quote } from '../common/types';
import type { MentionHint, Strength } from '../common/types';

export interface PackedAnalysis {
  strings: string[];
  /** Per quote: start, end, text, speaker (string index, -1 for null), kind (0 direct, 1 partial). */
  quotes: Int32Array;
  /** Per mention (recognised, then unconfirmed): start, end, text, canonical, type, info strength (-1 none), info words, info known (-1 none). */
  mentions: Int32Array;
  /** How many of `mentions` are the article's mentions; the rest are its unconfirmed single names. */
  entityCount: number;
}

const Q = 5;
const M = 8;
const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const STRENGTHS: readonly Strength[] = ['override', 'known', 'strong', 'cue', 'weak'];

export function packAnalysis(a: DocumentAnalysis): PackedAnalysis {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const quotes = new Int32Array(a.quotes.length * Q);
  a.quotes.forEach((q, i) => {
    quotes.set([q.start, q.end, id(q.text), q.speaker === null ? -1 : id(q.speaker), q.kind === 'direct' ? 0 : 1], i * Q);
  });
  const pending = a.unconfirmed ?? [];
  const all = [...a.entities, ...pending];
  const mentions = new Int32Array(all.length * M);
  all.forEach((m, i) => {
    const info = m.hint;
    mentions.set([
      m.start, m.end, id(m.text), id(m.canonical), TYPES.indexOf(m.type),
      info ? STRENGTHS.indexOf(info.strength) : -1, info ? info.words : 0, info && info.known !== null ? id(info.known) : -1,
    ], i * M);
  });
  return { strings, quotes, mentions, entityCount: a.entities.length };
}

/** The typed arrays of a packed analysis, for `postMessage`'s transfer list. */
export function transferables(p: PackedAnalysis): ArrayBuffer[] {
  return [p.quotes.buffer as ArrayBuffer, p.mentions.buffer as ArrayBuffer];
}

/** The analysis `packAnalysis` packed, with the linker's facts about its mentions attached again. */
export function unpackAnalysis(p: PackedAnalysis): DocumentAnalysis {
  const steps = unpacking(p, Infinity);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * `unpackAnalysis` a slice at a time (`slice` quotes and mentions), awaiting `pause` between
 * slices: a 20 MB article's quarter of a million mentions never hold the receiving thread's event
 * loop for more than a few milliseconds at a time.
 */
export async function unpackAnalysisInSlices(p: PackedAnalysis, pause: () => Promise<void>, slice = 10_000): Promise<DocumentAnalysis> {
  const steps = unpacking(p, slice);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
  }
}

function* unpacking(p: PackedAnalysis, slice: number): Generator<void, DocumentAnalysis> {
  const s = p.strings;
  const quotes: Quote[] = new Array(p.quotes.length / Q);
  let budget = slice;
  for (let i = 0, k = 0; i < quotes.length; i++, k += Q) {
    const q = p.quotes;
    quotes[i] = { start: q[k]!, end: q[k + 1]!, text: s[q[k + 2]!]!, speaker: q[k + 3]! === -1 ? null : s[q[k + 3]!]!, kind: q[k + 4] === 0 ? 'direct' : 'partial' };
    if (--budget <= 0) {
      budget = slice;
      yield;
    }
  }
  const n = p.mentions.length / M;
  const entities: EntityMention[] = new Array(p.entityCount);
  const pending: EntityMention[] = new Array(n - p.entityCount);
  for (let i = 0, k = 0; i < n; i++, k += M) {
    const v = p.mentions;
    const hint: MentionHint | undefined = v[k + 5]! !== -1 ? { strength: STRENGTHS[v[k + 5]!]!, words: v[k + 6]!, known: v[k + 7]! !== -1 ? s[v[k + 7]!]! : null } : undefined;
    const m: EntityMention = hint ? { start: v[k]!, end: v[k + 1]!, text: s[v[k + 2]!]!, type: TYPES[v[k + 4]!]!, canonical: s[v[k + 3]!]!, hint } : { start: v[k]!, end: v[k + 1]!, text: s[v[k + 2]!]!, type: TYPES[v[k + 4]!]!, canonical: s[v[k + 3]!]! };
    if (i < p.entityCount) entities[i] = m;
    else pending[i - p.entityCount] = m;
    if (--budget <= 0) {
      budget = slice;
      yield;
    }
  }
  return { quotes, entities, unconfirmed: pending };
}

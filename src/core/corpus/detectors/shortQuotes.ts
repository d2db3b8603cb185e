/**
 * Wording of short quotes: one outlet quotes a phrase, another quotes it with one word changed
 * (a pirate “mother ship” / a pirate “mother vessel”). Quotes shorter than a shingle are too short
 * for the passage index and for the alignment of clustered quotes (`wordingFromClusters`, which
 * compares the longer ones), so they are compared here: two quotes of two or three words that are
 * the same words but one, a content word on both sides, in two articles of one story, by the same
 * speaker when both name one.
 *
 * Not a discrepancy: a spelling ("organise" / "organize", a letter or two), another form of one
 * word ("cold calls" / "cold calling"), a function word ("the" / "a"), a figure.
 */
import type { Discrepancy } from '../../common/analysisFormat';
import { SHINGLE, type DocEntry, type IndexedQuote, type PassageIndex } from '../passages';
import { stem } from './numberLexicon';
import { clean, dedupe, member, spellingVariant, type Member, type Related } from './shared';

/** Quotes of this many words at least and at most are short quotes. */
const MIN_WORDS = 2;
const MAX_WORDS = SHINGLE - 1;
/** A frame filled by more renderings than this is a common phrase, not one quote. */
const MAX_RENDERINGS = 8;

/** A short quote of an article. */
export interface ShortQuote {
  doc: DocEntry;
  quote: IndexedQuote;
}

interface Rendering extends ShortQuote {
  /** The word that differs (term id). */
  filler: number;
}

const isContent = (index: PassageIndex, t: number) => !index.isStop(t) && !/^\d/.test(index.vocab.term(t));

/** Is a quote short (two or three words, two of them content words, not figures)? Read once per article's quotes (wording.ts keeps them). */
export function isShortQuote(index: PassageIndex, doc: DocEntry, quote: IndexedQuote): boolean {
  const n = quote.t1 - quote.t0;
  if (n < MIN_WORDS || n > MAX_WORDS) return false;
  let content = 0;
  for (let i = quote.t0; i < quote.t1; i++) if (isContent(index, doc.tokens.terms[i]!)) content++;
  return content >= 2;
}

/** The short quotes of the folder's articles (`isShortQuote`) with one word changed, between articles of one story. */
export function wordingFromShortQuotes(index: PassageIndex, quotes: readonly ShortQuote[], related: Related): Discrepancy[] {
  // Each short quote once per content word: under its words with that one left out.
  const frames = new Map<string, Rendering[]>();
  for (const { doc, quote } of quotes) {
    const terms = doc.tokens.terms;
    for (let p = quote.t0; p < quote.t1; p++) {
      const t = terms[p]!;
      if (!isContent(index, t)) continue;
      let k = '';
      for (let i = quote.t0; i < quote.t1; i++) k += (i === p ? -1 : terms[i]!) + ',';
      let list = frames.get(k);
      if (!list) frames.set(k, (list = []));
      list.push({ doc, quote, filler: t });
    }
  }
  const out: Discrepancy[] = [];
  const reported = new Set<IndexedQuote>();
  for (const list of frames.values()) {
    if (list.length < 2 || list.length > MAX_RENDERINGS) continue;
    const fillers = new Set(list.map((r) => r.filler));
    if (fillers.size < 2 || new Set(list.map((r) => r.doc)).size < 2) continue;
    // Two renderings with different words, in two articles of one story, by one speaker.
    const pairs = list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));
    const differ = pairs.filter(([a, b]) => {
      if (a.filler === b.filler || a.doc === b.doc) return false;
      if (a.quote.speaker && b.quote.speaker && a.quote.speaker !== b.quote.speaker) return false;
      const x = index.vocab.term(a.filler);
      const y = index.vocab.term(b.filler);
      // Whether the two articles are one story last: it may count the folder's names.
      return stem(x) !== stem(y) && !spellingVariant(x, y) && related(a.doc, b.doc);
    });
    if (!differ.length) continue;
    const kept = new Set<Rendering>();
    for (const [a, b] of differ) kept.add(a).add(b);
    // The renderings with the same word as one of those join them.
    for (const r of list) if ([...kept].some((k) => k.filler === r.filler && related(k.doc, r.doc))) kept.add(r);
    const group = [...kept];
    if (group.some((r) => reported.has(r.quote))) continue;
    for (const r of group) reported.add(r.quote);
    const members: Member[] = dedupe(group.map((r) => member(r.doc, r.quote)));
    const versions = new Map<string, string>();
    for (const m of members) {
      const t = clean(m.text);
      if (!versions.has(t.toLowerCase())) versions.set(t.toLowerCase(), t);
    }
    out.push({ label: [...versions.values()].map((t) => `"${t}"`).join(' / '), kind: 'wording', members });
  }
  return out;
}

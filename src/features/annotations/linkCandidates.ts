import type { Span } from '../../core/common/types';
import type { MatchOptions, PassageMatch, SearchHit } from '../../core/corpus';
import { contentWords } from '../../core/quotes/attribution/model';
import { sentenceAt, splitSentences } from '../../core/text';
import type { IndexService } from '../indexing/indexService';

/** What candidates are looked up in: the corpus index (core's ArticleIndex), as narrow as the lookups need. */
export interface CandidateCorpus {
  paths(): readonly string[];
  textOf(key: string): string | undefined;
  search(query: string, limit?: number): SearchHit[];
  matchesAt(key: string, start: number, end: number, options?: MatchOptions): PassageMatch[];
}

/** A passage of another article that may carry the claim. */
export interface PassageCandidate {
  /** The other article's index key (URI string). */
  key: string;
  start: number;
  end: number;
  text: string;
  /** 0..1, higher is better. */
  score: number;
  /** The passage matcher's kind (verbatim, trimmed, reworded), 'same words', or 'search'. */
  how: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the claim's words that tolerates other whitespace, straight or curly quotes and case. */
function loosePattern(claim: string): RegExp | undefined {
  const words = claim.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const body = words
    .map((w) => escape(w).replace(/['‘’]/g, "['‘’]").replace(/["“”]/g, '["“”]'))
    .join('\\s+');
  return new RegExp(body, 'giu');
}

/** A sentence longer than this is a target too wide to read at a glance: it is narrowed to its clauses. */
const LONG_TARGET = 240;
/** Where a long sentence's clauses meet: a semicolon, a colon, a dash, or a comma before a conjunction. */
const CLAUSE_BREAK = /\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|although|though)\s)/gu;

/** The clauses of a sentence (trimmed spans), split at CLAUSE_BREAK. */
function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    if (m.index > from) out.push({ start: span.start + from, end: span.start + m.index });
    from = m.index + m[0].length;
  }
  if (from < body.length) out.push({ start: span.start + from, end: span.end });
  return out;
}

/** A long sentence narrowed to the clause(s) holding [start, end); a short one as it is. */
function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  if (sentence.end - sentence.start <= LONG_TARGET) return sentence;
  const parts = clauses(text, sentence).filter((c) => c.start < end && start < c.end);
  return parts.length ? { start: parts[0]!.start, end: parts[parts.length - 1]!.end } : sentence;
}

/** The run of `units` made mostly of the claim's content words, or the one with most of them. */
function bestRun(text: string, units: Span[], claim: string): Span {
  const wanted = new Set(contentWords(claim));
  const shares = units.map((u) => {
    const words = contentWords(text.slice(u.start, u.end));
    return words.length ? words.filter((w) => wanted.has(w)).length / words.length : 0;
  });
  const kept = units.filter((_, i) => shares[i]! >= 0.5);
  if (kept.length) return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
  let best = 0;
  for (let i = 1; i < units.length; i++) if (shares[i]! > shares[best]!) best = i;
  return units[best]!;
}

/**
 * The sentence-sized target in [start, end) of an article for a claim: a link lands on the words
 * that carry the claim, never a whole paragraph the passage matcher or a search found. The span is
 * widened to whole sentences, then narrowed to the run of its sentences made mostly of the claim's
 * content words (the best one when none is); a long sentence, to its clauses that do.
 */
export function sentenceSized(text: string, start: number, end: number, claim: string): Span {
  const from = sentenceAt(text, start)?.start ?? start;
  const to = sentenceAt(text, Math.max(start, end - 1))?.end ?? end;
  const sentences = splitSentences(text, Math.min(from, start), Math.max(to, end));
  const run = sentences.length <= 1 ? (sentences[0] ?? { start, end }) : bestRun(text, sentences, claim);
  // One long sentence for a shorter claim: its clauses that carry the claim.
  if (run.end - run.start <= LONG_TARGET || run.end - run.start <= 1.5 * claim.length) return run;
  const parts = clauses(text, run);
  return parts.length > 1 ? bestRun(text, parts, claim) : run;
}

/**
 * The sentences of every other article that carry what the analyst typed, best first: its very
 * words (whitespace, quote marks and case aside — "no proof" finds "saw no proof"), then the
 * sentences holding most of the terms of the articles the full-text index (MiniSearch: prefixes,
 * small typos) finds. Each is one sentence (the clause that holds them, in a long one).
 */
export function searchSentences(corpus: CandidateCorpus, homeKey: string, query: string, limit = 40): PassageCandidate[] {
  const out: PassageCandidate[] = [];
  const add = (c: PassageCandidate) => {
    if (c.key === homeKey || c.end <= c.start || out.length >= limit) return;
    if (out.some((o) => o.key === c.key && o.start < c.end && c.start < o.end)) return;
    out.push(c);
  };
  const pattern = loosePattern(query);
  if (pattern) {
    for (const key of corpus.paths()) {
      if (key === homeKey) continue;
      const text = corpus.textOf(key) ?? '';
      for (const m of text.matchAll(pattern)) {
        const sentence = sentenceAt(text, m.index) ?? { start: m.index, end: m.index + m[0].length };
        const s = clauseAround(text, sentence, m.index, m.index + m[0].length);
        add({ key, start: s.start, end: s.end, text: text.slice(s.start, s.end), score: 1, how: 'same words' });
      }
    }
  }
  const found: PassageCandidate[] = [];
  const hits = corpus.search(query, 20);
  const top = hits[0]?.score ?? 1;
  for (const h of hits) {
    if (h.path === homeKey) continue;
    const text = corpus.textOf(h.path) ?? '';
    const lower = text.toLowerCase();
    // The sentence that holds the most of the matched terms.
    let best: { start: number; end: number; n: number } | undefined;
    for (const term of h.terms) {
      const t = term.toLowerCase();
      for (let at = lower.indexOf(t), k = 0; at !== -1 && k < 50; at = lower.indexOf(t, at + 1), k++) {
        const around = sentenceAt(text, at);
        if (!around) continue;
        const s = clauseAround(text, around, at, at + t.length);
        const words = lower.slice(s.start, s.end);
        const n = h.terms.filter((t) => words.includes(t.toLowerCase())).length;
        if (!best || n > best.n) best = { ...s, n };
      }
    }
    if (best) found.push({ key: h.path, start: best.start, end: best.end, text: text.slice(best.start, best.end), score: 0.9 * (h.score / top) * (best.n / Math.max(1, h.terms.length)), how: 'search' });
  }
  for (const c of found.sort((a, b) => b.score - a.score)) add(c);
  return out;
}

/**
 * Passages of the other indexed articles that may carry a claim, best first: the corpus passage
 * matcher's matches (verbatim, trimmed or reworded) for the claim's span, and its very words
 * (whitespace, quote marks and case aside) anywhere; when neither finds anything (an orphan, a
 * claim rewritten everywhere), the best sentences of the articles a full-text search finds.
 */
export function findPassages(index: IndexService, homeKey: string, claim: string, span: { start: number; end: number } | undefined, limit = 40): PassageCandidate[] {
  return findPassagesIn(index.corpus, homeKey, claim, span, limit);
}

/** findPassages over the corpus index itself (what the unit tests call). */
export function findPassagesIn(corpus: CandidateCorpus, homeKey: string, claim: string, span: { start: number; end: number } | undefined, limit = 40): PassageCandidate[] {
  const out: PassageCandidate[] = [];
  const add = (c: PassageCandidate) => {
    if (c.key === homeKey || c.end <= c.start) return;
    if (out.some((o) => o.key === c.key && o.start < c.end && c.start < o.end)) return;
    out.push(c);
  };
  if (span) {
    try {
      for (const m of corpus.matchesAt(homeKey, span.start, span.end, { limit })) {
        // (a passage match may be a whole paragraph: the link lands on the sentences that carry the claim)
        const text = corpus.textOf(m.doc);
        const s = text === undefined ? m : sentenceSized(text, m.start, m.end, claim);
        add({ key: m.doc, start: s.start, end: s.end, text: text === undefined ? m.text : text.slice(s.start, s.end), score: m.score, how: m.kind });
      }
    } catch {
      // the span is not in the indexed text (an article being typed in): the other ways still work
    }
  }
  const pattern = loosePattern(claim);
  if (pattern) {
    for (const key of corpus.paths()) {
      if (key === homeKey) continue;
      const text = corpus.textOf(key) ?? '';
      for (const m of text.matchAll(pattern)) add({ key, start: m.index, end: m.index + m[0].length, text: m[0], score: 1, how: 'same words' });
    }
  }
  if (out.length) return out.sort((a, b) => b.score - a.score).slice(0, limit);
  return searchSentences(corpus, homeKey, claim, limit);
}

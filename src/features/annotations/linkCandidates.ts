import type { IndexService } from '../indexing/indexService';

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

/** The sentence (or line) around an offset. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

/**
 * Passages of the other indexed articles that may carry a claim, best first: the corpus passage
 * matcher's matches (verbatim, trimmed or reworded) for the claim's span, and its very words
 * (whitespace, quote marks and case aside) anywhere; when neither finds anything (an orphan, a
 * claim rewritten everywhere), the best sentences of the articles a full-text search finds.
 */
export function findPassages(index: IndexService, homeKey: string, claim: string, span: { start: number; end: number } | undefined, limit = 40): PassageCandidate[] {
  const out: PassageCandidate[] = [];
  const add = (c: PassageCandidate) => {
    if (c.key === homeKey || c.end <= c.start) return;
    if (out.some((o) => o.key === c.key && o.start < c.end && c.start < o.end)) return;
    out.push(c);
  };
  if (span) {
    try {
      for (const m of index.corpus.matchesAt(homeKey, span.start, span.end, { limit })) add({ key: m.doc, start: m.start, end: m.end, text: m.text, score: m.score, how: m.kind });
    } catch {
      // the span is not in the indexed text (an article being typed in): the other ways still work
    }
  }
  const pattern = loosePattern(claim);
  if (pattern) {
    for (const key of index.corpus.paths()) {
      if (key === homeKey) continue;
      const text = index.corpus.textOf(key) ?? '';
      for (const m of text.matchAll(pattern)) add({ key, start: m.index, end: m.index + m[0].length, text: m[0], score: 1, how: 'same words' });
    }
  }
  if (out.length) return out.sort((a, b) => b.score - a.score).slice(0, limit);
  const hits = index.corpus.search(claim, 10);
  const top = hits[0]?.score ?? 1;
  for (const h of hits) {
    if (h.path === homeKey) continue;
    const text = index.corpus.textOf(h.path) ?? '';
    const lower = text.toLowerCase();
    // The sentence that holds the most of the matched terms.
    let best: { start: number; end: number; n: number } | undefined;
    for (const term of h.terms) {
      const t = term.toLowerCase();
      for (let at = lower.indexOf(t), k = 0; at !== -1 && k < 50; at = lower.indexOf(t, at + 1), k++) {
        const s = sentenceAround(text, at);
        const sentence = lower.slice(s.start, s.end);
        const n = h.terms.filter((t) => sentence.includes(t.toLowerCase())).length;
        if (!best || n > best.n) best = { ...s, n };
      }
    }
    if (best) add({ key: h.path, start: best.start, end: best.end, text: text.slice(best.start, best.end), score: 0.9 * (h.score / top) * (best.n / Math.max(1, h.terms.length)), how: 'search' });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

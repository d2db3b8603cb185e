/**
 * Incremental analysis: what `analyzeText` returns, for text that changes a little at a time (an
 * article being edited), re-doing only the work an edit can change.
 *
 * Paragraphs are the unit. Most of the work reads one paragraph's text and nothing else, and is
 * kept per paragraph text (with offsets relative to the paragraph):
 *
 * - the text layer: boilerplate, heading, sentences (`parseParagraph`);
 * - quotation spans (`paragraphQuotes`), which also read whether the next paragraph opens with a
 *   quotation mark (kept per that mark);
 * - attribution's tokens, sentences and capitalised runs (`prepareParagraph`), which read the
 *   paragraph's quotations;
 * - entity tokens (`tokenizeParagraph`) and candidate names (`paragraphCandidates`), which also read
 *   the two tokens before the paragraph (kept per those two words).
 *
 * What depends on the whole article runs again on every call, over those kept pieces: numbering
 * the quotations (runs-on across paragraphs), the article's name table, speaker attribution (which
 * looks back over earlier sentences and borrows across quotations), entity typing and canonicals
 * (article-wide evidence, unconfirmed single names) and the analyst's added names. Those passes are
 * the cheap part (about a quarter of a full analysis), so an edit costs the edited paragraph plus
 * that quarter, and the result is identical to `analyzeText` of the new text: the kept pieces are
 * pure functions of what they are keyed by, and everything else is computed as `analyzeText` does.
 *
 * The cache holds the paragraphs of the last text analysed (and of no other), so it stays the size
 * of one article. Texts longer than `maxCachedChars` are analysed the same way without keeping
 * anything (a 20 MB file would need gigabytes of kept tokens).
 */
import type { DocumentAnalysis } from '../common/analysisFormat';
import type { Quote } from '../common/types';
import { paragraphCandidates, resolveCandidates, tokenizeParagraph, withAddedNames, type Candidate, type Token } from '../entities';
import {
  AttributionMemo, numberQuotes, opensWithQuote, paragraphQuotes, prepareParagraph, quotesOf,
  type Family, type ParagraphQuote, type PreparedParagraph,
} from '../quotes';
import type { QuoteRange } from '../quotes/tokens';
import { mapArray, parseParagraph, splitParagraphs, type Article, type Paragraph } from '../text';
import type { AnalyzeOptions } from './analyze';

export interface IncrementalOptions {
  /** Longer texts are analysed without keeping per-paragraph work (default 2,000,000 characters). */
  maxCachedChars?: number;
}

/** Hooks for long analyses (a worker thread): progress, and a checkpoint that may throw to cancel. */
export interface AnalysisControl {
  /** Called between paragraphs and passes; throw from it to abandon the analysis. */
  checkpoint?: () => void;
  /** Fraction of the work done, 0..1, now and then. */
  onProgress?: (fraction: number) => void;
}

export interface IncrementalStats {
  paragraphs: number;
  /** Paragraphs whose kept work was reused (text layer at least). */
  reused: number;
  /** Characters analysed. */
  chars: number;
  /** Whether per-paragraph work was kept for the next call. */
  cached: boolean;
  /** Sentences whose attribution was worked out again / reused (cached texts with quotations). */
  sentences: { analysed: number; reused: number };
  /** Wall time of the call's parts (for benchmarks): per-paragraph work, quotations and attribution, entities. */
  ms: { paragraphs: number; quotes: number; entities: number };
}

/** How often (in paragraphs) the checkpoint runs. */
const CHECK_EVERY = 64;

/** The work of one paragraph text, in offsets relative to the paragraph (or absolute when not cached). */
interface Entry {
  paragraph: Paragraph;
  opens: Family | null;
  /** By the next paragraph's opening mark. */
  quotes: Map<Family | null, { quotes: ParagraphQuote[]; prepared: PreparedParagraph }>;
  etoks: Token[] | undefined;
  /** By the two words before the paragraph. */
  cands: Map<string, Candidate[]>;
  /** The last placement of its tokens in an article (reused when the paragraph has not moved). */
  placedQ: { start: number; qbase: number; next: Family | null; toks: PreparedParagraph } | undefined;
  placedE: { start: number; index: number; toks: Token[] } | undefined;
}

export class IncrementalAnalyzer {
  private cache = new Map<string, Entry>();
  private memo = new AttributionMemo();
  private options: AnalyzeOptions;
  private readonly maxCachedChars: number;
  private stats_: IncrementalStats = { paragraphs: 0, reused: 0, chars: 0, cached: false, sentences: { analysed: 0, reused: 0 }, ms: { paragraphs: 0, quotes: 0, entities: 0 } };

  constructor(options: AnalyzeOptions = {}, limits: IncrementalOptions = {}) {
    this.options = options;
    this.maxCachedChars = limits.maxCachedChars ?? 2_000_000;
  }

  /** The analyst's corrections changed: kept work stays valid (they apply to the whole text on every call). */
  setOptions(options: AnalyzeOptions): void {
    this.options = options;
  }

  /** What the last call did. */
  get lastStats(): IncrementalStats {
    return this.stats_;
  }

  /** Forgets every kept paragraph. */
  clear(): void {
    this.cache = new Map();
    this.memo = new AttributionMemo();
  }

  /** The analysis of `text`: deep-equal to `analyzeText(text, options)`. */
  analyze(text: string, control: AnalysisControl = {}): DocumentAnalysis {
    const t0 = performance.now();
    const cached = text.length <= this.maxCachedChars;
    if (!cached) this.clear(); // nothing kept from a smaller version either
    const check = control.checkpoint ?? (() => undefined);
    const progress = control.onProgress ?? (() => undefined);
    const spans = splitParagraphs(text);
    const total = spans.length;
    const next = new Map<string, Entry>();
    let reused = 0;

    // 1. The text layer of every paragraph (its own text only).
    const entries: Entry[] = new Array(total);
    const paragraphs: Paragraph[] = new Array(total);
    const bodies: string[] = cached ? new Array(total) : [];
    for (let pi = 0; pi < total; pi++) {
      if (pi % CHECK_EVERY === 0) {
        check();
        progress((0.3 * pi) / total);
      }
      const [start, end] = spans[pi]!;
      let entry: Entry | undefined;
      if (cached) {
        const body = text.slice(start, end);
        bodies[pi] = body;
        entry = next.get(body) ?? this.cache.get(body);
        if (entry) reused++;
        else entry = newEntry(parseParagraph(body, 0, body.length, 0), body, 0, body.length);
        next.set(body, entry);
        paragraphs[pi] = place(entry.paragraph, start, pi);
      } else {
        entry = newEntry(parseParagraph(text, start, end, pi), text, start, end);
        paragraphs[pi] = entry.paragraph;
      }
      entries[pi] = entry;
    }
    const article: Article = { text, paragraphs };

    // 2. Quotations, attribution's preparation and entity candidates, paragraph by paragraph
    // (each reads its neighbours' opening mark, quotation count and last words).
    const perParagraphQuotes: (ParagraphQuote[] | null)[] = new Array(total);
    const prepared: (PreparedParagraph | null)[] = new Array(total);
    /** What stands for each paragraph's tokens, for kept sentence analyses. */
    const sources: (PreparedParagraph | null)[] = new Array(total);
    const tokens: Token[] = [];
    const cands: Candidate[] = [];
    let qbase = 0;
    for (let pi = 0; pi < total; pi++) {
      if (pi % CHECK_EVERY === 0) {
        check();
        progress(0.3 + (0.4 * pi) / total);
      }
      const entry = entries[pi]!;
      const p = paragraphs[pi]!;
      const local = entry.paragraph;
      // The source the entry's offsets are into: its own text when cached, else the article.
      const src = cached ? bodies[pi]! : text;
      if (!p.boilerplate) {
        const n = entries[pi + 1];
        const nextFamily = n && !n.paragraph.boilerplate ? n.opens : null;
        let q = entry.quotes.get(nextFamily);
        if (!q) {
          const quotes = paragraphQuotes(src, local.start, local.end, nextFamily);
          const ranges: QuoteRange[] = mapArray(quotes, (x, id) => ({ open: x.open, after: x.close !== -1 ? x.close + 1 : x.end, id: cached ? id : qbase + id }));
          const content = (id: number) => {
            const x = quotes[cached ? id : id - qbase]!;
            return src.slice(x.start, x.end);
          };
          q = { quotes, prepared: prepareParagraph(src, local, ranges, content) };
          entry.quotes.set(nextFamily, q);
        }
        sources[pi] = q.prepared;
        if (cached) {
          perParagraphQuotes[pi] = p.start === 0 ? q.quotes : mapArray(q.quotes, (x) => shiftQuote(x, p.start));
          const pq = entry.placedQ;
          if (pq && pq.start === p.start && pq.qbase === qbase && pq.next === nextFamily) prepared[pi] = pq.toks;
          else {
            const toks = placePrepared(q.prepared, p.start, qbase);
            entry.placedQ = { start: p.start, qbase, next: nextFamily, toks };
            prepared[pi] = toks;
          }
        } else {
          perParagraphQuotes[pi] = q.quotes;
          prepared[pi] = q.prepared;
          entry.quotes.clear();
        }
        qbase += q.quotes.length;
      } else {
        perParagraphQuotes[pi] = null;
        prepared[pi] = null;
        sources[pi] = null;
      }

      // Entities: every paragraph, boilerplate too (a copyright line names its holder).
      if (!entry.etoks) {
        const out: Token[] = [];
        tokenizeParagraph(src, local, out);
        entry.etoks = out;
      }
      const before = tokens.slice(Math.max(0, tokens.length - 2));
      const key = mapArray(before, (t) => (t.cap ? 'C' : 'c') + t.lower).join('\u0001') + '\u0002' + before.length;
      let pc = entry.cands.get(key);
      if (!pc) {
        pc = paragraphCandidates(src, entry.etoks, before);
        if (cached) entry.cands.set(key, pc);
      }
      const tbase = tokens.length;
      let placed: Token[];
      if (!cached) placed = entry.etoks;
      else if (entry.placedE && entry.placedE.start === p.start && entry.placedE.index === pi) placed = entry.placedE.toks;
      else {
        placed = mapArray(entry.etoks, (t) => ({ ...t, start: t.start + p.start, end: t.end + p.start, para: pi }));
        entry.placedE = { start: p.start, index: pi, toks: placed };
      }
      for (const t of placed) tokens.push(t);
      for (const c of pc) cands.push({ ...c, a: c.a + tbase, b: c.b + tbase });
      if (!cached) entry.etoks = undefined;
    }

    // 3. The article as a whole.
    const t1 = performance.now();
    check();
    progress(0.7);
    const raw = numberQuotes(perParagraphQuotes);
    const quotes: Quote[] = quotesOf(article, raw, prepared, cached ? { memo: this.memo, sources } : undefined);
    const t2 = performance.now();
    check();
    progress(0.85);
    const { entities, unconfirmed } = withAddedNames(article, resolveCandidates(text, tokens, cands), this.options.entityOverrides);
    progress(1);
    this.cache = cached ? next : new Map();
    const ms = { paragraphs: t1 - t0, quotes: t2 - t1, entities: performance.now() - t2 };
    this.stats_ = { paragraphs: total, reused, chars: text.length, cached, sentences: { ...this.memo.stats }, ms };
    return { quotes, entities, unconfirmed };
  }
}

function newEntry(paragraph: Paragraph, src: string, start: number, end: number): Entry {
  return {
    paragraph,
    opens: paragraph.boilerplate ? null : opensWithQuote(src, start, end),
    quotes: new Map(),
    etoks: undefined,
    cands: new Map(),
    placedQ: undefined,
    placedE: undefined,
  };
}

/** A paragraph worked out at offset 0, placed at `start` as paragraph `index`. */
function place(p: Paragraph, start: number, index: number): Paragraph {
  return {
    index,
    start: p.start + start,
    end: p.end + start,
    boilerplate: p.boilerplate,
    heading: p.heading,
    sentences: start === 0 ? p.sentences : mapArray(p.sentences, (s) => ({ start: s.start + start, end: s.end + start })),
  };
}

function shiftQuote(q: ParagraphQuote, by: number): ParagraphQuote {
  return { ...q, open: q.open + by, close: q.close === -1 ? -1 : q.close + by, start: q.start + by, end: q.end + by };
}

/** Attribution's preparation of a paragraph worked out at offset 0 with its quotations numbered from 0. */
function placePrepared(p: PreparedParagraph, start: number, qbase: number): PreparedParagraph {
  if (start === 0 && qbase === 0) return p;
  const toks = mapArray(p.toks, (t) => ({ ...t, s: t.s + start, e: t.e + start, q: t.q === -1 ? -1 : t.q + qbase }));
  return { toks, titleCase: p.titleCase, names: p.names, sentenceEnds: p.sentenceEnds, kept: p.kept };
}

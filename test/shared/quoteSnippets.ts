// Quotes and clusters of short invented snippets, for the cluster tests.
import type { Quote } from '../../src/core/common/types';
import type { QuoteClusterView } from '../../src/core/corpus';

/**
 * Quotes of a snippet: the text between curly double quotation marks, with the speaker given for
 * the document (one name, or one per quote in order).
 */
export function quotesOf(text: string, speaker: string | null | (string | null)[] = null): Quote[] {
  const out: Quote[] = [];
  let i = 0;
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index! + 1;
    const who = Array.isArray(speaker) ? (speaker[i++] ?? null) : speaker;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, speaker: who, kind: /[.,!?]$/.test(m[1]!) ? 'direct' : 'partial' });
  }
  return out;
}

/** Clusters as sorted lists of "doc:quote text". */
export function shape(clusters: QuoteClusterView[]): string[][] {
  return clusters.map((c) => c.members.map((m) => `${m.doc}:${m.text}`).sort()).sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
}

/**
 * The frame the number-discrepancy tests put their sentences in: each article names the same three
 * invented entities (a person, a place, a body) in an intro of its own and one closing line, so
 * that the articles report one story (as outlets writing their own reports of one event do)
 * without sharing sentences. Only the sentence under test differs.
 */
import type { Discrepancy } from '../../src/core/common/analysisFormat';
import type { EntityMention } from '../../src/core/common/types';
import { CorpusMatcher } from '../../src/core/corpus';
import { mentionsOf, type NumberMention } from '../../src/core/corpus/detectors/numbers';

export interface NumberStory {
  /** A corpus of these texts, each with the frame's names (or `names`) as its entities. */
  corpus(docs: Record<string, string>, names?: readonly string[]): CorpusMatcher;
  /** The sentence in the n-th article's frame. */
  story(sentence: string, n: number): string;
  /** The number discrepancies between one article per sentence (a.txt, b.txt, …), each in its frame. */
  numbers(docs: readonly string[]): Discrepancy[];
  /** The figures the detector reads in one text. */
  read(text: string): NumberMention[];
}

/** Every occurrence of each name, as a mention of itself. */
function entities(text: string, names: readonly string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const n of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, type: 'person', canonical: n });
  return out.sort((a, b) => a.start - b.start);
}

/** `intros`: one per article in turn, each naming all of `names`; `closing`: the line after the sentence. */
export function numberStory(names: readonly string[], intros: readonly string[], closing: string): NumberStory {
  const corpus = (docs: Record<string, string>, with_: readonly string[] = names) => {
    const m = new CorpusMatcher();
    for (const [p, text] of Object.entries(docs)) m.upsert(p, text, { quotes: [], entities: entities(text, with_) });
    return m;
  };
  const story = (sentence: string, n: number) => `${intros[n % intros.length]}\n\n${sentence}\n\n${closing}`;
  return {
    corpus,
    story,
    numbers: (docs) => corpus(Object.fromEntries(docs.map((d, i) => [`${String.fromCharCode(97 + i)}.txt`, story(d, i)]))).discrepancies().filter((d) => d.kind === 'number'),
    read: (text) => {
      const m = corpus({ 'a.txt': text });
      return [...mentionsOf(m.index, m.index.doc('a.txt')!)];
    },
  };
}

export const labels = (found: readonly Discrepancy[]): string[] => found.map((d) => d.label);

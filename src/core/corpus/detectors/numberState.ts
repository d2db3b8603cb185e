/**
 * What the number detector keeps with the index between derivations (detectors/numbers.ts): its
 * reading of each vocabulary term as a figure, the folder's names, and the groups found per
 * measure with the folder's figures they were found with. Split from numberMentions.ts, which
 * reads an article's figures with these.
 */
import { GLUED, NUMBER_WORDS, ORDINAL_WORDS, stem, WEEKDAYS } from './numberLexicon';
import type { NumberMention } from './numberMentions';
import { isLightVerb } from '../../text/inflection';
import type { PassageIndex } from '../passages';

/**
 * What the detector keeps with the index between derivations: its reading of each vocabulary
 * term as a figure (NaN not read yet, -1 not a number; the vocabulary only grows), each article's
 * entity names (for telling stories apart; by the entity list they were read from), and the groups
 * found per measure at the last derivation (see {@link KeptMeasure}).
 */
export interface NumberState {
  termValues: Float64Array;
  /** Whether a term can start a figure (a number, weekday, ordinal, clock word): 0 not read yet, 1 no, 2 yes. */
  termKinds: Uint8Array;
  /** Each term's stem (see {@link stem}) as a small integer, by term id: 0 not read yet, -1 none, else id + 1. */
  termStems: Int32Array;
  /** Stem → id. */
  stems: Map<string, number>;
  /** Scratch for reading a figure's words: the last figure (stamp) that saw each stem id (negative: beside it). */
  seen: Int32Array;
  stamp: number;
  kept: Map<string, KeptMeasure>;
}

/**
 * The figures of one measure compared at the last derivation, the answers `related` gave (by
 * position in the list) and the groups found (positions). The same figures (or an edited
 * article's figures with the same values and words), in the same order, with the same answers,
 * give the same groups: they are not looked for again.
 */
export interface KeptMeasure {
  list: NumberMention[];
  asked: number[];
  answers: boolean[];
  groups: number[][];
  /** The folder's figures by sentence and article when the groups were found. */
  figures: FolderFigures;
}

/**
 * The folder's figures by sentence, and each article's figures that tell one event from another
 * (its years and magnitudes), gathered once per derivation.
 */
export interface FolderFigures {
  bySentence: Map<number, NumberMention[]>;
  /** By article id. */
  signatures: Map<number, EventSignature>;
}

/** The years and magnitudes an article gives (and the two as one string). */
export interface EventSignature {
  years: Set<number>;
  magnitudes: number[];
  key: string;
}


export function stateOf(index: PassageIndex): NumberState {
  return (index.numberState ??= { termValues: new Float64Array(0), termKinds: new Uint8Array(0), termStems: new Int32Array(0), stems: new Map(), seen: new Int32Array(0), stamp: 0, kept: new Map() });
}

// ---------------------------------------------------------------------------------------------
// Each vocabulary term read once.

/**
 * The value each vocabulary term has as a figure, kept with the index (its vocabulary only grows):
 * NaN not read yet, -1 not a number.
 */
export function termValue(index: PassageIndex, term: number): number {
  const state = stateOf(index);
  let values = state.termValues;
  if (term >= values.length) {
    const grown = new Float64Array(index.vocab.size + 1024).fill(NaN);
    grown.set(values);
    state.termValues = values = grown;
  }
  let v = values[term]!;
  if (Number.isNaN(v)) {
    const w = index.vocab.term(term);
    v = -1;
    if (/^\d[\d,]*(\.\d+)?$/.test(w)) v = Number(w.replace(/,/g, ''));
    else if (w in NUMBER_WORDS && w !== 'hundred' && w !== 'dozen') v = NUMBER_WORDS[w]!;
    if (!Number.isFinite(v) || v < 0) v = -1;
    values[term] = v;
  }
  return v;
}

/** The stem id of a term for comparing statements (-1 for figures, words that start with a digit, one-letter stems and light verbs), once per term. */
export function stemOf(state: NumberState, index: PassageIndex, term: number): number {
  let ids = state.termStems;
  if (term >= ids.length) {
    const grown = new Int32Array(index.vocab.size + 1024);
    grown.set(ids);
    state.termStems = ids = grown;
  }
  let id = ids[term]!;
  if (id === 0) {
    const w = index.vocab.term(term);
    const st = termValue(index, term) >= 0 || /^\d/.test(w) ? '' : stem(w);
    if (st.length < 2 || isLightVerb(st)) id = -1;
    else {
      let known = state.stems.get(st);
      if (known === undefined) state.stems.set(st, (known = state.stems.size));
      id = known + 1;
    }
    ids[term] = id;
  }
  return id < 0 ? -1 : id - 1;
}

/** The stem id standing for a class of counted nouns (a key no word has). */
export function classStem(state: NumberState, cls: string): number {
  const key = '#' + cls;
  let id = state.stems.get(key);
  if (id === undefined) state.stems.set(key, (id = state.stems.size));
  return id;
}

/** Can this term start a figure? (Most words cannot: one look per term of the vocabulary.) */
export function canStart(state: NumberState, index: PassageIndex, term: number): boolean {
  let kinds = state.termKinds;
  if (term >= kinds.length) {
    const grown = new Uint8Array(index.vocab.size + 1024);
    grown.set(kinds);
    state.termKinds = kinds = grown;
  }
  let k = kinds[term]!;
  if (k === 0) {
    const w = index.vocab.term(term);
    const yes =
      termValue(index, term) >= 0 || WEEKDAYS.has(w) || ORDINAL_WORDS.has(w) || /^\d{1,2}(st|nd|rd|th)$/.test(w) || /^\d{1,2}(am|pm)$/.test(w) ||
      w === 'noon' || w === 'midday' || w === 'midnight' || w === 'dozen' || /^(?:us|a|c|nz|hk|au)\d/.test(w) || GLUED.test(w);
    kinds[term] = k = yes ? 2 : 1;
  }
  return k === 2;
}

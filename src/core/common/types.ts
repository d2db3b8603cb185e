/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export type QuoteKind = 'direct' | 'partial';

/** A quotation: the text strictly between its quotation marks. */
export interface Quote extends Span {
  text: string;
  /** Canonical name of whoever said it; null when the article does not say. */
  speaker: string | null;
  kind: QuoteKind;
}

export type EntityType = 'person' | 'place' | 'organization';

/** One mention of a named entity: the name only, without titles such as "Mr" or "President". */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** One name per real-world entity across the folder. */
  canonical: string;
  /**
   * What the recogniser knew about this mention, for the folder-wide linker: set on every mention an
   * article's recognition (or the analyst's added names) makes, absent on the linker's own output.
   */
  hint?: MentionHint;
}

/** How sure the recogniser is of a mention's type; the corpus linker lets stronger evidence win. */
export type Strength = 'override' | 'known' | 'strong' | 'cue' | 'weak';

export interface MentionHint {
  strength: Strength;
  /** Number of words in the name, particles included. */
  words: number;
  /** Canonical name from the gazetteer, when the name is a known one. */
  known: string | null;
}

/** A problem with one input file; the analysis goes on without it. */
export interface FileError {
  path: string;
  message: string;
}

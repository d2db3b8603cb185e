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
}

/** A problem with one input file; the analysis goes on without it. */
export interface FileError {
  path: string;
  message: string;
}

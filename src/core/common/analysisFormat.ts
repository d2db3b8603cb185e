import type { EntityMention, FileError, Quote } from './types';

/** The analysis JSON (see eval/ANALYSIS-FORMAT.md): what `crosscheck analyze --format json` prints. */
export interface AnalysisJson {
  version: 1;
  offsets: 'utf16';
  documents: Record<string, DocumentAnalysis>;
  quoteClusters: QuoteCluster[];
  discrepancies: Discrepancy[];
  /** Files that could not be analysed (unreadable, binary, not UTF-8); absent when there are none. */
  errors?: FileError[];
  /**
   * Each document's outlet, date and headline where its text gives them (core/sources) or the
   * analyst set them (.crosscheck/sources.json), by document path; absent when none is known.
   */
  sources?: Record<string, { outlet?: string; date?: string; headline?: string }>;
}

export interface DocumentAnalysis {
  quotes: Quote[];
  entities: EntityMention[];
  /**
   * An article's own analysis, before linking: the single words it could not confirm as names
   * (`extractArticleEntities`), which the folder-wide linking keeps when other articles confirm them.
   * Absent from linked analyses and from the JSON.
   */
  unconfirmed?: EntityMention[];
}

export interface SpanRef {
  doc: string;
  start: number;
  end: number;
}

export interface QuoteCluster {
  label: string;
  members: SpanRef[];
}

export type DiscrepancyKind = 'number' | 'wording' | 'name' | 'claim';

export interface Discrepancy {
  label: string;
  kind: DiscrepancyKind;
  members: (SpanRef & { text: string })[];
}

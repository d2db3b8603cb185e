import type * as vscode from 'vscode';
import type { DocumentAnalysis } from './core/common/analysisFormat';

/** Decoration layers Crosscheck draws in article editors. */
export type DecorationLayer = 'quote' | 'partialQuote' | 'person' | 'place' | 'organization' | 'sharedPassage';

/** Layers of the analyst's annotated claims: one per verdict, and 'note' for tags and notes without a verdict. */
export type AnnotationLayer = 'disputed' | 'misattributed' | 'unverified' | 'confirmed' | 'note';

/**
 * What `activate()` returns: a small read-only view of the extension's state, used by the
 * integration tests (through `vscode.extensions.getExtension('crosscheck.crosscheck').exports`)
 * and available to other extensions.
 */
export interface CrosscheckApi {
  /** Resolves when the current indexing run has finished (at once when idle). */
  whenIndexed(): Promise<void>;
  /** Workspace-relative paths ('/' separators) of the indexed articles, sorted. */
  indexedPaths(): string[];
  /** The analysis of an indexed article (quotes, entities), or undefined. */
  analysisOf(uri: vscode.Uri): DocumentAnalysis | undefined;
  /**
   * The ranges last set for a decoration layer in the visible editor of `uri` — the one in `column`
   * when given, else the first — (empty if none).
   */
  decoratedRanges(uri: vscode.Uri, layer: DecorationLayer | AnnotationLayer, column?: vscode.ViewColumn): vscode.Range[];
  /** Resolves after the decorations of every visible article editor are up to date. */
  whenDecorated(): Promise<void>;
  /** What a sidebar view shows, walked through its tree provider (collapsed nodes to `depth`). */
  viewContents(viewId: string, depth?: number): Promise<ViewNode[]>;
  /** The analysis of an article with folder-wide names (entity canonicals, speakers). */
  linkedAnalysisOf(uri: vscode.Uri): DocumentAnalysis | undefined;
  /** The analyst's annotations of an article (loading its sidecar if needed), each where it is now. */
  annotationsOf(uri: vscode.Uri): Promise<AnnotationsView>;
  /**
   * Articles renamed outside VS Code whose annotations Crosscheck offers to move along (the old
   * article is gone, the new one has exactly its text): URI strings, and how many annotations.
   */
  annotationMoveOffers(): { from: string; to: string; annotations: number }[];
  /**
   * Files matched by the article globs that are skipped (not text, too large, unreadable): the
   * workspace-relative path, why, and how many times the file was read in its present state (a
   * file known to be skipped is not read again until its size or modification time changes).
   */
  skippedFiles(): { path: string; message: string; reads: number }[];
  /** What Crosscheck's status bar item shows: its text, its tooltip's Markdown, the command a click runs. */
  statusBar(): { text: string; tooltip: string; command: string | undefined; accessibilityLabel: string };
  /** The ids of Crosscheck's views that are visible now. */
  visibleViews(): string[];
  /** How many times an article's text was analysed for an editor this session (typed in, warmed up on opening, in the analysis worker). */
  editorAnalysesOf(uri: vscode.Uri): number;
}

/** An article's sidecar and its annotations, as annotationsOf reports them. */
export interface AnnotationsView {
  /** The sidecar's URI (string), whether or not the file exists. */
  sidecar: string;
  /** 'invalid': the sidecar cannot be read or fails the schema; 'readOnly': written by a newer version. */
  status: 'ok' | 'invalid' | 'readOnly';
  /** Why, naming the file and the problem. */
  problem?: string;
  /** Changes not yet on disk. */
  pendingWrite: boolean;
  /** Recovery files written for this article (URI strings). */
  recoveryFiles: string[];
  annotations: AnnotationView[];
}

export interface AnnotationView {
  /** What the annotation commands take to name it. */
  ref: { folder: string; home: string; id: string };
  id: string;
  tags: string[];
  verdict?: string;
  note: string;
  /** The words as stored in the sidecar. */
  quote: string;
  /** How it is attached to the article's current text. */
  status: 'exact' | 'moved' | 'fuzzy' | 'orphan';
  /** Where it is now (absent for an orphan), and the words there. */
  range?: vscode.Range;
  text?: string;
  /** The claim's places in other articles. */
  appearances: { uri: string; status: 'exact' | 'moved' | 'fuzzy' | 'orphan'; range?: vscode.Range; text?: string }[];
}

/** One row of a tree view as the user sees it. */
export interface ViewNode {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  /** The tooltip's text (Markdown source), resolved as on hover. */
  tooltip?: string;
  children?: ViewNode[];
}

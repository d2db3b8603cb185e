import type * as vscode from 'vscode';
import type { DocumentAnalysis } from './core/common/analysisFormat';

/** Decoration layers Crosscheck draws in article editors. */
export type DecorationLayer = 'quote' | 'partialQuote' | 'person' | 'place' | 'organization';

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
  /** The ranges last set for a decoration layer in the visible editor of `uri` (empty if none). */
  decoratedRanges(uri: vscode.Uri, layer: DecorationLayer): vscode.Range[];
  /** Resolves after the decorations of every visible article editor are up to date. */
  whenDecorated(): Promise<void>;
  /** What a sidebar view shows, walked through its tree provider (collapsed nodes to `depth`). */
  viewContents(viewId: string, depth?: number): Promise<ViewNode[]>;
  /** The analysis of an article with folder-wide names (entity canonicals, speakers). */
  linkedAnalysisOf(uri: vscode.Uri): DocumentAnalysis | undefined;
}

/** One row of a tree view as the user sees it. */
export interface ViewNode {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children?: ViewNode[];
}

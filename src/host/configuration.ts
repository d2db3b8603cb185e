import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';
import { Disposable } from './lifecycle';

/** Crosscheck's settings, typed, with the manifest's defaults. */
export interface CrosscheckConfig {
  articlesInclude: string;
  articlesExclude: string;
  maxFileSizeBytes: number;
  decorateQuotes: boolean;
  decorateEntities: boolean;
  decorateMatches: boolean;
  /** Matches scoring below this (0..1) are not shown. */
  matchMinScore: number;
  /** How many other outlets' versions a quote's hover lists (0: none). */
  hoverQuoteVersions: number;
  /** Rows a section of the Quotes & Entities view lists before a "more" row. */
  viewsMaxItems: number;
  /** Where sidecars are kept: '' beside each article, else a folder (crosscheck.annotations.folder). */
  annotationsFolder: string;
  /** The creator written into new annotations ('' : the system user name). */
  annotationsAuthor: string;
  /** Where the editor shows the discrepancies of the article being read besides the Claims & Notes view (crosscheck.discrepancies.showInEditor). */
  discrepanciesInEditor: DiscrepanciesInEditorMode;
  /** Whose discrepancies the Problems panel lists: the articles open in editor tabs, or all (crosscheck.discrepancies.problemsScope). */
  discrepanciesProblemsScope: 'openArticles' | 'allArticles';
}

/** 'problems': Information diagnostics (Problems panel, F8); 'inlineHints': inlay hints after each member. */
export type DiscrepanciesInEditorMode = 'off' | 'problems' | 'inlineHints';
const IN_EDITOR_MODES: readonly DiscrepanciesInEditorMode[] = ['off', 'problems', 'inlineHints'];

export function readConfig(): CrosscheckConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return {
    articlesInclude: c.get<string>('articles.include', '**/*.{txt,md}') || '**/*.{txt,md}',
    articlesExclude: c.get<string>('articles.exclude', '') ?? '',
    maxFileSizeBytes: Math.max(1, c.get<number>('articles.maxFileSizeMB', 50)) * 1024 * 1024,
    decorateQuotes: c.get<boolean>('decorations.quotes', true),
    decorateEntities: c.get<boolean>('decorations.entities', true),
    decorateMatches: c.get<boolean>('decorations.matches', true),
    matchMinScore: Math.min(1, Math.max(0.3, c.get<number>('matching.minScore', 0.5))),
    hoverQuoteVersions: Math.max(0, Math.min(50, Math.floor(c.get<number>('hover.quoteVersions', 5) || 0))),
    viewsMaxItems: Math.max(1, Math.min(10_000, Math.floor(c.get<number>('views.maxItems', 200) || 200))),
    annotationsFolder: c.get<string>('annotations.folder', '') ?? '',
    annotationsAuthor: c.get<string>('annotations.author', '') ?? '',
    discrepanciesInEditor: IN_EDITOR_MODES.find((m) => m === c.get<string>('discrepancies.showInEditor', 'off')) ?? 'off',
    discrepanciesProblemsScope: c.get<string>('discrepancies.problemsScope') === 'allArticles' ? 'allArticles' : 'openArticles',
  };
}

/** A change of Crosscheck settings: the new values, and which settings changed. */
export interface ConfigurationChange {
  config: CrosscheckConfig;
  /** Did a setting under `crosscheck.<section>` change? e.g. `affects('articles')`. */
  affects(section: string): boolean;
}

/** Holds the current configuration and tells listeners when a Crosscheck setting changes. */
export class Configuration extends Disposable {
  private current = readConfig();
  private readonly changed = this.register(new vscode.EventEmitter<ConfigurationChange>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(CONFIG_SECTION)) return;
        this.current = readConfig();
        this.changed.fire({ config: this.current, affects: (section) => e.affectsConfiguration(`${CONFIG_SECTION}.${section}`) });
      }),
    );
  }

  get value(): CrosscheckConfig {
    return this.current;
  }

  async update(key: 'decorations.quotes' | 'decorations.entities' | 'decorations.matches', value: boolean): Promise<void>;
  async update(key: 'discrepancies.showInEditor', value: DiscrepanciesInEditorMode): Promise<void>;
  async update(key: string, value: unknown): Promise<void> {
    const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update(key, value, target);
  }
}

import * as vscode from 'vscode';
import type { CrosscheckApi } from './api';
import { registerAnnotationCommands } from './commands/annotations';
import { registerCompareQuote } from './commands/compareQuote';
import { registerDiscrepancyCommands } from './commands/discrepancies';
import { registerEntityCorrectionCommands } from './commands/entityCorrections';
import { registerExportCommands } from './commands/exportAnnotations';
import { registerMatchNavigation } from './commands/matchNavigation';
import { registerFilterEntities } from './commands/filterEntities';
import { registerOpenLocation } from './commands/openLocation';
import { registerOpenReport } from './commands/openReport';
import { registerReindex } from './commands/reindex';
import { registerSearch } from './commands/search';
import { registerShowLog } from './commands/showLog';
import { registerToggleDecorations } from './commands/toggleDecorations';
import { isAnnotationLayer } from './features/annotations/annotationDecorations';
import { Annotations } from './features/annotations/annotations';
import { ArticleDecorations } from './features/decorations/articleDecorations';
import { EntityCorrections } from './features/entities/entityCorrections';
import { ArticleSources } from './features/sources/articleSources';
import { ArticleLanguage } from './features/articles/articleLanguage';
import { ComparePanel } from './features/compare/comparePanel';
import { WalkthroughProgress } from './features/walkthrough/walkthroughProgress';
import { ArticleHoverProvider } from './features/hovers/articleHover';
import { CorpusDerivation } from './features/corpusDerivation';
import { DiscrepanciesInEditor } from './features/discrepancies/discrepanciesInEditor';
import { IndexService } from './features/indexing/indexService';
import { vscodeSyncHost } from './features/indexing/vscodeSyncHost';
import { StatusBar } from './features/statusBar';
import { MatchesModel } from './features/matches/matchesModel';
import { MatchesTree } from './features/matches/matchesTree';
import { QuotesEntitiesModel } from './features/views/quotesEntitiesModel';
import { QuotesEntitiesTree } from './features/views/quotesEntitiesTree';
import { articleKey, cacheRelativePaths } from './host/articles';
import { VsCodeArticleWorkspace } from './host/articleWorkspace';
import { Configuration } from './host/configuration';
import { DisposableStore } from './host/lifecycle';
import { walkTree } from './host/treeWalk';
import { Commands, Views } from './constants';

/** Builds and wires every service once; owns their disposables. */
export class Container implements vscode.Disposable {
  private readonly store = new DisposableStore();
  /** (first: emptied before the services hear that the workspace folders changed) */
  private readonly relativePaths = this.store.add(cacheRelativePaths());
  readonly log = this.store.add(vscode.window.createOutputChannel('Crosscheck', { log: true }));
  readonly config = this.store.add(new Configuration());
  /** The one owner of article texts, files and watchers. */
  readonly workspace = this.store.add(new VsCodeArticleWorkspace(this.config, this.log));
  readonly index = this.store.add(new IndexService(this.workspace, vscodeSyncHost(this.log)));
  /** Derives the quote clusters and discrepancies once changes pause; everything else reads them (core/corpus/derivation.ts). */
  readonly derivation = this.store.add(new CorpusDerivation(this.index, this.log));
  readonly matches = this.store.add(new MatchesModel(this.index, this.config));
  readonly decorations = this.store.add(new ArticleDecorations(this.index, this.config, this.matches));
  readonly quotesEntities = this.store.add(new QuotesEntitiesModel(this.index));
  readonly corrections = this.store.add(new EntityCorrections(this.index, this.log));
  /** Each article's outlet (the name the views show it by), and .crosscheck/sources.json. */
  readonly sources = this.store.add(new ArticleSources(this.index, this.log));
  /** The tree providers by view id, for the API's viewContents. */
  private readonly trees = new Map<string, vscode.TreeDataProvider<unknown> & { readonly view: vscode.TreeView<unknown> }>();
  private readonly statusBar: StatusBar;
  /** Claims and notes (sidecars, decorations, the Claims & Notes view). */
  readonly annotations: Annotations;

  constructor(context?: vscode.ExtensionContext) {
    this.statusBar = this.store.add(new StatusBar(this.index, this.derivation));
    this.trees.set(Views.matches, this.store.add(new MatchesTree(this.matches, this.index, this.sources)));
    this.trees.set(Views.entities, this.store.add(new QuotesEntitiesTree(this.quotesEntities, this.index, this.config, this.sources)));
    const hovers = new ArticleHoverProvider(this.index, this.derivation, this.quotesEntities, this.config, this.sources);
    this.store.add(vscode.languages.registerHoverProvider({ scheme: 'file' }, hovers));
    this.store.add(registerReindex(this.index));
    this.store.add(registerOpenLocation(this.index));
    this.store.add(registerSearch(this.index, this.sources));
    registerMatchNavigation(this.matches, this.index, this.sources).forEach((d) => this.store.add(d));
    registerCompareQuote(this.matches, this.index, this.sources).forEach((d) => this.store.add(d));
    this.store.add(new ComparePanel(this.index, this.sources, this.derivation));
    this.store.add(new ArticleLanguage(this.config));
    this.store.add(new WalkthroughProgress(this.index, this.config));
    this.store.add(vscode.commands.registerCommand(Commands.editSourceCorrections, () => this.sources.open()));
    registerFilterEntities(this.quotesEntities).forEach((d) => this.store.add(d));
    registerToggleDecorations(this.config).forEach((d) => this.store.add(d));
    registerEntityCorrectionCommands(this.corrections, this.quotesEntities).forEach((d) => this.store.add(d));
    this.store.add(registerShowLog(this.log));
    this.annotations = this.store.add(new Annotations(this.index, this.workspace, this.derivation, this.config, this.log, context?.workspaceState, this.sources));
    this.trees.set(Views.claims, this.annotations.claimsTree);
    const { service, claims: model } = this.annotations;
    const deps = { service, model, moves: this.annotations.moves, index: this.index, config: this.config, log: this.log, articleName: (key: string) => this.sources.labelOf(key), workspaceState: context?.workspaceState, globalState: context?.globalState };
    registerAnnotationCommands(deps).forEach((d) => this.store.add(d));
    this.store.add(registerOpenReport(this.index, this.derivation, service, this.config, this.sources));
    registerExportCommands(service, this.config, context?.workspaceState).forEach((d) => this.store.add(d));
    registerDiscrepancyCommands(this.annotations.discrepancies).forEach((d) => this.store.add(d));
    // crosscheck.discrepancies.showInEditor: Information diagnostics or inline hints at each member.
    this.store.add(new DiscrepanciesInEditor(this.index, this.derivation, this.config, this.sources));
    // The analyst's corrections first, so that the first index already has them.
    void this.index.reindex(Promise.all([this.corrections.load(), this.sources.load()]));
  }

  api(): CrosscheckApi {
    return {
      whenIndexed: () => this.index.whenIndexed(),
      indexedPaths: () => this.index.indexedPaths(),
      analysisOf: (uri) => this.index.analysisOf(uri),
      decoratedRanges: (uri, layer, column) => (isAnnotationLayer(layer) ? this.annotations.decorations.rangesFor(uri, layer) : this.decorations.rangesFor(uri, layer, column)),
      whenDecorated: async () => {
        await this.decorations.whenDecorated();
        await this.annotations.decorations.whenDecorated();
      },
      viewContents: async (viewId, depth) => {
        const provider = this.trees.get(viewId);
        return provider ? walkTree(provider, depth) : [];
      },
      linkedAnalysisOf: (uri) => this.index.linkedAnalysisOf(uri),
      annotationsOf: (uri) => this.annotations.annotationsOf(uri),
      annotationMoveOffers: () => this.annotations.moves.moveOffers(),
      skippedFiles: () => this.index.skippedFiles(),
      statusBar: () => this.statusBar.view(),
      visibleViews: () => [...this.trees].filter(([, tree]) => tree.view.visible).map(([id]) => id),
      editorAnalysesOf: (uri) => this.index.editorRuns.get(articleKey(uri)) ?? 0,
    };
  }

  /** Writes every pending sidecar change; deactivate() awaits it. Never throws. */
  flush(): Promise<void> {
    return this.annotations.flush();
  }

  dispose(): void {
    this.store.dispose();
  }
}

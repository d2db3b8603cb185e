import * as vscode from 'vscode';
import type { DecorationLayer } from '../../api';
import { Colors } from '../../constants';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { Span } from '../../core/common/types';
import type { Configuration, CrosscheckConfig } from '../../host/configuration';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';
import type { MatchesModel } from '../matches/matchesModel';

export const LAYERS: readonly DecorationLayer[] = ['sharedPassage', 'quote', 'partialQuote', 'person', 'place', 'organization'];
/** Layers drawn from the article's own analysis; the shared-passage layer follows the whole corpus. */
const OWN_LAYERS = LAYERS.filter((l) => l !== 'sharedPassage');
/** How long the shared-passage layer waits for typing and indexing to pause. */
const SHARED_DELAY_MS = 300;

const underline = (color: string): vscode.DecorationRenderOptions => ({
  borderStyle: 'none none solid none',
  borderWidth: '0 0 1.5px 0',
  borderColor: new vscode.ThemeColor(color),
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});

/** How each layer looks. Every colour is a contributed theme colour. */
const STYLES: Record<DecorationLayer, vscode.DecorationRenderOptions> = {
  quote: {
    backgroundColor: new vscode.ThemeColor(Colors.quoteBackground),
    border: '1px solid',
    borderColor: new vscode.ThemeColor(Colors.quoteBorder),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor(Colors.quoteBackground),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
  partialQuote: {
    backgroundColor: new vscode.ThemeColor(Colors.partialQuoteBackground),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor(Colors.partialQuoteBorder),
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
  sharedPassage: {
    backgroundColor: new vscode.ThemeColor(Colors.sharedPassageBackground),
    overviewRulerColor: new vscode.ThemeColor(Colors.sharedPassageBackground),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
  person: underline(Colors.personUnderline),
  place: underline(Colors.placeUnderline),
  organization: underline(Colors.organizationUnderline),
};

/** Which analysis spans go to which layer. */
function spansByLayer(a: DocumentAnalysis): Record<DecorationLayer, Span[]> {
  const out: Record<DecorationLayer, Span[]> = { sharedPassage: [], quote: [], partialQuote: [], person: [], place: [], organization: [] };
  for (const q of a.quotes) out[q.kind === 'direct' ? 'quote' : 'partialQuote'].push(q);
  for (const e of a.entities) out[e.type].push(e);
  return out;
}

function layerEnabled(layer: DecorationLayer, c: CrosscheckConfig): boolean {
  if (layer === 'sharedPassage') return c.decorateMatches;
  return layer === 'quote' || layer === 'partialQuote' ? c.decorateQuotes : c.decorateEntities;
}

/**
 * Draws Crosscheck's layers in the visible article editors. Decoration types are created once
 * (again only when settings change); only visible editors are decorated; the analysis follows
 * edits through the index service, which debounces typing.
 */
export class ArticleDecorations extends Disposable {
  private types = this.createTypes();
  /** What was last set per document URI, for the test API and to skip redundant work. */
  private readonly applied = new Map<string, { version: number; analysis: DocumentAnalysis | undefined; ranges: Record<DecorationLayer, vscode.Range[]> }>();
  private readonly own = new Coalescer(() => this.decorateVisible());
  /** The shared-passage layer waits for a pause: it depends on every article, not only this one. */
  private readonly shared = new Coalescer(() => this.decorateShared(), SHARED_DELAY_MS);
  /** Corpus version the shared-passage layer was last drawn for, per document URI. */
  private readonly sharedApplied = new Map<string, number>();
  private sharedScheduledFor = -1;

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
    private readonly matches?: MatchesModel,
  ) {
    super();
    this.register(this.own);
    this.register(this.shared);
    this.register({ dispose: () => this.disposeTypes() });
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()));
    this.register(index.onDidChange(() => this.schedule()));
    this.register(
      config.onDidChange((e) => {
        if (!e.affects('decorations') && !e.affects('matching')) return;
        this.applied.clear();
        this.sharedApplied.clear();
        this.schedule();
      }),
    );
    this.schedule();
  }

  /** Ranges last set for a layer in the editor showing `uri`. */
  rangesFor(uri: vscode.Uri, layer: DecorationLayer): vscode.Range[] {
    return this.applied.get(uri.toString())?.ranges[layer] ?? [];
  }

  /** Resolves once every visible article editor shows decorations for its current text. */
  async whenDecorated(): Promise<void> {
    for (let i = 0; i < 250; i++) {
      await this.own.whenIdle();
      await this.shared.whenIdle();
      if (!vscode.window.visibleTextEditors.some((e) => this.isStale(e))) return;
      this.schedule();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private createTypes(): Record<DecorationLayer, vscode.TextEditorDecorationType> {
    const out = {} as Record<DecorationLayer, vscode.TextEditorDecorationType>;
    for (const layer of LAYERS) out[layer] = vscode.window.createTextEditorDecorationType(STYLES[layer]);
    return out;
  }

  private isStale(editor: vscode.TextEditor): boolean {
    const doc = editor.document;
    if (this.index.hasPendingEdit(doc.uri)) return true;
    if (!this.index.analysisOf(doc.uri)) return false; // not an article, or not indexed yet
    if (this.applied.get(doc.uri.toString())?.version !== doc.version) return true;
    return !!this.matches && this.sharedApplied.get(doc.uri.toString()) !== this.index.index.version;
  }

  private schedule(): void {
    this.own.schedule();
  }

  private decorateVisible(): void {
    const cfg = this.config.value;
    const visible = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const key = doc.uri.toString();
      visible.add(key);
      if (this.index.hasPendingEdit(doc.uri)) continue; // keep the old decorations until typing pauses
      const analysis = this.index.analyzeDocument(doc);
      const before = this.applied.get(key);
      if (before && before.version === doc.version && before.analysis === analysis) continue;
      if (!analysis) {
        if (before) for (const layer of LAYERS) editor.setDecorations(this.types[layer], []);
        this.applied.delete(key);
        continue;
      }
      const spans = spansByLayer(analysis);
      const ranges = { sharedPassage: before?.ranges.sharedPassage ?? [] } as Record<DecorationLayer, vscode.Range[]>;
      for (const layer of OWN_LAYERS) {
        ranges[layer] = layerEnabled(layer, cfg) ? spans[layer].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))) : [];
        editor.setDecorations(this.types[layer], ranges[layer]);
      }
      this.applied.set(key, { version: doc.version, analysis, ranges });
    }
    for (const key of [...this.applied.keys()]) if (!visible.has(key)) this.applied.delete(key);
    for (const key of [...this.sharedApplied.keys()]) if (!visible.has(key)) this.sharedApplied.delete(key);
    this.scheduleShared();
  }

  /**
   * Draws the shared-passage layer once typing and indexing pause (it costs a match of the whole
   * article). The pause restarts only when the corpus changed since it was scheduled.
   */
  private scheduleShared(): void {
    if (!this.matches) return;
    const version = this.index.index.version;
    if (this.shared.scheduled && this.sharedScheduledFor === version) return;
    this.sharedScheduledFor = version;
    this.shared.schedule(true);
  }

  private decorateShared(): void {
    const version = this.index.index.version;
    const enabled = this.config.value.decorateMatches;
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const key = doc.uri.toString();
      const applied = this.applied.get(key);
      if (!applied || applied.version !== doc.version || this.sharedApplied.get(key) === version) continue;
      const ranges = enabled
        ? this.matches!.sharedPassages(key).map((p) => new vscode.Range(doc.positionAt(p.source.start), doc.positionAt(p.source.end)))
        : [];
      editor.setDecorations(this.types.sharedPassage, ranges);
      applied.ranges.sharedPassage = ranges;
      this.sharedApplied.set(key, version);
    }
  }

  private disposeTypes(): void {
    for (const layer of LAYERS) this.types[layer].dispose();
  }
}

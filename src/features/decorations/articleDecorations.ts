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
    // High-contrast themes shade nothing: there the passage is underlined instead (transparent elsewhere).
    borderStyle: 'dotted',
    borderWidth: '0 0 2px 0',
    borderColor: new vscode.ThemeColor(Colors.sharedPassageBorder),
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
 * Above this many decorations in one article, only those near the visible lines are drawn (and
 * drawn again as the editor scrolls): setting a quarter of a million ranges — a 20 MB article —
 * holds the extension host and the renderer for about a second, and nobody sees more than a screen.
 */
export const WINDOWED_ABOVE = 10_000;
/** How many lines beyond the visible ones a windowed editor is drawn, at least. */
const WINDOW_MARGIN_LINES = 300;

/** The lines a windowed editor was drawn for: [first, last], and how far it may scroll before a redraw. */
interface DrawnWindow {
  first: number;
  last: number;
  margin: number;
}

interface Applied {
  version: number;
  analysis: DocumentAnalysis | undefined;
  ranges: Record<DecorationLayer, vscode.Range[]>;
  /** Set when only part of the article is drawn. */
  window?: DrawnWindow;
  /** Corpus version the shared-passage layer was last drawn for. */
  sharedVersion?: number;
}

/** The lines to draw in a windowed editor: the visible ones and a margin of a few screens. */
function windowFor(editor: vscode.TextEditor): DrawnWindow {
  const visible = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(editor.selection.active, editor.selection.active)];
  const top = Math.min(...visible.map((r) => r.start.line));
  const bottom = Math.max(...visible.map((r) => r.end.line));
  const margin = Math.max(WINDOW_MARGIN_LINES, 3 * (bottom - top + 1));
  return { first: Math.max(0, top - margin), last: Math.min(editor.document.lineCount - 1, bottom + margin), margin };
}

/** Do the visible lines stay well inside the drawn window (at least a third of its margin from its ends)? */
function coversVisible(w: DrawnWindow, editor: vscode.TextEditor): boolean {
  const keep = Math.floor(w.margin / 3);
  const lastLine = editor.document.lineCount - 1;
  return editor.visibleRanges.every(
    (r) => (w.first === 0 || r.start.line >= w.first + keep) && (w.last >= lastLine || r.end.line <= w.last - keep),
  );
}

/** The text offsets of a drawn window's lines. */
function windowOffsets(doc: vscode.TextDocument, w: DrawnWindow): { start: number; end: number } {
  return { start: doc.offsetAt(new vscode.Position(w.first, 0)), end: doc.offsetAt(doc.lineAt(w.last).range.end) };
}

/** Spans converted to ranges; with a window, only the spans that overlap it. */
function toRanges(doc: vscode.TextDocument, spans: readonly Span[], window: { start: number; end: number } | undefined): vscode.Range[] {
  const out: vscode.Range[] = [];
  for (const s of spans) {
    if (window && (s.end < window.start || s.start > window.end)) continue;
    out.push(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
  }
  return out;
}

/**
 * Draws Crosscheck's layers in the visible article editors. Decoration types are created once:
 * their colours are theme colours, so a theme or a colour customisation needs no new types (a
 * change of settings only redraws); only visible editors are decorated, and in a very large
 * article only the lines near the visible ones; the analysis follows edits through the index
 * service, which debounces typing.
 */
export class ArticleDecorations extends Disposable {
  private readonly types = this.createTypes();
  /** What was last set per visible editor (two editors may show one document), for the test API and to skip redundant work. */
  private readonly applied = new Map<vscode.TextEditor, Applied>();
  private readonly own = new Coalescer(() => this.decorateVisible());
  /** The shared-passage layer waits for a pause: it depends on every article, not only this one. */
  private readonly shared = new Coalescer(() => this.decorateShared(), SHARED_DELAY_MS);
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
    this.register(
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const w = this.applied.get(e.textEditor)?.window;
        if (w && !coversVisible(w, e.textEditor)) this.schedule();
      }),
    );
    this.register(index.onDidChange(() => this.schedule()));
    this.register(
      config.onDidChange((e) => {
        if (!e.affects('decorations') && !e.affects('matching')) return;
        this.applied.clear();
        this.schedule();
      }),
    );
    this.schedule();
  }

  /** Ranges last set for a layer in the visible editor showing `uri` (in `column`, if given). */
  rangesFor(uri: vscode.Uri, layer: DecorationLayer, column?: vscode.ViewColumn): vscode.Range[] {
    const key = uri.toString();
    const editor = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === key && this.applied.has(e) && (column === undefined || e.viewColumn === column),
    );
    return (editor && this.applied.get(editor)?.ranges[layer]) ?? [];
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
    const applied = this.applied.get(editor);
    if (applied?.version !== doc.version || (applied.window && !coversVisible(applied.window, editor))) return true;
    return !!this.matches && applied.sharedVersion !== this.index.corpus.version;
  }

  private schedule(): void {
    this.own.schedule();
  }

  private decorateVisible(): void {
    const cfg = this.config.value;
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of visible) {
      const doc = editor.document;
      if (this.index.hasPendingEdit(doc.uri)) continue; // keep the old decorations until typing pauses
      const analysis = this.index.analyzeDocument(doc);
      const before = this.applied.get(editor);
      if (before && before.version === doc.version && before.analysis === analysis && (!before.window || coversVisible(before.window, editor))) continue;
      if (!analysis) {
        if (before) for (const layer of LAYERS) editor.setDecorations(this.types[layer], []);
        this.applied.delete(editor);
        continue;
      }
      const spans = spansByLayer(analysis);
      const count = OWN_LAYERS.reduce((n, l) => n + (layerEnabled(l, cfg) ? spans[l].length : 0), 0);
      const window = count > WINDOWED_ABOVE ? windowFor(editor) : undefined;
      const offsets = window && windowOffsets(doc, window);
      // A windowed editor keeps its shared passages until they are drawn for the new window.
      const ranges = { sharedPassage: before?.ranges.sharedPassage ?? [] } as Record<DecorationLayer, vscode.Range[]>;
      for (const layer of OWN_LAYERS) {
        ranges[layer] = layerEnabled(layer, cfg) ? toRanges(doc, spans[layer], offsets) : [];
        editor.setDecorations(this.types[layer], ranges[layer]);
      }
      this.applied.set(editor, { version: doc.version, analysis, ranges, window, sharedVersion: window ? undefined : before?.sharedVersion });
    }
    for (const editor of [...this.applied.keys()]) if (!visible.has(editor)) this.applied.delete(editor);
    this.scheduleShared();
  }

  /**
   * Draws the shared-passage layer once typing and indexing pause and the matches model has worked
   * the passages out (a match of the whole article, a slice at a time). The pause restarts only when
   * the corpus changed since it was scheduled.
   */
  private scheduleShared(): void {
    if (!this.matches) return;
    const version = this.index.corpus.version;
    if (this.shared.scheduled && this.sharedScheduledFor === version) return;
    this.sharedScheduledFor = version;
    this.shared.schedule(true);
  }

  private decorateShared(): void {
    const version = this.index.corpus.version;
    const enabled = this.config.value.decorateMatches;
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const applied = this.applied.get(editor);
      if (!applied || applied.version !== doc.version || applied.sharedVersion === version) continue;
      // (worked out a slice at a time by the matches model: drawn once at hand)
      const passages = enabled ? this.matches!.sharedAtHand(doc.uri.toString()) : [];
      if (!passages) {
        void this.matches!.whenShared(doc.uri.toString()).then(() => this.scheduleShared());
        continue;
      }
      const offsets = applied.window && windowOffsets(doc, applied.window);
      const ranges = toRanges(doc, passages.map((p) => p.source), offsets);
      editor.setDecorations(this.types.sharedPassage, ranges);
      applied.ranges.sharedPassage = ranges;
      applied.sharedVersion = version;
    }
  }

  private disposeTypes(): void {
    for (const layer of LAYERS) this.types[layer].dispose();
  }
}

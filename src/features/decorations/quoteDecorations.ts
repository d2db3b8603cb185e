import * as vscode from 'vscode';
import type { DecorationLayer } from '../../api';
import { Colors } from '../../constants';
import type { Quote } from '../../core/common/types';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

/** Decoration types, created once and re-created only when settings change. */
function createTypes(): Record<DecorationLayer, vscode.TextEditorDecorationType> {
  return {
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(Colors.quoteBackground),
      border: '1px solid',
      borderColor: new vscode.ThemeColor(Colors.quoteBorder),
      borderRadius: '2px',
      overviewRulerColor: new vscode.ThemeColor(Colors.quoteBackground),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    partialQuote: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(Colors.partialQuoteBackground),
      border: '1px dashed',
      borderColor: new vscode.ThemeColor(Colors.quoteBorder),
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

const LAYERS: DecorationLayer[] = ['quote', 'partialQuote'];

/**
 * Highlights quotations in the visible article editors. Only visible editors are decorated; the
 * analysis follows edits through the index service (which debounces typing).
 */
export class QuoteDecorations extends Disposable {
  private types = createTypes();
  /** What was last set per editor, by document URI, for the test API. */
  private readonly applied = new Map<string, { version: number; ranges: Record<DecorationLayer, vscode.Range[]> }>();
  private scheduled: ReturnType<typeof setTimeout> | undefined;
  private flushed: Promise<void> = Promise.resolve();
  private resolveFlush: (() => void) | undefined;

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
  ) {
    super();
    this.register({ dispose: () => this.disposeTypes() });
    this.register({ dispose: () => clearTimeout(this.scheduled) });
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()));
    this.register(index.onDidChange(() => this.schedule()));
    this.register(
      config.onDidChange(() => {
        this.disposeTypes();
        this.types = createTypes();
        this.applied.clear();
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
    for (let i = 0; i < 100; i++) {
      await this.flushed;
      const stale = vscode.window.visibleTextEditors.some((e) => this.isStale(e));
      if (!stale) return;
      this.schedule();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private isStale(editor: vscode.TextEditor): boolean {
    const doc = editor.document;
    if (this.index.hasPendingEdit(doc.uri)) return true;
    if (!this.config.value.decorateQuotes) return false;
    const a = this.index.analysisOf(doc.uri);
    if (!a) return false; // not an article, or not indexed yet
    return this.applied.get(doc.uri.toString())?.version !== doc.version;
  }

  private schedule(): void {
    if (this.scheduled) return;
    if (!this.resolveFlush) this.flushed = new Promise((r) => (this.resolveFlush = r));
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      try {
        this.decorateVisible();
      } finally {
        const resolve = this.resolveFlush;
        this.resolveFlush = undefined;
        resolve?.();
      }
    }, 0);
  }

  private decorateVisible(): void {
    const enabled = this.config.value.decorateQuotes;
    const visible = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const key = doc.uri.toString();
      visible.add(key);
      const analysis = enabled && !this.index.hasPendingEdit(doc.uri) ? this.index.analyzeDocument(doc) : undefined;
      if (!analysis) {
        if (!enabled && this.applied.has(key)) {
          for (const layer of LAYERS) editor.setDecorations(this.types[layer], []);
          this.applied.delete(key);
        }
        continue;
      }
      const options: Record<DecorationLayer, vscode.DecorationOptions[]> = { quote: [], partialQuote: [] };
      for (const q of analysis.quotes) {
        const range = new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end));
        options[q.kind === 'direct' ? 'quote' : 'partialQuote'].push({ range, hoverMessage: quoteHover(q) });
      }
      for (const layer of LAYERS) editor.setDecorations(this.types[layer], options[layer]);
      this.applied.set(key, {
        version: doc.version,
        ranges: { quote: options.quote.map((o) => o.range), partialQuote: options.partialQuote.map((o) => o.range) },
      });
    }
    for (const key of [...this.applied.keys()]) if (!visible.has(key)) this.applied.delete(key);
  }

  private disposeTypes(): void {
    for (const layer of LAYERS) this.types[layer].dispose();
  }
}

function quoteHover(q: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  const kind = q.kind === 'direct' ? 'Quotation' : 'Partial quotation';
  md.appendMarkdown(`$(quote) **${kind}** — `);
  if (q.speaker) md.appendMarkdown('said by **').appendText(q.speaker).appendMarkdown('**');
  else md.appendMarkdown('_speaker not named in this article_');
  return md;
}

import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { oneLine, plural, truncate } from '../../core/common/strings';
import { changeCount, versionSegments, type QuoteVariant } from '../../core/corpus';
import { quotePlace } from '../../commands/compareQuote';
import { Disposable } from '../../host/lifecycle';
import type { DiscrepancyItem } from '../discrepancies/discrepanciesModel';
import type { IndexService } from '../indexing/indexService';
import type { ArticleSources } from '../sources/articleSources';
import { compareHtml, type CompareColumn, type CompareModel } from './compareView';

/** How many outlets that do not carry a quote are named under the columns. */
const ABSENT_SHOWN = 12;

/**
 * Compare Outlets: a webview panel beside the editor with a column per outlet and the version of a
 * quote (the one at the cursor, or at a hover's link) or of a discrepancy (from Claims & Notes)
 * each carries, wrapped, the differences against the first column marked. One panel, reused: a new
 * comparison replaces the last. The page runs one nonce'd script under a strict content security
 * policy, loads nothing, and can only ask to open a column's article (by its index in the model).
 */
export class ComparePanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private model: CompareModel | undefined;
  /** The editor group the comparison was asked from: a column's article opens there, the panel stays in view. */
  private sourceColumn = vscode.ViewColumn.One;

  constructor(
    private readonly index: IndexService,
    private readonly sources: ArticleSources,
  ) {
    super();
    this.register(vscode.commands.registerCommand(Commands.compareOutlets, (arg?: unknown) => this.compare(arg)));
    this.register({ dispose: () => this.panel?.dispose() });
  }

  /**
   * `arg`: a discrepancy row of Claims & Notes ({ kind: 'discrepancy', item }), a quote place
   * ({ uri, offset }: a hover's link), or nothing / a Matches row (the quote at the cursor).
   */
  async compare(arg?: unknown): Promise<CompareModel | undefined> {
    const item = (arg as { kind?: unknown; item?: DiscrepancyItem } | undefined)?.kind === 'discrepancy' ? (arg as { item: DiscrepancyItem }).item : undefined;
    const model = item ? this.discrepancyModel(item) : this.quoteModel(arg && typeof arg === 'object' && 'uri' in arg ? arg : undefined);
    if (!model) return undefined;
    const from = vscode.window.activeTextEditor?.viewColumn;
    if (from !== undefined && from !== this.panel?.viewColumn) this.sourceColumn = from;
    this.show(model);
    return model;
  }

  private quoteModel(at: unknown): CompareModel | undefined {
    const place = quotePlace(at, this.index);
    if (!place) {
      void vscode.window.showInformationMessage('Place the cursor in a quotation of an article to compare how the outlets carry it.');
      return undefined;
    }
    const { key, offset } = place;
    const corpus = this.index.corpus;
    const clusters = corpus.clustersAt(key, offset);
    const text = (doc: string) => corpus.textOf(doc) ?? '';
    for (const cluster of clusters) {
      const mineAt = cluster.members.findIndex((m) => m.doc === key && m.region.start <= offset && offset <= m.region.end);
      const mine = mineAt >= 0 ? mineAt : cluster.members.findIndex((m) => m.doc === key && m.start <= offset && offset <= m.end);
      if (mine < 0) continue;
      const me = cluster.members[mine]!;
      const columns: CompareColumn[] = [this.column(key, me.region.start, me.region.end, 'this article', [{ kind: 'same', text: text(key).slice(me.region.start, me.region.end) }])];
      // One column per other article: its fullest version (a caption may quote it again, shorter).
      const byDoc = new Map<string, QuoteVariant>();
      const size = (v: QuoteVariant) => cluster.members[v.member]!.region.end - cluster.members[v.member]!.region.start;
      for (const v of corpus.versionsAgainst(cluster, mine)) {
        const doc = cluster.members[v.member]!.doc;
        if (doc === key) continue;
        const had = byDoc.get(doc);
        if (!had || size(v) > size(had)) byDoc.set(doc, v);
      }
      const others = [...byDoc].map(([doc, v]) => {
        const r = cluster.members[v.member]!.region;
        const n = changeCount(v.ops);
        const status = n ? plural(n, 'difference') : v.ops.length ? 'same words' : 'worded too differently to compare word by word';
        return { n, col: this.column(doc, r.start, r.end, status, versionSegments(v.ops, text(doc).slice(r.start, r.end), r.start)) };
      });
      others.sort((a, b) => b.n - a.n || a.col.outlet.localeCompare(b.col.outlet));
      columns.push(...others.map((o) => o.col));
      const carrying = new Set(columns.map((c) => c.key));
      const absent = this.index.corpus.paths().filter((p) => !carrying.has(p)).map((p) => this.sources.labelOf(p)).sort((a, b) => a.localeCompare(b));
      return {
        title: `Quote: “${truncate(oneLine(text(key).slice(me.region.start, me.region.end)), 120)}”`,
        subtitle: `${me.speaker ? `Said by ${me.speaker} · ` : ''}carried by ${plural(columns.length, 'article')}`,
        columns,
        absent: absent.slice(0, ABSENT_SHOWN),
        absentMore: Math.max(0, absent.length - ABSENT_SHOWN),
        legend: `Each version against ${columns[0]!.outlet}’s (the article you are reading).`,
      };
    }
    void vscode.window.showInformationMessage('No other article carries these words.');
    return undefined;
  }

  private discrepancyModel(d: DiscrepancyItem): CompareModel {
    const columns = d.members.map((m) => {
      const [h0, h1] = m.excerpt.highlight;
      const t = m.excerpt.text;
      return this.column(m.key, m.start, m.end, `“${oneLine(m.text)}”`, [
        { kind: 'outside', text: t.slice(0, h0) },
        { kind: 'added', text: t.slice(h0, h1) },
        { kind: 'outside', text: t.slice(h1) },
      ]);
    });
    return {
      title: d.title,
      subtitle: `Reported differently by ${plural(new Set(columns.map((c) => c.key)).size, 'article')}`,
      columns,
      absent: [],
      absentMore: 0,
      legend: 'Each outlet’s words, the version it gives underlined.',
    };
  }

  private column(key: string, start: number, end: number, status: string, segments: CompareColumn['segments']): CompareColumn {
    const name = this.sources.nameOf(key);
    return { key, outlet: name.label, file: name.file, start, end, status, segments: segments.filter((s) => s.text) };
  }

  /** Opens a column's article, its version selected, in the editor group the comparison came from. */
  private async open(c: CompareColumn): Promise<void> {
    const uri = this.index.uriOf(c.key) ?? vscode.Uri.parse(c.key);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end));
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true, viewColumn: this.sourceColumn });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck could not open ${c.file}: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  private show(model: CompareModel): void {
    this.model = model;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('crosscheck.compareOutlets', 'Compare Outlets', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.model = undefined;
      });
      this.panel.webview.onDidReceiveMessage((msg: { type?: unknown; index?: unknown }) => {
        const c = msg?.type === 'open' && typeof msg.index === 'number' ? this.model?.columns[msg.index] : undefined;
        if (c) void this.open(c);
      });
    } else {
      this.panel.reveal(undefined, false);
    }
    this.panel.title = `Compare Outlets: ${truncate(model.title, 40)}`;
    this.panel.webview.html = compareHtml(model, nonce());
  }
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

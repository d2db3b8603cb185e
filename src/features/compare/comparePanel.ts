import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { Discrepancy } from '../../core/common/analysisFormat';
import { excerpt } from '../../core/common/excerpt';
import { oneLine, plural, truncate } from '../../core/common/strings';
import {
  changeCount,
  coverageMatrix,
  discrepancyCoverage,
  discrepancyTitle,
  passageLookup,
  quoteCoverage,
  quoteDisputes,
  versionSegments,
  type CoverageCell,
  type CoverageMatrix,
  type QuoteClusterView,
  type QuoteVariant,
} from '../../core/corpus';
import { quotePlace } from '../../commands/compareQuote';
import { Disposable } from '../../host/lifecycle';
import type { CorpusDerivation } from '../corpusDerivation';
import type { DiscrepancyItem } from '../discrepancies/discrepanciesModel';
import type { IndexService } from '../indexing/indexService';
import type { ArticleSources } from '../sources/articleSources';
import { compareHtml, type CompareColumn, type CompareModel } from './compareView';
import { matrixHtml, type MatrixModel } from './matrixView';
import { nonce } from './page';

/** How many outlets that omit an item are named under the columns. */
const ABSENT_SHOWN = 12;
/** Context around a figure's or a claim's words in its column (characters). */
const EXCERPT_WIDTH = 320;

/** What the panel shows: a comparison, or the coverage matrix (and the coverage it was made from, for its cells). */
type Shown = { kind: 'compare'; model: CompareModel } | { kind: 'matrix'; model: MatrixModel; coverage: CoverageMatrix };

/**
 * Compare Outlets: a webview panel beside the editor.
 * - A comparison (`crosscheck.compareOutlets`): a column per outlet with the version of a quote
 *   (the one at the cursor, or at a hover's link), a figure or a claim (a discrepancy of Claims &
 *   Notes, or a row of the matrix) each carries, wrapped, the differences against the first column
 *   marked, and what each outlet does with it — reports, rewords, disputes — the outlets that omit
 *   it named under the columns.
 * - The coverage matrix (`crosscheck.coverageMatrix`): the folder's claims, figures and quotes ×
 *   its outlets (core/corpus/coverage.ts), kept up to date while shown (the derivation's
 *   `onDidDerive`); a cell opens that outlet's version, an item its comparison.
 * One panel, reused: what is asked last replaces what it showed. The pages (compareView.ts,
 * matrixView.ts) run one nonce'd script under a strict content security policy, load nothing, and
 * can only ask for what the panel offers (a column, a cell or a row by its index in the model).
 */
export class ComparePanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: Shown | undefined;
  /** The editor group the comparison was asked from: a column's article opens there, the panel stays in view. */
  private sourceColumn = vscode.ViewColumn.One;
  /** The matrix is shown: the derivation keeps the discrepancies it reads fresh. */
  private wantingDiscrepancies = false;

  constructor(
    private readonly index: IndexService,
    private readonly sources: ArticleSources,
    private readonly derivation: CorpusDerivation,
  ) {
    super();
    this.register(vscode.commands.registerCommand(Commands.compareOutlets, (arg?: unknown) => this.compare(arg)));
    this.register(vscode.commands.registerCommand(Commands.coverageMatrix, () => this.matrix()));
    this.register(this.derivation.onDidDerive(() => this.shown?.kind === 'matrix' && this.refreshMatrix()));
    this.register({ dispose: () => this.panel?.dispose() });
    this.register({ dispose: () => this.wantDiscrepancies(false) });
  }

  /**
   * `arg`: a discrepancy row of Claims & Notes ({ kind: 'discrepancy', item }), a quote place
   * ({ uri, offset }: a hover's link), or nothing / a Matches row (the quote at the cursor).
   */
  async compare(arg?: unknown): Promise<CompareModel | undefined> {
    const item = (arg as { kind?: unknown; item?: DiscrepancyItem } | undefined)?.kind === 'discrepancy' ? (arg as { item: DiscrepancyItem }).item : undefined;
    const place = item ? undefined : quotePlace(arg && typeof arg === 'object' && 'uri' in arg ? arg : undefined, this.index);
    if (!item && !place) {
      void vscode.window.showInformationMessage('Place the cursor in a quotation of an article to compare how the outlets carry it, or open the coverage matrix of the folder.', 'Coverage Matrix').then((b) => b && void this.matrix());
      return undefined;
    }
    // (what each outlet does with it reads the discrepancies: at once when fresh, else derived now)
    if (!this.index.corpus.freshDiscrepancies()) await this.derivation.whenDerived();
    const model = item
      ? this.discrepancyModel({ kind: item.kind, label: item.label, members: item.members.map((m) => ({ doc: m.key, start: m.start, end: m.end, text: m.text })) }, item.title)
      : this.quoteModel(place!.key, place!.offset);
    if (!model) {
      void vscode.window.showInformationMessage('No other article carries these words.');
      return undefined;
    }
    const from = vscode.window.activeTextEditor?.viewColumn;
    if (from !== undefined && from !== this.panel?.viewColumn) this.sourceColumn = from;
    this.show({ kind: 'compare', model });
    return model;
  }

  /** `crosscheck.coverageMatrix`: the folder's coverage matrix, derived now if stale. */
  async matrix(): Promise<MatrixModel> {
    const from = vscode.window.activeTextEditor?.viewColumn;
    if (from !== undefined && from !== this.panel?.viewColumn) this.sourceColumn = from;
    this.wantDiscrepancies(true);
    await this.index.whenIndexed();
    if (!this.index.corpus.freshDiscrepancies() || !this.index.corpus.freshClusters()) await this.derivation.whenDerived();
    const shown = this.matrixShown();
    this.show(shown);
    return shown.model;
  }

  private wantDiscrepancies(want: boolean): void {
    if (want === this.wantingDiscrepancies) return;
    this.wantingDiscrepancies = want;
    this.derivation.wantDiscrepancies(want);
  }

  /** The articles, by outlet name. */
  private docsByOutlet(): string[] {
    const label = new Map(this.index.corpus.paths().map((p) => [p, this.sources.labelOf(p)]));
    return [...label.keys()].sort((a, b) => label.get(a)!.localeCompare(label.get(b)!) || a.localeCompare(b));
  }

  private matrixShown(): Extract<Shown, { kind: 'matrix' }> {
    const corpus = this.index.corpus;
    const clusters = corpus.freshClusters();
    const discrepancies = corpus.freshDiscrepancies();
    const coverage = coverageMatrix({ docs: this.docsByOutlet(), clusters: clusters ?? [], discrepancies: discrepancies ?? [], passages: corpus.size ? corpus.sharedPassages() : [] });
    const empty = !corpus.size
      ? 'No articles yet: Crosscheck reads the plain-text files (.txt, .md) of the folder, one article per file.'
      : !clusters || !discrepancies
        ? 'Crosscheck is still comparing the articles…'
        : 'No quote, figure or claim is carried by two or more articles of this folder yet.';
    const model: MatrixModel = {
      outlets: coverage.docs.map((d) => {
        const n = this.sources.nameOf(d);
        return { label: n.label, file: n.file };
      }),
      rows: coverage.rows.map((r) => ({
        kind: r.kind,
        label: r.kind === 'quote' ? `“${truncate(oneLine(r.label), 140)}”` : truncate(oneLine(discrepancyTitle({ kind: r.discrepancy!.kind, label: r.label })), 160),
        ...(r.speaker ? { speaker: r.speaker } : {}),
        cells: r.cells.map((c) => ({ status: c.status, detail: c.detail, canOpen: !!c.version })),
      })),
      rowsLeftOut: coverage.rowsLeftOut,
      outletsLeftOut: coverage.docsLeftOut,
      empty,
    };
    return { kind: 'matrix', model, coverage };
  }

  private refreshMatrix(): void {
    const shown = this.matrixShown();
    if (JSON.stringify(shown.model) === JSON.stringify(this.shown?.model)) return;
    this.show(shown, false);
  }

  /** The comparison of the quote at `offset` of article `key`; undefined when no other article carries it. */
  private quoteModel(key: string, offset: number, fromMatrix = false): CompareModel | undefined {
    const corpus = this.index.corpus;
    for (const cluster of corpus.clustersAt(key, offset)) {
      const mineAt = cluster.members.findIndex((m) => m.doc === key && m.region.start <= offset && offset <= m.region.end);
      const mine = mineAt >= 0 ? mineAt : cluster.members.findIndex((m) => m.doc === key && m.start <= offset && offset <= m.end);
      if (mine < 0) continue;
      return this.clusterModel(cluster, mine, fromMatrix);
    }
    return undefined;
  }

  private clusterModel(cluster: QuoteClusterView, mine: number, fromMatrix: boolean): CompareModel {
    const corpus = this.index.corpus;
    const text = (doc: string) => corpus.textOf(doc) ?? '';
    const docs = this.docsByOutlet();
    const coverage = new Map<string, CoverageCell>();
    const cells = quoteCoverage(cluster, docs, { disputes: quoteDisputes([cluster], corpus.freshDiscrepancies() ?? []), passages: passageLookup(corpus.sharedPassages()) });
    docs.forEach((d, i) => coverage.set(d, cells[i]!));
    const me = cluster.members[mine]!;
    const key = me.doc;
    const cov = (doc: string) => {
      const c = coverage.get(doc);
      return c && c.status !== 'omits' ? { coverage: { status: c.status, detail: c.detail } } : {};
    };
    const columns: CompareColumn[] = [{ ...this.column(key, me.region.start, me.region.end, fromMatrix ? 'the version compared with' : 'this article', [{ kind: 'same', text: text(key).slice(me.region.start, me.region.end) }]), ...cov(key) }];
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
      return { n, col: { ...this.column(doc, r.start, r.end, status, versionSegments(v.ops, text(doc).slice(r.start, r.end), r.start)), ...cov(doc) } };
    });
    others.sort((a, b) => b.n - a.n || a.col.outlet.localeCompare(b.col.outlet));
    columns.push(...others.map((o) => o.col));
    // The articles that carry it otherwise (a copied paragraph) or dispute it: their words, unmarked.
    for (const d of docs) {
      const c = coverage.get(d)!;
      if (c.status === 'omits' || !c.version || columns.some((col) => col.key === d)) continue;
      columns.push({ ...this.contextColumn(c.version.doc, c.version.start, c.version.end, c.detail), coverage: { status: c.status, detail: c.detail } });
    }
    const carrying = new Set(columns.map((c) => c.key));
    const absent = docs.filter((p) => !carrying.has(p)).map((p) => this.sources.labelOf(p));
    return {
      title: `Quote: “${truncate(oneLine(text(key).slice(me.region.start, me.region.end)), 120)}”`,
      subtitle: `${me.speaker ? `Said by ${me.speaker} · ` : ''}carried by ${plural(byDoc.size + 1, 'article')}`,
      columns,
      absent: absent.slice(0, ABSENT_SHOWN),
      absentMore: Math.max(0, absent.length - ABSENT_SHOWN),
      legend: fromMatrix ? `Each version against ${columns[0]!.outlet}’s (the version most outlets carry).` : `Each version against ${columns[0]!.outlet}’s (the article you are reading).`,
      fromMatrix,
    };
  }

  /** A figure or a claim: a column per article, its words in their sentence, what it does with it. */
  private discrepancyModel(d: Discrepancy, title: string, fromMatrix = false): CompareModel {
    const docs = this.docsByOutlet();
    const cells = discrepancyCoverage(d, docs);
    const byDoc = new Map(docs.map((doc, i) => [doc, cells[i]!]));
    const columns = d.members.map((m) => {
      const c = byDoc.get(m.doc);
      return { ...this.contextColumn(m.doc, m.start, m.end, `“${oneLine(m.text)}”`), ...(c && c.status !== 'omits' ? { coverage: { status: c.status, detail: c.detail } } : {}) };
    });
    const carrying = new Set(d.members.map((m) => m.doc));
    const absent = docs.filter((p) => !carrying.has(p)).map((p) => this.sources.labelOf(p));
    return {
      title,
      subtitle: `Reported differently by ${plural(carrying.size, 'article')}`,
      columns,
      absent: absent.slice(0, ABSENT_SHOWN),
      absentMore: Math.max(0, absent.length - ABSENT_SHOWN),
      legend: 'Each outlet’s words, the version it gives underlined.',
      fromMatrix,
    };
  }

  /** A column showing [start, end) of an article in its sentence, the span underlined. */
  private contextColumn(key: string, start: number, end: number, status: string): CompareColumn {
    const ex = excerpt(this.index.corpus.textOf(key) ?? '', start, end, EXCERPT_WIDTH);
    const [h0, h1] = ex.highlight;
    return this.column(key, start, end, status, [
      { kind: 'outside', text: ex.text.slice(0, h0) },
      { kind: 'added', text: ex.text.slice(h0, h1) },
      { kind: 'outside', text: ex.text.slice(h1) },
    ]);
  }

  private column(key: string, start: number, end: number, status: string, segments: CompareColumn['segments']): CompareColumn {
    const name = this.sources.nameOf(key);
    return { key, outlet: name.label, file: name.file, start, end, status, segments: segments.filter((s) => s.text) };
  }

  /** Opens [start, end) of an article, selected, in the editor group the panel was asked from. */
  private async open(key: string, start: number, end: number): Promise<void> {
    const uri = this.index.uriOf(key) ?? vscode.Uri.parse(key);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true, viewColumn: this.sourceColumn });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck could not open ${this.sources.nameOf(key).file}: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  /** A row of the matrix, compared side by side. */
  private compareRow(row: number): void {
    const shown = this.shown;
    const r = shown?.kind === 'matrix' ? shown.coverage.rows[row] : undefined;
    if (!r) return;
    const model = r.cluster ? this.clusterModel(r.cluster, r.cluster.reference, true) : r.discrepancy ? this.discrepancyModel(r.discrepancy, discrepancyTitle(r.discrepancy), true) : undefined;
    if (model) this.show({ kind: 'compare', model });
  }

  private onMessage(msg: { type?: unknown; index?: unknown; row?: unknown; col?: unknown }): void {
    const shown = this.shown;
    if (!shown) return;
    if (shown.kind === 'compare') {
      const c = msg?.type === 'open' && typeof msg.index === 'number' ? shown.model.columns[msg.index] : undefined;
      if (c) void this.open(c.key, c.start, c.end);
      else if (msg?.type === 'matrix') void this.matrix();
      return;
    }
    if (msg?.type === 'openCell' && typeof msg.row === 'number' && typeof msg.col === 'number') {
      const v = shown.coverage.rows[msg.row]?.cells[msg.col]?.version;
      if (v) void this.open(v.doc, v.start, v.end);
    } else if (msg?.type === 'compareRow' && typeof msg.row === 'number') this.compareRow(msg.row);
  }

  private show(shown: Shown, reveal = true): void {
    this.shown = shown;
    this.wantDiscrepancies(shown.kind === 'matrix');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('crosscheck.compareOutlets', 'Compare Outlets', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
        this.wantDiscrepancies(false);
      });
      this.panel.webview.onDidReceiveMessage((msg: { type?: unknown }) => this.onMessage(msg));
    } else if (reveal) {
      this.panel.reveal(undefined, false);
    }
    this.panel.title = shown.kind === 'matrix' ? 'Compare Outlets: Coverage' : `Compare Outlets: ${truncate(shown.model.title, 40)}`;
    this.panel.webview.html = shown.kind === 'matrix' ? matrixHtml(shown.model, nonce()) : compareHtml(shown.model, nonce());
  }
}

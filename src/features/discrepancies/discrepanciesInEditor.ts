import * as vscode from 'vscode';
import type { Discrepancy } from '../../core/common/analysisFormat';
import { oneLine, truncate } from '../../core/common/strings';
import { Commands } from '../../constants';
import { articleKey } from '../../host/articles';
import type { Configuration, CrosscheckConfig, DiscrepanciesInEditorMode } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';
import type { CorpusDerivation } from '../corpusDerivation';
import type { IndexService } from '../indexing/indexService';
import type { ArticleSources } from '../sources/articleSources';
import { rangeIn } from '../annotations/text';
import { discrepancyNotes, MAX_OUTLETS, NOTE_KINDS, type DiscrepancyNote } from './discrepancyNotes';

/** A version in an inline hint is cut to this many characters (the hint's tooltip has it whole; VS Code cuts a hint at 43 by default). */
const HINT_WIDTH = 30;
/** A diagnostic links at most this many other places (a name spelled two ways across hundreds of articles). */
const MAX_RELATED = 12;

/**
 * The discrepancies where the analyst reads, behind `crosscheck.discrepancies.showInEditor`:
 * - 'problems': an Information diagnostic on each member ("87 deaths — France 24 says 89 people"),
 *   so that the Problems panel lists them by article and F8 steps through them; each diagnostic's
 *   related information links the other outlets' versions;
 * - 'inlineHints': an inlay hint after each member ("≠ 89 people (France 24)"), each outlet's name a
 *   link to its version (Ctrl+click), drawn in the theme's inlay hint colours.
 * Off by default. While on, this is one of the corpus derivation's readers of the discrepancies
 * (`wantDiscrepancies`): they are derived once changes pause, and this shows them when the
 * derivation fires (replacing, never adding to, what was shown); turned off, every diagnostic is
 * removed and the hints go. Articles are named by their outlet (ArticleSources).
 *
 * The Problems panel lists, by default, only the articles open in editor tabs
 * (`crosscheck.discrepancies.problemsScope`: 'openArticles'), as language servers report open
 * files (Pylance's `diagnosticMode: openFilesOnly`, TypeScript without project diagnostics): a
 * folder of hundreds of articles would otherwise fill the panel with every outlet's figures, which
 * the Claims & Notes view lists already. An article's diagnostics come when its tab opens and go
 * when its last tab closes (tabs, not documents: VS Code keeps a closed tab's document for minutes).
 */
export class DiscrepanciesInEditor extends Disposable implements vscode.InlayHintsProvider {
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('crosscheck-discrepancies'));
  private readonly hintsChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.hintsChanged.event;
  private mode: DiscrepanciesInEditorMode = 'off';
  private scope: CrosscheckConfig['discrepanciesProblemsScope'];
  /** The articles open in tabs when the diagnostics were last set (keys), in the scope 'openArticles'. */
  private shownFor = new Set<string>();
  /** The notes by article key, as last derived (empty while off). */
  private notes = new Map<string, DiscrepancyNote[]>();
  /** The derivation's result the notes were made from (a derivation that changed nothing is not shown again). */
  private shownFrom: readonly Discrepancy[] | undefined;

  constructor(
    private readonly index: IndexService,
    private readonly derivation: CorpusDerivation,
    private readonly config: Configuration,
    private readonly sources?: ArticleSources,
  ) {
    super();
    this.register(vscode.languages.registerInlayHintsProvider({ scheme: 'file' }, this));
    this.register(derivation.onDidDerive(() => this.refresh()));
    // Outlet names corrected in sources.json: the messages name them anew.
    if (sources) this.register(sources.onDidChange(() => this.refresh(true)));
    this.register(
      config.onDidChange((c) => {
        if (!c.affects('discrepancies')) return;
        this.setScope(c.config.discrepanciesProblemsScope);
        this.setMode(c.config.discrepanciesInEditor);
      }),
    );
    // Articles opened and closed: the Problems panel follows (scope 'openArticles').
    this.register(vscode.window.tabGroups.onDidChangeTabs(() => this.tabsChanged()));
    this.register(vscode.window.tabGroups.onDidChangeTabGroups(() => this.tabsChanged()));
    this.scope = config.value.discrepanciesProblemsScope;
    this.register({ dispose: () => this.setMode('off') });
    this.register(vscode.commands.registerCommand(Commands.showDiscrepanciesInEditor, (mode?: unknown) => this.choose(mode)));
    this.setMode(config.value.discrepanciesInEditor);
  }

  /**
   * crosscheck.showDiscrepanciesInEditor: the setting from the palette — picked (the current choice
   * highlighted), or given as the argument — saved for the workspace (else for the user).
   */
  private async choose(given?: unknown): Promise<DiscrepanciesInEditorMode | undefined> {
    const items: (vscode.QuickPickItem & { mode: DiscrepanciesInEditorMode })[] = [
      { mode: 'problems', label: '$(info) In the Problems panel', detail: 'An Information diagnostic at each place an article differs from the others; F8 steps through them' },
      { mode: 'inlineHints', label: '$(symbol-text) As inline hints', detail: 'The other outlets’ version after each place, in the text' },
      { mode: 'off', label: '$(circle-slash) Off', detail: 'Listed in the Claims & Notes view only' },
    ];
    for (const i of items) if (i.mode === this.mode) i.description = 'current';
    const mode = items.find((i) => i.mode === given)?.mode ?? (given === undefined ? (await pickOne(items, this.mode))?.mode : undefined);
    if (mode) await this.config.update('discrepancies.showInEditor', mode);
    return mode;
  }

  private setMode(mode: DiscrepanciesInEditorMode): void {
    if (mode === this.mode) return;
    const was = this.mode;
    this.mode = mode;
    if (mode === 'off' || was === 'off') this.derivation.wantDiscrepancies(mode !== 'off'); // (derived at once when stale)
    this.diagnostics.clear();
    this.notes = new Map();
    this.shownFrom = undefined;
    this.refresh();
    this.hintsChanged.fire();
  }

  /** Shows the discrepancies just derived (none while they are stale: the derivation is on its way). */
  private refresh(renamed = false): void {
    if (this.mode === 'off') return;
    const found = this.index.corpus.freshDiscrepancies();
    if (!found) {
      this.derivation.soon(); // (stale: derived after the usual pause, unless on its way already)
      return;
    }
    if (found === this.shownFrom && !renamed) return;
    this.shownFrom = found;
    this.notes = discrepancyNotes(found, (key) => this.sources?.labelOf(key) ?? this.index.uriOf(key)?.path.split('/').pop() ?? key);
    this.showProblems();
    this.hintsChanged.fire();
  }

  private setScope(scope: CrosscheckConfig['discrepanciesProblemsScope']): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.showProblems();
  }

  /** Tabs opened, closed or moved: when the open articles changed, the Problems panel follows. */
  private tabsChanged(): void {
    if (this.mode !== 'problems' || this.scope !== 'openArticles') return;
    const open = openTabKeys();
    if (open.size === this.shownFor.size && [...open].every((k) => this.shownFor.has(k))) return;
    this.showProblems(open);
  }

  /** Sets the diagnostics from the notes (replacing what was shown): every article's, or the open ones'. */
  private showProblems(open = this.scope === 'openArticles' ? openTabKeys() : undefined): void {
    this.diagnostics.clear();
    this.shownFor = open ?? new Set();
    if (this.mode !== 'problems') return;
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const [key, notes] of this.notes) {
      if (open && !open.has(key)) continue;
      const uri = this.index.uriOf(key);
      const text = this.index.corpus.textOf(key);
      if (!uri || text === undefined) continue;
      const list = notes.filter((n) => text.slice(n.start, n.end) === n.text).map((n) => this.diagnostic(text, n));
      if (list.length) entries.push([uri, list]);
    }
    this.diagnostics.set(entries);
  }

  private diagnostic(text: string, n: DiscrepancyNote): vscode.Diagnostic {
    const d = new vscode.Diagnostic(rangeIn(text, n), n.message, vscode.DiagnosticSeverity.Information);
    d.source = 'Crosscheck';
    d.code = NOTE_KINDS[n.kind];
    const related: vscode.DiagnosticRelatedInformation[] = [];
    for (const v of n.versions) {
      for (const p of v.places) {
        if (related.length >= MAX_RELATED) break;
        const uri = this.index.uriOf(p.key);
        const other = this.index.corpus.textOf(p.key);
        if (uri && other !== undefined) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeIn(other, p)), `${p.outlet}: ${truncate(oneLine(v.text), 120)}`));
      }
    }
    d.relatedInformation = related;
    return d;
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (this.mode !== 'inlineHints') return [];
    const notes = this.notes.get(document.uri.toString());
    if (!notes) return [];
    const text = document.getText();
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const n of notes) {
      // (an edit since the derivation moved the text: no hint at a stale place; the next derivation follows)
      if (n.end < from || n.start > to || text.slice(n.start, n.end) !== n.text) continue;
      // "≠ 87 deaths (France 24) · 90 (STV, AP)": the version first, as VS Code cuts long hints
      // (editor.inlayHints.maximumLength); each outlet a link to its version; the tooltip says it all.
      const parts: vscode.InlayHintLabelPart[] = [];
      const add = (value: string, place?: { key: string; start: number; end: number }) => {
        const part = new vscode.InlayHintLabelPart(value);
        const uri = place && this.index.uriOf(place.key);
        const other = place && this.index.corpus.textOf(place.key);
        if (place && uri && other !== undefined) part.location = new vscode.Location(uri, rangeIn(other, place));
        parts.push(part);
      };
      add(n.kind === 'claim' ? '≠ disputed by ' : '≠ ');
      n.versions.forEach((v, i) => {
        if (n.kind === 'claim') {
          if (i) add(', ');
          add(v.places[0]!.outlet, v.places[0]);
          return;
        }
        add(`${i ? ' · ' : ''}${truncate(oneLine(v.text), HINT_WIDTH)} (`);
        v.places.slice(0, MAX_OUTLETS).forEach((p, j) => add(`${j ? ', ' : ''}${p.outlet}`, p));
        add(v.places.length > MAX_OUTLETS ? ` +${v.places.length - MAX_OUTLETS})` : ')');
      });
      const hint = new vscode.InlayHint(document.positionAt(n.end), parts, undefined);
      hint.paddingLeft = true;
      hint.tooltip = new vscode.MarkdownString().appendText(`Crosscheck (${NOTE_KINDS[n.kind]}): ${n.message}`);
      hints.push(hint);
    }
    return hints;
  }
}

/** The keys (URIs) of the documents open in editor tabs, either side of a diff too. */
function openTabKeys(): Set<string> {
  const keys = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const { input } of group.tabs) {
      if (input instanceof vscode.TabInputText) keys.add(articleKey(input.uri));
      else if (input instanceof vscode.TabInputTextDiff) {
        keys.add(articleKey(input.original));
        keys.add(articleKey(input.modified));
      }
    }
  }
  return keys;
}

/** One choice of `items`, the current one highlighted (a quick pick that highlights, as showQuickPick cannot). */
function pickOne<T extends vscode.QuickPickItem & { mode: DiscrepanciesInEditorMode }>(items: T[], current: DiscrepanciesInEditorMode): Promise<T | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<T>();
    qp.title = 'Crosscheck: show the discrepancies in the editor';
    qp.placeholder = 'Where the editor shows what other outlets report differently';
    qp.items = items;
    qp.activeItems = items.filter((i) => i.mode === current);
    let picked: T | undefined;
    qp.onDidAccept(() => {
      picked = qp.activeItems[0];
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(picked);
    });
    qp.show();
  });
}

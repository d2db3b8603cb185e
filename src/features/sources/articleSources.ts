import * as vscode from 'vscode';
import { articleLabels, detectSource, EMPTY_SOURCE_OVERRIDES, outletCorrectionsKey, parseSourceOverrides, resolveSource, SOURCE_OVERRIDES_PATH, type ArticleSource, type SourceOverrides } from '../../core/sources';
import { relativePath } from '../../host/articles';
import { Disposable } from '../../host/lifecycle';
import { exists } from '../../host/fileStat';
import { FolderCorrectionsFiles } from '../folderCorrections';
import type { IndexService } from '../indexing/indexService';

const TEMPLATE = { version: 1, articles: {}, outlets: {} };

/** An article's file and resolved source, as the labels are made from them. */
interface SourceItem {
  key: string;
  file: string;
  source: ArticleSource;
}

/** What the views show for an article: its name, and a tooltip with the file and how the name was found. */
export interface ArticleName {
  /** The outlet (with the file name after it when another article has the same outlet), else the file's path. */
  label: string;
  /** The workspace-relative path. */
  file: string;
  source: ArticleSource;
  /** "Outlet — from its copyright line · 2024-05-04 · Headline\nfolder/file.txt" */
  tooltip: string;
}

/**
 * Each article's outlet, date and headline — read from its text by the core (core/sources) and
 * corrected in `.crosscheck/sources.json` in each workspace folder — and the names under which the
 * views show articles: the outlet instead of the file name (which goes in the tooltip).
 *
 * The corrections file is read like entities.json (FolderCorrectionsFiles): watched per folder,
 * problems shown as diagnostics on it with their line and column and in one message, the valid
 * entries still applied; a file that cannot be read keeps the corrections read before; Crosscheck
 * never writes a file it could not parse (it only creates a missing one from a template).
 *
 * Detection runs when a name is asked for and the article's text is not the one last detected
 * (the text string is kept with its result): an edit re-detects that article only. The labels
 * (which depend on every article: two with one outlet are told apart) are rebuilt on the next ask
 * when an article's source or file changed, an article came or went, or the corrections changed;
 * an edit that leaves every source as it was keeps them (rebuilding them for 2,000 articles after
 * each keystroke held the extension host 50-120 ms in the Matches view's getTreeItem).
 */
export class ArticleSources extends Disposable {
  private readonly files: FolderCorrectionsFiles<SourceOverrides>;
  private readonly changedEmitter = this.register(new vscode.EventEmitter<void>());
  /** The corrections changed: names may read differently. */
  readonly onDidChange = this.changedEmitter.event;
  /** Each article's detected and resolved source, for the text and the corrections it was worked out for. */
  private readonly detected = new Map<string, { text: string; generation: number; item: SourceItem }>();
  private labels: { version: number; generation: number; byKey: Map<string, ArticleName> } | undefined;
  private generation = 0;
  /** The outlet corrections the index last had (outletCorrectionsKey); none at first: the index reads the outlets from the texts. */
  private outletsGiven = outletCorrectionsKey([]);

  constructor(
    private readonly index: IndexService,
    log: vscode.LogOutputChannel,
  ) {
    super();
    this.files = this.register(
      new FolderCorrectionsFiles<SourceOverrides>({ path: SOURCE_OVERRIDES_PATH, what: 'Outlet corrections', collection: 'crosscheck-sources', empty: EMPTY_SOURCE_OVERRIDES, parse: parseSourceOverrides }, log, () => void this.load()),
    );
  }

  /** The name of the article indexed under `key` (its key when it is not indexed). */
  nameOf(key: string): ArticleName {
    const names = this.names();
    const known = names.get(key);
    if (known) return known;
    const uri = this.index.uriOf(key);
    const file = uri ? relativePath(uri) : key;
    return { label: file, file, source: {}, tooltip: file };
  }

  /** nameOf(key).label */
  labelOf(key: string): string {
    return this.nameOf(key).label;
  }

  /** The source of one article (outlet, date, headline), corrections applied. */
  sourceOf(key: string): ArticleSource {
    return this.nameOf(key).source;
  }

  private names(): Map<string, ArticleName> {
    const version = this.index.corpus.version;
    const last = this.labels;
    if (last && last.version === version && last.generation === this.generation) return last.byKey;
    let changed = !last || last.generation !== this.generation;
    const items: SourceItem[] = [];
    const seen = new Set<string>();
    for (const key of this.index.corpus.paths()) {
      seen.add(key);
      const text = this.index.corpus.textOf(key) ?? '';
      const d = this.detected.get(key);
      if (d && d.text === text && d.generation === this.generation) {
        items.push(d.item);
        continue;
      }
      const item = this.sourceItem(key, text);
      if (!d || d.item.file !== item.file || JSON.stringify(d.item.source) !== JSON.stringify(item.source)) changed = true;
      this.detected.set(key, { text, generation: this.generation, item });
      items.push(item);
    }
    for (const key of [...this.detected.keys()]) {
      if (seen.has(key)) continue;
      this.detected.delete(key);
      changed = true;
    }
    if (!changed && last) {
      this.labels = { ...last, version };
      return last.byKey;
    }
    const labels = articleLabels(items);
    const byKey = new Map<string, ArticleName>();
    for (const i of items) {
      const s = i.source;
      const first = s.outlet ? `${s.outlet} — ${s.outletHow === 'sources.json' ? 'from .crosscheck/sources.json' : `from its ${s.outletHow}`}` : 'Outlet not found in the text (set it in .crosscheck/sources.json)';
      const tooltip = [first, [s.date, s.headline].filter(Boolean).join(' · '), i.file].filter(Boolean).join('\n');
      byKey.set(i.key, { label: labels.get(i.key) ?? i.file, file: i.file, source: s, tooltip });
    }
    this.labels = { version, generation: this.generation, byKey };
    return byKey;
  }

  /** One article's file and source: detected in its text, corrections applied. */
  private sourceItem(key: string, text: string): SourceItem {
    const uri = this.index.uriOf(key);
    const file = uri ? relativePath(uri) : key;
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const overrides = this.files.of(folder);
    const inFolder = uri && folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : file;
    return { key, file, source: resolveSource(detectSource(text), overrides.articles.get(inFolder), overrides.outlets) };
  }

  /** The corrections file of the active article's folder (else the first folder's), whether or not it exists. */
  uri(): vscode.Uri | undefined {
    return this.files.activeUri();
  }

  /** Reads every folder's file. Never throws. */
  async load(): Promise<void> {
    await this.files.readAll();
    this.generation++;
    // The discrepancy detectors read the outlets too (a quote told to the article's own outlet):
    // derived again when the outlets' corrections changed (not for a date or a headline), and
    // before the views hear of the new names, so they show the new derivation rather than the old
    // one renamed first.
    const outlets = outletCorrectionsKey(this.files.all());
    if (outlets !== this.outletsGiven) {
      this.outletsGiven = outlets;
      this.index.setOutlets((key) => this.sourceOf(key).outlet);
    }
    this.changedEmitter.fire();
  }

  /**
   * Opens the corrections file, creating it (undoably) when there is none: from a template that
   * lists the active article with what was detected, ready to be corrected.
   */
  async open(): Promise<void> {
    const uri = this.uri();
    if (!uri) {
      void vscode.window.showInformationMessage('Open a folder first: outlet corrections are saved in the folder.');
      return;
    }
    if (!(await exists(uri))) {
      const template: { version: number; articles: Record<string, { outlet: string; date?: string }>; outlets: object } = structuredClone(TEMPLATE);
      const active = vscode.window.activeTextEditor?.document.uri;
      const folder = active && vscode.workspace.getWorkspaceFolder(active);
      if (active && folder && this.index.corpus.has(active.toString())) {
        const s = this.sourceOf(active.toString());
        template.articles[active.path.slice(folder.uri.path.replace(/\/$/, '').length + 1)] = { outlet: s.outlet ?? '', ...(s.date ? { date: s.date } : {}) };
      }
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(JSON.stringify(template, null, 2) + '\n') });
      await vscode.workspace.applyEdit(edit);
    }
    await vscode.window.showTextDocument(uri);
  }
}

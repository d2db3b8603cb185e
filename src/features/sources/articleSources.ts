import * as vscode from 'vscode';
import { formatProblem, type OverrideProblem } from '../../core/entities';
import { articleLabels, detectSource, EMPTY_SOURCE_OVERRIDES, parseSourceOverrides, resolveSource, SOURCE_OVERRIDES_PATH, type ArticleSource, type DetectedSource, type SourceOverrides } from '../../core/sources';
import { relativePath } from '../../host/articles';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

const TEMPLATE = { version: 1, articles: {}, outlets: {} };

interface FolderSources {
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  readonly watcher: vscode.Disposable;
  overrides: SourceOverrides;
  lastReport: string;
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
 * The corrections file is read like entities.json (EntityCorrections): watched per folder,
 * problems shown as diagnostics on it with their line and column and in one message, the valid
 * entries still applied; a file that cannot be read keeps the corrections read before; Crosscheck
 * never writes a file it could not parse (it only creates a missing one from a template).
 *
 * Detection runs when a name is asked for and the article's text is not the one last detected
 * (the text string is kept with its result): an edit re-detects that article only. The labels
 * (which depend on every article: two with one outlet are told apart) are rebuilt when the index
 * or the corrections change, on the next ask.
 */
export class ArticleSources extends Disposable {
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('crosscheck-sources'));
  private readonly changedEmitter = this.register(new vscode.EventEmitter<void>());
  /** The corrections changed: names may read differently. */
  readonly onDidChange = this.changedEmitter.event;
  private readonly folders = new Map<string, FolderSources>();
  private readonly detected = new Map<string, { text: string; found: DetectedSource }>();
  private labels: { version: number; generation: number; byKey: Map<string, ArticleName> } | undefined;
  private generation = 0;

  constructor(
    private readonly index: IndexService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.watchFolders();
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.watchFolders();
      void this.load();
    }));
    this.register({ dispose: () => this.folders.forEach((f) => f.watcher.dispose()) });
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
    if (this.labels && this.labels.version === version && this.labels.generation === this.generation) return this.labels.byKey;
    const items: { key: string; file: string; source: ArticleSource; how?: string }[] = [];
    const seen = new Set<string>();
    for (const key of this.index.corpus.paths()) {
      seen.add(key);
      const text = this.index.corpus.textOf(key) ?? '';
      let d = this.detected.get(key);
      if (!d || d.text !== text) {
        d = { text, found: detectSource(text) };
        this.detected.set(key, d);
      }
      const uri = this.index.uriOf(key);
      const file = uri ? relativePath(uri) : key;
      const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
      const overrides = (folder && this.folders.get(folder.uri.toString())?.overrides) ?? EMPTY_SOURCE_OVERRIDES;
      const inFolder = uri && folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : file;
      items.push({ key, file, source: resolveSource(d.found, overrides.articles.get(inFolder), overrides.outlets) });
    }
    for (const key of [...this.detected.keys()]) if (!seen.has(key)) this.detected.delete(key);
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

  /** The corrections file of the active article's folder (else the first folder's), whether or not it exists. */
  uri(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, SOURCE_OVERRIDES_PATH);
  }

  private watchFolders(): void {
    const wanted = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), f] as const));
    for (const [key, entry] of this.folders) {
      if (wanted.has(key)) continue;
      entry.watcher.dispose();
      this.diagnostics.delete(entry.uri);
      this.folders.delete(key);
    }
    for (const [key, folder] of wanted) {
      if (this.folders.has(key)) continue;
      const dir = SOURCE_OVERRIDES_PATH.slice(0, SOURCE_OVERRIDES_PATH.lastIndexOf('/'));
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${dir},${SOURCE_OVERRIDES_PATH}}`));
      const reload = () => void this.load();
      w.onDidCreate(reload);
      w.onDidChange(reload);
      w.onDidDelete(reload);
      this.folders.set(key, { folder, uri: vscode.Uri.joinPath(folder.uri, SOURCE_OVERRIDES_PATH), watcher: w, overrides: EMPTY_SOURCE_OVERRIDES, lastReport: '' });
    }
  }

  /** Reads every folder's file. Never throws. */
  async load(): Promise<void> {
    for (const entry of [...this.folders.values()]) await this.read(entry);
    this.generation++;
    this.changedEmitter.fire();
  }

  private async read(entry: FolderSources): Promise<void> {
    const { uri } = entry;
    const name = vscode.workspace.asRelativePath(uri, true);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        entry.overrides = EMPTY_SOURCE_OVERRIDES;
        entry.lastReport = '';
        this.diagnostics.delete(uri);
        return;
      }
      const reason = e instanceof Error ? e.message : String(e);
      this.log.error(`Outlet corrections: ${name} cannot be read (${reason}); the corrections read from it before still apply.`);
      const report = `unreadable: ${reason}`;
      if (report !== entry.lastReport) void vscode.window.showErrorMessage(`Crosscheck cannot read ${name}: ${reason}. The corrections read from it before still apply.`);
      entry.lastReport = report;
      return;
    }
    const parsed = parseSourceOverrides(text);
    entry.overrides = parsed.overrides;
    this.diagnostics.set(uri, parsed.problems.map(toDiagnostic));
    const report = parsed.problems.map((p) => formatProblem(p, name)).join('\n');
    if (report) {
      this.log.warn(`Outlet corrections:\n${report}`);
      if (report !== entry.lastReport) {
        const n = parsed.problems.length;
        void vscode.window
          .showWarningMessage(`Crosscheck: ${n} problem${n === 1 ? '' : 's'} in ${name} (${formatProblem(parsed.problems[0]!, name)}). The other corrections still apply.`, 'Open File')
          .then((c) => c && vscode.window.showTextDocument(uri));
      }
    } else {
      this.log.info(`Outlet corrections loaded from ${name}.`);
    }
    entry.lastReport = report;
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
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
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

function toDiagnostic(p: OverrideProblem): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Crosscheck';
  return d;
}

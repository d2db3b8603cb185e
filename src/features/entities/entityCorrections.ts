import * as vscode from 'vscode';
import type { EntityType } from '../../core/common/types';
import { combineOverrides, EMPTY_OVERRIDES, ENTITY_OVERRIDES_PATH, formatProblem, parseEntityOverrides, type EntityOverrides, type OverrideProblem } from '../../core/entities';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

const TEMPLATE = { version: 1, entities: [], merge: [], separate: [], ignore: [] };

/** The raw JSON of the corrections file, as the commands edit it. */
interface CorrectionsJson {
  version: number;
  entities?: { name: string; type: EntityType; canonical?: string; aliases?: string[] }[];
  merge?: string[][];
  separate?: string[][];
  ignore?: string[];
  [key: string]: unknown;
}

/** One workspace folder's corrections file, as last read. */
interface FolderCorrections {
  readonly uri: vscode.Uri;
  readonly watcher: vscode.Disposable;
  overrides: EntityOverrides;
  /** The problems last reported for this file, to tell the analyst once, not at every read. */
  lastReport: string;
}

/**
 * The analyst's entity corrections: `.crosscheck/entities.json` in each workspace folder (folders
 * added later too), read at start-up and whenever one changes. The corpus is one across folders, so
 * every folder's corrections apply to it, combined in folder order. Each file is checked — problems
 * appear as diagnostics on it and in one message, and its valid corrections still apply (for a file
 * that is not JSON, none of its). A file that exists but cannot be read (permission denied, say) is
 * reported, and the corrections read from it before stay in force: the analyst's work is never
 * dropped silently. The commands that edit corrections change the file of the folder of the article
 * being read (else the first folder's) through a WorkspaceEdit, so they can be undone, and never
 * touch a file they could not parse.
 */
export class EntityCorrections extends Disposable {
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('crosscheck'));
  private readonly loadedEmitter = this.register(new vscode.EventEmitter<EntityOverrides>());
  readonly onDidLoad = this.loadedEmitter.event;
  private readonly folders = new Map<string, FolderCorrections>();
  private current: EntityOverrides = EMPTY_OVERRIDES;

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

  get overrides(): EntityOverrides {
    return this.current;
  }

  /**
   * The corrections file the commands edit, whether or not it exists: the one of the folder of the
   * article in the active editor, else the first folder's.
   */
  uri(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, ENTITY_OVERRIDES_PATH);
  }

  /** One watcher per workspace folder's corrections file; those of removed folders are dropped. */
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
      // The file, and its folder: deleting `.crosscheck` is one event, for the folder alone.
      const dir = ENTITY_OVERRIDES_PATH.slice(0, ENTITY_OVERRIDES_PATH.lastIndexOf('/'));
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${dir},${ENTITY_OVERRIDES_PATH}}`));
      const reload = () => void this.load();
      w.onDidCreate(reload);
      w.onDidChange(reload);
      w.onDidDelete(reload);
      this.folders.set(key, { uri: vscode.Uri.joinPath(folder.uri, ENTITY_OVERRIDES_PATH), watcher: w, overrides: EMPTY_OVERRIDES, lastReport: '' });
    }
  }

  /** Reads every folder's file and applies them all to the index. Never throws. */
  async load(): Promise<void> {
    for (const entry of [...this.folders.values()]) await this.read(entry);
    const overrides = combineOverrides([...this.folders.values()].map((f) => f.overrides));
    this.current = overrides;
    await this.index.setEntityOverrides(overrides);
    this.loadedEmitter.fire(overrides);
  }

  private async read(entry: FolderCorrections): Promise<void> {
    const { uri } = entry;
    const name = vscode.workspace.asRelativePath(uri, true);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        entry.overrides = EMPTY_OVERRIDES; // no corrections file: the automatic results
        entry.lastReport = '';
        this.diagnostics.delete(uri);
        return;
      }
      // It is there but cannot be read: keep what was read from it before, and say so.
      const reason = e instanceof Error ? e.message : String(e);
      this.log.error(`Entity corrections: ${name} cannot be read (${reason}); the corrections read from it before still apply.`);
      const report = `unreadable: ${reason}`;
      if (report !== entry.lastReport) {
        void vscode.window.showErrorMessage(`Crosscheck cannot read ${name}: ${reason}. The corrections read from it before still apply.`);
      }
      entry.lastReport = report;
      return;
    }
    const parsed = parseEntityOverrides(text);
    entry.overrides = parsed.overrides;
    this.diagnostics.set(uri, parsed.problems.map(toDiagnostic));
    const report = parsed.problems.map((p) => formatProblem(p, name)).join('\n');
    if (report) {
      this.log.warn(`Entity corrections:\n${report}`);
      if (report !== entry.lastReport) {
        const n = parsed.problems.length;
        void vscode.window
          .showWarningMessage(`Crosscheck: ${n} problem${n === 1 ? '' : 's'} in ${name} (${formatProblem(parsed.problems[0]!, name)}). The other corrections still apply.`, 'Open File')
          .then((c) => c && vscode.window.showTextDocument(uri));
      }
    } else {
      this.log.info(`Entity corrections loaded from ${name}.`);
    }
    entry.lastReport = report;
  }

  /** Opens the corrections file, creating it (undoably) from a template when there is none. */
  async open(): Promise<void> {
    const uri = this.uri();
    if (!uri) {
      void vscode.window.showInformationMessage('Open a folder first: entity corrections are saved in the folder.');
      return;
    }
    if (!(await exists(uri))) {
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(JSON.stringify(TEMPLATE, null, 2) + '\n') });
      await vscode.workspace.applyEdit(edit);
    }
    await vscode.window.showTextDocument(uri);
  }

  /** Applies a change to the corrections file as one undoable edit, then saves it. */
  async edit(describe: string, change: (json: CorrectionsJson) => void): Promise<boolean> {
    const uri = this.uri();
    if (!uri) return false;
    const name = vscode.workspace.asRelativePath(uri, true);
    let doc: vscode.TextDocument | undefined;
    let json: CorrectionsJson;
    if (await exists(uri)) {
      doc = await vscode.workspace.openTextDocument(uri);
      try {
        json = JSON.parse(doc.getText()) as CorrectionsJson;
        if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
      } catch (e) {
        void vscode.window
          .showErrorMessage(`Crosscheck did not change ${name}: it is not valid JSON (${(e as Error).message}). Fix it first.`, 'Open File')
          .then((c) => c && vscode.window.showTextDocument(uri));
        return false;
      }
    } else {
      json = structuredClone(TEMPLATE) as CorrectionsJson;
    }
    change(json);
    const text = JSON.stringify(json, null, 2) + '\n';
    const edit = new vscode.WorkspaceEdit();
    if (doc) edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    else edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: false }))) {
      void vscode.window.showErrorMessage(`Crosscheck could not edit ${name}.`);
      return false;
    }
    if (doc) await doc.save();
    this.log.info(`Entity corrections: ${describe}.`);
    await this.load();
    return true;
  }
}

function toDiagnostic(p: OverrideProblem): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Crosscheck';
  return d;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

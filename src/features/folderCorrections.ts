import * as vscode from 'vscode';
import { formatProblem, type OverrideProblem } from '../core/entities';
import { Disposable } from '../host/lifecycle';

/** What one kind of corrections file is: where it lives in a folder, how it is read, how it is named in messages. */
export interface CorrectionsFormat<T> {
  /** Folder-relative path, e.g. `.crosscheck/entities.json`. */
  readonly path: string;
  /** How the log names its corrections ("Entity corrections"). */
  readonly what: string;
  /** The diagnostics collection's name. */
  readonly collection: string;
  /** No file: the automatic results. */
  readonly empty: T;
  parse(text: string): { overrides: T; problems: OverrideProblem[] };
}

/** One workspace folder's file, as last read. */
interface FolderFile<T> {
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  readonly watcher: vscode.Disposable;
  overrides: T;
  /** The problems last reported for this file, to tell the analyst once, not at every read. */
  lastReport: string;
}

/**
 * A corrections file in each workspace folder (`.crosscheck/entities.json`, `.crosscheck/sources.json`),
 * folders added later too: watched (the file and its folder — deleting `.crosscheck` is one event, for
 * the folder alone) and read again when one changes. Each file is checked: problems appear as
 * diagnostics on it with their line and column and in one message, and its valid corrections still
 * apply (for a file that is not JSON, none of its). A file that exists but cannot be read (permission
 * denied, say) is reported, and the corrections read from it before stay in force: the analyst's
 * work is never dropped silently. Crosscheck never writes a file it could not parse.
 */
export class FolderCorrectionsFiles<T> extends Disposable {
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly files = new Map<string, FolderFile<T>>();

  /** `changed`: a file was created, changed or deleted, or the folders changed — the owner reads them all again (`readAll`). */
  constructor(
    private readonly format: CorrectionsFormat<T>,
    private readonly log: vscode.LogOutputChannel,
    private readonly changed: () => void,
  ) {
    super();
    this.diagnostics = this.register(vscode.languages.createDiagnosticCollection(format.collection));
    this.watchFolders();
    this.register(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchFolders();
        this.changed();
      }),
    );
    this.register({ dispose: () => this.files.forEach((f) => f.watcher.dispose()) });
  }

  /** Every folder's corrections, in folder order. */
  all(): T[] {
    return [...this.files.values()].map((f) => f.overrides);
  }

  /** The corrections of the workspace folder `folder` (none when it has no file). */
  of(folder: vscode.WorkspaceFolder | undefined): T {
    return (folder && this.files.get(folder.uri.toString())?.overrides) ?? this.format.empty;
  }

  /** The file the commands edit, whether or not it exists: the one of the active article's folder, else the first folder's. */
  activeUri(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, this.format.path);
  }

  /** Reads every folder's file. Never throws. */
  async readAll(): Promise<void> {
    for (const entry of [...this.files.values()]) await this.read(entry);
  }

  /** One watcher per workspace folder's file; those of removed folders are dropped. */
  private watchFolders(): void {
    const wanted = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), f] as const));
    for (const [key, entry] of this.files) {
      if (wanted.has(key)) continue;
      entry.watcher.dispose();
      this.diagnostics.delete(entry.uri);
      this.files.delete(key);
    }
    const path = this.format.path;
    const dir = path.slice(0, path.lastIndexOf('/'));
    for (const [key, folder] of wanted) {
      if (this.files.has(key)) continue;
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${dir},${path}}`));
      const reload = () => this.changed();
      w.onDidCreate(reload);
      w.onDidChange(reload);
      w.onDidDelete(reload);
      this.files.set(key, { folder, uri: vscode.Uri.joinPath(folder.uri, path), watcher: w, overrides: this.format.empty, lastReport: '' });
    }
  }

  private async read(entry: FolderFile<T>): Promise<void> {
    const { uri } = entry;
    const { what } = this.format;
    const name = vscode.workspace.asRelativePath(uri, true);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        entry.overrides = this.format.empty; // no corrections file: the automatic results
        entry.lastReport = '';
        this.diagnostics.delete(uri);
        return;
      }
      // It is there but cannot be read: keep what was read from it before, and say so.
      const reason = e instanceof Error ? e.message : String(e);
      this.log.error(`${what}: ${name} cannot be read (${reason}); the corrections read from it before still apply.`);
      const report = `unreadable: ${reason}`;
      if (report !== entry.lastReport) void vscode.window.showErrorMessage(`Crosscheck cannot read ${name}: ${reason}. The corrections read from it before still apply.`);
      entry.lastReport = report;
      return;
    }
    const parsed = this.format.parse(text);
    entry.overrides = parsed.overrides;
    this.diagnostics.set(uri, parsed.problems.map(toDiagnostic));
    const report = parsed.problems.map((p) => formatProblem(p, name)).join('\n');
    if (report) {
      this.log.warn(`${what}:\n${report}`);
      if (report !== entry.lastReport) {
        const n = parsed.problems.length;
        void vscode.window
          .showWarningMessage(`Crosscheck: ${n} problem${n === 1 ? '' : 's'} in ${name} (${formatProblem(parsed.problems[0]!, name)}). The other corrections still apply.`, 'Open File')
          .then((c) => c && vscode.window.showTextDocument(uri));
      }
    } else {
      this.log.info(`${what} loaded from ${name}.`);
    }
    entry.lastReport = report;
  }
}

function toDiagnostic(p: OverrideProblem): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Crosscheck';
  return d;
}

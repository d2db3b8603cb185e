import * as vscode from 'vscode';
import type { EntityType } from '../../core/common/types';
import { EMPTY_OVERRIDES, ENTITY_OVERRIDES_PATH, formatProblem, parseEntityOverrides, type EntityOverrides } from '../../core/entities';
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

/**
 * The analyst's entity corrections (`.crosscheck/entities.json` in the first workspace folder):
 * read at start-up and whenever the file changes, applied to the whole corpus, and checked —
 * problems appear as diagnostics on the file and in one message, and the valid corrections (or,
 * for a file that is not JSON, the automatic results) still show. The commands that edit it go
 * through a WorkspaceEdit, so they can be undone, and never touch a file they could not parse.
 */
export class EntityCorrections extends Disposable {
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('crosscheck'));
  private lastProblemReport = '';
  private readonly loadedEmitter = this.register(new vscode.EventEmitter<EntityOverrides>());
  readonly onDidLoad = this.loadedEmitter.event;
  private current: EntityOverrides = EMPTY_OVERRIDES;

  constructor(
    private readonly index: IndexService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const w = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ENTITY_OVERRIDES_PATH)));
      w.onDidCreate(() => void this.load());
      w.onDidChange(() => void this.load());
      w.onDidDelete(() => void this.load());
    }
  }

  get overrides(): EntityOverrides {
    return this.current;
  }

  /** The corrections file of the workspace, whether or not it exists. */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, ENTITY_OVERRIDES_PATH);
  }

  /** Reads the file (if any) and applies it to the index. Never throws. */
  async load(): Promise<void> {
    const uri = this.uri;
    let text: string | undefined;
    if (uri) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        text = undefined; // no corrections file: the automatic results
      }
    }
    const parsed = text === undefined ? { overrides: EMPTY_OVERRIDES, problems: [] } : parseEntityOverrides(text);
    this.current = parsed.overrides;
    if (uri) {
      this.diagnostics.set(
        uri,
        parsed.problems.map((p) => {
          const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
          d.source = 'Crosscheck';
          return d;
        }),
      );
    }
    const report = parsed.problems.map((p) => formatProblem(p)).join('\n');
    if (report) {
      this.log.warn(`Entity corrections:\n${report}`);
      if (report !== this.lastProblemReport) {
        const n = parsed.problems.length;
        void vscode.window
          .showWarningMessage(
            `Crosscheck: ${n} problem${n === 1 ? '' : 's'} in ${ENTITY_OVERRIDES_PATH} (${formatProblem(parsed.problems[0]!)}). The other corrections still apply.`,
            'Open File',
          )
          .then((c) => c && uri && vscode.window.showTextDocument(uri));
      }
    } else if (text !== undefined) {
      this.log.info(`Entity corrections loaded from ${ENTITY_OVERRIDES_PATH}.`);
    }
    this.lastProblemReport = report;
    this.index.setEntityOverrides(parsed.overrides);
    this.loadedEmitter.fire(parsed.overrides);
  }

  /** Opens the corrections file, creating it (undoably) from a template when there is none. */
  async open(): Promise<void> {
    const uri = this.uri;
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
    const uri = this.uri;
    if (!uri) return false;
    let doc: vscode.TextDocument | undefined;
    let json: CorrectionsJson;
    if (await exists(uri)) {
      doc = await vscode.workspace.openTextDocument(uri);
      try {
        json = JSON.parse(doc.getText()) as CorrectionsJson;
        if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
      } catch (e) {
        void vscode.window
          .showErrorMessage(`Crosscheck did not change ${ENTITY_OVERRIDES_PATH}: it is not valid JSON (${(e as Error).message}). Fix it first.`, 'Open File')
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
      void vscode.window.showErrorMessage(`Crosscheck could not edit ${ENTITY_OVERRIDES_PATH}.`);
      return false;
    }
    if (doc) await doc.save();
    this.log.info(`Entity corrections: ${describe}.`);
    await this.load();
    return true;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

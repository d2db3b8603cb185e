import * as vscode from 'vscode';
import type { EntityType } from '../../core/common/types';
import { combineOverrides, EMPTY_OVERRIDES, ENTITY_OVERRIDES_PATH, parseEntityOverrides, type EntityOverrides } from '../../core/entities';
import { Disposable } from '../../host/lifecycle';
import { exists } from '../../host/fileStat';
import { FolderCorrectionsFiles } from '../folderCorrections';
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
 * The analyst's entity corrections: `.crosscheck/entities.json` in each workspace folder (folders
 * added later too), read at start-up and whenever one changes (FolderCorrectionsFiles: watched,
 * checked, problems shown where they are, an unreadable file keeps the corrections read before). The
 * corpus is one across folders, so every folder's corrections apply to it, combined in folder order.
 * The commands that edit corrections change the file of the folder of the article being read (else
 * the first folder's) through a WorkspaceEdit, so they can be undone, and never touch a file they
 * could not parse.
 */
export class EntityCorrections extends Disposable {
  private readonly files: FolderCorrectionsFiles<EntityOverrides>;
  private readonly loadedEmitter = this.register(new vscode.EventEmitter<EntityOverrides>());
  readonly onDidLoad = this.loadedEmitter.event;
  private current: EntityOverrides = EMPTY_OVERRIDES;

  constructor(
    private readonly index: IndexService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.files = this.register(
      new FolderCorrectionsFiles<EntityOverrides>({ path: ENTITY_OVERRIDES_PATH, what: 'Entity corrections', collection: 'crosscheck', empty: EMPTY_OVERRIDES, parse: parseEntityOverrides }, log, () => void this.load()),
    );
  }

  get overrides(): EntityOverrides {
    return this.current;
  }

  /**
   * The corrections file the commands edit, whether or not it exists: the one of the folder of the
   * article in the active editor, else the first folder's.
   */
  uri(): vscode.Uri | undefined {
    return this.files.activeUri();
  }

  /** Reads every folder's file and applies them all to the index. Never throws. */
  async load(): Promise<void> {
    await this.files.readAll();
    const overrides = combineOverrides(this.files.all());
    this.current = overrides;
    await this.index.setEntityOverrides(overrides);
    this.loadedEmitter.fire(overrides);
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

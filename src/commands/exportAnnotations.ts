import * as vscode from 'vscode';
import { Commands } from '../constants';
import { exportCsv, exportJsonLd, exportMarkdown, layoutFromSetting, scanFolder, type FolderScan } from '../core/annotations';
import { plural } from '../core/common/strings';
import type { AnnotationService } from '../features/annotations/annotationService';
import { isArticleUri } from '../host/articles';
import type { Configuration } from '../host/configuration';
import { WorkspaceSidecarFileSystem } from '../host/workspaceSidecarFs';
import { statOf } from '../host/fileStat';

/** The editor's exports of the claims and notes: the CLI's (`crosscheck export --format …`), over the same core. */
type ExportFormat = 'markdown' | 'csv' | 'jsonld';

interface FormatInfo {
  command: string;
  /** What the messages call it. */
  what: string;
  /** Appended to the folder's name for the default file name. */
  suffix: string;
  filters: Record<string, string[]>;
  render(scan: FolderScan, folderName: string): string;
}

const FORMATS: Record<ExportFormat, FormatInfo> = {
  markdown: {
    command: Commands.exportBriefing,
    what: 'briefing',
    suffix: '-briefing.md',
    filters: { Markdown: ['md'] },
    render: (scan, name) => exportMarkdown(scan, `Claims briefing: ${name}`),
  },
  csv: {
    command: Commands.exportCsv,
    what: 'CSV',
    suffix: '-claims.csv',
    filters: { 'CSV (comma-separated values)': ['csv'] },
    render: (scan) => exportCsv(scan),
  },
  jsonld: {
    command: Commands.exportJsonLd,
    what: 'JSON-LD',
    suffix: '-annotations.jsonld',
    filters: { 'JSON-LD (W3C Web Annotations)': ['jsonld', 'json'] },
    render: (scan, name) => exportJsonLd(scan, `Crosscheck annotations: ${name}`),
  },
};

/**
 * Arguments for scripts, keybindings and tests (every one optional): `uri`, where to write (no save
 * dialog); `folder`, the workspace folder's URI (else the only one, or a pick); `open: false`, no
 * offer to open the result.
 */
export interface ExportArgs {
  uri?: string | vscode.Uri;
  folder?: string | vscode.Uri;
  open?: boolean;
}

export interface ExportResult {
  ok: boolean;
  uri?: string;
  /** How many annotations were exported. */
  annotations?: number;
  /** Why not ("cancelled", or the error with the file named). */
  message?: string;
}

const toUri = (u: string | vscode.Uri) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

/** workspaceState: the folder of the last export (a URI string), where the save dialog opens next time. */
const LAST_EXPORT_FOLDER = 'crosscheck.export.lastFolder';

/**
 * `crosscheck.exportBriefing` / `exportCsv` / `exportJsonLd`: every claim and note of a workspace
 * folder, as saved (pending changes written first), in the CLI's formats. Asks where to save: the
 * first time next to the folder (so that the export is not taken for an article of it), then in the
 * folder of this workspace's last export (workspaceState; as VS Code's Save As goes back to where it
 * last saved), the file named after the folder and the format either way. Writes the file
 * atomically (old content or new, never a mix: the sidecars' writer), with progress while the
 * sidecars are read and anchored, then offers to open it. A failure names the file and the reason;
 * sidecars that cannot be read are named too (the rest is exported, as the CLI does).
 */
export function registerExportCommands(annotations: AnnotationService, config: Configuration, workspaceState?: vscode.Memento): vscode.Disposable[] {
  return (Object.keys(FORMATS) as ExportFormat[]).map((format) =>
    vscode.commands.registerCommand(FORMATS[format].command, (args?: ExportArgs) => exportClaims(format, annotations, config, workspaceState, args ?? {})),
  );
}

async function exportClaims(format: ExportFormat, annotations: AnnotationService, config: Configuration, state: vscode.Memento | undefined, args: ExportArgs): Promise<ExportResult> {
  const info = FORMATS[format];
  const folder = await pickFolder(args.folder);
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showInformationMessage('Crosscheck: open a folder first: claims and notes are saved with its articles.');
    return { ok: false, message: 'cancelled' };
  }
  let target = args.uri ? toUri(args.uri) : undefined;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(await lastExportFolder(state) ?? vscode.Uri.joinPath(folder.uri, '..'), `${folder.name}${info.suffix}`),
      filters: info.filters,
      saveLabel: `Export ${info.what}`,
      title: `Crosscheck: export the claims and notes of ${folder.name} as ${info.what}`,
    });
    if (!target) return { ok: false, message: 'cancelled' };
  }
  const name = target.scheme === 'file' ? target.fsPath : target.toString(true);
  let scan: FolderScan;
  try {
    scan = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Crosscheck: exporting the claims and notes of ${folder.name}…` },
      async () => {
        await annotations.flush();
        const found = await scanFolder(new WorkspaceSidecarFileSystem(folder.uri), {
          layout: layoutFromSetting(config.value.annotationsFolder),
          isArticle: (path) => isArticleUri(vscode.Uri.joinPath(folder.uri, path), config.value),
        });
        const body = new TextEncoder().encode(info.render(found, folder.name));
        // (the sidecars' atomic writer: a temporary file in the target's folder renamed over it)
        const dir = vscode.Uri.joinPath(target!, '..');
        await new WorkspaceSidecarFileSystem(dir).writeFileAtomic(target!.path.slice(target!.path.lastIndexOf('/') + 1), body);
        return found;
      },
    );
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Crosscheck could not export the ${info.what} to ${name}: ${reason}`);
    return { ok: false, uri: target.toString(), message: `${name}: ${reason}` };
  }
  await state?.update(LAST_EXPORT_FOLDER, vscode.Uri.joinPath(target, '..').toString());
  const n = scan.annotations.length;
  if (scan.unreadable.length) {
    const list = scan.unreadable.map((u) => u.message).join('; ');
    void vscode.window.showWarningMessage(`Crosscheck: ${plural(scan.unreadable.length, 'annotation file')} could not be read and ${scan.unreadable.length === 1 ? 'is' : 'are'} not in the export (${list}).`);
  }
  if (args.open !== false) {
    const message = `Crosscheck: exported ${plural(n, 'annotated claim')} to ${name}.`;
    void vscode.window.showInformationMessage(message, 'Open').then(async (choice) => {
      if (choice !== 'Open') return;
      await vscode.window.showTextDocument(target!, { preview: false });
      if (format === 'markdown') await vscode.commands.executeCommand('markdown.showPreviewToSide').then(undefined, () => undefined);
    });
  }
  return { ok: true, uri: target.toString(), annotations: n };
}

/** The folder of this workspace's last export, if it is still there. */
async function lastExportFolder(state: vscode.Memento | undefined): Promise<vscode.Uri | undefined> {
  const last = state?.get<string>(LAST_EXPORT_FOLDER);
  if (!last) return undefined;
  const uri = vscode.Uri.parse(last);
  const stat = await statOf(uri);
  return stat && stat.type & vscode.FileType.Directory ? uri : undefined;
}

async function pickFolder(given: string | vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (given) return vscode.workspace.getWorkspaceFolder(toUri(given));
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Export the claims and notes of which folder?' });
}

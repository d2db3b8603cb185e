import * as vscode from 'vscode';
import type { SidecarFileSystem } from '../core/annotations/port';
import { foldersGlob, TOOL_FOLDERS } from '../core/common/skipFolders';
import { writeFileAtomic as writeFileAtomicOnDisk } from '../node/atomicWrite';

/** Folders never listed (sidecars may be kept in .crosscheck: that one is listed). */
const SKIP = foldersGlob(TOOL_FOLDERS);

/** Is this error VS Code's "no such file" (FileSystemError.FileNotFound, also through a remote)? */
export function isFileNotFound(e: unknown): boolean {
  if (e instanceof vscode.FileSystemError) return e.code === 'FileNotFound' || e.code === 'EntryNotFound';
  const code = (e as { code?: unknown } | undefined)?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT' || /EntryNotFound|FileNotFound|ENOENT/.test(String((e as Error)?.name ?? ''));
}

/**
 * The annotation store's file-system port over `vscode.workspace.fs`, rooted at a workspace folder
 * (paths are folder-relative with '/' separators).
 *
 * `writeFileAtomic` writes the whole content to a temporary file in the target's folder and renames
 * it over the target, so that the sidecar holds the old content or the new, never a mix or nothing.
 * For `file:` URIs the rename is Node's `fs.rename` (one rename(2); the temporary file is fsynced
 * first — src/node/atomicWrite.ts, the CLI's writer too), because `workspace.fs.rename(…, { overwrite: true })`
 * is not atomic: VS Code's FileService (1.139, `doMoveCopy`) deletes an existing target before it
 * renames, and a crash or a reader in between finds no sidecar at all. The extension host always
 * runs next to the workspace's files (Crosscheck is a workspace extension), so `file:` URIs are
 * local to it. Other schemes fall back to a temporary file and `workspace.fs.rename`. Either way
 * the temporary file (`.name.annotations.json.<random>.tmp`, which no watcher takes for a sidecar or
 * an article) is removed if anything fails, and the target is then untouched.
 */
export class WorkspaceSidecarFileSystem implements SidecarFileSystem {
  constructor(readonly root: vscode.Uri) {}

  uriOf(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...relativePath.split('/').filter((p) => p !== ''));
  }

  /** The folder-relative path of a URI under the root, or undefined when it is elsewhere. */
  relativePathOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const base = this.root.path.replace(/\/+$/, '');
    if (!uri.path.startsWith(`${base}/`)) return undefined;
    return uri.path.slice(base.length + 1);
  }

  async listFiles(): Promise<string[]> {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(this.root, '**/*'), new vscode.RelativePattern(this.root, SKIP));
    return found.map((u) => this.relativePathOf(u)).filter((p): p is string => p !== undefined).sort();
  }

  async readFile(relativePath: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uriOf(relativePath));
  }

  async readFileIfExists(relativePath: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uriOf(relativePath));
    } catch (e) {
      if (isFileNotFound(e)) return undefined;
      throw e;
    }
  }

  async writeFileAtomic(relativePath: string, data: Uint8Array): Promise<void> {
    const target = this.uriOf(relativePath);
    if (target.scheme === 'file') return writeFileAtomicOnDisk(target.fsPath, data);
    const folder = vscode.Uri.joinPath(target, '..');
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const random = Math.random().toString(36).slice(2, 10);
    const tmp = vscode.Uri.joinPath(folder, `.${name}.${random}.tmp`);
    await vscode.workspace.fs.createDirectory(folder);
    try {
      await vscode.workspace.fs.writeFile(tmp, data);
      await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp, { useTrash: false })).catch(() => undefined);
      throw e;
    }
  }
}

import * as vscode from 'vscode';

/**
 * The one "is there a file?" of the extension host: the stat of the file or folder at `uri`, or
 * undefined when there is none — or it cannot be stat'ed, which every caller treats as none (each
 * then reads or writes the file, and that read or write reports its own error).
 */
export function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    (s) => s,
    () => undefined,
  );
}

/** Is there a file or folder at `uri`? (statOf) */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await statOf(uri)) !== undefined;
}

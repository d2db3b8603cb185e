import * as vscode from 'vscode';
import { PathFilter } from '../core/common/glob';
import type { CrosscheckConfig } from './configuration';

/** The key under which an article is indexed: its URI as a string. */
export function articleKey(uri: vscode.Uri): string {
  return uri.toString();
}

/** relativePath's answers by URI, until the workspace folders change (the views ask thousands of times per refresh). */
const relativePaths = new Map<string, string>();
let relativePathsWatched = false;

/** Workspace-relative path with '/' separators (prefixed by the folder name in multi-root workspaces). */
export function relativePath(uri: vscode.Uri): string {
  const key = uri.toString();
  let rel = relativePaths.get(key);
  if (rel === undefined) {
    if (!relativePathsWatched) {
      relativePathsWatched = true;
      vscode.workspace.onDidChangeWorkspaceFolders(() => relativePaths.clear()); // (for the extension's lifetime)
    }
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    rel = vscode.workspace.asRelativePath(uri, multi).replace(/\\/g, '/');
    if (relativePaths.size >= 100_000) relativePaths.clear();
    relativePaths.set(key, rel);
  }
  return rel;
}

let cachedFilter: { key: string; filter: PathFilter } | undefined;

/** Is the file at `uri` an article by the settings (inside a workspace folder, matching the globs)? */
export function isArticleUri(uri: vscode.Uri, config: CrosscheckConfig): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const key = `${config.articlesInclude}\n${config.articlesExclude}`;
  if (cachedFilter?.key !== key) cachedFilter = { key, filter: new PathFilter(config.articlesInclude, config.articlesExclude) };
  const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  // Crosscheck's own files are never articles, whatever the include glob says.
  if (/(^|\/)\.crosscheck\//.test(rel) || /\.annotations(\.recovered-[^/]*)?\.json$/.test(rel)) return false;
  return cachedFilter.filter.matches(rel);
}

/** Is this open document an article Crosscheck should analyse and decorate? */
export function isArticleDocument(doc: vscode.TextDocument, config: CrosscheckConfig): boolean {
  return doc.uri.scheme === 'file' && isArticleUri(doc.uri, config);
}

import * as vscode from 'vscode';
import { PathFilter } from '../core/common/glob';
import type { CrosscheckConfig } from './configuration';

/** The key under which an article is indexed: its URI as a string. */
export function articleKey(uri: vscode.Uri): string {
  return uri.toString();
}

/**
 * relativePath's answers by URI (the views ask thousands of times per refresh), while a cache is
 * kept (cacheRelativePaths): emptied whenever the workspace folders change.
 */
const relativePaths = new Map<string, string>();
let cachers = 0;

/**
 * Keeps relativePath's answers, emptied when the workspace folders change, until disposed (the
 * container owns it, registered before the services that ask, so that it is emptied before they
 * hear of the change). Without one, relativePath works them out every time.
 */
export function cacheRelativePaths(): vscode.Disposable {
  cachers++;
  const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => relativePaths.clear());
  let disposed = false;
  return {
    dispose: () => {
      if (disposed) return;
      disposed = true;
      listener.dispose();
      if (--cachers === 0) relativePaths.clear();
    },
  };
}

/** Workspace-relative path with '/' separators (prefixed by the folder name in multi-root workspaces). */
export function relativePath(uri: vscode.Uri): string {
  const key = uri.toString();
  let rel = cachers ? relativePaths.get(key) : undefined;
  if (rel === undefined) {
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    rel = vscode.workspace.asRelativePath(uri, multi).replace(/\\/g, '/');
    if (cachers) {
      if (relativePaths.size >= 100_000) relativePaths.clear();
      relativePaths.set(key, rel);
    }
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

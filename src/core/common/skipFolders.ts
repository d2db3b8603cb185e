/**
 * Folders that never hold an analyst's files: version control, dependencies, VS Code's test
 * downloads. One list for every place that walks a folder (the CLI's reader, the editor's sidecar
 * search, the `crosscheck.articles.exclude` default, checked by a unit test).
 */
export const TOOL_FOLDERS = ['node_modules', '.git', '.hg', '.svn', '.vscode-test'] as const;

/**
 * Folders never searched for articles: the tool folders and Crosscheck's own `.crosscheck` (entity
 * corrections, sidecars kept apart). Sidecars are looked for there too, so their search skips
 * only TOOL_FOLDERS.
 */
export const ARTICLE_SKIP_FOLDERS = [...TOOL_FOLDERS, '.crosscheck'] as const;

/** A glob (VS Code's syntax) of everything under any of `folders`, at any depth. */
export function foldersGlob(folders: readonly string[]): string {
  return `**/{${folders.join(',')}}/**`;
}

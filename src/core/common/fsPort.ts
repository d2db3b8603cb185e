/**
 * The little the core needs from a file system, so that the same code reads a folder from Node
 * (the CLI, the tests) and from VS Code's workspace file system (the extension).
 */
export interface FileSystemPort {
  /** Every file under the root, as paths relative to it with '/' separators. */
  listFiles(): Promise<string[]>;
  readFile(relativePath: string): Promise<Uint8Array>;
}

/** Files Crosscheck reads as articles: plain text and Markdown. */
export function isArticlePath(relativePath: string): boolean {
  return /\.(txt|md)$/i.test(relativePath);
}

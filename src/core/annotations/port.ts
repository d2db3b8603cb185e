import type { FileSystemPort } from '../common/fsPort';

/**
 * What the annotation store needs from a file system: FileSystemPort (list, read) plus a read that
 * tells "no such file" from a failure, and an atomic write. Paths are folder-relative, '/'-separated.
 * Implemented over Node by src/cli/nodeFs.ts, in memory by MemoryFileSystem, and over
 * vscode.workspace.fs by the host (src/host/workspaceSidecarFs.ts).
 */
export interface SidecarFileSystem extends FileSystemPort {
  /** The file's bytes, or undefined when there is no file at the path. Any other failure throws. */
  readFileIfExists(relativePath: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file's content with `data` atomically: written in full to a temporary file in the
   * same folder, then renamed over the target, so that a reader — or the file after a crash — has
   * the old content or the new, never a mix or an empty file. Creates missing parent folders. On
   * failure the target is unchanged and the temporary file is removed.
   */
  writeFileAtomic(relativePath: string, data: Uint8Array): Promise<void>;
}

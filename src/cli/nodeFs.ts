import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileSystemPort } from '../core/common/fsPort';

/** Folders never searched for articles. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.crosscheck', '.vscode-test']);

/** A FileSystemPort over a folder on disk. Hidden folders and node_modules are skipped. */
export function nodeFileSystem(root: string): FileSystemPort {
  return {
    async listFiles() {
      const out: string[] = [];
      const walk = async (dir: string, rel: string): Promise<void> => {
        const entries = await fs.readdir(dir, { withFileTypes: true });
        for (const e of entries) {
          const childRel = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) {
            if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await walk(path.join(dir, e.name), childRel);
          } else if (e.isFile() || e.isSymbolicLink()) {
            out.push(childRel);
          }
        }
      };
      await walk(root, '');
      return out;
    },
    async readFile(relativePath) {
      return fs.readFile(path.join(root, ...relativePath.split('/')));
    },
  };
}

import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SidecarFileSystem } from '../core/annotations/port';
import { ARTICLE_SKIP_FOLDERS } from '../core/common/skipFolders';
import { writeFileAtomic } from '../node/atomicWrite';


const SKIP_DIRS: ReadonlySet<string> = new Set(ARTICLE_SKIP_FOLDERS);

/**
 * A FileSystemPort over a folder on disk (hidden folders and node_modules are skipped when
 * listing), with the reads and the atomic write the annotation store needs.
 */
export function nodeFileSystem(root: string): SidecarFileSystem {
  const abs = (relativePath: string) => path.join(root, ...relativePath.split('/'));
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
    // Read synchronously: a command-line run has nothing else to do meanwhile, and fs.promises.readFile
    // goes through the thread pool several times per file (open, stat, read, close): about 200 ms of
    // CPU for the 2,095 files of the BBC corpus, against 40 ms read in one go.
    async readFile(relativePath) {
      return readFileSync(abs(relativePath));
    },
    async readFileIfExists(relativePath) {
      try {
        return readFileSync(abs(relativePath));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw e;
      }
    },
    async writeFileAtomic(relativePath, data) {
      await writeFileAtomic(abs(relativePath), data);
    },
  };
}

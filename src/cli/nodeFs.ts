import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SidecarFileSystem } from '../core/annotations/port';

/** Folders never searched for articles. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.crosscheck', '.vscode-test']);

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

/**
 * Writes a file so that it holds the old content or the new, never a mix: the data goes to a
 * temporary file in the same folder (same file system, so the rename is atomic), which is flushed
 * to disk and then renamed over the target. The temporary file is removed if anything fails.
 * The new file takes the old one's permissions. `data`: bytes, or text in pieces (written as UTF-8
 * one piece at a time, for output too large to hold whole).
 */
export async function writeFileAtomic(file: string, data: Uint8Array | Iterable<string>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const handle = await fs.open(tmp, 'wx', mode ?? 0o666);
  try {
    try {
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await handle.writeFile(piece); // (appends: the handle's position moves on)
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** On Windows a rename over a file another process has open (an editor, a virus scanner) fails for a moment: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 10 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw e;
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
    }
  }
}

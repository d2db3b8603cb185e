// Node-side file helpers shared by the command line and the extension host (no vscode here: the
// architecture test holds src/node to the same rule as src/core and src/cli).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

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

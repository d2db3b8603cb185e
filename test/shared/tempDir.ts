// Temporary folders for tests, removed when the test run ends. Each test file is bundled on its own,
// so the list lives on globalThis: one list and one removal for the whole mocha process, however many
// bundles create folders. Removal runs in a root `after` hook (the normal end) and again on process
// exit (a run cut short), so a run leaves nothing behind in the system's temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const KEY = Symbol.for('crosscheck.tempDirs');
interface TempState { dirs: string[]; hooked: boolean }
const state = (): TempState => ((globalThis as Record<symbol, TempState>)[KEY] ??= { dirs: [], hooked: false });

function removeAll(): void {
  const s = state();
  for (const dir of s.dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A new empty folder under the system's temporary folder, named `<prefix>XXXXXX`; removed at the end of the run. */
export function tempDir(prefix: string): string {
  const s = state();
  if (!s.hooked) {
    s.hooked = true;
    if (typeof after === 'function') after(removeAll); // mocha's root hook: runs once every test has
    process.once('exit', removeAll);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  s.dirs.push(dir);
  return dir;
}

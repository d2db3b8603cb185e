// Cleanups that must run however a test process ends (normal end, hard timeout, Ctrl+C). Kept on
// globalThis because each test file is bundled separately and would otherwise have its own list.
type Cleanup = () => Promise<void> | void;
const KEY = Symbol.for('crosscheck.cleanups');
const list = (): Cleanup[] => ((globalThis as Record<symbol, Cleanup[]>)[KEY] ??= []);

/** Registers `fn`; returns a function that runs it once and unregisters it. */
export function registerCleanup(fn: Cleanup): () => Promise<void> {
  list().push(fn);
  return async () => {
    const l = list();
    const i = l.indexOf(fn);
    if (i < 0) return;
    l.splice(i, 1);
    await fn();
  };
}

/** Runs every registered cleanup, newest first; errors are reported, not thrown. */
export async function runCleanups(): Promise<void> {
  const l = list();
  while (l.length) {
    const fn = l.pop()!;
    try {
      await fn();
    } catch (e) {
      console.error(`cleanup failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

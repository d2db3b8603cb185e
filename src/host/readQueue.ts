/**
 * Re-reads of files, one at a time per file: a read asked for while one is in flight runs once more
 * after it (a file copied in sends several events, and each read of a 20 MB file costs the host a
 * decoding), and a read of a file deleted while it was in flight is dropped (it must not put back
 * what the deletion took away). Keys are article keys (URI strings); a deletion covers the keys at
 * or under a prefix (a folder's key). No `vscode` here: unit-tested as is.
 */
export class ReadQueue {
  private readonly running = new Map<string, { again: boolean; done: Promise<void> }>();
  /** How many times each key was deleted while a read of it was in flight (counted only then). */
  private readonly deletions = new Map<string, number>();

  /** Is a read of this key in flight? */
  has(key: string): boolean {
    return this.running.has(key);
  }

  /**
   * Reads `key` (with `read`) and hands the result to `deliver`, unless the key was deleted meanwhile.
   * While a read of it is in flight, asks for one more read after it instead, and returns when that is done.
   */
  refresh<T>(key: string, read: () => Promise<T>, deliver: (result: T) => void): Promise<void> {
    const running = this.running.get(key);
    if (running) {
      running.again = true;
      return running.done;
    }
    const state = { again: false, done: Promise.resolve() };
    this.running.set(key, state);
    state.done = (async () => {
      try {
        do {
          state.again = false;
          const deletions = this.deletions.get(key);
          const result = await read();
          if (this.deletions.get(key) === deletions) deliver(result);
        } while (state.again);
      } finally {
        this.running.delete(key);
        this.deletions.delete(key);
      }
    })();
    return state.done;
  }

  /** The file or folder at `prefix` was deleted: reads in flight at or under it are dropped. */
  deleted(prefix: string): void {
    for (const key of this.running.keys()) if (isUnder(key, prefix)) this.deletions.set(key, (this.deletions.get(key) ?? 0) + 1);
  }
}

/** Is `key` the key `prefix` or under it (a folder's key)? */
export function isUnder(key: string, prefix: string): boolean {
  return key === prefix || (key.startsWith(prefix) && key.charCodeAt(prefix.length) === 47 /* / */);
}

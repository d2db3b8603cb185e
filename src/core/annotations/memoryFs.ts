import type { SidecarFileSystem } from './port';

/**
 * A SidecarFileSystem in memory: for tests, and for hosts that keep sidecars elsewhere. Writes are
 * atomic by construction (the map entry is replaced in one step). `failWrites` makes the next
 * writes fail (the file is left unchanged), to test what the store does when a disk is full.
 */
export class MemoryFileSystem implements SidecarFileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Number of writes so far (successful ones). */
  writes = 0;
  /** While > 0, each write fails and decrements it. */
  failWrites = 0;

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [p, body] of Object.entries(initial)) this.set(p, body);
  }

  set(path: string, body: string | Uint8Array): void {
    this.files.set(path, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  }

  text(path: string): string | undefined {
    const b = this.files.get(path);
    return b && new TextDecoder().decode(b);
  }

  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    const b = this.files.get(path);
    if (!b) throw new Error(`ENOENT: no such file '${path}'`);
    return b;
  }

  async readFileIfExists(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    await Promise.resolve();
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error(`ENOSPC: no space left on device, write '${path}'`);
    }
    this.files.set(path, data.slice());
    this.writes++;
  }
}

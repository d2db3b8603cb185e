import type { FileError } from '../core/common/types';

/** A file matched by the article globs that is not an article Crosscheck can read. */
interface Skipped {
  path: string;
  message: string;
  /** Its size and modification time when it was read (`size:mtime`; '' when they could not be known). */
  stamp: string;
  /** How many times it was read and skipped in that state (1 unless two reads crossed). */
  reads: number;
}

/**
 * Files skipped as not articles (binary, not UTF-8, too large, unreadable), remembered by size and
 * modification time: the index does not read them again, nor report them again, until they change.
 * A file that is deleted or leaves the articles is forgotten. Keys are the index's (URI strings).
 */
export class SkippedFiles {
  private readonly files = new Map<string, Skipped>();

  /** Is the file, in the state `stamp` describes, known not to be an article? Then it need not be read. */
  known(key: string, stamp: string): boolean {
    return this.files.get(key)?.stamp === stamp;
  }

  /**
   * Records that a file was skipped. True when this is news to report (the first time, or the file
   * changed, or for another reason); false when it had already been reported in that state.
   */
  record(key: string, path: string, stamp: string | undefined, message: string): boolean {
    const known = this.files.get(key);
    if (known && known.stamp === (stamp ?? '') && known.message === message) {
      known.reads++;
      return false;
    }
    this.files.set(key, { path, message, stamp: stamp ?? '', reads: 1 });
    return true;
  }

  /** The file is an article now (it changed), or gone. */
  forget(key: string): boolean {
    return this.files.delete(key);
  }

  /** Forgets the files at or under `prefix` (a file's or a folder's key). */
  forgetUnder(prefix: string): boolean {
    let any = false;
    for (const key of this.files.keys()) if (key === prefix || key.startsWith(prefix + '/')) any = this.files.delete(key) || any;
    return any;
  }

  /** Keeps only the files still there (a look through the workspace found `present`). */
  retain(present: ReadonlySet<string>): boolean {
    let any = false;
    for (const key of this.files.keys()) if (!present.has(key)) any = this.files.delete(key) || any;
    return any;
  }

  clear(): void {
    this.files.clear();
  }

  has(key: string): boolean {
    return this.files.has(key);
  }

  /** The files skipped, by path, and why. */
  list(): (FileError & { reads: number })[] {
    return [...this.files.values()].map(({ path, message, reads }) => ({ path, message, reads })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

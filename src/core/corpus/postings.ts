/**
 * An inverted index from 32-bit keys (shingle hashes, term ids) to the ids of the articles that
 * contain them, in typed arrays only: an open-addressing table of keys, and one pool of list
 * entries (article id, next entry) shared by all keys. A corpus of millions of shingles costs tens
 * of megabytes and no JavaScript object per key or per list.
 */
export class Postings {
  private keys = new Int32Array(1 << 12);
  /** First entry of the key's list (index into the pool), or -1. */
  private heads = new Int32Array(1 << 12);
  /** Number of articles in the key's list. */
  private counts = new Int32Array(1 << 12);
  /** 0 empty, 1 used, 2 deleted. */
  private state = new Uint8Array(1 << 12);
  private used = 0;
  private deleted = 0;
  // The pool of list entries.
  private ids = new Int32Array(1 << 12);
  private next = new Int32Array(1 << 12);
  private poolSize = 0;
  private free = -1;
  /** Scratch list returned by `get` (valid until the next call). */
  private scratch: number[] = [];

  get size(): number {
    return this.used;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (true) {
      const s = this.state[i]!;
      if (s === 0) return -1 - i;
      if (s === 1 && this.keys[i] === key) return i;
      i = (i + 1) & mask;
    }
  }

  /**
   * The article ids for a key: one number, or an array that is only valid until the next call
   * (copy it to keep it); undefined when none.
   */
  get(key: number): number | readonly number[] | undefined {
    const i = this.slot(key);
    if (i < 0) return undefined;
    const n = this.counts[i]!;
    let e = this.heads[i]!;
    if (n === 1) return this.ids[e]!;
    const out = this.scratch;
    out.length = 0;
    while (e >= 0) {
      out.push(this.ids[e]!);
      e = this.next[e]!;
    }
    return out;
  }

  /** The article at the head of a key's list that is not `exclude`, or -1 (constant time). */
  firstOther(key: number, exclude: number): number {
    const i = this.slot(key);
    if (i < 0) return -1;
    const e = this.heads[i]!;
    if (this.ids[e] !== exclude) return this.ids[e]!;
    const n = this.next[e]!;
    return n >= 0 ? this.ids[n]! : -1;
  }

  /** How many articles contain the key. */
  count(key: number): number {
    const i = this.slot(key);
    return i < 0 ? 0 : this.counts[i]!;
  }

  add(key: number, id: number): void {
    if ((this.used + this.deleted + 1) * 2 > this.keys.length) this.grow();
    let i = this.slot(key);
    if (i < 0) {
      // Reuse the first deleted slot on the probe path, else the empty one found.
      let j = -1 - i;
      const mask = this.keys.length - 1;
      let k = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (k !== j) {
        if (this.state[k] === 2) {
          j = k;
          this.deleted--;
          break;
        }
        k = (k + 1) & mask;
      }
      this.keys[j] = key;
      this.heads[j] = -1;
      this.counts[j] = 0;
      this.state[j] = 1;
      this.used++;
      i = j;
    }
    const e = this.alloc();
    this.ids[e] = id;
    this.next[e] = this.heads[i]!;
    this.heads[i] = e;
    this.counts[i]!++;
  }

  /** Removes one article from a key's list; true if it was there. */
  remove(key: number, id: number): boolean {
    const i = this.slot(key);
    if (i < 0) return false;
    let prev = -1;
    let e = this.heads[i]!;
    while (e >= 0 && this.ids[e] !== id) {
      prev = e;
      e = this.next[e]!;
    }
    if (e < 0) return false;
    if (prev < 0) this.heads[i] = this.next[e]!;
    else this.next[prev] = this.next[e]!;
    this.next[e] = this.free;
    this.free = e;
    if (--this.counts[i]! === 0) {
      this.state[i] = 2;
      this.used--;
      this.deleted++;
    }
    return true;
  }

  clear(): void {
    this.keys = new Int32Array(1 << 12);
    this.heads = new Int32Array(1 << 12);
    this.counts = new Int32Array(1 << 12);
    this.state = new Uint8Array(1 << 12);
    this.ids = new Int32Array(1 << 12);
    this.next = new Int32Array(1 << 12);
    this.used = 0;
    this.deleted = 0;
    this.poolSize = 0;
    this.free = -1;
  }

  private alloc(): number {
    if (this.free >= 0) {
      const e = this.free;
      this.free = this.next[e]!;
      return e;
    }
    if (this.poolSize === this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
    }
    return this.poolSize++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldCounts = this.counts;
    const oldState = this.state;
    const cap = this.used * 4 > oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
    this.keys = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.counts = new Int32Array(cap);
    this.state = new Uint8Array(cap);
    this.deleted = 0;
    const mask = cap - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldState[i] !== 1) continue;
      const key = oldKeys[i]!;
      let j = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.state[j] !== 0) j = (j + 1) & mask;
      this.keys[j] = key;
      this.heads[j] = oldHeads[i]!;
      this.counts[j] = oldCounts[i]!;
      this.state[j] = 1;
    }
  }
}

/**
 * An inverted index from 32-bit keys (shingle hashes, term ids) to the ids of the articles that
 * contain them, in typed arrays only: an open-addressing table of keys, and one pool of list
 * entries (article id, next entry) shared by all keys. A corpus of millions of shingles costs tens
 * of megabytes and no JavaScript object per key or per list.
 */
/** The entry of a deleted slot (no list entry is negative but -1, "none"). */
const DELETED = -2;

export class Postings {
  /**
   * The open-addressing table, one slot in three consecutive numbers: the key, the first entry of
   * its list in the pool, and the number of articles in its list. A used slot has a count; an empty
   * one is all zero; a deleted one has no count and DELETED for its entry. A probe reads one cache
   * line rather than one in each of several arrays: at a folder's millions of shingles the table is
   * far larger than the caches, and loading the folder is a probe per shingle.
   */
  private table = new Int32Array(3 << 12);
  /** Slots in `table` (a power of two). */
  private cap = 1 << 12;
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

  /** The offset in `table` (3 × the slot) of the key's slot, or -1 - (offset of the empty slot where it would go). */
  private slot(key: number): number {
    const t = this.table;
    const mask = this.cap - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (true) {
      const o = i * 3;
      if (t[o + 2] !== 0) {
        if (t[o] === key) return o;
      } else if (t[o + 1] !== DELETED) return -1 - o;
      i = (i + 1) & mask;
    }
  }

  /**
   * The article ids for a key: one number, or an array that is only valid until the next call
   * (copy it to keep it); undefined when none.
   */
  get(key: number): number | readonly number[] | undefined {
    const o = this.slot(key);
    if (o < 0) return undefined;
    const n = this.table[o + 2]!;
    let e = this.table[o + 1]!;
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
    const o = this.slot(key);
    if (o < 0) return -1;
    const e = this.table[o + 1]!;
    if (this.ids[e] !== exclude) return this.ids[e]!;
    const n = this.next[e]!;
    return n >= 0 ? this.ids[n]! : -1;
  }

  /**
   * Where a key's list is, for reading it without a copy: -1 when the key has none; else
   * `countAt(at)` articles, the first `idOf(firstAt(at))`, the next `idOf(nextOf(e))` until -1.
   * Valid until the next change.
   */
  find(key: number): number {
    const o = this.slot(key);
    return o < 0 ? -1 : o;
  }

  countAt(at: number): number {
    return this.table[at + 2]!;
  }

  firstAt(at: number): number {
    return this.table[at + 1]!;
  }

  idOf(entry: number): number {
    return this.ids[entry]!;
  }

  nextOf(entry: number): number {
    return this.next[entry]!;
  }

  /**
   * The lists of every key held by `min` to `max` articles, read in one pass over the table (in
   * slot order): list g's article ids are `ids[starts[g]]` to `ids[starts[g + 1] - 1]`. For a
   * question about all articles at once, where a probe per key of each article would miss the
   * cache at nearly every key (the table is tens of megabytes).
   */
  listsWithin(min: number, max: number): { starts: Int32Array; ids: Int32Array } {
    const t = this.table;
    let lists = 0;
    let entries = 0;
    for (let o = 2; o < t.length; o += 3) {
      const n = t[o]!;
      if (n >= min && n <= max) {
        lists++;
        entries += n;
      }
    }
    const starts = new Int32Array(lists + 1);
    const ids = new Int32Array(entries);
    let g = 0;
    let at = 0;
    for (let o = 0; o < t.length; o += 3) {
      const n = t[o + 2]!;
      if (n < min || n > max) continue;
      starts[g++] = at;
      for (let e = t[o + 1]!; e >= 0; e = this.next[e]!) ids[at++] = this.ids[e]!;
    }
    starts[g] = at;
    return { starts, ids };
  }

  /** How many articles contain the key. */
  count(key: number): number {
    const o = this.slot(key);
    return o < 0 ? 0 : this.table[o + 2]!;
  }

  add(key: number, id: number): void {
    if ((this.used + this.deleted + 1) * 2 > this.cap) this.grow();
    let o = this.slot(key);
    const t = this.table;
    if (o < 0) {
      // Reuse the first deleted slot on the probe path, else the empty one found (no second walk
      // down the path when nothing was deleted since the table last grew: loading a folder).
      let j = -1 - o;
      if (this.deleted) {
        const mask = this.cap - 1;
        for (let k = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; k * 3 !== j; k = (k + 1) & mask) {
          if (t[k * 3 + 2] === 0 && t[k * 3 + 1] === DELETED) {
            j = k * 3;
            this.deleted--;
            break;
          }
        }
      }
      t[j] = key;
      t[j + 1] = -1;
      t[j + 2] = 0;
      this.used++;
      o = j;
    }
    const e = this.alloc();
    this.ids[e] = id;
    this.next[e] = t[o + 1]!;
    t[o + 1] = e;
    t[o + 2]!++;
  }

  /** Removes one article from a key's list; true if it was there. */
  remove(key: number, id: number): boolean {
    const o = this.slot(key);
    if (o < 0) return false;
    const t = this.table;
    let prev = -1;
    let e = t[o + 1]!;
    while (e >= 0 && this.ids[e] !== id) {
      prev = e;
      e = this.next[e]!;
    }
    if (e < 0) return false;
    if (prev < 0) t[o + 1] = this.next[e]!;
    else this.next[prev] = this.next[e]!;
    this.next[e] = this.free;
    this.free = e;
    if (--t[o + 2]! === 0) {
      t[o + 1] = DELETED;
      this.used--;
      this.deleted++;
    }
    return true;
  }

  clear(): void {
    this.table = new Int32Array(3 << 12);
    this.cap = 1 << 12;
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
    const old = this.table;
    const oldCap = this.cap;
    const cap = this.used * 4 > oldCap ? oldCap * 2 : oldCap;
    const t = new Int32Array(3 * cap);
    this.table = t;
    this.cap = cap;
    this.deleted = 0;
    const mask = cap - 1;
    for (let i = 0; i < oldCap; i++) {
      const o = i * 3;
      if (old[o + 2] === 0) continue;
      const key = old[o]!;
      let j = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (t[j * 3 + 2] !== 0) j = (j + 1) & mask;
      const n = j * 3;
      t[n] = key;
      t[n + 1] = old[o + 1]!;
      t[n + 2] = old[o + 2]!;
    }
  }
}

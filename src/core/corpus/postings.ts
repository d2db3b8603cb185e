/**
 * An inverted index from 32-bit keys (shingle hashes, term ids) to the ids of the articles that
 * contain them: open addressing over typed arrays, so that a corpus of millions of shingles costs
 * tens of megabytes and no hashing of JavaScript objects. A key in one article (most of them)
 * stores that article's id inline; a key in several points to a small array.
 */
export class Postings {
  private keys = new Int32Array(1 << 12);
  /** >= 0: the one article id; < 0: -(1 + index into `lists`). */
  private vals = new Int32Array(1 << 12);
  /** 0 empty, 1 used, 2 deleted. */
  private state = new Uint8Array(1 << 12);
  private lists: (number[] | null)[] = [];
  private freeLists: number[] = [];
  private used = 0;
  private deleted = 0;

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

  /** The article ids for a key: one number, an array (do not modify), or undefined. */
  get(key: number): number | readonly number[] | undefined {
    const i = this.slot(key);
    if (i < 0) return undefined;
    const v = this.vals[i]!;
    return v >= 0 ? v : this.lists[-1 - v]!;
  }

  /** How many articles contain the key. */
  count(key: number): number {
    const i = this.slot(key);
    if (i < 0) return 0;
    const v = this.vals[i]!;
    return v >= 0 ? 1 : this.lists[-1 - v]!.length;
  }

  add(key: number, id: number): void {
    if ((this.used + this.deleted + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
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
      this.vals[j] = id;
      this.state[j] = 1;
      this.used++;
      return;
    }
    const v = this.vals[i]!;
    if (v >= 0) {
      const li = this.freeLists.length ? this.freeLists.pop()! : this.lists.length;
      this.lists[li] = [v, id];
      this.vals[i] = -1 - li;
    } else this.lists[-1 - v]!.push(id);
  }

  /** Removes one article from a key's list; true if it was there. */
  remove(key: number, id: number): boolean {
    const i = this.slot(key);
    if (i < 0) return false;
    const v = this.vals[i]!;
    if (v >= 0) {
      if (v !== id) return false;
      this.state[i] = 2;
      this.used--;
      this.deleted++;
      return true;
    }
    const li = -1 - v;
    const list = this.lists[li]!;
    const at = list.indexOf(id);
    if (at < 0) return false;
    list[at] = list[list.length - 1]!;
    list.pop();
    if (list.length === 1) {
      this.vals[i] = list[0]!;
      this.lists[li] = null;
      this.freeLists.push(li);
    }
    return true;
  }

  clear(): void {
    this.keys = new Int32Array(1 << 12);
    this.vals = new Int32Array(1 << 12);
    this.state = new Uint8Array(1 << 12);
    this.lists = [];
    this.freeLists = [];
    this.used = 0;
    this.deleted = 0;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const oldState = this.state;
    const cap = this.used * 4 > oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.state = new Uint8Array(cap);
    this.deleted = 0;
    const mask = cap - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldState[i] !== 1) continue;
      const key = oldKeys[i]!;
      let j = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.state[j] !== 0) j = (j + 1) & mask;
      this.keys[j] = key;
      this.vals[j] = oldVals[i]!;
      this.state[j] = 1;
    }
  }
}

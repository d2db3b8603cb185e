/**
 * The arithmetic of word shingles: hashing a run of words (a shingle, a whole phrase), and the
 * sorted lists of hashes the passage index keeps per article (membership, overlap, differences,
 * the order of an article's shingles by hash).
 */

/** Words per shingle. Four catches reworded quotes that share a phrase, yet rarely joins unrelated text. */
export const SHINGLE = 4;

/** The hash of the `n` words from `i` (a shingle); never 0 (0 marks "no shingle here"). */
export function shingleHash(terms: ArrayLike<number>, i: number, n = SHINGLE): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ terms[i + k]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

/** The hash of a whole word sequence (any length), for exact-phrase lookups. */
export function phraseHash(terms: ArrayLike<number>, from: number, to: number): number {
  let h = (0x9e3779b9 ^ (to - from)) | 0;
  for (let k = from; k < to; k++) h = Math.imul(h ^ terms[k]!, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h === 0 ? 1 : h;
}

/** Is `v` in a sorted list? */
export function hasSorted(a: Int32Array, v: number): boolean {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] === v;
}

/**
 * How many values two sorted lists of distinct values have in common. Lists of similar length are
 * merged; a short list against a much longer one (an ordinary article against a 20 MB one) looks
 * each of its values up in the longer one by galloping search, so that the cost follows the
 * shorter list: comparing a huge article with every other article stays linear in the corpus.
 */
export function countShared(a: Int32Array, b: Int32Array): number {
  const x = a.length <= b.length ? a : b;
  const y = x === a ? b : a;
  let n = 0;
  if (x.length * 16 >= y.length) {
    // A merge without branches on the values: the shingles are hashes, so which list moves on is
    // a coin toss the processor would mispredict half the time (this is twice as fast).
    let i = 0;
    let j = 0;
    const nx = x.length;
    const ny = y.length;
    while (i < nx && j < ny) {
      const u = x[i]!;
      const v = y[j]!;
      n += +(u === v);
      i += +(u <= v);
      j += +(v <= u);
    }
    return n;
  }
  let lo = 0;
  for (let i = 0; i < x.length && lo < y.length; i++) {
    const u = x[i]!;
    // Gallop from lo to a range [lo, hi) whose end is past u, then binary search in it.
    let step = 1;
    let hi = lo;
    while (hi < y.length && y[hi]! < u) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > y.length) hi = y.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (y[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    if (lo < y.length && y[lo] === u) {
      n++;
      lo++;
    }
  }
  return n;
}

/** Values in one of two sorted lists of distinct values but not both, sorted. */
export function symmetricDifference(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      i++;
      j++;
    }
  }
  return Int32Array.from(out);
}

/** Sorted distinct non-zero values. */
export function distinct(values: Int32Array): Int32Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    if (v !== 0 && (n === 0 || sorted[n - 1] !== v)) sorted[n++] = v;
  }
  return sorted.slice(0, n);
}

/**
 * Positions of the non-zero shingles ordered by (hash, position): each packed into one float64 as
 * hash * 2^21 + position (positions are below DEFAULT_MAX_TOKENS < 2^21, so the key is exact) and
 * sorted by the native numeric sort.
 */
export function orderShingles(shingles: Int32Array): Int32Array {
  const SHIFT = 2097152;
  let n = 0;
  for (let i = 0; i < shingles.length; i++) if (shingles[i] !== 0) n++;
  const keys = new Float64Array(n);
  n = 0;
  for (let i = 0; i < shingles.length; i++) if (shingles[i] !== 0) keys[n++] = shingles[i]! * SHIFT + i;
  keys.sort();
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = keys[k]! - Math.floor(keys[k]! / SHIFT) * SHIFT;
  return out;
}

/**
 * Why this runs at load: V8 optimises `countShared` on the first pairs of articles it compares, of
 * similar lengths (the merge), and threw the code away the first time a short list met one more
 * than 16 times longer (the galloping search; twice on a cold BBC run, --trace-deopt). Counting two
 * made-up pairs, one of each kind, first leaves nothing new to see.
 */
function primeCountShared(): void {
  const short = Int32Array.of(3, 40, 77);
  const long = new Int32Array(64);
  for (let i = 0; i < long.length; i++) long[i] = 2 * i + 1;
  for (let k = 0; k < 3; k++) {
    countShared(short, long);
    countShared(long, short);
    countShared(long, long);
  }
}
primeCountShared();

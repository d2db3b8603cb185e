/** Small text helpers for labels and reports. */

/** "1 article", "3 articles" (or an irregular plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Runs of whitespace (line breaks included) as one space, trimmed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** At most `n` characters, with an ellipsis when cut. */
export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: an adjacent transposition is one edit),
 * capped: returns `cap + 1` as soon as the distance is known to exceed `cap`. The project's one edit
 * distance (names across outlets, spellings inside quotes).
 */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (a === b) return 0;
  const m = b.length;
  // Three rows, reused: two before the current one (for transpositions).
  let prev2: number[] = new Array<number>(m + 1).fill(0);
  let prev: number[] = new Array<number>(m + 1);
  let cur: number[] = new Array<number>(m + 1).fill(0);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/**
 * Word alignment with affine gaps (Gotoh): Smith–Waterman for finding where two passages say the
 * same thing, and an overlap alignment (free end gaps) for diffing two versions of one quote.
 * Words are term ids; a matching content word scores 1, a matching function word less, so a run
 * of "of the" does not make two passages similar.
 */

export interface AlignScoring {
  /** Score of a matching word with this term id. */
  weight(term: number): number;
  /** Is the term a function word (for counting content matches)? */
  isStop(term: number): boolean;
}

export const MISMATCH = -0.6;
export const GAP_OPEN = 1.0;
export const GAP_EXTEND = 0.4;

export type DiffOp = 'equal' | 'insert' | 'delete' | 'replace';

/** One run of an alignment, as token ranges into the two sequences ([a0, a1) and [b0, b1)). */
export interface AlignOp {
  op: DiffOp;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export interface Alignment {
  score: number;
  /** The aligned region, as token ranges into each sequence. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Sum of the weights of the matching words. */
  matchedWeight: number;
  /** Matching words that are not function words. */
  matchedContent: number;
  /** Matching words. */
  equal: number;
  /** The longest run of consecutive matching words, and the content words in it. */
  longestRun: number;
  longestRunContent: number;
  /** The alignment as runs, in order: 'delete' is in a only, 'insert' in b only. */
  ops: AlignOp[];
}

/** Above this many cells, an alignment is refused (callers cut their input into windows). */
export const MAX_CELLS = 4_000_000;

const NEG = -1e9;

/**
 * Smith–Waterman local alignment of a[aFrom, aTo) and b[bFrom, bTo). Token indices in the result
 * are into the full arrays. Returns null when nothing matches.
 */
export function alignLocal(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  scoring: AlignScoring,
  aFrom = 0,
  aTo = a.length,
  bFrom = 0,
  bTo = b.length,
): Alignment | null {
  return align(a, b, scoring, aFrom, aTo, bFrom, bTo, 'local');
}

/**
 * Anchored alignment: starts at the first word of both ranges and ends wherever the score is best
 * on a matching word (used to extend a local alignment past a gap: "this [kind of] relationship").
 */
export function alignAnchored(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  scoring: AlignScoring,
  aFrom = 0,
  aTo = a.length,
  bFrom = 0,
  bTo = b.length,
): Alignment | null {
  return align(a, b, scoring, aFrom, aTo, bFrom, bTo, 'anchored');
}

type Mode = 'local' | 'overlap' | 'anchored';

/** Buffers reused across alignments (one alignment runs at a time), grown as needed. */
const buffers = { h: new Uint8Array(0), e: new Uint8Array(0), f: new Uint8Array(0), rowA: new Float64Array(0), rowB: new Float64Array(0), fCol: new Float64Array(0), wA: new Float64Array(0) };
function scratch(cells: number, width: number, n: number): typeof buffers {
  const b = buffers;
  if (b.h.length < cells) {
    const size = Math.max(cells, b.h.length * 2, 1024);
    b.h = new Uint8Array(size);
    b.e = new Uint8Array(size);
    b.f = new Uint8Array(size);
  }
  if (b.rowA.length < width) {
    const size = Math.max(width, b.rowA.length * 2, 256);
    b.rowA = new Float64Array(size);
    b.rowB = new Float64Array(size);
    b.fCol = new Float64Array(size);
  }
  if (b.wA.length < n) b.wA = new Float64Array(Math.max(n, b.wA.length * 2, 256));
  return b;
}

// Traceback codes. H: 0 stop, 1 diagonal, 2 from E, 3 from F. E/F: bit set when extended.
function align(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  scoring: AlignScoring,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  mode: Mode,
): Alignment | null {
  const local = mode === 'local';
  const anchored = mode === 'anchored';
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (n <= 0 || m <= 0 || (n + 1) * (m + 1) > MAX_CELLS) return null;
  const W = m + 1;
  const cells = (n + 1) * W;
  const s = scratch(cells, W, n);
  const hTrace = s.h;
  const eTrace = s.e;
  const fTrace = s.f;
  let hPrev = s.rowA;
  let hCur = s.rowB;
  hPrev.fill(0, 0, W);
  hTrace.fill(0, 0, W);
  eTrace.fill(0, 0, W);
  fTrace.fill(0, 0, W);
  if (anchored) {
    for (let j = 1; j <= m; j++) {
      hPrev[j] = -(GAP_OPEN + (j - 1) * GAP_EXTEND);
      hTrace[j] = 2;
      eTrace[j] = j > 1 ? 1 : 0;
    }
  }
  const fCol = s.fCol.fill(NEG, 0, W); // F along the previous row, per column
  let best = local ? 0 : NEG;
  let bi = 0;
  let bj = 0;
  const wA = s.wA;
  for (let i = 0; i < n; i++) wA[i] = scoring.weight(a[aFrom + i]!);
  for (let i = 1; i <= n; i++) {
    const ai = a[aFrom + i - 1]!;
    const w = wA[i - 1]!;
    const row = i * W;
    hCur[0] = anchored ? -(GAP_OPEN + (i - 1) * GAP_EXTEND) : 0;
    hTrace[row] = anchored ? 3 : 0;
    fTrace[row] = anchored && i > 1 ? 1 : 0;
    eTrace[row] = 0;
    let e = NEG;
    for (let j = 1; j <= m; j++) {
      // E: gap in a (consume b[j-1]), from the left.
      const eOpen = hCur[j - 1]! - GAP_OPEN;
      const eExt = e - GAP_EXTEND;
      if (eExt > eOpen) {
        e = eExt;
        eTrace[row + j] = 1;
      } else {
        e = eOpen;
        eTrace[row + j] = 0;
      }
      // F: gap in b (consume a[i-1]), from above.
      const fOpen = hPrev[j]! - GAP_OPEN;
      const fExt = fCol[j]! - GAP_EXTEND;
      let f: number;
      if (fExt > fOpen) {
        f = fExt;
        fTrace[row + j] = 1;
      } else {
        f = fOpen;
        fTrace[row + j] = 0;
      }
      fCol[j] = f;
      const same = ai === b[bFrom + j - 1];
      const diag = hPrev[j - 1]! + (same ? w : MISMATCH);
      let h = diag;
      let code = 1;
      if (e > h) {
        h = e;
        code = 2;
      }
      if (f > h) {
        h = f;
        code = 3;
      }
      if (local && h <= 0) {
        h = 0;
        code = 0;
      }
      hCur[j] = h;
      hTrace[row + j] = code;
      if (anchored) {
        if (code === 1 && same && h > best) {
          best = h;
          bi = i;
          bj = j;
        }
      } else if (local) {
        if (h > best) {
          best = h;
          bi = i;
          bj = j;
        }
      } else if ((i === n || j === m) && h > best) {
        best = h;
        bi = i;
        bj = j;
      }
    }
    const t = hPrev;
    hPrev = hCur;
    hCur = t;
  }
  if ((local && best <= 0) || best === NEG) return null;

  // Traceback.
  const steps: number[] = []; // 1 diagonal, 2 consume b only, 3 consume a only
  let i = bi;
  let j = bj;
  let state = 0; // 0 H, 2 E, 3 F
  while (anchored ? i > 0 || j > 0 : i > 0 && j > 0) {
    if (state === 0) {
      const code = hTrace[i * W + j]!;
      if (code === 0) break;
      if (code === 1) {
        steps.push(1);
        i--;
        j--;
      } else state = code;
    } else if (state === 2) {
      const ext = eTrace[i * W + j]!;
      steps.push(2);
      j--;
      if (!ext) state = 0;
    } else {
      const ext = fTrace[i * W + j]!;
      steps.push(3);
      i--;
      if (!ext) state = 0;
    }
  }
  steps.reverse();
  const aStart = i;
  const bStart = j;
  const ops: AlignOp[] = [];
  let ai = aStart;
  let bj2 = bStart;
  let matchedWeight = 0;
  let matchedContent = 0;
  let equal = 0;
  let run = 0;
  let runContent = 0;
  let longestRun = 0;
  let longestRunContent = 0;
  let open: AlignOp | null = null;
  for (const s of steps) {
    if (s === 1 && a[aFrom + ai] === b[bFrom + bj2]) {
      const t = a[aFrom + ai]!;
      matchedWeight += scoring.weight(t);
      equal++;
      run++;
      if (!scoring.isStop(t)) {
        matchedContent++;
        runContent++;
      }
      if (run > longestRun || (run === longestRun && runContent > longestRunContent)) {
        longestRun = run;
        longestRunContent = runContent;
      }
      if (open && open.op === 'equal') {
        open.a1++;
        open.b1++;
      } else {
        open = { op: 'equal', a0: ai, a1: ai + 1, b0: bj2, b1: bj2 + 1 };
        ops.push(open);
      }
      ai++;
      bj2++;
      continue;
    }
    run = 0;
    runContent = 0;
    if (!open || open.op === 'equal') {
      open = { op: 'replace', a0: ai, a1: ai, b0: bj2, b1: bj2 };
      ops.push(open);
    }
    if (s === 1) {
      ai++;
      bj2++;
    } else if (s === 2) bj2++;
    else ai++;
    open.a1 = ai;
    open.b1 = bj2;
  }
  for (const op of ops) {
    if (op.op === 'equal') continue;
    op.op = op.a1 === op.a0 ? 'insert' : op.b1 === op.b0 ? 'delete' : 'replace';
  }
  // Make ranges absolute.
  for (const op of ops) {
    op.a0 += aFrom;
    op.a1 += aFrom;
    op.b0 += bFrom;
    op.b1 += bFrom;
  }
  if (equal === 0) return null;
  return {
    score: best,
    aStart: aStart + aFrom,
    aEnd: ai + aFrom,
    bStart: bStart + bFrom,
    bEnd: bj2 + bFrom,
    matchedWeight,
    matchedContent,
    equal,
    longestRun,
    longestRunContent,
    ops,
  };
}

/** Sum of the weights of a[from, to). */
export function weightOf(a: ArrayLike<number>, scoring: AlignScoring, from = 0, to = a.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += scoring.weight(a[i]!);
  return w;
}

/** Content words (not function words) in a[from, to). */
export function contentCount(a: ArrayLike<number>, scoring: AlignScoring, from = 0, to = a.length): number {
  let c = 0;
  for (let i = from; i < to; i++) if (!scoring.isStop(a[i]!)) c++;
  return c;
}

/** How far past a local alignment an extension looks, in words on each side. */
const EXTEND_REACH = 40;

/**
 * Extends an alignment at both ends, within a[aLo, aHi) and b[bLo, bHi), as long as the words
 * regained pay for the gaps and mismatches crossed to reach them (net score ≥ -tolerance).
 */
export function extendAlignment(
  core: Alignment,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  scoring: AlignScoring,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  tolerance = 2,
): Alignment {
  let ops = core.ops.map((o) => ({ ...o }));
  let score = core.score;
  // Right.
  const aR = Math.min(aHi, core.aEnd + EXTEND_REACH);
  const bR = Math.min(bHi, core.bEnd + EXTEND_REACH);
  if (aR > core.aEnd && bR > core.bEnd) {
    const right = alignAnchored(a, b, scoring, core.aEnd, aR, core.bEnd, bR);
    if (right && right.score >= -tolerance) {
      ops = joinOps(ops, right.ops);
      score += right.score;
    }
  }
  // Left: align the reversed words before the alignment.
  const aL = Math.max(aLo, core.aStart - EXTEND_REACH);
  const bL = Math.max(bLo, core.bStart - EXTEND_REACH);
  if (core.aStart > aL && core.bStart > bL) {
    const ra = new Int32Array(core.aStart - aL);
    for (let k = 0; k < ra.length; k++) ra[k] = a[core.aStart - 1 - k]!;
    const rb = new Int32Array(core.bStart - bL);
    for (let k = 0; k < rb.length; k++) rb[k] = b[core.bStart - 1 - k]!;
    const left = alignAnchored(ra, rb, scoring);
    if (left && left.score >= -tolerance) {
      const mapped = left.ops
        .map((o) => ({ op: o.op, a0: core.aStart - o.a1, a1: core.aStart - o.a0, b0: core.bStart - o.b1, b1: core.bStart - o.b0 }))
        .reverse();
      ops = joinOps(mapped, ops);
      score += left.score;
    }
  }
  return summarize(ops, a, b, scoring, score);
}

function joinOps(first: AlignOp[], second: AlignOp[]): AlignOp[] {
  const out = first.map((o) => ({ ...o }));
  for (const o of second) {
    const last = out[out.length - 1];
    if (last && last.op === 'equal' && o.op === 'equal') {
      last.a1 = o.a1;
      last.b1 = o.b1;
    } else if (last && last.op !== 'equal' && o.op !== 'equal') {
      last.a1 = o.a1;
      last.b1 = o.b1;
      last.op = last.a1 === last.a0 ? 'insert' : last.b1 === last.b0 ? 'delete' : 'replace';
    } else out.push({ ...o });
  }
  return out;
}

/** An alignment's figures recomputed from its runs. */
export function summarize(ops: AlignOp[], a: ArrayLike<number>, _b: ArrayLike<number>, scoring: AlignScoring, score: number): Alignment {
  let matchedWeight = 0;
  let matchedContent = 0;
  let equal = 0;
  let longestRun = 0;
  let longestRunContent = 0;
  for (const o of ops) {
    if (o.op !== 'equal') continue;
    let content = 0;
    for (let i = o.a0; i < o.a1; i++) {
      const t = a[i]!;
      matchedWeight += scoring.weight(t);
      if (!scoring.isStop(t)) content++;
    }
    const len = o.a1 - o.a0;
    equal += len;
    matchedContent += content;
    if (len > longestRun || (len === longestRun && content > longestRunContent)) {
      longestRun = len;
      longestRunContent = content;
    }
  }
  const first = ops[0]!;
  const last = ops[ops.length - 1]!;
  return {
    score,
    aStart: first.a0,
    aEnd: last.a1,
    bStart: first.b0,
    bEnd: last.b1,
    matchedWeight,
    matchedContent,
    equal,
    longestRun,
    longestRunContent,
    ops,
  };
}

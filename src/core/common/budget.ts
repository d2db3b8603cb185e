/**
 * How much an article's analysis may cost before it is given up on part-way (issue 15: no article
 * can stall, exhaust or crash the analysis of a folder).
 *
 * Two layers. The first is deterministic: work caps in the passes themselves, each where a
 * structure could grow past linear, so that the output never depends on the machine —
 * `MAX_SENTENCE_CHARS` (text/segment.ts: sentences of captions without full stops),
 * `DEFAULT_MAX_TOKENS` and `MAX_INDEXED_QUOTES` (corpus/passages.ts: the words and quotations of one
 * article matched across files), the postings' document-frequency cap (`DEFAULT_MAX_DF`: a shingle
 * in a hundred articles informs nothing). An article that meets a cap is named in the notices
 * (`CorpusMatcher.notices`, the CLI's `errors`, the editor's log).
 *
 * The second is this time budget, the last resort for what no cap foresaw: an allowance of time
 * per article, proportional to its size, checked at loop and pass boundaries (`check` is cheap: it
 * reads the clock once in `CHECK_EVERY` calls). Past it, the pass stops with `BudgetExceeded`, the
 * caller keeps what was done and names the article. The command line measures the process's CPU
 * time rather than the wall clock, so that a busy machine (a shared CI runner) does not cut
 * analyses short that a quiet one finishes; the output is then as reproducible as the CPU time an
 * analysis takes, and an ordinary article never comes near its allowance (a 1 MB article costs
 * about 1.5 s, its allowance is ten times that).
 */

/** Milliseconds of some clock (CPU or wall), the same clock for start and check. */
export type Clock = () => number;

export const wallClock: Clock = () => performance.now();

/** An article's allowance: milliseconds per megabyte of text, and at least `minMs`. */
export interface BudgetPolicy {
  msPerMB: number;
  minMs: number;
  clock?: Clock;
}

/** The command line's default: 15 s per MB, at least 15 s (an ordinary article costs a tenth of that). */
export const DEFAULT_BUDGET: BudgetPolicy = { msPerMB: 15_000, minMs: 15_000 };

const MB = 1 << 20;

export function allowanceMs(policy: BudgetPolicy, chars: number): number {
  return Math.max(policy.minMs, (policy.msPerMB * chars) / MB);
}

/** Thrown by `Budget.check` when the budget is spent; the caller catches it and keeps what was done. */
export class BudgetExceeded extends Error {
  constructor(readonly budget: Budget) {
    super(`went past its time budget (${(budget.ms / 1000).toFixed(1)} s)`);
    this.name = 'BudgetExceeded';
  }
}

/** Calls between two readings of the clock in `check`. */
const CHECK_EVERY = 64;

export class Budget {
  private readonly deadline: number;
  private calls = 0;
  private spent = false;

  constructor(
    /** The allowance in milliseconds of `clock`. */
    readonly ms: number,
    private readonly clock: Clock = wallClock,
  ) {
    this.deadline = clock() + ms;
  }

  static forArticle(policy: BudgetPolicy, chars: number): Budget {
    return new Budget(allowanceMs(policy, chars), policy.clock);
  }

  /** A budget that never runs out. */
  static unlimited(): Budget {
    return new Budget(Infinity);
  }

  /** At a loop boundary: throws `BudgetExceeded` once the budget is spent (reads the clock now and then). */
  check(): void {
    if (++this.calls < CHECK_EVERY && !this.spent) return;
    this.checkNow();
  }

  /** At a pass boundary: reads the clock, throws `BudgetExceeded` once the budget is spent. */
  checkNow(): void {
    this.calls = 0;
    if (this.spent || this.clock() > this.deadline) {
      this.spent = true;
      throw new BudgetExceeded(this);
    }
  }

  /** Whether the budget is spent (reads the clock). */
  isSpent(): boolean {
    if (!this.spent && this.clock() > this.deadline) this.spent = true;
    return this.spent;
  }
}

/**
 * Work in slices. A folder-wide pass that would hold a thread for longer than a task should (the
 * editor's extension host: 250 ms at most, see bench/editor.ts) is written as a generator that
 * yields at its checkpoints (between phases, and every few hundred items inside its long loops):
 * `finish` runs it to the end in one go (the command line, a test), `advance` runs it until its
 * slice of time is spent, so that a scheduler can spread it over several tasks and give the event
 * loop back between them. The checkpoints are cheap (a `yield`); the clock is read at them.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end; its result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `steps` for about `sliceMs` of `clock` (at least to its next checkpoint): its result once done, else undefined. */
export function advance<T>(steps: Steps<T>, sliceMs: number, clock: Clock = wallClock): { value: T } | undefined {
  const until = clock() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if (clock() >= until) return undefined;
  }
}

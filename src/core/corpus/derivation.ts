/**
 * The one scheduler of the folder-wide derivations (quote clusters, then discrepancies) in the
 * editor. They cost a tenth to half a second at 2,000 articles, so they are never derived by
 * whoever reads them first (a hover, a view, the status bar): the corpus sync tells the scheduler
 * of each change (`schedule`); once changes have paused it derives them a step per task (the event
 * loop is held for the longest step, not for all) and then tells its listeners (`onDidDerive`),
 * who read the results at no cost (`ArticleIndex.freshClusters`, `freshDiscrepancies`).
 */

/** What the scheduler derives (an `ArticleIndex`). */
export interface Derivable {
  /** One step of the derivation; true when what was asked for is derived for the corpus as it is. */
  deriveStep(until: 'clusters' | 'discrepancies', sliceMs?: number): boolean;
  /** Changes with every change of the corpus (a counter, read at no cost). */
  readonly version: number;
}

export interface DerivationOptions {
  /** How long changes must pause before deriving starts (ms). */
  pauseMs?: number;
  /** May deriving start now? (The editor: not while the folder is being indexed; `schedule` is called again when it may.) */
  ready?: () => boolean;
  /**
   * Does anyone read the discrepancies now (the editor: the Claims & Notes view is visible)? If
   * not, only the quote clusters are derived (the status bar and hovers read them): the
   * discrepancies cost four times as much. Default: yes.
   */
  discrepancies?: () => boolean;
  /** How long a step may run where the work can stop part-way (the quote clusters), in ms; default: a step is one piece of work. */
  sliceMs?: number;
  /** A step that threw (deriving stops until the next change). */
  onError?: (e: unknown) => void;
}

export const DEFAULT_PAUSE_MS = 1000;

export class DerivationScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Callers of `whenDerived`, resolved when the next derivation is done. */
  private waiters: (() => void)[] = [];
  /** The corpus version the listeners were last told of, and whether the discrepancies were derived for it. */
  private told = -1;
  private toldDiscrepancies = false;
  private readonly pauseMs: number;
  private disposed = false;

  constructor(
    private readonly corpus: Derivable,
    private readonly options: DerivationOptions = {},
  ) {
    this.pauseMs = options.pauseMs ?? DEFAULT_PAUSE_MS;
  }

  /**
   * The corpus changed (or a reader wants the results soon: `delay` 0): derives once nothing else
   * has called this for `delay` ms. A derivation under way goes on from where it was (or starts
   * over, when the corpus changed) after the pause.
   */
  schedule(delay = this.pauseMs): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.step(), delay);
  }

  /** Is a derivation waiting for its pause or under way? */
  isScheduled(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Calls `listener` each time the clusters (and, when wanted, the discrepancies) have been derived
   * for a new state of the corpus, or the discrepancies for one whose clusters were told before.
   * Returns what stops it.
   */
  onDidDerive(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once the clusters and discrepancies are derived for the corpus as it is, deriving them
   * now (a step per task) if they are stale, even when deriving would otherwise wait (`ready`): for
   * a command that needs them (the report).
   */
  whenDerived(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.schedule(0);
    });
  }

  dispose(): void {
    for (const resolve of this.waiters) resolve();
    this.waiters = [];
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }

  private step(): void {
    this.timer = undefined;
    if (this.disposed || (!this.waiters.length && !(this.options.ready?.() ?? true))) return;
    const discrepancies = this.waiters.length > 0 || (this.options.discrepancies?.() ?? true);
    let done: boolean;
    try {
      done = this.corpus.deriveStep(discrepancies ? 'discrepancies' : 'clusters', this.options.sliceMs);
    } catch (e) {
      this.options.onError?.(e);
      this.resolveWaiters(); // (not kept waiting for what failed)
      return;
    }
    if (!done) {
      this.timer = setTimeout(() => this.step(), 0);
      return;
    }
    this.resolveWaiters();
    const version = this.corpus.version;
    if (version === this.told && (this.toldDiscrepancies || !discrepancies)) return;
    this.told = version;
    this.toldDiscrepancies = discrepancies;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (e) {
        this.options.onError?.(e);
      }
    }
  }

  private resolveWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/**
 * Runs a task once however often it is asked within `delayMs` (0: once per turn of the event
 * loop), and tells when the runs asked for so far have happened.
 */
export class Coalescer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the waiting run is due (performance.now() time). */
  private due = 0;
  private idle: Promise<void> = Promise.resolve();
  private resolveIdle: (() => void) | undefined;

  constructor(
    private readonly task: () => void,
    private readonly delayMs = 0,
  ) {}

  /**
   * Asks for a run. With `restart`, a run already waiting is pushed back by the delay (a debounce).
   * `delayMs` overrides the constructor's for this request; without `restart` it can only bring a
   * waiting run forward (a run asked for sooner is not put off by one asked for later).
   */
  schedule(restart = false, delayMs = this.delayMs): void {
    const due = performance.now() + delayMs;
    if (this.timer && !restart && due >= this.due) return;
    clearTimeout(this.timer);
    this.due = due;
    if (!this.resolveIdle) this.idle = new Promise((r) => (this.resolveIdle = r));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.task();
      } finally {
        const resolve = this.resolveIdle;
        this.resolveIdle = undefined;
        resolve?.();
      }
    }, delayMs);
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Resolves once every run asked for so far has happened (at once when none is waiting). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Calls off a waiting run (whoever waits in whenIdle() is let go). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.resolveIdle?.();
    this.resolveIdle = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}

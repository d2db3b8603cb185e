/**
 * Runs a task once however often it is asked within `delayMs` (0: once per turn of the event
 * loop), and tells when the runs asked for so far have happened.
 */
export class Coalescer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: Promise<void> = Promise.resolve();
  private resolveIdle: (() => void) | undefined;

  constructor(
    private readonly task: () => void,
    private readonly delayMs = 0,
  ) {}

  /** Asks for a run. With `restart`, a run already waiting is pushed back by the delay (a debounce). */
  schedule(restart = false): void {
    if (this.timer && !restart) return;
    clearTimeout(this.timer);
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
    }, this.delayMs);
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Resolves once every run asked for so far has happened (at once when none is waiting). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.resolveIdle?.();
    this.resolveIdle = undefined;
  }
}

/**
 * Work the extension host does for events that come in bursts (issue 15): a folder of articles
 * copied into the workspace is thousands of watcher events, whose re-reads resolve together, in one
 * task — each analysed at once held the host for seconds (the editor bench: 5.7 s with the BBC
 * corpus copied in). The first few items of a task are done at once, and more while the task's
 * slice lasts, so that a lone change (or a few together) is handled synchronously as before; past
 * that, items are queued by key (a later item of a queued key takes its place) and done in later
 * tasks, a slice each.
 */
export class SlicedWork<T> {
  private readonly queue = new Map<string, T>();
  /** When this task began running items, and how many it ran (reset once the task is over). */
  private taskStart: number | undefined;
  private ranInTask = 0;
  private drainTimer: ReturnType<typeof setImmediate> | undefined;
  private idle: { promise: Promise<void>; resolve: () => void } | undefined;
  private disposed = false;

  constructor(
    private readonly run: (key: string, item: T) => void,
    private readonly sliceMs: number,
    /** Items a task runs at once whatever they cost (a lone change is never put off). */
    private readonly atOnce: number,
    private readonly onError: (e: unknown) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs `item` now if this task's slice is not spent and nothing waits before it; else queues it. */
  add(key: string, item: T): void {
    if (this.disposed) return;
    if (!this.queue.size && !this.sliceSpent()) return this.runOne(key, item);
    this.queue.set(key, item);
    this.scheduleDrain();
  }

  /** Drops the queued item of each key `drop` says (a file deleted meanwhile). */
  forget(drop: (key: string) => boolean): void {
    for (const key of [...this.queue.keys()]) if (drop(key)) this.queue.delete(key);
    if (!this.queue.size) this.settle();
  }

  /** Runs the queued item of `key` now, if there is one: before an event of that key that must find it done. */
  take(key: string): void {
    const item = this.queue.get(key);
    if (item === undefined) return;
    this.queue.delete(key);
    this.runOne(key, item);
    this.settle();
  }

  /** How many items wait. */
  get pending(): number {
    return this.queue.size;
  }

  /** Resolves once nothing is queued. */
  whenIdle(): Promise<void> {
    if (!this.queue.size) return Promise.resolve();
    if (!this.idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.idle = { promise, resolve };
    }
    return this.idle.promise;
  }

  dispose(): void {
    this.disposed = true;
    if (this.drainTimer) clearImmediate(this.drainTimer);
    this.queue.clear();
    this.settle();
  }

  private sliceSpent(): boolean {
    const now = this.now();
    if (this.taskStart === undefined) {
      this.taskStart = now;
      this.ranInTask = 0;
      setImmediate(() => (this.taskStart = undefined)); // (the next task starts a slice of its own)
    }
    return ++this.ranInTask > this.atOnce && now - this.taskStart > this.sliceMs;
  }

  private runOne(key: string, item: T): void {
    try {
      this.run(key, item);
    } catch (e) {
      this.onError(e);
    }
  }

  private scheduleDrain(): void {
    this.drainTimer ??= setImmediate(() => this.drain());
  }

  /** One slice of the queue, in a task of its own; the rest in the next. */
  private drain(): void {
    this.drainTimer = undefined;
    const start = this.now();
    for (const [key, item] of this.queue) {
      this.queue.delete(key);
      this.runOne(key, item);
      if (this.now() - start > this.sliceMs) break;
    }
    if (this.queue.size) this.scheduleDrain();
    else this.settle();
  }

  private settle(): void {
    if (this.queue.size || !this.idle) return;
    const { resolve } = this.idle;
    this.idle = undefined;
    resolve();
  }
}

/**
 * The extension host's side of the analysis worker (src/host/analysisWorker.ts): sends it one job
 * at a time, keeps only the newest text per article in the queue, cancels a running job when a
 * newer version of its article comes, and starts the worker again if it dies. No VS Code API here,
 * so that plain-Node tests can drive it.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import type { AnalyzeOptions } from '../../core/corpus/analyze';
import { unpackAnalysisInSlices } from '../../core/corpus/incrementalTransfer';
import { NotTextError } from '../../core/text';
import type { AnalysisReply, AnalysisRequest } from '../../host/analysisWorker';

/** The worker gave an article's analysis up: it went past its time budget (common/budget.ts). */
export class OverBudgetError extends Error {}

/** What to analyse: a text (an editor's), or a file's bytes, decoded in the worker. */
export type WorkerSource = { text: string } | { bytes: Uint8Array };

export interface WorkerAnalysis {
  analysis: DocumentAnalysis;
  /** The text analysed (decoded by the worker when the source was bytes). */
  text: string;
  /** Time the worker spent on it. */
  ms: number;
  /** Whether the worker kept per-paragraph work for the next version. */
  cached: boolean;
}

interface Job {
  job: number;
  key: string;
  source: WorkerSource;
  options: AnalyzeOptions;
  cancel: Int32Array<SharedArrayBuffer>;
  onProgress?: (fraction: number) => void;
  resolve: (r: WorkerAnalysis | undefined) => void;
  reject: (e: Error) => void;
}

/**
 * A text's UTF-16 code units, copied a megabyte at a time with `pause` between: sent to the worker
 * in its transfer list, they cross without a copy, where a structured clone of a 20 MB string holds
 * the event loop for 100-250 ms. Exact for any string (lone surrogates included).
 */
export async function textUnits(text: string, pause: () => Promise<void>, slice = 1 << 20): Promise<Uint16Array> {
  const units = new Uint16Array(text.length);
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  for (let i = 0; i < text.length; i += slice) {
    bytes.write(text.slice(i, i + slice), i * 2, 'utf16le');
    if (i + slice < text.length) await pause();
  }
  return units;
}

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextJob = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Is a job for this article queued or running? */
  busy(key: string): boolean {
    return this.running?.key === key || this.queue.some((j) => j.key === key);
  }

  /**
   * Analyses a text, or a file's bytes, in the worker. Resolves with undefined when a newer text of
   * the same article replaced it (or it was cancelled); rejects with a NotTextError when the bytes
   * are not a text article, with another error when the analysis failed or the worker died.
   */
  analyze(key: string, source: WorkerSource | string, options: AnalyzeOptions, onProgress?: (fraction: number) => void): Promise<WorkerAnalysis | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.cancel(key);
    const src = typeof source === 'string' ? { text: source } : source;
    return new Promise((resolve, reject) => {
      this.queue.push({ job: this.nextJob++, key, source: src, options, cancel: new Int32Array(new SharedArrayBuffer(4)), onProgress, resolve, reject });
      this.pump();
    });
  }

  /** Drops the queued job of an article and cancels its running one. */
  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.key !== key) continue;
      this.queue.splice(i, 1)[0]!.resolve(undefined);
    }
    if (this.running?.key === key) Atomics.store(this.running.cancel, 0, 1);
  }

  /** The worker may forget what it kept for an article (closed, deleted). */
  forget(key: string): void {
    this.cancel(key);
    this.worker?.postMessage({ type: 'forget', key } satisfies AnalysisRequest);
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.splice(0)) j.resolve(undefined);
    this.running?.resolve(undefined);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    const src = job.source;
    const ready: Promise<Pick<AnalysisRequest & { type: 'analyze' }, 'units' | 'bytes'>> =
      'text' in src
        ? textUnits(src.text, () => new Promise((r) => setImmediate(r))).then((units) => ({ units }))
        : // transferred: a buffer of its own (a read may give a view into a larger one)
          Promise.resolve({ bytes: src.bytes.byteOffset === 0 && src.bytes.byteLength === src.bytes.buffer.byteLength ? src.bytes : src.bytes.slice() });
    void ready.then((payload) => {
      if (this.running !== job) return; // the worker died meanwhile
      if (Atomics.load(job.cancel, 0)) return this.finish(job, () => job.resolve(undefined));
      const request: AnalysisRequest = { type: 'analyze', job: job.job, key: job.key, ...payload, options: job.options, cancel: job.cancel.buffer };
      this.ensureWorker().postMessage(request, [(payload.units ?? payload.bytes)!.buffer as ArrayBuffer]);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (reply: AnalysisReply) => this.onReply(reply));
    w.on('error', (e) => this.onDeath(w, `the analysis worker failed: ${e.message}`));
    w.on('exit', (code) => this.onDeath(w, `the analysis worker stopped (exit code ${code})`));
    w.unref(); // never keeps a process alive on its own
    this.worker = w;
    return w;
  }

  private onReply(reply: AnalysisReply): void {
    const job = this.running;
    if (!job || job.job !== reply.job) return;
    switch (reply.type) {
      case 'progress':
        job.onProgress?.(reply.fraction);
        return;
      case 'done':
        if (Atomics.load(job.cancel, 0)) {
          this.finish(job, () => job.resolve(undefined)); // a newer text is on its way
          return;
        }
        // Unpacked a slice at a time: a 20 MB article's mentions would hold the event loop for a third of a second.
        unpackAnalysisInSlices(reply.packed, () => new Promise((r) => setImmediate(r))).then(
          (analysis) =>
            this.finish(job, () => {
              if (Atomics.load(job.cancel, 0)) return job.resolve(undefined);
              const text = 'text' in job.source ? job.source.text : Buffer.from(reply.units!.buffer, reply.units!.byteOffset, reply.units!.byteLength).toString('utf16le');
              job.resolve({ analysis, text, ms: reply.ms, cached: reply.cached });
            }),
          (e: unknown) => this.finish(job, () => job.reject(e instanceof Error ? e : new Error(String(e)))),
        );
        return;
      case 'cancelled':
        this.finish(job, () => job.resolve(undefined));
        return;
      case 'failed':
        this.finish(job, () => job.reject(reply.notText ? new NotTextError(reply.message) : reply.overBudget ? new OverBudgetError(reply.message) : new Error(reply.message)));
        return;
    }
  }

  private finish(job: Job, settle: () => void): void {
    if (this.running === job) this.running = undefined;
    try {
      settle();
    } finally {
      this.pump();
    }
  }

  private onDeath(w: Worker, why: string): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    if (!this.disposed) this.log(why);
    const job = this.running;
    this.running = undefined;
    job?.reject(new Error(why));
    this.pump();
  }
}

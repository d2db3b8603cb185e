/**
 * The analysis worker (dist/analysisWorker.js): analyses large articles on a thread of its own, so
 * that the extension host's event loop never waits for them. Plain Node (worker_threads), no
 * VS Code API. One job at a time, in the order they come; the host cancels a job by setting its
 * flag (shared memory), which the analysis reads between paragraphs. Each article keeps an
 * `IncrementalAnalyzer`, so an edit of a large article re-does only what the edit changed (texts
 * beyond the analyzer's cache limit are analysed afresh each time).
 *
 * Messages in: AnalysisRequest. Messages out: AnalysisReply (progress now and then, then done,
 * cancelled or failed).
 */
import { parentPort } from 'node:worker_threads';
import { Budget, BudgetExceeded, DEFAULT_BUDGET } from '../core/common/budget';
import type { AnalyzeOptions } from '../core/corpus/analyze';
import { IncrementalAnalyzer } from '../core/corpus/incremental';
import { packAnalysis, transferables, type PackedAnalysis } from '../core/corpus/incrementalTransfer';
import { decodeArticle, NotTextError } from '../core/text';

export type AnalysisRequest =
  | {
      type: 'analyze';
      job: number;
      key: string;
      /** The text as UTF-16 code units (an editor's text), or the file's bytes, decoded here (a file read from disk). */
      units?: Uint16Array;
      bytes?: Uint8Array;
      options: AnalyzeOptions;
      cancel: SharedArrayBuffer;
    }
  | { type: 'forget'; key: string };

export type AnalysisReply =
  | { type: 'progress'; job: number; fraction: number }
  /** `units`: the decoded text, when the request carried bytes. */
  | { type: 'done'; job: number; packed: PackedAnalysis; ms: number; cached: boolean; units?: Uint16Array }
  | { type: 'cancelled'; job: number }
  /**
   * `notText`: the bytes are not a text article (decodeArticle's message); `overBudget`: the
   * analysis went past the article's time budget (the message says how long that was).
   */
  | { type: 'failed'; job: number; message: string; notText?: boolean; overBudget?: boolean };

/** Articles kept (the most recently analysed). */
const MAX_ANALYZERS = 4;
const PROGRESS_EVERY_MS = 250;

class Cancelled extends Error {}

const analyzers = new Map<string, IncrementalAnalyzer>();

function analyzerFor(key: string, options: AnalyzeOptions): IncrementalAnalyzer {
  let a = analyzers.get(key);
  if (a) {
    analyzers.delete(key); // most recent last
    a.setOptions(options);
  } else {
    a = new IncrementalAnalyzer(options);
    while (analyzers.size >= MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value!);
  }
  analyzers.set(key, a);
  return a;
}

function handle(port: NonNullable<typeof parentPort>, msg: AnalysisRequest): void {
  if (msg.type === 'forget') {
    analyzers.delete(msg.key);
    return;
  }
  const { job } = msg;
  const flag = new Int32Array(msg.cancel);
  const started = performance.now();
  let lastProgress = started;
  const send = (reply: AnalysisReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  try {
    // The file's bytes, decoded here (off the extension host); or the text's UTF-16 code units (see
    // textUnits in analysisWorkerClient.ts). Both transferred, not copied.
    const text = msg.bytes ? decodeArticle(msg.bytes).text : Buffer.from(msg.units!.buffer, msg.units!.byteOffset, msg.units!.byteLength).toString('utf16le');
    const analyzer = analyzerFor(msg.key, msg.options);
    // The article's time budget (common/budget.ts), wall time on this thread: no analysis holds the
    // worker for ever (the articles queued behind it wait for it).
    const budget = Budget.forArticle(DEFAULT_BUDGET, text.length);
    const analysis = analyzer.analyze(text, {
      checkpoint: () => {
        if (Atomics.load(flag, 0) !== 0) throw new Cancelled();
        budget.check();
      },
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        send({ type: 'progress', job, fraction });
      },
    });
    const packed = packAnalysis(analysis);
    let units: Uint16Array | undefined;
    if (msg.bytes) {
      units = new Uint16Array(text.length);
      Buffer.from(units.buffer).write(text, 'utf16le');
    }
    const transfer = transferables(packed);
    if (units) transfer.push(units.buffer as ArrayBuffer);
    send({ type: 'done', job, packed, ms: performance.now() - started, cached: analyzer.lastStats.cached, units }, transfer);
  } catch (e) {
    if (e instanceof Cancelled) send({ type: 'cancelled', job });
    else if (e instanceof NotTextError) send({ type: 'failed', job, message: e.message, notText: true });
    else if (e instanceof BudgetExceeded) {
      analyzers.delete(msg.key); // what it kept is of an analysis given up on
      send({ type: 'failed', job, message: e.message, overBudget: true });
    }
    else send({ type: 'failed', job, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

const port = parentPort;
if (port) port.on('message', (msg: AnalysisRequest) => handle(port, msg));

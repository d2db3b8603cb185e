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
import type { AnalyzeOptions } from '../core/corpus/analyze';
import { IncrementalAnalyzer } from '../core/corpus/incremental';
import { packAnalysis, transferables, type PackedAnalysis } from '../core/corpus/incrementalTransfer';

export type AnalysisRequest =
  | { type: 'analyze'; job: number; key: string; units: Uint16Array; options: AnalyzeOptions; cancel: SharedArrayBuffer }
  | { type: 'forget'; key: string };

export type AnalysisReply =
  | { type: 'progress'; job: number; fraction: number }
  | { type: 'done'; job: number; packed: PackedAnalysis; ms: number; cached: boolean }
  | { type: 'cancelled'; job: number }
  | { type: 'failed'; job: number; message: string };

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
    const analyzer = analyzerFor(msg.key, msg.options);
    // The text's UTF-16 code units, transferred (see textUnits in analysisWorkerClient.ts).
    const text = Buffer.from(msg.units.buffer, msg.units.byteOffset, msg.units.byteLength).toString('utf16le');
    const analysis = analyzer.analyze(text, {
      checkpoint: () => {
        if (Atomics.load(flag, 0) !== 0) throw new Cancelled();
      },
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        send({ type: 'progress', job, fraction });
      },
    });
    const packed = packAnalysis(analysis);
    send({ type: 'done', job, packed, ms: performance.now() - started, cached: analyzer.lastStats.cached }, transferables(packed));
  } catch (e) {
    if (e instanceof Cancelled) send({ type: 'cancelled', job });
    else send({ type: 'failed', job, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

const port = parentPort;
if (port) port.on('message', (msg: AnalysisRequest) => handle(port, msg));

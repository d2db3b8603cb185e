import { isDeepStrictEqual } from 'node:util';
import type { DocumentAnalysis } from '../../core/common/analysisFormat';
import { advance } from '../../core/common/budget';
import { analyzeText, type AnalyzeOptions, type ArticleIndex, type PreparedLinking } from '../../core/corpus';
import { HOST_MAX_CHARS } from '../../host/articleTexts';
import type { WorkerAnalysis } from './analysisWorkerClient';
import type { SyncHost } from './syncHost';

/**
 * Re-analysing the folder after an entity correction yields to the event loop after this long: at
 * 2,000 articles the whole of it takes about a second, which would hold the extension host.
 */
const REANALYSIS_SLICE_MS = 25;
/**
 * An article longer than this is re-analysed in the analysis worker rather than on the host: its
 * analysis is one piece of work (a 10,000-word article took 250-400 ms on a busy machine, holding
 * the host that long; issue 15), where the slices above are 25 ms.
 */
const REANALYSIS_HOST_MAX_CHARS = 16_000;
/** Re-analyses started over because the corpus changed meanwhile, before the corrections apply regardless. */
const REANALYSIS_ATTEMPTS = 2;

/** What the re-analysis needs of the index service. */
export interface ReanalysisHost {
  readonly index: ArticleIndex;
  readonly worker: SyncHost['worker'];
  readonly log: SyncHost['log'];
  /** Is this re-analysis still the latest (a later correction supersedes it)? */
  current(): boolean;
  /** An article past HOST_MAX_CHARS, analysed in the worker as indexing analyses it. */
  analyzeLarge(key: string, text: string): void;
  /** The index changed (undefined: everything). */
  changed(keys?: string[]): void;
}

/**
 * Applies the analyst's entity corrections to every article without holding the extension host:
 * the articles are analysed again a slice at a time (REANALYSIS_SLICE_MS), the long ones in the
 * worker, and the folder is linked again under the new corrections a slice at a time too
 * (`ArticleIndex.linkingSteps`) — until then the index keeps the old analyses and linking, whole
 * and consistent. Then, in one task, the articles whose analysis changed (a correction changes
 * few: the others keep theirs, and with them their clusters and discrepancies) and the new
 * linking are put in the index; the long ones as the worker gives them back.
 */
export async function reanalyse(host: ReanalysisHost, options: AnalyzeOptions): Promise<void> {
  const { index } = host;
  let slice = performance.now();
  const pause = async () => {
    if (performance.now() - slice <= REANALYSIS_SLICE_MS) return;
    await new Promise((r) => setImmediate(r));
    slice = performance.now();
  };
  // Tried again from the start when the corpus changes meanwhile (an edit, a file), at most a few
  // times; then the corrections are applied as the articles are, and the folder is linked on first read.
  for (let attempt = 0; ; attempt++) {
    const version = index.version;
    /** Each article's text as analysed here, and its new analysis when it differs from the index's. */
    const analysed = new Map<string, { text: string; changed: DocumentAnalysis | undefined }>();
    const changed = new Map<string, DocumentAnalysis>();
    /** Articles analysed in the worker (below): past HOST_MAX_CHARS, and past REANALYSIS_HOST_MAX_CHARS. */
    const large = new Map<string, string>();
    const longer = new Map<string, string>();
    const inWorker = (key: string, text: string) => (text.length > HOST_MAX_CHARS ? large : longer).set(key, text);
    for (const key of index.paths()) {
      if (!host.current()) return;
      const text = index.textOf(key);
      if (text === undefined) continue; // (removed meanwhile)
      if (text.length > REANALYSIS_HOST_MAX_CHARS) {
        inWorker(key, text);
        continue;
      }
      const analysis = analyzeText(text, options);
      const before = index.analysis(key);
      const differs = !before || !isDeepStrictEqual(analysis, before);
      analysed.set(key, { text, changed: differs ? analysis : undefined });
      if (differs) changed.set(key, analysis);
      await pause();
    }
    const settled = index.version === version;
    let prepared: PreparedLinking | undefined;
    if (settled) {
      const steps = index.linkingSteps(options, changed);
      for (;;) {
        if (!host.current()) return;
        const done = advance(steps, REANALYSIS_SLICE_MS);
        if (done) {
          prepared = done.value;
          break;
        }
        await new Promise((r) => setImmediate(r));
      }
    }
    if (!host.current()) return;
    if (!(settled && index.version === version) && attempt < REANALYSIS_ATTEMPTS) continue;
    // An article not analysed above (added, or changed, meanwhile) is analysed now; one that is
    // long, in the worker (below); the others take what was found above.
    index.setOptions(
      options,
      (key, text) => {
        const a = analysed.get(key);
        if (a?.text === text) return a.changed;
        if (text.length <= REANALYSIS_HOST_MAX_CHARS) return analyzeText(text, options);
        inWorker(key, text);
        return undefined;
      },
      prepared,
    );
    for (const [key, text] of large) if (index.textOf(key) === text) host.analyzeLarge(key, text);
    host.log.info(`Entity corrections: ${changed.size} of ${analysed.size} article(s) analysed differently${large.size + longer.size ? `; ${large.size + longer.size} long one(s) in the analysis worker` : ''}.`);
    host.changed();
    await Promise.all([...longer].map(([key, text]) => inTheWorker(host, key, text, options)));
    return;
  }
}

/**
 * A long article re-analysed in the worker; its analysis is put in the index if its text is still
 * the one indexed (an edit meanwhile was analysed with the new corrections on the host).
 */
async function inTheWorker(host: ReanalysisHost, key: string, text: string, options: AnalyzeOptions): Promise<void> {
  let r: WorkerAnalysis | undefined;
  try {
    r = await host.worker.analyze(key, { text }, options);
  } catch (e) {
    host.log.error(`Re-analysis of ${key} failed: ${(e as Error)?.message ?? String(e)}`);
    return;
  }
  if (!r || !host.current() || host.index.textOf(key) !== text) return;
  host.index.upsert(key, text, { analysis: r.analysis, defer: true, replace: true });
  host.changed([key]);
}

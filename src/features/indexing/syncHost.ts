import type { AnalysisWorkerClient } from './analysisWorkerClient';

export type IndexState = 'indexing' | 'ready' | 'empty';

/** Progress of a long task, as the corpus sync reports it. */
export interface SyncProgress {
  /** `increment`: percent of the whole done since the last report. */
  report(increment: number | undefined, message: string): void;
  /** Did the analyst cancel the task? */
  isCancelled(): boolean;
}

/**
 * What the corpus sync (IndexService) needs besides the article workspace, and nothing more, so
 * that it runs in the unit layer without `vscode`: the log, the analysis worker, and what it shows
 * the analyst. The extension's is vscodeSyncHost (vscodeSyncHost.ts); a unit test passes its own.
 */
export interface SyncHost {
  readonly log: { info(message: string): void; warn(message: string): void; error(message: string): void };
  /** Analyses large articles off the extension host's thread (AnalysisWorkerClient). */
  readonly worker: Pick<AnalysisWorkerClient, 'analyze' | 'busy' | 'cancel' | 'forget' | 'dispose'>;
  /** Runs `task` with its progress shown: in a notification with Cancel when `notify`, else in the status bar. */
  withProgress<T>(title: string, notify: boolean, task: (progress: SyncProgress) => Promise<T>): Promise<T>;
  /** Something went wrong that the analyst must hear of. */
  showError(message: string): void;
  /** Files were skipped (named in the message; the log has them all). */
  showSkipped(message: string): void;
  /** The index's state changed (the context key `when` clauses read). */
  showState(state: IndexState): void;
}

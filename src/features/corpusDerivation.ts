import * as vscode from 'vscode';
import { DerivationScheduler } from '../core/corpus';
import { Disposable } from '../host/lifecycle';
import type { IndexService } from './indexing/indexService';

/** How long one task of the derivation may run where it can stop part-way (the quote clusters). */
const DERIVATION_SLICE_MS = 30;

/**
 * The editor's one scheduler of the folder-wide derivations (quote clusters, discrepancies; see
 * core/corpus/derivation.ts): told of each change of the corpus, it derives them once changes have
 * paused for a second, and at once when indexing ends (the discrepancies only while a view lists
 * them, or a command awaits them). Views, hovers, the status bar and the report
 * read the results (`corpus.freshClusters()`, `freshDiscrepancies()`) when `onDidDerive` fires,
 * rather than derive them on first ask.
 */
export class CorpusDerivation extends Disposable {
  private readonly scheduler: DerivationScheduler;
  private readonly derived = this.register(new vscode.EventEmitter<void>());
  /** The clusters and discrepancies have been derived for a new state of the corpus. */
  readonly onDidDerive = this.derived.event;
  /** Readers of the discrepancies showing now (see `wantDiscrepancies`). */
  private discrepancyReaders = 0;

  constructor(index: IndexService, log: vscode.LogOutputChannel) {
    super();
    this.scheduler = new DerivationScheduler(index.corpus, {
      ready: () => index.state === 'ready',
      // The quote clusters a slice at a time: derived from scratch they would hold the extension
      // host for a third of a second at 2,000 articles (more on a busy machine).
      sliceMs: DERIVATION_SLICE_MS,
      discrepancies: () => this.discrepancyReaders > 0,
      onError: (e) => log.error(`Crosscheck could not compare the articles: ${(e as Error)?.stack ?? String(e)}`),
    });
    this.register({ dispose: () => this.scheduler.dispose() });
    this.register({ dispose: this.scheduler.onDidDerive(() => this.derived.fire()) });
    this.register(index.onDidChange(() => this.scheduler.schedule()));
    this.register(index.onDidChangeState((s) => s === 'ready' && this.scheduler.schedule(0)));
  }

  /** A reader found the results stale: derive them after the usual pause, unless a derivation is already on its way. */
  soon(): void {
    if (!this.scheduler.isScheduled()) this.scheduler.schedule();
  }

  /**
   * A view that lists the discrepancies is shown (true) or hidden (false): while none is, only the
   * quote clusters are derived. Shown: derived at once if stale.
   */
  wantDiscrepancies(want: boolean): void {
    this.discrepancyReaders = Math.max(0, this.discrepancyReaders + (want ? 1 : -1));
    if (want) this.scheduler.schedule(0);
  }

  /** Resolves once the results are derived for the corpus as it is (deriving them now if stale): for a command. */
  whenDerived(): Promise<void> {
    return this.scheduler.whenDerived();
  }
}

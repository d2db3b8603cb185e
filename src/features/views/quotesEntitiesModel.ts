import * as vscode from 'vscode';
import { advance, type Steps } from '../../core/common/budget';
import type { EntityType } from '../../core/common/types';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';
import { applyFilter, ArticleParts, EMPTY_GROUPING, groupingSteps, type EntityGroup, type QuotesEntitiesSnapshot } from './quotesEntitiesGrouping';

export type { EntityGroup, Located, QuoteItem, QuotesEntitiesSnapshot, SpeakerGroup } from './quotesEntitiesGrouping';

/** How long the index must stay unchanged before the view is told that the grouping is stale (typing has paused). */
const REBUILD_PAUSE_MS = 750;
/** How long one task of the rebuild may run before the event loop is given back. */
const REBUILD_SLICE_MS = 25;

/**
 * Quotes grouped by speaker and entities grouped by type across the corpus, with an optional text
 * filter; the tree provider only presents it. Once the index's changes pause, the view is told the
 * grouping is stale; it is rebuilt when read (`ready`: the tree, when it shows), a slice at a time
 * (REBUILD_SLICE_MS, `buildSteps`): the folder's names are linked (`linkedSteps`, most of a second
 * at 2,000 articles on a busy machine) and every article's share gathered between checkpoints, so
 * that the extension host is never held for the whole rebuild (issue 15: an entity correction in
 * the BBC folder held it 250 ms for this alone). Until a rebuild is done, readers see the last
 * grouping (`corpus()`).
 */
export class QuotesEntitiesModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  /** The last grouping built, and the corpus version it was built for. */
  private cache: QuotesEntitiesSnapshot = EMPTY_GROUPING;
  private builtFor = -1;
  /** The rebuild under way (for the corpus at `version`), a slice per task. */
  private building: { version: number; steps: Steps<QuotesEntitiesSnapshot> } | undefined;
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Callers of `ready`, resolved when a grouping is built for the corpus at `version` or later. */
  private waiters: { version: number; resolve: () => void }[] = [];
  private filter_ = '';
  /** Each article's share of the grouping, kept between rebuilds. */
  private readonly parts = new ArticleParts();
  private readonly tell = this.register(new Coalescer(() => this.changed.fire(), REBUILD_PAUSE_MS));

  constructor(private readonly index: IndexService) {
    super();
    // Told once the index's changes pause (typing, indexing batches): never between keystrokes.
    this.register(index.onDidChange(() => this.tell.schedule(true)));
    this.register({
      dispose: () => {
        clearTimeout(this.sliceTimer);
        this.building = undefined;
        for (const w of this.waiters) w.resolve();
        this.waiters = [];
      },
    });
  }

  get filter(): string {
    return this.filter_;
  }

  setFilter(text: string): void {
    const f = text.trim();
    if (f === this.filter_) return;
    this.filter_ = f;
    this.changed.fire();
  }

  /** The grouping is rebuilt on the next read; the view is told now. */
  invalidate(): void {
    this.builtFor = -1;
    this.changed.fire();
  }

  /**
   * Resolves once a grouping is built for the corpus as it is now, or a later state, rebuilding it
   * now (a slice at a time) if stale: what the view awaits before it reads.
   */
  ready(): Promise<void> {
    const version = this.index.corpus.version;
    if (this.builtFor >= version) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push({ version, resolve });
      this.startBuild();
    });
  }

  /** The corpus, grouped (the last grouping built); filtered by the current filter text. */
  snapshot(): QuotesEntitiesSnapshot {
    const all = this.corpus();
    return this.filter_ ? applyFilter(all, this.filter_) : all;
  }

  /** The corpus, grouped (the last grouping built), ignoring the filter. */
  corpus(): QuotesEntitiesSnapshot {
    return this.cache;
  }

  /** The corpus-wide group of an entity, by type and canonical name, in the last grouping built (a hover awaits `ready` first). */
  entity(type: EntityType, canonical: string): EntityGroup | undefined {
    return this.corpus().entities[type].find((g) => g.canonical === canonical);
  }

  /**
   * Starts a rebuild for the corpus as it is, unless one is under way: that one goes on (its
   * grouping is whole, of the corpus as it was when it started; whoever waits for a later state
   * gets another rebuild after it). Dropped at every change, a rebuild would never finish while a
   * folder is being indexed.
   */
  private startBuild(): void {
    if (this.building) return;
    const version = this.index.corpus.version;
    if (this.builtFor >= version) return this.resolveWaiters();
    this.building = { version, steps: this.buildSteps() };
    this.slice();
  }

  /** One slice of the rebuild; the next in a later task. */
  private slice(): void {
    this.sliceTimer = undefined;
    const b = this.building;
    if (!b) return;
    let done: { value: QuotesEntitiesSnapshot } | undefined;
    try {
      done = advance(b.steps, REBUILD_SLICE_MS);
    } catch (e) {
      // Readers keep the last grouping; the next read tries again.
      this.building = undefined;
      for (const w of this.waiters.splice(0)) w.resolve();
      throw e;
    }
    if (!done) {
      this.sliceTimer = setTimeout(() => this.slice(), 0);
      return;
    }
    this.building = undefined;
    this.cache = done.value;
    this.builtFor = b.version;
    this.resolveWaiters();
    if (this.waiters.length) this.startBuild();
  }

  private resolveWaiters(): void {
    const resolved = this.waiters.filter((w) => w.version <= this.builtFor);
    this.waiters = this.waiters.filter((w) => w.version > this.builtFor);
    for (const w of resolved) w.resolve();
  }

  /** The grouping of the corpus as it is, with checkpoints: in the folder's linking and in the grouping. */
  private *buildSteps(): Steps<QuotesEntitiesSnapshot> {
    // (A copy: the index's own linking is brought up to date with edits in place.)
    const documents = [...(yield* this.index.corpus.linkedSteps()).documents];
    return yield* groupingSteps(documents, this.parts);
  }
}


import * as vscode from 'vscode';
import { advance, type Steps } from '../../core/common/budget';
import type { Span } from '../../core/common/types';
import type { DocumentMatch, PassageMatch } from '../../core/corpus';
import { isBoilerplate, sentenceAt } from '../../core/text';
import { articleKey } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import { Commands, ContextKeys } from '../../constants';
import type { IndexService } from '../indexing/indexService';
import { OpenedFromList } from '../lists/openedFromList';

/** The passage the analyst is looking at, and where the other articles carry it. */
export interface CursorPassage {
  key: string;
  uri: vscode.Uri;
  /** What was asked: the selection, else the quotation at the cursor, else the sentence. */
  what: 'selection' | 'quote' | 'sentence';
  source: Span;
  text: string;
  matches: PassageMatch[];
}

/** The article the list is about and every passage of it that other articles carry (`MatchesModel.listed`). */
export interface ListedArticle {
  key: string;
  passages: DocumentMatch[];
}

const CURSOR_DEBOUNCE_MS = 120;
/** How long one task of working out an article's shared passages may run before the event loop is given back. */
const SHARED_SLICE_MS = 25;

/** An article's shared passages being worked out a slice at a time, for the corpus at `version`. */
interface SharedJob {
  key: string;
  version: number;
  minScore: number;
  steps: Steps<DocumentMatch[]>;
  done: Promise<void>;
  resolve: () => void;
}

/**
 * Cross-file matches for the active article: the passage at the cursor (or selection) with its
 * matches in the other articles, and every passage of the article that other articles carry.
 * Results are cached per corpus version. An article's shared passages (a match of every sentence:
 * a second and more for a long article on a busy machine) are worked out a slice at a time
 * (`whenShared`) and read when at hand (`sharedAtHand`, `listed`): the tree and the decorations do
 * no matching; until the new ones are worked out, the list shows the last ones.
 *
 * The list keeps still while the analyst works through it, as VS Code's References view does: a
 * match opened from the list pins it (the opened article's editor and cursor do not change it, going
 * back to the list's article or to any other article does), and "Follow Cursor" can be turned off,
 * so that the list changes only when asked (Matches at Cursor). A still list is still told of the
 * corpus's changes: the same passage is matched again.
 */
export class MatchesModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private cursor: CursorPassage | undefined;
  private listed_: ListedArticle | undefined;
  private readonly refresher = this.register(new Coalescer(() => this.refresh(false), CURSOR_DEBOUNCE_MS));
  private readonly shared = new Map<string, { version: number; minScore: number; passages: DocumentMatch[] }>();
  /** Shared passages being worked out, by article. */
  private readonly jobs = new Map<string, SharedJob>();
  private jobTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The articles this list opened (pinning it). */
  private readonly opened = new OpenedFromList();
  private following = true;
  /** The article the list is about: the active one when it was last followed. */
  private subject: string | undefined;

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
  ) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => this.editorMoved(e, 0)));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.editorMoved(e.textEditor)));
    void vscode.commands.executeCommand('setContext', ContextKeys.matchesFollowCursor, true);
    this.register(index.onDidChange(() => this.schedule()));
    this.register(config.onDidChange((e) => e.affects('matching') && (this.shared.clear(), this.schedule(0))));
    this.schedule(0);
    this.register({ dispose: () => (clearTimeout(this.jobTimer), this.jobs.clear(), (this.disposed = true)) });
  }

  /** The passage at the cursor of the active article editor and its matches. */
  get atCursor(): CursorPassage | undefined {
    return this.cursor;
  }

  /** The article the list is about and its shared passages, as the last refresh worked them out. */
  get listed(): ListedArticle | undefined {
    return this.listed_;
  }

  /** Does the list follow the cursor (the "Follow Cursor" toggle)? */
  get followsCursor(): boolean {
    return this.following;
  }

  /** Is the list kept still (pinned by a match opened from it, or not following the cursor)? */
  get isStill(): boolean {
    return !this.following || this.opened.holding;
  }

  /** The article the list is about: the active one, or the one it was pinned on. */
  listedArticle(): string | undefined {
    return this.isStill ? this.subject : this.activeArticle()?.key;
  }

  setFollowCursor(on: boolean): void {
    if (on === this.following) return;
    this.following = on;
    void vscode.commands.executeCommand('setContext', ContextKeys.matchesFollowCursor, on);
    if (on) this.showAtCursor();
    else this.announce(); // (the row says the list is still)
  }

  /** Lists the matches at the cursor of the active editor now (releases a pinned list). */
  showAtCursor(): void {
    this.opened.release();
    this.refresher.cancel();
    this.cursor = this.computeCursor(true);
    this.announce();
  }

  /** Opens a match beside, pinning the list: the opened article does not replace what is listed. */
  async openFromList(key: string, start: number, end: number): Promise<void> {
    if (key !== this.subject) this.opened.add(key);
    this.announce();
    await vscode.commands.executeCommand(Commands.openLocation, key, start, end, true);
  }

  /** The active editor, when it shows an indexed article. */
  activeArticle(): { editor: vscode.TextEditor; key: string } | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const key = articleKey(editor.document.uri);
    return this.index.corpus.has(key) ? { editor, key } : undefined;
  }

  /**
   * Every passage of an article that other articles carry, in text order (cached per corpus
   * version), worked out now if not at hand: for a command the analyst gave (next/previous shared
   * passage); views read `sharedAtHand` and wait for `whenShared`.
   */
  sharedPassages(key: string): DocumentMatch[] {
    const hit = this.sharedAtHand(key);
    if (hit) return hit;
    const minScore = this.config.value.matchMinScore;
    return this.keepShared(key, this.index.corpus.version, minScore, this.index.corpus.has(key) ? this.index.corpus.documentMatches(key, { minScore }) : []);
  }

  /** An article's shared passages if worked out for the corpus as it is (a read: never matches). */
  sharedAtHand(key: string): DocumentMatch[] | undefined {
    const hit = this.shared.get(key);
    return hit && hit.version === this.index.corpus.version && hit.minScore === this.config.value.matchMinScore ? hit.passages : undefined;
  }

  /**
   * Resolves once an article's shared passages are at hand (`sharedAtHand`), working them out a
   * slice at a time meanwhile (SHARED_SLICE_MS per task); a change of the corpus between two slices
   * starts them over for the corpus as it is.
   */
  whenShared(key: string): Promise<void> {
    if (this.sharedAtHand(key)) return Promise.resolve();
    const existing = this.jobs.get(key);
    if (existing) return existing.done;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.jobs.set(key, { ...this.startJob(key), done, resolve });
    this.jobTimer ??= setTimeout(() => this.runJobs(), 0);
    return done;
  }

  private startJob(key: string): Pick<SharedJob, 'key' | 'version' | 'minScore' | 'steps'> {
    const corpus = this.index.corpus;
    const minScore = this.config.value.matchMinScore;
    return { key, version: corpus.version, minScore, steps: corpus.documentMatchesSteps(key, { minScore }) }; // (none for an article not matched)
  }

  /** One slice of the jobs (the first, then the others), then the event loop back. */
  private runJobs(): void {
    this.jobTimer = undefined;
    const job = this.jobs.values().next().value;
    if (!job) return;
    if (job.version !== this.index.corpus.version || job.minScore !== this.config.value.matchMinScore) Object.assign(job, this.startJob(job.key));
    const done = advance(job.steps, SHARED_SLICE_MS);
    if (done) {
      this.jobs.delete(job.key);
      this.keepShared(job.key, job.version, job.minScore, done.value);
      job.resolve();
    }
    if (this.jobs.size) this.jobTimer = setTimeout(() => this.runJobs(), 0);
  }

  private keepShared(key: string, version: number, minScore: number, passages: DocumentMatch[]): DocumentMatch[] {
    passages.sort((a, b) => a.source.start - b.source.start);
    this.shared.set(key, { version, minScore, passages });
    return passages;
  }

  /**
   * Recomputes now (the tests and commands call this to skip the debounce), analysing an edit that
   * is still pending; the debounced refresh instead leaves an article that is being typed in alone.
   */
  refresh(whileTyping = true): void {
    this.refresher.cancel();
    const before = this.cursor;
    const listedBefore = this.listed_;
    this.cursor = this.isStill ? this.matchAgain() : this.computeCursor(whileTyping);
    this.updateListed();
    // (the same passage kept while typing, and the same shared passages: nothing new)
    if (!before || this.cursor !== before || this.listed_ !== listedBefore) this.changed.fire();
  }

  /** The listed article's shared passages worked out again (if the corpus or the article changed), then the views told. */
  private announce(): void {
    this.updateListed();
    this.changed.fire();
  }

  /**
   * `listed` for the list's article as the corpus is now (the same object when nothing changed);
   * while its shared passages are worked out, the last ones of the same article (else none), and
   * the views told again once they are at hand.
   */
  private updateListed(): void {
    const key = this.listedArticle();
    if (!key) {
      this.listed_ = undefined;
      return;
    }
    const passages = this.sharedAtHand(key);
    if (!passages) {
      void this.whenShared(key).then(() => {
        if (this.disposed || this.listedArticle() !== key) return;
        const before = this.listed_;
        this.updateListed();
        if (this.listed_ !== before) this.changed.fire();
      });
      if (this.listed_?.key !== key) this.listed_ = { key, passages: [] };
      return;
    }
    if (this.listed_?.key !== key || this.listed_.passages !== passages) this.listed_ = { key, passages };
  }

  private schedule(delay = CURSOR_DEBOUNCE_MS): void {
    this.refresher.schedule(true, delay);
  }

  /** An editor became active, or its cursor moved: followed unless the list is kept still. */
  private editorMoved(editor: vscode.TextEditor | undefined, delay = CURSOR_DEBOUNCE_MS): void {
    if (!this.following) return;
    const key = editor ? articleKey(editor.document.uri) : undefined;
    // (no editor — a panel or a webview has focus — neither follows nor releases the list)
    if (key === undefined ? this.opened.holding : !this.opened.follows(key)) return;
    this.schedule(delay);
  }

  /** The still list's passage matched again against the corpus as it is now (the article kept its text there). */
  private matchAgain(): CursorPassage | undefined {
    const c = this.cursor;
    if (!c) return undefined;
    const corpus = this.index.corpus;
    if (!corpus.has(c.key) || !corpus.isCrossIndexed(c.key)) return undefined;
    if (corpus.textOf(c.key)!.slice(c.source.start, c.source.end) !== c.text) return c;
    const matches = corpus.matchesAt(c.key, c.source.start, c.source.end, { minScore: this.config.value.matchMinScore });
    return { ...c, matches };
  }

  private computeCursor(whileTyping: boolean): CursorPassage | undefined {
    const active = this.activeArticle();
    this.subject = active?.key;
    if (!active) return undefined;
    const { editor, key } = active;
    const doc = editor.document;
    // Too large to be matched across the folder: nothing to look for.
    if (!this.index.corpus.isCrossIndexed(key)) return undefined;
    // Still being typed in: keep what is shown; the analysis of the new text, when it comes,
    // changes the index and brings this back.
    if (!whileTyping && this.index.hasPendingEdit(doc.uri)) return this.cursor?.key === key ? this.cursor : undefined;
    this.index.analyzeDocument(doc); // (nothing to do when it is current: the usual case)
    if (!this.index.isCurrent(doc)) return undefined;
    const text = this.index.corpus.textOf(key)!;
    const sel = editor.selection;
    let what: CursorPassage['what'];
    let source: Span;
    if (!sel.isEmpty) {
      what = 'selection';
      source = { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) };
    } else {
      const at = doc.offsetAt(sel.active);
      const quote = this.index.analysisOf(doc.uri)?.quotes.find((q) => q.start <= at && at <= q.end);
      const found = quote ? undefined : sentenceAt(text, at);
      // Page debris ("Skip to main content", a browser notice) is not a passage to look for.
      const sentence = found && !isBoilerplate(text.slice(found.start, found.end)) ? found : undefined;
      if (quote) {
        what = 'quote';
        source = { start: quote.start, end: quote.end };
      } else if (sentence) {
        what = 'sentence';
        source = sentence;
      } else return undefined;
    }
    const matches = this.index.corpus.matchesAt(key, source.start, source.end, { minScore: this.config.value.matchMinScore });
    return { key, uri: doc.uri, what, source, text: text.slice(source.start, source.end), matches };
  }
}

import * as vscode from 'vscode';
import type { Span } from '../../core/common/types';
import type { DocumentMatch, PassageMatch } from '../../core/corpus';
import { isBoilerplate, sentenceAt } from '../../core/text';
import { articleKey } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Coalescer } from '../../host/coalescer';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

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

const CURSOR_DEBOUNCE_MS = 120;

/**
 * Cross-file matches for the active article: the passage at the cursor (or selection) with its
 * matches in the other articles, and every passage of the article that other articles carry.
 * Results are cached per corpus version; the tree, the decorations and the navigation commands
 * only read them.
 */
export class MatchesModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private cursor: CursorPassage | undefined;
  private readonly refresher = this.register(new Coalescer(() => this.refresh(false), CURSOR_DEBOUNCE_MS));
  private readonly shared = new Map<string, { version: number; minScore: number; passages: DocumentMatch[] }>();

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
  ) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.schedule()));
    this.register(index.onDidChange(() => this.schedule()));
    this.register(config.onDidChange((e) => e.affects('matching') && (this.shared.clear(), this.schedule(0))));
    this.schedule(0);
  }

  /** The passage at the cursor of the active article editor and its matches. */
  get atCursor(): CursorPassage | undefined {
    return this.cursor;
  }

  /** The active editor, when it shows an indexed article. */
  activeArticle(): { editor: vscode.TextEditor; key: string } | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const key = articleKey(editor.document.uri);
    return this.index.index.has(key) ? { editor, key } : undefined;
  }

  /** Every passage of an article that other articles carry, in text order (cached per corpus version). */
  sharedPassages(key: string): DocumentMatch[] {
    const matcher = this.index.index.matcher;
    const version = matcher.index.version;
    const minScore = this.config.value.matchMinScore;
    const hit = this.shared.get(key);
    if (hit && hit.version === version && hit.minScore === minScore) return hit.passages;
    const passages = this.index.index.has(key) ? matcher.matchDocument(key, { minScore }) : [];
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
    this.cursor = this.computeCursor(whileTyping);
    if (!before || this.cursor !== before) this.changed.fire(); // (the same passage kept while typing: nothing new)
  }

  private schedule(delay = CURSOR_DEBOUNCE_MS): void {
    this.refresher.schedule(true, delay);
  }

  private computeCursor(whileTyping: boolean): CursorPassage | undefined {
    const active = this.activeArticle();
    if (!active) return undefined;
    const { editor, key } = active;
    const doc = editor.document;
    // Too large to be matched across the folder: nothing to look for.
    if (!this.index.index.isCrossIndexed(key)) return undefined;
    // Still being typed in: keep what is shown; the analysis of the new text, when it comes,
    // changes the index and brings this back.
    if (!whileTyping && this.index.hasPendingEdit(doc.uri)) return this.cursor?.key === key ? this.cursor : undefined;
    this.index.analyzeDocument(doc); // (nothing to do when it is current: the usual case)
    if (!this.index.isCurrent(doc)) return undefined;
    const text = this.index.index.textOf(key)!;
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
    const matches = this.index.index.matcher.matchSpan(key, source.start, source.end, { minScore: this.config.value.matchMinScore });
    return { key, uri: doc.uri, what, source, text: text.slice(source.start, source.end), matches };
  }
}

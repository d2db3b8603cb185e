import * as vscode from 'vscode';
import type { DiscrepancyKind } from '../../core/common/analysisFormat';
import { excerpt, type Excerpt } from '../../core/common/excerpt';
import { discrepancyTitle } from '../../core/corpus';
import { articleKey, relativePath } from '../../host/articles';
import { Disposable } from '../../host/lifecycle';
import type { CorpusDerivation } from '../corpusDerivation';
import { Commands, ContextKeys } from '../../constants';
import type { ArticleSources } from '../sources/articleSources';
import type { IndexService } from '../indexing/indexService';
import { OpenedFromList } from '../lists/openedFromList';

/** Which discrepancies the Claims & Notes view lists: those of the article being read, or all. */
export type DiscrepancyScope = 'article' | 'all';

export interface DiscrepancyMember {
  /** The article's index key (URI string). */
  key: string;
  path: string;
  start: number;
  end: number;
  text: string;
  excerpt: Excerpt;
}

export interface DiscrepancyItem {
  id: string;
  kind: DiscrepancyKind;
  /** As the analysis writes it (`crosscheck analyze`). */
  label: string;
  /** The versions set against each other: "89 vs 87 — number killed". */
  title: string;
  /** In article order; in the 'article' scope, the article's own members first. */
  members: DiscrepancyMember[];
  articles: number;
}

export interface DiscrepanciesView {
  scope: DiscrepancyScope;
  /** The article the list is for: the one being read ('article' scope); undefined lists all. */
  article?: { key: string; path: string };
  items: DiscrepancyItem[];
  /** How many the whole folder has. */
  total: number;
}

const EXCERPT_WIDTH = 70;
/** Context before the span in an excerpt: a few words, so that the span shows in a narrow sidebar. */
const EXCERPT_LEAD = 20;
const SCOPE_KEY = 'crosscheck.discrepancyScope';

/**
 * The discrepancies between the articles (figures, name spellings, quote wording, claims stated
 * and disputed), for the Claims & Notes view. Deriving them costs about 0.4 s at 2,000 articles
 * from scratch (0.1 s after a change to one article), so the view never derives them: the corpus
 * derivation does, once changes pause and only while the view is visible (features/corpusDerivation.ts),
 * and this model lists what it derived.
 * Restricted to the article being read by default (what an analyst checks while reading), or all.
 */
export class DiscrepanciesModel extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private all: DiscrepancyItem[] | undefined;
  /** The index version `all` was derived from. */
  private builtFrom = -1;
  private visible = false;
  private scope_: DiscrepancyScope;
  /**
   * The editors last active, most recent first (keys): the article being read is the first that is
   * indexed (so a settings file or a diff in between does not change it, nor indexing still running).
   */
  private recent: string[] = [];
  /**
   * The articles opened from the list (its members): the list keeps still while the analyst works
   * through them — no rescoping, reordering or dropping of rows under the mouse.
   */
  private readonly opened = new OpenedFromList();
  private cached: { all: DiscrepancyItem[]; scope: DiscrepancyScope; article: string | undefined; view: DiscrepanciesView } | undefined;

  constructor(
    private readonly index: IndexService,
    private readonly derivation: CorpusDerivation,
    private readonly memento?: vscode.Memento,
    /** Names articles by outlet (else their path). */
    private readonly sources?: ArticleSources,
  ) {
    super();
    this.scope_ = memento?.get<DiscrepancyScope>(SCOPE_KEY) === 'all' ? 'all' : 'article';
    void vscode.commands.executeCommand('setContext', ContextKeys.discrepancyScope, this.scope_);
    this.register(derivation.onDidDerive(() => this.list()));
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => e && this.follow(e.document.uri)));
    if (vscode.window.activeTextEditor) this.follow(vscode.window.activeTextEditor.document.uri);
  }

  get scope(): DiscrepancyScope {
    return this.scope_;
  }

  setScope(scope: DiscrepancyScope): void {
    if (scope === this.scope_) return;
    this.scope_ = scope;
    void this.memento?.update(SCOPE_KEY, scope);
    void vscode.commands.executeCommand('setContext', ContextKeys.discrepancyScope, scope);
    this.changed.fire();
  }

  /** The view shows the list (or stopped showing it): list what was derived, if the list is out of date. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.derivation.wantDiscrepancies(visible);
    if (visible) this.list();
  }

  /** What the view lists; undefined until first derived (the view has not been visible yet). */
  view(): DiscrepanciesView | undefined {
    const all = this.all;
    if (!all) return undefined;
    const article = this.scope_ === 'article' ? this.recent.find((k) => this.index.corpus.has(k)) : undefined;
    const c = this.cached;
    if (c && c.all === all && c.scope === this.scope_ && c.article === article) return c.view;
    const view: DiscrepanciesView = { scope: this.scope_, items: all, total: all.length };
    if (article) {
      const uri = this.index.uriOf(article);
      view.article = { key: article, path: this.sources?.labelOf(article) ?? (uri ? relativePath(uri) : article) };
      view.items = all
        .filter((d) => d.members.some((m) => m.key === article))
        .map((d) => ({ ...d, members: [...d.members.filter((m) => m.key === article), ...d.members.filter((m) => m.key !== article)] }));
    }
    this.cached = { all, scope: this.scope_, article, view };
    return view;
  }

  /** Opens a member beside the article being read, keeping the list as it is. */
  async openMember(key: string, start: number, end: number): Promise<void> {
    if (this.scope_ === 'article' && key !== this.recent.find((k) => this.index.corpus.has(k))) this.opened.add(key);
    await vscode.commands.executeCommand(Commands.openLocation, key, start, end, true);
  }

  private follow(uri: vscode.Uri): void {
    const key = articleKey(uri);
    if (uri.scheme !== 'file' || !this.opened.follows(key) || this.recent[0] === key) return;
    const before = this.recent.find((k) => this.index.corpus.has(k));
    this.recent = [key, ...this.recent.filter((k) => k !== key)].slice(0, 20);
    if (this.scope_ === 'article' && this.all && this.recent.find((k) => this.index.corpus.has(k)) !== before) this.changed.fire();
  }

  /** Lists the discrepancies the corpus derivation derived for the corpus as it is (none while they are stale: it is on its way). */
  private list(): void {
    if (!this.visible) return; // listed when the view is shown
    const corpus = this.index.corpus;
    const version = corpus.version;
    if (version === this.builtFrom && this.all) return;
    const found = corpus.freshDiscrepancies();
    if (!found) return;
    const items: DiscrepancyItem[] = [];
    const ids = new Map<string, number>();
    for (const d of found) {
      const members = d.members.map((m): DiscrepancyMember => {
        const uri = this.index.uriOf(m.doc);
        const text = corpus.textOf(m.doc) ?? m.text;
        const ex = text.slice(m.start, m.end) === m.text ? excerpt(text, m.start, m.end, EXCERPT_WIDTH, EXCERPT_LEAD) : excerpt(m.text, 0, m.text.length, EXCERPT_WIDTH);
        return { key: m.doc, path: this.sources?.labelOf(m.doc) ?? (uri ? relativePath(uri) : m.doc), start: m.start, end: m.end, text: m.text, excerpt: ex };
      });
      // Stable across refreshes (the view keeps what was expanded): the kind and label, numbered when repeated.
      const base = `${d.kind}:${d.label}`;
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      items.push({
        id: n > 1 ? `${base}#${n}` : base,
        kind: d.kind,
        label: d.label,
        title: discrepancyTitle(d),
        members,
        articles: new Set(members.map((m) => m.key)).size,
      });
    }
    this.all = items;
    this.builtFrom = version;
    this.changed.fire();
  }
}

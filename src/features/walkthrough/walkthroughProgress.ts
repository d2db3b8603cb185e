import * as vscode from 'vscode';
import { isArticleDocument } from '../../host/articles';
import type { Configuration } from '../../host/configuration';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';

/**
 * Context keys the walkthrough's steps are ticked by (package.json `walkthroughs`, `onContext:`),
 * each made true for a moment whenever the analyst does what its step teaches:
 *   crosscheck.walkthrough.indexed        the folder was read and has articles (and on each article
 *                                         opened in it, while it has)
 *   crosscheck.walkthrough.articleOpened  an article was shown in an editor
 *
 * Why moments, and not the extension's state keys (`crosscheck.state == ready`,
 * `crosscheck.articleActive`): VS Code's walkthrough service ticks a step when its expression
 * *becomes* true after the walkthrough is registered; one that already holds then counts as seen
 * and never ticks the step in that session (gettingStartedService: registerDoneListeners,
 * progressByEvent). And it registers late: a few seconds after startup (it first waits up to 5 s
 * for an experiment service), or only when the Welcome page is first opened, when the startup
 * editor is not the Welcome page. By then a folder is indexed and an article open: a state key
 * would never tick its step. A key that is true only for a moment after each action is almost
 * never true at that registration, so the analyst's next action ticks the step. The first moment
 * waits `SETTLE_MS` after activation, past the usual registration at startup.
 */
export const WalkthroughKeys = {
  indexed: 'crosscheck.walkthrough.indexed',
  articleOpened: 'crosscheck.walkthrough.articleOpened',
} as const;

/** Past VS Code's registration of the walkthrough at startup (its 5 s wait, and then some). */
const SETTLE_MS = 10_000;
/** How long a key stays true after an action. */
const MOMENT_MS = 1_500;

export class WalkthroughProgress extends Disposable {
  /** Actions seen before the first moment may be set. */
  private readonly pending = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private settled = false;
  private articlesShown = new Set<string>();

  constructor(
    private readonly index: IndexService,
    private readonly config: Configuration,
    settleMs = SETTLE_MS,
  ) {
    super();
    this.register(index.onDidChangeState((s) => s === 'ready' && this.did(WalkthroughKeys.indexed)));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.editorsChanged()));
    // (and the analyst going back to an article, from the Welcome page, say)
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => e && isArticleDocument(e.document, this.config.value) && this.articleRead()));
    const timer = setTimeout(() => {
      this.settled = true;
      for (const key of this.pending) this.did(key);
      this.pending.clear();
    }, settleMs);
    this.register({ dispose: () => clearTimeout(timer) });
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    if (index.state === 'ready') this.did(WalkthroughKeys.indexed);
    this.editorsChanged();
  }

  /** An article shown that was not shown before, or made the active editor: both steps' moments. */
  private editorsChanged(): void {
    const shown = new Set(vscode.window.visibleTextEditors.filter((e) => isArticleDocument(e.document, this.config.value)).map((e) => e.document.uri.toString()));
    const added = [...shown].some((k) => !this.articlesShown.has(k));
    this.articlesShown = shown;
    if (added) this.articleRead();
  }

  private articleRead(): void {
    this.did(WalkthroughKeys.articleOpened);
    if (this.index.state === 'ready') this.did(WalkthroughKeys.indexed);
  }

  private did(key: string): void {
    if (!this.settled) {
      this.pending.add(key);
      return;
    }
    const running = this.timers.get(key);
    if (running) clearTimeout(running);
    else void vscode.commands.executeCommand('setContext', key, true);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void vscode.commands.executeCommand('setContext', key, false);
      }, MOMENT_MS),
    );
  }
}

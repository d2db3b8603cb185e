import * as vscode from 'vscode';
import { Views } from '../constants';
import { Disposable } from '../host/lifecycle';
import type { IndexService } from './indexing/indexService';
import { plural } from '../core/common/strings';

const EDIT_PAUSE_MS = 2000;

/** The index state at a glance; a click opens the Crosscheck sidebar. */
export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50));

  constructor(private readonly index: IndexService) {
    super();
    this.item.name = 'Crosscheck';
    this.item.command = `workbench.view.extension.${Views.container}`;
    // Counting shared quotes derives the quote clusters of the whole folder (a quarter of a second
    // at 2,000 articles): done when indexing ends; after an edit the count is the last one until
    // something else (a hover, the Claims & Notes view) has derived the clusters again.
    this.register(index.onDidChange(() => this.schedule(EDIT_PAUSE_MS)));
    this.register(
      index.onDidChangeState(() => {
        this.recount = true;
        this.schedule(0);
      }),
    );
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.update();
    this.item.show();
  }

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The number of quotes several articles carry, when last counted. */
  private shared: number | undefined;
  private recount = true;

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, delay);
  }

  private update(): void {
    const s = this.index.index.stats();
    switch (this.index.state) {
      case 'indexing': {
        const { done, total } = this.index.indexingProgress;
        this.item.text = `$(sync~spin) Crosscheck ${total ? `${done}/${total}` : ''}`.trimEnd();
        this.item.tooltip = 'Crosscheck is indexing the articles in this workspace';
        break;
      }
      case 'empty':
        this.item.text = '$(quote) Crosscheck: no articles';
        this.item.tooltip = 'No .txt or .md articles found (see the setting crosscheck.articles.include)';
        break;
      default: {
        this.item.text = `$(quote) ${plural(s.articles, 'article')} · ${plural(s.quotes, 'quote')}`;
        const index = this.index.index;
        // (reading `matcher` with edits pending would make it catch up: only when nothing is pending)
        const fresh = index.pendingCount === 0 && index.matcher.clustersFresh;
        if (this.recount || fresh || this.shared === undefined) {
          this.shared = index.matcher.quoteClusters().length;
          this.recount = false;
        }
        const shared = this.shared;
        this.item.text += ` · ${plural(shared, 'shared quote')}`;
        this.item.tooltip = new vscode.MarkdownString(
          `**Crosscheck**\n\n${plural(s.articles, 'article')} indexed, ${plural(s.quotes, 'quotation')}, ${plural(s.entities, 'named entity mention', 'named entity mentions')}; ${plural(shared, 'quotation')} carried by several articles.` +
            (this.index.errors.length ? `\n\n$(warning) ${plural(this.index.errors.length, 'file')} skipped (see the Crosscheck log).` : '') +
            '\n\nClick to open the Crosscheck sidebar.',
          true,
        );
      }
    }
    this.item.accessibilityInformation = { label: `Crosscheck: ${this.item.text.replace(/\$\([^)]*\)\s*/g, '')}`, role: 'button' };
  }
}

import * as vscode from 'vscode';
import { Views } from '../constants';
import { Coalescer } from '../host/coalescer';
import { Disposable } from '../host/lifecycle';
import type { IndexService } from './indexing/indexService';
import { plural } from '../core/common/strings';

const EDIT_PAUSE_MS = 2000;

/** What the status bar item shows (for the API's statusBar()). */
export interface StatusBarView {
  text: string;
  /** The tooltip's Markdown. */
  tooltip: string;
  command: string | undefined;
  accessibilityLabel: string;
}

/** The index state at a glance; a click opens the Crosscheck sidebar. */
export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50));
  /** Counts follow edits once they pause (not a status bar update per keystroke). */
  private readonly updater = this.register(new Coalescer(() => this.update(), EDIT_PAUSE_MS));
  /** The number of quotes several articles carry, when last counted, and whether the index has changed since. */
  private shared: number | undefined;
  private sharedStale = false;
  /** Count the shared quotes at the next update even if that means deriving the clusters (indexing has ended). */
  private recount = true;

  constructor(private readonly index: IndexService) {
    super();
    this.item.name = 'Crosscheck';
    this.item.command = `workbench.view.extension.${Views.container}`;
    this.register(index.onDidChange(() => this.updater.schedule(true)));
    this.register(
      index.onDidChangeState(() => {
        this.recount = true;
        this.updater.schedule(false, 0); // (indexing, its progress, ready: shown at once, but not inside the event)
      }),
    );
    // Counting shared quotes derives the quote clusters of the whole folder (a quarter of a second at
    // 2,000 articles): done when indexing ends; after a change, the count is shown as stale until
    // something else (a hover, the Claims & Notes view, the report) has derived the clusters again.
    this.register(index.onDidDeriveClusters(() => this.updater.schedule(false, 0)));
    this.update();
    this.item.show();
  }

  /** What the item shows now. */
  view(): StatusBarView {
    const tooltip = this.item.tooltip;
    return {
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
      accessibilityLabel: this.item.accessibilityInformation?.label ?? '',
    };
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
        this.countShared();
        const shared = this.shared ?? 0;
        let sharedLine: string;
        if (this.sharedStale) {
          sharedLine = `quotations carried by several articles: ${shared} before the last changes, counted again when the matches are next worked out (a hover on a quotation, the Claims & Notes view).`;
        } else {
          this.item.text += ` · ${plural(shared, 'shared quote')}`;
          sharedLine = `${plural(shared, 'quotation')} carried by several articles.`;
        }
        this.item.tooltip = new vscode.MarkdownString(
          `**Crosscheck**\n\n${plural(s.articles, 'article')} indexed, ${plural(s.quotes, 'quotation')}, ${plural(s.entities, 'named entity mention', 'named entity mentions')}; ${sharedLine}` +
            (this.index.errors.length ? `\n\n$(warning) ${plural(this.index.errors.length, 'file')} skipped (see the Crosscheck log).` : '') +
            '\n\nClick to open the Crosscheck sidebar.',
          true,
        );
      }
    }
    this.item.accessibilityInformation = { label: `Crosscheck: ${this.item.text.replace(/\$\([^)]*\)\s*/g, '')}`, role: 'button' };
  }

  /** Counts the shared quotes when that is free (the clusters are derived for the index as it is) or asked for. */
  private countShared(): void {
    const index = this.index.index;
    // (reading `matcher` with edits pending would make it catch up: only when nothing is pending)
    const fresh = index.pendingCount === 0 && index.matcher.clustersFresh;
    if (fresh || this.recount || this.shared === undefined) {
      this.shared = index.matcher.quoteClusters().length;
      this.recount = false;
      this.sharedStale = false;
    } else this.sharedStale = true;
  }
}

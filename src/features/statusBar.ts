import * as vscode from 'vscode';
import { Views } from '../constants';
import { Coalescer } from '../host/coalescer';
import { Disposable } from '../host/lifecycle';
import type { CorpusDerivation } from './corpusDerivation';
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

  constructor(
    private readonly index: IndexService,
    derivation: CorpusDerivation,
  ) {
    super();
    this.item.name = 'Crosscheck';
    this.item.command = `workbench.view.extension.${Views.container}`;
    this.register(index.onDidChange(() => this.updater.schedule(true)));
    // (indexing, its progress, ready: shown at once, but not inside the event)
    this.register(index.onDidChangeState(() => this.updater.schedule(false, 0)));
    // The shared quotes are counted from the quote clusters the corpus derivation derived (once
    // changes pause); until then, the last count is shown as stale.
    this.register(derivation.onDidDerive(() => this.updater.schedule(false, 0)));
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
    const s = this.index.corpus.stats();
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
        if (this.shared === undefined) {
          sharedLine = 'the quotations carried by several articles are being counted.';
        } else if (this.sharedStale) {
          sharedLine = `quotations carried by several articles: ${shared} before the last changes, counted again once the changes pause.`;
        } else {
          this.item.text += ` · ${plural(shared, 'shared quote')}`;
          sharedLine = `${plural(shared, 'quotation')} carried by several articles.`;
        }
        const skipped = this.index.errors().length;
        this.item.tooltip = new vscode.MarkdownString(
          `**Crosscheck**\n\n${plural(s.articles, 'article')} indexed, ${plural(s.quotes, 'quotation')}, ${plural(s.entities, 'named entity mention', 'named entity mentions')}; ${sharedLine}` +
            (skipped ? `\n\n$(warning) ${plural(skipped, 'file')} skipped (see the Crosscheck log).` : '') +
            '\n\nClick to open the Crosscheck sidebar.',
          true,
        );
      }
    }
    this.item.accessibilityInformation = { label: `Crosscheck: ${this.item.text.replace(/\$\([^)]*\)\s*/g, '')}`, role: 'button' };
  }

  /** Counts the shared quotes from the clusters derived for the corpus as it is; otherwise the last count is stale. */
  private countShared(): void {
    const clusters = this.index.corpus.freshClusters();
    if (clusters) {
      this.shared = clusters.length;
      this.sharedStale = false;
    } else this.sharedStale = true;
  }
}

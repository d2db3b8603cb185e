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
    // Counting shared quotes makes the matcher catch up with the whole corpus (over a second for
    // tens of thousands of articles), so edits update the count only after a real pause.
    this.register(index.onDidChange(() => this.schedule(EDIT_PAUSE_MS)));
    this.register(index.onDidChangeState(() => this.schedule(0)));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.update();
    this.item.show();
  }

  private timer: ReturnType<typeof setTimeout> | undefined;

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
        const shared = this.index.index.matcher.quoteClusters().length;
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

import * as vscode from 'vscode';
import { Commands, Views } from '../../constants';
import type { Span } from '../../core/common/types';
import type { DocumentMatch, PassageMatch } from '../../core/corpus';
import { Disposable } from '../../host/lifecycle';
import type { ArticleSources } from '../sources/articleSources';
import type { IndexService } from '../indexing/indexService';
import type { MatchesModel } from './matchesModel';
import { oneLine, truncate } from '../../core/common/strings';

type Node =
  | { kind: 'cursor' }
  | { kind: 'article'; key: string; passages: readonly DocumentMatch[] }
  | { kind: 'passage'; key: string; passage: DocumentMatch }
  | { kind: 'match'; match: PassageMatch; parent: string };

const KIND_LABEL = { verbatim: 'verbatim', trimmed: 'trimmed', reworded: 'reworded' } as const;

/** Presents the matches model: the passage at the cursor and the article's shared passages. */
export class MatchesTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;

  constructor(
    private readonly model: MatchesModel,
    private readonly index: IndexService,
    private readonly sources: ArticleSources,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.matches, { treeDataProvider: this, showCollapseAll: true }));
    this.register(model.onDidChange(() => this.changed.fire(undefined)));
    this.register(sources.onDidChange(() => this.changed.fire(undefined)));
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      // (what the model worked out when it last refreshed: a tree reads, it does not derive)
      const listed = this.model.listed;
      if (!listed) return [];
      return [{ kind: 'cursor' }, { kind: 'article', key: listed.key, passages: listed.passages }];
    }
    switch (node.kind) {
      case 'cursor':
        return onePerArticle(this.model.atCursor?.matches ?? []).map((match) => ({ kind: 'match', match, parent: 'cursor' }));
      case 'article':
        return node.passages.map((passage) => ({ kind: 'passage', key: node.key, passage }));
      case 'passage':
        return onePerArticle(node.passage.matches).map((match) => ({ kind: 'match', match, parent: `${node.key}:${node.passage.source.start}` }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'cursor': {
        const c = this.model.atCursor;
        // Articles, not match spans: an article that carries the words twice (a caption, then the
        // body) is one row, as in the hover's "carried by N other articles".
        const n = c ? onePerArticle(c.matches).length : 0;
        const what = c ? { selection: 'Selection', quote: 'Quote at cursor', sentence: 'Sentence at cursor' }[c.what] : 'At cursor';
        // Nothing at the cursor: in an article, the cursor is between its sentences (an empty line).
        const hint = this.model.activeArticle() ? 'place the cursor in a sentence' : 'place the cursor in an article';
        const item = new vscode.TreeItem(`${what}: ${c ? `“${truncate(oneLine(c.text), 60)}”` : hint}`, n ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        // A new id for each passage: VS Code keeps an item's collapsible state by id, so a row that had
        // no matches (None) kept that state — collapsed — when the cursor moved into a shared quotation.
        item.id = c ? `cursor:${c.what}:${c.source.start}:${c.source.end}:${n ? 'matches' : 'none'}` : 'cursor';
        item.description = c ? (n ? `${n} matching article${n === 1 ? '' : 's'}` : 'no other article carries it') : undefined;
        // A still list says so, and how it follows again.
        if (c && this.model.isStill) {
          item.description += this.model.followsCursor ? ' · pinned' : ' · not following the cursor';
          item.tooltip = this.model.followsCursor
            ? 'Pinned while you open its matches: click in the article again (or Matches at Cursor) to follow the cursor.'
            : 'Follow Cursor is off: Matches at Cursor lists the passage at the cursor.';
        }
        item.iconPath = new vscode.ThemeIcon('target');
        item.contextValue = 'cursorPassage';
        return item;
      }
      case 'article': {
        const passages = node.passages;
        const item = new vscode.TreeItem('In this article', passages.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `article:${node.key}`;
        item.description = passages.length ? `${passages.length} passage${passages.length === 1 ? '' : 's'} carried elsewhere` : 'nothing carried elsewhere';
        item.iconPath = new vscode.ThemeIcon('files');
        return item;
      }
      case 'passage': {
        const text = this.index.corpus.textOf(node.key) ?? '';
        const p = node.passage;
        const docs = new Set(p.matches.map((m) => m.doc)).size;
        const item = new vscode.TreeItem(`“${truncate(oneLine(text.slice(p.source.start, p.source.end)), 70)}”`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `passage:${node.key}:${p.source.start}`;
        item.description = `${docs} article${docs === 1 ? '' : 's'}`;
        item.tooltip = oneLine(text.slice(p.source.start, p.source.end));
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = open(node.key, p.source, false);
        item.contextValue = 'sharedPassage';
        return item;
      }
      case 'match': {
        const m = node.match;
        const uri = this.index.uriOf(m.doc);
        const name = this.sources.nameOf(m.doc);
        const item = new vscode.TreeItem(name.label, vscode.TreeItemCollapsibleState.None);
        item.id = `match:${node.parent}:${m.doc}:${m.start}`;
        item.description = `${Math.round(m.score * 100)}% · ${KIND_LABEL[m.kind]}${m.inQuote ? ' · in a quote' : ''} — ${truncate(oneLine(m.text), 60)}`;
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${Math.round(m.score * 100)}%** ${KIND_LABEL[m.kind]} match${m.inQuote ? ', inside a quotation' : ''}\n\n`);
        md.appendMarkdown('> ').appendText(oneLine(m.text));
        md.appendMarkdown('\n\n').appendText(name.tooltip).appendMarkdown('\n');
        item.tooltip = md;
        item.resourceUri = uri;
        item.iconPath = new vscode.ThemeIcon(m.kind === 'reworded' ? 'diff' : 'link');
        item.command = { command: Commands.openMatchFromList, title: 'Open Beside', arguments: [m.doc, m.start, m.end] };
        item.contextValue = 'match';
        return item;
      }
    }
  }
}

/** Each article's best match (the first, as the matcher ranks them), in the matcher's order. */
function onePerArticle(matches: readonly PassageMatch[]): PassageMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.doc) && !!seen.add(m.doc));
}

function open(key: string, span: Span, beside: boolean): vscode.Command {
  return { command: Commands.openLocation, title: 'Open', arguments: [key, span.start, span.end, beside] };
}

import * as vscode from 'vscode';
import { Commands, Views } from '../../constants';
import type { EntityType } from '../../core/common/types';
import { relativePath } from '../../host/articles';
import { Disposable } from '../../host/lifecycle';
import type { IndexService } from '../indexing/indexService';
import type { EntityGroup, Located, QuoteItem, QuotesEntitiesModel, SpeakerGroup } from './quotesEntitiesModel';
import { plural, oneLine, truncate } from '../../core/common/strings';

type Node =
  | { kind: 'section'; section: 'speakers' | EntityType }
  | { kind: 'speaker'; group: SpeakerGroup }
  | { kind: 'quote'; quote: QuoteItem }
  | { kind: 'entity'; group: EntityGroup }
  | { kind: 'entityArticle'; group: EntityGroup; key: string }
  | { kind: 'mention'; group: EntityGroup; at: Located };

const SECTIONS: { section: 'speakers' | EntityType; label: string; icon: string }[] = [
  { section: 'speakers', label: 'Quotes by speaker', icon: 'quote' },
  { section: 'person', label: 'People', icon: 'person' },
  { section: 'place', label: 'Places', icon: 'location' },
  { section: 'organization', label: 'Organisations', icon: 'organization' },
];

/** Presents the quotes-and-entities model as a tree; knows nothing about how it is computed. */
export class QuotesEntitiesTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;

  constructor(
    private readonly model: QuotesEntitiesModel,
    private readonly index: IndexService,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.entities, { treeDataProvider: this, showCollapseAll: true }));
    this.register(
      model.onDidChange(() => {
        this.changed.fire(undefined);
        this.updateDescription();
      }),
    );
    this.updateDescription();
  }

  private updateDescription(): void {
    this.view.description = this.model.filter ? `filter: ${this.model.filter}` : undefined;
    void vscode.commands.executeCommand('setContext', 'crosscheck.entitiesFiltered', !!this.model.filter);
  }

  getChildren(node?: Node): Node[] {
    const s = this.model.snapshot();
    if (!node) {
      const empty = s.speakers.length === 0 && s.entities.person.length + s.entities.place.length + s.entities.organization.length === 0;
      return empty ? [] : SECTIONS.map(({ section }) => ({ kind: 'section', section }));
    }
    switch (node.kind) {
      case 'section':
        return node.section === 'speakers'
          ? s.speakers.map((group) => ({ kind: 'speaker', group }))
          : s.entities[node.section].map((group) => ({ kind: 'entity', group }));
      case 'speaker':
        return node.group.quotes.map((quote) => ({ kind: 'quote', quote }));
      case 'entity':
        return [...node.group.perArticle.keys()].sort().map((key) => ({ kind: 'entityArticle', group: node.group, key }));
      case 'entityArticle':
        return node.group.mentions.filter((m) => m.key === node.key).map((at) => ({ kind: 'mention', group: node.group, at }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const s = this.model.snapshot();
    switch (node.kind) {
      case 'section': {
        const meta = SECTIONS.find((x) => x.section === node.section)!;
        const count = node.section === 'speakers' ? s.speakers.reduce((n, g) => n + g.quotes.length, 0) : s.entities[node.section].length;
        const item = new vscode.TreeItem(meta.label, count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.id = `section:${node.section}`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(meta.icon);
        item.contextValue = `section.${node.section}`;
        return item;
      }
      case 'speaker': {
        const g = node.group;
        const item = new vscode.TreeItem(g.speaker ?? 'Speaker not named', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `speaker:${g.speaker ?? ''}`;
        item.description = `${plural(g.quotes.length, 'quote')} · ${plural(g.articles, 'article')}`;
        item.iconPath = new vscode.ThemeIcon(g.speaker ? 'person' : 'question');
        item.contextValue = 'speaker';
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(`“${truncate(oneLine(q.text), 80)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `quote:${q.key}:${q.start}`;
        item.description = this.pathOf(q.key);
        item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${q.kind === 'direct' ? 'Quotation' : 'Partial quotation'}** — `).appendText(`${q.speaker ?? 'speaker not named'}\n\n“${oneLine(q.text)}”\n\n${this.pathOf(q.key)}`);
        item.iconPath = new vscode.ThemeIcon(q.kind === 'direct' ? 'quote' : 'comment');
        item.command = this.openCommand(q);
        item.contextValue = 'quote';
        return item;
      }
      case 'entity': {
        const g = node.group;
        const item = new vscode.TreeItem(g.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${g.type}:${g.canonical}`;
        item.description = `${plural(g.mentions.length, 'mention')} · ${plural(g.perArticle.size, 'article')}`;
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**`).appendText(g.canonical).appendMarkdown(`** — ${g.type}\n\n`);
        if (g.aliases.length > 1) md.appendMarkdown('Also written: ').appendText(g.aliases.slice(1).join(', ')).appendMarkdown('\n\n');
        for (const [key, n] of [...g.perArticle].sort((a, b) => b[1] - a[1])) md.appendText(`${this.pathOf(key)}: ${n}\n`).appendMarkdown('\n');
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon(SECTIONS.find((x) => x.section === g.type)!.icon);
        item.contextValue = `entity.${g.type}`;
        return item;
      }
      case 'entityArticle': {
        const n = node.group.perArticle.get(node.key) ?? 0;
        const item = new vscode.TreeItem(this.pathOf(node.key), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${node.group.type}:${node.group.canonical}:${node.key}`;
        item.description = plural(n, 'mention');
        item.resourceUri = this.index.uriOf(node.key);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': {
        const { label, line } = this.context(node.at);
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.at.key}:${node.at.start}`;
        item.description = `line ${line}`;
        item.command = this.openCommand(node.at);
        item.contextValue = 'mention';
        return item;
      }
    }
  }

  private pathOf(key: string): string {
    const uri = this.index.uriOf(key);
    return uri ? relativePath(uri) : key;
  }

  /** The words around a mention, and its 1-based line, from the indexed text. */
  private context(at: Located): { label: string; line: number } {
    const text = this.index.index.textOf(at.key) ?? '';
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at.start; i = text.indexOf('\n', i + 1)) line++;
    // Whitespace collapsed but not trimmed: the space next to the name stays.
    const before = text.slice(Math.max(0, at.start - 40), at.start).replace(/\s+/g, ' ').replace(/^\S*\s/, '');
    const after = text.slice(at.end, at.end + 40).replace(/\s+/g, ' ').replace(/\s\S*$/, '');
    return { label: `…${before}${text.slice(at.start, at.end)}${after}…`, line };
  }

  private openCommand(at: Located): vscode.Command {
    return { command: Commands.openLocation, title: 'Open', arguments: [at.key, at.start, at.end] };
  }
}

import * as vscode from 'vscode';
import { Commands, Views } from '../../constants';
import type { EntityType } from '../../core/common/types';
import { relativePath } from '../../host/articles';
import type { ArticleSources } from '../sources/articleSources';
import type { Configuration } from '../../host/configuration';
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
  | { kind: 'mention'; group: EntityGroup; at: Located }
  | { kind: 'more'; section: Section; shown: number; total: number };

type Section = 'speakers' | EntityType;

const SECTIONS: { section: Section; label: string; icon: string }[] = [
  { section: 'speakers', label: 'Quotes by speaker', icon: 'quote' },
  { section: 'person', label: 'People', icon: 'person' },
  { section: 'place', label: 'Places', icon: 'location' },
  { section: 'organization', label: 'Organisations', icon: 'organization' },
];

/** Articles an entity's tooltip names (most mentions first); the rest are counted. */
const TOOLTIP_ARTICLES = 20;

/**
 * Presents the quotes-and-entities model as a tree; knows nothing about how it is computed.
 *
 * A folder of thousands of articles names thousands of people, places and speakers: each section
 * lists the first `crosscheck.views.maxItems` (most mentioned first) and a "N more" row that shows
 * that many more (the filter narrows the list instead). Tooltips are built when hovered
 * (`resolveTreeItem`): the workbench parses every tooltip it is handed, and handing it thousands on
 * every refresh held the extension host for over half a second at 2,000 articles.
 */
export class QuotesEntitiesTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  /** Rows shown per section beyond the default, after "more" was clicked. */
  private readonly extra = new Map<Section, number>();

  constructor(
    private readonly model: QuotesEntitiesModel,
    private readonly index: IndexService,
    private readonly config: Configuration,
    private readonly sources?: ArticleSources,
  ) {
    super();
    // An outlet named or renamed (sources.json): the rows name it.
    if (sources) this.register(sources.onDidChange(() => this.changed.fire(undefined)));
    this.view = this.register(vscode.window.createTreeView(Views.entities, { treeDataProvider: this, showCollapseAll: true }));
    this.register(
      model.onDidChange(() => {
        this.changed.fire(undefined);
        this.updateDescription();
      }),
    );
    this.register(
      config.onDidChange((e) => {
        if (e.affects('views')) this.changed.fire(undefined);
      }),
    );
    this.register(vscode.commands.registerCommand(Commands.showMoreEntities, (section: Section) => this.showMore(section)));
    this.updateDescription();
  }

  /** Shows a page more of a section's rows. */
  showMore(section: Section): void {
    this.extra.set(section, (this.extra.get(section) ?? 0) + this.config.value.viewsMaxItems);
    this.changed.fire(undefined);
  }

  /** The first rows of a section, and a "more" row when there are more. */
  private page<T>(section: Section, all: readonly T[], row: (t: T) => Node): Node[] {
    const limit = this.config.value.viewsMaxItems + (this.extra.get(section) ?? 0);
    if (all.length <= limit) return all.map(row);
    const out = all.slice(0, limit).map(row);
    out.push({ kind: 'more', section, shown: limit, total: all.length });
    return out;
  }

  private updateDescription(): void {
    this.view.description = this.model.filter ? `filter: ${this.model.filter}` : undefined;
    void vscode.commands.executeCommand('setContext', 'crosscheck.entitiesFiltered', !!this.model.filter);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    // The sections: once the grouping is built for the corpus as it is (rebuilt a slice at a time
    // when stale; the rows below read the grouping the sections did).
    if (!node) await this.model.ready();
    const s = this.model.snapshot();
    if (!node) {
      const empty = s.speakers.length === 0 && s.entities.person.length + s.entities.place.length + s.entities.organization.length === 0;
      return empty ? [] : SECTIONS.map(({ section }) => ({ kind: 'section', section }));
    }
    switch (node.kind) {
      case 'section':
        return node.section === 'speakers'
          ? this.page(node.section, s.speakers, (group) => ({ kind: 'speaker', group }))
          : this.page(node.section, s.entities[node.section], (group) => ({ kind: 'entity', group }));
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
        item.iconPath = new vscode.ThemeIcon(SECTIONS.find((x) => x.section === g.type)!.icon);
        item.contextValue = `entity.${g.type}`;
        return item;
      }
      case 'entityArticle': {
        const n = node.group.perArticle.get(node.key) ?? 0;
        const item = new vscode.TreeItem(this.pathOf(node.key), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${node.group.type}:${node.group.canonical}:${node.key}`;
        item.tooltip = this.sources?.nameOf(node.key).tooltip;
        item.description = plural(n, 'mention');
        item.resourceUri = this.index.uriOf(node.key);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(`${(node.total - node.shown).toLocaleString('en')} more…`, vscode.TreeItemCollapsibleState.None);
        item.id = `more:${node.section}:${node.shown}`;
        item.description = `${node.shown.toLocaleString('en')} of ${node.total.toLocaleString('en')} shown; filter to narrow`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { command: Commands.showMoreEntities, title: 'Show More', arguments: [node.section] };
        item.accessibilityInformation = { label: `Show ${Math.min(this.config.value.viewsMaxItems, node.total - node.shown)} more of ${node.total - node.shown} not shown` };
        item.contextValue = 'more';
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

  /** Tooltips, built when the row is hovered. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'quote') {
      const q = node.quote;
      item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${q.kind === 'direct' ? 'Quotation' : 'Partial quotation'}** — `).appendText(`${q.speaker ?? 'speaker not named'}\n\n“${oneLine(q.text)}”\n\n${this.pathOf(q.key)}`);
    } else if (node.kind === 'entity') {
      const g = node.group;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**`).appendText(g.canonical).appendMarkdown(`** — ${g.type}\n\n`);
      if (g.aliases.length > 1) md.appendMarkdown('Also written: ').appendText(g.aliases.slice(1).join(', ')).appendMarkdown('\n\n');
      const perArticle = [...g.perArticle].sort((a, b) => b[1] - a[1]);
      for (const [key, n] of perArticle.slice(0, TOOLTIP_ARTICLES)) md.appendText(`${this.pathOf(key)}: ${n}\n`).appendMarkdown('\n');
      if (perArticle.length > TOOLTIP_ARTICLES) md.appendText(`and ${plural(perArticle.length - TOOLTIP_ARTICLES, 'other article')}`);
      item.tooltip = md;
    }
    return item;
  }

  /** How an article is named: its outlet where its text or sources.json gives one, else its path. */
  private pathOf(key: string): string {
    if (this.sources) return this.sources.labelOf(key);
    const uri = this.index.uriOf(key);
    return uri ? relativePath(uri) : key;
  }

  /** The words around a mention, and its 1-based line, from the indexed text. */
  private context(at: Located): { label: string; line: number } {
    const text = this.index.corpus.textOf(at.key) ?? '';
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

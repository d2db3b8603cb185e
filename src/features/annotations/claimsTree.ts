import * as vscode from 'vscode';
import { Colors, Commands, Views } from '../../constants';
import { creatorName, VERDICTS, type Verdict } from '../../core/annotations';
import type { DiscrepancyKind } from '../../core/common/analysisFormat';
import { plural } from '../../core/common/strings';
import { DISCREPANCY_KINDS } from '../../core/corpus';
import { Disposable } from '../../host/lifecycle';
import type { DiscrepanciesModel, DiscrepanciesView, DiscrepancyItem, DiscrepancyMember } from '../discrepancies/discrepanciesModel';
import { VERDICT_ICON, VERDICT_LABEL } from './annotationHover';
import type { ClaimItem, ClaimPlace, ClaimsModel, SidecarProblem } from './claimsModel';
import { oneLine, truncate } from './text';

type Group = Verdict | 'tagged';

export type ClaimsNode =
  | { kind: 'group'; group: Group }
  | { kind: 'article'; path: string; uri: vscode.Uri }
  | { kind: 'orphans' }
  | { kind: 'problems' }
  | { kind: 'claim'; item: ClaimItem }
  | { kind: 'appearance'; item: ClaimItem; place: ClaimPlace }
  | { kind: 'problem'; problem: SidecarProblem }
  | { kind: 'recovery'; uri: vscode.Uri }
  | { kind: 'discrepancies' }
  | { kind: 'discKind'; discKind: DiscrepancyKind }
  | { kind: 'discrepancy'; item: DiscrepancyItem }
  | { kind: 'discMember'; item: DiscrepancyItem; member: DiscrepancyMember; index: number }
  | { kind: 'discNone' }
  | { kind: 'hint' };

/** The Discrepancies group: one object, so that the tree can be told that only it changed. */
const DISCREPANCIES: ClaimsNode = { kind: 'discrepancies' };

const KIND_ICON: Record<DiscrepancyKind, string> = { number: 'symbol-number', name: 'whole-word', wording: 'quote', claim: 'comment-discussion' };

const GROUPS: Group[] = [...VERDICTS, 'tagged'];
const GROUP_LABEL: Record<Group, string> = { ...VERDICT_LABEL, tagged: 'Tags & notes' };
const LAYER_BORDER = {
  disputed: Colors.disputedBorder,
  misattributed: Colors.misattributedBorder,
  unverified: Colors.unverifiedBorder,
  confirmed: Colors.confirmedBorder,
  note: Colors.noteBorder,
} as const;

function groupOf(item: ClaimItem): Group {
  return item.verdict ?? 'tagged';
}

function icon(item: ClaimItem): vscode.ThemeIcon {
  const color = new vscode.ThemeColor(LAYER_BORDER[item.verdict ?? 'note']);
  return new vscode.ThemeIcon(item.verdict ? VERDICT_ICON[item.verdict] : item.note ? 'note' : 'tag', color);
}

/**
 * Presents the claims model and the discrepancies model: claims by verdict (or by article), the
 * discrepancies between the articles by kind, orphans apart, sidecars that need attention last.
 */
export class ClaimsTree extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ClaimsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ClaimsNode>;
  /** Is the Discrepancies group (and the hint that goes with it) at the root now? */
  private discrepanciesShown = false;
  private hintShown = false;

  constructor(
    private readonly model: ClaimsModel,
    private readonly discrepancies: DiscrepanciesModel,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.claims, { treeDataProvider: this, showCollapseAll: true }));
    this.register(model.onDidChange(() => this.refresh()));
    // The discrepancies are derived only while the view is visible (they cost a folder-wide pass).
    this.register(this.view.onDidChangeVisibility((e) => discrepancies.setVisible(e.visible)));
    discrepancies.setVisible(this.view.visible);
    this.register(discrepancies.onDidChange(() => this.discrepanciesChanged()));
    this.refresh();
  }

  /** Only the Discrepancies group, unless it (or the hint) appears or goes. */
  private discrepanciesChanged(): void {
    const shown = this.showsDiscrepancies(this.discrepancies.view());
    const s = this.model.snapshot();
    const hint = shown && !s.claims.length && !s.orphans.length;
    this.changed.fire(shown && this.discrepanciesShown && hint === this.hintShown ? DISCREPANCIES : undefined);
  }

  private showsDiscrepancies(v: DiscrepanciesView | undefined): v is DiscrepanciesView {
    return !!v && v.total > 0;
  }

  private refresh(): void {
    const s = this.model.snapshot();
    const n = s.claims.length + s.orphans.length;
    this.view.description = n ? `${n}` : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    const s = this.model.snapshot();
    if (!node) {
      const out: ClaimsNode[] = [];
      if (this.model.grouping === 'verdict') {
        for (const group of GROUPS) if (s.claims.some((c) => groupOf(c) === group)) out.push({ kind: 'group', group });
      } else {
        const seen = new Map<string, vscode.Uri>();
        for (const c of s.claims) if (!seen.has(c.path)) seen.set(c.path, c.uri);
        for (const [path, uri] of seen) out.push({ kind: 'article', path, uri });
      }
      // With no claims yet, the view's welcome (how to tag one) gives way to the discrepancies: a hint keeps it.
      this.discrepanciesShown = this.showsDiscrepancies(this.discrepancies.view());
      this.hintShown = this.discrepanciesShown && !s.claims.length && !s.orphans.length;
      if (this.hintShown) out.push({ kind: 'hint' });
      if (this.discrepanciesShown) out.push(DISCREPANCIES);
      if (s.orphans.length) out.push({ kind: 'orphans' });
      if (s.problems.length || s.recoveryFiles.length) out.push({ kind: 'problems' });
      return out;
    }
    const dv = this.discrepancies.view();
    switch (node.kind) {
      case 'group':
        return s.claims.filter((c) => groupOf(c) === node.group).map((item) => ({ kind: 'claim', item }));
      case 'article':
        return s.claims.filter((c) => c.path === node.path).map((item) => ({ kind: 'claim', item }));
      case 'orphans':
        return s.orphans.map((item) => ({ kind: 'claim', item }));
      case 'problems':
        return [...s.problems.map((problem): ClaimsNode => ({ kind: 'problem', problem })), ...s.recoveryFiles.map((uri): ClaimsNode => ({ kind: 'recovery', uri }))];
      case 'claim':
        return node.item.appearances.map((place) => ({ kind: 'appearance', item: node.item, place }));
      case 'discrepancies':
        if (!dv) return [];
        if (!dv.items.length) return [{ kind: 'discNone' }];
        return DISCREPANCY_KINDS.filter((k) => dv.items.some((d) => d.kind === k.kind)).map((k) => ({ kind: 'discKind', discKind: k.kind }));
      case 'discKind':
        return (dv?.items ?? []).filter((d) => d.kind === node.discKind).map((item) => ({ kind: 'discrepancy', item }));
      case 'discrepancy':
        return node.item.members.map((member, index) => ({ kind: 'discMember', item: node.item, member, index }));
      default:
        return [];
    }
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    const s = this.model.snapshot();
    switch (node.kind) {
      case 'group': {
        const n = s.claims.filter((c) => groupOf(c) === node.group).length;
        const item = new vscode.TreeItem(GROUP_LABEL[node.group], vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.group}`;
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon(node.group === 'tagged' ? 'tag' : VERDICT_ICON[node.group], new vscode.ThemeColor(LAYER_BORDER[node.group === 'tagged' ? 'note' : node.group]));
        item.contextValue = 'claimGroup';
        return item;
      }
      case 'article': {
        const n = s.claims.filter((c) => c.path === node.path).length;
        const item = new vscode.TreeItem(node.path, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `article:${node.uri.toString()}`;
        item.description = String(n);
        item.resourceUri = node.uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'claimArticle';
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned — words not found', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'orphans';
        item.description = String(s.orphans.length);
        item.tooltip = 'Annotations whose words Crosscheck could not find in their article any more. Nothing is lost: select the words in the article and use “Re-attach to Selection”.';
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.contextValue = 'orphans';
        return item;
      }
      case 'problems': {
        const item = new vscode.TreeItem('Needs attention', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'problems';
        item.description = String(s.problems.length + s.recoveryFiles.length);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.contextValue = 'problems';
        return item;
      }
      case 'claim':
        return this.claimItem(node.item);
      case 'discrepancies':
      case 'discKind':
      case 'discrepancy':
      case 'discMember':
      case 'discNone':
      case 'hint':
        return this.discrepancyItem(node, this.discrepancies.view());
      case 'appearance': {
        const p = node.place;
        const item = new vscode.TreeItem(p.path, vscode.TreeItemCollapsibleState.None);
        item.id = `appearance:${node.item.ref.folder}:${node.item.ref.home}:${node.item.ref.id}:${p.index}`;
        item.description = p.status === 'orphan' ? 'not found' : p.status === 'exact' ? undefined : p.status;
        item.resourceUri = p.uri;
        item.iconPath = new vscode.ThemeIcon(p.status === 'orphan' ? 'debug-disconnect' : 'link');
        item.command = { command: Commands.openAnnotation, title: 'Open', arguments: [node.item.ref, p.index] };
        item.contextValue = 'claimAppearance';
        return item;
      }
      case 'problem': {
        const p = node.problem;
        const item = new vscode.TreeItem(p.article, vscode.TreeItemCollapsibleState.None);
        item.id = `problem:${p.sidecar.toString()}`;
        item.description = p.status === 'readOnly' ? 'read-only (newer version)' : 'sidecar cannot be used';
        item.tooltip = p.message;
        item.iconPath = new vscode.ThemeIcon(p.status === 'readOnly' ? 'lock' : 'error');
        item.command = { command: 'vscode.open', title: 'Open Sidecar', arguments: [p.sidecar] };
        item.contextValue = 'sidecarProblem';
        return item;
      }
      case 'recovery': {
        const name = node.uri.path.slice(node.uri.path.lastIndexOf('/') + 1);
        const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
        item.id = `recovery:${node.uri.toString()}`;
        item.description = 'recovery file — merge it by hand';
        item.tooltip = 'Annotations Crosscheck could not put in a sidecar (it was broken, or changed on both sides). Copy them into the sidecar when it is fixed, then delete this file.';
        item.iconPath = new vscode.ThemeIcon('history');
        item.command = { command: 'vscode.open', title: 'Open Recovery File', arguments: [node.uri] };
        item.contextValue = 'recoveryFile';
        return item;
      }
    }
  }

  private discrepancyItem(node: ClaimsNode, dv: DiscrepanciesView | undefined): vscode.TreeItem {
    const here = dv?.article;
    switch (node.kind) {
      case 'discrepancies': {
        const item = new vscode.TreeItem('Discrepancies', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'discrepancies';
        const n = dv?.items.length ?? 0;
        item.description = here ? `${n} of ${dv.total} · ${here.path}` : `${dv?.total ?? 0} · all articles`;
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown('**Discrepancies** — facts the articles report differently: figures, name spellings, the wording of a quote, and claims one article states and another disputes.\n\n');
        if (here) md.appendMarkdown('Listed: those that involve ').appendText(here.path).appendMarkdown(', the article you are reading. $(list-flat) lists those of all articles.');
        else md.appendMarkdown('Listed: those of all articles. $(file) lists only those of the article you are reading.');
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon('git-compare');
        item.contextValue = dv?.scope === 'all' ? 'discrepancies.all' : 'discrepancies.article';
        item.accessibilityInformation = { label: `Discrepancies: ${here ? `${n} of ${dv.total}, those of ${here.path}` : `${dv?.total ?? 0}, all articles`}` };
        return item;
      }
      case 'discKind': {
        const kind = DISCREPANCY_KINDS.find((k) => k.kind === node.discKind)!;
        const item = new vscode.TreeItem(kind.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `discKind:${node.discKind}`;
        item.description = String((dv?.items ?? []).filter((d) => d.kind === node.discKind).length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.discKind]);
        item.contextValue = 'discrepancyKind';
        return item;
      }
      case 'discrepancy': {
        const d = node.item;
        const item = new vscode.TreeItem(truncate(oneLine(d.title), 90), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `discrepancy:${d.id}`;
        item.description = plural(d.articles, 'article');
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`$(${KIND_ICON[d.kind]}) **`).appendText(d.title).appendMarkdown('**\n\n');
        for (const m of d.members) md.appendMarkdown('- ').appendText(`${m.path}: ${m.excerpt.text}`).appendMarkdown('\n');
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[d.kind]);
        item.contextValue = `discrepancy.${d.kind}`;
        const kind = DISCREPANCY_KINDS.find((k) => k.kind === d.kind)!;
        item.accessibilityInformation = { label: `${kind.one}: ${d.title}, in ${plural(d.articles, 'article')}` };
        return item;
      }
      case 'discMember': {
        const m = node.member;
        const item = new vscode.TreeItem({ label: m.excerpt.text, highlights: [m.excerpt.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.id = `discMember:${node.item.id}:${node.index}`;
        item.description = here?.key === m.key ? `${m.path} · this article` : m.path;
        const md = new vscode.MarkdownString();
        md.appendText(m.path).appendMarkdown('\n\n').appendText(`“${oneLine(m.text)}”`);
        item.tooltip = md;
        item.iconPath = new vscode.ThemeIcon('file');
        item.command = { command: Commands.openDiscrepancyMember, title: 'Open Beside', arguments: [m.key, m.start, m.end] };
        item.contextValue = 'discrepancyMember';
        item.accessibilityInformation = { label: `${m.path}: ${m.excerpt.text}` };
        return item;
      }
      case 'discNone': {
        const item = new vscode.TreeItem('None involve this article', vscode.TreeItemCollapsibleState.None);
        item.id = 'discNone';
        item.description = `${plural(dv?.total ?? 0, 'discrepancy', 'discrepancies')} in the folder — show them`;
        item.iconPath = new vscode.ThemeIcon('info');
        item.command = { command: Commands.discrepanciesShowAll, title: 'Show Discrepancies of All Articles' };
        item.contextValue = 'discrepanciesNone';
        return item;
      }
      default: {
        const item = new vscode.TreeItem('No claims tagged yet', vscode.TreeItemCollapsibleState.None);
        item.id = 'hint';
        item.description = 'select words, then Tag Claim… (Ctrl+Alt+D)';
        item.tooltip = 'Select the words of a claim in an article, then right-click → Tag Claim… (Ctrl+Alt+D) or Add Note… (Ctrl+Alt+N). Claims are listed here by verdict and saved next to each article.';
        item.iconPath = new vscode.ThemeIcon('lightbulb');
        item.command = { command: Commands.tagClaim, title: 'Tag Claim…' };
        item.contextValue = 'claimsHint';
        return item;
      }
    }
  }

  private claimItem(c: ClaimItem): vscode.TreeItem {
    const label = `“${truncate(oneLine(c.quote), 80)}”`;
    const item = new vscode.TreeItem(label, c.appearances.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${c.ref.folder}:${c.ref.home}:${c.ref.id}`;
    const parts: string[] = [];
    if (this.model.grouping === 'article' || c.status === 'orphan') parts.push(c.verdict ? VERDICT_LABEL[c.verdict] : 'tagged');
    if (this.model.grouping === 'verdict' || c.status === 'orphan') parts.push(c.path);
    if (c.tags.length) parts.push(c.tags.join(', '));
    if (c.note) parts.push('✎');
    if (c.status === 'moved' || c.status === 'fuzzy') parts.push(c.status);
    item.description = parts.join(' · ');
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(c.verdict ? `$(${VERDICT_ICON[c.verdict]}) **${VERDICT_LABEL[c.verdict]}**` : '$(tag) **Tagged**');
    if (c.tags.length) md.appendMarkdown(' · ').appendText(c.tags.join(', '));
    md.appendMarkdown('\n\n').appendText(`“${oneLine(c.quote)}”`).appendMarkdown('\n\n');
    if (c.note) md.appendMarkdown('---\n\n').appendText(c.note).appendMarkdown('\n\n---\n\n');
    const who = creatorName(c.annotation.creator);
    md.appendText(`${c.path}${who ? ` · ${who}` : ''} · ${c.annotation.modified.slice(0, 10)}`);
    if (c.status === 'orphan') md.appendMarkdown('\n\n').appendText('Not found in the article any more: select its words and use “Re-attach to Selection”.');
    item.tooltip = md;
    item.iconPath = c.status === 'orphan' ? new vscode.ThemeIcon('debug-disconnect') : icon(c);
    item.command = { command: Commands.openAnnotation, title: 'Open', arguments: [c.ref, 0] };
    item.contextValue = c.sidecarStatus !== 'ok' ? 'claim.locked' : c.status === 'orphan' ? 'claim.orphan' : 'claim';
    return item;
  }
}

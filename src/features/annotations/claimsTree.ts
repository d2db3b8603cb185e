import * as vscode from 'vscode';
import { Colors, Commands, Views } from '../../constants';
import { creatorName, VERDICTS, type Verdict } from '../../core/annotations';
import { Disposable } from '../../host/lifecycle';
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
  | { kind: 'recovery'; uri: vscode.Uri };

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

/** Presents the claims model: claims by verdict (or by article), orphans apart, sidecars that need attention last. */
export class ClaimsTree extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ClaimsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ClaimsNode>;

  constructor(private readonly model: ClaimsModel) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.claims, { treeDataProvider: this, showCollapseAll: true }));
    this.register(model.onDidChange(() => this.refresh()));
    this.refresh();
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
      if (s.orphans.length) out.push({ kind: 'orphans' });
      if (s.problems.length || s.recoveryFiles.length) out.push({ kind: 'problems' });
      return out;
    }
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

import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../../core/annotations';
import { VERDICT_ICON, VERDICT_LABEL } from '../../features/annotations/annotationHover';
import type { AnnotationCommandContext } from './context';
import { acceptedChoice, oneVerdict, type TagRow } from './tagChoice';

interface TagPick extends vscode.QuickPickItem, TagRow {
  label: string;
}

/** The quick pick of a verdict (one) and tags (several, or a new one typed). Undefined when cancelled. */
export function pickTags(ctx: AnnotationCommandContext, title: string, current: { tags: string[]; verdict: Verdict | undefined }): Promise<{ tags: string[]; verdict: Verdict | undefined } | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<TagPick>();
    qp.title = title;
    qp.placeholder = 'Pick a verdict and tags, or type a new tag';
    qp.canSelectMany = true;
    qp.matchOnDescription = true;
    const verdictItems: TagPick[] = VERDICTS.map((v) => ({ label: `$(${VERDICT_ICON[v]}) ${VERDICT_LABEL[v]}`, description: 'verdict', verdict: v }));
    const tagItems = (): TagPick[] => [...new Set([...current.tags, ...ctx.rememberedTags()])].map((t) => ({ label: t, description: 'tag', tag: t }));
    let extra: TagPick[] = [];
    const build = () => [
      { label: 'Verdict', kind: vscode.QuickPickItemKind.Separator } as TagPick,
      ...verdictItems,
      { label: 'Tags', kind: vscode.QuickPickItemKind.Separator } as TagPick,
      ...extra,
      ...tagItems(),
    ];
    const same = (a: TagPick, b: TagPick) => (!!a.tag && a.tag === b.tag) || (!!a.verdict && a.verdict === b.verdict);
    qp.items = build();
    qp.selectedItems = qp.items.filter((i) => (i.verdict && i.verdict === current.verdict) || (i.tag && current.tags.includes(i.tag)));
    let selection: readonly TagPick[] = qp.selectedItems;
    qp.onDidChangeSelection((now) => {
      const fixed = oneVerdict(selection, now);
      selection = fixed;
      if (fixed.length !== now.length) qp.selectedItems = fixed;
    });
    qp.onDidChangeValue((value) => {
      const v = value.trim();
      const selected = qp.selectedItems;
      const known = qp.items.some((i) => i.tag === v || i.label === v);
      const keep = extra.filter((e) => selected.includes(e));
      extra = v && !known ? [{ label: v, description: 'new tag', tag: v, alwaysShow: true }, ...keep] : keep;
      qp.items = build();
      qp.selectedItems = qp.items.filter((i) => selected.some((s) => same(s, i)));
    });
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      const rows = qp.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
      const choice = acceptedChoice(rows, qp.selectedItems, qp.activeItems.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator), qp.value);
      qp.hide();
      resolve(choice);
    });
    qp.onDidHide(() => {
      qp.dispose();
      if (!done) resolve(undefined);
    });
    qp.show();
  });
}

/** The analyst's note, typed in an input box (undefined when cancelled). */
export function askNote(title: string, value = ''): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    value,
    prompt: 'A note on this claim, in Markdown (edit it later in its comment thread or with Crosscheck: Edit Note…)',
    placeHolder: 'Why it is disputed, who says otherwise, sources…',
    ignoreFocusOut: true,
  });
}

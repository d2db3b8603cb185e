import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../../core/annotations';
import { VERDICT_ICON, VERDICT_LABEL } from '../../features/annotations/annotationHover';
import type { AnnotationCommandContext } from './context';
import { acceptedChoice, type TagRow } from './tagChoice';

interface TagPick extends vscode.QuickPickItem, TagRow {
  label: string;
}

const NO_VERDICT = 'No verdict';

/**
 * The verdict and tags of a claim, in two steps (Back returns to the first): the verdict as one
 * choice (a verdict, or none; Enter on the highlighted row), then the tags, several ticked or a new
 * one typed (Enter adds it: acceptedChoice). Undefined when cancelled.
 */
export async function pickTags(ctx: AnnotationCommandContext, title: string, current: { tags: string[]; verdict: Verdict | undefined }): Promise<{ tags: string[]; verdict: Verdict | undefined } | undefined> {
  let verdict = current.verdict;
  for (;;) {
    const v = await pickVerdict(title, verdict);
    if (v === undefined) return undefined;
    verdict = v === NO_VERDICT ? undefined : v;
    const tags = await pickTagList(ctx, title, current.tags);
    if (tags === 'back') continue;
    return tags && { tags, verdict };
  }
}

interface VerdictPick extends vscode.QuickPickItem {
  verdict: Verdict | typeof NO_VERDICT;
}

function pickVerdict(title: string, current: Verdict | undefined): Promise<Verdict | typeof NO_VERDICT | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<VerdictPick>();
    qp.title = `${title}: verdict`;
    qp.step = 1;
    qp.totalSteps = 2;
    qp.placeholder = 'Pick a verdict (Enter), then tags';
    qp.items = [
      ...VERDICTS.map((v): VerdictPick => ({ label: `$(${VERDICT_ICON[v]}) ${VERDICT_LABEL[v]}`, description: v === current ? 'current' : undefined, verdict: v })),
      { label: `$(circle-slash) ${NO_VERDICT}`, description: current ? 'remove the verdict' : 'tags only', verdict: NO_VERDICT },
    ];
    qp.activeItems = qp.items.filter((i) => i.verdict === (current ?? NO_VERDICT));
    let picked: VerdictPick['verdict'] | undefined;
    qp.onDidAccept(() => {
      picked = qp.activeItems[0]?.verdict;
      if (picked) qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(picked);
    });
    qp.show();
  });
}

function pickTagList(ctx: AnnotationCommandContext, title: string, current: string[]): Promise<string[] | 'back' | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<TagPick>();
    qp.title = `${title}: tags`;
    qp.step = 2;
    qp.totalSteps = 2;
    qp.placeholder = 'Tick tags, or type a new tag; Enter to save';
    qp.canSelectMany = true;
    qp.buttons = [vscode.QuickInputButtons.Back];
    const known = (): TagPick[] => [...new Set([...current, ...ctx.rememberedTags()])].map((t) => ({ label: t, description: 'tag', tag: t }));
    let extra: TagPick[] = [];
    qp.items = known();
    qp.selectedItems = qp.items.filter((i) => current.includes(i.tag!));
    qp.onDidChangeValue((value) => {
      const v = value.trim();
      const selected = qp.selectedItems;
      const keep = extra.filter((e) => selected.includes(e));
      extra = v && !known().some((i) => i.tag === v) && !keep.some((e) => e.tag === v) ? [{ label: v, description: 'new tag', tag: v, alwaysShow: true }, ...keep] : keep;
      qp.items = [...extra, ...known()];
      qp.selectedItems = qp.items.filter((i) => selected.some((s) => s.tag === i.tag));
    });
    let result: string[] | 'back' | undefined;
    qp.onDidTriggerButton((b) => {
      if (b !== vscode.QuickInputButtons.Back) return;
      result = 'back';
      qp.hide();
    });
    qp.onDidAccept(() => {
      // (with nothing ticked, the highlighted row only when the analyst typed to find it)
      result = acceptedChoice(qp.items, qp.selectedItems, qp.value.trim() ? qp.activeItems : [], qp.value).tags;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(result);
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

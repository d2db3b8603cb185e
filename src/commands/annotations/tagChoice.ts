// What the analyst's picks in the tags step of Tag Claim / Tags & Verdict mean: plain logic over the rows (no
// vscode here, so that it is unit-tested), used by pickers.ts.
import type { Verdict } from '../../core/annotations';

/** A row of the pick: a verdict or a tag (separators are neither). */
export interface TagRow {
  label: string;
  description?: string;
  verdict?: Verdict;
  tag?: string;
}

/**
 * What Enter means: the checked rows (with nothing checked, the highlighted one), and the text in
 * the box as a new tag when no row of the pick contains it — so a tag typed after ticking a verdict
 * is kept, while text typed to filter the rows ("disp" for Disputed) is not taken for a tag.
 */
export function acceptedChoice(rows: readonly TagRow[], checked: readonly TagRow[], active: readonly TagRow[], typed: string): { tags: string[]; verdict: Verdict | undefined } {
  const picked = checked.length ? checked : active;
  const tags = picked.filter((p) => p.tag).map((p) => p.tag!);
  const text = typed.trim();
  const lower = text.toLowerCase();
  const filtersRows = rows.some((r) => r.description !== 'new tag' && (r.label.toLowerCase().includes(lower) || (r.tag ?? '').toLowerCase().includes(lower)));
  if (text && !filtersRows && !tags.includes(text)) tags.push(text);
  return { tags, verdict: picked.find((p) => p.verdict)?.verdict };
}

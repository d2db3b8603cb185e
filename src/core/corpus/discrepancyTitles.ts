/**
 * Discrepancies as an analyst reads them in a list: a title that sets the versions against each
 * other ("89 vs 87 — number killed", "Sergei Lavrov vs Sergey Lavrov"), and a name for each kind.
 * The titles are made from the labels the detectors write (kept in step by the unit tests);
 * a label of another shape is shown as it is.
 */
import type { Discrepancy, DiscrepancyKind } from '../common/analysisFormat';

/** The kinds in the order a list shows them, with their names. */
export const DISCREPANCY_KINDS: readonly { kind: DiscrepancyKind; label: string; one: string }[] = [
  { kind: 'number', label: 'Numbers', one: 'figure' },
  { kind: 'name', label: 'Name spellings', one: 'name spelling' },
  { kind: 'wording', label: 'Quote wording', one: 'quote wording' },
  { kind: 'claim', label: 'Claims stated and disputed', one: 'claim disputed' },
];

/** `"a" / "b"` (the versions as discrepancies.ts quotes them) → `“a” vs “b”`; undefined for another shape. */
function versions(s: string): string | undefined {
  const m = /^"(.*)"$/s.exec(s.trim());
  if (!m) return undefined;
  return m[1]!
    .split('" / "')
    .map((v) => `“${v}”`)
    .join(' vs ');
}

/** A one-line title that sets the versions against each other. */
export function discrepancyTitle(d: Pick<Discrepancy, 'kind' | 'label'>): string {
  const label = d.label.replace(/\s+/g, ' ').trim();
  switch (d.kind) {
    case 'number': {
      // "people killed: 89 people · 87 deaths" (detectors/numbers.ts), or "number killed: 89 / 87"
      const m = /^(.+?): ([^:]+ (?:·|\/) [^:]+)$/.exec(label);
      return m ? `${m[2]!.split(/ [·/] /).join(' vs ')} — ${m[1]}` : label;
    }
    case 'name': {
      // "name of Sergei Lavrov: Sergei Lavrov · Sergey Lavrov" (detectors/names.ts), or "Sergei Lavrov / Sergey Lavrov"
      const m = /^name of (.+?): (.+)$/.exec(label);
      if (!m) return label.split(' / ').join(' vs ');
      const spellings = m[2]!.split(' · ');
      return spellings.join(' vs ') + (spellings.includes(m[1]!) ? '' : ` — ${m[1]}`);
    }
    case 'wording': {
      // '"this kind of relationship" / "this relationship"', or 'an unlawful attack against … "Syria" / "Assad's forces"'
      const whole = versions(label);
      if (whole) return whole;
      const at = label.indexOf(' … "');
      const tail = at >= 0 ? versions(label.slice(at + 3)) : undefined;
      return tail ? `${tail} — ${label.slice(0, at + 2)}` : label;
    }
    case 'claim':
      // "disputed: Mr Lavrov said that Russia saw no proof…"
      return label.replace(/^disputed: /, 'Disputed: ');
    default:
      return label;
  }
}

/**
 * The one way a sidecar is written, so that two analysts' changes merge in git: known keys in a
 * fixed order, then any other keys alphabetically; annotations sorted by start offset, then end,
 * then id; bodies by purpose (assessing, tagging, commenting, others); selectors quote first, then
 * position; appearance targets by source then start; 2-space indentation, '\n' line endings and a
 * trailing newline. Nothing is dropped: unknown fields are written back as they were read.
 */
import { homeTarget, positionSelectorOf, targetsOf, type Annotation, type Json, type SidecarDocument, type Target, type TextualBody } from './model';

/** Known keys, in the order they are written wherever they occur. */
const KEY_ORDER = [
  '@context',
  'version',
  'id',
  'type',
  'purpose',
  'motivation',
  'source',
  'creator',
  'created',
  'modified',
  'name',
  'value',
  'format',
  'language',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'body',
  'selector',
  'target',
  'annotations',
];
const KEY_RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = KEY_RANK.get(a);
  const rb = KEY_RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A deep copy with object keys in canonical order (arrays keep their order). */
export function canonicalKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonicalKeys);
  if (value !== null && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonicalKeys(v);
    }
    return out;
  }
  return value as Json;
}

const PURPOSE_RANK: Record<string, number> = { assessing: 0, tagging: 1, commenting: 2 };
const SELECTOR_RANK: Record<string, number> = { TextQuoteSelector: 0, TextPositionSelector: 1 };

function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => compare(a.item, b.item) || a.i - b.i).map((x) => x.item);
}

function startOf(t: Target): number {
  return positionSelectorOf(t)?.start ?? Number.MAX_SAFE_INTEGER;
}

function endOf(t: Target): number {
  return positionSelectorOf(t)?.end ?? Number.MAX_SAFE_INTEGER;
}

function normalizeTarget(t: Target): Target {
  if (!Array.isArray(t.selector)) return t;
  return { ...t, selector: stableSort(t.selector, (a, b) => (SELECTOR_RANK[a.type] ?? 9) - (SELECTOR_RANK[b.type] ?? 9)) };
}

/** The annotation with bodies, selectors and appearance targets in canonical order. */
export function normalizeAnnotation(a: Annotation): Annotation {
  const body = Array.isArray(a.body) ? stableSort<TextualBody>(a.body, (x, y) => (PURPOSE_RANK[x.purpose] ?? 9) - (PURPOSE_RANK[y.purpose] ?? 9)) : a.body;
  const targets = targetsOf(a).map(normalizeTarget);
  const [home, ...rest] = targets;
  const others = stableSort(rest, (x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : startOf(x) - startOf(y)));
  return { ...a, body, target: Array.isArray(a.target) ? [home!, ...others] : home! };
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  const ha = homeTarget(a);
  const hb = homeTarget(b);
  return startOf(ha) - startOf(hb) || endOf(ha) - endOf(hb) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The sidecar's text: canonical, independent of the order annotations were added in. */
export function serializeSidecar(doc: SidecarDocument): string {
  const annotations = [...doc.annotations].map(normalizeAnnotation).sort(compareAnnotations);
  return JSON.stringify(canonicalKeys({ ...doc, annotations }), null, 2) + '\n';
}

/** Canonical text of one annotation, for equality checks (merge, tests). */
export function annotationFingerprint(a: Annotation): string {
  return JSON.stringify(canonicalKeys(normalizeAnnotation(a)));
}

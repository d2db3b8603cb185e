/**
 * An article's source — outlet, date, headline — as detected in its text (detect.ts) and corrected
 * by the analyst (overrides.ts), and the name under which the views show the article.
 */
import { detectSource, type DetectedSource } from './detect';
import type { SourceCorrection, SourceOverrides } from './overrides';

export { cleanOutletName, detectSource, headlineOf, isoDate } from './detect';
export type { DetectedSource, SourceField } from './detect';
export { combineSourceOverrides, EMPTY_SOURCE_OVERRIDES, outletCorrectionsKey, parseSourceOverrides, SOURCE_OVERRIDES_PATH } from './overrides';
export type { ParsedSourceOverrides, SourceCorrection, SourceOverrides } from './overrides';

export interface ArticleSource {
  outlet?: string;
  date?: string;
  headline?: string;
  /** Where the outlet came from: "sources.json", or the pattern that found it ("copyright line", …). */
  outletHow?: string;
}

/**
 * The source of an article: the analyst's correction of the article first, then what the text
 * gives, with a detected outlet renamed by the file's "outlets" table.
 */
export function resolveSource(detected: DetectedSource, correction: SourceCorrection | undefined, outlets: SourceOverrides['outlets']): ArticleSource {
  const out: ArticleSource = {};
  const found = detected.outlet?.value;
  if (correction?.outlet) {
    out.outlet = correction.outlet;
    out.outletHow = 'sources.json';
  } else if (found) {
    const renamed = outlets.get(found.toLowerCase());
    out.outlet = renamed ?? found;
    out.outletHow = renamed ? `${detected.outlet!.how}, renamed in sources.json` : detected.outlet!.how;
  }
  const date = correction?.date ?? detected.date?.value;
  if (date) out.date = date;
  const headline = correction?.headline ?? detected.headline?.value;
  if (headline) out.headline = headline;
  return out;
}

/** Detects and resolves in one step. */
export function sourceOf(text: string, correction: SourceCorrection | undefined, outlets: SourceOverrides['outlets']): ArticleSource {
  return resolveSource(detectSource(text), correction, outlets);
}

/**
 * The names to show for a set of articles: the outlet where known, else the file's name; an outlet
 * that several of the articles share gets the file's name after it ("Example News · story-2.txt"),
 * so that no two rows read alike.
 */
export function articleLabels(items: readonly { key: string; file: string; source: ArticleSource }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const i of items) if (i.source.outlet) count.set(i.source.outlet, (count.get(i.source.outlet) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const i of items) {
    const o = i.source.outlet;
    const base = i.file.slice(i.file.lastIndexOf('/') + 1);
    out.set(i.key, !o ? i.file : (count.get(o) ?? 0) > 1 ? `${o} · ${base}` : o);
  }
  return out;
}

/**
 * The sources of a folder's documents by path (what `crosscheck analyze` writes as `sources`): only
 * those whose outlet, date or headline is known.
 */
export function sourcesByPath(docs: readonly { path: string; text: string }[], overrides: SourceOverrides): Record<string, { outlet?: string; date?: string; headline?: string }> {
  const out: Record<string, { outlet?: string; date?: string; headline?: string }> = {};
  for (const d of docs) {
    const s = sourceOf(d.text, overrides.articles.get(d.path), overrides.outlets);
    if (s.outlet || s.date || s.headline) out[d.path] = { ...(s.outlet ? { outlet: s.outlet } : {}), ...(s.date ? { date: s.date } : {}), ...(s.headline ? { headline: s.headline } : {}) };
  }
  return out;
}

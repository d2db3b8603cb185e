/**
 * The analyst's corrections of outlets: `.crosscheck/sources.json` in a workspace folder (schema:
 * schemas/sources.schema.json), read the way `.crosscheck/entities.json` is (the same positioned
 * JSON parser, problems with line and column, valid entries still apply).
 *
 * ```jsonc
 * {
 *   "version": 1,
 *   "articles": {                                   // by path relative to the workspace folder
 *     "wire/story-1.txt": { "outlet": "The Daily Example", "date": "2024-05-04", "headline": "…" }
 *   },
 *   "outlets": { "EXAMPLE NEWS": "Example News" }    // a detected name → the name to show
 * }
 * ```
 */
import { kindName, lineCol, parseRootObject, type JsonValue, type OverrideProblem } from '../entities/overrides';

export const SOURCE_OVERRIDES_PATH = '.crosscheck/sources.json';

export interface SourceCorrection {
  outlet?: string;
  date?: string;
  headline?: string;
}

export interface SourceOverrides {
  /** By article path relative to its workspace folder, '/' separated. */
  articles: ReadonlyMap<string, SourceCorrection>;
  /** Detected outlet name → the name to show (compared ignoring case). */
  outlets: ReadonlyMap<string, string>;
}

export const EMPTY_SOURCE_OVERRIDES: SourceOverrides = Object.freeze({ articles: new Map(), outlets: new Map() });

export interface ParsedSourceOverrides {
  overrides: SourceOverrides;
  problems: OverrideProblem[];
}

const FIELDS = ['outlet', 'date', 'headline'] as const;

/** Reads and checks a sources file. Never throws; a wrong entry is reported and left out, the rest apply. */
export function parseSourceOverrides(src: string): ParsedSourceOverrides {
  const problems: OverrideProblem[] = [];
  const articles = new Map<string, SourceCorrection>();
  const outlets = new Map<string, string>();
  const overrides: SourceOverrides = { articles, outlets };
  const problem = (path: string, at: number, message: string) => problems.push({ path, ...lineCol(src, at), message });
  const root = parseRootObject(src, '{"version": 1, "articles": {}, "outlets": {}}', problem);
  if (!root) return { overrides, problems };
  const text = (v: JsonValue, path: string): string | undefined => {
    if (v.kind !== 'string') problem(path, v.at, `expected a string, found ${kindName(v)}`);
    else if (!v.value.trim()) problem(path, v.at, 'cannot be empty');
    else return v.value.trim().replace(/\s+/g, ' ');
    return undefined;
  };
  for (const { key, keyAt, value } of root.entries) {
    if (key === '$schema') continue;
    if (key === 'version') {
      if (value.kind !== 'number' || value.value !== 1) problem('version', value.at, 'unsupported version (this Crosscheck reads version 1)');
    } else if (key === 'articles') {
      if (value.kind !== 'object') {
        problem(key, value.at, `expected an object of article paths, like {"folder/article.txt": {"outlet": "…"}}, found ${kindName(value)}`);
        continue;
      }
      for (const e of value.entries) {
        const path = `articles["${e.key}"]`;
        const file = normalisePath(e.key);
        if (!file) {
          problem(path, e.keyAt, 'an article path cannot be empty');
          continue;
        }
        if (e.value.kind !== 'object') {
          problem(path, e.value.at, `expected an object like {"outlet": "…", "date": "YYYY-MM-DD", "headline": "…"}, found ${kindName(e.value)}`);
          continue;
        }
        const c: SourceCorrection = {};
        for (const f of e.value.entries) {
          const p = `${path}.${f.key}`;
          if (!(FIELDS as readonly string[]).includes(f.key)) {
            problem(p, f.keyAt, `unknown field "${f.key}" (use "outlet", "date" or "headline")`);
            continue;
          }
          const v = text(f.value, p);
          if (v === undefined) continue;
          if (f.key === 'date' && !validDate(v)) {
            problem(p, f.value.at, `"${v}" is not a date written YYYY-MM-DD`);
            continue;
          }
          c[f.key as (typeof FIELDS)[number]] = v;
        }
        if (Object.keys(c).length) articles.set(file, c);
      }
    } else if (key === 'outlets') {
      if (value.kind !== 'object') {
        problem(key, value.at, `expected an object of names, like {"DETECTED NAME": "Name to show"}, found ${kindName(value)}`);
        continue;
      }
      for (const e of value.entries) {
        const v = text(e.value, `outlets["${e.key}"]`);
        if (v !== undefined && e.key.trim()) outlets.set(e.key.trim().toLowerCase(), v);
      }
    } else {
      problem(key, keyAt, `unknown property "${key}" (expected "version", "articles" or "outlets")`);
    }
  }
  return { overrides, problems };
}

function validDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
}

function normalisePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * What in the folders' files can change an article's outlet (the outlet corrections of articles
 * and the renamed outlets, not dates or headlines), as one string: equal strings, equal outlets.
 * The editor derives the discrepancies again (they read the outlets) only when it changes.
 */
export function outletCorrectionsKey(list: readonly SourceOverrides[]): string {
  const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const folders = list.map((o) => [[...o.articles].flatMap(([k, c]): [string, string][] => (c.outlet === undefined ? [] : [[k, c.outlet]])).sort(byName), [...o.outlets].sort(byName)]);
  // No outlet corrected anywhere: the outlets the texts give, however many folders.
  return folders.some(([articles, renamed]) => articles!.length || renamed!.length) ? JSON.stringify(folders) : '';
}

/** Combines several folders' files (folder order: the first that corrects an article or a name wins). */
export function combineSourceOverrides(list: readonly SourceOverrides[]): SourceOverrides {
  if (list.length === 1) return list[0]!;
  const articles = new Map<string, SourceCorrection>();
  const outlets = new Map<string, string>();
  for (const o of list) {
    for (const [k, v] of o.articles) if (!articles.has(k)) articles.set(k, v);
    for (const [k, v] of o.outlets) if (!outlets.has(k)) outlets.set(k, v);
  }
  return { articles, outlets };
}

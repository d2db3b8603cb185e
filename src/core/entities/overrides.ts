/**
 * The analyst's corrections: `.crosscheck/entities.json` in the workspace (schema:
 * schemas/entities.schema.json).
 *
 * ```jsonc
 * {
 *   "version": 1,
 *   "entities": [                                       // add a name, or fix a type or a canonical
 *     { "name": "Shayrat", "type": "place" },
 *     { "name": "White House", "type": "organization" },
 *     { "name": "Nevenov", "type": "person", "canonical": "Alexander Nemenov", "aliases": ["A. Nemenov"] }
 *   ],
 *   "merge": [ ["Alexander Nemenov", "Alexander Nevenov"] ], // one entity; the first name is its canonical
 *   "separate": [ ["John Smith", "Joan Smith"] ],            // different entities, never linked
 *   "ignore": [ "Tomahawk" ]                                 // not an entity, wherever it is written
 * }
 * ```
 *
 * - `entities[]`: every whole-word, case-sensitive occurrence of `name` (and of each alias) in every
 *   article is a mention of this entity, replacing what the recogniser found there; an entity the
 *   recogniser found under any of these names takes this type, and `canonical` (default: `name`).
 * - `merge[]`: the entities named (by any of their names or their canonical) become one.
 * - `separate[]`: the names are different entities; the linker never joins them (a wrong
 *   variant-spelling or surname link).
 * - `ignore[]`: mentions written so, and every mention of an entity with that canonical, are dropped.
 *
 * Names are compared ignoring case, dots, hyphens and a possessive ("U.S." = "US").
 */
import type { EntityMention, EntityType } from '../common/types';
import type { Article } from '../text';

export interface EntityRule {
  name: string;
  type: EntityType;
  canonical?: string;
  aliases?: string[];
}

export interface MergeRule {
  canonical: string;
  names: string[];
}

export interface EntityOverrides {
  entities: EntityRule[];
  merge: MergeRule[];
  /** Each item: names of different entities, never to be linked together. */
  separate: string[][];
  ignore: string[];
}

/** A problem in the overrides file, with where it is. `message` is one line for the analyst. */
export interface OverrideProblem {
  /** JSON path of the offending value, e.g. `entities[2].type` ("" for the whole file). */
  path: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedOverrides {
  /** The rules that are valid; empty when the file cannot be read as JSON. */
  overrides: EntityOverrides;
  /** Empty when the file is valid. Invalid rules are left out; the rest still apply. */
  problems: OverrideProblem[];
}

export const ENTITY_OVERRIDES_PATH = '.crosscheck/entities.json';
export const EMPTY_OVERRIDES: EntityOverrides = Object.freeze({ entities: [], merge: [], separate: [], ignore: [] }) as EntityOverrides;

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** "file:3:14: entities[1].type: ..." */
export function formatProblem(p: OverrideProblem, file = ENTITY_OVERRIDES_PATH): string {
  return `${file}:${p.line}:${p.column}: ${p.path ? p.path + ': ' : ''}${p.message}`;
}

// ---- JSON with positions ---------------------------------------------------------------------------------

export type JsonValue =
  | { kind: 'object'; at: number; entries: { key: string; keyAt: number; value: JsonValue }[] }
  | { kind: 'array'; at: number; items: JsonValue[] }
  | { kind: 'string'; at: number; value: string }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'boolean'; at: number; value: boolean }
  | { kind: 'null'; at: number };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** A corrections file's top-level object, one of JSON's object nodes. */
export type JsonObject = Extract<JsonValue, { kind: 'object' }>;

/**
 * The top-level object of a corrections file (entities.json, sources.json), or undefined — for an
 * empty file silently, for text that is not JSON or not an object with one problem at its place.
 */
export function parseRootObject(src: string, example: string, problem: (path: string, at: number, message: string) => void): JsonObject | undefined {
  if (!src.trim()) return undefined;
  let root: JsonValue;
  try {
    root = parseJson(src);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    problem('', e.at, `not valid JSON: ${e.message}`);
    return undefined;
  }
  if (root.kind === 'object') return root;
  problem('', root.at, `expected an object like ${example}, found ${kindName(root)}`);
  return undefined;
}

/** A small JSON parser that remembers where each value starts (for messages that point at it). */
export function parseJson(src: string): JsonValue {
  let i = 0;
  const ws = () => {
    while (i < src.length && ' \t\r\n\ufeff'.includes(src[i]!)) i++;
  };
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, i);
  };
  const describe = (): string => (i >= src.length ? 'the end of the file' : `'${src[i]}'`);
  const value = (): JsonValue => {
    ws();
    const at = i;
    const c = src[i];
    if (c === '{') {
      i++;
      const entries: { key: string; keyAt: number; value: JsonValue }[] = [];
      ws();
      if (src[i] === '}') {
        i++;
        return { kind: 'object', at, entries };
      }
      for (;;) {
        ws();
        if (src[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const keyAt = i;
        const key = string();
        ws();
        if (src[i] !== ':') fail(`expected ':' after "${key}", found ${describe()}`);
        i++;
        entries.push({ key, keyAt, value: value() });
        ws();
        if (src[i] === ',') {
          i++;
          ws();
          if (src[i] === '}') fail('trailing comma before \'}\' (JSON allows none)');
          continue;
        }
        if (src[i] === '}') {
          i++;
          return { kind: 'object', at, entries };
        }
        fail(`expected ',' or '}', found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonValue[] = [];
      ws();
      if (src[i] === ']') {
        i++;
        return { kind: 'array', at, items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (src[i] === ',') {
          i++;
          ws();
          if (src[i] === ']') fail('trailing comma before \']\' (JSON allows none)');
          continue;
        }
        if (src[i] === ']') {
          i++;
          return { kind: 'array', at, items };
        }
        fail(`expected ',' or ']', found ${describe()}`);
      }
    }
    if (c === '"') return { kind: 'string', at, value: string() };
    const lit = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 40));
    if (lit) {
      i += lit[1]!.length;
      const w = lit[1]!;
      if (w === 'true' || w === 'false') return { kind: 'boolean', at, value: w === 'true' };
      if (w === 'null') return { kind: 'null', at };
      return { kind: 'number', at, value: Number(w) };
    }
    if (c === "'") fail('strings must be in double quotes');
    if (c === '/') fail('comments are not allowed in JSON');
    return fail(`expected a value, found ${describe()}`);
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = src[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in map) {
          out += map[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail('bad escape in a string');
      }
      if (c === '\n') {
        i = start;
        fail('a string is not closed on its line');
      }
      out += c;
      i++;
    }
    i = start;
    return fail('a string is not closed');
  };
  const v = value();
  ws();
  if (i < src.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return v;
}

export function lineCol(src: string, at: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = 0; k < at && k < src.length; k++) {
    if (src.charCodeAt(k) === 10) {
      line++;
      last = k;
    }
  }
  return { line, column: at - last };
}

// ---- validation -----------------------------------------------------------------------------------------

/**
 * Reads and checks an overrides file. Never throws: a file that is not JSON gives one problem and
 * no rules (the automatic results stand); a rule that is wrong gives a problem and is left out.
 */
export function parseEntityOverrides(src: string): ParsedOverrides {
  const problems: OverrideProblem[] = [];
  const overrides: EntityOverrides = { entities: [], merge: [], separate: [], ignore: [] };
  const problem = (path: string, at: number, message: string) => problems.push({ path, ...lineCol(src, at), message });
  const root = parseRootObject(src, '{"version": 1, "entities": [], "merge": [], "separate": [], "ignore": []}', problem);
  if (!root) return { overrides, problems };
  const name = (v: JsonValue, path: string): string | undefined => {
    if (v.kind !== 'string') {
      problem(path, v.at, `expected a name (a string), found ${kindName(v)}`);
      return undefined;
    }
    if (!v.value.trim()) {
      problem(path, v.at, 'a name cannot be empty');
      return undefined;
    }
    return v.value.trim();
  };
  for (const { key, keyAt, value } of root.entries) {
    if (key === '$schema') continue;
    if (key === 'version') {
      if (value.kind !== 'number' || value.value !== 1) problem('version', value.at, `unsupported version ${src.slice(value.at, value.at + 20).split(/[,\n}]/)[0]} (this Crosscheck reads version 1)`);
      continue;
    }
    if (key === 'entities') {
      if (value.kind !== 'array') {
        problem(key, value.at, `expected a list of {"name", "type"} objects, found ${kindName(value)}`);
        continue;
      }
      value.items.forEach((item, i) => {
        const path = `entities[${i}]`;
        if (item.kind !== 'object') {
          problem(path, item.at, `expected an object like {"name": "…", "type": "person"}, found ${kindName(item)}`);
          return;
        }
        const rule: Partial<EntityRule> = {};
        let ok = true;
        for (const e of item.entries) {
          const p = `${path}.${e.key}`;
          if (e.key === 'name' || e.key === 'canonical') {
            const n = name(e.value, p);
            if (n === undefined) ok = false;
            else rule[e.key] = n;
          } else if (e.key === 'type') {
            if (e.value.kind !== 'string' || !(TYPES as readonly string[]).includes(e.value.value)) {
              ok = false;
              const got = e.value.kind === 'string' ? `"${e.value.value}"` : kindName(e.value);
              problem(p, e.value.at, `${got} is not a type (use "person", "place" or "organization")`);
            } else rule.type = e.value.value as EntityType;
          } else if (e.key === 'aliases') {
            if (e.value.kind !== 'array') {
              ok = false;
              problem(p, e.value.at, `expected a list of names, found ${kindName(e.value)}`);
            } else {
              const aliases: string[] = [];
              e.value.items.forEach((a, k) => {
                const n = name(a, `${p}[${k}]`);
                if (n === undefined) ok = false;
                else aliases.push(n);
              });
              rule.aliases = aliases;
            }
          } else {
            ok = false;
            problem(p, e.keyAt, `unknown property "${e.key}" (use name, type, canonical, aliases)`);
          }
        }
        if (rule.name === undefined && ok) {
          ok = false;
          problem(path, item.at, 'missing "name"');
        }
        if (rule.type === undefined && ok) {
          ok = false;
          problem(path, item.at, `missing "type" for "${rule.name}" (person, place or organization)`);
        }
        if (ok) overrides.entities.push(rule as EntityRule);
      });
      continue;
    }
    if (key === 'merge' || key === 'separate') {
      if (value.kind !== 'array') {
        problem(key, value.at, `expected a list of name lists like [["Sergei Lavrov", "Sergey Lavrov"]], found ${kindName(value)}`);
        continue;
      }
      value.items.forEach((item, i) => {
        const path = `${key}[${i}]`;
        if (item.kind !== 'array') {
          problem(path, item.at, `expected a list of two or more names, found ${kindName(item)}`);
          return;
        }
        const names: string[] = [];
        let ok = true;
        item.items.forEach((n, k) => {
          const v = name(n, `${path}[${k}]`);
          if (v === undefined) ok = false;
          else names.push(v);
        });
        if (ok && names.length < 2) {
          ok = false;
          problem(path, item.at, key === 'merge' ? 'a merge needs two or more names (the first is the canonical)' : 'list two or more names that are different entities');
        }
        if (ok && key === 'merge') overrides.merge.push({ canonical: names[0]!, names });
        if (ok && key === 'separate') overrides.separate.push(names);
      });
      continue;
    }
    if (key === 'ignore') {
      if (value.kind !== 'array') {
        problem(key, value.at, `expected a list of names, found ${kindName(value)}`);
        continue;
      }
      value.items.forEach((item, i) => {
        const n = name(item, `ignore[${i}]`);
        if (n !== undefined) overrides.ignore.push(n);
      });
      continue;
    }
    problem(key, keyAt, `unknown property "${key}" (use version, entities, merge, separate, ignore)`);
  }
  return { overrides, problems };
}

export function kindName(v: JsonValue): string {
  switch (v.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the string "${v.value.length > 30 ? v.value.slice(0, 30) + '…' : v.value}"`;
    case 'number':
      return `the number ${v.value}`;
    case 'boolean':
      return String(v.value);
    case 'null':
      return 'null';
  }
}

// ---- applying names the analyst added ------------------------------------------------------------------------

const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * Adds the mentions of the names in `overrides.entities` to one article's automatic mentions: each
 * whole-word occurrence replaces the automatic mentions it overlaps.
 */
export function applyAddedNames(article: Article, auto: EntityMention[], overrides: EntityOverrides | undefined): EntityMention[] {
  if (!overrides?.entities.length) return auto;
  const text = article.text;
  const added: EntityMention[] = [];
  for (const rule of overrides.entities) {
    for (const surface of [rule.name, ...(rule.aliases ?? [])]) {
      for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if ((at > 0 && WORD.test(text[at - 1]!)) || (end < text.length && WORD.test(text[end]!))) continue;
        const m: EntityMention = { start: at, end, text: surface, type: rule.type, canonical: rule.canonical ?? rule.name, hint: { strength: 'override', words: surface.trim().split(/\s+/).length, known: null } };
        added.push(m);
      }
    }
  }
  if (!added.length) return auto;
  added.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: EntityMention[] = [];
  let lastEnd = -1;
  for (const m of added) {
    if (m.start < lastEnd) continue;
    chosen.push(m);
    lastEnd = m.end;
  }
  const overlaps = (m: EntityMention) => chosen.some((a) => a.start < m.end && m.start < a.end);
  return [...auto.filter((m) => !overlaps(m)), ...chosen].sort((a, b) => a.start - b.start);
}

/**
 * The corrections of several files as one (a multi-root workspace has one file per folder, and one
 * corpus across them): every rule of every file applies, in the order of the files.
 */
export function combineOverrides(list: readonly EntityOverrides[]): EntityOverrides {
  const some = list.filter((o) => o.entities.length || o.merge.length || o.separate.length || o.ignore.length);
  if (some.length <= 1) return some[0] ?? EMPTY_OVERRIDES;
  return {
    entities: some.flatMap((o) => o.entities),
    merge: some.flatMap((o) => o.merge),
    separate: some.flatMap((o) => o.separate),
    ignore: [...new Set(some.flatMap((o) => o.ignore))],
  };
}

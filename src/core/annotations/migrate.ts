/**
 * Sidecar format versions and the migrations that bring an older file forward, one version at a
 * time. A migration is pure (no article text needed) and keeps every word: fields it does not
 * understand are carried into the new shape under "crosscheck:v<N>".
 *
 * Version 0 is the shape the first prototype wrote (no "version" field):
 *   { "article": "name.txt",
 *     "notes": [ { "id": "n1", "quote": "…", "prefix": "…", "suffix": "…", "start": 10, "end": 42,
 *                  "status": "disputed", "tags": ["figures"], "note": "Markdown", "author": "Ana",
 *                  "createdAt": 1714555800000, "updatedAt": 1714555800000,
 *                  "alsoIn": [ { "file": "other.txt", "quote": "…", "start": 5, "end": 37 } ] } ] }
 */
import { ANNO_CONTEXT, isoSeconds, isVerdict, motivationFor, SIDECAR_VERSION, type Json, type Target, type TextualBody } from './model';
import type { Problem } from './validate';

/** A file that claims to be an older version but does not have that version's shape. */
export class MigrationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'MigrationError';
  }
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The format version of a parsed sidecar: its "version" field, or 0 for the prototype shape. */
export function detectVersion(raw: unknown): number | undefined {
  if (!isObject(raw)) return undefined;
  if (typeof raw.version === 'number') return raw.version;
  if (!('version' in raw) && ('notes' in raw || 'article' in raw)) return 0;
  return undefined;
}

const MIGRATIONS: Record<number, (raw: Obj) => Obj> = {
  0: migrateV0toV1,
};

/** Brings a parsed sidecar of version `from` to the current version. @throws MigrationError */
export function migrateForward(raw: unknown, from: number): unknown {
  let doc = raw;
  for (let v = from; v < SIDECAR_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new MigrationError([{ path: '$.version', message: `no migration from format version ${v}` }]);
    if (!isObject(doc)) throw new MigrationError([{ path: '$', message: 'must be an object' }]);
    doc = step(doc);
  }
  return doc;
}

function toIso(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return isoSeconds(new Date(v));
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return isoSeconds(new Date(Date.parse(v)));
  return undefined;
}

const V0_NOTE_KEYS = new Set(['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'status', 'tags', 'note', 'author', 'createdAt', 'updatedAt', 'alsoIn']);
const V0_TOP_KEYS = new Set(['article', 'notes', 'version']);
const V0_PLACE_KEYS = new Set(['file', 'quote', 'prefix', 'suffix', 'start', 'end']);

function leftovers(o: Obj, known: Set<string>): { [k: string]: Json } | undefined {
  const rest = Object.entries(o).filter(([k]) => !known.has(k));
  return rest.length ? (Object.fromEntries(rest) as { [k: string]: Json }) : undefined;
}

function v0Place(p: Obj, path: string, problems: Problem[], source: string): Target | undefined {
  if (typeof p.quote !== 'string' || p.quote === '') {
    problems.push({ path: `${path}.quote`, message: 'must be a non-empty string' });
    return undefined;
  }
  const selector: Target['selector'] = [{ type: 'TextQuoteSelector', exact: p.quote, prefix: typeof p.prefix === 'string' ? p.prefix : '', suffix: typeof p.suffix === 'string' ? p.suffix : '' }];
  const okOffset = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (okOffset(p.start) && okOffset(p.end) && (p.end as number) >= (p.start as number)) {
    selector.push({ type: 'TextPositionSelector', start: p.start as number, end: p.end as number });
  }
  return { source, selector };
}

function migrateV0toV1(raw: Obj): Obj {
  const problems: Problem[] = [];
  const article = typeof raw.article === 'string' && raw.article !== '' ? raw.article : undefined;
  if (!article) problems.push({ path: '$.article', message: 'must be the article file name (format version 0)' });
  if (!Array.isArray(raw.notes)) problems.push({ path: '$.notes', message: 'must be an array (format version 0)' });
  if (problems.length) throw new MigrationError(problems);
  const annotations = (raw.notes as unknown[]).map((n, i) => {
    const path = `$.notes[${i}]`;
    if (!isObject(n)) {
      problems.push({ path, message: 'must be an object' });
      return undefined;
    }
    const home = v0Place(n, path, problems, article!);
    const body: TextualBody[] = [];
    if (isVerdict(n.status)) body.push({ type: 'TextualBody', purpose: 'assessing', value: n.status });
    else if (typeof n.status === 'string' && n.status.trim()) body.push({ type: 'TextualBody', purpose: 'tagging', value: `status:${n.status.trim()}` });
    if (Array.isArray(n.tags)) for (const t of n.tags) if (typeof t === 'string' && t.trim()) body.push({ type: 'TextualBody', purpose: 'tagging', value: t.trim() });
    if (typeof n.note === 'string' && n.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: n.note, format: 'text/markdown' });
    const targets: Target[] = home ? [home] : [];
    if (Array.isArray(n.alsoIn)) {
      n.alsoIn.forEach((p, j) => {
        if (!isObject(p) || typeof p.file !== 'string' || p.file === '') {
          problems.push({ path: `${path}.alsoIn[${j}].file`, message: 'must be the other article path' });
          return;
        }
        const t = v0Place(p, `${path}.alsoIn[${j}]`, problems, p.file);
        const extra = leftovers(p, V0_PLACE_KEYS);
        if (t) targets.push(extra ? { ...t, 'crosscheck:v0': extra } : t);
      });
    }
    const rawId = typeof n.id === 'string' || typeof n.id === 'number' ? String(n.id) : `${i + 1}`;
    const id = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(rawId) ? rawId : `urn:crosscheck:note:${encodeURIComponent(rawId)}`;
    const created = toIso(n.createdAt) ?? toIso(n.updatedAt) ?? '1970-01-01T00:00:00Z';
    const a: Obj = {
      '@context': ANNO_CONTEXT,
      id,
      type: 'Annotation',
      motivation: motivationFor(body),
      created,
      modified: toIso(n.updatedAt) ?? created,
      body,
      target: targets.length === 1 ? targets[0] : targets,
    };
    if (typeof n.author === 'string' && n.author.trim()) a.creator = { type: 'Person', name: n.author.trim() };
    const extra = leftovers(n, V0_NOTE_KEYS);
    if (extra) a['crosscheck:v0'] = extra;
    return a;
  });
  if (problems.length) throw new MigrationError(problems);
  const out: Obj = { version: 1, source: article!, annotations };
  const extra = leftovers(raw, V0_TOP_KEYS);
  if (extra) out['crosscheck:v0'] = extra;
  return out;
}

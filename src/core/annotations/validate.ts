/**
 * Checks a parsed sidecar (current version) against the rules of schemas/annotations.schema.json,
 * plus what a JSON schema cannot say (start ≤ end, unique ids). Written by hand: the schema is small
 * and a hand-written check names the exact JSON path and problem in the analyst's words.
 * Keep the two in step: test/unit/annotations.sidecar.test.ts ("schemas/annotations.schema.json")
 * checks that the schema accepts what the core writes and rejects what this rejects, rule by rule,
 * except the rules a schema cannot say.
 */
import { ANNO_CONTEXT, VERDICTS } from './model';

/** One thing wrong with a sidecar: where (a JSONPath such as `$.annotations[2].target`; '' for the whole file) and what. */
export interface Problem {
  path: string;
  message: string;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  return typeof v === 'object' ? 'an object' : String(v);
}

class Checker {
  readonly problems: Problem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(v: unknown, path: string): v is Obj {
    if (isObject(v)) return true;
    this.fail(path, `must be an object, found ${describe(v)}`);
    return false;
  }

  require(o: Obj, key: string, path: string): boolean {
    if (key in o) return true;
    this.fail(path, `missing required property "${key}"`);
    return false;
  }

  string(o: Obj, key: string, path: string, opts: { required?: boolean; nonEmpty?: boolean; pattern?: RegExp; what?: string } = {}): void {
    if (!(key in o)) {
      if (opts.required) this.fail(path, `missing required property "${key}"`);
      return;
    }
    const v = o[key];
    const p = `${path}.${key}`;
    if (typeof v !== 'string') this.fail(p, `must be a string, found ${describe(v)}`);
    else if (opts.nonEmpty && v.length === 0) this.fail(p, 'must not be empty');
    else if (opts.pattern && !opts.pattern.test(v)) this.fail(p, `${describe(v)} is not ${opts.what ?? 'valid'}`);
  }

  offset(o: Obj, key: string, path: string): number | undefined {
    if (!(key in o)) {
      this.fail(path, `missing required property "${key}"`);
      return undefined;
    }
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      this.fail(`${path}.${key}`, `must be a whole number ≥ 0 (a UTF-16 offset), found ${describe(v)}`);
      return undefined;
    }
    return v;
  }
}

function checkSelector(c: Checker, s: unknown, path: string): void {
  if (!c.object(s, path)) return;
  if (typeof s.type !== 'string') {
    c.fail(`${path}.type`, `must be a selector type such as "TextQuoteSelector", found ${describe(s.type)}`);
    return;
  }
  if (s.type === 'TextQuoteSelector') {
    c.string(s, 'exact', path, { required: true, nonEmpty: true });
    c.string(s, 'prefix', path);
    c.string(s, 'suffix', path);
  } else if (s.type === 'TextPositionSelector') {
    const start = c.offset(s, 'start', path);
    const end = c.offset(s, 'end', path);
    if (start !== undefined && end !== undefined && end < start) c.fail(`${path}.end`, `must not be before start (${start}), found ${end}`);
  }
}

function checkTarget(c: Checker, t: unknown, path: string): void {
  if (!c.object(t, path)) return;
  c.string(t, 'source', path, { required: true, nonEmpty: true });
  if (!c.require(t, 'selector', path)) return;
  const sel = t.selector;
  if (!Array.isArray(sel)) {
    c.fail(`${path}.selector`, `must be an array of selectors, found ${describe(sel)}`);
    return;
  }
  sel.forEach((s, i) => checkSelector(c, s, `${path}.selector[${i}]`));
  if (!sel.some((s) => isObject(s) && s.type === 'TextQuoteSelector')) c.fail(`${path}.selector`, 'must contain a TextQuoteSelector (the quoted claim)');
}

function checkBody(c: Checker, b: unknown, path: string): void {
  if (!c.object(b, path)) return;
  if (b.type !== 'TextualBody') c.fail(`${path}.type`, `must be "TextualBody", found ${describe(b.type)}`);
  c.string(b, 'purpose', path, { required: true, nonEmpty: true });
  c.string(b, 'value', path, { required: true });
  c.string(b, 'format', path);
  if (b.purpose === 'assessing' && typeof b.value === 'string' && !(VERDICTS as readonly string[]).includes(b.value)) {
    c.fail(`${path}.value`, `${describe(b.value)} is not a verdict (use one of: ${VERDICTS.join(', ')})`);
  }
  if (b.purpose === 'tagging' && typeof b.value === 'string' && b.value.trim() === '') c.fail(`${path}.value`, 'a tag must not be empty');
}

function checkAnnotation(c: Checker, a: unknown, path: string, ids: Map<string, string>): void {
  if (!c.object(a, path)) return;
  const ctx = a['@context'];
  if (!('@context' in a)) c.fail(path, 'missing required property "@context"');
  else if (!(ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx[0] === ANNO_CONTEXT))) {
    c.fail(`${path}["@context"]`, `must be "${ANNO_CONTEXT}" (or an array that starts with it), found ${describe(ctx)}`);
  }
  c.string(a, 'id', path, { required: true, pattern: IRI, what: 'an IRI such as "urn:uuid:…"' });
  if (typeof a.id === 'string') {
    const first = ids.get(a.id);
    if (first !== undefined) c.fail(`${path}.id`, `duplicate id ${describe(a.id)} (also at ${first})`);
    else ids.set(a.id, path);
  }
  if (!('type' in a)) c.fail(path, 'missing required property "type"');
  else if (a.type !== 'Annotation') c.fail(`${path}.type`, `must be "Annotation", found ${describe(a.type)}`);
  if (!('motivation' in a)) c.fail(path, 'missing required property "motivation"');
  else if (!(typeof a.motivation === 'string' || (Array.isArray(a.motivation) && a.motivation.every((m) => typeof m === 'string')))) {
    c.fail(`${path}.motivation`, `must be a string or an array of strings, found ${describe(a.motivation)}`);
  }
  c.string(a, 'created', path, { required: true, pattern: ISO_DATE_TIME, what: 'an ISO 8601 date-time such as "2026-05-01T09:30:00Z"' });
  c.string(a, 'modified', path, { required: true, pattern: ISO_DATE_TIME, what: 'an ISO 8601 date-time such as "2026-05-01T09:30:00Z"' });
  if ('creator' in a) {
    const cr = a.creator;
    if (isObject(cr)) c.string(cr, 'name', `${path}.creator`, { required: true });
    else if (typeof cr !== 'string') c.fail(`${path}.creator`, `must be a name, an IRI or an object with a "name", found ${describe(cr)}`);
  }
  if (c.require(a, 'body', path)) {
    if (!Array.isArray(a.body)) c.fail(`${path}.body`, `must be an array of TextualBody items, found ${describe(a.body)}`);
    else a.body.forEach((b, i) => checkBody(c, b, `${path}.body[${i}]`));
  }
  if (c.require(a, 'target', path)) {
    if (Array.isArray(a.target)) {
      if (a.target.length === 0) c.fail(`${path}.target`, 'must not be an empty array');
      a.target.forEach((t, i) => checkTarget(c, t, `${path}.target[${i}]`));
    } else checkTarget(c, a.target, `${path}.target`);
  }
}

/** Problems with a sidecar of the current version (an empty list when it is valid). */
export function validateSidecar(doc: unknown): Problem[] {
  const c = new Checker();
  if (!c.object(doc, '$')) return c.problems;
  if (!('version' in doc)) c.fail('$', 'missing required property "version"');
  else if (doc.version !== 1) c.fail('$.version', `must be 1, found ${describe(doc.version)}`);
  c.string(doc, 'source', '$', { required: true, nonEmpty: true });
  if (c.require(doc, 'annotations', '$')) {
    if (!Array.isArray(doc.annotations)) c.fail('$.annotations', `must be an array, found ${describe(doc.annotations)}`);
    else {
      const ids = new Map<string, string>();
      doc.annotations.forEach((a, i) => checkAnnotation(c, a, `$.annotations[${i}]`, ids));
    }
  }
  return c.problems;
}

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ANNO_CONTEXT,
  appearancesOf,
  articlePathForSidecar,
  createAnnotation,
  layoutFromSetting,
  noteOf,
  readSidecar,
  recoveryPathFor,
  relativeSource,
  resolveSource,
  serializeSidecar,
  sidecarPathFor,
  tagsOf,
  validateSidecar,
  verdictOf,
  withAppearance,
  withContent,
  type Annotation,
  type SidecarDocument,
} from '../../src/core/annotations';
import { prng } from './annotations.helpers.test';
import { ROOT } from './fixtures';

const TEXT = 'Mr Tillerson said there is a “low level of trust” between the countries, adding that talks would go on.';
const NOW = new Date('2026-05-01T09:30:00.000Z');

function ann(id: string, claim: string, extra: Partial<Parameters<typeof createAnnotation>[0]> = {}): Annotation {
  const start = TEXT.indexOf(claim);
  return createAnnotation({ source: 'a.txt', text: TEXT, span: { start, end: start + claim.length }, id, now: NOW, ...extra });
}

const doc = (annotations: Annotation[]): SidecarDocument => ({ version: 1, source: 'a.txt', annotations });

describe('annotations: the sidecar format', () => {
  it('writes this exact text for one annotation (key order, 2 spaces, trailing newline)', () => {
    const a = ann('urn:uuid:00000000-0000-4000-8000-000000000001', 'low level of trust', {
      verdict: 'disputed',
      tags: ['trust', 'tone'],
      note: 'Other outlets say *“some trust”*.',
      creator: { type: 'Person', name: 'Ana' },
    });
    const expected = `{
  "version": 1,
  "source": "a.txt",
  "annotations": [
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
      "type": "Annotation",
      "motivation": "assessing",
      "creator": {
        "type": "Person",
        "name": "Ana"
      },
      "created": "2026-05-01T09:30:00Z",
      "modified": "2026-05-01T09:30:00Z",
      "body": [
        {
          "type": "TextualBody",
          "purpose": "assessing",
          "value": "disputed"
        },
        {
          "type": "TextualBody",
          "purpose": "tagging",
          "value": "trust"
        },
        {
          "type": "TextualBody",
          "purpose": "tagging",
          "value": "tone"
        },
        {
          "type": "TextualBody",
          "purpose": "commenting",
          "value": "Other outlets say *“some trust”*.",
          "format": "text/markdown"
        }
      ],
      "target": {
        "source": "a.txt",
        "selector": [
          {
            "type": "TextQuoteSelector",
            "exact": "low level of trust",
            "prefix": "Mr Tillerson said there is a “",
            "suffix": "” between the countries, adding "
          },
          {
            "type": "TextPositionSelector",
            "start": 30,
            "end": 48
          }
        ]
      }
    }
  ]
}
`;
    assert.equal(serializeSidecar(doc([a])), expected);
    assert.equal(validateSidecar(JSON.parse(expected)).length, 0);
  });

  it('is independent of insertion order and of key order; round-trips byte for byte', () => {
    const list = [ann('urn:x:3', 'talks would go on'), ann('urn:x:1', 'Mr Tillerson'), ann('urn:x:2', 'between the countries', { tags: ['b', 'a'] }), ann('urn:x:0', 'Mr Tillerson')];
    const reference = serializeSidecar(doc(list));
    const r = prng(3);
    for (let i = 0; i < 50; i++) {
      const shuffled = [...list].sort(() => r() - 0.5).map((a) => shuffleKeys(a, r) as Annotation);
      const text = serializeSidecar(shuffleKeys(doc(shuffled), r) as SidecarDocument);
      assert.equal(text, reference);
    }
    const parsed = readSidecar(reference, 'a.txt.annotations.json');
    assert.equal(parsed.kind, 'ok');
    assert.equal(serializeSidecar((parsed as { doc: SidecarDocument }).doc), reference);
    // Sorted by start offset, then id.
    assert.deepEqual(
      JSON.parse(reference).annotations.map((a: Annotation) => a.id),
      ['urn:x:0', 'urn:x:1', 'urn:x:2', 'urn:x:3'],
    );
  });

  it('keeps fields it does not know (other tools, hand edits), in alphabetical order after the known ones', () => {
    const a = { ...ann('urn:x:1', 'Mr Tillerson'), rights: 'CC-BY', 'crosscheck:reviewed': true, audience: { type: 'Audience' } } as Annotation;
    const d = { ...doc([a]), generator: 'hand' } as SidecarDocument;
    const text = serializeSidecar(d);
    const back = readSidecar(text, 'x');
    assert.equal(back.kind, 'ok');
    const b = (back as { doc: SidecarDocument }).doc.annotations[0]!;
    assert.equal(b.rights, 'CC-BY');
    assert.equal(b['crosscheck:reviewed'], true);
    assert.deepEqual(Object.keys(b).slice(-3), ['audience', 'crosscheck:reviewed', 'rights']);
    assert.equal(serializeSidecar((back as { doc: SidecarDocument }).doc), text);
  });

  it('content helpers: tags, note, verdict; changing one keeps the others and sets modified', () => {
    const a = ann('urn:x:1', 'Mr Tillerson', { tags: ['people', 'people', ' '], note: 'n', verdict: 'unverified' });
    assert.deepEqual(tagsOf(a), ['people']);
    const later = new Date('2026-06-01T00:00:00Z');
    const b = withContent(a, { note: 'changed' }, later);
    assert.deepEqual([tagsOf(b), noteOf(b), verdictOf(b), b.modified, b.created], [['people'], 'changed', 'unverified', '2026-06-01T00:00:00Z', a.created]);
    const c = withContent(b, { verdict: undefined }, later);
    assert.equal(verdictOf(c), undefined);
    assert.equal(c.motivation, 'commenting');
    assert.equal(withContent(c, { note: '', tags: [] }, later).motivation, 'highlighting');
  });

  it('appearances are further targets whose source is relative to the annotated article', () => {
    const other = 'Elsewhere: there is a “low level of trust” between the countries.';
    const a = withAppearance(ann('urn:x:1', 'low level of trust'), relativeSource('bbc/a.txt', 'guardian/b.txt'), other, { start: 23, end: 41 });
    assert.ok(Array.isArray(a.target));
    const [t] = appearancesOf(a);
    assert.equal(t!.source, '../guardian/b.txt');
    assert.equal(resolveSource('bbc/a.txt', t!.source), 'guardian/b.txt');
    assert.deepEqual(validateSidecar(doc([a])), []);
    assert.equal(relativeSource('a.txt', 'b.txt'), 'b.txt');
    assert.equal(relativeSource('x/y/a.txt', 'x/b.txt'), '../b.txt');
    assert.equal(relativeSource('a.txt', 'x/b.txt'), 'x/b.txt');
  });

  it('paths: next to the article, or in a mirror folder; recovery files', () => {
    assert.equal(sidecarPathFor('news/bbc.txt'), 'news/bbc.txt.annotations.json');
    const mirror = layoutFromSetting('.crosscheck/annotations/');
    assert.equal(sidecarPathFor('news/bbc.txt', mirror), '.crosscheck/annotations/news/bbc.txt.annotations.json');
    assert.equal(articlePathForSidecar('.crosscheck/annotations/news/bbc.txt.annotations.json', mirror), 'news/bbc.txt');
    assert.equal(articlePathForSidecar('news/bbc.txt.annotations.json'), 'news/bbc.txt');
    assert.equal(articlePathForSidecar('news/bbc.txt.annotations.json', mirror), undefined);
    assert.equal(layoutFromSetting('').kind, 'adjacent');
    assert.equal(recoveryPathFor('news/bbc.txt', layoutFromSetting(undefined), NOW), 'news/bbc.txt.annotations.recovered-20260501T093000Z.json');
    assert.equal(recoveryPathFor('bbc.txt', layoutFromSetting(undefined), NOW, 2), 'bbc.txt.annotations.recovered-20260501T093000Z-2.json');
  });
});

function shuffleKeys(v: unknown, r: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, r));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).sort(() => r() - 0.5);
    return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, r)]));
  }
  return v;
}

// ---- validation ----------------------------------------------------------------------------------

/** A valid sidecar to break in one place at a time. */
function validRaw(): Record<string, unknown> {
  return JSON.parse(serializeSidecar(doc([ann('urn:x:1', 'low level of trust', { verdict: 'disputed', tags: ['t'], note: 'n' }), ann('urn:x:2', 'talks would go on')])));
}

type Mutation = [name: string, mutate: (d: any) => void, path: string, message: RegExp, coreOnly?: boolean]; // eslint-disable-line @typescript-eslint/no-explicit-any

const INVALID: Mutation[] = [
  ['no version', (d) => delete d.version, '$', /missing required property "version"/],
  ['annotations not an array', (d) => (d.annotations = {}), '$.annotations', /must be an array/],
  ['no source', (d) => delete d.source, '$', /"source"/],
  ['wrong @context', (d) => (d.annotations[1]['@context'] = 'http://schema.org'), '$.annotations[1]["@context"]', /anno\.jsonld/],
  ['id not an IRI', (d) => (d.annotations[0].id = 'note 1'), '$.annotations[0].id', /IRI/],
  ['type not Annotation', (d) => (d.annotations[0].type = 'Note'), '$.annotations[0].type', /"Annotation"/],
  ['no body', (d) => delete d.annotations[0].body, '$.annotations[0]', /"body"/],
  ['bad date', (d) => (d.annotations[0].created = 'yesterday'), '$.annotations[0].created', /ISO 8601/],
  ['verdict misspelt', (d) => (d.annotations[0].body[0].value = 'dispted'), '$.annotations[0].body[0].value', /not a verdict/],
  ['empty tag', (d) => (d.annotations[0].body[1].value = ' '), '$.annotations[0].body[1].value', /tag/],
  ['body item without value', (d) => delete d.annotations[0].body[2].value, '$.annotations[0].body[2]', /"value"/],
  ['no TextQuoteSelector', (d) => d.annotations[1].target.selector.splice(0, 1), '$.annotations[1].target.selector', /TextQuoteSelector/],
  ['empty exact', (d) => (d.annotations[1].target.selector[0].exact = ''), '$.annotations[1].target.selector[0].exact', /empty/],
  ['negative offset', (d) => (d.annotations[1].target.selector[1].start = -1), '$.annotations[1].target.selector[1].start', /whole number/],
  ['fractional offset', (d) => (d.annotations[1].target.selector[1].end = 4.5), '$.annotations[1].target.selector[1].end', /whole number/],
  ['target without source', (d) => delete d.annotations[0].target.source, '$.annotations[0].target', /"source"/],
  ['empty target array', (d) => (d.annotations[0].target = []), '$.annotations[0].target', /empty/],
  ['creator without a name', (d) => (d.annotations[0].creator = { type: 'Person' }), '$.annotations[0].creator', /"name"/],
  ['end before start', (d) => (d.annotations[1].target.selector[1].end = 0), '$.annotations[1].target.selector[1].end', /before start/, true],
  ['duplicate id', (d) => (d.annotations[1].id = d.annotations[0].id), '$.annotations[1].id', /duplicate id/, true],
];

describe('annotations: validation names the file, the JSON path and the problem', () => {
  for (const [name, mutate, where, message] of INVALID) {
    it(name, () => {
      const d = validRaw();
      mutate(d);
      const problems = validateSidecar(d);
      assert.ok(
        problems.some((p) => p.path === where && message.test(p.message)),
        JSON.stringify(problems),
      );
      const r = readSidecar(JSON.stringify(d), 'news/a.txt.annotations.json');
      assert.equal(r.kind, 'invalid');
      assert.match(r.kind === 'invalid' ? r.error.message : '', new RegExp(`^news/a\\.txt\\.annotations\\.json: ${where.replace(/[$.[\]]/g, '\\$&')}: `));
    });
  }

  it('a JSON syntax error: where it is, by line and column', () => {
    const text = '{\n  "version": 1,\n  "source": "a.txt"\n  "annotations": []\n}\n';
    const r = readSidecar(text, 'a.txt.annotations.json');
    assert.equal(r.kind, 'invalid');
    assert.match(r.kind === 'invalid' ? r.error.message : '', /^a\.txt\.annotations\.json: not valid JSON: .*line 4, column 3/);
  });

  it('not UTF-8, empty, not an object, or not ours: each says so', () => {
    const cases: [Uint8Array | string, RegExp][] = [
      [new Uint8Array([0x7b, 0xff, 0x7d]), /UTF-8/],
      ['', /empty/],
      ['   \n', /empty/],
      ['[]', /must be an object/],
      ['{"version": "one"}', /\$\.version: must be a format version number/],
      ['{"hello": 1}', /missing required property "version"/],
    ];
    for (const [content, re] of cases) {
      const r = readSidecar(content, 'x.json');
      assert.equal(r.kind, 'invalid', String(content));
      assert.match(r.kind === 'invalid' ? r.error.message : '', re);
    }
  });
});

// ---- the JSON schema, checked against the core's validator ---------------------------------------

/** Just enough of JSON Schema draft-07 for schemas/annotations.schema.json. */
function schemaValid(schema: any, v: unknown, root: any = schema): boolean { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (schema.$ref) return schemaValid(schema.$ref.replace('#/definitions/', '').split('/').reduce((o: any, k: string) => o[k], root.definitions), v, root); // eslint-disable-line @typescript-eslint/no-explicit-any
  const isObj = v !== null && typeof v === 'object' && !Array.isArray(v);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(v)) return false;
  if (schema.enum && !schema.enum.includes(v)) return false;
  if (schema.type) {
    const ok = { object: isObj, array: Array.isArray(v), string: typeof v === 'string', integer: Number.isInteger(v), number: typeof v === 'number', boolean: typeof v === 'boolean' }[schema.type as string];
    if (!ok) return false;
  }
  if (typeof v === 'string') {
    if (schema.minLength !== undefined && [...v].length < schema.minLength) return false;
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(v)) return false;
  }
  if (typeof v === 'number' && schema.minimum !== undefined && v < schema.minimum) return false;
  if (isObj) {
    const o = v as Record<string, unknown>;
    if (schema.required && !schema.required.every((k: string) => k in o)) return false;
    for (const [k, s] of Object.entries(schema.properties ?? {})) if (k in o && !schemaValid(s, o[k], root)) return false;
  }
  if (Array.isArray(v)) {
    if (schema.minItems !== undefined && v.length < schema.minItems) return false;
    if (Array.isArray(schema.items)) {
      if (!schema.items.every((s: unknown, i: number) => i >= v.length || schemaValid(s, v[i], root))) return false;
    } else if (schema.items && !v.every((x) => schemaValid(schema.items, x, root))) return false;
    if (schema.contains && !v.some((x) => schemaValid(schema.contains, x, root))) return false;
  }
  if (schema.anyOf && !schema.anyOf.some((s: unknown) => schemaValid(s, v, root))) return false;
  if (schema.allOf && !schema.allOf.every((s: unknown) => schemaValid(s, v, root))) return false;
  if (schema.if && schemaValid(schema.if, v, root) && schema.then && !schemaValid(schema.then, v, root)) return false;
  return true;
}

describe('annotations: schemas/annotations.schema.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8'));

  it('is draft-07, which VS Code’s JSON language service handles best', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('accepts what the core writes, including appearances and unknown fields', () => {
    const other = 'Elsewhere: there is a “low level of trust” between the countries.';
    const a = withAppearance(ann('urn:x:1', 'low level of trust', { verdict: 'confirmed', creator: 'Ana' }), 'b.txt', other, { start: 23, end: 41 });
    for (const d of [validRaw(), JSON.parse(serializeSidecar(doc([a, { ...ann('urn:x:5', 'Mr'), extra: 1 } as Annotation]))), { version: 1, source: 'a.txt', annotations: [] }]) {
      assert.equal(schemaValid(schema, d), true, JSON.stringify(d).slice(0, 200));
      assert.deepEqual(validateSidecar(d), []);
    }
  });

  for (const [name, mutate, , , coreOnly] of INVALID) {
    it(`rejects what the core rejects: ${name}${coreOnly ? ' (core only: a schema cannot say it)' : ''}`, () => {
      const d = validRaw();
      mutate(d);
      assert.equal(schemaValid(schema, d), !!coreOnly);
    });
  }

  it('with a context array that starts with the W3C context', () => {
    const d = validRaw();
    (d.annotations as Record<string, unknown>[])[0]!['@context'] = [ANNO_CONTEXT, { crosscheck: 'https://crosscheck.invalid/ns#' }];
    assert.equal(schemaValid(schema, d), true);
    assert.deepEqual(validateSidecar(d), []);
  });
});

// ---- versions ------------------------------------------------------------------------------------

describe('annotations: format versions', () => {
  const v0 = {
    article: 'a.txt',
    exportedBy: 'prototype 0.0.3',
    notes: [
      {
        id: 'n1',
        quote: 'low level of trust',
        prefix: 'said there is a “',
        suffix: '” between',
        start: 30,
        end: 48,
        status: 'disputed',
        tags: ['trust', ''],
        note: 'Check **Reuters**.',
        author: 'Ana',
        createdAt: 1714555800000,
        updatedAt: '2024-05-02T10:00:00Z',
        colour: 'red',
        alsoIn: [{ file: 'b.txt', quote: 'low level of trust', start: 5, end: 23 }],
      },
      { id: 7, quote: 'talks would go on', status: 'false-ish' },
    ],
  };

  it('migrates a version 0 file (the prototype shape) to version 1 without losing a word', () => {
    const r = readSidecar(JSON.stringify(v0), 'a.txt.annotations.json');
    assert.equal(r.kind, 'ok');
    if (r.kind !== 'ok') return;
    assert.equal(r.migratedFrom, 0);
    assert.deepEqual(validateSidecar(r.doc), []);
    const [a, b] = r.doc.annotations;
    assert.equal(a!.id, 'urn:crosscheck:note:n1');
    assert.equal(verdictOf(a!), 'disputed');
    assert.deepEqual(tagsOf(a!), ['trust']);
    assert.equal(noteOf(a!), 'Check **Reuters**.');
    assert.deepEqual(a!.creator, { type: 'Person', name: 'Ana' });
    assert.equal(a!.created, '2024-05-01T09:30:00Z');
    assert.equal(a!.modified, '2024-05-02T10:00:00Z');
    assert.deepEqual(a!['crosscheck:v0'], { colour: 'red' });
    assert.equal(appearancesOf(a!)[0]!.source, 'b.txt');
    assert.equal(b!.id, 'urn:crosscheck:note:7');
    assert.deepEqual(tagsOf(b!), ['status:false-ish']);
    assert.equal(r.doc['crosscheck:v0'] && (r.doc['crosscheck:v0'] as Record<string, unknown>).exportedBy, 'prototype 0.0.3');
    // Every string of the old file is somewhere in the new one.
    const out = serializeSidecar(r.doc);
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    for (const s of strings(v0)) if (s) assert.ok(out.includes(JSON.stringify(s).slice(1, -1)), s);
  });

  it('a broken version 0 file is reported with the path, as version 0', () => {
    const r = readSidecar(JSON.stringify({ article: 'a.txt', notes: [{ id: 'n1' }] }), 'a.txt.annotations.json');
    assert.equal(r.kind, 'invalid');
    assert.match(r.kind === 'invalid' ? r.error.message : '', /\$\.notes\[0\]\.quote: .*format version 0/);
  });

  it('a newer version is read-only, with a message, showing what it can read', () => {
    const d = validRaw();
    d.version = 2;
    (d.annotations as unknown[]).push({ id: 'urn:x:9', type: 'Annotation', shinyNewShape: true });
    const r = readSidecar(JSON.stringify(d), 'a.txt.annotations.json');
    assert.equal(r.kind, 'newer');
    if (r.kind !== 'newer') return;
    assert.equal(r.version, 2);
    assert.equal(r.doc.annotations.length, 2);
    assert.match(r.message, /a\.txt\.annotations\.json was written by a newer version of Crosscheck \(format version 2.*read-only \(1 could not be read\)/);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, serializeSidecar, withAppearance, type Annotation, type AnnotationContent } from '../../src/core/annotations';
import { readSample, ROOT } from './fixtures';
import { tempDir } from '../shared/tempDir';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const A = readSample('000_bcb29d6ce618a839.txt');
const B = readSample('001_ccdd08a9bed3a08f.txt');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let n = 0;
function annotate(text: string, source: string, claim: string, content: AnnotationContent = {}): Annotation {
  const start = text.indexOf(claim);
  assert.ok(start >= 0, claim);
  return createAnnotation({ source, text, span: { start, end: start + claim.length }, id: `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, now: new Date('2026-05-01T09:30:00Z'), creator: 'Ana', ...content });
}

/** A folder with two articles (one in a subfolder) and their sidecars. */
function folder(opts: { mirror?: boolean } = {}): string {
  const dir = tempDir('crosscheck-anchors-');
  fs.mkdirSync(path.join(dir, 'wapo'));
  fs.writeFileSync(path.join(dir, 'ft.txt'), A);
  fs.writeFileSync(path.join(dir, 'wapo', 'b.txt'), B);
  const trust = withAppearance(
    annotate(A, 'ft.txt', 'low level of trust', { verdict: 'disputed', tags: ['trust'], note: 'Other outlets: *“some trust”*.\nSee Reuters, 12 April.' }),
    'wapo/b.txt',
    B,
    { start: B.indexOf('low level of trust'), end: B.indexOf('low level of trust') + 18 },
  );
  const ft = [trust, annotate(A, 'ft.txt', 'approximately two hours', { verdict: 'unverified', note: '=SUM(A1) "quoted", with commas' }), annotate(A, 'ft.txt', 'Sergei Lavrov', { tags: ['people'] })];
  const wapo = [annotate(B, 'b.txt', 'Tillerson', { verdict: 'confirmed' })];
  const side = (p: string) => path.join(dir, ...(opts.mirror ? ['.crosscheck', 'annotations'] : []), ...p.split('/'));
  fs.mkdirSync(path.dirname(side('wapo/b.txt')), { recursive: true });
  fs.writeFileSync(side('ft.txt.annotations.json'), serializeSidecar({ version: 1, source: 'ft.txt', annotations: ft }));
  fs.writeFileSync(side('wapo/b.txt.annotations.json'), serializeSidecar({ version: 1, source: 'b.txt', annotations: wapo }));
  return dir;
}

/** Every file under dir with its bytes and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    const st = fs.statSync(p);
    if (st.isFile()) out.set(f, `${st.mtimeMs} ${fs.readFileSync(p).toString('base64')}`);
  }
  return out;
}

/** RFC 4180 CSV → rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('cli: crosscheck anchors', function () {
  this.timeout(20_000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
  });

  it('every annotation attached: exit 0, JSON with id, doc, status, score, start, end (and appearances)', () => {
    const dir = folder();
    const r = run(['anchors', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['annotations']);
    assert.equal(json.annotations.length, 4);
    for (const a of json.annotations) {
      assert.deepEqual(Object.keys(a).slice(0, 6), ['id', 'doc', 'status', 'score', 'start', 'end']);
      assert.equal(a.status, 'exact');
      assert.equal(a.score, 1);
    }
    assert.deepEqual(json.annotations.map((a: { doc: string }) => a.doc), ['ft.txt', 'ft.txt', 'ft.txt', 'wapo/b.txt']);
    const trust = json.annotations.find((a: { start: number }) => a.start === A.indexOf('low level of trust'));
    assert.deepEqual(trust.appearances, [{ doc: 'wapo/b.txt', status: 'exact', score: 1, start: B.indexOf('low level of trust'), end: B.indexOf('low level of trust') + 18 }]);
  });

  it('after edits: moved, fuzzy (with a score) and orphan; exit 1; never modifies a file', () => {
    const dir = folder();
    let text = 'EDITOR’S NOTE: updated.\n\n' + A; // everything moves
    text = text.replace('approximately two hours', 'approximately 2 hours'); // reworded: fuzzy
    text = text.replace(/[^.]*Sergei Lavrov[^.]*\./, ''); // the sentence is gone: orphan
    fs.writeFileSync(path.join(dir, 'ft.txt'), text);
    const before = snapshot(dir);
    const r = run(['anchors', dir, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    type Row = { status: string; start: number | null; end: number | null; score: number; doc: string };
    const byStatus: Record<string, Row[] | undefined> = {};
    for (const a of JSON.parse(r.stdout).annotations as Row[]) (byStatus[a.status] ??= []).push(a);
    assert.equal(byStatus.moved?.length, 1);
    assert.equal(text.slice(byStatus.moved![0]!.start!, byStatus.moved![0]!.end!), 'low level of trust');
    assert.equal(byStatus.fuzzy?.length, 1);
    assert.match(text.slice(byStatus.fuzzy![0]!.start!, byStatus.fuzzy![0]!.end!), /approximately 2 hours/);
    assert.ok(byStatus.fuzzy![0]!.score > 0.7 && byStatus.fuzzy![0]!.score < 1);
    assert.equal(byStatus.orphan?.length, 1);
    assert.deepEqual([byStatus.orphan![0]!.start, byStatus.orphan![0]!.end], [null, null]);
    assert.deepEqual(snapshot(dir), before);
    // The text format: a table and a summary line.
    const t = run(['anchors', dir]);
    assert.equal(t.code, 1);
    assert.match(t.stdout, /^STATUS\s+SCORE\s+START\s+END\s+DOC\s+ID\n/);
    assert.match(t.stdout, /\norphan\s+\d\.\d{3}\s+-\s+-\s+ft\.txt\s+urn:uuid:/);
    assert.match(t.stdout, /4 annotations \(5 places\) in 2 articles: 2 exact, 1 moved, 1 fuzzy, 1 orphan\n$/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('an unreadable sidecar: exit 2, named on stderr; the others are still reported', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'ft.txt.annotations.json'), '{ "version": 1, "source": "ft.txt", "annotations": [ }');
    const before = snapshot(dir);
    const r = run(['anchors', dir, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unreadable sidecar ft\.txt\.annotations\.json: not valid JSON/);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.annotations.map((a: { doc: string }) => a.doc), ['wapo/b.txt']);
    assert.equal(json.unreadable[0].sidecar, 'ft.txt.annotations.json');
    assert.deepEqual(snapshot(dir), before);
  });

  it('a sidecar failing the schema: exit 2, naming the JSON path', () => {
    const dir = folder();
    const p = path.join(dir, 'wapo', 'b.txt.annotations.json');
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('"confirmed"', '"maybe"'));
    const r = run(['anchors', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /wapo\/b\.txt\.annotations\.json: \$\.annotations\[0\]\.body\[0\]\.value: "maybe" is not a verdict/);
  });

  it('an orphaned appearance in another article counts as an orphan', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'wapo', 'b.txt'), B.replace(/[^.]*low level of trust[^.]*\./, ''));
    const r = run(['anchors', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const trust = JSON.parse(r.stdout).annotations.find((a: { appearances?: unknown[] }) => a.appearances);
    assert.equal(trust.status, 'exact');
    assert.equal(trust.appearances[0].status, 'orphan');
  });

  it('sidecars in a mirror folder with --sidecars', () => {
    const dir = folder({ mirror: true });
    assert.equal(JSON.parse(run(['anchors', dir, '--format', 'json']).stdout).annotations.length, 0);
    const r = run(['anchors', dir, '--sidecars', '.crosscheck/annotations', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).annotations.length, 4);
  });

  it('bad usage: exit 2 with one line on stderr', () => {
    for (const args of [['anchors'], ['anchors', '/no/such/folder'], ['anchors', ROOT, '--format', 'xml'], ['anchors', ROOT, '--bogus'], ['export', ROOT, '--format', 'pdf']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^crosscheck: .+\n$/);
    }
  });

  it('--help lists the new commands', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /crosscheck anchors <folder>/);
    assert.match(r.stdout, /crosscheck export <folder>/);
  });
});

describe('cli: crosscheck export', function () {
  this.timeout(20_000);

  it('markdown: a briefing grouped by verdict, with the claim, the note and the appearances', () => {
    const dir = folder();
    const r = run(['export', dir, '--format', 'markdown']);
    assert.equal(r.code, 0, r.stderr);
    const md = r.stdout;
    assert.match(md, /^# Claims briefing: crosscheck-anchors-\w+\n\n4 annotated claims in 2 articles: 1 disputed, 1 unverified, 1 confirmed, 1 without a verdict\.\n/);
    const order = ['## Disputed (1)', '## Unverified (1)', '## Confirmed (1)', '## Notes without a verdict (1)'].map((h) => md.indexOf(h));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)), JSON.stringify(order));
    assert.match(md, /### 1\. low level of trust\n\n> low level of trust\n\n- \*\*Article:\*\* `ft\.txt` \(characters \d+–\d+\)\n- \*\*Also in:\*\* `wapo\/b\.txt` \(characters \d+–\d+\)\n- \*\*Tags:\*\* trust\n- \*\*Annotated\*\* by Ana on 2026-05-01\n\n\*\*Note:\*\*\n\nOther outlets: \*“some trust”\*\.\nSee Reuters, 12 April\.\n/);
  });

  it('csv: one row per annotation, RFC 4180 quoting, spreadsheet formulas defused', () => {
    const dir = folder();
    const r = run(['export', dir, '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    const rows = parseCsv(r.stdout);
    assert.deepEqual(rows[0], ['doc', 'id', 'status', 'start', 'end', 'verdict', 'tags', 'claim', 'note', 'appearances', 'creator', 'created', 'modified']);
    assert.equal(rows.length, 5);
    const trust = rows.find((row) => row[7] === 'low level of trust')!;
    assert.deepEqual([trust[0], trust[2], trust[5], trust[6], trust[8], trust[9], trust[10]], ['ft.txt', 'exact', 'disputed', 'trust', 'Other outlets: *“some trust”*.\nSee Reuters, 12 April.', 'wapo/b.txt', 'Ana']);
    const hours = rows.find((row) => row[7] === 'approximately two hours')!;
    assert.equal(hours[8], `'=SUM(A1) "quoted", with commas`);
  });

  it('jsonld: a W3C AnnotationCollection, sources relative to the folder', () => {
    const dir = folder();
    const out = path.join(dir, 'out', 'annotations.jsonld');
    const r = run(['export', dir, '--format', 'jsonld', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.total, 4);
    const items = json.first.items;
    assert.equal(items.length, 4);
    assert.ok(items.every((a: { type: string; '@context': string }) => a.type === 'Annotation' && a['@context'] === 'http://www.w3.org/ns/anno.jsonld'));
    const b = items.find((a: { target: { source: string } }) => !Array.isArray(a.target) && a.target.source === 'wapo/b.txt');
    assert.ok(b);
    const trust = items.find((a: { target: unknown }) => Array.isArray(a.target));
    assert.deepEqual(trust.target.map((t: { source: string }) => t.source), ['ft.txt', 'wapo/b.txt']);
  });

  it('an unreadable sidecar: exported without it, named, exit 2', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'ft.txt.annotations.json'), 'nonsense');
    const r = run(['export', dir, '--format', 'markdown']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ft\.txt\.annotations\.json: not valid JSON/);
    assert.match(r.stdout, /## Annotation files that could not be read\n\n- ft\.txt\.annotations\.json: not valid JSON/);
    assert.match(r.stdout, /1 annotated claim in 1 article: 1 confirmed\./);
  });
});

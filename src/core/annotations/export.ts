/**
 * Exports of every annotation in a folder (from scanFolder): W3C JSON-LD, CSV and a Markdown
 * briefing. Pure functions over the scan.
 */
import type { Anchor } from './anchor';
import { ANNO_CONTEXT, claimTextOf, creatorName, noteOf, tagsOf, targetsOf, verdictOf, VERDICTS, type Annotation, type Target, type Verdict } from './model';
import type { FolderScan, ScannedAnnotation } from './scan';
import { canonicalKeys, normalizeAnnotation } from './serialize';
import { plural } from '../common/strings';

/**
 * A W3C AnnotationCollection with one page holding every annotation. Each target's `source` is
 * rewritten relative to the folder (where the export file is meant to live), so it resolves from
 * there; everything else is as stored.
 */
export function exportJsonLd(scan: FolderScan, label: string): string {
  const items = scan.annotations.map((s) => {
    const targets = targetsOf(s.annotation).map((t, i): Target => ({ ...t, source: i === 0 ? s.doc : s.appearances[i - 1]!.doc }));
    return normalizeAnnotation({ ...s.annotation, target: targets.length === 1 ? targets[0]! : targets } as Annotation);
  });
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(canonicalKeys(collection), null, 2) + '\n';
}

/** Spreadsheets run cells that start with these as formulas: such cells get a leading apostrophe. */
const FORMULA = /^[=+@\t\r]|^-(?![\d\s.])/;

function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['doc', 'id', 'status', 'start', 'end', 'verdict', 'tags', 'claim', 'note', 'appearances', 'creator', 'created', 'modified'] as const;

/** RFC 4180 CSV (CRLF line ends), one row per annotation; tags and appearances joined by "; ". */
export function exportCsv(scan: FolderScan): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const s of scan.annotations) {
    const a = s.annotation;
    rows.push(
      [
        s.doc,
        a.id,
        s.anchor.status,
        s.anchor.start,
        s.anchor.end,
        verdictOf(a) ?? '',
        tagsOf(a).join('; '),
        claimTextOf(a),
        noteOf(a),
        s.appearances.map((p) => p.doc).join('; '),
        creatorName(a.creator),
        a.created,
        a.modified,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

const VERDICT_TITLES: Record<Verdict, string> = {
  disputed: 'Disputed',
  misattributed: 'Misattributed',
  unverified: 'Unverified',
  confirmed: 'Confirmed',
};

/** Backslash-escapes the characters Markdown would read as markup, and keeps HTML inert. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}

function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() === '' ? '>' : `> ${md(l)}`))
    .join('\n');
}

function short(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1).trimEnd()}…` : one;
}

function where(doc: string, anchor: Anchor): string {
  switch (anchor.status) {
    case 'exact':
      return `\`${doc}\` (characters ${anchor.start}–${anchor.end})`;
    case 'moved':
      return `\`${doc}\` (characters ${anchor.start}–${anchor.end}; moved since it was annotated)`;
    case 'fuzzy':
      return `\`${doc}\` (characters ${anchor.start}–${anchor.end}; the text has changed, best match ${Math.round(anchor.score * 100)}%)`;
    default:
      return `\`${doc}\` — **not found in the current text** (orphaned; shown as annotated)`;
  }
}


/**
 * A briefing: a summary, then the claims grouped by verdict (disputed first), each with its note.
 * `depth`: the level of its title (2 when it is a section of a larger report).
 */
export function exportMarkdown(scan: FolderScan, title: string, depth = 1): string {
  const h = (level: number) => '#'.repeat(depth - 1 + level);
  const out: string[] = [`${h(1)} ${md(title)}`, ''];
  const list = scan.annotations;
  const docs = new Set(list.map((s) => s.doc));
  const counts = VERDICTS.map((v) => [v, list.filter((s) => verdictOf(s.annotation) === v).length] as const).filter(([, n]) => n > 0);
  const none = list.filter((s) => !verdictOf(s.annotation)).length;
  const orphans = list.filter((s) => s.anchor.status === 'orphan').length;
  const parts = [...counts.map(([v, n]) => `${n} ${v}`), ...(none ? [`${none} without a verdict`] : [])];
  out.push(`${plural(list.length, 'annotated claim')} in ${plural(docs.size, 'article')}${parts.length ? `: ${parts.join(', ')}` : ''}.`);
  if (orphans) out.push(`${plural(orphans, 'claim')} could not be found in ${orphans === 1 ? 'its' : 'their'} article's current text (orphaned).`);
  out.push('');
  if (scan.unreadable.length) {
    out.push(`${h(2)} Annotation files that could not be read`, '');
    for (const u of scan.unreadable) out.push(`- ${md(u.message)}`);
    out.push('');
  }
  const groups: [string, ScannedAnnotation[]][] = [
    ...VERDICTS.map((v): [string, ScannedAnnotation[]] => [VERDICT_TITLES[v], list.filter((s) => verdictOf(s.annotation) === v)]),
    ['Notes without a verdict', list.filter((s) => !verdictOf(s.annotation))],
  ];
  let n = 0;
  for (const [heading, items] of groups) {
    if (!items.length) continue;
    out.push(`${h(2)} ${heading} (${items.length})`, '');
    for (const s of items) {
      const a = s.annotation;
      out.push(`${h(3)} ${++n}. ${md(short(claimTextOf(a), 80))}`, '', blockquote(claimTextOf(a)), '');
      out.push(`- **Article:** ${where(s.doc, s.anchor)}`);
      if (s.appearances.length) out.push(`- **Also in:** ${s.appearances.map((p) => where(p.doc, p.anchor)).join('; ')}`);
      const tags = tagsOf(a);
      if (tags.length) out.push(`- **Tags:** ${tags.map(md).join(', ')}`);
      const by = creatorName(a.creator);
      out.push(`- **Annotated**${by ? ` by ${md(by)}` : ''} on ${a.created.slice(0, 10)}${a.modified !== a.created ? `, last changed ${a.modified.slice(0, 10)}` : ''}`);
      out.push('');
      // The note is the analyst's own Markdown, as written; the label keeps it apart from the list above.
      const note = noteOf(a).trim();
      if (note) out.push('**Note:**', '', note, '');
    }
  }
  if (scan.notices.length) {
    out.push(`${h(2)} Notes on the files`, '');
    for (const m of scan.notices) out.push(`- ${md(m)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

/**
 * `crosscheck anchors <folder>`: where every annotation under the folder attaches in the current
 * text of its article — exact, moved, fuzzy or orphan. Read-only: never modifies a file.
 * Exit status: 0 all attached, 1 some orphaned, 2 a sidecar unreadable (named on stderr) or bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatOption, parseCommandLine, UsageError as CommandUsageError } from './args';
import type { Anchor } from '../core/annotations/anchor';
import { layoutFromSetting, type SidecarLayout } from '../core/annotations/paths';
import { scanFolder, type FolderScan } from '../core/annotations/scan';
import { nodeFileSystem } from './nodeFs';

/** A problem with how a command was called: reported on stderr with exit status 2. */
/** Bad usage of a command (the one parser's error). */
export { CommandUsageError };

export interface CommonArgs {
  folder: string;
  format: string | undefined;
  out: string | undefined;
  layout: SidecarLayout;
}

/** Parses `<folder> [--format F] [--out FILE] [--sidecars DIR]` for the annotation commands. */
export function parseCommandArgs(command: string, argv: readonly string[], formats: readonly string[], allowOut: boolean): CommonArgs {
  const parsed: CommonArgs = { folder: '', format: undefined, out: undefined, layout: layoutFromSetting(undefined) };
  parsed.folder = parseCommandLine(command, argv, {
    values: {
      '--format': formatOption(command, formats, (f) => (parsed.format = f)),
      '--sidecars': (v) => (parsed.layout = layoutFromSetting(v)),
      ...(allowOut ? { '--out': (v: string) => (parsed.out = v) } : {}),
    },
  });
  return parsed;
}

export function resolveFolder(folder: string): string {
  const abs = path.resolve(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new CommandUsageError(`folder not found: ${folder}`);
  }
  if (!stat.isDirectory()) throw new CommandUsageError(`not a folder: ${folder}`);
  return abs;
}

export async function writeStdout(body: string): Promise<void> {
  await new Promise<void>((resolve, reject) => process.stdout.write(body, (e) => (e ? reject(e) : resolve())));
}

/** Reports unreadable sidecars and notices on stderr. */
export function reportScanProblems(scan: FolderScan): void {
  for (const u of scan.unreadable) process.stderr.write(`crosscheck: unreadable sidecar ${u.message}\n`);
  for (const n of scan.notices) process.stderr.write(`crosscheck: note: ${n}\n`);
}

interface PlaceJson {
  doc: string;
  status: Anchor['status'];
  score: number;
  start: number | null;
  end: number | null;
}

export interface AnchorsJson {
  annotations: (PlaceJson & { id: string; appearances?: PlaceJson[] })[];
  /** Sidecars that could not be read. */
  unreadable?: { doc: string; sidecar: string; message: string }[];
}

function place(doc: string, a: Anchor): PlaceJson {
  return { doc, status: a.status, score: a.score, start: a.start, end: a.end };
}

export function anchorsJson(scan: FolderScan): AnchorsJson {
  const out: AnchorsJson = {
    annotations: scan.annotations.map((s) => {
      const row = { id: s.annotation.id, ...place(s.doc, s.anchor) };
      return s.appearances.length ? { ...row, appearances: s.appearances.map((p) => place(p.doc, p.anchor)) } : row;
    }),
  };
  if (scan.unreadable.length) out.unreadable = scan.unreadable.map((u) => ({ doc: u.doc, sidecar: u.sidecarPath, message: u.message }));
  return out;
}

function table(scan: FolderScan): string {
  const rows: string[][] = [['STATUS', 'SCORE', 'START', 'END', 'DOC', 'ID']];
  const add = (a: Anchor, doc: string, id: string) => rows.push([a.status, a.score.toFixed(3), a.start === null ? '-' : String(a.start), a.end === null ? '-' : String(a.end), doc, id]);
  for (const s of scan.annotations) {
    add(s.anchor, s.doc, s.annotation.id);
    for (const p of s.appearances) add(p.anchor, `  ↳ ${p.doc}`, '(appearance)');
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const s of scan.annotations) for (const a of [s.anchor, ...s.appearances.map((p) => p.anchor)]) counts[a.status]++;
  const docs = new Set(scan.annotations.map((s) => s.doc)).size;
  const places = counts.exact + counts.moved + counts.fuzzy + counts.orphan;
  const summary =
    `${scan.annotations.length} annotation${scan.annotations.length === 1 ? '' : 's'}${places !== scan.annotations.length ? ` (${places} places)` : ''} in ${docs} article${docs === 1 ? '' : 's'}: ` +
    `${counts.exact} exact, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphan} orphan` +
    (scan.unreadable.length ? `; ${scan.unreadable.length} sidecar${scan.unreadable.length === 1 ? '' : 's'} unreadable` : '');
  return (scan.annotations.length ? lines.join('\n') + '\n\n' : '') + summary + '\n';
}

/** The exit status for a scan: 2 unreadable sidecar, 1 an orphaned place, 0 otherwise. */
export function anchorsExitCode(scan: FolderScan): number {
  if (scan.unreadable.length) return 2;
  return scan.annotations.some((s) => s.anchor.status === 'orphan' || s.appearances.some((p) => p.anchor.status === 'orphan')) ? 1 : 0;
}

/**
 * The common start of `anchors` and `export`: their arguments and folder, or — for bad usage — the
 * message on stderr and exit status 2 (a number).
 */
export function commandSetup(command: string, argv: readonly string[], formats: readonly string[], allowOut: boolean): { args: CommonArgs; root: string } | number {
  try {
    const args = parseCommandArgs(command, argv, formats, allowOut);
    return { args, root: resolveFolder(args.folder) };
  } catch (e) {
    if (e instanceof CommandUsageError) {
      process.stderr.write(`crosscheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export async function runAnchors(argv: readonly string[]): Promise<number> {
  const setup = commandSetup('anchors', argv, ['text', 'json'], false);
  if (typeof setup === 'number') return setup;
  const { args, root } = setup;
  const scan = await scanFolder(nodeFileSystem(root), { layout: args.layout });
  reportScanProblems(scan);
  await writeStdout(args.format === 'json' ? JSON.stringify(anchorsJson(scan), null, 2) + '\n' : table(scan));
  return anchorsExitCode(scan);
}

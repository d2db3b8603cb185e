/**
 * `crosscheck export <folder> --format jsonld|csv|markdown [--out FILE]`: every annotation under
 * the folder with its claim, verdict, note and appearances. Reads only (writes just --out).
 * Exit status: 0 done, 2 bad usage or a sidecar unreadable (named on stderr; the rest is exported).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportCsv, exportJsonLd, exportMarkdown } from '../core/annotations/export';
import { scanFolder } from '../core/annotations/scan';
import { CommandUsageError, parseCommandArgs, reportScanProblems, resolveFolder, writeStdout, type CommonArgs } from './anchors';
import { nodeFileSystem, writeFileAtomic } from './nodeFs';

export async function runExport(argv: readonly string[]): Promise<number> {
  let args: CommonArgs;
  let root: string;
  try {
    args = parseCommandArgs('export', argv, ['jsonld', 'csv', 'markdown'], true);
    root = resolveFolder(args.folder);
  } catch (e) {
    if (e instanceof CommandUsageError) {
      process.stderr.write(`crosscheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const scan = await scanFolder(nodeFileSystem(root), { layout: args.layout });
  reportScanProblems(scan);
  const name = path.basename(root);
  const format = args.format ?? 'markdown';
  const body =
    format === 'jsonld' ? exportJsonLd(scan, `Crosscheck annotations: ${name}`) : format === 'csv' ? exportCsv(scan) : exportMarkdown(scan, `Claims briefing: ${name}`);
  if (args.out) {
    const out = path.resolve(args.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await writeFileAtomic(out, new TextEncoder().encode(body));
  } else {
    await writeStdout(body);
  }
  return scan.unreadable.length ? 2 : 0;
}

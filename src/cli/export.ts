/**
 * `crosscheck export <folder> --format jsonld|csv|markdown [--out FILE]`: every annotation under
 * the folder with its claim, verdict, note and appearances. Reads only (writes just --out).
 * Exit status: 0 done, 2 bad usage or a sidecar unreadable (named on stderr; the rest is exported).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportCsv, exportJsonLd, exportMarkdown } from '../core/annotations/export';
import { scanFolder } from '../core/annotations/scan';
import { commandSetup, reportScanProblems, writeStdout } from './anchors';
import { writeFileAtomic } from '../node/atomicWrite';
import { nodeFileSystem } from './nodeFs';

export async function runExport(argv: readonly string[]): Promise<number> {
  const setup = commandSetup('export', argv, ['jsonld', 'csv', 'markdown'], true);
  if (typeof setup === 'number') return setup;
  const { args, root } = setup;
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

// First: V8 flags for a command-line run, before anything else is loaded (see v8flags.ts).
import './tuneV8';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { DEFAULT_BUDGET, type BudgetPolicy } from '../core/common/budget';
import { analyzeDocuments, readArticles } from '../core/corpus';
import { ENTITY_OVERRIDES_PATH, formatProblem, parseEntityOverrides, type EntityOverrides } from '../core/entities';
import { renderMarkdownReport } from '../core/report/markdown';
import { EMPTY_SOURCE_OVERRIDES, parseSourceOverrides, SOURCE_OVERRIDES_PATH, sourcesByPath, type SourceOverrides } from '../core/sources';
import { runAnchors } from './anchors';
import { sampledCpuClock } from './cpuClock';
import { formatOption, parseCommandLine, UsageError } from './args';
import { runExport } from './export';
import { batched, jsonChunks } from '../core/common/jsonChunks';
import { writeFileAtomic } from '../node/atomicWrite';
import { nodeFileSystem } from './nodeFs';
import { inputV8Flags } from './v8flags';

declare const CROSSCHECK_VERSION: string | undefined;

const USAGE = `usage: crosscheck analyze <folder> [--format json|markdown] [--out FILE] [--quiet] [--budget SECONDS]
       crosscheck anchors <folder> [--format text|json] [--sidecars DIR]
       crosscheck export <folder> [--format markdown|csv|jsonld] [--out FILE] [--sidecars DIR]

Commands:
  analyze <folder>   Reads every .txt and .md article under <folder> (recursively) and prints
                     its quotes, speakers and named entities.
  anchors <folder>   Re-attaches every annotation (the sidecar files name.txt.annotations.json)
                     to its article's current text and prints its status: exact, moved, fuzzy
                     (with a score) or orphan, and where it now is. Never modifies a file.
                     Exit status 0 all attached, 1 some orphaned, 2 a sidecar unreadable.
  export <folder>    Every annotation with its claim, verdict, note and appearances: a Markdown
                     briefing (default), CSV, or W3C JSON-LD (an AnnotationCollection).

Options:
  --format json      The analysis JSON (eval/ANALYSIS-FORMAT.md). Default.
  --format markdown  A readable report.
  --out FILE         Write to FILE instead of standard output.
  --quiet            No progress on standard error.
  --budget SECONDS   analyze: the CPU time an article may take per megabyte of its text (at least
                     SECONDS in all; default ${DEFAULT_BUDGET.msPerMB / 1000}, ten times what ordinary text needs). An article
                     past it is analysed partially, named in the output's errors and on standard
                     error, and left out of the cross-file results; the rest of the folder goes on.
                     0: no budget.
  --sidecars DIR     anchors, export: sidecars live in DIR (relative to <folder>, e.g.
                     .crosscheck/annotations) instead of next to each article.
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit status (analyze): 0 done (files that could not be read, or analysed only partially, are
reported in errors), 2 bad usage or a missing folder, 1 an unexpected failure.`;

/** A problem with how the tool was called: one line on stderr and exit status 2. */

interface AnalyzeArgs {
  folder: string;
  format: 'json' | 'markdown';
  out: string | undefined;
  quiet: boolean;
  /** Seconds of CPU time per MB of an article's text (and at least that); 0: none. */
  budgetSeconds: number;
}

type Parsed =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'analyze' } & AnalyzeArgs)
  | { command: 'anchors'; argv: string[] }
  | { command: 'export'; argv: string[] };

function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0) throw new UsageError('missing command (try: crosscheck analyze <folder>)');
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'anchors') return { command, argv: rest };
  if (command === 'export') return { command, argv: rest };
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}' (try: crosscheck analyze <folder>)`);
  const parsed: AnalyzeArgs = { folder: '', format: 'json', out: undefined, quiet: false, budgetSeconds: DEFAULT_BUDGET.msPerMB / 1000 };
  parsed.folder = parseCommandLine('analyze', rest, {
    values: {
      '--format': formatOption('analyze', ['json', 'markdown'], (f) => (parsed.format = f as AnalyzeArgs['format'])),
      '--out': (v) => (parsed.out = v),
      '--budget': (v) => {
        const n = Number(v);
        if (!v.trim() || !Number.isFinite(n) || n < 0) throw new UsageError(`--budget needs a number of seconds (0: none), got '${v}'`);
        parsed.budgetSeconds = n;
      },
    },
    flags: { '--quiet': () => (parsed.quiet = true), '-q': () => (parsed.quiet = true) },
  });
  return { command: 'analyze', ...parsed };
}

/**
 * The analyst's entity corrections in `<folder>/.crosscheck/entities.json`, when there are any.
 * Problems are reported on stderr (file:line:column) and the valid rules still apply.
 */
/** The folder's .crosscheck/sources.json (none: what the texts give); its problems go to stderr. */
function readSourceOverrides(folder: string): SourceOverrides {
  const file = path.join(folder, ...SOURCE_OVERRIDES_PATH.split('/'));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') process.stderr.write(`crosscheck: cannot read ${file} (${(e as Error).message}); the outlets are those the texts give\n`);
    return EMPTY_SOURCE_OVERRIDES;
  }
  const { overrides, problems } = parseSourceOverrides(text);
  for (const p of problems) process.stderr.write(`crosscheck: ${formatProblem(p, file)}\n`);
  return overrides;
}

function readEntityOverrides(folder: string): EntityOverrides | undefined {
  const file = path.join(folder, ...ENTITY_OVERRIDES_PATH.split('/'));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined; // no corrections: the automatic results
    // There, but unreadable: say so rather than analyse as if the analyst had corrected nothing.
    process.stderr.write(`crosscheck: cannot read ${file} (${(e as Error).message}); the analysis goes on without the entity corrections\n`);
    return undefined;
  }
  const { overrides, problems } = parseEntityOverrides(text);
  for (const p of problems) process.stderr.write(`crosscheck: ${formatProblem(p, file)}\n`);
  return overrides;
}

async function analyze(args: AnalyzeArgs): Promise<number> {
  const folder = path.resolve(args.folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new UsageError(`folder not found: ${args.folder}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a folder: ${args.folder}`);

  const started = Date.now();
  let lastReport = started;
  const progress = !args.quiet;
  const { docs, errors } = await readArticles(nodeFileSystem(folder), {
    onError: (e) => process.stderr.write(`crosscheck: skipped ${e.path}: ${e.message}\n`),
    onProgress: ({ done, total }) => {
      const now = Date.now();
      if (progress && total >= 200 && (now - lastReport > 1000 || done === total)) {
        lastReport = now;
        process.stderr.write(`crosscheck: read ${done}/${total} files\n`);
      }
    },
  });
  // A large folder: less memory for about the same time (see inputV8Flags).
  for (const flag of inputV8Flags(docs.reduce((n, d) => n + d.text.length, 0))) v8.setFlagsFromString(flag);
  // Each document's outlet, date and headline where known (an addition to the analysis format);
  // the discrepancy detectors read the outlets too (a quote told to the article's own outlet).
  const sources = sourcesByPath(docs, readSourceOverrides(folder));
  const analysis = analyzeDocuments(docs, errors, {
    entityOverrides: readEntityOverrides(folder),
    budget: budgetPolicy(args.budgetSeconds),
    onError: (e) => process.stderr.write(`crosscheck: ${e.path}: ${e.message}\n`),
    outletOf: (p) => sources[p]?.outlet,
  });
  if (Object.keys(sources).length) analysis.sources = sources;
  if (progress && docs.length >= 200) {
    process.stderr.write(`crosscheck: analysed ${docs.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  // JSON in pieces (what JSON.stringify(analysis, null, 2) gives, never held whole: 145 MB for
  // 20,000 articles); the Markdown report is a fraction of that.
  const body: Iterable<string> =
    args.format === 'json'
      ? batched(withNewline(jsonChunks(analysis)))
      : [renderMarkdownReport(analysis, `Crosscheck report: ${path.basename(folder)}`) + '\n'];
  if (args.out) {
    const out = path.resolve(args.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await writeFileAtomic(out, body);
  } else {
    for (const piece of body) await writeStdout(piece);
  }
  return 0;
}

/**
 * The per-article budget (common/budget.ts) in CPU time of this process, not wall time: a machine
 * busy with other work gives the same results as a quiet one unless an article really costs more.
 * Read from the system now and then (cpuClock.ts: a reading costs as much as a small pass).
 */
function budgetPolicy(seconds: number): BudgetPolicy | undefined {
  if (seconds === 0) return undefined;
  return { msPerMB: seconds * 1000, minMs: seconds * 1000, clock: sampledCpuClock() };
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** Writes to stdout, waiting while its buffer is full (a pipe read slowly). */
function writeStdout(text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev'}\n`);
      return 0;
    }
    if (args.command === 'anchors') return await runAnchors(args.argv);
    if (args.command === 'export') return await runExport(args.argv);
    return await analyze(args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosscheck: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`crosscheck: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

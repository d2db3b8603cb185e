/**
 * V8 tuning for a command-line run, set before the analysis is loaded (tuneV8.ts applies it, and is
 * imported first by main.ts; `v8.setFlagsFromString` works on any platform Node runs on, so `node
 * dist/cli.js`, `npx crosscheck` and the npm shims all get it).
 *
 * A cold run over a folder spends a third of its time in V8's optimising compiler: the analysis's
 * functions become "hot" after a few articles, are compiled with the type feedback of those few,
 * then meet a case those articles did not have, are deoptimised and compiled again — hundreds of
 * compilations, half of them repeats. Letting each function run eight times longer in the
 * interpreter and baseline code before it is optimised (the interrupt budget, 66 KB of bytecode by
 * default) gives the compiler fuller feedback: fewer compilations and deoptimisations for the same
 * work. On the BBC corpus (2,095 articles, one core) the CLI's CPU time went from 4.7 to 4.1 s; larger
 * folders amortise the later start.
 *
 * Not for the extension: its host is shared with other extensions, and flags are process-wide.
 *
 * Only for the V8 it was measured on (V8 11, Node 20). Later V8s tier up by invocation counts
 * (Maglev) and no longer know `--interrupt-budget`: setting an unknown flag prints "unrecognized
 * flag" on stderr at every run, so there the CLI sets nothing until a flag is measured there.
 */
/** The flags for a V8 of this major version (none where nothing was measured). */
export function cliV8Flags(v8Version: string = process.versions.v8): string[] {
  const major = Number.parseInt(v8Version, 10);
  return major === 11 ? ['--interrupt-budget=540672'] : [];
}

/** Text (characters) from which a run favours memory over speed (about four times the BBC corpus). */
export const LARGE_INPUT_CHARS = 16_000_000;

/**
 * The flags for the folder about to be analysed, once its articles are read. A large folder's
 * analysis holds a gigabyte or more, and V8 lets the heap grow far past what is alive before it
 * collects: the 10x corpus (43 M characters, 20,950 articles) peaked at 1.55-2.2 GB, with 1.2 GB
 * alive. A heap that grows by 60% at most after each full collection keeps it at 1.24 GB
 * (`--heap-growing-percent`, read at every collection) for about the same time; on the BBC corpus
 * it would cost a quarter of a second for no memory worth having, so smaller folders keep V8's
 * default. The flag is known to V8 11 and 13 (Node 20 to 24).
 */
export function inputV8Flags(chars: number, v8Version: string = process.versions.v8): string[] {
  const major = Number.parseInt(v8Version, 10);
  return chars >= LARGE_INPUT_CHARS && major >= 11 && major <= 13 ? ['--heap-growing-percent=60'] : [];
}

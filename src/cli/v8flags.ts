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

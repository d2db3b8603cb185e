/**
 * The command line's one argument parser: `<folder>` and options, each `--name value`,
 * `--name=value` or a flag. Every command (analyze, anchors, export) reads its arguments through it,
 * so that they agree on what a value is, what an unknown option says and how many folders they take.
 */

/** Bad usage: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  /** Options that take a value, by name (`--format`); the handler may throw UsageError. */
  readonly values?: Readonly<Record<string, (value: string, name: string) => void>>;
  /** Options without a value, by every name they go by (`--quiet`, `-q`). */
  readonly flags?: Readonly<Record<string, () => void>>;
}

/** Reads `argv` for `command` (named in messages), calling the handlers; returns its one folder. */
export function parseCommandLine(command: string, argv: readonly string[], spec: OptionSpec): string {
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq === -1 ? a : a.slice(0, eq);
    const takes = spec.values?.[name];
    if (takes) {
      let v: string | undefined;
      if (eq !== -1) v = a.slice(eq + 1);
      else {
        v = argv[++i];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      }
      takes(v, name);
    } else if (eq === -1 && spec.flags?.[a]) spec.flags[a]!();
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}' for ${command}`);
    else positional.push(a);
  }
  if (positional.length === 0) throw new UsageError(`${command} needs a folder: crosscheck ${command} <folder>`);
  if (positional.length > 1) throw new UsageError(`${command} takes one folder, got ${positional.length}: ${positional.join(' ')}`);
  return positional[0]!;
}

/** A `--format` handler: one of `formats` (`md` is `markdown`). */
export function formatOption(command: string, formats: readonly string[], set: (format: string) => void): (value: string) => void {
  return (f) => {
    const norm = f === 'md' ? 'markdown' : f;
    if (!formats.includes(norm)) throw new UsageError(`unknown format '${f}' for ${command} (use ${formats.join(', ')})`);
    set(norm);
  };
}

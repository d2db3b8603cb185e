import assert from 'node:assert/strict';
import { formatOption, parseCommandLine, UsageError } from '../../src/cli/args';

describe('the command line’s one argument parser', () => {
  const parse = (argv: string[]) => {
    const seen: Record<string, string | boolean> = {};
    const folder = parseCommandLine('demo', argv, {
      values: { '--format': formatOption('demo', ['json', 'markdown'], (f) => (seen.format = f)), '--out': (v) => (seen.out = v) },
      flags: { '--quiet': () => (seen.quiet = true), '-q': () => (seen.quiet = true) },
    });
    return { folder, ...seen };
  };

  it('reads a folder, values given as "--name value" or "--name=value", and flags under each of their names', () => {
    assert.deepEqual(parse(['dir', '--format', 'md', '--out=a=b.md', '-q']), { folder: 'dir', format: 'markdown', out: 'a=b.md', quiet: true });
    assert.deepEqual(parse(['--quiet', 'dir']), { folder: 'dir', quiet: true });
  });

  it('says what is wrong, naming the command: a missing value, an unknown option or format, no folder or two', () => {
    const bad: [string[], RegExp][] = [
      [['dir', '--out'], /^--out needs a value$/],
      [['dir', '--out', '--quiet'], /^--out needs a value$/],
      [['dir', '--bogus'], /^unknown option '--bogus' for demo$/],
      [['dir', '--quiet=yes'], /^unknown option '--quiet=yes' for demo$/],
      [['dir', '--format', 'xml'], /^unknown format 'xml' for demo \(use json, markdown\)$/],
      [[], /^demo needs a folder/],
      [['a', 'b'], /^demo takes one folder, got 2: a b$/],
    ];
    for (const [argv, message] of bad) assert.throws(() => parse(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  });
});

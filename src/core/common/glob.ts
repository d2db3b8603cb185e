/**
 * Glob patterns as VS Code settings write them: `**` (any folders), `*` and `?` (within one path
 * segment), `{a,b}` alternatives and `[abc]` classes. Matched against '/'-separated relative paths.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** A compiled include/exclude pair; `matches(path)` for '/'-separated paths relative to the root. */
export class PathFilter {
  private readonly include: RegExp;
  private readonly exclude: RegExp | undefined;

  constructor(include: string, exclude?: string) {
    this.include = globToRegExp(include);
    this.exclude = exclude ? globToRegExp(exclude) : undefined;
  }

  matches(relativePath: string): boolean {
    return this.include.test(relativePath) && !this.exclude?.test(relativePath);
  }
}

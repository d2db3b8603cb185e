/**
 * Articles and sidecars that were renamed or moved: which paths moved where, and the `source`
 * fields of a sidecar that must follow (the article's own file name, and the paths of the claim's
 * appearances, relative to the article's folder). Pure; the store applies it (AnnotationStore.moved)
 * and the editor decides what to move (onWillRenameFiles).
 */
import { relativeSource, resolveSource } from './model';
import { articlePathForSidecar, type SidecarLayout } from './paths';

/** Where `path` is after `from` was moved to `to` (a file, or a folder and everything under it); undefined when it did not move. */
export function movedPath(path: string, from: string, to: string): string | undefined {
  if (path === from) return to;
  return path.startsWith(`${from}/`) ? `${to}${path.slice(from.length)}` : undefined;
}

/**
 * The move of articles that a move of sidecars stands for: a sidecar renamed → its article
 * renamed; a folder of the mirror renamed → the same folder of articles. (A folder that holds
 * sidecars next to their articles moves the articles itself.) Undefined when it stands for none.
 */
export function articleMoveOf(from: string, to: string, layout: SidecarLayout): { from: string; to: string } | undefined {
  const a = articlePathForSidecar(from, layout);
  const b = articlePathForSidecar(to, layout);
  if (a !== undefined && b !== undefined) return { from: a, to: b };
  if (layout.kind !== 'mirror') return undefined;
  const m = `${layout.folder}/`;
  return from.startsWith(m) && to.startsWith(m) ? { from: from.slice(m.length), to: to.slice(m.length) } : undefined;
}

/** A URL or an absolute path (or nothing): not an article of the folder, never rewritten. */
export function isExternalSource(source: string): boolean {
  return source === '' || source.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(source);
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * How each `source` of a sidecar changes when its article moves from `oldHome` to `newHome` (the
 * same path when only other articles moved) and the articles `moved` maps (folder-relative paths;
 * undefined: not moved). A source that names the article itself becomes its new file name; one
 * that names another article becomes that article's path (moved or not) relative to the new
 * folder. Returns the new value, or undefined to keep it. URLs and absolute paths are kept.
 */
export function sourceFixer(oldHome: string, newHome: string, moved: (path: string) => string | undefined): (source: string) => string | undefined {
  const sameFolder = folderOf(oldHome) === folderOf(newHome);
  return (source) => {
    if (isExternalSource(source)) return undefined;
    const resolved = resolveSource(oldHome, source);
    const target = resolved === oldHome ? newHome : (moved(resolved) ?? resolved);
    if (target === resolved && sameFolder) return undefined;
    const next = relativeSource(newHome, target);
    return next === source ? undefined : next;
  };
}

/** A copy of a parsed sidecar with every `source` member (at any depth) changed by `fix`; the same object when none changes. */
export function withSources<T>(value: T, fix: (source: string) => string | undefined): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((x, i) => x !== v[i]) ? out : v;
    }
    if (v === null || typeof v !== 'object') return v;
    let copy: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v)) {
      const next = k === 'source' && typeof x === 'string' ? (fix(x) ?? x) : walk(x);
      if (next !== x) (copy ??= { ...(v as Record<string, unknown>) })[k] = next;
    }
    return copy ?? v;
  };
  return walk(value) as T;
}

/** Whether the string literal ending at `end` is a member name (a colon follows, after blanks). */
function isKey(json: string, end: number): boolean {
  let i = end;
  while (i < json.length && (json[i] === ' ' || json[i] === '\n' || json[i] === '\r' || json[i] === '\t')) i++;
  return json[i] === ':';
}

/**
 * The JSON text with every `source` member's string value changed by `fix` (at any depth), and
 * every other character as it was: the sidecar's formatting, key order, escapes and unknown
 * fields are untouched (the same result as withSources on the parsed value). The text must be
 * valid JSON.
 */
export function rewriteSources(json: string, fix: (source: string) => string | undefined): string {
  let out = '';
  let copied = 0;
  let keyEnd = -1; // just after a "source" key
  const strings = /"(?:[^"\\]|\\.)*"/g;
  for (let m = strings.exec(json); m; m = strings.exec(json)) {
    const literal = m[0];
    const end = m.index + literal.length;
    if (keyEnd >= 0 && /^\s*:\s*$/.test(json.slice(keyEnd, m.index))) {
      const next = fix(JSON.parse(literal) as string);
      if (next !== undefined) {
        out += json.slice(copied, m.index) + JSON.stringify(next);
        copied = end;
      }
      keyEnd = -1;
      continue;
    }
    keyEnd = isKey(json, end) && JSON.parse(literal) === 'source' ? end : -1;
  }
  return copied === 0 ? json : out + json.slice(copied);
}

/**
 * `JSON.stringify(value, null, 2)` in pieces, for output too large to hold twice: the top levels of
 * objects and arrays are written member by member, and deeper values are stringified one at a time.
 * Joined, the pieces are byte-for-byte what `JSON.stringify(value, null, 2)` gives (for JSON data:
 * plain objects, arrays, strings, finite numbers, booleans and null; members whose value is
 * undefined or a function are left out, and such array elements are null, as there).
 *
 * The analysis of a folder of 20,000 articles is a 145 MB JSON text: built whole, then encoded,
 * it added half a gigabyte to the command line's peak memory.
 */
export function* jsonChunks(value: unknown, levels = 2, depth = 0): Generator<string> {
  const pad = '  '.repeat(depth);
  if (levels > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    if (Array.isArray(value)) {
      if (value.length === 0) return yield '[]';
      yield '[\n';
      for (let i = 0; i < value.length; i++) {
        yield `${pad}  `;
        const v: unknown = value[i];
        if (omitted(v)) yield 'null';
        else yield* jsonChunks(v, levels - 1, depth + 1);
        yield i < value.length - 1 ? ',\n' : '\n';
      }
      return yield `${pad}]`;
    }
    const keys = Object.keys(value).filter((k) => !omitted((value as Record<string, unknown>)[k]));
    if (keys.length === 0) return yield '{}';
    yield '{\n';
    for (let i = 0; i < keys.length; i++) {
      yield `${pad}  ${JSON.stringify(keys[i])}: `;
      yield* jsonChunks((value as Record<string, unknown>)[keys[i]!], levels - 1, depth + 1);
      yield i < keys.length - 1 ? ',\n' : '\n';
    }
    return yield `${pad}}`;
  }
  yield depth ? indented(value, depth) : JSON.stringify(value, null, 2);
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented `depth` levels more: the
 * value stringified inside `depth` arrays, which indent it so, and the arrays' brackets cut off (a
 * slice, not a copy; where replacing each newline copied every document's JSON once more).
 */
function indented(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  // Opening: '[\n' and the next level's indentation, per level; closing: '\n', the indentation and ']'.
  const head = depth * (depth + 3);
  const tail = depth * (depth + 1);
  return s.slice(head, s.length - tail);
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** Pieces joined into batches of about `size` characters (fewer, larger writes). */
export function* batched(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    parts.push(p);
    length += p.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length) yield parts.join('');
}

/**
 * `a.map(f)` for the analysis's hot paths, as a loop that pushes into a new array.
 *
 * V8 builds `Array.prototype.map`'s result in two ways: the built-in makes a packed array, but
 * TurboFan, once it inlines a `map` into an optimised caller, allocates it holey (with the
 * length up front). The same function then returns arrays of two shapes depending on whether it has
 * been optimised yet, and every optimised consumer that had only seen the packed ones deoptimises
 * ("wrong map") and is compiled again — on the cold BBC run, a quarter of those deoptimisations
 * came from `map`. A pushed-into array is packed either way.
 */
export function mapArray<T, U>(a: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i]!, i));
  return out;
}

/**
 * `s.split(sep)` for a non-empty separator, as a packed array every time: V8 caches `split`'s results
 * for some strings and hands the cached ones back holey (copy-on-write), so the same call can
 * return arrays of two shapes.
 */
export function splitOn(s: string, sep: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const j = s.indexOf(sep, i);
    if (j === -1) {
      out.push(s.slice(i));
      return out;
    }
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
}

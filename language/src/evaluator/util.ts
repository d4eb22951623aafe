// Small guards shared by every language file the runtime bundles, so the bundle holds one copy of each. The aliases of
// Object.keys/assign and Array.isArray minify to one letter at each of their ~40 call sites (about 400 bytes).
export const isArr = Array.isArray;
export const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !isArr(v);
export const isFn = (v: unknown): v is Function => typeof v === 'function';
export const isStr = (v: unknown): v is string => typeof v === 'string';
/** A value usable as an object key or array index by the language ($lookup, $in, scene codes). */
export const isKey = (v: unknown): v is string | number => isStr(v) || typeof v === 'number';
export const isNumOrBool = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
export const keysOf = Object.keys;
export const assign = Object.assign;
export const own = (o: object, k: PropertyKey): boolean => ({}).hasOwnProperty.call(o, k);
/** undefined, null and '' count as "no value" for sources, $coalesce and `default`. */
export const empty = (v: unknown): boolean => v === undefined || v === null || v === '';
export const list = <T>(v: unknown): T[] => (isArr(v) ? v : []);
/** make(key), computed once per key: a config holds a bounded set of paths, templates and patterns, while a page's
 * rules run again on every trigger. */
export function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  if (!cache.has(key)) cache.set(key, make(key));
  return cache.get(key) as T;
}
/** f's result, or undefined when it throws: the runtime must never throw into the host app. */
export function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
// read as own members only (a `$match` pattern `__proto__` is rebuilt on each call, still right)
const regexes: Record<string, RegExp | undefined> = {};
/** The RegExp of a source, built once per source; undefined when the platform's engine cannot build it. */
export const rx = (src: string): RegExp | undefined =>
  own(regexes, src) ? regexes[src] : (regexes[src] = attempt(() => new RegExp(src)));

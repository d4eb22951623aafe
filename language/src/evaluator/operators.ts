import type { Scope } from './evaluator-types';
import { FILTERS, clean, toNum } from './filters';
import { readPath, type PathSegments } from './read-path';
import { assign, empty, isArr, isKey, isObj, isStr, own, rx } from './util';

/** Evaluates a sub-expression one level deeper, in the operator's scope or in `scope` when given. */
export type SubEval = (expr: unknown, scope?: Scope) => unknown;

/** Truthiness of `when`, `$if`, `$and`…: JavaScript's, except that an empty array is false. */
export const truthy = (v: unknown): boolean => (isArr(v) ? v.length > 0 : !!v);

/** Equality used by `$eq`, `$in`, `$find`: a number equals its decimal string ("123" == 123). */
export function looseEqual(a: unknown, b: unknown): boolean {
  const t = typeof a + typeof b;
  return a === b || ((t === 'numberstring' || t === 'stringnumber') && String(a) === String(b));
}

/** Text of a value inside a template or $concat: '' for nothing, JSON for objects. */
export const text = (v: unknown): string =>
  v == null ? '' : typeof v === 'object' ? String(FILTERS.json(v, 0)) : String(v);

type Op = (a: unknown, e: SubEval, s: Scope) => unknown;

// Arguments arrive in precompileExpr's form: lists in a fixed order, so no member names and no shape checks here.
type Args = unknown[];
const all = (a: unknown, e: SubEval) => (a as Args).map((x) => e(x));

/** An operator over the values of its argument array, e.g. `{"$eq": [x, y]}` → f(x, y). */
const values =
  (f: (l: unknown, r: unknown) => unknown): Op =>
  (a, e) => {
    const v = all(a, e);
    return f(v[0], v[1]);
  };

/** Sign of l − r for two numbers (numeric strings included) or two strings; NaN when they do not compare. */
function order(l: unknown, r: unknown): number {
  const x = toNum(l);
  const y = toNum(r);
  return x !== undefined && y !== undefined ? x - y : isStr(l) && isStr(r) ? (l < r ? -1 : l > r ? 1 : 0) : NaN;
}

/** Runs `fn` per element with `item` and `index` bound; undefined when `v` is no array. */
function each<T>(v: unknown, s: Scope, fn: (sc: Scope) => T): T[] | undefined {
  return isArr(v) ? v.map((item, index) => fn(assign({}, s, { item, index }))) : undefined;
}

// [in, [[path segments, expression], …]]
function where(a: unknown, e: SubEval, s: Scope, first?: boolean): unknown {
  const [from, pairs] = a as [unknown, [PathSegments, unknown][]];
  // compared values are read once, outside the items, so `item` in them is still the outer item
  const want = pairs.map(([k, y]) => [k, e(y)] as const);
  const v = e(from);
  const hits = isArr(v) ? v.filter((x) => want.every(([k, y]) => looseEqual(readPath(s, k, x), y))) : undefined;
  return first && hits ? hits[0] : hits;
}

/**
 * Arithmetic over numbers (numeric strings included): undefined when an operand is no number or the result is not
 * finite (a division by 0). Each result drops binary noise (clean: 15 significant digits), so amounts in yuan stay
 * exact to the fen up to 10^12 yuan: 0.1 + 0.2 is 0.3, 19.9 × 3 is 59.7.
 */
const calc =
  (f: (x: number, y: number) => number): Op =>
  (a, e) => {
    const ns = all(a, e).map(toNum);
    // the validator asks for two operands at least; toNum leaves out Infinity and NaN
    return ns.indexOf(undefined) < 0 ? toNum(clean((ns as number[]).reduce(f))) : undefined;
  };

/**
 * The operators of config-types.ts Operator, keyed without their `$`, over arguments in precompileExpr's form
 * (`$ref` holds path segments and a template placeholder's filters). None throws.
 */
export const OPS: Record<string, Op> = {
  // [path segments, ...[filter, argument?]]: a template's placeholder, or a `$ref` (no filters)
  ref: (a, e, s) => {
    const [path, ...filters] = a as [PathSegments, ...[string, unknown][]];
    return filters.reduce((v: unknown, [n, x]) => (own(FILTERS, n) ? FILTERS[n](v, x) : undefined), readPath(s, path));
  },
  // [value, path segments]: a member of any value, e.g. of a `$find` result
  get: (a, e, s) => readPath(s, (a as Args)[1] as PathSegments, e((a as Args)[0])),
  const: (a) => a,
  coalesce: (a, e) => {
    for (const x of a as Args) {
      const v = e(x);
      if (!empty(v)) return v;
    }
    return undefined;
  },
  // arrays concatenate when the first value that is there (not undefined or null) is an array, so a missing list
  // on either side gives the other; anything else joins as text
  concat: (a, e) => {
    const vs = all(a, e);
    const there = vs.filter((v) => v != null);
    return isArr(there[0]) ? ([] as unknown[]).concat(...there) : vs.map(text).join('');
  },
  // [cond, then, else]
  if: (a, e) => e(truthy(e((a as Args)[0])) ? (a as Args)[1] : (a as Args)[2]),
  // [from, to]
  map: (a, e, s) => each(e((a as Args)[0]), s, (sc) => e((a as Args)[1], sc)),
  find: (a, e, s) => where(a, e, s, true),
  filter: (a, e, s) => where(a, e, s),
  add: calc((x, y) => x + y),
  sub: calc((x, y) => x - y),
  mul: calc((x, y) => x * y),
  div: calc((x, y) => x / y),
  // [in, of?]
  sum: (a, e, s) => {
    const [from, of] = a as Args;
    const vs = each(e(from), s, (sc) => toNum((a as Args).length < 2 ? sc.item : e(of, sc)) || 0);
    return vs && clean(vs.reduce((x, y) => x + y, 0));
  },
  // [value, table, default]
  lookup: (a, e) => {
    const [value, table, dflt] = a as [unknown, Record<string, unknown>, unknown];
    const k = e(value);
    return isKey(k) && own(table, k) ? table[k] : e(dflt);
  },
  eq: values(looseEqual),
  ne: values((l, r) => !looseEqual(l, r)),
  // NaN (no order) makes every comparison false
  gt: values((l, r) => order(l, r) > 0),
  gte: values((l, r) => order(l, r) >= 0),
  lt: values((l, r) => order(l, r) < 0),
  lte: values((l, r) => order(l, r) <= 0),
  // in an array (loosely equal), a substring of a string, or a key of an object
  in: values((v, l) =>
    isArr(l)
      ? l.some((x) => looseEqual(x, v))
      : isKey(v) && (isStr(l) ? l.indexOf(String(v)) >= 0 : isObj(l) && own(l, v)),
  ),
  // [value, pattern]
  match: (a, e) => {
    const [x, src] = a as Args;
    const v = e(x);
    if (!isStr(src) || !isKey(v)) return false;
    const re = rx(src);
    return !!re && re.test(String(v));
  },
  exists: (a, e) => {
    return e(a) != null;
  },
  and: (a, e) => (a as Args).every((x) => truthy(e(x))),
  or: (a, e) => (a as Args).some((x) => truthy(e(x))),
  not: (a, e) => !truthy(e(a)),
};

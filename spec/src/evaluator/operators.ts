import type { Scope } from './evaluator-types';
import { FILTERS, clean, toNum } from './filters';
import { resolvePath } from './resolve-path';
import { empty, isArr, isObj, list, own } from './util';

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
export const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? String(FILTERS.json(v, 0)) : String(v));

const obj = (a: unknown) => (isObj(a) ? a : {});
const key = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** Runs `fn` per element with `item` and `index` bound; undefined when `v` is no array. */
function each<T>(v: unknown, s: Scope, fn: (sc: Scope) => T): T[] | undefined {
  return isArr(v) ? v.map((item, index) => fn(Object.assign({}, s, { item, index }))) : undefined;
}

function where(a: unknown, e: SubEval, first: boolean): unknown {
  const o = obj(a);
  const w = obj(o.where);
  // compared values are read once, outside the items, so `item` in them is still the outer item
  const want = Object.keys(w).map((k) => [k, e(w[k])] as const);
  const v = e(o.in);
  const hits = isArr(v) ? v.filter((x) => want.every(([k, y]) => looseEqual(resolvePath(x, k), y))) : undefined;
  return first && hits ? hits[0] : hits;
}

const cmp =
  (ok: (c: number) => boolean) =>
  (a: unknown, e: SubEval): boolean => {
    const [l, r] = list(a).map((x) => e(x));
    const x = toNum(l);
    const y = toNum(r);
    return x !== undefined && y !== undefined
      ? ok(x - y)
      : typeof l === 'string' && typeof r === 'string' && ok(l < r ? -1 : l > r ? 1 : 0);
  };

const regexes = new Map<string, RegExp | null>();

/** The operators of config-types.ts Operator, keyed without their `$`. None throws. */
export const OPS: Record<string, (a: unknown, e: SubEval, s: Scope) => unknown> = {
  ref: (a, e, s) => (typeof a === 'string' ? resolvePath(s, a) : undefined),
  const: (a) => a,
  coalesce: (a, e) => {
    for (const x of list(a)) {
      const v = e(x);
      if (!empty(v)) return v;
    }
    return undefined;
  },
  // arrays concatenate when the first value is an array; anything else joins as text
  concat: (a, e) => {
    const vs = list(a).map((x) => e(x));
    return isArr(vs[0]) ? ([] as unknown[]).concat(...vs.filter((v) => v !== undefined)) : vs.map(text).join('');
  },
  if: (a, e) => {
    const o = obj(a);
    return e(truthy(e(o.cond)) ? o.then : o.else);
  },
  map: (a, e, s) => each(e(obj(a).from), s, (sc) => e(obj(a).to, sc)),
  find: (a, e) => where(a, e, true),
  filter: (a, e) => where(a, e, false),
  sum: (a, e, s) => {
    const o = obj(a);
    const vs = each(e(o.in), s, (sc) => toNum(o.of === undefined ? sc.item : e(o.of, sc)) || 0);
    return vs && clean(vs.reduce((x, y) => x + y, 0));
  },
  lookup: (a, e) => {
    const o = obj(a);
    const k = e(o.value);
    const t = obj(o.table);
    return key(k) && own(t, k) ? t[k] : e(o.default);
  },
  eq: (a, e) => looseEqual(e(list(a)[0]), e(list(a)[1])),
  ne: (a, e) => !looseEqual(e(list(a)[0]), e(list(a)[1])),
  gt: cmp((c) => c > 0),
  gte: cmp((c) => c >= 0),
  lt: cmp((c) => c < 0),
  lte: cmp((c) => c <= 0),
  // in an array (loosely equal), a substring of a string, or a key of an object
  in: (a, e) => {
    const v = e(list(a)[0]);
    const l = e(list(a)[1]);
    return isArr(l) ? l.some((x) => looseEqual(x, v)) : key(v) && (typeof l === 'string' ? l.indexOf(String(v)) >= 0 : isObj(l) && own(l, v));
  },
  match: (a, e) => {
    const v = e(list(a)[0]);
    const src = list(a)[1];
    if (typeof src !== 'string' || !key(v)) return false;
    let re = regexes.get(src);
    if (re === undefined) {
      try {
        re = new RegExp(src);
      } catch {
        re = null;
      }
      regexes.set(src, re);
    }
    return !!re && re.test(String(v));
  },
  exists: (a, e) => {
    const v = e(a);
    return v !== undefined && v !== null;
  },
  and: (a, e) => list(a).every((x) => truthy(e(x))),
  or: (a, e) => list(a).some((x) => truthy(e(x))),
  not: (a, e) => !truthy(e(a)),
};

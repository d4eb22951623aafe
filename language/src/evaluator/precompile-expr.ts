import { FILTERS } from './filters';
import { OPS } from './operators';
import { parsePath } from './parse-path';
import { MAX_DEPTH, UNKNOWN, WITH_ARG } from './run-expr';
import { scanTemplate } from './scan-template';
import { isArr, isNumOrBool, isObj, isStr, keysOf, own } from './util';

type Obj = Record<string, unknown>;

// An own member even when the key is `__proto__` (JSON.parse makes it an own key; `o[k] = v` would set the prototype).
const put = (o: Obj, k: string, v: unknown): Obj =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
// a sub-expression in a fixed position: one that is not there evaluates to undefined, and so does UNKNOWN (JSON
// has no undefined, and a null there would evaluate to null)
const at = (y: unknown, d: number) => (y === undefined ? UNKNOWN : pre(y, d + 1));
const each = (a: unknown, d: number) => (isArr(a) ? a.map((y) => pre(y, d + 1)) : []);

/**
 * An expression of the config language (config-types.ts Expr) in the form runExpr evaluates, built on the server
 * once per published version so the mini-program carries no template scanner or path parser:
 * - a string with `{{` becomes operators: a placeholder `{"$ref": [path segments, ...[filter, arg?]]}`, and text
 *   with placeholders `{"$concat": ["", part, …]}` (the leading "" keeps an array value from concatenating);
 * - a path (`$ref`, `$get`'s second item, the keys of `$find`/`$filter` `where`) becomes its segments (null when
 *   malformed; a computed key `[path]` becomes that path's segments);
 * - what evaluates to undefined whatever the scope (a malformed template, an unknown `$` key, nesting deeper than
 *   runExpr goes) becomes `{"$": 0}`;
 * - an operator's argument becomes a list in a fixed order (`$if` → `[cond, then, else]`, `$lookup` →
 *   `[value, table, default]`, `$find` → `[in, [[path segments, value], …]]`…), and a filter used as an operator
 *   gets `[value, argument?]` (`{"$upper": x}` → `{"$upper": [x]}`);
 * - literals (`$const`, `$lookup` table, `$match` pattern) stay as written.
 * Every other string is literal text in the result. Evaluating the result gives exactly what the expression gives.
 * The result is JSON (no undefined inside). Never throws on JSON input.
 */
export function precompileExpr(expr: unknown): unknown {
  return pre(expr, 0);
}

function pre(x: unknown, d: number): unknown {
  if (d > MAX_DEPTH) return UNKNOWN;
  if (isStr(x)) return x.indexOf('{{') < 0 ? x : template(x);
  if (isArr(x)) return x.map((y) => pre(y, d + 1));
  if (!isObj(x)) return isNumOrBool(x) || x === null ? x : undefined;
  const keys = keysOf(x);
  if (keys.length === 1 && keys[0].charAt(0) === '$') {
    const n = keys[0].slice(1);
    return own(OPS, n) || own(FILTERS, n) ? put({}, keys[0], op(n, x[keys[0]], d)) : UNKNOWN;
  }
  const out: Obj = {};
  for (const k of keys) {
    const v = pre(x[k], d + 1);
    if (v !== undefined) put(out, k, v);
  }
  return out;
}

// The argument of `$n` in its precompiled form, always a list in a fixed order (operators.ts reads positions, not
// member names): sub-expressions one level deeper, exactly where runExpr evaluates them.
function op(n: string, a: unknown, d: number): unknown {
  const o: Obj = isObj(a) ? a : {};
  switch (n) {
    case 'ref':
      return [isStr(a) ? parsePath(a) : null];
    case 'const':
      return a;
    case 'if':
      return [at(o.cond, d), at(o.then, d), at(o.else, d)];
    case 'map':
      return [at(o.from, d), at(o.to, d)];
    case 'sum':
      // without `of` the items themselves are summed: the list is one shorter
      return o.of === undefined ? [at(o.in, d)] : [at(o.in, d), at(o.of, d)];
    case 'lookup':
      return [at(o.value, d), isObj(o.table) ? o.table : {}, at(o.default, d)];
    case 'find':
    case 'filter': {
      const w = isObj(o.where) ? o.where : {};
      return [at(o.in, d), keysOf(w).map((k) => [parsePath(k), pre(w[k], d + 1)])];
    }
    case 'get':
      return isArr(a) ? [at(a[0], d), isStr(a[1]) ? parsePath(a[1]) : null] : [UNKNOWN, null];
    case 'match':
      return isArr(a) ? [at(a[0], d), isStr(a[1]) ? a[1] : null] : [UNKNOWN, null];
    case 'exists':
    case 'not':
      return pre(a, d + 1);
  }
  // the filters as operators: always `[value, argument?]`, so the runtime needs no list of the filters taking one
  if (own(FILTERS, n)) return WITH_ARG.indexOf(n) >= 0 && isArr(a) ? each(a, d).slice(0, 2) : [pre(a, d + 1)];
  // operators over the values of an argument array: coalesce, concat, and, or, eq, ne, gt(e), lt(e), in, add, sub,
  // mul, div
  return each(a, d);
}

function template(text: string): unknown {
  const scanned = scanTemplate(text);
  if (!isArr(scanned)) return UNKNOWN;
  // filters without an argument stay `[name]`: JSON would turn a missing argument into null, which `default` returns
  const parts = scanned.map((p) =>
    isStr(p) ? p : { $ref: [parsePath(p[0]), ...p[1].map(([name, args]) => (args.length ? [name, args[0]] : [name]))] },
  );
  // a lone placeholder gives its value as it is; text with placeholders is always text
  return parts.length === 1 && !isStr(parts[0]) ? parts[0] : { $concat: [''].concat(parts as never[]) };
}

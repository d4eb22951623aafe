import type { Scope } from './evaluator-types';
import { FILTERS } from './filters';
import { OPS, text } from './operators';
import { resolvePath } from './resolve-path';
import { scanTemplate, type ScannedPart } from './scan-template';
import { attempt, isArr, isNumOrBool, isObj, isStr, keysOf, memo, own } from './util';

export { truthy, looseEqual } from './operators';
export { resolvePath } from './resolve-path';

const templates = new Map<string, ScannedPart[] | number>();

// Deeper nesting than this is not a config anyone writes; stopping keeps a hostile document off the stack limit.
const MAX_DEPTH = 64;

// Filters whose operator form `{"$round": [expr, 2]}` carries an argument after the value.
const WITH_ARG = ['default', 'round', 'split', 'join'];

/** Evaluates an expression of the config language (config-types.ts Expr). Never throws: failures yield undefined. */
export function evaluate(expr: unknown, scope: Scope): unknown {
  return attempt(() => ev(expr, scope, 0));
}

const isOp = (keys: string[]) => keys.length === 1 && keys[0].charAt(0) === '$';

function ev(x: unknown, s: Scope, d: number): unknown {
  if (d > MAX_DEPTH) return undefined;
  if (isStr(x)) return x.indexOf('{{') < 0 ? x : template(x, s);
  if (isArr(x)) return x.map((y) => ev(y, s, d + 1));
  if (!isObj(x)) return isNumOrBool(x) || x === null ? x : undefined;
  const keys = keysOf(x);
  if (isOp(keys)) {
    const n = keys[0].slice(1);
    const a = x[keys[0]];
    const e = (y: unknown, sc?: Scope) => ev(y, sc || s, d + 1);
    if (own(OPS, n)) return OPS[n](a, e, s);
    if (!own(FILTERS, n)) return undefined;
    return WITH_ARG.indexOf(n) >= 0 && isArr(a) ? FILTERS[n](e(a[0]), e(a[1])) : FILTERS[n](e(a), undefined);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = ev(x[k], s, d + 1);
    // a nested mapping that produced nothing is left out like an undefined value
    const hollow = isObj(x[k]) && !isOp(keysOf(x[k] as object)) && isObj(v) && !keysOf(v).length;
    if (v !== undefined && !hollow) out[k] = v;
  }
  return out;
}

function template(t: string, s: Scope): unknown {
  const p = memo(templates, t, scanTemplate);
  if (!isArr(p)) return undefined;
  const vals = p.map((part) => {
    if (isStr(part)) return part;
    let v = resolvePath(s, part[0]);
    for (const [name, args] of part[1]) v = own(FILTERS, name) ? FILTERS[name](v, args[0]) : undefined;
    return v;
  });
  return vals.length === 1 && !isStr(p[0]) ? vals[0] : vals.map(text).join('');
}

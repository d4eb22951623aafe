import type { Scope } from './evaluator-types';
import { FILTERS } from './filters';
import { OPS } from './operators';
import { attempt, isArr, isObj, keysOf, own } from './util';

// Deeper nesting than this is not a config anyone writes; stopping keeps a hostile document off the stack limit.
// precompileExpr cuts the config there; its `$concat` of a template's parts adds one level below, hence + 1 here.
export const MAX_DEPTH = 64;

/** Filters whose operator form `{"$round": [expr, 2]}` carries an argument after the value (precompileExpr). */
export const WITH_ARG = ['default', 'round', 'split', 'join'];

/** What precompileExpr writes for an expression that yields undefined whatever the scope. */
export const UNKNOWN = { $: 0 };

const isOp = (keys: string[]) => keys.length === 1 && keys[0].charAt(0) === '$';

/**
 * Evaluates an expression precompiled by precompileExpr (the runtime's form of config-types.ts Expr: strings are
 * literal, templates are written with `$ref` and `$concat`, paths are segments). Never throws: failures yield
 * undefined.
 */
export function runExpr(expr: unknown, scope: Scope): unknown {
  return attempt(() => ev(expr, scope, 0));
}

function ev(x: unknown, s: Scope, d: number): unknown {
  if (d > MAX_DEPTH + 1) return undefined;
  if (isArr(x)) return x.map((y) => ev(y, s, d + 1));
  // precompileExpr left only JSON scalars here, and strings are literal text
  if (!isObj(x)) return x;
  const keys = keysOf(x);
  if (isOp(keys)) {
    const n = keys[0].slice(1);
    const a = x[keys[0]];
    const e = (y: unknown, sc?: Scope) => ev(y, sc || s, d + 1);
    if (own(OPS, n)) return OPS[n](a, e, s);
    // precompileExpr gives a filter `[value, argument?]`
    return own(FILTERS, n) ? FILTERS[n](e((a as unknown[])[0]), e((a as unknown[])[1])) : undefined;
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

import type { Scope } from './evaluator-types';
import { FILTERS } from './filters';
import { OPS, text } from './operators';
import { readPath, type PathSegments } from './read-path';
import { attempt, isArr, isObj, isStr, keysOf, own } from './util';

// Deeper nesting than this is not a config anyone writes; stopping keeps a hostile document off the stack limit.
export const MAX_DEPTH = 64;

/** Filters whose operator form `{"$round": [expr, 2]}` carries an argument after the value. */
export const WITH_ARG = ['default', 'round', 'split', 'join'];

/** The key of a precompiled template, `{"$t": parts}`: not an operator of the language, so no config writes it. */
export const TEMPLATE = '$t';

/** What precompileExpr writes for an expression that yields undefined whatever the scope. */
export const UNKNOWN = { $: 0 };

type Part = string | [PathSegments, ...[name: string, arg?: unknown][]];

const isOp = (keys: string[]) => keys.length === 1 && keys[0].charAt(0) === '$';

/**
 * Evaluates an expression precompiled by precompileExpr (the runtime's form of config-types.ts Expr: strings are
 * literal, templates are `{"$t": parts}`, paths are segments). Never throws: failures yield undefined.
 */
export function runExpr(expr: unknown, scope: Scope): unknown {
  return attempt(() => ev(expr, scope, 0));
}

function ev(x: unknown, s: Scope, d: number): unknown {
  if (d > MAX_DEPTH) return undefined;
  if (isArr(x)) return x.map((y) => ev(y, s, d + 1));
  // precompileExpr left only JSON scalars here, and strings are literal text
  if (!isObj(x)) return x;
  const keys = keysOf(x);
  if (isOp(keys)) {
    const n = keys[0].slice(1);
    const a = x[keys[0]];
    const e = (y: unknown, sc?: Scope) => ev(y, sc || s, d + 1);
    if (keys[0] === TEMPLATE) return template(a as Part[], s);
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

function template(p: Part[], s: Scope): unknown {
  const vals = p.map((part) => {
    if (isStr(part)) return part;
    let v = readPath(s, part[0]);
    for (let i = 1; i < part.length; i++) {
      const [name, arg] = part[i] as [string, unknown];
      v = own(FILTERS, name) ? FILTERS[name](v, arg) : undefined;
    }
    return v;
  });
  return vals.length === 1 && !isStr(p[0]) ? vals[0] : vals.map(text).join('');
}

import type { Scope } from './evaluator-types';
import { precompileExpr } from './precompile-expr';
import { runExpr } from './run-expr';

export { truthy, looseEqual } from './operators';
export { resolvePath } from './resolve-path';

/**
 * Evaluates an expression of the config language (config-types.ts Expr) as written: precompileExpr, then runExpr,
 * which is what the runtime does with the form the server precompiled. Never throws: failures yield undefined.
 */
export function evaluate(expr: unknown, scope: Scope): unknown {
  return runExpr(precompileExpr(expr), scope);
}

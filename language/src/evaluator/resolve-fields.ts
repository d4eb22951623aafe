import type { FieldRule } from '../config/config-types';
import { runExpr } from './run-expr';
import type { KeptField, Scope } from './evaluator-types';
import { empty } from './util';

/**
 * Evaluates the chan or user rules (sources precompiled: RuntimeConfig chan/user) due at `moment` (every rule on 'appShow', others only where `on` lists the
 * moment). Each rule yields the value of its first non-empty source, or undefined. The caller merges the result
 * into its current chan/user: a value replaces the field, undefined leaves it as it is (sr-sdk-wxapp's setChan
 * merges the same way), and a rule with `persist` goes through mergeKeptField first.
 */
export function resolveFields(
  rules: FieldRule[],
  scope: Scope,
  moment: 'appShow' | 'pageLoad' | 'pageShow',
): { rule: FieldRule; value: unknown }[] {
  const out: { rule: FieldRule; value: unknown }[] = [];
  for (const rule of rules) {
    // precompileConfig makes `on` and `sources` lists
    if (moment !== 'appShow' && rule.on!.indexOf(moment) < 0) continue;
    let value: unknown;
    for (const src of rule.sources) {
      value = runExpr(src, scope);
      if (!empty(value)) break;
      value = undefined;
    }
    out.push({ rule, value });
  }
  return out;
}

/**
 * Combines a value kept in storage with a freshly derived one for a FieldRule with `persist`.
 * - a kept value older than ttlDays is forgotten;
 * - 'last' (default): a fresh value replaces the kept one and restarts its ttl;
 * - 'first': the kept value wins until it expires;
 * - no fresh value: the kept one stays.
 * Returns the value to use now and what to keep (undefined = remove from storage). Pure.
 */
export function mergeKeptField(
  kept: KeptField | undefined,
  fresh: unknown,
  rule: FieldRule,
  now: number,
): { value: unknown; kept: KeptField | undefined } {
  const ttl = rule && rule.persist ? +rule.persist.ttlDays * 864e5 : 0;
  if (!(ttl > 0)) return { value: empty(fresh) ? undefined : fresh, kept: undefined };
  const live = kept && typeof kept === 'object' && !empty(kept.value) && now - kept.at < ttl ? kept : undefined;
  if (empty(fresh) || (live && rule.attribution === 'first')) return { value: live && live.value, kept: live };
  return { value: fresh, kept: { value: fresh, at: now } };
}

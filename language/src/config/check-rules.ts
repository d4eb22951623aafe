import type { Violation } from '../violation';
import { requiredLeafPaths } from '../catalog/required-leaf-paths';
import { configViolation } from './config-violation';
import { isObject, ruleSites } from './config-sites';
import { toPointer } from '../violations/json-pointer';
import { checkPropsAgainstSchema } from './check-props-schema';

/** What each rule produces: an event with every required property mapped, or variables, or both. */
export function checkRules(doc: unknown): Violation[] {
  const out: Violation[] = [];
  for (const { rule, path } of ruleSites(doc)) {
    if (rule.event === undefined && rule.remember === undefined)
      out.push(
        configViolation(
          `${path}/event`,
          'empty_rule',
          '规则既没有 event 也没有 remember，不会产生任何效果',
          'the rule has neither event nor remember, so it does nothing',
        ),
      );
    if (typeof rule.event !== 'string') continue;
    const props = rule.props === undefined ? {} : rule.props;
    out.push(...missingRequired(rule.event, props, `${path}/props`));
    checkPropsAgainstSchema(rule.event, props, `${path}/props`, out);
  }
  return out;
}

/** For every group of requiredLeafPaths, one path must be mapped; else point where the first one belongs. */
function missingRequired(event: string, props: unknown, at: string): Violation[] {
  const out: Violation[] = [];
  for (const group of requiredLeafPaths(event)) {
    const misses = group.map((p) => unmapped(props, segments(p), at));
    if (misses.some((m) => m.length === 0)) continue;
    const others = group.slice(1);
    const zhAlt = others.length ? `（或 ${others.join('、')}）` : '';
    const enAlt = others.length ? ` (or ${others.join(', ')})` : '';
    for (const path of misses[0])
      out.push(
        configViolation(
          path,
          'missing_required_prop',
          `${event} 必须映射必填属性 ${group[0]}${zhAlt}`,
          `${event} needs its required property ${group[0]}${enAlt} mapped`,
        ),
      );
  }
  return out;
}

/** `sub_orders[].sub_order_id` → ['sub_orders', '[]', 'sub_order_id']. */
function segments(path: string): string[] {
  return path.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
}

/**
 * Where a required leaf is not mapped (JSON Pointers), or [] when it is — or may be: a template or an operator
 * standing for a whole object is trusted, since what it yields is only known at run time.
 */
function unmapped(e: unknown, segs: string[], at: string): string[] {
  if (!segs.length) return e === undefined ? [at] : [];
  const [seg, ...rest] = segs;
  const missing = () => [at + toPointer(segs.map((s) => (s === '[]' ? 0 : s)))];
  if (e === undefined) return missing();
  if (seg === '[]') {
    if (Array.isArray(e)) return e.length ? e.flatMap((x, i) => unmapped(x, rest, `${at}/${i}`)) : missing();
    if (isObject(e) && isObject(e.$map) && Object.keys(e).length === 1)
      return unmapped(e.$map.to, rest, `${at}/$map/to`);
    return [];
  }
  if (!isObject(e)) return [];
  const keys = Object.keys(e);
  if (keys.length === 1 && keys[0].charAt(0) === '$') return [];
  return unmapped(e[seg], rest, at + toPointer([seg]));
}

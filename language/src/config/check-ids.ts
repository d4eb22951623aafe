import type { Violation } from '../violation';
import { configViolation } from './config-violation';
import { asArray, isObject } from './config-sites';
import { fieldLabel } from '../violations/json-pointer';

const ID_LISTS = ['chan', 'user', 'propagate'] as const;

/**
 * Every id (pages, their rules, rules, chan, user, propagate) is unique in the whole document: emitted events
 * carry `rule_id`, and the readiness view and the diff key on it.
 */
export function checkIds(doc: unknown): Violation[] {
  if (!isObject(doc)) return [];
  const first = new Map<string, string>();
  const out: Violation[] = [];
  const see = (owner: unknown, path: string) => {
    if (!isObject(owner) || typeof owner.id !== 'string') return;
    const at = path + '/id';
    if (owner.id.indexOf('preset.') === 0)
      out.push(
        configViolation(
          at,
          'reserved_id',
          `以 preset. 开头的 id 留给内置规则，请换一个 id（${owner.id}）`,
          `ids starting with preset. belong to the built-in rules; choose another id (${owner.id})`,
        ),
      );
    const before = first.get(owner.id);
    if (before === undefined) first.set(owner.id, at);
    else
      out.push(
        configViolation(
          at,
          'duplicate_id',
          `id "${owner.id}" 重复，已用于 ${fieldLabel(before)}`,
          `id "${owner.id}" is already used at ${fieldLabel(before)}`,
        ),
      );
  };
  asArray(doc.pages).forEach((page, p) => {
    see(page, `/pages/${p}`);
    if (isObject(page)) asArray(page.rules).forEach((rule, r) => see(rule, `/pages/${p}/rules/${r}`));
  });
  asArray(doc.rules).forEach((rule, r) => see(rule, `/rules/${r}`));
  for (const list of ID_LISTS) asArray(doc[list]).forEach((item, i) => see(item, `/${list}/${i}`));
  return out;
}

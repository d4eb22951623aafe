import type { Violation } from '../violation';
import { configViolation } from './config-violation';
import { asArray, isObject, ruleSites } from './config-sites';
import { toPointer } from '../violations/json-pointer';

// Youshu back-office channel ids read `<type>_<sequence>`, e.g. `8_ac3e76c2e5721f5f` (youshu-spec.md §1.8).
const CHAN_ID = /^\d+_[0-9A-Za-z]+$/;

// "If one field is set, its partner is required" (youshu-spec.md §3.5): field → partner, and whether the source
// is a doc table (error) or a reading of "each with a _desc" (§1.3, warning).
const PARTNER: Record<string, { field: string; severity: 'error' | 'warning' }> = {
  chan_shop_id: { field: 'chan_shop_name', severity: 'error' },
  'chan_custom.chan_custom_id': { field: 'chan_custom.chan_custom_id_desc', severity: 'warning' },
  'chan_custom.chan_custom_cat_1': { field: 'chan_custom.chan_custom_cat_1_desc', severity: 'warning' },
  'chan_custom.chan_custom_cat_2': { field: 'chan_custom.chan_custom_cat_2_desc', severity: 'warning' },
  'chan_custom.chan_custom_cat_3': { field: 'chan_custom.chan_custom_cat_3_desc', severity: 'warning' },
};

/** chan_id constants, field pairs, and two rules for one field. */
export function checkChan(doc: unknown): Violation[] {
  if (!isObject(doc)) return [];
  const out: Violation[] = [];
  const fields = new Map<string, string>();
  asArray(doc.chan).forEach((rule, i) => {
    if (!isObject(rule) || typeof rule.field !== 'string') return;
    const at = `/chan/${i}/field`;
    const before = fields.get(rule.field);
    if (before !== undefined)
      out.push(
        configViolation(
          at,
          'duplicate_field',
          `已有另一条规则给 ${rule.field} 取值（${before}）；把候选来源合并到一条规则的 sources 中`,
          `another rule already derives ${rule.field} (${before}); put all candidates in one rule's sources`,
          'warning',
        ),
      );
    else fields.set(rule.field, `chan[${i}]`);
    if (rule.field === 'chan_id')
      asArray(rule.sources).forEach((s, j) => chanIdConstant(s, `/chan/${i}/sources/${j}`, out));
  });
  asArray(doc.chan).forEach((rule, i) => {
    if (!isObject(rule) || typeof rule.field !== 'string') return;
    const partner = PARTNER[rule.field];
    if (partner && !fields.has(partner.field))
      out.push(
        configViolation(
          `/chan/${i}/field`,
          'pair',
          `设置了 ${rule.field} 就必须同时有 ${partner.field} 的取值规则`,
          `${rule.field} needs a rule for ${partner.field} as well`,
          partner.severity,
        ),
      );
  });
  for (const { rule, path } of ruleSites(doc))
    if (rule.props !== undefined) propsChanIds(rule.props, `${path}/props`, out, 0);
  return out;
}

function chanIdConstant(source: unknown, at: string, out: Violation[]): void {
  const value = isObject(source) && Object.keys(source).length === 1 && '$const' in source ? source.$const : source;
  if (typeof value !== 'string' || value.indexOf('{{') >= 0 || CHAN_ID.test(value)) return;
  out.push(
    configViolation(
      at,
      'bad_chan_id',
      `chan_id "${value}" 不是有数后台的渠道 id 格式 <类型>_<序号>，例如 8_ac3e76c2e5721f5f`,
      `chan_id "${value}" is not a Youshu channel id of the form <type>_<seq>, e.g. 8_ac3e76c2e5721f5f`,
    ),
  );
}

// custom_order sub_orders[].chan carries its own chan_id (youshu-spec.md §1.7).
function propsChanIds(e: unknown, at: string, out: Violation[], depth: number): void {
  if (depth > 64) return;
  if (Array.isArray(e)) return e.forEach((x, i) => propsChanIds(x, `${at}/${i}`, out, depth + 1));
  if (!isObject(e)) return;
  for (const k of Object.keys(e)) {
    const sub = at + toPointer([k]);
    if (k === 'chan_id') chanIdConstant(e[k], sub, out);
    else propsChanIds(e[k], sub, out, depth + 1);
  }
}

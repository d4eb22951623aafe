import type { RequiredPathGroup } from './catalog-types';
import { CATALOG } from './event-catalog';
import { SKU_SPU_FALLBACK_EVENTS, SKU_SPU_FALLBACK_FIELDS } from './sku-spu-fallback';

/**
 * What a rule emitting `eventName` must map, for the config validator.
 *
 * Returns groups of alternatives: the rule is complete when, for EVERY group, it maps AT LEAST ONE path of the group.
 * Paths are dotted leaves of the event's own required properties (`sku.sku_id`; `[]` = every array element, as in
 * `sub_orders[].sub_order_id`). The common properties (page, page_title, time, wx_user, chan) are left out: the
 * runtime fills them. For the goods behaviours the sku/spu fallback of normalizeEventProps fills a missing
 * sku field from its spu partner and back, so `sku.sku_id` and `spu.spu_id` form one group, and so do the names.
 *
 * browse_sku_page → [['sku.sku_id', 'spu.spu_id'], ['sku.sku_name', 'spu.spu_name']]
 * search → [['keyword']];  app_show → [];  unknown event → [].
 */
export function requiredLeafPaths(eventName: string): RequiredPathGroup[] {
  if (!Object.prototype.hasOwnProperty.call(CATALOG, eventName)) return [];
  const entry = CATALOG[eventName as keyof typeof CATALOG];
  const paths = entry.requiredProps;
  const leaves = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[].`)));
  if (!SKU_SPU_FALLBACK_EVENTS.includes(entry.name)) return leaves.map((leaf) => [leaf]);

  const partner = new Map<string, string>();
  for (const [skuField, spuField] of SKU_SPU_FALLBACK_FIELDS) {
    partner.set(`sku.${skuField}`, `spu.${spuField}`);
    partner.set(`spu.${spuField}`, `sku.${skuField}`);
  }
  const groups: RequiredPathGroup[] = [];
  const grouped = new Set<string>();
  for (const leaf of leaves) {
    if (grouped.has(leaf)) continue;
    const other = partner.get(leaf);
    const group = other === undefined ? [leaf] : [leaf, other];
    group.forEach((p) => grouped.add(p));
    groups.push(group);
  }
  return groups;
}

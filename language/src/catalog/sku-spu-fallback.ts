import type { YoushuEventName } from './catalog-types';

/**
 * youshu-spec.md §3.6: "if either sku or spu is missing, send the other's values in both". Applied field by field:
 * each pair below fills whichever side is empty from the other. Shared by normalizeEventProps (which fills) and
 * requiredLeafPaths (which therefore asks for one side of each pair only). No JSON imports: the runtime bundles it.
 */
export const SKU_SPU_FALLBACK_EVENTS: readonly YoushuEventName[] = [
  'expose_sku_component',
  'trigger_sku_component',
  'browse_sku_page',
  'add_to_cart',
];

/** [sku field, spu field] pairs that stand in for each other. */
export const SKU_SPU_FALLBACK_FIELDS: readonly (readonly [string, string])[] = [
  ['sku_id', 'spu_id'],
  ['sku_name', 'spu_name'],
];

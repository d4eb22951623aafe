/** The 14 Youshu behaviours of a goods mini-program (youshu-spec.md §0). */
export const YOUSHU_EVENT_NAMES = [
  'app_launch',
  'app_show',
  'exit_wxapp',
  'browse_wxapp_page',
  'leave_wxapp_page',
  'page_share_app_message',
  'page_pull_down_refresh',
  'page_reach_bottom',
  'search',
  'expose_sku_component',
  'trigger_sku_component',
  'browse_sku_page',
  'add_to_cart',
  'custom_order',
] as const;

export type YoushuEventName = (typeof YOUSHU_EVENT_NAMES)[number];

/** The three backend (data-api) interfaces. */
export const YOUSHU_INTERFACE_NAMES = ['add_order', 'add_order_sum', 'add_wxapp_visit_page'] as const;
export type YoushuInterfaceName = (typeof YOUSHU_INTERFACE_NAMES)[number];

/** The five analysis add-ons (youshu-spec.md §1.8). */
export const ANALYSIS_MODULE_NAMES = ['guide', 'live', 'ad', 'store', 'official_account'] as const;
export type AnalysisModuleName = (typeof ANALYSIS_MODULE_NAMES)[number];

/** Text shown to a PM, in both languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The scope page's grouping of the behaviours (youshu-spec.md §0). */
export type EventGroup = 'browse' | 'search' | 'goods' | 'purchase';

/**
 * One requirement on a property mapping: mapping ANY ONE of these dotted paths satisfies it (the others are then
 * filled by normalizeEventProps). A group of one path is a plain requirement. `[]` in a path means "in every
 * element of that array", e.g. `sub_orders[].sub_order_id`.
 */
export type RequiredPathGroup = readonly string[];

/** A parsed JSON Schema document (draft 2020-12), as stored in schemas/*.json. */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

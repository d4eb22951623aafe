import type { EventGroup, JsonSchemaDocument, LocalizedText, YoushuEventName } from './catalog-types';
import { EVENT_SCHEMAS } from './schema-registry';

export interface EventCatalogEntry {
  name: YoushuEventName;
  title: LocalizedText;
  group: EventGroup;
  /**
   * How sr-sdk-wxapp reports it without merchant code: 'app' = by itself (trackApp), 'page' = by its page proxy
   * (proxyPage), false = the merchant (or a Trackway rule) tracks it.
   */
  preset: 'app' | 'page' | false;
  /**
   * Own properties a valid event must carry, as dotted paths: each required top-level property, then the required
   * fields inside it (`sku`, `sku.sku_id`, …; `[]` = every array element). The common properties (page, page_title,
   * time, wx_user, chan), which the runtime fills, are in COMMON_REQUIRED_PROPS instead. This list ignores the
   * sku/spu fallback; requiredLeafPaths() takes it into account.
   */
  requiredProps: readonly string[];
  /** Set when the event's structure is inferred rather than read in an official page; its problems are warnings. */
  unconfirmed?: LocalizedText;
  schema: JsonSchemaDocument;
}

/** Required common properties, filled by the runtime on every event (youshu-spec.md §1.3). */
export const COMMON_REQUIRED_PROPS: readonly string[] = [
  'page',
  'time',
  'wx_user',
  'wx_user.app_id',
  'chan',
  'chan.chan_wxapp_scene',
];

/** Common properties the runtime fills; a rule never has to map them. */
export const COMMON_PROP_NAMES: readonly string[] = ['page', 'page_title', 'time', 'wx_user', 'chan'];

const GOODS_REQUIRED = ['sku', 'sku.sku_id', 'sku.sku_name', 'spu', 'spu.spu_id', 'spu.spu_name'];

const INFERRED_GOODS_SCHEMA: LocalizedText = {
  zh: '官方页面未取得；结构按多家集成方的做法推断为与 expose_sku_component 相同（position_id 可选）。',
  en: 'The official page was not available; the structure is inferred from several integrations to equal expose_sku_component (position_id optional).',
};

function entry(
  name: YoushuEventName,
  zh: string,
  en: string,
  group: EventGroup,
  preset: EventCatalogEntry['preset'],
  requiredProps: readonly string[] = [],
  unconfirmed?: LocalizedText,
): EventCatalogEntry {
  const base = { name, title: { zh, en }, group, preset, requiredProps, schema: EVENT_SCHEMAS[name] };
  return unconfirmed ? { ...base, unconfirmed } : base;
}

/** The 14 behaviours of a goods mini-program with their metadata and JSON Schema (youshu-spec.md §0, §1.4–1.7). */
export const CATALOG: Readonly<Record<YoushuEventName, EventCatalogEntry>> = {
  app_launch: entry('app_launch', '小程序启动', 'App launch', 'browse', 'app'),
  app_show: entry('app_show', '小程序显示', 'App show', 'browse', 'app'),
  exit_wxapp: entry('exit_wxapp', '小程序退出', 'App exit', 'browse', 'app'),
  browse_wxapp_page: entry('browse_wxapp_page', '浏览页面', 'Page view', 'browse', 'page'),
  leave_wxapp_page: entry('leave_wxapp_page', '离开页面', 'Page leave', 'browse', 'page'),
  page_share_app_message: entry('page_share_app_message', '页面分享', 'Page share', 'browse', 'page', [
    'from_type',
    'share_title',
  ]),
  page_pull_down_refresh: entry('page_pull_down_refresh', '页面下拉刷新', 'Page pull-down refresh', 'browse', 'page'),
  page_reach_bottom: entry('page_reach_bottom', '页面上拉触底', 'Page reach bottom', 'browse', 'page'),
  // One scope-page version marks search as proxyable, but integrations all call it by hand.
  search: entry('search', '搜索', 'Search', 'search', false, ['keyword']),
  expose_sku_component: entry(
    'expose_sku_component',
    '商品卡片曝光',
    'Goods card exposure',
    'goods',
    false,
    GOODS_REQUIRED,
  ),
  trigger_sku_component: entry(
    'trigger_sku_component',
    '商品卡片点击',
    'Goods card click',
    'goods',
    false,
    GOODS_REQUIRED,
    INFERRED_GOODS_SCHEMA,
  ),
  browse_sku_page: entry(
    'browse_sku_page',
    '浏览商品详情页',
    'Goods detail page view',
    'goods',
    false,
    GOODS_REQUIRED,
    INFERRED_GOODS_SCHEMA,
  ),
  add_to_cart: entry('add_to_cart', '加购物车', 'Cart change', 'goods', false, [
    'action_type',
    ...GOODS_REQUIRED,
    'sku_num',
  ]),
  custom_order: entry('custom_order', '订单', 'Order', 'purchase', false, [
    'order',
    'order.order_id',
    'order.order_time',
    'order.order_status',
    'sub_orders',
    'sub_orders[].sub_order_id',
    'sub_orders[].order_amt',
    'sub_orders[].pay_amt',
  ]),
};

import type { JsonSchemaDocument, LocalizedText, YoushuInterfaceName } from './catalog-types';
import { INTERFACE_SCHEMAS } from './schema-registry';

export interface InterfaceCatalogEntry {
  name: YoushuInterfaceName;
  title: LocalizedText;
  method: 'POST';
  /** Path on the Youshu host (prod https://zhls.qq.com, test https://test.zhls.qq.com). */
  path: string;
  /** Largest array the call accepts (`orders`), when Youshu limits it. */
  maxItems?: number;
  /** When it must be called, if it is a daily report. */
  schedule?: LocalizedText;
  /** Required body fields as dotted paths (`[]` = every array element), top level first. */
  requiredProps: readonly string[];
  schema: JsonSchemaDocument;
}

/** Youshu rejects more than 50 orders in one add_order or add_order_sum call (youshu-spec.md §2.1). */
export const MAX_ORDERS_PER_CALL = 50;

/** The three backend (data-api) interfaces (youshu-spec.md §2.2–2.4). */
export const INTERFACE_CATALOG: Readonly<Record<YoushuInterfaceName, InterfaceCatalogEntry>> = {
  add_order: {
    name: 'add_order',
    title: { zh: '添加/更新主订单', en: 'Add or update main orders' },
    method: 'POST',
    path: '/data-api/v1/order/add_order',
    maxItems: MAX_ORDERS_PER_CALL,
    requiredProps: [
      'dataSourceId',
      'orders',
      'orders[].external_order_id',
      'orders[].create_time',
      'orders[].order_source',
      'orders[].order_type',
      'orders[].goods_num_total',
      'orders[].goods_amount_total',
      'orders[].freight_amount',
      'orders[].order_amount',
      'orders[].payable_amount',
      'orders[].payment_amount',
      'orders[].order_status',
      'orders[].status_change_time',
      'orders[].user_info',
      'orders[].goods_info',
      'orders[].goods_info[].external_sku_id',
      'orders[].goods_info[].sku_name_chinese',
      'orders[].goods_info[].goods_amount',
      'orders[].goods_info[].payment_amount',
      'orders[].goods_info[].external_spu_id',
      'orders[].goods_info[].spu_name_chinese',
      'orders[].goods_info[].goods_num',
    ],
    schema: INTERFACE_SCHEMAS.add_order,
  },
  add_order_sum: {
    name: 'add_order_sum',
    title: { zh: '订单日汇总', en: 'Daily order totals' },
    method: 'POST',
    path: '/data-api/v1/order/add_order_sum',
    maxItems: MAX_ORDERS_PER_CALL,
    schedule: { zh: '每天 06:00 前上报前一天', en: 'Every day before 06:00, for the previous day' },
    requiredProps: [
      'dataSourceId',
      'orders',
      'orders[].ref_date',
      'orders[].give_order_amount_sum',
      'orders[].give_order_num_sum',
      'orders[].payment_amount_sum',
      'orders[].payed_num_sum',
    ],
    schema: INTERFACE_SCHEMAS.add_order_sum,
  },
  add_wxapp_visit_page: {
    name: 'add_wxapp_visit_page',
    title: { zh: '小程序页面访问数据', en: 'Mini-program page visits' },
    method: 'POST',
    path: '/data-api/v1/analysis/add_wxapp_visit_page',
    schedule: {
      zh: '每天 12:00 前（建议 11:30）转发微信前一天的数据',
      en: "Every day before 12:00 (11:30 recommended), relaying WeChat's data for the previous day",
    },
    requiredProps: ['dataSourceId', 'rawMsg', 'rawMsg[].ref_date', 'rawMsg[].list', 'rawMsg[].list[].page_path'],
    schema: INTERFACE_SCHEMAS.add_wxapp_visit_page,
  },
};

/**
 * Valid Youshu payloads written from youshu-spec.md (values taken from its examples where it gives any).
 * Test fixtures only: each test clones one and breaks it in one way.
 */
import type { YoushuEventName, YoushuInterfaceName } from '../catalog-types';

/** 2022-01-27 00:00 +08:00, the doc's add_order_sum example. */
const MS = 1643212800000;

export const COMMON = {
  page: 'pages/product?sku_id=AOdjf7u',
  page_title: '商品详情',
  time: MS + 3_600_000,
  wx_user: { app_id: 'wx1234567890abcdef', open_id: 'oAbCdEf123', local_id: `${MS}-4e1c9f2a` },
  chan: { chan_wxapp_scene: 1037, chan_id: '8_ac3e76c2e5721f5f', guide_id: '100014533' },
};

const GOODS = {
  sku: { sku_id: 'AOdjf7u', sku_name: '白色 T 恤 M 码' },
  spu: { spu_id: 'SPU001', spu_name: '白色 T 恤' },
  sku_category: [{ sku_cat_id: 'c1', sku_cat_name: '上衣', sku_parent_cat_id: 'null' }],
  shipping_shop: { shipping_shop_id: 'shop1', shipping_shop_name: '深圳南山店' },
  sale: { original_price: 99.0, current_price: 79.9 },
  primary_image_url: 'https://img.example.com/t.jpg',
};

export const VALID_EVENTS: Record<YoushuEventName, Record<string, unknown>> = {
  app_launch: { ...COMMON, page: 'pages/index/index?chan_id=8_ac3e76c2e5721f5f' },
  app_show: { ...COMMON },
  exit_wxapp: { ...COMMON },
  browse_wxapp_page: { ...COMMON, refer_page: 'pages/index/index', is_newly_open: true },
  leave_wxapp_page: { ...COMMON, refer_page: 'pages/index/index', stay_time: 12_500 },
  page_share_app_message: {
    ...COMMON,
    from_type: 'button',
    share_title: '好物推荐',
    share_path: 'pages/product?sku_id=AOdjf7u',
    share_to: 'friends',
  },
  page_pull_down_refresh: { ...COMMON },
  page_reach_bottom: { ...COMMON },
  search: { ...COMMON, keyword: 'T 恤' },
  expose_sku_component: { ...COMMON, ...GOODS, position_id: 3 },
  trigger_sku_component: { ...COMMON, ...GOODS, position_id: 3 },
  browse_sku_page: { ...COMMON, ...GOODS },
  add_to_cart: { ...COMMON, ...GOODS, action_type: 'append_to_cart', sku_num: 2 },
  custom_order: {
    ...COMMON,
    order: { order_id: 'O20220127001', order_time: MS + 7_200_000, order_status: 'payed', pay_time: MS + 7_260_000 },
    sub_orders: [{ sub_order_id: 'O20220127001', order_amt: 89.9, pay_amt: 79.9 }],
  },
};

export const VALID_ORDER = {
  external_order_id: 'O20220127001',
  create_time: String(MS + 7_200_000),
  order_source: 'wxapp',
  order_type: 1,
  goods_num_total: 1,
  goods_amount_total: 79.9,
  freight_amount: 0.0,
  order_amount: 79.9,
  payable_amount: 79.9,
  payment_amount: 79.9,
  order_status: '1150',
  status_change_time: String(MS + 7_260_000),
  user_info: { open_id: 'oAbCdEf123', app_id: 'wx1234567890abcdef', union_id: 'uXyZ' },
  goods_info: [
    {
      external_sku_id: 'AOdjf7u',
      sku_name_chinese: '白色 T 恤 M 码',
      goods_amount: 99.0,
      payment_amount: 79.9,
      external_spu_id: 'SPU001',
      spu_name_chinese: '白色 T 恤',
      goods_num: 1,
      store_info: { external_store_id: 'shop1', store_name: '深圳南山店', store_city: '深圳' },
      chan_info: [{ chan_wxapp: { chan_scene: 1037 }, chan_id: '8_ac3e76c2e5721f5f', guide_id: '100014533' }],
    },
  ],
  payment_info: [{ payment_type: '00009', trans_id: '4200001234', trans_amount: 79.9 }],
};

export const VALID_BODIES: Record<YoushuInterfaceName, Record<string, unknown>> = {
  add_order: { dataSourceId: '10000', orders: [VALID_ORDER] },
  add_order_sum: {
    dataSourceId: '10000',
    orders: [
      {
        ref_date: '1643212800000',
        give_order_amount_sum: 1234.5,
        give_order_num_sum: 12,
        payment_amount_sum: 1100.0,
        payed_num_sum: 10,
      },
    ],
  },
  add_wxapp_visit_page: {
    dataSourceId: '10000',
    rawMsg: [
      {
        ref_date: '20220127',
        list: [
          {
            page_path: 'pages/index/index',
            page_visit_pv: 120,
            page_visit_uv: 80,
            page_staytime_pv: 12.5,
            entrypage_pv: 60,
            exitpage_pv: 40,
            page_share_pv: 3,
            page_share_uv: 2,
          },
        ],
      },
    ],
  },
};

/** A deep copy the test may change. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

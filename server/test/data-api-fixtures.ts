import request from 'supertest';
import { signedParams } from '../src/data-api/data-api-signature';

/** 2026-12-01 00:00 +08:00 in ms: the day the fixtures' orders are placed. */
export const DAY_MS = Date.UTC(2026, 10, 30, 16, 0, 0);
export const DAY = '2026-12-01';

/** A valid add_order order placed at DAY 10:00 (+08:00), paid 1 minute later unless `over` says otherwise. */
export function order(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    external_order_id: id,
    create_time: String(DAY_MS + 10 * 3_600_000),
    order_source: 'wxapp',
    order_type: 1,
    goods_num_total: 1,
    goods_amount_total: 79.9,
    freight_amount: 0,
    order_amount: 79.9,
    payable_amount: 79.9,
    payment_amount: 79.9,
    order_status: '1150',
    status_change_time: String(DAY_MS + 10 * 3_600_000 + 60_000),
    user_info: { open_id: 'oAbCdEf123' },
    goods_info: [
      {
        external_sku_id: 'SKU1',
        sku_name_chinese: '白色 T 恤 M 码',
        goods_amount: 99,
        payment_amount: 79.9,
        external_spu_id: 'SPU1',
        spu_name_chinese: '白色 T 恤',
        goods_num: 1,
        store_info: { external_store_id: 'shop-9', store_name: '深圳南山店', store_city: '深圳' },
        chan_info: [{ chan_wxapp: { chan_scene: 1037 }, chan_id: '8_ac3e', guide_id: 'guide-7', room_id: 'room-3' }],
      },
    ],
    payment_info: [{ payment_type: '00009', trans_id: '4200001234', trans_amount: 79.9 }],
    ...over,
  };
}

/** POSTs `body` to a data API path signed with (appId, secret); `params` overrides query parameters. */
export function postSigned(
  baseUrl: string,
  path: string,
  appId: string,
  secret: string,
  body: unknown,
  params: Record<string, string> = {},
) {
  const query = new URLSearchParams({ ...signedParams(appId, secret), ...params });
  return request(baseUrl)
    .post(`${path}?${query}`)
    .send(body as object);
}

export const ADD_ORDER = '/data-api/v1/order/add_order';
export const ADD_ORDER_SUM = '/data-api/v1/order/add_order_sum';
export const ADD_VISIT_PAGE = '/data-api/v1/analysis/add_wxapp_visit_page';

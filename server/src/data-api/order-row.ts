import type { Violation, YoushuOrder } from '@trackway/language';

/**
 * Statuses that mean the order was paid (youshu-spec.md §2.2): 1140 cancelled after payment, 1150 paid, 1160
 * shipped, 1180 completed, 1280/1290 refunds. add_order_sum counts an order as paid on the day it was paid,
 * later refunds included.
 */
export const PAID_STATUSES: readonly string[] = ['1140', '1150', '1160', '1180', '1280', '1290'];

/** One accepted order as the columns of data_api_orders (the JSON handed to jsonb_to_recordset). */
export interface OrderRow {
  external_order_id: string;
  order_status: string;
  order_source: string;
  order_type: number;
  create_time: string;
  status_change_time: string;
  /**
   * The status change time if this report is of a paid status. The first paid report is the closest to the
   * payment time that add_order carries (payment_info has no time); the store keeps the earliest one.
   */
  paid_at: string | null;
  goods_num_total: number;
  goods_amount_total: number;
  freight_amount: number;
  order_amount: number;
  payable_amount: number;
  payment_amount: number;
  guide_ids: string[];
  room_ids: string[];
  store_ids: string[];
  order: YoushuOrder;
  warnings: Violation[] | null;
}

const msToIso = (ms: string) => new Date(Number(ms)).toISOString();

/** Collects the analysis-module ids (guide, live, store) carried per goods item. */
function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

export function toOrderRow(order: YoushuOrder, warnings: Violation[]): OrderRow {
  const chans = order.goods_info.flatMap((g) => g.chan_info ?? []);
  const statusChange = msToIso(order.status_change_time);
  return {
    external_order_id: order.external_order_id,
    order_status: order.order_status,
    order_source: order.order_source,
    order_type: order.order_type,
    create_time: msToIso(order.create_time),
    status_change_time: statusChange,
    paid_at: PAID_STATUSES.includes(order.order_status) ? statusChange : null,
    goods_num_total: order.goods_num_total,
    goods_amount_total: order.goods_amount_total,
    freight_amount: order.freight_amount,
    order_amount: order.order_amount,
    payable_amount: order.payable_amount,
    payment_amount: order.payment_amount,
    guide_ids: distinct(chans.map((c) => c.guide_id)),
    room_ids: distinct(chans.map((c) => c.room_id)),
    store_ids: distinct(order.goods_info.map((g) => g.store_info?.external_store_id)),
    order,
    warnings: warnings.length ? warnings : null,
  };
}

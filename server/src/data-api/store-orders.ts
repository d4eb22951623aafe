import type { EntityManager } from 'typeorm';
import type { OrderRow } from './order-row';

/**
 * Upserts the orders of one call by (app, external_order_id) in ONE statement, and records each reported
 * (status, status_change_time) in the history (a repeat adds nothing). Rows are written in external_order_id
 * order so two concurrent calls touching the same orders lock them in the same order (no deadlock).
 * Last report wins, as at Youshu; paid_at keeps the earliest paid report.
 */
export async function storeOrders(
  manager: EntityManager,
  appId: string,
  dataSourceId: string,
  rows: OrderRow[],
): Promise<void> {
  if (!rows.length) return;
  await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($3::jsonb) AS r(
         external_order_id text, order_status text, order_source text, order_type integer,
         create_time timestamptz, status_change_time timestamptz, paid_at timestamptz, goods_num_total integer,
         goods_amount_total numeric, freight_amount numeric, order_amount numeric, payable_amount numeric,
         payment_amount numeric, guide_ids text[], room_ids text[], store_ids text[], "order" jsonb, warnings jsonb)
     ), upserted AS (
       INSERT INTO "data_api_orders" AS o (
         "app_id", "external_order_id", "data_source_id", "order_status", "order_source", "order_type",
         "create_time", "status_change_time", "paid_at", "goods_num_total", "goods_amount_total", "freight_amount",
         "order_amount", "payable_amount", "payment_amount", "guide_ids", "room_ids", "store_ids", "order", "warnings")
       SELECT $1, external_order_id, $2, order_status, order_source, order_type, create_time, status_change_time,
              paid_at, goods_num_total, goods_amount_total, freight_amount, order_amount, payable_amount,
              payment_amount, guide_ids, room_ids, store_ids, "order", warnings
         FROM input ORDER BY external_order_id
       ON CONFLICT ON CONSTRAINT "UQ_data_api_orders_app_external" DO UPDATE SET
         "data_source_id" = EXCLUDED."data_source_id", "order_status" = EXCLUDED."order_status",
         "order_source" = EXCLUDED."order_source", "order_type" = EXCLUDED."order_type",
         "create_time" = EXCLUDED."create_time", "status_change_time" = EXCLUDED."status_change_time",
         "paid_at" = LEAST(o."paid_at", EXCLUDED."paid_at"), "goods_num_total" = EXCLUDED."goods_num_total",
         "goods_amount_total" = EXCLUDED."goods_amount_total", "freight_amount" = EXCLUDED."freight_amount",
         "order_amount" = EXCLUDED."order_amount", "payable_amount" = EXCLUDED."payable_amount",
         "payment_amount" = EXCLUDED."payment_amount", "guide_ids" = EXCLUDED."guide_ids",
         "room_ids" = EXCLUDED."room_ids", "store_ids" = EXCLUDED."store_ids", "order" = EXCLUDED."order",
         "warnings" = EXCLUDED."warnings", "updated_at" = now()
       RETURNING o."id", o."order_status", o."status_change_time"
     )
     INSERT INTO "data_api_order_status_history" ("order_id", "order_status", "status_change_time")
     SELECT "id", "order_status", "status_change_time" FROM upserted
     ON CONFLICT ON CONSTRAINT "UQ_data_api_order_status_history_entry" DO NOTHING`,
    [appId, dataSourceId, JSON.stringify(rows)],
  );
}

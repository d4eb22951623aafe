import type { EntityManager } from 'typeorm';
import { CHINA_TZ, toFigures, yuan, type OrderFigures } from './order-figures';

/**
 * custom_order events received by the collector, one row per order: the China day it was placed (its
 * give_order event's order_time), the day it was paid (its payed event's pay_time, else when that event was
 * received) and its amount (Σ sub_orders[].pay_amt). Reads `collector_events` (app_id, received_at, type,
 * props jsonb, valid), the table the collector writes; only valid events count. Events are looked at from one
 * day before the range to three days after it, since the runtime uploads late after a network loss.
 */
const COLLECTOR_ORDERS = `
  WITH ev AS (
    SELECT e."props"->'order'->>'order_id' AS order_id,
           e."props"->'order'->>'order_status' AS status,
           CASE WHEN jsonb_typeof(e."props"->'order'->'order_time') = 'number'
                THEN to_timestamp((e."props"->'order'->>'order_time')::numeric / 1000) END AS order_time,
           CASE WHEN jsonb_typeof(e."props"->'order'->'pay_time') = 'number'
                THEN to_timestamp((e."props"->'order'->>'pay_time')::numeric / 1000) ELSE e."received_at" END AS pay_time,
           (SELECT COALESCE(sum((s->>'pay_amt')::numeric), 0)
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(e."props"->'sub_orders') = 'array'
                                             THEN e."props"->'sub_orders' ELSE '[]'::jsonb END) s
             WHERE jsonb_typeof(s->'pay_amt') = 'number') AS amount
      FROM "collector_events" e
     WHERE e."app_id" = $1 AND e."type" = 'custom_order' AND e."valid"
       AND e."received_at" >= ($2::date - 1)::timestamp AT TIME ZONE '${CHINA_TZ}'
       AND e."received_at" < ($3::date + 4)::timestamp AT TIME ZONE '${CHINA_TZ}'
  ), orders AS (
    SELECT order_id,
           (min(order_time) FILTER (WHERE status = 'give_order') AT TIME ZONE '${CHINA_TZ}')::date AS placed_day,
           (min(pay_time) FILTER (WHERE status = 'payed') AT TIME ZONE '${CHINA_TZ}')::date AS paid_day,
           max(amount) FILTER (WHERE status IN ('give_order', 'payed')) AS amount
      FROM ev WHERE order_id IS NOT NULL GROUP BY order_id
  )`;

/** One order as the collector saw it. */
export interface CollectorOrder {
  orderId: string;
  placedDay: string | null;
  paidDay: string | null;
  amount: number | null;
}

async function collectorTableExists(m: EntityManager): Promise<boolean> {
  const [row] = await m.query(`SELECT to_regclass('public.collector_events') IS NOT NULL AS present`);
  return Boolean(row?.present);
}

/** Per day, the add_order_sum figures recomputed from the collector's custom_order events; null without a collector. */
export async function collectorOrderFigures(
  m: EntityManager,
  appId: string,
  from: string,
  to: string,
): Promise<Map<string, OrderFigures> | null> {
  if (!(await collectorTableExists(m))) return null;
  const rows = await m.query(
    `${COLLECTOR_ORDERS}
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
            COALESCE(sum(o.amount) FILTER (WHERE o.placed_day = d.day), 0) AS give_amount,
            count(o.order_id) FILTER (WHERE o.placed_day = d.day)::int AS give_num,
            COALESCE(sum(o.amount) FILTER (WHERE o.paid_day = d.day), 0) AS pay_amount,
            count(o.order_id) FILTER (WHERE o.paid_day = d.day)::int AS pay_num
       FROM (SELECT $2::date + i AS day FROM generate_series(0, $3::date - $2::date) AS i) AS d
       LEFT JOIN orders o ON o.placed_day = d.day OR o.paid_day = d.day
      GROUP BY d.day ORDER BY d.day`,
    [appId, from, to],
  );
  return new Map(rows.map((r: Parameters<typeof toFigures>[0]) => [r.day, toFigures(r)]));
}

/** The collector's orders placed or paid on `day`; null without a collector. */
export async function collectorOrdersOfDay(
  m: EntityManager,
  appId: string,
  day: string,
): Promise<CollectorOrder[] | null> {
  if (!(await collectorTableExists(m))) return null;
  const rows: { order_id: string; placed_day: string | null; paid_day: string | null; amount: string | null }[] =
    await m.query(
      `${COLLECTOR_ORDERS}
       SELECT order_id, to_char(placed_day, 'YYYY-MM-DD') AS placed_day, to_char(paid_day, 'YYYY-MM-DD') AS paid_day,
              amount
         FROM orders WHERE placed_day = $2::date OR paid_day = $2::date ORDER BY order_id`,
      [appId, day, day],
    );
  return rows.map((r) => ({
    orderId: r.order_id,
    placedDay: r.placed_day,
    paidDay: r.paid_day,
    amount: r.amount === null ? null : yuan(r.amount),
  }));
}

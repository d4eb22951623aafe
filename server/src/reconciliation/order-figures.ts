import type { EntityManager } from 'typeorm';

/** add_order_sum's four figures for one day (youshu-spec.md §2.3). Amounts in yuan. */
export interface OrderFigures {
  /** Σ payment_amount of orders placed that day, later-cancelled ones included. */
  giveOrderAmountSum: number;
  giveOrderNumSum: number;
  /** Σ payment_amount of orders paid that day, later-refunded ones included. */
  paymentAmountSum: number;
  payedNumSum: number;
}

/** Days are China days: Youshu's ref_date is the day's 00:00 +08:00, and China has no daylight saving. */
export const CHINA_TZ = 'Asia/Shanghai';

interface FigureRow {
  day: string;
  give_amount: string;
  give_num: number;
  pay_amount: string;
  pay_num: number;
}

/** numeric sums arrive as strings; yuan are compared at fen precision. */
export const yuan = (v: string | number) => Math.round(Number(v) * 100) / 100;

export function toFigures(r: FigureRow): OrderFigures {
  return {
    giveOrderAmountSum: yuan(r.give_amount),
    giveOrderNumSum: Number(r.give_num),
    paymentAmountSum: yuan(r.pay_amount),
    payedNumSum: Number(r.pay_num),
  };
}

/** The figures as the merchant reported them with add_order_sum, by day. */
export async function reportedFigures(
  m: EntityManager,
  appId: string,
  from: string,
  to: string,
): Promise<Map<string, OrderFigures>> {
  const rows: FigureRow[] = await m.query(
    `SELECT to_char("ref_date", 'YYYY-MM-DD') AS day, "give_order_amount_sum" AS give_amount,
            "give_order_num_sum" AS give_num, "payment_amount_sum" AS pay_amount, "payed_num_sum" AS pay_num
       FROM "data_api_order_sums" WHERE "app_id" = $1 AND "ref_date" BETWEEN $2::date AND $3::date`,
    [appId, from, to],
  );
  return new Map(rows.map((r) => [r.day, toFigures(r)]));
}

/** The same figures recomputed from the add_order rows: placed by create_time, paid by paid_at. */
export async function recomputedFigures(
  m: EntityManager,
  appId: string,
  from: string,
  to: string,
): Promise<Map<string, OrderFigures>> {
  const rows: FigureRow[] = await m.query(
    `WITH bounds AS (
       SELECT ($2::date)::timestamp AT TIME ZONE '${CHINA_TZ}' AS lo, ($3::date + 1)::timestamp AT TIME ZONE '${CHINA_TZ}' AS hi
     ), placed AS (
       SELECT (o."create_time" AT TIME ZONE '${CHINA_TZ}')::date AS day, sum(o."payment_amount") AS amount, count(*) AS n
         FROM "data_api_orders" o, bounds b
        WHERE o."app_id" = $1 AND o."create_time" >= b.lo AND o."create_time" < b.hi GROUP BY 1
     ), paid AS (
       SELECT (o."paid_at" AT TIME ZONE '${CHINA_TZ}')::date AS day, sum(o."payment_amount") AS amount, count(*) AS n
         FROM "data_api_orders" o, bounds b
        WHERE o."app_id" = $1 AND o."paid_at" >= b.lo AND o."paid_at" < b.hi GROUP BY 1
     )
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day, COALESCE(placed.amount, 0) AS give_amount,
            COALESCE(placed.n, 0)::int AS give_num, COALESCE(paid.amount, 0) AS pay_amount,
            COALESCE(paid.n, 0)::int AS pay_num
       FROM (SELECT $2::date + i AS day FROM generate_series(0, $3::date - $2::date) AS i) AS d
       LEFT JOIN placed ON placed.day = d.day
       LEFT JOIN paid ON paid.day = d.day
      ORDER BY d.day`,
    [appId, from, to],
  );
  return new Map(rows.map((r) => [r.day, toFigures(r)]));
}

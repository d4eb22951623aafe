import type { OrderSum } from '@trackway/language';
import type { EntityManager } from 'typeorm';

/** The China-time day (YYYY-MM-DD) of a 13-digit ms string: ref_date is the day's 00:00 +08:00. */
export function chinaDay(ms: string | number): string {
  return new Date(Number(ms) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** One row per app and day; re-sending a day replaces its figures. */
export async function storeOrderSums(
  manager: EntityManager,
  appId: string,
  dataSourceId: string,
  sums: OrderSum[],
): Promise<void> {
  // The same day twice in one call: the last one wins (a single INSERT … ON CONFLICT cannot touch a row twice).
  const rows = [...new Map(sums.map((s) => [chinaDay(s.ref_date), { ...s, ref_date: chinaDay(s.ref_date) }])).values()];
  if (!rows.length) return;
  await manager.query(
    `INSERT INTO "data_api_order_sums" ("app_id", "ref_date", "data_source_id", "give_order_amount_sum",
       "give_order_num_sum", "payment_amount_sum", "payed_num_sum")
     SELECT $1, ref_date, $2, give_order_amount_sum, give_order_num_sum, payment_amount_sum, payed_num_sum
       FROM jsonb_to_recordset($3::jsonb) AS r(ref_date date, give_order_amount_sum numeric,
         give_order_num_sum integer, payment_amount_sum numeric, payed_num_sum integer)
      ORDER BY ref_date
     ON CONFLICT ON CONSTRAINT "PK_data_api_order_sums" DO UPDATE SET
       "data_source_id" = EXCLUDED."data_source_id", "give_order_amount_sum" = EXCLUDED."give_order_amount_sum",
       "give_order_num_sum" = EXCLUDED."give_order_num_sum", "payment_amount_sum" = EXCLUDED."payment_amount_sum",
       "payed_num_sum" = EXCLUDED."payed_num_sum", "updated_at" = now()`,
    [appId, dataSourceId, JSON.stringify(rows)],
  );
}

import type { VisitPageRawMsg } from '@trackway/language';
import type { EntityManager } from 'typeorm';

/** `20220127` → `2022-01-27`, or null when it is not a real calendar day. */
export function visitDay(yyyymmdd: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** One row per app, day and page; re-sending a day replaces the figures of the pages it lists. */
export async function storeVisitPages(
  manager: EntityManager,
  appId: string,
  dataSourceId: string,
  days: VisitPageRawMsg[],
): Promise<void> {
  // The same page twice in one day: the last one wins (a single INSERT … ON CONFLICT cannot touch a row twice).
  const byKey = new Map<string, Record<string, unknown>>();
  for (const day of days) {
    for (const page of day.list)
      byKey.set(`${day.ref_date}\n${page.page_path}`, { ...page, ref_date: visitDay(day.ref_date) });
  }
  if (!byKey.size) return;
  await manager.query(
    `INSERT INTO "data_api_visit_pages" ("app_id", "ref_date", "page_path", "data_source_id", "page_visit_pv",
       "page_visit_uv", "page_staytime_pv", "entrypage_pv", "exitpage_pv", "page_share_pv", "page_share_uv")
     SELECT $1, ref_date, page_path, $2, page_visit_pv, page_visit_uv, page_staytime_pv, entrypage_pv, exitpage_pv,
            page_share_pv, page_share_uv
       FROM jsonb_to_recordset($3::jsonb) AS r(ref_date date, page_path text, page_visit_pv integer,
         page_visit_uv integer, page_staytime_pv double precision, entrypage_pv integer, exitpage_pv integer,
         page_share_pv integer, page_share_uv integer)
      ORDER BY ref_date, page_path
     ON CONFLICT ON CONSTRAINT "PK_data_api_visit_pages" DO UPDATE SET
       "data_source_id" = EXCLUDED."data_source_id", "page_visit_pv" = EXCLUDED."page_visit_pv",
       "page_visit_uv" = EXCLUDED."page_visit_uv", "page_staytime_pv" = EXCLUDED."page_staytime_pv",
       "entrypage_pv" = EXCLUDED."entrypage_pv", "exitpage_pv" = EXCLUDED."exitpage_pv",
       "page_share_pv" = EXCLUDED."page_share_pv", "page_share_uv" = EXCLUDED."page_share_uv", "updated_at" = now()`,
    [appId, dataSourceId, JSON.stringify([...byKey.values()])],
  );
}

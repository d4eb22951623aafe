import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppsService } from '../apps/apps.service';
import { RequestValidationError } from '../common/request-validation-error';
import { collectorOrderFigures, collectorOrdersOfDay, type CollectorOrder } from './collector-order-figures';
import { compareOrder, type AddOrderSide } from './compare-order';
import type {
  ReconciliationDayDto,
  ReconciliationDrillDownDto,
  ReconciliationOrderDto,
  ReconciliationReportDto,
} from './dto/reconciliation-response.dto';
import { CHINA_TZ, recomputedFigures, reportedFigures, yuan, type OrderFigures } from './order-figures';

// A quarter: the chart's widest view; longer ranges are paged by the caller.
const MAX_DAYS = 92;
// The drill-down is for reading; past this many orders a day, export the data instead.
const MAX_ORDERS = 2000;

const FIELDS: (keyof OrderFigures)[] = ['giveOrderAmountSum', 'giveOrderNumSum', 'paymentAmountSum', 'payedNumSum'];

/**
 * Reconciliation per app and China day: add_order_sum as reported vs the same figures recomputed from add_order
 * rows vs recomputed from the collector's custom_order events, and the orders behind a mismatch.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apps: AppsService,
  ) {}

  async report(appid: string, from: string, to: string): Promise<ReconciliationReportDto> {
    checkRange(from, to);
    const app = await this.apps.get(appid);
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      // One snapshot (REPEATABLE READ) so the three columns describe the same moment.
      const reported = await reportedFigures(m, app.id, from, to);
      const recomputed = await recomputedFigures(m, app.id, from, to);
      const collector = await collectorOrderFigures(m, app.id, from, to);
      const days = [...recomputed.keys()].map((day) =>
        compareDay(day, reported.get(day) ?? null, recomputed.get(day)!, collector?.get(day) ?? null),
      );
      return { appid, from, to, collectorAvailable: collector !== null, days };
    });
  }

  async drillDown(appid: string, day: string, all = false): Promise<ReconciliationDrillDownDto> {
    checkRange(day, day, 'day');
    const app = await this.apps.get(appid);
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const summary = compareDay(
        day,
        (await reportedFigures(m, app.id, day, day)).get(day) ?? null,
        (await recomputedFigures(m, app.id, day, day)).get(day)!,
        (await collectorOrderFigures(m, app.id, day, day))?.get(day) ?? null,
      );
      const collector = await collectorOrdersOfDay(m, app.id, day);
      const ours = await addOrdersOf(m, app.id, day, collector?.map((c) => c.orderId) ?? []);
      const theirs = new Map((collector ?? []).map((c) => [c.orderId, c]));
      const ids = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
      const orders: ReconciliationOrderDto[] = ids
        .map((orderId) => {
          const addOrder = ours.get(orderId) ?? null;
          const seen: CollectorOrder | null = theirs.get(orderId) ?? null;
          return {
            orderId,
            addOrder,
            collector: seen && { placedDay: seen.placedDay, paidDay: seen.paidDay, amount: seen.amount },
            problems: compareOrder(addOrder, seen, collector !== null),
          };
        })
        .filter((o) => all || o.problems.length);
      return {
        summary,
        collectorAvailable: collector !== null,
        orders: orders.slice(0, MAX_ORDERS),
        truncated: orders.length > MAX_ORDERS,
      };
    });
  }
}

/** The add_order rows placed or paid on `day`, plus those with the given ids (seen by the collector that day). */
async function addOrdersOf(
  m: EntityManager,
  appId: string,
  day: string,
  ids: string[],
): Promise<Map<string, AddOrderSide>> {
  const rows: { id: string; status: string; amount: string; placed: string | null; paid: string | null }[] =
    await m.query(
      `SELECT "external_order_id" AS id, "order_status" AS status, "payment_amount" AS amount,
              to_char(("create_time" AT TIME ZONE '${CHINA_TZ}')::date, 'YYYY-MM-DD') AS placed,
              to_char(("paid_at" AT TIME ZONE '${CHINA_TZ}')::date, 'YYYY-MM-DD') AS paid
         FROM "data_api_orders"
        WHERE "app_id" = $1 AND (
              ("create_time" >= $2::date::timestamp AT TIME ZONE '${CHINA_TZ}'
               AND "create_time" < ($2::date + 1)::timestamp AT TIME ZONE '${CHINA_TZ}')
           OR ("paid_at" >= $2::date::timestamp AT TIME ZONE '${CHINA_TZ}'
               AND "paid_at" < ($2::date + 1)::timestamp AT TIME ZONE '${CHINA_TZ}')
           OR "external_order_id" = ANY($3::text[]))
        ORDER BY "external_order_id" LIMIT ${MAX_ORDERS + 1}`,
      [appId, day, ids],
    );
  return new Map(
    rows.map((r) => [
      r.id,
      { orderStatus: r.status, paymentAmount: yuan(r.amount), placedDay: r.placed, paidDay: r.paid },
    ]),
  );
}

function compareDay(
  day: string,
  reported: OrderFigures | null,
  recomputed: OrderFigures,
  collector: OrderFigures | null,
): ReconciliationDayDto {
  const mismatchedFields = [
    ...(reported ? FIELDS.filter((f) => reported[f] !== recomputed[f]).map((f) => `reported.${f}`) : []),
    ...(collector ? FIELDS.filter((f) => collector[f] !== recomputed[f]).map((f) => `collector.${f}`) : []),
  ];
  return { day, reported, recomputed, collector, mismatch: mismatchedFields.length > 0, mismatchedFields };
}

function checkRange(from: string, to: string, rangeField = 'to'): void {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const real = (s: string, t: number) => !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  const notADay = (field: string) =>
    new RequestValidationError([{ field, message: `${field}: not a real calendar day / ${field} 不是有效日期` }]);
  if (!real(from, a)) throw notADay(rangeField === 'day' ? 'day' : 'from');
  if (!real(to, b)) throw notADay(rangeField);
  const days = (b - a) / 86_400_000 + 1;
  if (days < 1 || days > MAX_DAYS) {
    throw new RequestValidationError([
      {
        field: rangeField,
        message: `${rangeField}: the range must run forward and cover at most ${MAX_DAYS} days / 日期范围必须从前往后且最多 ${MAX_DAYS} 天`,
      },
    ]);
  }
}

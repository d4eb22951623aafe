import { Injectable } from '@nestjs/common';
import {
  validateInterfaceBody,
  type AddOrderBody,
  type AddOrderSumBody,
  type AddWxappVisitPageBody,
  type Violation,
  type YoushuInterfaceName,
  type YoushuOrder,
} from '@trackway/language';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxService } from '../forwarding/outbox.service';
import type { Authenticated } from './data-api-auth.service';
import { DataApiError } from './data-api-error';
import { DATA_API_RETCODES } from './data-api-retcode';
import { countTooLarge, duplicateInCall, notACalendarDay } from './item-checks';
import { itemResults, splitByItem, type ItemResult } from './item-results';
import { NonceStore } from './nonce-store';
import { orderAmountWarnings } from './order-amount-warnings';
import { toOrderRow } from './order-row';
import { chinaDay, storeOrderSums } from './store-order-sums';
import { storeOrders } from './store-orders';
import { storeVisitPages, visitDay } from './store-visit-pages';

/** What the forwarding sender needs to replay an accepted call at Youshu. */
export interface DataApiForwardPayload {
  interface: YoushuInterfaceName;
  body: Record<string, unknown>;
}

export interface DataApiAnswer {
  retcode: number;
  errmsg: string;
  data: { accepted: number; refused: number; results: ItemResult[] };
}

/**
 * The three data API interfaces. Each validates the body with the catalog (@trackway/language), refuses the
 * whole call only for problems of the body itself, and otherwise stores the valid items in ONE transaction with
 * the nonce and the forwarding outbox row, reporting the refused items by index with reasons.
 */
@Injectable()
export class DataApiService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nonces: NonceStore,
    private readonly outbox: OutboxService,
  ) {}

  async addOrder(auth: Authenticated, body: unknown): Promise<DataApiAnswer> {
    const byIndex = this.validate('add_order', body, 'orders');
    const { dataSourceId, orders } = body as AddOrderBody;
    const lastIndexOf = new Map(orders.map((o, i) => [(o as YoushuOrder | null)?.external_order_id, i]));
    const results = itemResults(
      orders.length,
      byIndex,
      (i) => (typeof orders[i]?.external_order_id === 'string' ? orders[i].external_order_id : null),
      (i) => {
        if (byIndex.get(i)?.some((v) => v.severity === 'error')) return [];
        const later = lastIndexOf.get(orders[i].external_order_id)!;
        return [
          ...(later !== i ? [duplicateInCall(`/orders/${i}`, orders[i].external_order_id, later)] : []),
          ...countTooLarge(`/orders/${i}/goods_num_total`, orders[i].goods_num_total),
          ...orderAmountWarnings(orders[i], `/orders/${i}`),
        ];
      },
    );
    const accepted = results.filter((r) => r.accepted);
    return this.store(auth, 'add_order', results, async (m) => {
      await storeOrders(
        m,
        auth.app.id,
        dataSourceId,
        accepted.map((r) => toOrderRow(orders[r.index], r.warnings)),
      );
      return { dataSourceId, orders: accepted.map((r) => orders[r.index]) };
    });
  }

  async addOrderSum(auth: Authenticated, body: unknown): Promise<DataApiAnswer> {
    const byIndex = this.validate('add_order_sum', body, 'orders');
    const { dataSourceId, orders } = body as AddOrderSumBody;
    const results = itemResults(
      orders.length,
      byIndex,
      (i) => (typeof orders[i]?.ref_date === 'string' ? chinaDay(orders[i].ref_date) : null),
      (i) => [
        ...countTooLarge(`/orders/${i}/give_order_num_sum`, orders[i]?.give_order_num_sum),
        ...countTooLarge(`/orders/${i}/payed_num_sum`, orders[i]?.payed_num_sum),
      ],
    );
    const accepted = results.filter((r) => r.accepted).map((r) => orders[r.index]);
    return this.store(auth, 'add_order_sum', results, async (m) => {
      await storeOrderSums(m, auth.app.id, dataSourceId, accepted);
      return { dataSourceId, orders: accepted };
    });
  }

  async addVisitPage(auth: Authenticated, body: unknown): Promise<DataApiAnswer> {
    const byIndex = this.validate('add_wxapp_visit_page', body, 'rawMsg');
    const { dataSourceId, rawMsg } = body as AddWxappVisitPageBody;
    const results = itemResults(
      rawMsg.length,
      byIndex,
      (i) => (typeof rawMsg[i]?.ref_date === 'string' ? rawMsg[i].ref_date : null),
      (i) => {
        if (byIndex.get(i)?.some((v) => v.severity === 'error')) return [];
        const day = rawMsg[i];
        const out: Violation[] = visitDay(day.ref_date) ? [] : [notACalendarDay(`/rawMsg/${i}/ref_date`, day.ref_date)];
        day.list.forEach((page, j) => {
          for (const [key, value] of Object.entries(page))
            out.push(...countTooLarge(`/rawMsg/${i}/list/${j}/${key}`, value));
        });
        return out;
      },
    );
    const accepted = results.filter((r) => r.accepted).map((r) => rawMsg[r.index]);
    return this.store(auth, 'add_wxapp_visit_page', results, async (m) => {
      await storeVisitPages(m, auth.app.id, dataSourceId, accepted);
      return { dataSourceId, rawMsg: accepted };
    });
  }

  /** Catalog validation; problems outside the items refuse the whole call (400). */
  private validate(name: YoushuInterfaceName, body: unknown, arrayKey: string): Map<number, Violation[]> {
    const { body: bodyProblems, byIndex } = splitByItem(validateInterfaceBody(name, body).errors, arrayKey);
    const errors = bodyProblems.filter((v) => v.severity === 'error');
    if (errors.length) throw DataApiError.invalidBody(errors);
    return byIndex;
  }

  /**
   * One transaction: the nonce (a replay fails here and stores nothing), the accepted items, and their outbox
   * row when the app forwards to Youshu. Committed before the answer: accepted means stored and queued.
   */
  private async store(
    auth: Authenticated,
    name: YoushuInterfaceName,
    results: ItemResult[],
    write: (m: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<DataApiAnswer> {
    const accepted = results.filter((r) => r.accepted).length;
    await this.dataSource.transaction(async (m) => {
      await this.nonces.claim(m, auth.app.id, auth.nonce);
      if (!accepted) return;
      const forwardBody = await write(m);
      const [forwarding] = await m.query(`SELECT "data_api_enabled" FROM "app_forwarding" WHERE "app_id" = $1`, [
        auth.app.id,
      ]);
      if (forwarding?.data_api_enabled) {
        const payload: DataApiForwardPayload = { interface: name, body: forwardBody };
        await this.outbox.enqueue(m, [{ appId: auth.app.id, kind: 'youshu-data-api', payload }]);
      }
    });
    return answer(results, accepted);
  }
}

function answer(results: ItemResult[], accepted: number): DataApiAnswer {
  const refused = results.length - accepted;
  const data = { accepted, refused, results };
  if (!refused) return { retcode: DATA_API_RETCODES.ok, errmsg: 'ok', data };
  if (!accepted) {
    throw new DataApiError(
      422,
      'all_refused',
      `All ${refused} item(s) were refused, nothing stored: see data.results / 全部 ${refused} 项被拒绝，未保存，详见 data.results`,
      data,
    );
  }
  return {
    retcode: DATA_API_RETCODES.partially_accepted,
    errmsg: `${accepted} stored, ${refused} refused: see data.results / 已保存 ${accepted} 项，拒绝 ${refused} 项，详见 data.results`,
    data,
  };
}

import request from 'supertest';
import { DataSource } from 'typeorm';
import { ADD_ORDER, ADD_ORDER_SUM, DAY, DAY_MS, order, postSigned } from '../../test/data-api-fixtures';
import { adminToken, bearer, createApp, loginAs, type CreatedApp } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const HOUR = 3_600_000;

describe('reconciliation API', () => {
  let t: TestApp;
  let ds: DataSource;
  let app: CreatedApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    auth = bearer(await adminToken(t));
    app = await createApp(t);
    const unpaid = order('A2', { order_status: '1110', payment_amount: 50, payable_amount: 50 });
    delete unpaid.payment_info;
    await postSigned(t.url, ADD_ORDER, app.appid, app.dataApiSecret, {
      dataSourceId: 'ds',
      orders: [order('A1'), unpaid, order('A3', { payment_amount: 20, payable_amount: 20 })],
    }).expect(200);
    // The merchant's own summary claims one order more than it reported: the planted mismatch.
    await postSigned(t.url, ADD_ORDER_SUM, app.appid, app.dataApiSecret, {
      dataSourceId: 'ds',
      orders: [
        {
          ref_date: String(DAY_MS),
          give_order_amount_sum: 149.9,
          give_order_num_sum: 4,
          payment_amount_sum: 99.9,
          payed_num_sum: 2,
        },
      ],
    }).expect(200);
  });
  afterAll(() => t.close());

  const report = (from: string, to: string) =>
    request(t.url).get(`/api/apps/${app.appid}/reconciliation?from=${from}&to=${to}`).set(auth);

  it('should flag the day whose add_order_sum disagrees with the add_order rows', async () => {
    const res = await report('2026-11-30', '2026-12-02').expect(200);
    // Before the collector is merged its table is absent and the collector column is null, not an error.
    const [{ present }] = await ds.query(`SELECT to_regclass('public.collector_events') IS NOT NULL AS present`);
    expect(res.body.collectorAvailable).toBe(present);
    expect(res.body.days.map((d: { day: string }) => d.day)).toEqual(['2026-11-30', DAY, '2026-12-02']);
    const day = res.body.days[1];
    expect(day).toMatchObject({
      reported: { giveOrderAmountSum: 149.9, giveOrderNumSum: 4, paymentAmountSum: 99.9, payedNumSum: 2 },
      recomputed: { giveOrderAmountSum: 149.9, giveOrderNumSum: 3, paymentAmountSum: 99.9, payedNumSum: 2 },
      mismatch: true,
    });
    if (!present) expect(day.collector).toBeNull();
    expect(day.mismatchedFields.filter((f: string) => f.startsWith('reported.'))).toEqual(['reported.giveOrderNumSum']);
    expect(res.body.days[0]).toMatchObject({ reported: null, mismatch: false });
  });

  it('should list the day’s orders in the drill-down when asked for all of them', async () => {
    const res = await request(t.url).get(`/api/apps/${app.appid}/reconciliation/${DAY}?all=true`).set(auth).expect(200);
    expect(res.body.summary.mismatch).toBe(true);
    expect(res.body.orders.map((o: { orderId: string }) => o.orderId)).toEqual(['A1', 'A2', 'A3']);
    expect(res.body.orders[1].addOrder).toMatchObject({ orderStatus: '1110', paymentAmount: 50, paidDay: null });
  });

  it('should compare with the collector’s custom_order events and list the mismatching orders with ids', async () => {
    // The table and columns the collector writes. Before the collector's migration is merged, a plain table with
    // those columns; after, its day-partitioned table, whose partition for the day must exist.
    await ds.query(`CREATE TABLE IF NOT EXISTS collector_events (
      app_id uuid NOT NULL, received_at timestamptz NOT NULL, type text NOT NULL, props jsonb NOT NULL, valid boolean NOT NULL)`);
    await ds.query(`DO $$ BEGIN
      IF to_regproc('collector_events_ensure_partition') IS NOT NULL THEN
        PERFORM collector_events_ensure_partition(DATE '${DAY}');
      END IF;
    END $$`);
    const [{ id }] = await ds.query(`SELECT id FROM apps WHERE appid = $1`, [app.appid]);
    const event = (orderId: string, status: string, amount: number, extra: Record<string, unknown> = {}) => ({
      order: { order_id: orderId, order_time: DAY_MS + 10 * HOUR, order_status: status, ...extra },
      sub_orders: [{ sub_order_id: orderId, order_amt: amount, pay_amt: amount }],
    });
    const events = [
      event('A1', 'give_order', 79.9),
      event('A1', 'payed', 79.9, { pay_time: DAY_MS + 10 * HOUR + 60_000 }),
      event('A2', 'give_order', 50),
      event('A3', 'give_order', 20), // paid per add_order, but no payed event reached the collector
      event('X9', 'give_order', 9.9), // the collector saw an order the merchant never reported
    ];
    for (const props of events) {
      await ds.query(
        `INSERT INTO collector_events (app_id, received_at, type, props, valid) VALUES ($1, $2, $3, $4, true)`,
        [id, new Date(DAY_MS + 11 * HOUR), 'custom_order', JSON.stringify(props)],
      );
    }
    await ds.query(
      `INSERT INTO collector_events (app_id, received_at, type, props, valid) VALUES ($1, $2, $3, $4, false)`,
      [id, new Date(DAY_MS + 11 * HOUR), 'custom_order', JSON.stringify(event('INVALID', 'give_order', 1))],
    );

    const res = await report(DAY, DAY).expect(200);
    expect(res.body.collectorAvailable).toBe(true);
    expect(res.body.days[0].collector).toEqual({
      giveOrderAmountSum: 159.8,
      giveOrderNumSum: 4,
      paymentAmountSum: 79.9,
      payedNumSum: 1,
    });
    expect(res.body.days[0].mismatchedFields).toEqual([
      'reported.giveOrderNumSum',
      'collector.giveOrderAmountSum',
      'collector.giveOrderNumSum',
      'collector.paymentAmountSum',
      'collector.payedNumSum',
    ]);

    const drill = await request(t.url).get(`/api/apps/${app.appid}/reconciliation/${DAY}`).set(auth).expect(200);
    expect(drill.body.orders.map((o: { orderId: string; problems: string[] }) => [o.orderId, o.problems])).toEqual([
      ['A3', ['not_paid_in_collector']],
      ['X9', ['missing_in_add_order']],
    ]);
  });

  it('should refuse a bad range, naming the field, and let a viewer read', async () => {
    const backwards = await report('2026-12-05', '2026-12-01').expect(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    const bad = await report('2026-13-01', '2026-12-01').expect(400);
    expect(bad.body.errors[0].field).toBe('from');
    const tooLong = await report('2026-01-01', '2026-12-31').expect(400);
    expect(tooLong.body.message).toMatch(/92/);
    const viewer = await loginAs(t, 'viewer');
    await request(t.url)
      .get(`/api/apps/${app.appid}/reconciliation?from=${DAY}&to=${DAY}`)
      .set(viewer.auth)
      .expect(200);
  });

  it('should describe the report and the drill-down in the OpenAPI document for the 对账 page', async () => {
    const doc = (await request(t.url).get('/api/docs-json').expect(200)).body;
    const report = doc.paths['/api/apps/{appid}/reconciliation'].get;
    expect(report.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['appid', 'from', 'to']);
    expect(report.responses['200'].content['application/json'].schema.$ref).toMatch(/ReconciliationReportDto/);
    const drill = doc.paths['/api/apps/{appid}/reconciliation/{day}'].get;
    expect(drill.responses['200'].content['application/json'].schema.$ref).toMatch(/ReconciliationDrillDownDto/);
    expect(doc.components.schemas.ReconciliationOrderDto.properties.problems.type).toBe('array');
  });
});

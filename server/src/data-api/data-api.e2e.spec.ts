import request from 'supertest';
import { DataSource } from 'typeorm';
import { signedParams } from './data-api-signature';
import { NonceStore } from './nonce-store';
import { ADD_ORDER, ADD_ORDER_SUM, ADD_VISIT_PAGE, DAY, DAY_MS, order, postSigned } from '../../test/data-api-fixtures';
import { adminToken, bearer, createApp, type CreatedApp } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('data API', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const post = (app: CreatedApp, path: string, body: unknown, params: Record<string, string> = {}) =>
    postSigned(t.url, path, app.appid, app.dataApiSecret, body, params);

  async function storedOrders(appid: string) {
    return ds.query(
      `SELECT o.external_order_id, o.order_status, o.payment_amount, o.paid_at, o.guide_ids, o.room_ids, o.store_ids,
              o.data_source_id, o.warnings
         FROM data_api_orders o JOIN apps a ON a.id = o.app_id WHERE a.appid = $1 ORDER BY o.external_order_id`,
      [appid],
    );
  }

  it('should accept a signed add_order and store every order', async () => {
    const app = await createApp(t);
    const res = await post(app, ADD_ORDER, { dataSourceId: 'ds-1', orders: [order('A1'), order('A2')] }).expect(200);
    expect(res.body).toMatchObject({ retcode: 0, errmsg: 'ok', data: { accepted: 2, refused: 0 } });
    expect(res.body.data.results.map((r: { id: string }) => r.id)).toEqual(['A1', 'A2']);
    const rows = await storedOrders(app.appid);
    expect(rows.map((r: { external_order_id: string }) => r.external_order_id)).toEqual(['A1', 'A2']);
    expect(rows[0]).toMatchObject({ order_status: '1150', payment_amount: '79.9', data_source_id: 'ds-1' });
    // guide_id / room_id in chan_info[] and store_info per goods item are recognised for the analysis modules.
    expect(rows[0]).toMatchObject({ guide_ids: ['guide-7'], room_ids: ['room-3'], store_ids: ['shop-9'] });
  });

  it('should refuse a bad signature, a stale timestamp, a replayed nonce and an unknown app_id', async () => {
    const app = await createApp(t);
    const body = { dataSourceId: 'ds', orders: [order('S1')] };
    const bad = await postSigned(t.url, ADD_ORDER, app.appid, 'not-the-secret', body).expect(401);
    expect(bad.body).toMatchObject({ retcode: 4003, data: { code: 'bad_signature' } });
    expect(bad.body.errmsg).toMatch(/签名/);

    const stale = signedParams(app.appid, app.dataApiSecret, Date.now() - 301_000);
    const old = await post(app, ADD_ORDER, body, { ...stale }).expect(401);
    expect(old.body).toMatchObject({ retcode: 4004, data: { code: 'stale_timestamp' } });

    const once = signedParams(app.appid, app.dataApiSecret);
    await post(app, ADD_ORDER, body, { ...once }).expect(200);
    const replay = await post(app, ADD_ORDER, body, { ...once }).expect(401);
    expect(replay.body).toMatchObject({ retcode: 4005, data: { code: 'nonce_reused' } });

    const twice = await request(t.url)
      .post(`${ADD_ORDER}?${new URLSearchParams({ ...signedParams(app.appid, app.dataApiSecret) })}&signature=ab`)
      .send(body)
      .expect(400);
    expect(twice.body).toMatchObject({ retcode: 4001, data: { code: 'missing_signature_params' } });
    expect(twice.body.errmsg).toContain('signature');

    const unknown = await postSigned(t.url, ADD_ORDER, 'wx0000000000000000', 'x', body).expect(401);
    expect(unknown.body.data.code).toBe('unknown_app_id');
    expect(await storedOrders(app.appid)).toHaveLength(1);
  });

  it('should refuse a nonce replayed to another server instance', async () => {
    const app = await createApp(t);
    const second = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      const params = { ...signedParams(app.appid, app.dataApiSecret) };
      const body = { dataSourceId: 'ds', orders: [order('N1')] };
      await post(app, ADD_ORDER, body, params).expect(200);
      const replay = await postSigned(second.url, ADD_ORDER, app.appid, app.dataApiSecret, body, params).expect(401);
      expect(replay.body.data.code).toBe('nonce_reused');
    } finally {
      await second.app.close();
    }
  });

  it('should accept exactly one of two concurrent calls with the same nonce', async () => {
    const app = await createApp(t);
    const params = { ...signedParams(app.appid, app.dataApiSecret) };
    const [a, b] = await Promise.all([
      post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('R1')] }, params),
      post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('R2')] }, params),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 401]);
    expect(await storedOrders(app.appid)).toHaveLength(1);
  });

  it('should forget a nonce once it can no longer pass the time window, and purge it', async () => {
    const app = await createApp(t);
    const params = { ...signedParams(app.appid, app.dataApiSecret) };
    await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('E1')] }, params).expect(200);
    // As if the 10 minutes had passed (the timestamp itself is still fresh, so only the nonce store decides).
    await ds.query(`UPDATE data_api_nonces SET expires_at = now() - interval '1 second' WHERE nonce = $1`, [
      params.nonce,
    ]);
    await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('E2')] }, params).expect(200);
    await ds.query(`UPDATE data_api_nonces SET expires_at = now() - interval '1 second' WHERE nonce = $1`, [
      params.nonce,
    ]);
    await t.app.get(NonceStore).purge();
    expect(await ds.query(`SELECT 1 FROM data_api_nonces WHERE nonce = $1`, [params.nonce])).toEqual([]);
  });

  it('should store the valid orders and report the invalid one by index with reasons in zh and en', async () => {
    const app = await createApp(t);
    const bad = order('B2', { order_status: '9999', create_time: 1700000000000 });
    const res = await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('B1'), bad, order('B3')] }).expect(200);
    expect(res.body).toMatchObject({ retcode: 1001, data: { accepted: 2, refused: 1 } });
    const refused = res.body.data.results[1];
    expect(refused).toMatchObject({ index: 1, id: 'B2', accepted: false });
    expect(refused.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/orders/1/create_time',
      '/orders/1/order_status',
    ]);
    expect(refused.errors[0].message.zh).toMatch(/orders\[1\]/);
    expect(refused.errors[0].message.en).toMatch(/orders\[1\]/);
    expect((await storedOrders(app.appid)).map((r: { external_order_id: string }) => r.external_order_id)).toEqual([
      'B1',
      'B3',
    ]);
  });

  it('should refuse items that are not objects by index, storing the others', async () => {
    const app = await createApp(t);
    const res = await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [null, order('Z1'), 7] }).expect(200);
    expect(res.body.data.results.map((r: { accepted: boolean }) => r.accepted)).toEqual([false, true, false]);
    expect(res.body.data.results[0].errors[0].path).toBe('/orders/0');
    expect((await storedOrders(app.appid)).map((r: { external_order_id: string }) => r.external_order_id)).toEqual([
      'Z1',
    ]);
  });

  it('should answer 422 with every reason when all orders are refused, storing nothing', async () => {
    const app = await createApp(t);
    const res = await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [order('C1', { order_source: 'fax' })] });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ retcode: 1002, data: { code: 'all_refused', accepted: 0, refused: 1 } });
    expect(res.body.data.results[0].errors[0]).toMatchObject({ path: '/orders/0/order_source', code: 'enum' });
    expect(await storedOrders(app.appid)).toEqual([]);
  });

  it('should refuse more than 50 orders in one call and a body without dataSourceId (400, naming the field)', async () => {
    const app = await createApp(t);
    const many = Array.from({ length: 51 }, (_, i) => order(`M${i}`));
    const res = await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: many }).expect(400);
    expect(res.body).toMatchObject({ retcode: 4000, data: { code: 'invalid_body' } });
    expect(res.body.data.errors[0]).toMatchObject({ path: '/orders', code: 'max_items' });
    const noSource = await post(app, ADD_ORDER, { orders: [order('M1')] }).expect(400);
    expect(noSource.body.errmsg).toMatch(/dataSourceId/);
    expect(await storedOrders(app.appid)).toEqual([]);
  });

  it('should store amount relations that do not add up, with warnings', async () => {
    const app = await createApp(t);
    const res = await post(app, ADD_ORDER, {
      dataSourceId: 'ds',
      orders: [order('W1', { order_amount: 90, payable_amount: 79.9 })],
    }).expect(200);
    expect(res.body.retcode).toBe(0);
    expect(res.body.data.results[0].warnings).toEqual([
      expect.objectContaining({ path: '/orders/0/order_amount', code: 'amount_relation', severity: 'warning' }),
    ]);
    const [row] = await storedOrders(app.appid);
    expect(row.warnings[0].code).toBe('amount_relation');
  });

  it('should upsert by external_order_id and keep the status history', async () => {
    const app = await createApp(t);
    const placed = order('U1', { order_status: '1110', status_change_time: String(DAY_MS + 36_000_000) });
    delete placed.payment_info;
    await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [placed] }).expect(200);
    const paid = order('U1', { status_change_time: String(DAY_MS + 36_060_000) });
    await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [paid] }).expect(200);
    await post(app, ADD_ORDER, { dataSourceId: 'ds', orders: [paid] }).expect(200); // a resend adds nothing
    const rows = await storedOrders(app.appid);
    expect(rows).toHaveLength(1);
    expect(rows[0].order_status).toBe('1150');
    expect(new Date(rows[0].paid_at).getTime()).toBe(DAY_MS + 36_060_000);
    const history = await ds.query(
      `SELECT h.order_status FROM data_api_order_status_history h JOIN data_api_orders o ON o.id = h.order_id
        JOIN apps a ON a.id = o.app_id WHERE a.appid = $1 ORDER BY h.status_change_time`,
      [app.appid],
    );
    expect(history.map((h: { order_status: string }) => h.order_status)).toEqual(['1110', '1150']);
  });

  it('should refuse the earlier copy of an order sent twice in one call', async () => {
    const app = await createApp(t);
    const res = await post(app, ADD_ORDER, {
      dataSourceId: 'ds',
      orders: [order('D1', { order_status: '1160' }), order('D1')],
    }).expect(200);
    expect(res.body.data.results[0].errors[0].code).toBe('duplicate_in_call');
    expect((await storedOrders(app.appid))[0].order_status).toBe('1150');
  });

  it('should store add_order_sum as one row per day, a resend replacing it', async () => {
    const app = await createApp(t);
    const sum = (n: number) => ({
      ref_date: String(DAY_MS),
      give_order_amount_sum: 159.8,
      give_order_num_sum: n,
      payment_amount_sum: 79.9,
      payed_num_sum: 1,
    });
    const sums = () =>
      ds.query(
        `SELECT to_char(s.ref_date, 'YYYY-MM-DD') AS day, s.give_order_num_sum, s.give_order_amount_sum
           FROM data_api_order_sums s JOIN apps a ON a.id = s.app_id WHERE a.appid = $1`,
        [app.appid],
      );
    await post(app, ADD_ORDER_SUM, { dataSourceId: 'ds', orders: [sum(1), sum(2)] }).expect(200);
    expect(await sums()).toEqual([{ day: DAY, give_order_num_sum: 2, give_order_amount_sum: '159.8' }]);
    const res = await post(app, ADD_ORDER_SUM, { dataSourceId: 'ds', orders: [sum(3)] }).expect(200);
    expect(res.body.data.results[0]).toMatchObject({ id: DAY, accepted: true });
    expect(await sums()).toEqual([{ day: DAY, give_order_num_sum: 3, give_order_amount_sum: '159.8' }]);
  });

  it('should store add_wxapp_visit_page as one row per day and page, refusing an impossible day', async () => {
    const app = await createApp(t);
    const day = (ref: string, pv: number) => ({
      ref_date: ref,
      list: [
        { page_path: 'pages/index/index', page_visit_pv: pv, page_visit_uv: 8, page_staytime_pv: 12.5 },
        { page_path: 'pages/goods/detail', page_visit_pv: 5 },
      ],
    });
    const res = await post(app, ADD_VISIT_PAGE, {
      dataSourceId: 'ds',
      rawMsg: [day('20261201', 10), day('20261340', 1)],
    }).expect(200);
    expect(res.body.data.results[1]).toMatchObject({
      accepted: false,
      errors: [expect.objectContaining({ code: 'format' })],
    });
    await post(app, ADD_VISIT_PAGE, { dataSourceId: 'ds', rawMsg: [day('20261201', 12)] }).expect(200);
    const rows = await ds.query(
      `SELECT to_char(v.ref_date, 'YYYYMMDD') AS day, v.page_path, v.page_visit_pv FROM data_api_visit_pages v
         JOIN apps a ON a.id = v.app_id WHERE a.appid = $1 ORDER BY v.page_path`,
      [app.appid],
    );
    expect(rows).toEqual([
      { day: '20261201', page_path: 'pages/goods/detail', page_visit_pv: 5 },
      { day: '20261201', page_path: 'pages/index/index', page_visit_pv: 12 },
    ]);
  });

  it('should accept calls signed with the merchant’s real Youshu app_id and app_secret once stored (drop-in)', async () => {
    const app = await createApp(t);
    const youshu = { id: `bi-${app.appid}`, secret: 'the-real-youshu-secret' };
    const body = { dataSourceId: 'ds', orders: [order('Y1')] };
    await postSigned(t.url, ADD_ORDER, youshu.id, youshu.secret, body).expect(401);
    await request(t.url)
      .put(`/api/apps/${app.appid}/forwarding`)
      .set(bearer(await adminToken(t)))
      .send({ youshuAppId: youshu.id, youshuAppSecret: youshu.secret })
      .expect(200);
    const res = await postSigned(t.url, ADD_ORDER, youshu.id, youshu.secret, body).expect(200);
    expect(res.body.retcode).toBe(0);
    expect((await storedOrders(app.appid)).map((r: { external_order_id: string }) => r.external_order_id)).toEqual([
      'Y1',
    ]);
    const wrong = await postSigned(t.url, ADD_ORDER, youshu.id, 'guess', body).expect(401);
    expect(wrong.body.data.code).toBe('bad_signature');
  });

  it('should list the three interfaces in the OpenAPI document', async () => {
    const doc = (await request(t.url).get('/api/docs-json').expect(200)).body;
    for (const path of [ADD_ORDER, ADD_ORDER_SUM, ADD_VISIT_PAGE]) {
      const op = doc.paths[path]?.post;
      expect(op).toBeDefined();
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual([
        'app_id',
        'nonce',
        'sign',
        'timestamp',
        'signature',
      ]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    }
  });
});

import request from 'supertest';
import { FakeReceiver } from '../../test/fake-receiver';
import { ADD_ORDER, ADD_ORDER_SUM, DAY_MS, order, postSigned } from '../../test/data-api-fixtures';
import { adminToken, bearer, createApp, type CreatedApp } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ForwardWorker } from '../forwarding/forward-worker';
import { dataApiSignature } from './data-api-signature';

const YOUSHU = { secret: 'real-youshu-app-secret' };

describe('data API forwarding to Youshu', () => {
  let t: TestApp;
  let worker: ForwardWorker;
  const youshu = new FakeReceiver();

  beforeAll(async () => {
    t = await startTestApp({ env: { TRACKWAY_FORWARD_BACKOFF_MS: '1', TRACKWAY_FORWARD_POLL_MS: '50' } });
    worker = t.app.get(ForwardWorker);
    await worker.pause();
    await youshu.start();
  });
  afterAll(async () => {
    await youshu.stop();
    await t.close();
  });

  /** An app that forwards its data API calls to the fake Youshu, with its Youshu app_id. */
  async function forwardingApp(): Promise<CreatedApp & { youshuAppId: string }> {
    const app = await createApp(t);
    const youshuAppId = `bi${app.appid.slice(2)}`;
    await request(t.url)
      .put(`/api/apps/${app.appid}/forwarding`)
      .set(bearer(await adminToken(t)))
      .send({ dataApiEnabled: true, dataApiBaseUrl: youshu.url, youshuAppId, youshuAppSecret: YOUSHU.secret })
      .expect(200);
    return { ...app, youshuAppId };
  }

  const outbox = async (appid: string) =>
    (
      await request(t.url)
        .get(`/api/apps/${appid}/forwarding`)
        .set(bearer(await adminToken(t)))
        .expect(200)
    ).body;

  it('should accept while Youshu is down and forward the valid orders, freshly signed, once it is back', async () => {
    const app = await forwardingApp();
    await youshu.stop();
    const body = { dataSourceId: 'youshu-ds-1', orders: [order('F1'), order('F2', { order_type: 99 }), order('F3')] };
    const res = await postSigned(t.url, ADD_ORDER, app.appid, app.dataApiSecret, body).expect(200);
    expect(res.body.data).toMatchObject({ accepted: 2, refused: 1 });
    await worker.drain();
    const during = await outbox(app.appid);
    expect(during.outbox).toEqual({ pending: 1, delivered: 0, dead: 0 });

    await youshu.start();
    const before = youshu.received.length;
    const sentAfter = Math.floor(Date.now() / 1000);
    await new Promise((r) => setTimeout(r, 5)); // let the 1 ms backoff pass
    await worker.drain();
    expect((await outbox(app.appid)).outbox).toEqual({ pending: 0, delivered: 1, dead: 0 });
    const [call] = youshu.received.slice(before);
    expect(call.path).toBe('/data-api/v1/order/add_order');
    expect(call.body.dataSourceId).toBe('youshu-ds-1');
    expect(call.body.orders.map((o: { external_order_id: string }) => o.external_order_id)).toEqual(['F1', 'F3']);
    // Signed with the merchant's real Youshu credentials, at send time (not at accept time).
    const q = call.query;
    expect(q.get('app_id')).toBe(app.youshuAppId);
    expect(q.get('sign')).toBe('sha256');
    expect(Number(q.get('timestamp'))).toBeGreaterThanOrEqual(sentAfter);
    expect(q.get('signature')).toBe(
      dataApiSignature(YOUSHU.secret, app.youshuAppId, q.get('nonce')!, q.get('timestamp')!),
    );
  });

  it('should send a call Youshu refuses (retcode ≠ 0) to the dead letters with its errmsg, and retry it', async () => {
    const app = await forwardingApp();
    youshu.answer = { retcode: 40013, errmsg: 'invalid dataSourceId' };
    try {
      const sum = {
        ref_date: String(DAY_MS),
        give_order_amount_sum: 1,
        give_order_num_sum: 1,
        payment_amount_sum: 1,
        payed_num_sum: 1,
      };
      await postSigned(t.url, ADD_ORDER_SUM, app.appid, app.dataApiSecret, { dataSourceId: 'x', orders: [sum] }).expect(
        200,
      );
      await worker.drain();
    } finally {
      youshu.answer = { retcode: 0, errmsg: 'ok' };
    }
    const dead = await outbox(app.appid);
    expect(dead.outbox.dead).toBe(1);
    expect(dead.deadLetters[0].lastError).toMatch(/retcode 40013.*invalid dataSourceId/);
    await request(t.url)
      .post(`/api/apps/${app.appid}/forwarding/retry`)
      .set(bearer(await adminToken(t)))
      .expect(200);
    await worker.drain();
    expect((await outbox(app.appid)).outbox).toEqual({ pending: 0, delivered: 1, dead: 0 });
  });

  it('should queue nothing for an app that does not forward', async () => {
    const app = await createApp(t);
    await postSigned(t.url, ADD_ORDER, app.appid, app.dataApiSecret, {
      dataSourceId: 'd',
      orders: [order('N1')],
    }).expect(200);
    expect((await outbox(app.appid)).outbox).toEqual({ pending: 0, delivered: 0, dead: 0 });
  });
});

import request from 'supertest';
import { DataSource } from 'typeorm';
import { FakeReceiver } from '../../../test/fake-receiver';
import { adminToken, bearer, createApp, type CreatedApp } from '../../../test/factories';
import { envelope, storedEvents, upload, validProps, waitForToken } from '../../../test/collector-uploads';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ENV = { TRACKWAY_FORWARD_POLL_MS: '50', TRACKWAY_FORWARD_BACKOFF_MS: '1', TRACKWAY_FORWARD_MAX_ATTEMPTS: '50' };

describe('forwarding collected events to Youshu', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  const youshu = new FakeReceiver();

  beforeAll(async () => {
    t = await startTestApp({ env: ENV });
    auth = bearer(await adminToken(t));
    await youshu.start();
    youshu.answer = { code: 0, msg: 'success' };
  });
  afterAll(async () => {
    await youshu.stop();
    await t.close();
  });

  async function app(forward: boolean): Promise<CreatedApp> {
    const a = await createApp(t);
    await request(t.url)
      .patch(`/api/apps/${a.appid}`)
      .set(auth)
      .send({ youshuToken: `ys-${a.appid}` })
      .expect(200);
    if (forward) {
      await request(t.url)
        .put(`/api/apps/${a.appid}/forwarding`)
        .set(auth)
        .send({ reportEnabled: true, reportUrl: `${youshu.url}/api/report` })
        .expect(200);
    }
    await waitForToken(t, a.collectorToken);
    return a;
  }

  const outboxRows = async (appid: string) =>
    (await t.app
      .get(DataSource)
      .query(`SELECT o.state FROM forward_outbox o JOIN apps a ON a.id = o.app_id WHERE a.appid = $1 ORDER BY o.id`, [
        appid,
      ])) as { state: string }[];

  async function until(what: () => Promise<boolean>, ms = 10_000) {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
      if (await what()) return;
    throw new Error('timed out');
  }

  it('should lose nothing while Youshu is down and deliver each stored event once when it is back', async () => {
    const a = await app(true);
    await youshu.stop();
    const tag = { session: 's-1', version: 4, rule_id: 'r-search' };
    const batch = [
      envelope('search', validProps(a.appid, { keyword: '龙井', trackway: tag }), { ext_uniq_id: 'run-1' }),
      envelope('app_show', validProps(a.appid), { ext_uniq_id: 'run-2' }),
    ];
    expect((await upload(t, a.collectorToken, batch)).body.code).toBe(0);
    // the phone retries the same upload: stored once, forwarded once
    expect((await upload(t, a.collectorToken, batch)).body.code).toBe(0);
    expect(await storedEvents(t, a.appid)).toHaveLength(2);
    // Youshu is down: the outbox keeps it
    await new Promise((r) => setTimeout(r, 300));
    expect((await outboxRows(a.appid)).map((r) => r.state)).toEqual(['pending']);

    await youshu.start();
    await until(async () => (await outboxRows(a.appid)).every((r) => r.state === 'delivered'));
    const mine = youshu.received.filter((r) => r.query.get('token') === `ys-${a.appid}`);
    expect(mine.map((r) => r.path)).toEqual(['/api/report']);
    const sent = mine.flatMap((r) => r.body as { type: string; ext_uniq_id: string; props: Record<string, unknown> }[]);
    expect(sent.map((e) => [e.type, e.ext_uniq_id])).toEqual([
      ['search', 'run-1'],
      ['app_show', 'run-2'],
    ]);
    // Youshu gets the event as the phone sent it, without Trackway's debug tag
    expect(sent[0].props).toEqual(validProps(a.appid, { keyword: '龙井', time: sent[0].props.time }));
  });

  it('should forward nothing for an app whose report forwarding is off (the default)', async () => {
    const a = await app(false);
    expect((await upload(t, a.collectorToken, [envelope('app_show', validProps(a.appid))])).body.code).toBe(0);
    expect(await storedEvents(t, a.appid)).toHaveLength(1);
    expect(await outboxRows(a.appid)).toEqual([]);
  });

  it('should show a batch Youshu refuses as dead in the forwarding status', async () => {
    const a = await app(true);
    youshu.answer = { code: 10001, msg: 'token invalid' };
    try {
      await upload(t, a.collectorToken, [envelope('app_show', validProps(a.appid))]);
      await until(async () => (await outboxRows(a.appid)).some((r) => r.state === 'dead'));
      const status = await request(t.url).get(`/api/apps/${a.appid}/forwarding`).set(auth).expect(200);
      expect(JSON.stringify(status.body)).toMatch(/code 10001/);
    } finally {
      youshu.answer = { code: 0, msg: 'success' };
    }
  });
});

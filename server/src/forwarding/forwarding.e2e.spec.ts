import request from 'supertest';
import { DataSource } from 'typeorm';
import { FakeReceiver } from '../../test/fake-receiver';
import { adminToken, bearer, createApp, loginAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ForwardSenderRegistry } from './forward-sender-registry';
import { ForwardWorker } from './forward-worker';
import { ForwardingSettingsService } from './forwarding-settings.service';
import { OutboxService } from './outbox.service';
import { postForward } from './post-forward';

const ENV = { TRACKWAY_FORWARD_POLL_MS: '50', TRACKWAY_FORWARD_BACKOFF_MS: '1', TRACKWAY_FORWARD_MAX_ATTEMPTS: '4' };

/** Stands in for the collector's youshu-report sender: POSTs the payload to the app's reportUrl. */
function reportSender(t: TestApp) {
  const settings = t.app.get(ForwardingSettingsService);
  return async (row: { appId: string; payload: unknown }) => {
    const target = await settings.target(row.appId);
    await postForward(target!.reportUrl!, row.payload);
  };
}

describe('forwarding outbox', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let worker: ForwardWorker;
  let ds: DataSource;
  const receiver = new FakeReceiver();

  beforeAll(async () => {
    t = await startTestApp({ env: ENV });
    auth = bearer(await adminToken(t));
    worker = t.app.get(ForwardWorker);
    ds = t.app.get(DataSource);
    await worker.pause();
    t.app.get(ForwardSenderRegistry).register('youshu-report', reportSender(t));
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  /** A new app whose events are forwarded to the fake receiver; returns its appid and uuid. */
  async function forwardedApp(): Promise<{ appid: string; id: string }> {
    const { appid } = await createApp(t);
    await request(t.url)
      .put(`/api/apps/${appid}/forwarding`)
      .set(auth)
      .send({ reportEnabled: true, reportUrl: `${receiver.url}/report` })
      .expect(200);
    const [{ id }] = await ds.query(`SELECT id FROM apps WHERE appid = $1`, [appid]);
    return { appid, id };
  }

  async function enqueue(appId: string, payloads: unknown[]): Promise<void> {
    const outbox = t.app.get(OutboxService);
    await ds.transaction((m) =>
      outbox.enqueue(
        m,
        payloads.map((payload) => ({ appId, kind: 'youshu-report' as const, payload })),
      ),
    );
  }

  const forwarding = async (appid: string) =>
    (await request(t.url).get(`/api/apps/${appid}/forwarding`).set(auth).expect(200)).body;

  it('should store settings, never return the secret, and audit the change', async () => {
    const { appid } = await createApp(t);
    const res = await request(t.url)
      .put(`/api/apps/${appid}/forwarding`)
      .set(auth)
      .send({
        dataApiEnabled: true,
        dataApiBaseUrl: 'https://zhls.qq.com',
        youshuAppId: `bi${appid}`,
        youshuAppSecret: 'real-youshu-secret-123',
      })
      .expect(200);
    expect(res.body).toMatchObject({
      dataApiEnabled: true,
      dataApiBaseUrl: 'https://zhls.qq.com',
      youshuAppSecretSet: true,
      reportEnabled: false,
      outbox: { pending: 0, delivered: 0, dead: 0 },
    });
    const read = await request(t.url).get(`/api/apps/${appid}/forwarding`).set(auth).expect(200);
    expect(JSON.stringify(read.body)).not.toContain('real-youshu-secret-123');
    const audit = await request(t.url).get(`/api/apps/${appid}/audit`).set(auth).expect(200);
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'forwarding.update');
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit.body)).not.toContain('real-youshu-secret-123');
  });

  it('should describe the forwarding routes in the OpenAPI document', async () => {
    const doc = (await request(t.url).get('/api/docs-json').expect(200)).body;
    const paths = doc.paths['/api/apps/{appid}/forwarding'];
    expect(Object.keys(paths).sort()).toEqual(['get', 'put']);
    expect(doc.paths['/api/apps/{appid}/forwarding/retry'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas.ForwardingResponseDto.properties).not.toHaveProperty('youshuAppSecret');
  });

  it('should refuse a non-http URL and enabling without a target, naming the field', async () => {
    const { appid } = await createApp(t);
    const bad = await request(t.url)
      .put(`/api/apps/${appid}/forwarding`)
      .set(auth)
      .send({ reportUrl: 'ftp://example.com/x' })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'reportUrl' })]);
    expect(bad.body.message).toMatch(/http\(s\).*必须/);
    const incomplete = await request(t.url)
      .put(`/api/apps/${appid}/forwarding`)
      .set(auth)
      .send({ dataApiEnabled: true, dataApiBaseUrl: 'https://zhls.qq.com' })
      .expect(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['youshuAppId', 'youshuAppSecret']);
  });

  it('should let only admins change settings', async () => {
    const { appid } = await createApp(t);
    const viewer = await loginAs(t, 'viewer');
    await request(t.url).get(`/api/apps/${appid}/forwarding`).set(viewer.auth).expect(200);
    const res = await request(t.url)
      .put(`/api/apps/${appid}/forwarding`)
      .set(viewer.auth)
      .send({ reportEnabled: false })
      .expect(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('should refuse a Youshu app_id that another app already uses (409)', async () => {
    const a = await createApp(t);
    const b = await createApp(t);
    const youshuAppId = `shared-${a.appid}`;
    await request(t.url).put(`/api/apps/${a.appid}/forwarding`).set(auth).send({ youshuAppId }).expect(200);
    const res = await request(t.url).put(`/api/apps/${b.appid}/forwarding`).set(auth).send({ youshuAppId }).expect(409);
    expect(res.body.code).toBe('youshu_app_id_taken');
  });

  it('should queue nothing when the caller’s transaction rolls back', async () => {
    const { appid, id } = await forwardedApp();
    const outbox = t.app.get(OutboxService);
    await expect(
      ds.transaction(async (m) => {
        await outbox.enqueue(m, [{ appId: id, kind: 'youshu-report', payload: { n: 1 } }]);
        throw new Error('caller failed after enqueue');
      }),
    ).rejects.toThrow('caller failed');
    expect((await forwarding(appid)).outbox).toEqual({ pending: 0, delivered: 0, dead: 0 });
  });

  it('should keep rows while the receiver is down and deliver them all once it is back', async () => {
    const { appid, id } = await forwardedApp();
    await receiver.stop();
    await enqueue(id, [{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await worker.drain()).toBe(3);
    const during = await forwarding(appid);
    expect(during.outbox).toEqual({ pending: 3, delivered: 0, dead: 0 });
    const [row] = await ds.query(`SELECT attempts, last_error FROM forward_outbox WHERE app_id = $1 LIMIT 1`, [id]);
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/ECONNREFUSED/);

    await receiver.start();
    const before = receiver.received.length;
    worker.resume(); // the background loop (every 50 ms) picks the rows up by itself
    await waitFor(async () => (await forwarding(appid)).outbox.delivered === 3);
    await worker.pause();
    const bodies = receiver.received.slice(before).map((r) => r.body.n);
    expect(bodies.sort()).toEqual([1, 2, 3]);
  });

  it('should give up after the maximum attempts and retry on request', async () => {
    const { appid, id } = await forwardedApp();
    receiver.status = 503;
    await enqueue(id, [{ n: 'late' }]);
    for (let i = 0; i < 4; i++) {
      await sleep(5); // backoff of 1 ms × 2^attempts
      await worker.drain();
    }
    const dead = await forwarding(appid);
    expect(dead.outbox).toEqual({ pending: 0, delivered: 0, dead: 1 });
    expect(dead.deadLetters[0]).toMatchObject({ kind: 'youshu-report', attempts: 4 });
    expect(dead.deadLetters[0].lastError).toMatch(/HTTP 503/);

    receiver.status = 200;
    const retried = await request(t.url).post(`/api/apps/${appid}/forwarding/retry`).set(auth).expect(200);
    expect(retried.body).toEqual({ retried: 1 });
    await worker.drain();
    expect((await forwarding(appid)).outbox).toEqual({ pending: 0, delivered: 1, dead: 0 });
  });

  it('should send a permanently refused row straight to dead', async () => {
    const { appid, id } = await forwardedApp();
    receiver.status = 400;
    try {
      await enqueue(id, [{ n: 'bad' }]);
      await worker.drain();
    } finally {
      receiver.status = 200;
    }
    const res = await forwarding(appid);
    expect(res.outbox.dead).toBe(1);
    expect(res.deadLetters[0]).toMatchObject({ attempts: 1 });
    expect(res.deadLetters[0].lastError).toMatch(/HTTP 400/);
  });

  it('should purge delivered rows past the retention and keep pending and dead ones', async () => {
    const { appid, id } = await forwardedApp();
    await enqueue(id, [{ n: 'old' }, { n: 'new' }, { n: 'stuck' }]);
    await ds.query(
      `UPDATE forward_outbox SET state = 'delivered', delivered_at = now() - interval '8 days'
        WHERE app_id = $1 AND payload->>'n' = 'old'`,
      [id],
    );
    await ds.query(
      `UPDATE forward_outbox SET state = 'delivered', delivered_at = now() - interval '6 days'
        WHERE app_id = $1 AND payload->>'n' = 'new'`,
      [id],
    );
    await ds.query(`UPDATE forward_outbox SET state = 'dead' WHERE app_id = $1 AND payload->>'n' = 'stuck'`, [id]);
    expect(await worker.purgeDelivered()).toBeGreaterThanOrEqual(1);
    const left = await ds.query(`SELECT payload->>'n' AS n FROM forward_outbox WHERE app_id = $1 ORDER BY id`, [id]);
    expect(left.map((r: { n: string }) => r.n)).toEqual(['new', 'stuck']);
    expect((await forwarding(appid)).outbox).toEqual({ pending: 0, delivered: 1, dead: 1 });
  });

  it('should deliver each row once when two server instances drain the same outbox', async () => {
    const second = await startTestApp({ env: ENV, databaseUrl: t.databaseUrl });
    try {
      const otherWorker = second.app.get(ForwardWorker);
      await otherWorker.pause();
      second.app.get(ForwardSenderRegistry).register('youshu-report', reportSender(second));
      const { appid, id } = await forwardedApp();
      const before = receiver.received.length;
      await enqueue(
        id,
        Array.from({ length: 60 }, (_, n) => ({ n })),
      );
      const [a, b] = await Promise.all([worker.drain(), otherWorker.drain()]);
      expect(a + b).toBe(60);
      const got = receiver.received.slice(before).map((r) => r.body.n as number);
      expect(got.sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, n) => n));
      expect((await forwarding(appid)).outbox.delivered).toBe(60);
    } finally {
      await second.app.close();
    }
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(50);
  }
}

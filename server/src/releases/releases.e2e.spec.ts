import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createApp, loginAs, publish, randomAppid, sampleConfig, saveDraft, type LoggedIn } from '../../test/factories';

describe('ReleasesController', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let publisher: LoggedIn;
  let editor: LoggedIn;
  let appid: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAs(t, 'admin');
    publisher = await loginAs(t, 'publisher');
    editor = await loginAs(t, 'editor');
    ({ appid } = await createApp(t));
    await saveDraft(t, appid, sampleConfig());
    await publish(t, appid, 'v1');
    await saveDraft(t, appid, sampleConfig('second'));
    await publish(t, appid, 'v2');
  });
  afterAll(() => t.close());

  const served = (env = 'release', cid = 'c-1') => request(t.url).get(`/v1/config/${appid}?env=${env}&cid=${cid}`);

  it('should list all three environments as unreleased before the first release', async () => {
    const res = await request(t.url).get(`/api/apps/${appid}/releases`).set(editor.auth).expect(200);
    expect(res.body).toEqual({
      appid,
      releases: ['develop', 'trial', 'release'].map((env) => ({
        env,
        version: null,
        rollout: null,
        updatedBy: null,
        updatedAt: null,
      })),
    });
    await served('trial').expect(404);
  });

  it('should let a publisher release and record who did it', async () => {
    const res = await request(t.url)
      .post(`/api/apps/${appid}/releases/trial`)
      .set(publisher.auth)
      .send({ version: 1, rollout: { version: 2, percent: 10 } })
      .expect(200);
    expect(res.body).toMatchObject({
      env: 'trial',
      version: 1,
      rollout: { version: 2, percent: 10 },
      updatedBy: publisher.username,
    });
    const list = await request(t.url).get(`/api/apps/${appid}/releases`).set(editor.auth).expect(200);
    expect(list.body.releases[1]).toMatchObject({ env: 'trial', version: 1, rollout: { version: 2, percent: 10 } });
    const audit = await request(t.url).get(`/api/apps/${appid}/audit`).set(admin.auth).expect(200);
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'release.set');
    expect(entry).toMatchObject({ actor: publisher.username });
    expect(entry.summary).toContain('v2');
  });

  it('should refuse editors and viewers (403) and anonymous callers (401)', async () => {
    const res = await request(t.url).post(`/api/apps/${appid}/releases/release`).set(editor.auth).send({ version: 1 });
    expect(res.status).toBe(403);
    await request(t.url)
      .post(`/api/apps/${appid}/releases/release/rollback`)
      .send({ toVersion: 1, reason: 'x' })
      .expect(401);
    expect((await served()).body.code).toBe('not_released');
  });

  it.each([
    ['an unknown env', 'prod', { version: 1 }, 400, 'env'],
    ['a missing version', 'release', {}, 400, 'version'],
    ['a percent above 100', 'release', { version: 1, rollout: { version: 2, percent: 101 } }, 400, 'rollout.percent'],
    ['an unknown field', 'release', { version: 1, force: true }, 400, 'force'],
  ])('should answer %s with 400 naming the field', async (_what, env, body, status, field) => {
    const res = await request(t.url).post(`/api/apps/${appid}/releases/${env}`).set(publisher.auth).send(body);
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('should answer a version that does not exist with 422 version_not_found naming the field', async () => {
    const res = await request(t.url)
      .post(`/api/apps/${appid}/releases/release`)
      .set(publisher.auth)
      .send({ version: 1, rollout: { version: 9, percent: 5 } })
      .expect(422);
    expect(res.body.code).toBe('version_not_found');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'rollout.version' })]);
    expect((await served()).body.code).toBe('not_released');
  });

  it('should answer an unknown app with 404 app_not_found', async () => {
    const res = await request(t.url)
      .post(`/api/apps/${randomAppid()}/releases/release`)
      .set(publisher.auth)
      .send({ version: 1 });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('app_not_found');
  });

  it('should refuse a rollback without a reason, or of an env never released', async () => {
    const noReason = await request(t.url)
      .post(`/api/apps/${appid}/releases/develop/rollback`)
      .set(publisher.auth)
      .send({ toVersion: 1 })
      .expect(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const never = await request(t.url)
      .post(`/api/apps/${appid}/releases/develop/rollback`)
      .set(publisher.auth)
      .send({ toVersion: 1, reason: 'test' })
      .expect(409);
    expect(never.body.code).toBe('not_released');
  });

  it('should end a gray rollout on rollback and audit the reason', async () => {
    await request(t.url)
      .post(`/api/apps/${appid}/releases/release`)
      .set(publisher.auth)
      .send({ version: 1, rollout: { version: 2, percent: 100 } })
      .expect(200);
    expect((await served()).body.version).toBe(2);
    const res = await request(t.url)
      .post(`/api/apps/${appid}/releases/release/rollback`)
      .set(publisher.auth)
      .send({ toVersion: 1, reason: '加购事件重复' })
      .expect(200);
    expect(res.body).toMatchObject({ version: 1, rollout: null });
    expect((await served()).body.version).toBe(1);
    const audit = await request(t.url).get(`/api/apps/${appid}/audit`).set(admin.auth).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'release.rollback', actor: publisher.username });
    expect(audit.body.items[0].summary).toContain('加购事件重复');
  });

  it('should keep versions and releases consistent when a rollback runs during publishes', async () => {
    const { appid: busy } = await createApp(t);
    await saveDraft(t, busy, sampleConfig());
    await publish(t, busy);
    await request(t.url)
      .post(`/api/apps/${busy}/releases/release`)
      .set(publisher.auth)
      .send({ version: 1 })
      .expect(200);
    await saveDraft(t, busy, sampleConfig('other'));
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () =>
        request(t.url).post(`/api/apps/${busy}/versions`).set(publisher.auth).send({ message: 'p' }),
      ),
      request(t.url)
        .post(`/api/apps/${busy}/releases/release/rollback`)
        .set(publisher.auth)
        .send({ toVersion: 1, reason: 'during publish' }),
      request(t.url).post(`/api/apps/${busy}/releases/trial`).set(publisher.auth).send({ version: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 200, 200]);
    const numbers = results
      .slice(0, 5)
      .map((r) => r.body.number)
      .sort();
    expect(numbers).toEqual([2, 3, 4, 5, 6]);
    const list = await request(t.url).get(`/api/apps/${busy}/releases`).set(editor.auth).expect(200);
    expect(list.body.releases.map((r: { version: number | null }) => r.version)).toEqual([null, 1, 1]);
    const res = await request(t.url).get(`/v1/config/${busy}?env=release`).expect(200);
    expect(res.body.version).toBe(1);
  });
});

describe('releases across a restart', () => {
  it('should serve the same releases after the server restarts on the same database', async () => {
    const first = await startTestApp();
    const { appid } = await createApp(first);
    await saveDraft(first, appid, sampleConfig());
    const v1 = await publish(first, appid);
    const publisher = await loginAs(first, 'publisher');
    await request(first.url)
      .post(`/api/apps/${appid}/releases/develop`)
      .set(publisher.auth)
      .send({ version: 1 })
      .expect(200);
    await first.app.close();

    const second = await startTestApp({ databaseUrl: first.databaseUrl });
    try {
      const res = await request(second.url).get(`/v1/config/${appid}?env=develop`).expect(200);
      expect(res.body).toMatchObject({ version: 1, hash: v1.hash });
    } finally {
      await second.app.close();
      await first.close().catch(() => undefined);
    }
  });
});

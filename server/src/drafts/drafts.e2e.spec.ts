import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createApp, loginAs, sampleConfig, type LoggedIn } from '../../test/factories';

describe('draft API', () => {
  let t: TestApp;
  let editor: LoggedIn;
  beforeAll(async () => {
    t = await startTestApp();
    editor = await loginAs(t, 'editor');
  });
  afterAll(() => t.close());

  it('should start a new app with a valid starter draft at revision 1, presets on', async () => {
    const app = await createApp(t);
    const res = await request(t.url).get(`/api/apps/${app.appid}/draft`).set(editor.auth).expect(200);
    expect(res.body.revision).toBe(1);
    expect(res.body.valid).toBe(true);
    expect(res.body.errors.filter((e: { severity: string }) => e.severity === 'error')).toEqual([]);
    expect(res.body.config.presets).toMatchObject({ app: true, page: true });
  });

  it('should save an invalid draft and list its errors instead of refusing it', async () => {
    const app = await createApp(t);
    const invalid = { schemaVersion: 1, pages: [{ id: 'p', rules: [{ id: 'r1', event: 'no_such_event' }] }] };
    const res = await request(t.url)
      .put(`/api/apps/${app.appid}/draft`)
      .set(editor.auth)
      .send({ config: invalid, revision: 1 })
      .expect(200);
    expect(res.body.revision).toBe(2);
    expect(res.body.valid).toBe(false);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(res.body.errors[0]).toMatchObject({ path: expect.any(String), code: expect.any(String) });
    const read = await request(t.url).get(`/api/apps/${app.appid}/draft`).set(editor.auth).expect(200);
    expect(read.body.config).toEqual(invalid);
  });

  it('should give the PM their document back in the order they wrote it', async () => {
    const app = await createApp(t);
    const written = { schemaVersion: 1, rules: [], pages: [], description: 'z before a', settings: { flushSize: 5 } };
    await request(t.url).put(`/api/apps/${app.appid}/draft`).set(editor.auth).send({ config: written, revision: 1 });
    const read = await request(t.url).get(`/api/apps/${app.appid}/draft`).set(editor.auth).expect(200);
    expect(JSON.stringify(read.body.config)).toBe(JSON.stringify(written));
  });

  it('should answer 409 stale_revision with the current revision when the draft moved on', async () => {
    const app = await createApp(t);
    const put = (revision: number) =>
      request(t.url).put(`/api/apps/${app.appid}/draft`).set(editor.auth).send({ config: sampleConfig(), revision });
    await put(1).expect(200);
    const stale = await put(1).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_revision', currentRevision: 2 });
  });

  it('should let exactly one of 20 concurrent saves from one revision win, and keep the winner', async () => {
    const app = await createApp(t);
    const configs = Array.from({ length: 20 }, (_, i) => ({ ...sampleConfig(), description: `editor ${i}` }));
    const responses = await Promise.all(
      configs.map((config) =>
        request(t.url).put(`/api/apps/${app.appid}/draft`).set(editor.auth).send({ config, revision: 1 }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 200)!;
    const saved = await request(t.url).get(`/api/apps/${app.appid}/draft`).set(editor.auth).expect(200);
    expect(saved.body.revision).toBe(2);
    expect(saved.body.config).toEqual(winner.body.config);
  });

  it('should not let a viewer save a draft (403)', async () => {
    const app = await createApp(t);
    const viewer = await loginAs(t, 'viewer');
    const res = await request(t.url)
      .put(`/api/apps/${app.appid}/draft`)
      .set(viewer.auth)
      .send({ config: sampleConfig(), revision: 1 })
      .expect(403);
    expect(res.body.code).toBe('forbidden');
  });
});

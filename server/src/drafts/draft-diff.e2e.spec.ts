import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createApp, loginAs, publish, sampleConfig, saveDraft, type LoggedIn } from '../../test/factories';

describe('draft diff API', () => {
  let t: TestApp;
  let viewer: LoggedIn;
  beforeAll(async () => {
    t = await startTestApp();
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  it('should list what publishing the draft would change against a version, by id', async () => {
    const app = await createApp(t);
    await saveDraft(t, app.appid, sampleConfig());
    const v1 = await publish(t, app.appid, 'first');
    const saved = await saveDraft(t, app.appid, sampleConfig('goods-load'));

    const res = await request(t.url).get(`/api/apps/${app.appid}/draft/diff/${v1.number}`).set(viewer.auth).expect(200);
    expect(res.body.from).toMatchObject({ number: 1, hash: v1.hash, message: 'first' });
    expect(res.body.from.content).toEqual(sampleConfig());
    expect(res.body.revision).toBe(saved.revision);
    expect(res.body.changes.identical).toBe(false);
    expect(res.body.changes.rules.added.map((r: { id: string }) => r.id)).toEqual(['goods-load']);
    expect(res.body.changes.rules.removed).toEqual([]);
  });

  it('should say identical when the draft is what was published', async () => {
    const app = await createApp(t);
    await saveDraft(t, app.appid, sampleConfig());
    const v1 = await publish(t, app.appid);
    const res = await request(t.url).get(`/api/apps/${app.appid}/draft/diff/${v1.number}`).set(viewer.auth).expect(200);
    expect(res.body.changes.identical).toBe(true);
  });

  it('should answer 404 version_not_found for a version that does not exist, 400 for a bad number', async () => {
    const app = await createApp(t);
    const missing = await request(t.url).get(`/api/apps/${app.appid}/draft/diff/9`).set(viewer.auth).expect(404);
    expect(missing.body.code).toBe('version_not_found');
    const bad = await request(t.url).get(`/api/apps/${app.appid}/draft/diff/abc`).set(viewer.auth).expect(400);
    expect(bad.body.errors[0].field).toBe('n');
  });
});

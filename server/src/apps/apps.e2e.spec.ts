import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { adminToken, bearer, createApp, randomAppid } from '../../test/factories';
import { AppsService } from './apps.service';

describe('apps API', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    auth = bearer(await adminToken(t));
  });
  afterAll(() => t.close());

  it('should register an app and show its data API secret only once', async () => {
    const appid = randomAppid();
    const res = await request(t.url).post('/api/apps').set(auth).send({ appid, name: '好物商城' }).expect(201);
    expect(res.body).toMatchObject({ appid, name: '好物商城', youshuToken: null, archivedAt: null });
    expect(res.body.collectorToken).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body.dataApiSecret.length).toBeGreaterThanOrEqual(32);
    const read = await request(t.url).get(`/api/apps/${appid}`).set(auth).expect(200);
    expect(read.body.collectorToken).toBe(res.body.collectorToken);
    expect(JSON.stringify(read.body)).not.toContain(res.body.dataApiSecret);
    const listed = await request(t.url).get('/api/apps').set(auth).expect(200);
    expect(listed.body.map((a: { appid: string }) => a.appid)).toContain(appid);
  });

  it('should refuse a malformed appid with a 400 that names appid', async () => {
    const res = await request(t.url).post('/api/apps').set(auth).send({ appid: 'wxNOTHEX', name: 'x' }).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'appid' })]);
    expect(res.body.message).toMatch(/appid/);
  });

  it('should refuse a second app with the same appid (409 app_exists)', async () => {
    const app = await createApp(t);
    const res = await request(t.url).post('/api/apps').set(auth).send({ appid: app.appid, name: 'again' }).expect(409);
    expect(res.body.code).toBe('app_exists');
  });

  it('should answer 404 app_not_found for an unknown appid', async () => {
    const res = await request(t.url).get(`/api/apps/${randomAppid()}`).set(auth).expect(404);
    expect(res.body.code).toBe('app_not_found');
  });

  it('should rename, archive (hidden from the list, read-only) and unarchive an app', async () => {
    const app = await createApp(t);
    const renamed = await request(t.url)
      .patch(`/api/apps/${app.appid}`)
      .set(auth)
      .send({ name: 'Renamed' })
      .expect(200);
    expect(renamed.body.name).toBe('Renamed');
    await request(t.url).post(`/api/apps/${app.appid}/archive`).set(auth).expect(200);
    const listed = await request(t.url).get('/api/apps').set(auth).expect(200);
    expect(listed.body.map((a: { appid: string }) => a.appid)).not.toContain(app.appid);
    const all = await request(t.url).get('/api/apps?includeArchived=true').set(auth).expect(200);
    expect(all.body.map((a: { appid: string }) => a.appid)).toContain(app.appid);
    const refused = await request(t.url).patch(`/api/apps/${app.appid}`).set(auth).send({ name: 'x' }).expect(409);
    expect(refused.body.code).toBe('app_archived');
    await request(t.url).post(`/api/apps/${app.appid}/unarchive`).set(auth).expect(200);
    await request(t.url).patch(`/api/apps/${app.appid}`).set(auth).send({ name: 'Back' }).expect(200);
  });

  it('should rotate the data API secret so only the new one is served to the data API', async () => {
    const app = await createApp(t);
    const res = await request(t.url).post(`/api/apps/${app.appid}/data-api-secret`).set(auth).expect(200);
    expect(res.body.dataApiSecret).not.toBe(app.dataApiSecret);
    const apps = t.app.get(AppsService);
    expect(await apps.getDataApiSecret(app.appid)).toBe(res.body.dataApiSecret);
    expect((await apps.findByCollectorToken(app.collectorToken))?.appid).toBe(app.appid);
    expect(await apps.findByCollectorToken('unknown-token')).toBeNull();
  });

  it('should keep the data API secret encrypted in the database', async () => {
    const app = await createApp(t);
    const ds = t.app.get(AppsService)['dataSource'];
    const [row] = await ds.query(`SELECT data_api_secret_encrypted AS s FROM apps WHERE appid = $1`, [app.appid]);
    expect(row.s).not.toContain(app.dataApiSecret);
  });
});

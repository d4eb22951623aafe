import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { bearer, createApp, loginAs, TEST_ADMIN } from '../../test/factories';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { TRACKWAY_LOGIN_RATE_LIMIT: '5' } })));
  afterAll(() => t.close());

  it('should give a token for the first admin and tell who is logged in', async () => {
    const res = await request(t.url).post('/api/auth/login').send(TEST_ADMIN).expect(200);
    expect(typeof res.body.token).toBe('string');
    const me = await request(t.url).get('/api/auth/me').set(bearer(res.body.token)).expect(200);
    expect(me.body).toMatchObject({ username: 'admin', role: 'admin' });
  });

  it('should refuse a wrong password with 401 invalid_credentials', async () => {
    const res = await request(t.url).post('/api/auth/login').send({ username: 'admin', password: 'nope-nope' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  });

  it('should answer 429 once one username is tried too often from one client, and not block other usernames', async () => {
    const attempt = () => request(t.url).post('/api/auth/login').send({ username: 'mallory', password: 'guess-123' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const blocked = await attempt();
    expect(blocked.body.code).toBe('too_many_attempts');
    await request(t.url).post('/api/auth/login').send(TEST_ADMIN).expect(200);
  });

  it('should answer 401 on /api without a token or with a bad one', async () => {
    const none = await request(t.url).get('/api/apps');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthenticated');
    await request(t.url).get('/api/apps').set(bearer('not.a.token')).expect(401);
  });

  it('should let each role do only what it may (403 otherwise)', async () => {
    const app = await createApp(t);
    const viewer = await loginAs(t, 'viewer');
    const editor = await loginAs(t, 'editor');
    await request(t.url).get(`/api/apps/${app.appid}`).set(viewer.auth).expect(200);
    const denied = await request(t.url)
      .post('/api/apps')
      .set(editor.auth)
      .send({ appid: 'wx0000000000000001', name: 'x' });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('forbidden');
    await request(t.url).get('/api/users').set(editor.auth).expect(403);
  });

  it('should lock out a disabled user at once, even with a token issued before', async () => {
    const viewer = await loginAs(t, 'viewer');
    const admin = await loginAs(t, 'admin');
    const me = await request(t.url).get('/api/auth/me').set(viewer.auth).expect(200);
    await request(t.url).patch(`/api/users/${me.body.id}`).set(admin.auth).send({ disabled: true }).expect(200);
    await request(t.url).get('/api/auth/me').set(viewer.auth).expect(401);
  });
});

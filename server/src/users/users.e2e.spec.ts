import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';
import { adminToken, bearer } from '../../test/factories';

describe('users API', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    auth = bearer(await adminToken(t));
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    request(t.url).post('/api/auth/login').send({ username, password });

  it('should let an admin create a user who can then log in with that role', async () => {
    const res = await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'pm-li', password: 'secret-pw-1', role: 'editor' })
      .expect(201);
    expect(res.body).toMatchObject({ username: 'pm-li', role: 'editor', disabled: false });
    expect(res.body.passwordHash).toBeUndefined();
    const token = (await login('pm-li', 'secret-pw-1').expect(200)).body.token;
    const me = await request(t.url).get('/api/auth/me').set(bearer(token)).expect(200);
    expect(me.body.role).toBe('editor');
  });

  it('should refuse a duplicate username (409 username_taken) and a bad role (400 naming role)', async () => {
    await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'dup', password: 'secret-pw-1', role: 'viewer' });
    const dup = await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'dup', password: 'secret-pw-1', role: 'viewer' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('username_taken');
    const bad = await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'x1', password: 'secret-pw-1', role: 'root' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('role');
  });

  it('should change a role, reset a password and list the users; the change is audited', async () => {
    const created = await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'pm-wang', password: 'secret-pw-1', role: 'viewer' })
      .expect(201);
    const updated = await request(t.url)
      .patch(`/api/users/${created.body.id}`)
      .set(auth)
      .send({ role: 'publisher', password: 'new-secret-2' })
      .expect(200);
    expect(updated.body.role).toBe('publisher');
    await login('pm-wang', 'secret-pw-1').expect(401);
    await login('pm-wang', 'new-secret-2').expect(200);
    const list = await request(t.url).get('/api/users').set(auth).expect(200);
    expect(list.body.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'pm-wang']),
    );
    const rows: { summary: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT summary FROM audit_events WHERE action = 'user.update' ORDER BY id DESC LIMIT 1`);
    expect(rows[0].summary).toMatch(/pm-wang.*viewer → publisher.*password reset/);
  });

  it('should never leave the installation without an active admin (409 last_admin)', async () => {
    const me = await request(t.url).get('/api/auth/me').set(auth).expect(200);
    const res = await request(t.url).patch(`/api/users/${me.body.id}`).set(auth).send({ role: 'viewer' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('last_admin');
  });

  it('should refuse a disabled user at login', async () => {
    const created = await request(t.url)
      .post('/api/users')
      .set(auth)
      .send({ username: 'leaver', password: 'secret-pw-1', role: 'viewer' })
      .expect(201);
    await request(t.url).patch(`/api/users/${created.body.id}`).set(auth).send({ disabled: true }).expect(200);
    const res = await login('leaver', 'secret-pw-1').expect(401);
    expect(res.body.code).toBe('invalid_credentials');
  });
});

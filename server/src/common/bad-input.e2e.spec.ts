import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { adminToken, bearer, createApp } from '../../test/factories';

describe('bad input', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    auth = bearer(await adminToken(t));
  });
  afterAll(() => t.close());

  it('should answer 400 invalid_json for a malformed JSON body', async () => {
    const res = await request(t.url)
      .post('/api/apps')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send('{"appid": "wx0123456789abcdef", "name": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_json');
  });

  it('should answer 400 invalid_json on login too, before any token check', async () => {
    const res = await request(t.url).post('/api/auth/login').set('Content-Type', 'application/json').send('{oops');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_json');
  });

  it('should name each field of the wrong type', async () => {
    const app = await createApp(t);
    const res = await request(t.url)
      .put(`/api/apps/${app.appid}/draft`)
      .set(auth)
      .send({ config: 'not an object', revision: 'one' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['config', 'revision']);
    expect(res.body.message).toMatch(/config/);
  });

  it('should refuse unknown fields by name', async () => {
    const res = await request(t.url)
      .post('/api/apps')
      .set(auth)
      .send({ appid: 'wx0123456789abcdef', name: 'x', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'isAdmin', message: expect.stringMatching(/unknown field/) }]);
  });

  it('should answer 413 for a 10 MB body, not 500', async () => {
    const app = await createApp(t);
    const huge = JSON.stringify({ config: { description: 'x'.repeat(10 * 1024 * 1024) }, revision: 1 });
    const res = await request(t.url)
      .put(`/api/apps/${app.appid}/draft`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(huge);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('should answer 400 for a body that is JSON but not an object', async () => {
    const res = await request(t.url).post('/api/apps').set(auth).set('Content-Type', 'application/json').send('[1,2]');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('should answer 404 with the error shape for an unknown /api route', async () => {
    const res = await request(t.url).get('/api/nothing-here').set(auth);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('should answer 200 with the database up', async () => {
    const res = await request(t.url).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('should publish the OpenAPI document at /api/docs-json', async () => {
    const res = await request(t.url).get('/api/docs-json').expect(200);
    expect(res.body.paths['/health']).toBeDefined();
    await request(t.url).get('/api/docs').expect(200);
  });
});

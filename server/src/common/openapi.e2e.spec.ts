import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('should describe every admin route with a tag, bearer auth and error responses', async () => {
    const doc = (await request(t.url).get('/api/docs-json').expect(200)).body;
    const expected: [string, string][] = [
      ['post', '/api/auth/login'],
      ['get', '/api/auth/me'],
      ['get', '/api/users'],
      ['post', '/api/users'],
      ['patch', '/api/users/{id}'],
      ['post', '/api/apps'],
      ['get', '/api/apps'],
      ['get', '/api/apps/{appid}'],
      ['patch', '/api/apps/{appid}'],
      ['post', '/api/apps/{appid}/archive'],
      ['post', '/api/apps/{appid}/data-api-secret'],
      ['get', '/api/apps/{appid}/draft'],
      ['put', '/api/apps/{appid}/draft'],
      ['post', '/api/apps/{appid}/versions'],
      ['get', '/api/apps/{appid}/versions'],
      ['get', '/api/apps/{appid}/versions/{n}'],
      ['get', '/api/apps/{appid}/versions/{a}/diff/{b}'],
      ['get', '/api/apps/{appid}/audit'],
    ];
    for (const [method, path] of expected) {
      const op = doc.paths[path]?.[method];
      expect({ path, method, found: Boolean(op) }).toEqual({ path, method, found: true });
      expect(op.tags.length).toBeGreaterThan(0);
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => c.startsWith('2'))).toBe(true);
      expect(codes.some((c) => c.startsWith('4'))).toBe(true);
      if (path !== '/api/auth/login') expect(op.security).toEqual([{ bearer: [] }]);
    }
    expect(doc.components.schemas.CreateAppDto.properties.appid.pattern).toBe('^wx[0-9a-f]{16}$');
  });
});

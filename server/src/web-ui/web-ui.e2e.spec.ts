import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { adminToken, bearer } from '../../test/factories';

const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';

describe('web UI served at /', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trackway-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("ui")');
    t = await startTestApp({ env: { TRACKWAY_WEB_DIR: dir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should serve index.html at / and at every client route (deep links), never cached stale', async () => {
    for (const path of ['/', '/apps', '/apps/wx0123456789abcdef/releases/versions/3', '/login?next=%2Fapps']) {
      const res = await request(t.url).get(path).expect(200);
      expect({ path, type: res.headers['content-type'], body: res.text }).toEqual({
        path,
        type: 'text/html; charset=utf-8',
        body: INDEX,
      });
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('should serve the hashed assets with a year of caching', async () => {
    const res = await request(t.url).get('/assets/index-abc123.js').expect(200);
    expect(res.text).toBe('console.log("ui")');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('should never shadow the API, delivery, collector, data API or health paths', async () => {
    for (const path of ['/api/nope', '/api', '/v1/nope', '/youshu/x', '/data-api/x', '/health/x']) {
      const res = await request(t.url).get(path).expect(404);
      expect({ path, code: res.body.code }).toEqual({ path, code: 'not_found' });
    }
    await request(t.url).get('/health').expect(200);
    const apps = await request(t.url)
      .get('/api/apps')
      .set(bearer(await adminToken(t)))
      .expect(200);
    expect(apps.body).toEqual([]);
    const docs = await request(t.url).get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths).some((p) => p === '/' || p.includes('*'))).toBe(false);
  });

  it('should keep refusing API calls without a token', async () => {
    const res = await request(t.url).get('/api/apps').expect(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});

describe('web UI not built', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { TRACKWAY_WEB_DIR: join(tmpdir(), 'trackway-no-such-ui') } })));
  afterAll(() => t.close());

  it('should say how to build it instead of a bare 404', async () => {
    const res = await request(t.url).get('/apps').expect(200);
    expect(res.text).toContain('npm start');
    expect(res.text).toContain('网页界面尚未构建');
  });
});

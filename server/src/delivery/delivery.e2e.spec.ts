import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createApp, loginAs, publish, randomAppid, sampleConfig, saveDraft, type LoggedIn } from '../../test/factories';

/** The raw bytes and headers (supertest would decompress the body before we could look at it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('GET /v1/config/:appid', () => {
  let t: TestApp;
  let publisher: LoggedIn;
  let appid: string;
  let v1: { number: number; hash: string };
  let v2: { number: number; hash: string };

  const release = (env: string, body: object) =>
    request(t.url).post(`/api/apps/${appid}/releases/${env}`).set(publisher.auth).send(body).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    publisher = await loginAs(t, 'publisher');
    ({ appid } = await createApp(t));
    await saveDraft(t, appid, sampleConfig());
    v1 = await publish(t, appid, 'v1');
    await saveDraft(t, appid, sampleConfig('second'));
    v2 = await publish(t, appid, 'v2');
    await release('release', { version: v1.number });
  });
  afterAll(() => t.close());

  it('should send the cache, CORS and security headers of a public CDN-cacheable document', async () => {
    const res = await request(t.url).get(`/v1/config/${appid}`).expect(200);
    expect(res.body).toMatchObject({ appid, env: 'release', version: 1 });
    expect(res.headers).toMatchObject({
      etag: `"${v1.hash}"`,
      'cache-control': 'public, max-age=30, stale-while-revalidate=3600',
      vary: 'Accept-Encoding',
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    });
  });

  it('should gzip when the client accepts it, decoding to the same JSON', async () => {
    const plain = await request(t.url).get(`/v1/config/${appid}`).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await rawGet(`${t.url}/v1/config/${appid}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(plain.text));
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(plain.body);
  });

  it('should answer 304 for the current ETag, also in weak and list form, and 200 for an old one', async () => {
    for (const header of [`"${v1.hash}"`, `W/"${v1.hash}"`, `"nope", "${v1.hash}"`, '*']) {
      const res = await request(t.url).get(`/v1/config/${appid}`).set('If-None-Match', header);
      expect([header, res.status]).toEqual([header, 304]);
      expect(res.headers.etag).toBe(`"${v1.hash}"`);
      // What a cache needs to refresh its copy, and CORS so a cross-origin script can read the answer.
      expect(res.headers).toMatchObject({
        'cache-control': 'public, max-age=30, stale-while-revalidate=3600',
        vary: 'Accept-Encoding',
        'access-control-allow-origin': '*',
      });
    }
    await request(t.url).get(`/v1/config/${appid}`).set('If-None-Match', `"${v2.hash}"`).expect(200);
  });

  it('should answer HEAD with the headers only, and a CORS preflight', async () => {
    const head = await request(t.url).head(`/v1/config/${appid}`).expect(200);
    expect(head.headers.etag).toBe(`"${v1.hash}"`);
    const preflight = await request(t.url)
      .options(`/v1/config/${appid}`)
      .set('Origin', 'https://h5.example.com')
      .set('Access-Control-Request-Headers', 'if-none-match')
      .expect(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/If-None-Match/i);
  });

  it('should answer 404 app_not_found, 404 not_released and 400 invalid_env as JSON', async () => {
    const unknown = await request(t.url).get(`/v1/config/${randomAppid()}`).expect(404);
    expect(unknown.body.code).toBe('app_not_found');
    const trial = await request(t.url).get(`/v1/config/${appid}?env=trial`).expect(404);
    expect(trial.body.code).toBe('not_released');
    const bad = await request(t.url).get(`/v1/config/${appid}?env=prod`).expect(400);
    expect(bad.body.code).toBe('invalid_env');
    expect(bad.body.message).toContain('env');
    expect(bad.headers['access-control-allow-origin']).toBe('*');
    const malformed = await request(t.url).get(`/v1/config/${appid}?cid=%E0%A4%A`).expect(400);
    expect(malformed.body.code).toBe('invalid_request');
  });

  it('should give the rollout version to about percent% of clients, the same one each time', async () => {
    await release('develop', { version: v1.number, rollout: { version: v2.number, percent: 30 } });
    const cids = Array.from({ length: 100 }, (_, i) => `client-${i}`);
    const get = (cid: string) => request(t.url).get(`/v1/config/${appid}?env=develop&cid=${cid}`).expect(200);
    const first = await Promise.all(cids.map(get));
    const again = await Promise.all(cids.map(get));
    const versions = first.map((r) => r.body.version);
    const onRollout = versions.filter((v) => v === 2).length;
    expect(onRollout).toBeGreaterThanOrEqual(15);
    expect(onRollout).toBeLessThanOrEqual(45);
    expect(again.map((r) => r.body.version)).toEqual(versions);
    // No cid: the main version.
    expect((await request(t.url).get(`/v1/config/${appid}?env=develop`).expect(200)).body.version).toBe(1);

    // 304 compares against the version this client gets, not the main one.
    const rolloutCid = cids[versions.indexOf(2)];
    const mainCid = cids[versions.indexOf(1)];
    await request(t.url)
      .get(`/v1/config/${appid}?env=develop&cid=${rolloutCid}`)
      .set('If-None-Match', `"${v2.hash}"`)
      .expect(304);
    await request(t.url)
      .get(`/v1/config/${appid}?env=develop&cid=${rolloutCid}`)
      .set('If-None-Match', `"${v1.hash}"`)
      .expect(200);
    await request(t.url)
      .get(`/v1/config/${appid}?env=develop&cid=${mainCid}`)
      .set('If-None-Match', `"${v1.hash}"`)
      .expect(304);

    // Raising the percent only adds clients.
    await release('develop', { version: v1.number, rollout: { version: v2.number, percent: 60 } });
    const wider = await Promise.all(cids.map(get));
    wider.forEach((r, i) => {
      if (versions[i] === 2) expect(r.body.version).toBe(2);
    });
  });

  it('should be listed in the OpenAPI document', async () => {
    const res = await request(t.url).get('/api/docs-json').expect(200);
    expect(res.body.paths['/v1/config/{appid}'].get.responses).toHaveProperty('304');
  });

  it('should follow app creation and archiving on another instance within a second', async () => {
    const other = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      const admin = await loginAs(t, 'admin');
      const statusOn = async (url: string, id: string) => (await request(url).get(`/v1/config/${id}`)).body.code;
      const within1s = async (check: () => Promise<boolean>) => {
        const start = Date.now();
        while (!(await check()) && Date.now() - start < 1000) await new Promise((r) => setTimeout(r, 20));
        return Date.now() - start;
      };
      const created = await createApp(t);
      expect(await within1s(async () => (await statusOn(other.url, created.appid)) === 'not_released')).toBeLessThan(
        1000,
      );

      await request(t.url).post(`/api/apps/${appid}/archive`).set(admin.auth).expect(200);
      expect(await within1s(async () => (await statusOn(other.url, appid)) === 'app_not_found')).toBeLessThan(1000);
      await request(t.url).post(`/api/apps/${appid}/unarchive`).set(admin.auth).expect(200);
      expect(
        await within1s(async () => (await request(other.url).get(`/v1/config/${appid}`)).status === 200),
      ).toBeLessThan(1000);
    } finally {
      await other.app.close();
    }
  });

  it('should catch up after its LISTEN connection drops', async () => {
    const admin = new Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'trackway-config-listener' AND datname = current_database()`,
      );
      // A change committed while the listener is down is picked up by the reload after it reconnects.
      await admin.query(
        `UPDATE releases SET version = 2 WHERE env = 'release' AND app_id = (SELECT id FROM apps WHERE appid = $1)`,
        [appid],
      );
      let version = 1;
      for (let i = 0; i < 100 && version !== 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        version = (await request(t.url).get(`/v1/config/${appid}`).expect(200)).body.version;
      }
      expect(version).toBe(2);
    } finally {
      await admin.end();
    }
  });
});

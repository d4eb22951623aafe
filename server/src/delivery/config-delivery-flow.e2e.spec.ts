import { createHash } from 'node:crypto';
import request from 'supertest';
import { canonicalJson, precompileConfig, type TrackingConfig } from '@trackway/language';
import { startTestApp, type TestApp } from '../../test/test-app';
import { randomAppid, sampleConfig, TEST_ADMIN } from '../../test/factories';

/** Polls `url` until it serves `version` or `withinMs` passes; returns what it served last. */
async function servedVersion(url: string, appid: string, version: number, withinMs: number): Promise<number | null> {
  const deadline = Date.now() + withinMs;
  let last: number | null = null;
  do {
    const res = await request(url).get(`/v1/config/${appid}?env=release&cid=c-1`);
    last = res.status === 200 ? res.body.version : null;
    if (last === version) return last;
    await new Promise((r) => setTimeout(r, 20));
  } while (Date.now() < deadline);
  return last;
}

// The "Done when" flow, over HTTP, on two instances sharing one real PostgreSQL.
describe('config delivery flow', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('should serve each release and a rollback, on this instance and within 1 s on a second one', async () => {
    const login = await request(a.url).post('/api/auth/login').send(TEST_ADMIN).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const appid = randomAppid();
    await request(a.url).post('/api/apps').set(auth).send({ appid, name: '测试商城' }).expect(201);

    const draft = await request(a.url).get(`/api/apps/${appid}/draft`).set(auth).expect(200);
    await request(a.url)
      .put(`/api/apps/${appid}/draft`)
      .set(auth)
      .send({ config: sampleConfig(), revision: draft.body.revision })
      .expect(200);
    const v1 = await request(a.url).post(`/api/apps/${appid}/versions`).set(auth).send({ message: 'v1' }).expect(201);
    expect(v1.body.number).toBe(1);
    await request(a.url).post(`/api/apps/${appid}/releases/release`).set(auth).send({ version: 1 }).expect(200);

    const first = await request(a.url).get(`/v1/config/${appid}?env=release&cid=c-1`).expect(200);
    expect(first.headers.etag).toBe(`"${v1.body.hash}"`);
    expect(first.body).toMatchObject({ appid, env: 'release', version: 1, hash: v1.body.hash, config: sampleConfig() });
    // the mini-program runs the precompiled form, checked against its own hash
    expect(first.body.runtime).toEqual(precompileConfig(sampleConfig() as unknown as TrackingConfig));
    expect(first.body.runtimeHash).toBe(createHash('sha256').update(canonicalJson(first.body.runtime)!).digest('hex'));
    expect(new Date(first.body.publishedAt).toString()).not.toBe('Invalid Date');
    const notModified = await request(a.url)
      .get(`/v1/config/${appid}?env=release&cid=c-1`)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    expect(notModified.text).toBe('');

    const current = await request(a.url).get(`/api/apps/${appid}/draft`).set(auth).expect(200);
    await request(a.url)
      .put(`/api/apps/${appid}/draft`)
      .set(auth)
      .send({ config: sampleConfig('goods-load'), revision: current.body.revision })
      .expect(200);
    const v2 = await request(a.url).post(`/api/apps/${appid}/versions`).set(auth).send({ message: 'v2' }).expect(201);
    await request(a.url).post(`/api/apps/${appid}/releases/release`).set(auth).send({ version: 2 }).expect(200);
    const second = await request(a.url).get(`/v1/config/${appid}?env=release&cid=c-1`).expect(200);
    expect(second.body).toMatchObject({
      version: 2,
      hash: v2.body.hash,
      config: sampleConfig('goods-load'),
      runtime: precompileConfig(sampleConfig('goods-load') as unknown as TrackingConfig),
    });
    // The old ETag no longer matches: a client that has v1 gets v2.
    await request(a.url).get(`/v1/config/${appid}?env=release`).set('If-None-Match', first.headers.etag).expect(200);
    expect(await servedVersion(b.url, appid, 2, 1000)).toBe(2);

    await request(a.url)
      .post(`/api/apps/${appid}/releases/release/rollback`)
      .set(auth)
      .send({ toVersion: 1, reason: 'v2 doubled the page views' })
      .expect(200);
    const rolledBack = await request(a.url).get(`/v1/config/${appid}?env=release&cid=c-1`).expect(200);
    expect(rolledBack.body).toMatchObject({ version: 1, hash: v1.body.hash });
    expect(await servedVersion(b.url, appid, 1, 1000)).toBe(1);
  });
});

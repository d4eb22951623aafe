import * as http from 'node:http';
import request from 'supertest';
import { adminToken, bearer, createApp, type CreatedApp } from '../../../test/factories';
import { envelope, storedEvents, upload, validProps, waitForToken } from '../../../test/collector-uploads';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { rc4 } from './rc4';

/** POSTs bytes exactly as given (supertest would serialise a Buffer as JSON). */
function postRaw(url: string, body: Buffer): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** sr-sdk-wxapp's `encrypt: true` form (its RC4 is checked against published vectors in rc4.spec.ts). */
function encrypt(body: unknown, key: string): string {
  return Buffer.from(rc4(Buffer.from(key, 'utf8'), Buffer.from(JSON.stringify(body), 'utf8'))).toString('base64');
}

describe('POST /youshu/api/report', () => {
  let t: TestApp;
  let app: CreatedApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { TRACKWAY_COLLECTOR_RATE_LIMIT: '1000' } });
    app = await createApp(t);
    await waitForToken(t, app.collectorToken);
  });
  afterAll(() => t.close());

  it('should store each event with its catalog validation result and answer {code: 0} like Youshu', async () => {
    const res = await upload(t, app.collectorToken, [
      envelope('search', validProps(app.appid, { keyword: '龙井' })),
      envelope('browse_wxapp_page', { page: '/pages/index/index', time: 'yesterday' }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: 0, msg: 'ok' });

    const [good, bad] = await storedEvents(t, app.appid);
    expect(good).toMatchObject({ type: 'search', valid: true, errors: [], source: 'trackway' });
    expect(good.props.keyword).toBe('龙井');
    expect(bad).toMatchObject({ type: 'browse_wxapp_page', valid: false });
    const paths = bad.errors.filter((e) => e.severity === 'error').map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/time', '/wx_user', '/chan']));
    for (const e of bad.errors) expect(e.message.zh && e.message.en).toBeTruthy();
  });

  it('should take the /api/report alias and read the encrypted form of sr-sdk-wxapp', async () => {
    const a = await createApp(t);
    await waitForToken(t, a.collectorToken);
    const key = '1764840000000-0f8fad5b-d9cb-469f-a165-70867728950e';
    const res = await request(t.url)
      .post(`/api/report?token=${a.collectorToken}`)
      .set('content-type', 'application/x-sr-encrypted')
      .set('content-encrypting-key', key)
      .send(encrypt([envelope('search', validProps(a.appid, { keyword: '白茶' }), { from: 'sr-sdk-wxapp' })], key));
    expect(res.body).toEqual({ code: 0, msg: 'ok' });
    const [e] = await storedEvents(t, a.appid);
    expect(e).toMatchObject({ type: 'search', valid: true, source: 'sr-sdk-wxapp' });
    expect(e.props.keyword).toBe('白茶');
  });

  it('should store the config version, rule id and debug session of a runtime debug session', async () => {
    const a = await createApp(t);
    await waitForToken(t, a.collectorToken);
    const trackway = { session: 's-42', version: 3, rule_id: 'r-detail' };
    await upload(t, a.collectorToken, [envelope('search', validProps(a.appid, { keyword: 'x', trackway }))]);
    const [e] = await storedEvents(t, a.appid);
    // the debug tag is Trackway's own field: the catalog does not hold it against the event
    expect(e).toMatchObject({ valid: true, config_version: 3, rule_id: 'r-detail', debug_session: 's-42' });
  });

  it('should store a retried upload once when its events carry ext_uniq_id, and keep events without one', async () => {
    const a = await createApp(t);
    await waitForToken(t, a.collectorToken);
    const batch = [
      envelope('search', validProps(a.appid, { keyword: 'a' }), { ext_uniq_id: 'run1-1' }),
      envelope('search', validProps(a.appid, { keyword: 'b' }), { ext_uniq_id: 'run1-2' }),
      envelope('app_show', validProps(a.appid)),
    ];
    expect((await upload(t, a.collectorToken, batch)).body.code).toBe(0);
    expect((await upload(t, a.collectorToken, batch)).body.code).toBe(0);
    const stored = await storedEvents(t, a.appid);
    expect(stored.map((e) => e.ext_uniq_id)).toEqual(['run1-1', 'run1-2', null, null]);
    // the same ext_uniq_id in another app is another event
    expect((await upload(t, app.collectorToken, batch.slice(0, 1))).body.code).toBe(0);
    expect((await storedEvents(t, app.appid)).filter((e) => e.ext_uniq_id === 'run1-1')).toHaveLength(1);
  });

  it('should refuse an unknown token with 401 and a non-zero code, and the token of an archived app', async () => {
    const res = await upload(t, 'not-a-token', [envelope('search', validProps(app.appid))]);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 40100, error: 'invalid_token' });
    expect(res.body.msg).toMatch(/token/);

    const a = await createApp(t);
    await waitForToken(t, a.collectorToken);
    await request(t.url)
      .post(`/api/apps/${a.appid}/archive`)
      .set(bearer(await adminToken(t)))
      .expect(200);
    let status = 200;
    for (let i = 0; i < 100 && status === 200; i++) {
      status = (await upload(t, a.collectorToken, [])).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
  });

  describe('bad input: a clear 4xx, a non-zero code and nothing of the upload stored', () => {
    let a: CreatedApp;
    beforeAll(async () => {
      a = await createApp(t);
      await waitForToken(t, a.collectorToken);
    });
    afterEach(async () => expect(await storedEvents(t, a.appid)).toEqual([]));

    const ok = () => envelope('search', validProps(a.appid, { keyword: 'x' }));

    it('should refuse a body over 1 MB with 413', async () => {
      const big = [envelope('search', validProps(a.appid, { keyword: 'x'.repeat(1024 * 1024) }))];
      const res = await upload(t, a.collectorToken, big);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 41300, error: 'payload_too_large' });
    });

    it('should refuse more than 500 events, naming the limit', async () => {
      const res = await upload(t, a.collectorToken, Array.from({ length: 501 }, ok));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 40003, error: 'too_many_events' });
      expect(res.body.msg).toMatch(/500/);
    });

    it.each([
      ['not JSON', Buffer.from('{"type": "search", props')],
      ['not an array', Buffer.from('"hello"')],
      ['not UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])],
    ])('should refuse a body that is %s', async (_, body) => {
      const res = await postRaw(`${t.url}/youshu/api/report?token=${a.collectorToken}`, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 40001, error: 'invalid_json' });
    });

    it('should refuse wrong envelope types, naming each field by its JSON Pointer in Chinese and English', async () => {
      const res = await upload(t, a.collectorToken, [
        ok(),
        { type: 'search', props: 'keyword=x' },
        { type: 42, props: {}, log_id: 'one' },
        'search',
      ]);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 40002, error: 'invalid_events' });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['/1/props', '/2/type', '/2/log_id', '/3']);
      expect(res.body.errors[0].message).toEqual({
        zh: '第 1 个事件的 props 必须是对象',
        en: 'props of event 1 must be an object',
      });
    });

    it('should refuse an encrypted body with a wrong key, no key or that is not base64', async () => {
      const body = encrypt([ok()], 'right-key');
      const post = () =>
        request(t.url)
          .post(`/youshu/api/report?token=${a.collectorToken}`)
          .set('content-type', 'application/x-sr-encrypted');
      for (const res of [
        await post().set('content-encrypting-key', 'wrong-key').send(body),
        await post().send(body),
        await post().set('content-encrypting-key', 'right-key').send('%%%not base64%%%'),
      ]) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 40004, error: 'invalid_encryption' });
      }
    });

    it('should refuse a NUL character, which PostgreSQL cannot store in jsonb', async () => {
      const res = await upload(t, a.collectorToken, [envelope('search', validProps(a.appid, { keyword: 'a\u0000b' }))]);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(40001);
    });

    it('should refuse other methods than POST', async () => {
      const res = await request(t.url).get(`/youshu/api/report?token=${a.collectorToken}`);
      expect(res.status).toBe(405);
      expect(res.body.code).not.toBe(0);
    });
  });

  it('should answer 429 with Retry-After once a token sends more events than its rate allows', async () => {
    const limited = await startTestApp({ env: { TRACKWAY_COLLECTOR_RATE_LIMIT: '20' } });
    try {
      const a = await createApp(limited);
      await waitForToken(limited, a.collectorToken);
      const batch = Array.from({ length: 60 }, () => envelope('app_show', validProps(a.appid)));
      // the burst is 2 s worth (40 events); an upload is taken whole while there is room, then paid back
      expect((await upload(limited, a.collectorToken, batch)).status).toBe(200);
      const res = await upload(limited, a.collectorToken, batch);
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ code: 42900, error: 'rate_limited' });
      expect(await storedEvents(limited, a.appid)).toHaveLength(60);
      // another app's token is not held back
      const b = await createApp(limited);
      await waitForToken(limited, b.collectorToken);
      expect((await upload(limited, b.collectorToken, batch)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('should describe the report endpoint and the collector API in the OpenAPI document', async () => {
    const res = await request(t.url).get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/youshu/api/report',
        '/api/report',
        '/api/apps/{appid}/live',
        '/api/apps/{appid}/events',
        '/api/apps/{appid}/coverage',
      ]),
    );
  });
});

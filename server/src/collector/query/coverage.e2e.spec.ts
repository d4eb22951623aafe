import request from 'supertest';
import { adminToken, bearer, createApp } from '../../../test/factories';
import { envelope, upload, validProps, waitForToken } from '../../../test/collector-uploads';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('GET /api/apps/:appid/coverage', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('should give per behaviour the count, the share valid and the share carrying each analysis field', async () => {
    const app = await createApp(t);
    await waitForToken(t, app.collectorToken);
    const props = (chan: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      validProps(app.appid, { keyword: 'x', chan: { chan_wxapp_scene: 1047, ...chan }, ...extra });
    await upload(t, app.collectorToken, [
      // guide and ad fields in chan, as sr-sdk-wxapp puts launch parameters
      envelope('search', props({ guide_id: 'G1', weixinadinfo: '8848215.wx0ad.0.1' })),
      // room_id in chan (sr 2.1.1), store and union_id
      envelope(
        'search',
        props(
          { room_id: 'live_1', chan_shop_id: 'S2', chan_shop_name: '店' },
          {
            wx_user: { app_id: app.appid, open_id: 'o', union_id: 'u1' },
          },
        ),
      ),
      // room_id at the top level (sr 1.8), an empty guide_id does not count
      envelope('search', props({ guide_id: '' }, { room_id: 'live_2' })),
      envelope('search', { keyword: 'no common props' }),
      envelope('app_show', props({ guide_id: 'G1' })),
    ]);
    const res = await request(t.url)
      .get(`/api/apps/${app.appid}/coverage`)
      .set(bearer(await adminToken(t)))
      .expect(200);
    expect(res.body.behaviours).toEqual([
      {
        type: 'app_show',
        count: 1,
        validShare: 1,
        fields: { guide_id: 1, room_id: 0, weixinadinfo: 0, chan_shop_id: 0, union_id: 0 },
      },
      {
        type: 'search',
        count: 4,
        validShare: 0.75,
        fields: { guide_id: 0.25, room_id: 0.5, weixinadinfo: 0.25, chan_shop_id: 0.25, union_id: 0.25 },
      },
    ]);
  });

  it('should count only the events inside [from, to)', async () => {
    const app = await createApp(t);
    await waitForToken(t, app.collectorToken);
    await upload(t, app.collectorToken, [envelope('app_show', validProps(app.appid))]);
    const get = (query: string) =>
      adminToken(t).then((token) => request(t.url).get(`/api/apps/${app.appid}/coverage?${query}`).set(bearer(token)));
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect((await get(`from=${hourAgo}&to=${inAnHour}`)).body.behaviours).toHaveLength(1);
    expect((await get(`to=${hourAgo}`)).body.behaviours).toEqual([]);
  });

  it('should refuse a window that is not a date or ends before it starts, naming the field', async () => {
    const app = await createApp(t);
    const token = await adminToken(t);
    const notDate = await request(t.url).get(`/api/apps/${app.appid}/coverage?from=yesterday`).set(bearer(token));
    expect(notDate.status).toBe(400);
    expect(notDate.body.errors).toEqual([{ field: 'from', message: expect.stringMatching(/ISO 8601/) }]);
    const backwards = await request(t.url)
      .get(`/api/apps/${app.appid}/coverage?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z`)
      .set(bearer(token));
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ code: 'invalid_window' });
  });
});

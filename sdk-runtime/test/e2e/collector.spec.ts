// The REAL sr-sdk-wxapp 2.1.1 and the example shop in the simulated host, uploading to the REAL server's
// collector (issue 11): sr with encryption off and on, and the runtime's own reporter in a `trackway_debug`
// session. What the phone sent must be what the collector stored and serves to the live page, with the
// catalog's verdict on each event and, in the debug session, the rule that fired.
import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import type { TrackingConfig } from '@trackway/language';
import { FakeConfigServer, MiniProgramHost, type FakeRequest } from '../host';
/* eslint-disable @nx/enforce-module-boundaries -- the example's in-memory backend and the server's admin API */
import { createShopApi } from '../../../examples/miniprogram/mock/shop-api';
import { adminToken, bearer, createApp, type CreatedApp } from '../../../server/test/factories';
/* eslint-enable @nx/enforce-module-boundaries */
import { publishConfig, release } from './support/admin-api';
import { startE2eServer, type E2eServer } from './support/e2e-server';
import { forwardHttp } from './support/forward-http';
import { EXAMPLE_DIR, exampleTitles, loadShop, SHOP_API } from './support/launch-shop';

const CONFIG_SERVER = 'https://trackway-config.example.com';

interface Collected {
  type: string;
  source: string | null;
  valid: boolean;
  errors: { path: string; severity: string; message: { zh: string; en: string } }[];
  ruleId: string | null;
  configVersion: number | null;
  session: string | null;
  extUniqId: string | null;
  props: Record<string, any>;
}

interface Sr {
  init(options: Record<string, unknown>): Sr;
  flush(): void;
}

const exampleConfig = (): TrackingConfig =>
  JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, 'trackway.json'), 'utf8'));

describe('the collector receiving the real sr-sdk-wxapp 2.1.1 and the runtime', () => {
  let e2e: E2eServer;
  let host: MiniProgramHost | undefined;

  /** The example shop launched with `trackway_debug=<session>`: home, a goods page, add to cart, hide, flush. */
  async function debugJourney(app: { appid: string; collectorToken: string }, session: string) {
    host = new MiniProgramHost({ appid: app.appid, envVersion: 'develop', titles: exampleTitles(), clock: 'real' });
    const h = host.install();
    const shopApi = createShopApi({ unionId: 'oUnion_1' });
    h.network.route(SHOP_API, (req) => shopApi.handle(req));
    h.network.route(e2e.server.url, forwardHttp);
    // the runtime's own reporter: {server}/youshu/api/report?token=<token>
    loadShop(h, { appid: app.appid, server: e2e.server.url, token: app.collectorToken });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    h.launch({ path: 'pages/index/index', scene: 1011, query: { trackway_debug: session } });
    await drain(h);
    h.navigateTo('/pages/goods/detail?id=SKU10002');
    await drain(h);
    h.tap('onAddToCart');
    await drain(h);
    h.hide();
    // the example config flushes every 1000 ms
    await new Promise((r) => setTimeout(r, 1300));
    await drain(h);
    return h;
  }

  beforeAll(async () => {
    e2e = await startE2eServer();
  }, 120_000);
  // stopping drops the migrated template database: seconds on a busy machine
  afterAll(async () => {
    host?.uninstall();
    await e2e?.stop();
  }, 60_000);
  beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => {
    stopSrTimers();
    host?.uninstall();
    host = undefined;
    jest.restoreAllMocks();
  });

  // sr flushes on a 10 s setTimeout chain for ever (docs/sr-sdk-wxapp-notes.md §3). The server shares this
  // process, so the clock stays real; the timers sr starts are recorded and cleared when its app run ends.
  const srTimers = new Set<NodeJS.Timeout>();
  const realSetTimeout = global.setTimeout;
  function recordSrTimers() {
    global.setTimeout = ((fn: () => void, ms?: number) => {
      const handle = realSetTimeout(fn, ms);
      if (new Error().stack?.includes('sr-sdk-wxapp')) srTimers.add(handle);
      return handle;
    }) as typeof setTimeout;
  }
  function stopSrTimers() {
    global.setTimeout = realSetTimeout;
    for (const handle of srTimers) clearTimeout(handle);
    srTimers.clear();
  }

  async function newApp(): Promise<CreatedApp> {
    const app = await createApp(e2e.server);
    // the collector learns a new app's token through NOTIFY, a few ms after it is created
    for (let i = 0; i < 100; i++) {
      const res = await request(e2e.server.url).post(`/youshu/api/report?token=${app.collectorToken}`).send([]);
      if (res.status === 200) return app;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the collector never learned the token');
  }

  async function collected(appid: string, session?: string): Promise<Collected[]> {
    const res = await request(e2e.server.url)
      .get(`/api/apps/${appid}/events?limit=500${session ? `&session=${session}` : ''}`)
      .set(bearer(await adminToken(e2e.server)));
    expect(res.status).toBe(200);
    return res.body.events;
  }

  /** Until every request the phone made has been answered by the real server. */
  async function drain(h: MiniProgramHost) {
    for (let i = 0; i < 50 && (i < 5 || h.network.inflight.size); i++) {
      await h.settle();
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  const uploads = (h: MiniProgramHost, app: CreatedApp) =>
    h.network.requests.filter((r: FakeRequest) => r.url.includes(`/youshu/api/report?token=${app.collectorToken}`));

  async function srJourney(encrypt: boolean) {
    const app = await newApp();
    host = new MiniProgramHost({ appid: app.appid, envVersion: 'release', titles: exampleTitles(), clock: 'real' });
    const h = host.install();
    const shopApi = createShopApi({ unionId: 'oUnion_1' });
    h.network.route(SHOP_API, (req) => shopApi.handle(req));
    h.network.route('https://zhls.qq.com/open/sdk', () => ({
      statusCode: 200,
      data: { masterSwitch: true, isOpenProxyWxApi: false },
    }));
    h.network.route(e2e.server.url, forwardHttp);
    new FakeConfigServer(h, CONFIG_SERVER, app.appid).publish(exampleConfig());
    let sr: Sr | undefined;
    recordSrTimers();
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh SDK per app run, as in WeChat
      sr = (require('sr-sdk-wxapp') as Sr).init({
        appid: app.appid,
        token: app.collectorToken,
        serverUrl: `${e2e.server.url}/youshu/api/report`,
        proxyPage: true,
        encrypt,
      });
    });
    loadShop(h, { appid: app.appid, server: CONFIG_SERVER, token: app.collectorToken, sr });
    h.launch({ path: 'pages/index/index', scene: 1047, query: { weixinadinfo: '8848215.wx0ad7a2f1c9b.0.1' } });
    await drain(h);
    h.navigateTo('/pages/goods/detail?id=SKU10002');
    await drain(h);
    h.tap('onAddToCart');
    await drain(h);
    h.hide();
    sr!.flush();
    await drain(h);
    return { app, h };
  }

  it.each([
    ['off', false],
    ['on', true],
  ])(
    'should store every event sr-sdk-wxapp sends with encryption %s, with the catalog verdict on each',
    async (_, encrypt) => {
      const { app, h } = await srJourney(encrypt);
      const sent = uploads(h, app);
      expect(sent.length).toBeGreaterThan(0);
      // what went over the wire is the form under test
      for (const r of sent) {
        if (encrypt) {
          expect(r.header['Content-Type']).toBe('application/x-sr-encrypted');
          expect(typeof r.data).toBe('string');
        } else expect(Array.isArray(r.data)).toBe(true);
      }
      const events = await collected(app.appid);
      const types = events.map((e) => e.type);
      if (!encrypt) {
        const wire = sent.flatMap((r) => r.data as { type: string; log_id: number }[]);
        expect(types).toEqual(wire.map((e) => e.type));
      }
      expect(types).toEqual(
        expect.arrayContaining(['app_launch', 'browse_wxapp_page', 'browse_sku_page', 'add_to_cart', 'exit_wxapp']),
      );
      for (const e of events) {
        expect(e.source).toBe('sr-sdk-wxapp');
        // sr 2.1.1 sends no ext_uniq_id (docs/sr-sdk-wxapp-notes.md §3)
        expect(e.extUniqId).toBeNull();
        expect(e.valid).toBe(e.errors.every((v) => v.severity !== 'error'));
      }
      // the config's own events carry everything the catalog asks for
      for (const type of ['browse_sku_page', 'add_to_cart']) {
        const e = events.find((x) => x.type === type)!;
        expect({ type, valid: e.valid, errors: e.errors }).toEqual({ type, valid: true, errors: [] });
        expect(e.props.chan).toMatchObject({ weixinadinfo: '8848215.wx0ad7a2f1c9b.0.1', chan_wxapp_scene: 1047 });
      }
    },
    60_000,
  );

  it('should store each event of the example shop launched with trackway_debug with its rule id and version', async () => {
    const app = await newApp();
    const version = (await publishConfig(e2e.server, app.appid, exampleConfig(), '有品小铺首版埋点')).number;
    await release(e2e.server, app.appid, 'develop', version);
    const h = await debugJourney(app, 'pm-phone-1');

    // inventory events are merged into the app's inventory, not stored as events (ADR 011)
    const wire = uploads(h, app)
      .flatMap((r) => r.data as { type: string; ext_uniq_id: string; props: { trackway: { rule_id: string } } }[])
      .filter((e) => e.type !== 'trackway_inventory');
    expect(wire.length).toBeGreaterThan(0);
    const events = await collected(app.appid, 'pm-phone-1');
    // each event once (a retry would carry the same ext_uniq_id), in the order sent, with the rule that fired
    expect(events.map((e) => [e.type, e.ruleId, e.extUniqId])).toEqual(
      [...new Map(wire.map((e) => [e.ext_uniq_id, e])).values()].map((e) => [
        e.type,
        e.props.trackway.rule_id,
        e.ext_uniq_id,
      ]),
    );
    expect(events.every((e) => e.configVersion === version && e.session === 'pm-phone-1' && e.ruleId)).toBe(true);
    expect(events.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['goods_detail_view', 'detail_add_to_cart']));
    const detail = events.find((e) => e.ruleId === 'goods_detail_view')!;
    expect({ valid: detail.valid, errors: detail.errors }).toEqual({ valid: true, errors: [] });
  }, 60_000);

  it('should learn the example shop from a trackway_debug journey and warn before publishing a renamed handler', async () => {
    const app = await newApp();
    const version = (await publishConfig(e2e.server, app.appid, exampleConfig(), '有品小铺首版埋点')).number;
    await release(e2e.server, app.appid, 'develop', version);
    const token = await adminToken(e2e.server);
    const api = () => request(e2e.server.url);
    // no inventory yet: the publish check says nothing
    const before = await api().get(`/api/apps/${app.appid}/draft`).set(bearer(token));
    expect(before.body.errors.filter((e: { code: string }) => e.code === 'not_observed')).toEqual([]);

    await debugJourney(app, 'pm-phone-2');

    const inv = await api().get(`/api/apps/${app.appid}/inventory`).set(bearer(token));
    expect(inv.status).toBe(200);
    const items: { kind: string; route: string; name: string; sample: any; count: number; configVersion: number }[] =
      inv.body.items;
    const item = (kind: string, route: string, name: string) =>
      items.find((i) => i.kind === kind && i.route === route && i.name === name);
    expect(item('page', 'pages/goods/detail', '')!.sample.query).toEqual({ id: 'SKU10002' });
    expect(item('method', 'pages/goods/detail', 'onAddToCart')).toMatchObject({ count: 1, configVersion: version });
    // setData({goods}) is spread into the data paths a data trigger names, each with a sample
    expect(typeof item('data', 'pages/goods/detail', 'goods.price')!.sample).toBe('number');
    expect(item('data', 'pages/goods/detail', 'goods.images[0]')).toBeDefined();
    const cart = items.find((i) => i.kind === 'request' && /^POST .*\/cart\/items$/.test(i.name))!;
    expect(cart.sample.status).toBe(200);
    expect(cart.sample.shape).toEqual(expect.any(Object));
    // filters
    const methods = await api()
      .get(`/api/apps/${app.appid}/inventory?kind=method&route=pages/goods/detail`)
      .set(bearer(token));
    expect(methods.body.items.length).toBeGreaterThan(0);
    expect(methods.body.items.every((i: { kind: string }) => i.kind === 'method')).toBe(true);
    const bad = await api().get(`/api/apps/${app.appid}/inventory?kind=button`).set(bearer(token));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('kind');

    // what the journey saw raises nothing: the detail page, its goods.id data and its POST …/api/cart/items
    const draft = await api().get(`/api/apps/${app.appid}/draft`).set(bearer(token));
    const config = draft.body.config as TrackingConfig;
    const at = config.pages!.findIndex((p) => p.route === 'pages/goods/detail');
    const unseen = (body: { errors: { code: string; path: string }[] }) =>
      body.errors.filter((e) => e.code === 'not_observed').map((e) => e.path);
    expect(unseen(draft.body).filter((p) => p.startsWith(`/pages/${at}/`))).toEqual([]);
    // pages the journey never opened are named
    expect(unseen(draft.body)).toContain(
      `/pages/${config.pages!.findIndex((p) => p.route === 'pages/cart/index')}/route`,
    );

    // a rule on a handler that was renamed: a warning (not an error) at the rule's method, in the draft and at publish
    const j = config.pages![at].rules!.findIndex((r) => r.id === 'detail_add_to_cart');
    config.pages![at].rules![j].trigger = { kind: 'method', method: 'onAddCart' };
    const saved = await api()
      .put(`/api/apps/${app.appid}/draft`)
      .set(bearer(token))
      .send({ config, revision: draft.body.revision });
    expect(saved.status).toBe(200);
    const pointer = `/pages/${at}/rules/${j}/trigger/method`;
    expect(saved.body.errors.filter((e: { path: string }) => e.path === pointer)).toEqual([
      {
        path: pointer,
        code: 'not_observed',
        severity: 'warning',
        message: {
          zh: expect.stringContaining('onAddCart'),
          en: 'method onAddCart was never observed being called in a debug session (renamed?)',
        },
      },
    ]);
    expect(saved.body.valid).toBe(true);
    const published = await api()
      .post(`/api/apps/${app.appid}/versions`)
      .set(bearer(token))
      .send({ message: 'rename' });
    expect(published.status).toBe(201);
    expect(published.body.warnings.map((w: { path: string }) => w.path)).toContain(pointer);

    // clearing empties it, and the check is quiet again
    expect((await api().delete(`/api/apps/${app.appid}/inventory`).set(bearer(token))).status).toBe(204);
    expect((await api().get(`/api/apps/${app.appid}/inventory`).set(bearer(token))).body.items).toEqual([]);
    const after = await api().get(`/api/apps/${app.appid}/draft`).set(bearer(token));
    expect(after.body.errors.filter((e: { code: string }) => e.code === 'not_observed')).toEqual([]);
  }, 60_000);
});

// The REAL sr-sdk-wxapp 2.1.1 (Youshu's SDK, from npm) in the simulated host, driven by the runtime: the example
// shop runs with `sr` in its init options; sr uploads to a local receiver. What sr reports by itself (app events,
// page events with proxyPage) must arrive once, and the config's events must carry the mapped properties and chan.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateEvent, type TrackingConfig } from '@trackway/language';
import { FakeConfigServer, FakeReceiver, MiniProgramHost, type ReceivedEvent } from '../host';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the example's in-memory backend, not a project
import { createShopApi } from '../../../examples/miniprogram/mock/shop-api';
import { confirmEvent, EXAMPLE_DIR, exampleTitles, goodsCards, loadShop, SHOP_API } from './support/launch-shop';

const APPID = 'wx0123456789abcdef';
const SERVER = 'https://trackway.example.com';
const SR_URL = 'https://youshu-receiver.test/youshu/api/report';
const SR_TOKEN = 'bi72fccc7184ef4xxx';
const AD_INFO = '8848215.wx0ad7a2f1c9b.0.1';
const UNION_ID = 'oUnion_7f3a9c21';

// sr-sdk-wxapp's own events, and the option that turns each on (docs/sr-sdk-wxapp-notes.md §7)
const SR_APP_EVENTS = ['app_launch', 'app_show', 'exit_wxapp'];
const SR_PAGE_EVENTS = [
  'browse_wxapp_page',
  'leave_wxapp_page',
  'page_share_app_message',
  'page_pull_down_refresh',
  'page_reach_bottom',
];

interface Sr {
  init(options: Record<string, unknown>): Sr;
  option: Record<string, unknown>;
  track(type: string, props: Record<string, unknown>): unknown;
  setChan(chan: Record<string, unknown>): unknown;
  setUser(user: Record<string, unknown>): unknown;
}

describe('sr-sdk-wxapp 2.1.1 driven by the runtime', () => {
  let host: MiniProgramHost;
  let srReceiver: FakeReceiver;
  const config = JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, 'trackway.json'), 'utf8')) as TrackingConfig;

  // sr warns on each of its own setContext calls (deprecated API it still uses for refer_page) and on pages
  // without a `title` field; that noise is sr's, not the runtime's
  beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => {
    host.uninstall();
    jest.restoreAllMocks();
  });

  /** app.js of a shop that already had Youshu's SDK: sr first, then the runtime's init line with `sr`. */
  function start(srOptions: Record<string, unknown>) {
    host = new MiniProgramHost({ appid: APPID, envVersion: 'release', titles: exampleTitles() }).install();
    const shopApi = createShopApi({ unionId: UNION_ID });
    host.network.route(SHOP_API, (req) => shopApi.handle(req));
    // sr's remote switch: without an answer it never starts uploading
    host.network.route('https://zhls.qq.com/open/sdk', () => ({
      statusCode: 200,
      data: { masterSwitch: true, isOpenProxyWxApi: false },
    }));
    srReceiver = new FakeReceiver(host, SR_URL);
    new FakeConfigServer(host, SERVER, APPID).publish(config);
    let sr: Sr | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh SDK per app run, as in WeChat
      sr = (require('sr-sdk-wxapp') as Sr).init(
        Object.assign({ appid: APPID, token: SR_TOKEN, serverUrl: SR_URL }, srOptions),
      );
    });
    loadShop(host, { server: SERVER, token: SR_TOKEN, sr });
    return { shopApi, sr: sr! };
  }

  /** A shorter journey than shop-journey.spec.ts, touching every kind of rule and every sr auto event. */
  async function journey(): Promise<ReceivedEvent[]> {
    const h = host;
    h.launch({
      path: 'pages/index/index',
      scene: 1047,
      query: { scene: encodeURIComponent('gid=G1001'), weixinadinfo: AD_INFO },
    });
    await h.settle();
    h.expose('.goods-card', goodsCards(h.current(), 0, 2));
    h.reachBottom();
    h.pullDownRefresh();
    await h.settle();
    h.tap('onPickStore');
    await h.settle();
    h.tap('onPickStore', { id: 'S002' });
    await h.settle();
    h.call('onSearchConfirm', confirmEvent('龙井'));
    await h.settle();
    h.navigateTo('/pages/goods/detail?id=SKU10002&room_id=live_1128');
    await h.settle();
    h.share('button');
    h.tap('onAddToCart');
    await h.settle();
    h.navigateTo('/pages/cart/index');
    await h.settle();
    h.tap('onIncrease', { skuId: 'SKU10002' });
    await h.settle();
    h.tap('onCheckout');
    await h.settle();
    h.tap('onSubmitOrder');
    await h.settle();
    expect(h.current().route).toBe('pages/pay-result/index');
    h.hide();
    // sr: 1 s debounce after the last event, and a flush at 10 queued events
    await h.advance(3000);
    return srReceiver.events;
  }

  const count = (events: ReceivedEvent[], type: string) => events.filter((e) => e.type === type).length;

  it('should upload the mapped events with their properties and the chan and user fields through sr', async () => {
    const { shopApi } = start({ proxyPage: true });
    const events = await journey();
    const [order] = shopApi.state.orders;

    expect(srReceiver.batches.length).toBeGreaterThan(0);
    // with sr, events leave through sr only: the runtime's own reporter posts nothing
    expect(host.network.requests.filter((r) => r.url.startsWith(SERVER + '/youshu/'))).toEqual([]);
    for (const e of events)
      expect(e).toMatchObject({ from: 'sr-sdk-wxapp', tracking_id: expect.any(String), log_id: expect.any(Number) });
    const mapped = events.filter(
      (e) => !e.props.is_sdk_auto_track && !e.type.startsWith('sdk_') && e.type !== 'logid_events',
    );
    expect(mapped.map((e) => e.type)).toEqual([
      'expose_sku_component',
      'expose_sku_component',
      'search',
      'trigger_sku_component',
      'browse_sku_page',
      'add_to_cart',
      'add_to_cart',
      'custom_order',
      'custom_order',
    ]);
    for (const e of mapped) {
      expect({
        type: e.type,
        errors: validateEvent(e.type, e.props).errors.filter((v) => v.severity === 'error'),
      }).toEqual({ type: e.type, errors: [] });
      // sr merges its context over the props at flush: the chan the runtime set through sr.setChan
      expect(e.props.chan).toMatchObject({ guide_id: 'G1001', weixinadinfo: AD_INFO, chan_wxapp_scene: 1047 });
      expect(e.props.wx_user).toMatchObject({ app_id: APPID, union_id: UNION_ID, user_id: 'U800123' });
      expect(e.props.sr_sdk_version).toBe('2.1.1');
    }
    // the store was picked before the search
    for (const e of mapped.slice(2))
      expect(e.props.chan).toMatchObject({ chan_shop_id: 'S002', chan_shop_name: '上海静安嘉里店' });
    const byType = (t: string) => mapped.filter((e) => e.type === t).map((e) => e.props);
    expect(byType('expose_sku_component').map((p) => [p.sku.sku_id, p.position_id, p.sale.current_price])).toEqual([
      ['SKU10001', 0, 129],
      ['SKU10002', 1, 268],
    ]);
    expect(byType('search')[0].keyword).toBe('龙井');
    expect(byType('trigger_sku_component')[0].sku).toEqual({ sku_id: 'SKU10002', sku_name: '明前龙井 一级 500g 礼盒' });
    expect(byType('browse_sku_page')[0]).toMatchObject({
      page: 'pages/goods/detail?id=SKU10002&room_id=live_1128',
      sale: { original_price: 328, current_price: 268 },
    });
    expect(byType('add_to_cart').map((p) => [p.action_type, p.sku_num])).toEqual([
      ['append_to_cart', 1],
      ['append_to_cart_in_cart', 1],
    ]);
    expect(
      byType('custom_order').map((p) => [p.order.order_id, p.order.order_status, p.sub_orders[0].pay_amt]),
    ).toEqual([
      [order.orderNo, 'give_order', 531],
      [order.orderNo, 'payed', 531],
    ]);
    // the room of the live-room link: the runtime's chan rule and sr's own page proxy agree on chan.room_id
    expect(byType('custom_order')[0].chan.room_id).toBe('live_1128');
  });

  it('should leave the app and page events to sr when its proxyPage is on, so none arrives twice', async () => {
    start({ proxyPage: true });
    const events = await journey();

    for (const type of SR_APP_EVENTS.concat(SR_PAGE_EVENTS)) {
      const mine = events.filter((e) => e.type === type && !e.props.is_sdk_auto_track);
      expect({ type, fromTheRuntime: mine.length }).toEqual({ type, fromTheRuntime: 0 });
    }
    expect([count(events, 'app_launch'), count(events, 'app_show'), count(events, 'exit_wxapp')]).toEqual([1, 1, 1]);
    // home, stores, home again, search, detail, cart, checkout, pay result
    expect(count(events, 'browse_wxapp_page')).toBe(8);
    expect([
      count(events, 'page_share_app_message'),
      count(events, 'page_reach_bottom'),
      count(events, 'page_pull_down_refresh'),
    ]).toEqual([1, 1, 1]);
  });

  it('should report the page events itself when sr only reports the app events', async () => {
    start({});
    const events = await journey();

    expect([count(events, 'app_launch'), count(events, 'app_show'), count(events, 'exit_wxapp')]).toEqual([1, 1, 1]);
    for (const type of SR_APP_EVENTS)
      expect(events.filter((e) => e.type === type).every((e) => e.props.is_sdk_auto_track)).toBe(true);
    const browse = events.filter((e) => e.type === 'browse_wxapp_page');
    expect(browse).toHaveLength(8);
    expect(browse.every((e) => !e.props.is_sdk_auto_track)).toBe(true);
    expect(browse[0].props).toMatchObject({ page_title: '首页', is_newly_open: true, chan: { guide_id: 'G1001' } });
    const share = events.filter((e) => e.type === 'page_share_app_message');
    expect(share.map((e) => [e.props.from_type, e.props.share_title])).toEqual([['button', '明前龙井 一级 500g 礼盒']]);
    expect([count(events, 'page_reach_bottom'), count(events, 'page_pull_down_refresh')]).toEqual([1, 1]);
  });
});

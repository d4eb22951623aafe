// The example shop, unchanged, driven through a user's journey in the simulated host against the REAL server:
// the PM publishes examples/miniprogram/trackway.json and releases it to `develop`; the shop reports the 14
// behaviours; a changed config changes what it reports; a rollback brings the old behaviour back.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateEvent, type TrackingConfig } from '@trackway/language';
import { FakeReceiver, MiniProgramHost, type ReceivedEvent } from '../host';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the example's in-memory backend, not a project
import { createShopApi } from '../../../examples/miniprogram/mock/shop-api';
import { publishConfig, registerApp, release, rollback } from './support/admin-api';
import { startE2eServer, type E2eServer } from './support/e2e-server';
import { forwardHttp } from './support/forward-http';
import { confirmEvent, EXAMPLE_DIR, exampleTitles, goodsCards, loadShop, SHOP_API } from './support/launch-shop';

const APPID = 'wx0123456789abcdef';
const ENV = 'develop';
const RECEIVER = 'https://receiver.test/youshu/api/report';
const QR_SCENE = encodeURIComponent('gid=G1001&src=poster');
const AD_INFO = '8848215.wx0ad7a2f1c9b.0.1';
const UNION_ID = 'oUnion_7f3a9c21';
// the launch page's options are the launch query, so the home page's `page` carries it
const HOME = `pages/index/index?scene=${QR_SCENE}&weixinadinfo=${AD_INFO}`;

const exampleConfig = (): TrackingConfig =>
  JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, 'trackway.json'), 'utf8'));

describe('examples/miniprogram against the real server', () => {
  let e2e: E2eServer;
  let host: MiniProgramHost | undefined;
  let receiver: FakeReceiver;
  const shopApi = createShopApi({ unionId: UNION_ID });
  let storage: [string, string][] = [];

  beforeAll(async () => {
    e2e = await startE2eServer();
    await registerApp(e2e.server, APPID, '有品小铺');
  }, 120_000);

  afterAll(async () => {
    kill();
    await e2e?.stop();
  });

  /** A cold start of the shop: a new JS context, the storage the previous run left. */
  async function coldStart(
    launch: Parameters<MiniProgramHost['launch']>[0],
    payment: 'success' | 'cancel' = 'success',
  ) {
    kill();
    host = new MiniProgramHost({
      appid: APPID,
      envVersion: ENV,
      titles: exampleTitles(),
      payment,
      clock: 'real',
    }).install();
    for (const [k, v] of storage) host.storage.raw.set(k, v);
    host.network.route(e2e.server.url, forwardHttp);
    host.network.route(SHOP_API, (req) => shopApi.handle(req));
    receiver = new FakeReceiver(host, RECEIVER);
    loadShop(host, { server: e2e.server.url, token: 'shop-token', reportUrl: RECEIVER + '?token=shop-token' });
    host.launch(launch);
    await settle(host);
    return host;
  }

  /**
   * Lets navigations (run after the handler, as in WeChat), the shop's answers and the server's arrive. The real
   * clock: the server runs in this process, and its timers must stay real.
   */
  async function settle(h: MiniProgramHost) {
    for (let i = 0; i < 5; i++) {
      await h.settle();
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  /** The app goes to the background; whatever is queued reaches the receiver. Then WeChat kills it. */
  async function background(): Promise<ReceivedEvent[]> {
    host!.hide();
    // the config's flushIntervalMs is 1000
    await host!.advance(1500);
    kill();
    return receiver.events;
  }

  function kill() {
    if (!host) return;
    storage = [...host.storage.raw];
    host.uninstall();
    host = undefined;
  }

  const one = (events: ReceivedEvent[], type: string, where: (e: ReceivedEvent) => boolean = () => true) => {
    const hits = events.filter((e) => e.type === type && where(e));
    expect(hits.map((e) => e.type)).toEqual([type]);
    return hits[0].props;
  };

  let v1: number;

  // a whole journey against the real server: 3–6 s on this 2-core machine when other jobs run (jest's 5 s default)
  it('should report all 14 behaviours with their properties and the chan and user fields', async () => {
    v1 = (await publishConfig(e2e.server, APPID, exampleConfig(), '有品小铺首版埋点')).number;
    await release(e2e.server, APPID, ENV, v1);

    const h = await coldStart({
      path: 'pages/index/index',
      scene: 1047,
      query: { scene: QR_SCENE, weixinadinfo: AD_INFO },
    });
    const home = h.current();
    expect(home.data.goods).toHaveLength(6);
    h.expose('.goods-card', goodsCards(home, 0, 4));
    h.expose('.goods-card', [
      { id: 'card-half', dataset: { id: home.data.goods[4].id, goods: home.data.goods[4], index: 4 }, ratio: 0.2 },
    ]);
    h.reachBottom();
    await settle(h);
    expect(home.data.goods).toHaveLength(12);
    h.pullDownRefresh();
    await settle(h);

    // the store picker writes the chosen store to storage; back on the home page the chan carries it
    h.tap('onPickStore');
    await settle(h);
    h.tap('onPickStore', { id: 'S001' });
    await settle(h);
    expect(h.current().route).toBe('pages/index/index');

    h.call('onSearchConfirm', confirmEvent('  龙井 '));
    await settle(h);
    const results = h.current();
    expect(results.route).toBe('pages/search/index');
    expect(results.data.goods.map((g: { id: string }) => g.id)).toEqual(['SKU10001', 'SKU10002', 'SKU40003']);

    // a tap on a <navigator> card: WeChat opens the detail page, no handler runs
    h.navigateTo('/pages/goods/detail?id=SKU10001');
    await settle(h);
    expect(h.current().data.goods.title).toBe('明前龙井 特级 250g 罐装');
    h.share('menu');
    h.tap('onPlus');
    h.tap('onAddToCart');
    await settle(h);

    // a goods link from a live room
    h.navigateTo('/pages/goods/detail?id=SKU30001&room_id=live_20261128');
    await settle(h);
    h.tap('onAddToCart');
    await settle(h);

    h.navigateTo('/pages/cart/index');
    await settle(h);
    h.tap('onIncrease', { skuId: 'SKU10001' });
    await settle(h);
    h.tap('onDecrease', { skuId: 'SKU30001' });
    await settle(h);
    expect(h.current().data.items.map((i: { skuId: string; quantity: number }) => [i.skuId, i.quantity])).toEqual([
      ['SKU10001', 3],
    ]);

    h.tap('onCheckout');
    await settle(h);
    h.tap('onSubmitOrder');
    await settle(h);
    expect(h.current().route).toBe('pages/pay-result/index');
    expect(h.current().data.status).toBe('success');

    // a second order whose payment the user cancels
    h.navigateTo('/pages/goods/detail?id=SKU40001');
    await settle(h);
    h.tap('onAddToCart');
    await settle(h);
    h.navigateTo('/pages/checkout/index');
    await settle(h);
    h.paymentOutcome = 'cancel';
    h.tap('onSubmitOrder');
    await settle(h);
    expect(h.current().data.status).toBe('cancel');

    const events = await background();
    const [order1, order2] = shopApi.state.orders;

    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'app_launch',
        'app_show',
        'exit_wxapp',
        'browse_wxapp_page',
        'leave_wxapp_page',
        'page_share_app_message',
        'page_pull_down_refresh',
        'page_reach_bottom',
        'search',
        'expose_sku_component',
        'trigger_sku_component',
        'browse_sku_page',
        'add_to_cart',
        'custom_order',
      ]),
    );
    // Youshu's schema: no error (warnings flag facts the catalog marks unconfirmed)
    for (const e of events) {
      const errors = validateEvent(e.type, e.props).errors.filter((v) => v.severity === 'error');
      expect({ type: e.type, errors }).toEqual({ type: e.type, errors: [] });
    }

    // the QR guide and the ad click are on every event, from the very first one
    for (const e of events)
      expect(e.props.chan).toMatchObject({ guide_id: 'G1001', weixinadinfo: AD_INFO, chan_wxapp_scene: 1047 });
    expect(one(events, 'app_launch').page).toBe(HOME);

    const exposed = events.filter((e) => e.type === 'expose_sku_component').map((e) => e.props);
    expect(exposed.map((p) => [p.sku.sku_id, p.position_id])).toEqual([
      ['SKU10001', 0],
      ['SKU10002', 1],
      ['SKU10003', 2],
      ['SKU10004', 3],
    ]);
    expect(exposed[0]).toMatchObject({
      page: HOME,
      page_title: '首页',
      spu: { spu_id: 'SPU1000', spu_name: '明前龙井 特级 250g 罐装' },
      sale: { original_price: 159, current_price: 129 },
      primary_image_url: 'https://img.shop.example.com/goods/SKU10001/cover.jpg',
    });
    expect(events.filter((e) => e.type === 'page_reach_bottom').map((e) => e.props.page)).toEqual([HOME]);
    expect(events.filter((e) => e.type === 'page_pull_down_refresh').map((e) => e.props.page)).toEqual([HOME]);

    expect(one(events, 'search')).toMatchObject({
      keyword: '龙井',
      page: HOME,
      chan: { chan_shop_id: 'S001', chan_shop_name: '杭州西湖银泰店' },
    });
    expect(one(events, 'trigger_sku_component')).toMatchObject({
      sku: { sku_id: 'SKU10001', sku_name: '明前龙井 特级 250g 罐装' },
      sale: { original_price: 159, current_price: 129 },
    });
    const browsed = events.filter((e) => e.type === 'browse_sku_page').map((e) => e.props);
    expect(browsed.map((p) => p.sku.sku_id)).toEqual(['SKU10001', 'SKU30001', 'SKU40001']);
    expect(browsed[0]).toMatchObject({
      page: 'pages/goods/detail?id=SKU10001',
      page_title: '商品详情',
      sku_category: [{ sku_cat_id: 'C11', sku_cat_name: '茶叶', sku_parent_cat_id: 'C10' }],
      sale: { original_price: 159, current_price: 129 },
      wx_user: { app_id: APPID, union_id: UNION_ID, user_id: 'U800123' },
    });
    expect(one(events, 'page_share_app_message')).toMatchObject({
      from_type: 'menu',
      share_title: '明前龙井 特级 250g 罐装',
      share_path: '/pages/goods/detail?id=SKU10001',
    });

    const carts = events
      .filter((e) => e.type === 'add_to_cart')
      .map((e) => [e.props.action_type, e.props.sku.sku_id, e.props.sku_num]);
    expect(carts).toEqual([
      ['append_to_cart', 'SKU10001', 2],
      ['append_to_cart', 'SKU30001', 1],
      ['append_to_cart_in_cart', 'SKU10001', 1],
      ['remove_from_cart', 'SKU30001', 1],
      ['append_to_cart', 'SKU40001', 1],
    ]);

    const orders = events.filter((e) => e.type === 'custom_order').map((e) => e.props);
    expect(orders.map((p) => [p.order.order_id, p.order.order_status])).toEqual([
      [order1.orderNo, 'give_order'],
      [order1.orderNo, 'payed'],
      [order2.orderNo, 'give_order'],
      [order2.orderNo, 'cancel_pay'],
    ]);
    // 3 × 129 yuan, 5 yuan coupon
    expect(orders[1]).toMatchObject({
      order: { order_time: order1.createdAt },
      sub_orders: [{ sub_order_id: order1.orderNo, order_amt: 387, pay_amt: 382 }],
    });
    expect(typeof orders[1].order.pay_time).toBe('number');
    expect(typeof orders[3].order.cancel_pay_time).toBe('number');
    // after the live-room link, the orders carry its room; the store and the user are there too
    for (const p of orders) {
      expect(p.chan).toMatchObject({
        room_id: 'live_20261128',
        chan_shop_id: 'S001',
        chan_shop_name: '杭州西湖银泰店',
      });
      expect(p.wx_user).toMatchObject({ union_id: UNION_ID });
    }
    expect(one(events, 'exit_wxapp').chan.guide_id).toBe('G1001');

    // `propagate`: the shop's create-order requests carry the chan, for its backend's add_order chan_info
    const created = h.network.requests.filter((r) => r.url === SHOP_API + '/orders');
    expect(created).toHaveLength(2);
    for (const r of created) {
      expect(JSON.parse(r.header['X-Trackway-Chan'])).toMatchObject({
        guide_id: 'G1001',
        chan_shop_id: 'S001',
        room_id: 'live_20261128',
      });
    }
  }, 60_000);

  it('should report what a newly released config says, without a new mini-program release', async () => {
    const changed = exampleConfig();
    const detail = changed.pages!.find((p) => p.id === 'goods_detail')!;
    detail.title = '商品详情页';
    changed.pages!.find((p) => p.id === 'cart')!.rules!.find((r) => r.id === 'cart_minus')!.enabled = false;
    const v2 = (await publishConfig(e2e.server, APPID, changed, '详情页改名；购物车减少不再上报')).number;
    await release(e2e.server, APPID, ENV, v2);

    // the cached v1 serves the first page at once; v2 arrives meanwhile and applies from the next page on
    const h = await coldStart({ path: 'pages/index/index', scene: 1001 });
    h.navigateTo('/pages/goods/detail?id=SKU20001');
    await settle(h);
    h.tap('onAddToCart');
    await settle(h);
    h.navigateTo('/pages/cart/index');
    await settle(h);
    h.tap('onDecrease', { skuId: 'SKU20001' });
    await settle(h);
    expect(h.current().data.items).toEqual([]);
    const events = await background();

    expect(one(events, 'browse_sku_page')).toMatchObject({ sku: { sku_id: 'SKU20001' }, page_title: '商品详情页' });
    expect(events.filter((e) => e.type === 'add_to_cart').map((e) => e.props.action_type)).toEqual(['append_to_cart']);
    // the guide of the first launch's QR code keeps the credit: guide_id is kept for 7 days
    expect(one(events, 'app_launch').chan.guide_id).toBe('G1001');
  }, 60_000);

  it('should report the old way again after a rollback', async () => {
    await rollback(e2e.server, APPID, ENV, v1, '详情页标题改错了');

    const h = await coldStart({ path: 'pages/index/index', scene: 1001 });
    h.navigateTo('/pages/goods/detail?id=SKU20002');
    await settle(h);
    h.tap('onAddToCart');
    await settle(h);
    h.navigateTo('/pages/cart/index');
    await settle(h);
    h.tap('onDecrease', { skuId: 'SKU20002' });
    await settle(h);
    const events = await background();

    expect(one(events, 'browse_sku_page')).toMatchObject({ sku: { sku_id: 'SKU20002' }, page_title: '商品详情' });
    expect(events.filter((e) => e.type === 'add_to_cart').map((e) => e.props.action_type)).toEqual([
      'append_to_cart',
      'remove_from_cart',
    ]);
  }, 60_000);
});

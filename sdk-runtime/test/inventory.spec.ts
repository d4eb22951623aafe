import { createTestApp, type TestApp } from './host';

declare const wx: any;

type Item = [string, string, string, unknown];

/** The items of every trackway_inventory event the receiver got. */
const itemsOf = (t: TestApp): Item[] => t.receiver.ofType('trackway_inventory').flatMap((e) => e.props.items as Item[]);
const find = (t: TestApp, kind: string, name: string) => itemsOf(t).find((i) => i[0] === kind && i[2] === name);

/** A small shop page: goods by request, a tap handler, a user's phone in data, a card component, a payment. */
function shop(t: TestApp): void {
  t.host.network.route('https://shop.example.com/goods/', (req) => ({
    data: {
      sku_id: req.url.split('?')[0].split('/').pop(),
      price: 12.5,
      skus: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    },
  }));
  t.host.page('pages/goods/detail', {
    data: { goods: null },
    onLoad(q: any) {
      wx.request({
        url: 'https://shop.example.com/goods/' + q.id + '?token=secret',
        success: (res: any) =>
          this.setData({ goods: res.data, user: { mobile: '13800000000', nick: 'x'.repeat(100) }, 'cart.count': 1 }),
      });
    },
    onAddCart() {
      return wx.requestPayment({ timeStamp: '1', nonceStr: 'n', package: 'p', signType: 'RSA', paySign: 's' });
    },
  });
  t.host.component('components/card/index', { methods: { onCardTap() {} } });
}

async function journey(t: TestApp): Promise<void> {
  t.host.launch({ path: 'pages/goods/detail', query: { id: 'S1', trackway_debug: 's-7' } });
  await t.host.advance(100);
  t.host.tap('onAddCart', { skuId: 'S1', index: 0 });
  const card = t.host.mountComponent('components/card/index');
  card.onCardTap({ type: 'tap', currentTarget: { dataset: { id: 'c1' } } });
  await t.events();
}

describe('inventory (debug sessions)', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report pages, methods, data paths, requests, payments and components in a trackway_debug session', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    shop(t);
    await journey(t);
    const inv = t.receiver.ofType('trackway_inventory');
    expect(inv[0].props.trackway).toEqual({ session: 's-7', version: 1 });
    expect(find(t, 'page', '')).toEqual([
      'page',
      'pages/goods/detail',
      '',
      { title: undefined, query: { id: 'S1', trackway_debug: 's-7' } },
    ]);
    expect(find(t, 'method', 'onAddCart')).toEqual([
      'method',
      'pages/goods/detail',
      'onAddCart',
      expect.objectContaining({ type: 'tap', dataset: { skuId: 'S1', index: 0 }, detail: {} }),
    ]);
    expect(find(t, 'data', 'goods')![3]).toEqual({ sku_id: 'S1', price: 12.5, skus: [{ id: 'a' }, { id: 'b' }] });
    expect(find(t, 'data', 'cart.count')![3]).toBe(1);
    expect(find(t, 'request', 'GET https://shop.example.com/goods/S1?token=secret')![3]).toEqual(
      expect.objectContaining({ statusCode: 200, data: expect.objectContaining({ sku_id: 'S1' }) }),
    );
    expect(find(t, 'payment', 'requestPayment success')![1]).toBe('pages/goods/detail');
    expect(find(t, 'component', 'onCardTap')).toEqual([
      'component',
      'components/card/index',
      'onCardTap',
      expect.objectContaining({ type: 'tap', dataset: { id: 'c1' } }),
    ]);
    jest.restoreAllMocks();
  });

  it('should mask personal values and limit samples in length, depth and list size', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    shop(t);
    t.host.page('pages/me/me', {
      onLoad() {
        this.setData({ phone: '13800000000', deep: { a: { b: { c: { d: { e: 1 } } } } } });
      },
    });
    await journey(t);
    t.host.navigateTo('/pages/me/me');
    await t.events();
    expect(find(t, 'data', 'user')![3]).toEqual({ mobile: '***', nick: 'x'.repeat(64) });
    expect(find(t, 'data', 'phone')![3]).toBe('***');
    expect(find(t, 'data', 'deep')![3]).toEqual({ a: { b: { c: { d: {} } } } });
    expect(JSON.stringify(itemsOf(t))).not.toContain('13800000000');
    jest.restoreAllMocks();
  });

  it('should report nothing outside a debug session, and each thing once per launch', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    shop(t);
    t.host.launch({ path: 'pages/goods/detail', query: { id: 'S1' } });
    await t.host.advance(100);
    t.host.tap('onAddCart', { skuId: 'S1' });
    await t.events();
    expect(t.receiver.ofType('trackway_inventory')).toEqual([]);
    expect(t.receiver.types().length).toBeGreaterThan(0);
  });

  it('should start with the config when its settings say debug, and send a key once', async () => {
    t = createTestApp({ config: { schemaVersion: 1, settings: { debug: true } }, cached: true });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    shop(t);
    t.host.launch({ path: 'pages/goods/detail', query: { id: 'S1' } });
    await t.host.advance(100);
    t.host.tap('onAddCart', { skuId: 'S1' });
    t.host.tap('onAddCart', { skuId: 'S2' });
    await t.events();
    expect(itemsOf(t).filter((i) => i[2] === 'onAddCart')).toHaveLength(1);
    expect(t.receiver.ofType('trackway_inventory')[0].props.trackway.session).toBe('config');
    jest.restoreAllMocks();
  });

  it('should never throw into the host when a sample has getters that throw', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true, init: { debug: 'd' } });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors: unknown[] = [];
    t.tw.on('error', (e) => errors.push(e));
    t.host.page('pages/x/x', {
      boom(e: unknown) {
        return e;
      },
    });
    t.host.launch({ path: 'pages/x/x' });
    const evil = {
      get type() {
        throw new Error('getter');
      },
    };
    expect(t.host.call('boom', evil)).toBe(evil);
    await t.events();
    expect(errors.length).toBeGreaterThan(0);
    jest.restoreAllMocks();
  });
});

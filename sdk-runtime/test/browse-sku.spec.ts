import { createTestApp, type TestApp } from './host';

declare const wx: any;

describe('browse_sku_page', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report the product page once its data arrives by request after onLoad', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        pages: [
          {
            id: 'detail',
            route: 'pages/goods/detail',
            rules: [
              {
                id: 'detail.browse',
                event: 'browse_sku_page',
                trigger: { kind: 'data', path: 'goods.sku_id' },
                props: {
                  sku: { sku_id: '{{data.goods.sku_id}}', sku_name: '{{data.goods.name}}' },
                  spu: { spu_id: '{{data.goods.spu_id}}', spu_name: '{{data.goods.name}}' },
                },
              },
            ],
          },
        ],
      },
    });
    t.host.network.route(
      'https://shop.example.com/goods/',
      (req) => ({ data: { sku_id: req.url.split('/').pop(), spu_id: 'P1', name: '口红' } }),
      { latency: 300 },
    );
    t.host.page('pages/goods/detail', {
      data: { goods: null },
      onLoad(q: any) {
        wx.request({
          url: 'https://shop.example.com/goods/' + q.id,
          success: (res: any) => this.setData({ goods: res.data }),
        });
      },
      bump() {
        this.setData({ 'goods.stock': 3 });
      },
    });
    t.host.launch({ path: 'pages/goods/detail', query: { id: 'S1' } });
    await t.host.advance(400);
    t.host.call('bump');
    await t.events();
    expect(t.receiver.ofType('browse_sku_page').map((e) => e.props)).toEqual([
      expect.objectContaining({
        page: 'pages/goods/detail?id=S1',
        sku: { sku_id: 'S1', sku_name: '口红' },
        spu: { spu_id: 'P1', spu_name: '口红' },
      }),
    ]);
  });

  it('should wait for data declared as null and report when the request fills it', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        pages: [
          {
            id: 'detail',
            route: 'pages/goods/detail',
            rules: [
              {
                id: 'detail.browse',
                event: 'browse_sku_page',
                trigger: { kind: 'data', path: 'goods' },
                props: { sku: { sku_id: '{{data.goods.sku_id}}', sku_name: '{{data.goods.name}}' } },
              },
            ],
          },
        ],
      },
    });
    t.host.network.route('https://shop.example.com/goods/', () => ({ data: { sku_id: 'S9', name: '面霜' } }), {
      latency: 300,
    });
    t.host.page('pages/goods/detail', {
      data: { goods: null },
      onLoad() {
        wx.request({
          url: 'https://shop.example.com/goods/S9',
          success: (res: any) => this.setData({ goods: res.data }),
        });
      },
    });
    t.host.launch({ path: 'pages/goods/detail' });
    await t.host.advance(400);
    await t.events();
    expect(t.receiver.ofType('browse_sku_page').map((e) => e.props.sku)).toEqual([{ sku_id: 'S9', sku_name: '面霜' }]);
  });
});

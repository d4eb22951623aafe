import { createTestApp, type TestApp } from './host';

const config = {
  schemaVersion: 1 as const,
  pages: [
    {
      id: 'home',
      route: 'pages/index/index',
      rules: [
        {
          id: 'home.expose',
          event: 'expose_sku_component' as const,
          trigger: { kind: 'expose' as const, selector: '.goods-card', ratio: 0.5, itemKey: 'skuId' },
          props: { sku: { sku_id: '{{item.skuId}}', sku_name: '{{item.name}}' }, position_id: '{{item.pos | int}}' },
        },
      ],
    },
  ],
};

describe('expose_sku_component', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report each card once when it becomes mostly visible, including cards loaded after onReady', async () => {
    t = createTestApp({ config, cached: true });
    t.host.network.route('https://shop.example.com/goods', () => ({ data: { list: [{ id: 'A' }, { id: 'B' }] } }));
    t.host.page('pages/index/index', {
      data: { list: [] },
      onLoad() {
        wx.request({
          url: 'https://shop.example.com/goods',
          success: (res: any) => this.setData({ list: res.data.list }),
        });
      },
    });
    t.host.launch({ path: 'pages/index/index' });
    expect(t.host.observedSelectors()).toEqual(['.goods-card']);
    await t.host.settle();
    t.host.expose('.goods-card', [
      { dataset: { skuId: 'A', name: '口红', pos: '1' }, ratio: 0.8 },
      { dataset: { skuId: 'B', name: '面霜', pos: '2' }, ratio: 0.2 },
    ]);
    t.host.expose('.goods-card', [
      { dataset: { skuId: 'A', name: '口红', pos: '1' }, ratio: 1 },
      { dataset: { skuId: 'B', name: '面霜', pos: '2' }, ratio: 0.6 },
    ]);
    await t.events();
    expect(t.receiver.ofType('expose_sku_component').map((e) => e.props)).toEqual([
      expect.objectContaining({
        sku: { sku_id: 'A', sku_name: '口红' },
        spu: { spu_id: 'A', spu_name: '口红' },
        position_id: 1,
      }),
      expect.objectContaining({ sku: { sku_id: 'B', sku_name: '面霜' }, position_id: 2 }),
    ]);
  });

  it('should stop observing when the page unloads', async () => {
    t = createTestApp({ config, cached: true });
    t.host.page('pages/index/index', {});
    t.host.page('pages/other/other', {});
    t.host.launch({ path: 'pages/other/other' });
    t.host.navigateTo('pages/index/index');
    t.host.navigateBack();
    t.host.expose('.goods-card', [{ dataset: { skuId: 'A' } }]);
    await t.events();
    expect(t.receiver.ofType('expose_sku_component')).toEqual([]);
  });
});

declare const wx: any;

import { createTestApp, type TestApp } from './host';

declare const wx: any;

describe('chan propagation', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should copy the chan into matching requests as a header or a body field, leaving others and the caller untouched', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        chan: [{ id: 'guide', field: 'guide_id', sources: ['{{launch.query.guide_id}}'] }],
        propagate: [
          {
            id: 'orders',
            url: 'https://shop.example.com/api/orders',
            as: 'data',
            fields: ['guide_id', 'chan_wxapp_scene'],
          },
          { id: 'all', url: 'https://shop.example.com/api/**', as: 'header' },
        ],
      },
    });
    t.host.network.route('https://', () => ({ data: {} }));
    const body = { items: ['S1'] };
    t.host.page('pages/index/index', {
      onLoad() {
        wx.request({ url: 'https://shop.example.com/api/orders', method: 'POST', data: body });
        wx.request({ url: 'https://cdn.example.com/banner.json' });
      },
    });
    t.host.launch({ path: 'pages/index/index', query: { guide_id: 'G7' }, scene: 1011 });
    await t.host.settle();
    const [order, banner] = t.host.network.requests.filter(
      (r) => r.url.includes('example.com/') && !r.url.includes('tw.example.com'),
    );
    expect(order.data).toEqual({ items: ['S1'], trackway_chan: { guide_id: 'G7', chan_wxapp_scene: 1011 } });
    expect(JSON.parse(order.header['X-Trackway-Chan'])).toEqual({ guide_id: 'G7', chan_wxapp_scene: 1011 });
    expect(banner.header['X-Trackway-Chan']).toBeUndefined();
    expect(body).toEqual({ items: ['S1'] });
  });
});

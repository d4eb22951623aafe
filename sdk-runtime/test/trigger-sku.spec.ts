import { createTestApp, type TestApp } from './host';

describe('trigger_sku_component', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report the card tap before the handler navigates, with the list page as the page', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        pages: [
          {
            id: 'home',
            route: 'pages/index/index',
            rules: [
              {
                id: 'home.tap',
                event: 'trigger_sku_component',
                trigger: { kind: 'method', method: 'goDetail', phase: 'before' },
                props: {
                  sku: { sku_id: '{{event.dataset.id}}', sku_name: '{{event.dataset.name}}' },
                  sale: {
                    original_price: '{{event.dataset.price | yuan}}',
                    current_price: '{{event.dataset.price | yuan}}',
                  },
                },
              },
            ],
          },
        ],
      },
    });
    t.host.page('pages/goods/detail', {});
    t.host.page('pages/index/index', {
      goDetail(e: any) {
        t.host.navigateTo('pages/goods/detail?id=' + e.currentTarget.dataset.id);
      },
    });
    t.host.launch({ path: 'pages/index/index' });
    t.host.tap('goDetail', { id: 'S1', name: '口红', price: 9900 });
    await t.events();
    const [tap] = t.receiver.ofType('trigger_sku_component');
    expect(tap.props).toMatchObject({
      page: 'pages/index/index',
      sku: { sku_id: 'S1', sku_name: '口红' },
      sale: { original_price: 99, current_price: 99 },
    });
    expect(t.host.current().route).toBe('pages/goods/detail');
  });
});

import { createTestApp, type TestApp } from './host';

describe('add_to_cart', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report + and − in the cart with their action types after the handlers returned', async () => {
    const goods = { sku: { sku_id: '{{event.dataset.sku}}', sku_name: '{{event.dataset.name}}' } };
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        pages: [
          {
            id: 'cart',
            route: 'pages/cart/cart',
            rules: [
              {
                id: 'cart.plus',
                event: 'add_to_cart',
                trigger: { kind: 'method', method: 'plus' },
                props: Object.assign({ action_type: 'append_to_cart_in_cart', sku_num: 1 }, goods),
              },
              {
                id: 'cart.minus',
                event: 'add_to_cart',
                trigger: { kind: 'method', method: 'minus' },
                props: Object.assign({ action_type: 'remove_from_cart', sku_num: 1 }, goods),
              },
            ],
          },
        ],
      },
    });
    t.host.page('pages/cart/cart', {
      data: { count: 1 },
      plus() {
        this.setData({ count: this.data.count + 1 });
        return Promise.resolve('ok');
      },
      minus() {
        this.setData({ count: this.data.count - 1 });
      },
    });
    t.host.launch({ path: 'pages/cart/cart' });
    await expect(t.host.tap('plus', { sku: 'S1', name: '口红' })).resolves.toBe('ok');
    t.host.tap('minus', { sku: 'S1', name: '口红' });
    await t.events();
    expect(
      t.receiver.ofType('add_to_cart').map((e) => [e.props.action_type, e.props.sku.sku_id, e.props.sku_num]),
    ).toEqual([
      ['append_to_cart_in_cart', 'S1', 1],
      ['remove_from_cart', 'S1', 1],
    ]);
  });
});

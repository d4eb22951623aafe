import { createTestApp, type TestApp } from './host';

declare const wx: any;

const order = {
  order_id: '{{vars.order.id}}',
  order_time: '{{vars.order.created_at | ms}}',
  order_status: '',
};
const subOrders = [
  {
    sub_order_id: '{{vars.order.id}}',
    order_amt: '{{vars.order.total | yuan}}',
    pay_amt: '{{vars.order.payable | yuan}}',
  },
];
const status = (s: string) => ({ order: Object.assign({}, order, { order_status: s }), sub_orders: subOrders });

const config = {
  schemaVersion: 1 as const,
  variables: { order: { scope: 'storage' as const, ttlDays: 1 } },
  rules: [
    {
      id: 'order.created',
      event: 'custom_order' as const,
      trigger: { kind: 'request' as const, url: 'https://shop.example.com/api/orders', method: 'POST' },
      when: { $eq: ['{{response.statusCode}}', 200] },
      remember: { order: '{{response.data.order}}' },
      props: {
        order: {
          order_id: '{{response.data.order.id}}',
          order_time: '{{response.data.order.created_at | ms}}',
          order_status: 'give_order',
        },
        sub_orders: [
          {
            sub_order_id: '{{response.data.order.id}}',
            order_amt: '{{response.data.order.total | yuan}}',
            pay_amt: '{{response.data.order.payable | yuan}}',
          },
        ],
      },
    },
    {
      id: 'order.payed',
      event: 'custom_order' as const,
      trigger: { kind: 'payment' as const, outcome: 'success' as const },
      props: status('payed'),
    },
    {
      id: 'order.cancel',
      event: 'custom_order' as const,
      trigger: { kind: 'payment' as const, outcome: 'cancel' as const },
      props: status('cancel_pay'),
    },
  ],
};

describe('custom_order', () => {
  let t: TestApp;
  afterEach(() => t.done());

  function checkout(style: 'callback' | 'promise') {
    t.host.network.route('https://shop.example.com/api/orders', () => ({
      data: { order: { id: 'O100', created_at: '2024-06-01 10:00:00+08:00', total: 19800, payable: 18800 } },
    }));
    const seen: unknown[] = [];
    t.host.page('pages/checkout/checkout', {
      submit() {
        wx.request({
          url: 'https://shop.example.com/api/orders',
          method: 'POST',
          data: { items: ['S1'] },
          success: (res: any) => {
            seen.push(res.data.order.id);
            if (style === 'callback')
              wx.requestPayment({
                timeStamp: '1',
                nonceStr: 'n',
                package: 'p',
                signType: 'RSA',
                paySign: 's',
                success: (r: any) => seen.push(r.errMsg),
                fail: (r: any) => seen.push(r.errMsg),
              });
            else
              wx.requestPayment({ timeStamp: '1', nonceStr: 'n', package: 'p', signType: 'RSA', paySign: 's' }).then(
                (r: any) => seen.push(r.errMsg),
                (r: any) => seen.push('rejected ' + r.errMsg),
              );
          },
        });
      },
    });
    t.host.launch({ path: 'pages/checkout/checkout' });
    t.host.tap('submit');
    return seen;
  }

  it('should report give_order from the order request and payed from the payment, with remembered amounts', async () => {
    t = createTestApp({ config, cached: true });
    const seen = checkout('callback');
    await t.events();
    expect(seen).toEqual(['O100', 'requestPayment:ok']);
    expect(t.receiver.ofType('custom_order').map((e) => e.props)).toEqual([
      expect.objectContaining({
        order: { order_id: 'O100', order_time: Date.UTC(2024, 5, 1, 2), order_status: 'give_order' },
        sub_orders: [{ sub_order_id: 'O100', order_amt: 198, pay_amt: 188 }],
      }),
      expect.objectContaining({
        order: { order_id: 'O100', order_time: Date.UTC(2024, 5, 1, 2), order_status: 'payed' },
        sub_orders: [{ sub_order_id: 'O100', order_amt: 198, pay_amt: 188 }],
      }),
    ]);
  });

  it('should report cancel_pay when the user closes the payment sheet, promise style unchanged for the caller', async () => {
    t = createTestApp({ config, cached: true, payment: 'cancel' });
    const seen = checkout('promise');
    await t.events();
    expect(seen).toEqual(['O100', 'rejected requestPayment:fail cancel']);
    expect(t.receiver.ofType('custom_order').map((e) => e.props.order.order_status)).toEqual([
      'give_order',
      'cancel_pay',
    ]);
  });

  it('should keep a storage variable across launches until its ttl', async () => {
    t = createTestApp({ config, cached: true });
    checkout('callback');
    await t.events();
    const kept = t.host.storage.get('tw_vars') as Record<string, unknown>;
    t.done();
    const relaunch = (delayMs: number) => {
      t = createTestApp({ config, cached: true, storage: { tw_vars: kept } });
      t.host.page('pages/pay/pay', { pay: () => wx.requestPayment({ success() {} }) });
      return t.host.advance(delayMs).then(() => {
        t.host.launch({ path: 'pages/pay/pay' });
        t.host.tap('pay');
        return t.events();
      });
    };
    await relaunch(3600 * 1000);
    expect(t.receiver.ofType('custom_order').map((e) => e.props.order.order_id)).toEqual(['O100']);
    t.done();
    await relaunch(25 * 3600 * 1000);
    expect(t.receiver.ofType('custom_order').map((e) => e.props.order.order_id)).toEqual([undefined]);
  });
});

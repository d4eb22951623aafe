import type { YoushuOrder } from '@trackway/language';
import { orderAmountWarnings } from './order-amount-warnings';

const order = (over: Partial<YoushuOrder>): YoushuOrder =>
  ({
    goods_num_total: 2,
    goods_amount_total: 100,
    freight_amount: 10,
    order_amount: 110,
    payable_amount: 100,
    payment_amount: 95.5,
    goods_info: [{ goods_num: 1 }, { goods_num: 1 }],
    ...over,
  }) as YoushuOrder;

describe(orderAmountWarnings.name, () => {
  it('should accept consistent amounts, float noise included', () => {
    expect(orderAmountWarnings(order({}), '/orders/0')).toEqual([]);
    expect(
      orderAmountWarnings(
        order({
          goods_amount_total: 0.1,
          freight_amount: 0.2,
          order_amount: 0.3,
          payable_amount: 0.3,
          payment_amount: 0.3,
        }),
        '/orders/0',
      ),
    ).toEqual([]);
  });

  it('should warn, naming the field, when order_amount is not goods + freight', () => {
    const [w] = orderAmountWarnings(order({ order_amount: 120, payable_amount: 100 }), '/orders/3');
    expect(w).toMatchObject({ path: '/orders/3/order_amount', code: 'amount_relation', severity: 'warning' });
    expect(w.message.en).toContain('110');
    expect(w.message.zh).toContain('order_amount');
  });

  it('should warn when payment exceeds payable, payable exceeds order, or item counts disagree', () => {
    const paths = orderAmountWarnings(
      order({ payable_amount: 111, payment_amount: 112, goods_num_total: 5 }),
      '/orders/0',
    ).map((w) => w.path);
    expect(paths).toEqual(['/orders/0/payable_amount', '/orders/0/payment_amount', '/orders/0/goods_num_total']);
  });

  it('should warn about amounts with more than 2 decimals, at the order and on goods lines', () => {
    const o = order({
      goods_amount_total: 100.005,
      order_amount: 110.005,
      goods_info: [
        { goods_num: 1, goods_amount: 9.999, payment_amount: 9.99 },
        { goods_num: 1, goods_amount: 1, payment_amount: 1 },
      ] as YoushuOrder['goods_info'],
    });
    const found = orderAmountWarnings(o, '/orders/0').filter((w) => w.code === 'yuan_precision');
    expect(found.map((w) => w.path)).toEqual([
      '/orders/0/goods_amount_total',
      '/orders/0/order_amount',
      '/orders/0/goods_info/0/goods_amount',
    ]);
    expect(found[0].message.zh).toContain('元');
  });
});

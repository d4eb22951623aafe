import { describe, expect, it } from '@jest/globals';
import type { Scope } from '@trackway/language';
import { valueOptions } from './value-options';

// The example shop's goods detail as a debug device reports it (prices in fen, like most shop backends).
const DETAIL: Scope = {
  data: {
    goods: { id: 'SKU10002', spuId: 'SPU1', title: '龙井', price: 1999, images: ['https://img/1.jpg'], stock: 3 },
    quantity: 1,
  },
  query: { id: 'SKU10002' },
};
const ORDER: Scope = {
  data: {},
  response: {
    statusCode: 200,
    data: { code: 0, data: { orderNo: 'O1', totalFee: 2999, payFee: 2499, createdAt: 1764842400000 } },
  },
};
const values = (scope: Scope | null, p: Parameters<typeof valueOptions>[1]) =>
  valueOptions(scope, p).map((o) => o.value);

describe('valueOptions', () => {
  it('should offer the sample’s leaves as expressions with their values, the one named like the property first', () => {
    const opts = valueOptions(DETAIL, { path: 'sku.sku_id', type: 'string', description: 'SKU 编号 / SKU id.' });
    expect(opts[0]).toEqual({ value: '{{data.goods.id}}', label: '{{data.goods.id}} = "SKU10002"' });
    expect(opts.map((o) => o.value)).toContain('{{query.id}}');
    expect(values(DETAIL, { path: 'sku.sku_name', type: 'string', description: '' })[0]).toBe('{{data.goods.title}}');
    expect(values(DETAIL, { path: 'spu.spu_id', type: 'string', description: '' })[0]).toBe('{{data.goods.spuId}}');
  });

  it('should rank leaves of the wrong type last, proposing the filter that converts them', () => {
    const ids = values(DETAIL, { path: 'sku.sku_id', type: 'string', description: '' });
    // a number in a string property comes with | str, after every string
    expect(ids).toContain('{{data.goods.price | str}}');
    expect(ids).toContain('{{data.goods.images[0]}}');
  });

  it('should propose | yuan for fen amounts and take ms times as they are', () => {
    const amt = values(ORDER, { path: 'sub_orders.0.order_amt', type: 'number', description: '订单金额，单位元' });
    expect(amt[0]).toBe('{{response.data.data.totalFee | yuan}}');
    expect(amt).not.toContain('{{response.data.data.totalFee}}');
    const time = values(ORDER, { path: 'order.order_time', type: 'integer', description: '下单时间，毫秒' });
    // only what can be a time: 13-digit ms, 10-digit seconds or a date string (through | ms)
    expect(time).toEqual(['{{now}}', '{{response.data.data.createdAt}}']);
    const seconds = { data: { order: { created: 1764842400, paid: '2026-12-04 18:00:00' } } };
    expect(values(seconds, { path: 'order.pay_time', type: 'integer', description: '支付时间，毫秒' })).toEqual([
      '{{now}}',
      '{{data.order.created | ms}}',
      '{{data.order.paid | ms}}',
    ]);
    expect(values(ORDER, { path: 'order.order_id', type: 'string', description: '' })[0]).toBe(
      '{{response.data.data.orderNo}}',
    );
  });

  it('should offer an enum’s values, and only those without a sample', () => {
    const p = {
      path: 'action_type',
      type: 'enum',
      description: '',
      enumValues: ['append_to_cart', 'remove_from_cart'],
    };
    expect(values(null, p)).toEqual(['append_to_cart', 'remove_from_cart']);
    expect(values(null, { path: 'keyword', type: 'string', description: '' })).toEqual([]);
  });
});

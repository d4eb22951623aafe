import { describe, expect, it } from '@jest/globals';
import { validateConfig } from '@trackway/language';
import { eventProperties, getMapped, setMapped } from './event-properties';
import { locate } from './violation-location';
import { exprCompletions } from '../components/expr-completions';

describe('eventProperties', () => {
  it('should list browse_sku_page goods fields from the catalog, required first, with zh/en descriptions', () => {
    const props = eventProperties('browse_sku_page');
    expect(props.slice(0, 4).map((p) => p.path)).toEqual(['sku.sku_id', 'sku.sku_name', 'spu.spu_id', 'spu.spu_name']);
    expect(props[0]).toMatchObject({ required: true, type: 'string', description: 'SKU 编号 / SKU id.' });
    expect(props.some((p) => !p.required)).toBe(true);
    expect(props.map((p) => p.path)).not.toContain('chan');
  });

  it('should open the first sub-order of custom_order as rows, required by the catalog’s sub_orders[] paths', () => {
    const rows = eventProperties('custom_order');
    const amt = rows.find((p) => p.path === 'sub_orders.0.order_amt');
    expect(amt).toMatchObject({ label: 'sub_orders[0].order_amt', required: true, type: 'number' });
    expect(rows.find((p) => p.path === 'order.order_status')?.enumValues).toContain('give_order');
    // a list built by an expression stays one row, edited as a whole
    const built = eventProperties('custom_order', { sub_orders: '{{vars.subOrders}}' });
    expect(built.filter((p) => p.path.startsWith('sub_orders')).map((p) => p.path)).toEqual(['sub_orders']);
  });

  it('should list nothing for a behaviour without own properties or an unknown one', () => {
    expect(eventProperties('app_show')).toEqual([]);
    expect(eventProperties('nope')).toEqual([]);
  });
});

describe('setMapped', () => {
  it('should set and remove nested mappings, dropping emptied objects', () => {
    const a = setMapped(undefined, 'sku.sku_id', '{{data.id}}');
    expect(a).toEqual({ sku: { sku_id: '{{data.id}}' } });
    expect(getMapped(a, 'sku.sku_id')).toBe('{{data.id}}');
    expect(setMapped(a, 'sku.sku_id', '')).toEqual({});
  });

  it('should write a numeric key as a list index and drop the list once its item is empty', () => {
    const a = setMapped({}, 'sub_orders.0.order_amt', '{{response.data.total | yuan}}');
    expect(a).toEqual({ sub_orders: [{ order_amt: '{{response.data.total | yuan}}' }] });
    const b = setMapped(a, 'sub_orders.0.pay_amt', 9.9);
    expect(b).toEqual({ sub_orders: [{ order_amt: '{{response.data.total | yuan}}', pay_amt: 9.9 }] });
    expect(getMapped(b, 'sub_orders.0.pay_amt')).toBe(9.9);
    expect(setMapped(setMapped(b, 'sub_orders.0.pay_amt', ''), 'sub_orders.0.order_amt', undefined)).toEqual({});
  });
});

describe('locate', () => {
  it('should send a message about a page rule property to that page, rule and field', () => {
    expect(locate('/pages/2/rules/1/props/sku/sku_id')).toEqual({
      selection: { kind: 'page', page: 2 },
      rule: 1,
      path: '/pages/2/rules/1/props/sku/sku_id',
    });
    expect(locate('/rules/0/when').selection).toEqual({ kind: 'global' });
    expect(locate('/chan/1/sources/0').selection).toEqual({ kind: 'chan' });
  });

  it('should locate the validator’s own message for a mistyped root at the property', () => {
    const config = {
      schemaVersion: 1,
      pages: [
        {
          id: 'p',
          route: 'pages/goods/detail',
          rules: [
            {
              id: 'r',
              event: 'browse_sku_page',
              trigger: { kind: 'data', path: 'goods' },
              props: { sku: { sku_id: '{{goods.sku_id}}', sku_name: '{{data.goods.name}}' } },
            },
          ],
        },
      ],
    };
    const errors = validateConfig(config).errors.filter((v) => v.severity === 'error');
    expect(errors.map((v) => v.path)).toContain('/pages/0/rules/0/props/sku/sku_id');
    const loc = locate('/pages/0/rules/0/props/sku/sku_id');
    expect(loc.rule).toBe(0);
  });
});

describe('exprCompletions', () => {
  it('should offer scope roots inside an open placeholder and filters after a bar', () => {
    expect(exprCompletions('{{da')).toEqual(['{{data.']);
    expect(exprCompletions('{{data.price | yu')).toEqual(['{{data.price | yuan }}']);
    expect(exprCompletions('{{data.id}}')).toEqual([]);
    expect(exprCompletions('')).toContain('{{launch.');
  });
});

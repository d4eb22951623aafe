import { YOUSHU_INTERFACE_NAMES } from './catalog-types';
import { validateInterfaceBody } from './validate-interface-body';
import { VALID_BODIES, VALID_ORDER, clone } from './__fixtures__/youshu-examples';
import type { Violation } from '../violation';

function broken(name: keyof typeof VALID_BODIES, change: (body: Record<string, any>) => void) {
  const body = clone(VALID_BODIES[name]) as Record<string, any>;
  change(body);
  return validateInterfaceBody(name, body);
}

function at(errors: Violation[], path: string): Violation[] {
  return errors.filter((e) => e.path === path);
}

describe(validateInterfaceBody.name, () => {
  it.each(YOUSHU_INTERFACE_NAMES)('should accept a valid %s body', (name) => {
    expect(validateInterfaceBody(name, VALID_BODIES[name])).toEqual({ valid: true, errors: [] });
  });

  it('should reject an interface that is not one of the three data-api calls', () => {
    const result = validateInterfaceBody('order/update', VALID_BODIES.add_order);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ path: '', code: 'unknown_interface' })]);
  });

  describe('add_order', () => {
    it('should reject 51 orders in one call', () => {
      const result = broken('add_order', (b) => (b.orders = Array.from({ length: 51 }, () => clone(VALID_ORDER))));
      expect(result.valid).toBe(false);
      expect(result.errors).toEqual([
        expect.objectContaining({ path: '/orders', code: 'max_items', severity: 'error' }),
      ]);
      expect(result.errors[0].message.en).toContain('50');
    });

    it('should accept exactly 50 orders', () => {
      expect(broken('add_order', (b) => (b.orders = Array.from({ length: 50 }, () => clone(VALID_ORDER)))).valid).toBe(
        true,
      );
    });

    it('should reject an empty orders array', () => {
      expect(at(broken('add_order', (b) => (b.orders = [])).errors, '/orders')[0].code).toBe('min_items');
    });

    it('should require payment_info for a paid order (1150)', () => {
      const result = broken('add_order', (b) => delete b.orders[0].payment_info);
      expect(result.valid).toBe(false);
      const [error] = at(result.errors, '/orders/0/payment_info');
      expect(error).toEqual(expect.objectContaining({ code: 'required', severity: 'error' }));
      expect(error.message.en).toContain('1110');
    });

    it('should accept an order awaiting payment (1110) without payment_info', () => {
      const result = broken('add_order', (b) => {
        b.orders[0].order_status = '1110';
        delete b.orders[0].payment_info;
      });
      expect(result).toEqual({ valid: true, errors: [] });
    });

    it('should reject an order_status sent as a number', () => {
      const result = broken('add_order', (b) => (b.orders[0].order_status = 1150));
      expect(at(result.errors, '/orders/0/order_status')[0]).toEqual(
        expect.objectContaining({ code: 'enum', severity: 'error' }),
      );
    });

    it('should only warn about status 1170, which one integration uses', () => {
      const result = broken('add_order', (b) => (b.orders[0].order_status = '1170'));
      expect(result.valid).toBe(true);
      const [warning] = at(result.errors, '/orders/0/order_status');
      expect(warning).toEqual(expect.objectContaining({ code: 'enum', severity: 'warning' }));
      expect(warning.message.zh).toContain('未确认');
    });

    it('should reject create_time as a number and as seconds', () => {
      const asNumber = broken('add_order', (b) => (b.orders[0].create_time = 1643220000000));
      expect(at(asNumber.errors, '/orders/0/create_time')[0].code).toBe('type');
      const asSeconds = broken('add_order', (b) => (b.orders[0].create_time = '1643220000'));
      expect(at(asSeconds.errors, '/orders/0/create_time')[0].code).toBe('format');
    });

    it('should reject an amount sent as a string', () => {
      const result = broken('add_order', (b) => (b.orders[0].payment_amount = '79.90'));
      expect(at(result.errors, '/orders/0/payment_amount')[0].code).toBe('type');
    });

    it('should reject an order_type outside 1-8 and an unknown order_source', () => {
      const result = broken('add_order', (b) => {
        b.orders[0].order_type = 9;
        b.orders[0].order_source = 'miniprogram';
      });
      expect(result.errors.map((e) => [e.path, e.code])).toEqual([
        ['/orders/0/order_source', 'enum'],
        ['/orders/0/order_type', 'enum'],
      ]);
    });

    it('should require the buyer open_id when order_source is wxapp', () => {
      const result = broken('add_order', (b) => delete b.orders[0].user_info.open_id);
      expect(at(result.errors, '/orders/0/user_info/open_id')[0].code).toBe('required');
    });

    it('should accept an offline order without open_id', () => {
      const result = broken('add_order', (b) => {
        b.orders[0].order_source = 'offstore_pos_manual';
        delete b.orders[0].user_info.open_id;
      });
      expect(result.valid).toBe(true);
    });

    it('should point at the goods line that lacks payment_amount', () => {
      const result = broken('add_order', (b) => delete b.orders[0].goods_info[0].payment_amount);
      expect(result.errors).toEqual([
        expect.objectContaining({ path: '/orders/0/goods_info/0/payment_amount', code: 'required' }),
      ]);
    });

    it('should accept chan_scene as a numeric string and reject other strings', () => {
      expect(
        broken('add_order', (b) => (b.orders[0].goods_info[0].chan_info[0].chan_wxapp.chan_scene = '1037')).valid,
      ).toBe(true);
      const result = broken(
        'add_order',
        (b) => (b.orders[0].goods_info[0].chan_info[0].chan_wxapp.chan_scene = 'scan'),
      );
      expect(at(result.errors, '/orders/0/goods_info/0/chan_info/0/chan_wxapp/chan_scene')[0].code).toBe('format');
    });

    it('should require every finer chan_custom level in chan_info', () => {
      const result = broken(
        'add_order',
        (b) =>
          (b.orders[0].goods_info[0].chan_info[0].chan_custom = {
            chan_custom_cat_3: 'c3',
            chan_custom_cat_3_desc: '三级',
          }),
      );
      expect(result.errors.map((e) => e.path).sort()).toEqual([
        '/orders/0/goods_info/0/chan_info/0/chan_custom/chan_custom_id',
        '/orders/0/goods_info/0/chan_info/0/chan_custom/chan_custom_id_desc',
      ]);
    });

    it('should reject an expected_delivery_date that is not YYYYMMDD', () => {
      const result = broken('add_order', (b) => (b.orders[0].express_info = { expected_delivery_date: '2022-01-28' }));
      expect(at(result.errors, '/orders/0/express_info/expected_delivery_date')[0].code).toBe('format');
    });
  });

  describe('add_order_sum', () => {
    it.each(['ref_date', 'give_order_amount_sum', 'give_order_num_sum', 'payment_amount_sum', 'payed_num_sum'])(
      'should require %s',
      (field) => {
        const result = broken('add_order_sum', (b) => delete b.orders[0][field]);
        expect(result.errors).toEqual([expect.objectContaining({ path: `/orders/0/${field}`, code: 'required' })]);
      },
    );

    it('should reject a ref_date that is a date string instead of 13-digit ms', () => {
      const result = broken('add_order_sum', (b) => (b.orders[0].ref_date = '2022-01-27'));
      expect(at(result.errors, '/orders/0/ref_date')[0].code).toBe('format');
    });

    it('should reject a fractional order count', () => {
      const result = broken('add_order_sum', (b) => (b.orders[0].payed_num_sum = 10.5));
      expect(at(result.errors, '/orders/0/payed_num_sum')[0].code).toBe('type');
    });

    it('should reject 51 days in one call', () => {
      const result = broken('add_order_sum', (b) => (b.orders = Array.from({ length: 51 }, () => clone(b.orders[0]))));
      expect(at(result.errors, '/orders')[0].code).toBe('max_items');
    });
  });

  describe('add_wxapp_visit_page', () => {
    it('should reject a ref_date that is not YYYYMMDD', () => {
      const result = broken('add_wxapp_visit_page', (b) => (b.rawMsg[0].ref_date = '1643212800000'));
      expect(at(result.errors, '/rawMsg/0/ref_date')[0].code).toBe('format');
    });

    it('should require page_path on every visited page', () => {
      const result = broken('add_wxapp_visit_page', (b) => delete b.rawMsg[0].list[0].page_path);
      expect(result.errors).toEqual([
        expect.objectContaining({ path: '/rawMsg/0/list/0/page_path', code: 'required' }),
      ]);
    });

    it('should require dataSourceId and rawMsg', () => {
      const result = validateInterfaceBody('add_wxapp_visit_page', {});
      expect(result.errors.map((e) => [e.path, e.code])).toEqual([
        ['/dataSourceId', 'required'],
        ['/rawMsg', 'required'],
      ]);
    });
  });
});

import { YOUSHU_EVENT_NAMES } from './catalog-types';
import { validateEvent } from './validate-event';
import { VALID_EVENTS, clone } from './__fixtures__/youshu-examples';
import { setAt, deleteAt } from './__fixtures__/dotted-paths';
import type { Violation } from '../violation';

function broken(event: keyof typeof VALID_EVENTS, change: (props: Record<string, any>) => void) {
  const props = clone(VALID_EVENTS[event]) as Record<string, any>;
  change(props);
  return validateEvent(event, props);
}

function at(errors: Violation[], path: string): Violation[] {
  return errors.filter((e) => e.path === path);
}

describe(validateEvent.name, () => {
  it.each(YOUSHU_EVENT_NAMES)('should accept a valid %s', (event) => {
    expect(validateEvent(event, VALID_EVENTS[event])).toEqual({ valid: true, errors: [] });
  });

  it('should reject an event name that is not a Youshu behaviour', () => {
    const result = validateEvent('add_cart', VALID_EVENTS.add_to_cart);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'unknown_event', severity: 'error' })]);
    expect(result.errors[0].message.en).toContain('add_cart');
  });

  it.each(['__proto__', 'constructor', 'toString'])('should treat the object key %s as an unknown event', (name) => {
    expect(validateEvent(name, {}).errors[0].code).toBe('unknown_event');
  });

  it('should reject props that are not an object', () => {
    const result = validateEvent('app_show', 'page=index');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ path: '', code: 'type' })]);
  });

  describe('common properties', () => {
    it.each(YOUSHU_EVENT_NAMES)('should require chan.chan_wxapp_scene on %s', (event) => {
      const result = broken(event, (p) => delete p.chan.chan_wxapp_scene);
      expect(result.valid).toBe(false);
      expect(at(result.errors, '/chan/chan_wxapp_scene')).toEqual([
        expect.objectContaining({ code: 'required', severity: 'error' }),
      ]);
    });

    it.each(['page', 'time', 'wx_user', 'chan'])('should require %s', (field) => {
      const result = broken('app_show', (p) => delete p[field]);
      expect(at(result.errors, `/${field}`)).toEqual([expect.objectContaining({ code: 'required' })]);
    });

    it('should require wx_user.app_id', () => {
      const result = broken('search', (p) => delete p.wx_user.app_id);
      expect(at(result.errors, '/wx_user/app_id')[0].code).toBe('required');
    });

    it('should reject a page with a leading slash', () => {
      const result = broken('browse_wxapp_page', (p) => (p.page = '/pages/index/index'));
      expect(at(result.errors, '/page')).toEqual([expect.objectContaining({ code: 'format', severity: 'error' })]);
    });

    it('should reject a time in seconds instead of 13-digit milliseconds', () => {
      const result = broken('app_show', (p) => (p.time = 1643212800));
      expect(at(result.errors, '/time')).toEqual([expect.objectContaining({ code: 'range', severity: 'error' })]);
    });

    it('should only warn about a time sent as a 13-digit string, since sources disagree', () => {
      const result = broken('app_show', (p) => (p.time = '1643212800000'));
      expect(result.valid).toBe(true);
      expect(at(result.errors, '/time')).toEqual([expect.objectContaining({ code: 'type', severity: 'warning' })]);
    });

    it('should only warn about chan_wxapp_scene given as a numeric string, saying it is unconfirmed', () => {
      const result = broken('app_launch', (p) => (p.chan.chan_wxapp_scene = '1037'));
      expect(result.valid).toBe(true);
      const [warning] = at(result.errors, '/chan/chan_wxapp_scene');
      expect(warning).toEqual(expect.objectContaining({ code: 'type', severity: 'warning' }));
      expect(warning.message.zh).toContain('未确认');
      expect(warning.message.en).toContain('Unconfirmed');
    });

    it('should reject chan_wxapp_scene given as a non-numeric string', () => {
      const result = broken('app_launch', (p) => (p.chan.chan_wxapp_scene = 'scan'));
      expect(at(result.errors, '/chan/chan_wxapp_scene')[0].severity).toBe('error');
    });

    it('should require chan_shop_name when chan_shop_id is set', () => {
      const result = broken('app_show', (p) => (p.chan.chan_shop_id = 'shop1'));
      expect(result.valid).toBe(false);
      expect(at(result.errors, '/chan/chan_shop_name')).toEqual([expect.objectContaining({ code: 'pair' })]);
    });

    it('should require every finer chan_custom level, each with its description', () => {
      const result = broken(
        'app_show',
        (p) => (p.chan.chan_custom = { chan_custom_cat_2: 'c2', chan_custom_cat_2_desc: '二级' }),
      );
      const paths = result.errors.filter((e) => e.code === 'pair').map((e) => e.path);
      expect(paths.sort()).toEqual([
        '/chan/chan_custom/chan_custom_cat_3',
        '/chan/chan_custom/chan_custom_cat_3_desc',
        '/chan/chan_custom/chan_custom_id',
        '/chan/chan_custom/chan_custom_id_desc',
      ]);
    });

    it('should accept a complete four-level chan_custom', () => {
      const result = broken('app_show', (p) => {
        p.chan.chan_custom = {
          chan_custom_id: 'c4',
          chan_custom_id_desc: '四级',
          chan_custom_cat_3: 'c3',
          chan_custom_cat_3_desc: '三级',
          chan_custom_cat_2: 'c2',
          chan_custom_cat_2_desc: '二级',
          chan_custom_cat_1: 'c1',
          chan_custom_cat_1_desc: '一级',
        };
      });
      expect(result).toEqual({ valid: true, errors: [] });
    });

    it('should require tag_name when a user tag has a tag_id', () => {
      const result = broken('app_show', (p) => (p.wx_user.tag = [{ tag_id: 'vip' }]));
      expect(at(result.errors, '/wx_user/tag/0/tag_name')[0].code).toBe('pair');
    });
  });

  describe('goods behaviours', () => {
    it('should point at /sku/sku_id when browse_sku_page lacks sku.sku_id', () => {
      const result = broken('browse_sku_page', (p) => delete p.sku.sku_id);
      expect(result.valid).toBe(false);
      expect(result.errors).toEqual([
        expect.objectContaining({ path: '/sku/sku_id', code: 'required', severity: 'error' }),
      ]);
      expect(result.errors[0].message.zh).toContain('sku.sku_id');
      expect(result.errors[0].message.en).toContain('sku.sku_id');
    });

    it.each(['expose_sku_component', 'trigger_sku_component', 'browse_sku_page', 'add_to_cart'] as const)(
      'should require spu on %s',
      (event) => {
        const result = broken(event, (p) => delete p.spu);
        expect(result.errors).toEqual([expect.objectContaining({ path: '/spu', code: 'required', severity: 'error' })]);
      },
    );

    it('should reject an empty sku_name', () => {
      const result = broken('expose_sku_component', (p) => (p.sku.sku_name = ''));
      expect(at(result.errors, '/sku/sku_name')[0].code).toBe('empty');
    });

    it('should reject a numeric sku_id', () => {
      const result = broken('expose_sku_component', (p) => (p.sku.sku_id = 123));
      expect(at(result.errors, '/sku/sku_id')[0].code).toBe('type');
    });

    it('should reject a sale with only one price on expose_sku_component', () => {
      const result = broken('expose_sku_component', (p) => (p.sale = { original_price: 99 }));
      expect(result.valid).toBe(false);
      expect(at(result.errors, '/sale/current_price')).toEqual([
        expect.objectContaining({ code: 'pair', severity: 'error' }),
      ]);
    });

    it.each(['trigger_sku_component', 'browse_sku_page'] as const)(
      'should only warn about a one-price sale on %s, whose schema is inferred',
      (event) => {
        const result = broken(event, (p) => (p.sale = { current_price: 79.9 }));
        expect(result.valid).toBe(true);
        expect(at(result.errors, '/sale/original_price')).toEqual([
          expect.objectContaining({ code: 'pair', severity: 'warning' }),
        ]);
      },
    );

    it('should reject a price in fen given as a string', () => {
      const result = broken('expose_sku_component', (p) => (p.sale.current_price = '7990'));
      expect(at(result.errors, '/sale/current_price')[0].code).toBe('type');
    });

    it('should require shipping_shop_name when shipping_shop_id is set', () => {
      const result = broken('expose_sku_component', (p) => (p.shipping_shop = { shipping_shop_id: 's1' }));
      expect(at(result.errors, '/shipping_shop/shipping_shop_name')[0].code).toBe('pair');
    });

    it('should require the whole sku_category item once one of its fields is set', () => {
      const result = broken('expose_sku_component', (p) => (p.sku_category = [{ sku_cat_id: 'c1' }]));
      const paths = result.errors.map((e) => e.path).sort();
      expect(paths).toEqual(['/sku_category/0/sku_cat_name', '/sku_category/0/sku_parent_cat_id']);
    });

    it('should reject a fractional position_id', () => {
      const result = broken('expose_sku_component', (p) => (p.position_id = 1.5));
      expect(at(result.errors, '/position_id')[0]).toEqual(
        expect.objectContaining({ code: 'type', severity: 'error' }),
      );
    });
  });

  describe('add_to_cart', () => {
    it.each(['action_type', 'sku_num', 'sku'])('should require %s', (field) => {
      const result = broken('add_to_cart', (p) => delete p[field]);
      expect(at(result.errors, `/${field}`)).toEqual([
        expect.objectContaining({ code: 'required', severity: 'error' }),
      ]);
    });

    it('should reject an action_type outside the enum and list the allowed values', () => {
      const result = broken('add_to_cart', (p) => (p.action_type = 'add'));
      const [error] = at(result.errors, '/action_type');
      expect(error.code).toBe('enum');
      expect(error.message.en).toContain('append_to_cart_in_cart');
    });

    it('should only warn about first_add_to_cart from the older revision', () => {
      const result = broken('add_to_cart', (p) => (p.action_type = 'first_add_to_cart'));
      expect(result.valid).toBe(true);
      expect(at(result.errors, '/action_type')[0]).toEqual(
        expect.objectContaining({ code: 'enum', severity: 'warning' }),
      );
    });

    it('should only warn about sku_num 0, valid only if it means the cart quantity after the action', () => {
      const result = broken('add_to_cart', (p) => {
        p.action_type = 'remove_from_cart';
        p.sku_num = 0;
      });
      expect(result.valid).toBe(true);
      expect(at(result.errors, '/sku_num')[0]).toEqual(expect.objectContaining({ code: 'range', severity: 'warning' }));
    });

    it.each([-1, 1.5, '2'])('should reject sku_num %p', (value) => {
      const result = broken('add_to_cart', (p) => (p.sku_num = value));
      expect(at(result.errors, '/sku_num')[0].severity).toBe('error');
    });
  });

  describe('page and search behaviours', () => {
    it('should require a keyword on search', () => {
      expect(at(broken('search', (p) => delete p.keyword).errors, '/keyword')[0].code).toBe('required');
    });

    it('should require share_title on page_share_app_message', () => {
      const result = broken('page_share_app_message', (p) => delete p.share_title);
      expect(at(result.errors, '/share_title')[0].code).toBe('required');
    });

    it('should accept the SDK fallback from_type "未知" and reject other values', () => {
      expect(broken('page_share_app_message', (p) => (p.from_type = '未知')).valid).toBe(true);
      expect(at(broken('page_share_app_message', (p) => (p.from_type = 'share')).errors, '/from_type')[0].code).toBe(
        'enum',
      );
    });

    it('should reject a stay_time above 4 hours', () => {
      const result = broken('leave_wxapp_page', (p) => (p.stay_time = 14_400_001));
      expect(at(result.errors, '/stay_time')[0].code).toBe('range');
    });

    it('should reject is_newly_open given as a string', () => {
      const result = broken('browse_wxapp_page', (p) => (p.is_newly_open = 'true'));
      expect(at(result.errors, '/is_newly_open')[0].code).toBe('type');
    });
  });

  describe('custom_order', () => {
    it.each(['give_order', 'cancel_pay', 'cancel_give_order', 'pay', 'payed', 'refund'])(
      'should require order.order_time for status %s',
      (status) => {
        const result = broken('custom_order', (p) => {
          p.order.order_status = status;
          delete p.order.order_time;
        });
        expect(result.valid).toBe(false);
        expect(at(result.errors, '/order/order_time')).toEqual([
          expect.objectContaining({ code: 'required', severity: 'error' }),
        ]);
      },
    );

    it('should reject an order_status outside the front-end enum', () => {
      const result = broken('custom_order', (p) => (p.order.order_status = '1150'));
      expect(at(result.errors, '/order/order_status')[0].code).toBe('enum');
    });

    it.each([
      ['pay', 'pay_time'],
      ['cancel_pay', 'cancel_pay_time'],
      ['cancel_give_order', 'cancel_time'],
      ['refund', 'refund_time'],
    ])('should only warn when status %s lacks %s, an unconfirmed rule', (status, field) => {
      const result = broken('custom_order', (p) => {
        p.order = { order_id: 'O1', order_time: 1643220000000, order_status: status };
      });
      expect(result.valid).toBe(true);
      expect(result.errors).toEqual([
        expect.objectContaining({ path: `/order/${field}`, code: 'required', severity: 'warning' }),
      ]);
    });

    it('should require sub_orders with at least one item', () => {
      expect(at(broken('custom_order', (p) => delete p.sub_orders).errors, '/sub_orders')[0].code).toBe('required');
      expect(at(broken('custom_order', (p) => (p.sub_orders = [])).errors, '/sub_orders')[0].code).toBe('min_items');
    });

    it('should point at the sub-order that lacks pay_amt', () => {
      const result = broken('custom_order', (p) => {
        p.sub_orders.push({ sub_order_id: 'O2', order_amt: 10 });
      });
      expect(result.errors).toEqual([expect.objectContaining({ path: '/sub_orders/1/pay_amt', code: 'required' })]);
      expect(result.errors[0].message.en).toContain('sub_orders[1].pay_amt');
    });

    it('should reject an amount given as a string', () => {
      const result = broken('custom_order', (p) => (p.sub_orders[0].order_amt = '89.90'));
      expect(at(result.errors, '/sub_orders/0/order_amt')[0].code).toBe('type');
    });

    it('should require chan_wxapp_scene in a sub-order chan', () => {
      const result = broken('custom_order', (p) => (p.sub_orders[0].chan = { chan_id: 'x' }));
      expect(at(result.errors, '/sub_orders/0/chan/chan_wxapp_scene')[0].code).toBe('required');
    });
  });

  it('should list violations in document order', () => {
    const props = clone(VALID_EVENTS.add_to_cart) as Record<string, any>;
    setAt(props, 'page', '/pages/cart');
    deleteAt(props, 'sku.sku_name');
    setAt(props, 'sku_num', 'two');
    const paths = validateEvent('add_to_cart', props).errors.map((e) => e.path);
    expect(paths).toEqual(['/page', '/sku/sku_name', '/sku_num']);
  });
  // Found by the property test: String() of such an object throws, and the collector validates what phones send.
  it('should report, not throw, when time is an object whose toString is not a function', () => {
    const result = broken('app_launch', (p) => (p.time = { toString: '' }));
    expect(at(result.errors, '/time')[0].code).toBe('type');
  });
});

import { normalizeEventProps } from './normalize-event-props';
import { validateEvent } from './validate-event';
import { COMMON, VALID_EVENTS, clone } from './__fixtures__/youshu-examples';

describe(normalizeEventProps.name, () => {
  describe('sku/spu fallback', () => {
    it('should fill a missing sku from the spu', () => {
      const props = { ...clone(COMMON), spu: { spu_id: 'SPU001', spu_name: '白色 T 恤' } };
      const out = normalizeEventProps('browse_sku_page', props) as Record<string, unknown>;
      expect(out.sku).toEqual({ sku_id: 'SPU001', sku_name: '白色 T 恤' });
      expect(validateEvent('browse_sku_page', out).valid).toBe(true);
    });

    it('should fill a missing spu from the sku', () => {
      const props = { ...clone(COMMON), sku: { sku_id: 'AOdjf7u', sku_name: 'T 恤 M' } };
      const out = normalizeEventProps('expose_sku_component', props) as Record<string, unknown>;
      expect(out.spu).toEqual({ spu_id: 'AOdjf7u', spu_name: 'T 恤 M' });
    });

    it('should fill each empty field from its partner', () => {
      const props = { ...clone(COMMON), sku: { sku_id: 'A1', sku_name: '' }, spu: { spu_name: 'T 恤' } };
      const out = normalizeEventProps('add_to_cart', props) as Record<string, unknown>;
      expect(out.sku).toEqual({ sku_id: 'A1', sku_name: 'T 恤' });
      expect(out.spu).toEqual({ spu_id: 'A1', spu_name: 'T 恤' });
    });

    it('should keep both when both are complete', () => {
      const out = normalizeEventProps('browse_sku_page', clone(VALID_EVENTS.browse_sku_page));
      expect(out.sku).toEqual(VALID_EVENTS.browse_sku_page.sku);
      expect(out.spu).toEqual(VALID_EVENTS.browse_sku_page.spu);
    });

    it('should add nothing when neither sku nor spu is there', () => {
      const out = normalizeEventProps('browse_sku_page', clone(COMMON)) as Record<string, unknown>;
      expect('sku' in out || 'spu' in out).toBe(false);
    });

    it('should not add sku to behaviours that have none', () => {
      const props = { ...clone(COMMON), keyword: 'T 恤', spu: { spu_id: 'x', spu_name: 'y' } };
      expect('sku' in (normalizeEventProps('search', props) as object)).toBe(false);
    });
  });

  it('should turn a numeric-string chan_wxapp_scene into an integer', () => {
    const props = { ...clone(COMMON), chan: { chan_wxapp_scene: '1037', guide_id: '100014533' } };
    const out = normalizeEventProps('app_launch', props);
    expect(out.chan).toEqual({ chan_wxapp_scene: 1037, guide_id: '100014533' });
    expect(validateEvent('app_launch', out)).toEqual({ valid: true, errors: [] });
  });

  it('should leave a non-numeric chan_wxapp_scene for the validator to report', () => {
    const props = { ...clone(COMMON), chan: { chan_wxapp_scene: 'qr' } };
    expect(normalizeEventProps('app_show', props).chan.chan_wxapp_scene).toBe('qr');
  });

  it('should fix chan_wxapp_scene inside custom_order sub-orders', () => {
    const props = clone(VALID_EVENTS.custom_order) as Record<string, any>;
    props.sub_orders[0].chan = { chan_wxapp_scene: '1089' };
    expect(normalizeEventProps('custom_order', props).sub_orders[0].chan.chan_wxapp_scene).toBe(1089);
  });

  it('should strip the leading slash of page and refer_page', () => {
    const props = { ...clone(COMMON), page: '/pages/index/index?x=1', refer_page: '/pages/list/list' };
    const out = normalizeEventProps('browse_wxapp_page', props);
    expect([out.page, out.refer_page]).toEqual(['pages/index/index?x=1', 'pages/list/list']);
  });

  it('should report stay_time 0 above 4 hours and keep it at exactly 4 hours', () => {
    const over = normalizeEventProps('leave_wxapp_page', { ...clone(COMMON), stay_time: 14_400_001 });
    const exactly = normalizeEventProps('leave_wxapp_page', { ...clone(COMMON), stay_time: 14_400_000 });
    expect([over.stay_time, exactly.stay_time]).toEqual([0, 14_400_000]);
  });

  it('should turn sale prices given as numeric strings into numbers', () => {
    const props = clone(VALID_EVENTS.expose_sku_component) as Record<string, any>;
    props.sale = { original_price: '99.00', current_price: '79.9' };
    const out = normalizeEventProps('expose_sku_component', props);
    expect(out.sale).toEqual({ original_price: 99, current_price: 79.9 });
    expect(validateEvent('expose_sku_component', out).valid).toBe(true);
  });

  it('should turn a 13-digit string time into a number', () => {
    expect(normalizeEventProps('app_show', { ...clone(COMMON), time: '1643212800000' }).time).toBe(1643212800000);
  });

  it('should not modify its input', () => {
    const props = {
      ...clone(COMMON),
      page: '/pages/a',
      chan: { chan_wxapp_scene: '1001' },
      spu: { spu_id: 'a', spu_name: 'b' },
    };
    const before = clone(props);
    normalizeEventProps('browse_sku_page', props);
    expect(props).toEqual(before);
  });

  it('should return anything that is not an object unchanged', () => {
    expect([null, 'x', 3, [1]].map((v) => normalizeEventProps('app_show', v))).toEqual([null, 'x', 3, [1]]);
  });

  it('should not throw when reading the props throws', () => {
    const hostile = Object.defineProperty({}, 'page', {
      enumerable: true,
      get() {
        throw new Error('host getter');
      },
    });
    expect(normalizeEventProps('app_show', hostile)).toBe(hostile);
  });
});

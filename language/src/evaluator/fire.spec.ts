import type { TrackingConfig } from '../config/config-types';
import { compileConfig } from './compile-config';
import { normalizeEventProps } from '../catalog/normalize-event-props';
import { fire, watchList } from './fire';

const config: TrackingConfig = {
  schemaVersion: 1,
  presets: { share: false },
  variables: { order: {} },
  rules: [
    {
      id: 'order_create',
      event: 'custom_order',
      trigger: { kind: 'request', url: 'https://api.x.com/**/order/create', method: 'POST' },
      props: { order: { order_id: '{{response.data.id}}', order_status: 'give_order' } },
      remember: { order: '{{response.data.id}}' },
    },
    {
      id: 'pay_fail',
      event: 'custom_order',
      trigger: { kind: 'payment', outcome: ['fail', 'cancel'] },
      props: { order: { order_status: 'cancel_pay' } },
    },
    { id: 'off', event: 'search', trigger: { kind: 'page', on: 'show' }, enabled: false },
    {
      id: 'stepper',
      event: 'add_to_cart',
      trigger: { kind: 'method', method: 'onPlus', component: 'components/*/index' },
    },
    { id: 'bad_url', event: 'search', trigger: { kind: 'request', url: '' } },
  ],
  pages: [
    {
      id: 'list',
      route: 'pages/list/*',
      rules: [
        {
          id: 'cards',
          event: 'expose_sku_component',
          trigger: { kind: 'data', path: 'goods' },
          foreach: '{{data.goods}}',
          props: { sku: { sku_id: '{{item.id}}' }, position_id: '{{index}}' },
        },
        {
          id: 'tap',
          event: 'trigger_sku_component',
          trigger: { kind: 'method', method: 'onTap', phase: 'before' },
          when: '{{event.dataset.id}}',
        },
        { id: 'card', event: 'expose_sku_component', trigger: { kind: 'expose', selector: '.card', itemKey: 'id' } },
        {
          id: 'price',
          trigger: { kind: 'data', path: 'price', everyChange: true },
          remember: { order: '{{data.price}}' },
        },
      ],
    },
  ],
};

describe(fire.name, () => {
  const compiled = compileConfig(config);

  it('should run the presets first, then top-level rules, skipping disabled ones with a reason', () => {
    const res = fire(compiled, { kind: 'page', on: 'show', route: 'pages/list/a' }, { page: { isNewlyOpen: true } });
    expect(res.emissions.map((e) => e.ruleId)).toEqual(['preset.browse_wxapp_page']);
    expect(res.emissions[0].props).toEqual({ is_newly_open: true });
    expect(res.decisions).toContainEqual({ ruleId: 'off', outcome: 'skipped', reason: 'disabled' });
  });

  it('should emit app_launch only on the first App.onShow, before app_show', () => {
    const first = fire(compiled, { kind: 'app', on: 'show' }, { app: { firstShow: true } });
    expect(first.emissions.map((e) => e.type)).toEqual(['app_launch', 'app_show']);
    const later = fire(compiled, { kind: 'app', on: 'show' }, { app: { firstShow: false } });
    expect(later.emissions.map((e) => e.type)).toEqual(['app_show']);
  });

  it('should report stay_time with leave_wxapp_page, zeroed past 4 h once normalized for sending', () => {
    const hide = (stayTime: number) => {
      const e = fire(compiled, { kind: 'page', on: 'hide', route: 'pages/x' }, { page: { stayTime } }).emissions[0];
      return normalizeEventProps(e.type, e.props);
    };
    expect(hide(14_400_000)).toEqual({ stay_time: 14_400_000 });
    expect(hide(14_400_001)).toEqual({ stay_time: 0 });
  });

  it('should leave out switched-off and skipped preset groups', () => {
    const share = fire(compiled, { kind: 'page', on: 'share', route: 'pages/x' }, {});
    expect(share.emissions).toEqual([]);
    const noApp = compileConfig(config, { skipPresets: ['app'] });
    expect(fire(noApp, { kind: 'app', on: 'show' }, { app: { firstShow: true } }).emissions).toEqual([]);
  });

  it('should match requests by URL pattern, method and outcome, and return what to remember', () => {
    const trig = {
      kind: 'request' as const,
      url: 'https://api.x.com/v2/order/create?t=1',
      method: 'post',
      outcome: 'success' as const,
    };
    const res = fire(compiled, trig, { response: { statusCode: 200, data: { id: 'O1' } } });
    expect(res.emissions).toEqual([
      {
        ruleId: 'order_create',
        type: 'custom_order',
        props: { order: { order_id: 'O1', order_status: 'give_order' } },
      },
    ]);
    expect(res.remember).toEqual({ order: 'O1' });
    expect(fire(compiled, { ...trig, method: 'GET' }, {}).emissions).toEqual([]);
    expect(fire(compiled, { ...trig, outcome: 'fail' }, {}).emissions).toEqual([]);
  });

  it('should match payment outcomes listed in an array', () => {
    expect(fire(compiled, { kind: 'payment', outcome: 'cancel' }, {}).emissions.map((e) => e.ruleId)).toEqual([
      'pay_fail',
    ]);
    expect(fire(compiled, { kind: 'payment', outcome: 'success' }, {}).emissions).toEqual([]);
  });

  it('should limit page rules to their route and component rules to components', () => {
    const tap = { kind: 'method' as const, method: 'onTap', phase: 'before' as const };
    const scope = { event: { dataset: { id: 7 } } };
    expect(fire(compiled, { ...tap, route: 'pages/list/a' }, scope).emissions).toHaveLength(1);
    expect(fire(compiled, { ...tap, route: 'pages/cart/index' }, scope).emissions).toHaveLength(0);
    const plus = { kind: 'method' as const, method: 'onPlus', phase: 'after' as const, route: 'pages/cart/index' };
    expect(fire(compiled, { ...plus, component: 'components/stepper/index' }, {}).emissions).toHaveLength(1);
    expect(fire(compiled, plus, {}).emissions).toHaveLength(0);
  });

  it('should emit one event per foreach element, and explain a skipped rule', () => {
    const data = { kind: 'data' as const, path: 'goods', route: 'pages/list/a' };
    const res = fire(compiled, data, { data: { goods: [{ id: 'a' }, { id: 'b' }] } });
    expect(res.emissions.map((e) => e.props)).toEqual([
      // the sku/spu fallback is part of the precompiled mapping
      { sku: { sku_id: 'a' }, spu: { spu_id: 'a' }, position_id: 0 },
      { sku: { sku_id: 'b' }, spu: { spu_id: 'b' }, position_id: 1 },
    ]);
    expect(fire(compiled, data, { data: { goods: 'oops' } }).decisions).toEqual([
      { ruleId: 'cards', outcome: 'skipped', reason: 'no_array' },
    ]);
    expect(fire(compiled, { ...data, first: false }, { data: { goods: [{ id: 'a' }] } }).emissions).toEqual([]);
    const tap = fire(compiled, { kind: 'method', method: 'onTap', phase: 'before', route: 'pages/list/a' }, {});
    expect(tap.decisions).toEqual([{ ruleId: 'tap', outcome: 'skipped', reason: 'when' }]);
  });

  it('should not fire a data rule while the value at its path is null or missing', () => {
    const data = { kind: 'data' as const, path: 'goods', route: 'pages/list/a' };
    expect(fire(compiled, data, { data: { goods: null } })).toEqual({ emissions: [], remember: {}, decisions: [] });
    expect(fire(compiled, data, { data: {} }).decisions).toEqual([]);
    expect(fire(compiled, data, { data: { goods: [{ id: 'a' }] } }).emissions).toHaveLength(1);
  });

  it('should record a remember-only rule as remembered, on every change when asked', () => {
    const res = fire(
      compiled,
      { kind: 'data', path: 'price', route: 'pages/list/a', first: false },
      { data: { price: 5 } },
    );
    expect(res).toEqual({
      emissions: [],
      remember: { order: 5 },
      decisions: [{ ruleId: 'price', outcome: 'remembered' }],
    });
  });

  it('should not throw on a config that is not one', () => {
    for (const junk of [
      null,
      42,
      'x',
      { rules: 'x' },
      { rules: [null, { trigger: 5 }], pages: [{ route: '/bad' }, null] },
    ]) {
      const c = compileConfig(junk as unknown as TrackingConfig);
      expect(fire(c, { kind: 'app', on: 'hide' }, {}).emissions.map((e) => e.type)).toEqual(['exit_wxapp']);
    }
  });
});

describe(compileConfig.name, () => {
  it('should list rules that cannot run, component methods to wrap, and default chan fields', () => {
    const c = compileConfig(config);
    expect(c.problems).toEqual([{ id: 'bad_url', reason: 'bad_url' }]);
    expect(c.components).toEqual([{ component: 'components/*/index', method: 'onPlus' }]);
    expect(c.chan.map((f) => f.field)).toEqual(['chan_wxapp_scene', 'chan_refer_app_id']);
  });
});

describe(watchList.name, () => {
  it('should list the page methods, data paths and exposed selectors of a route', () => {
    const w = watchList(compileConfig(config), 'pages/list/a');
    expect(w.methods).toEqual(['onTap']);
    expect(w.dataPaths).toEqual([
      ['goods', ['goods']],
      ['price', ['price']],
    ]);
    expect(w.exposes).toEqual([{ ruleId: 'card', kind: 'expose', selector: '.card', itemKey: 'id', ratio: 0.5 }]);
    expect(watchList(compileConfig(config), 'pages/index/index')).toEqual({ methods: [], dataPaths: [], exposes: [] });
  });
});

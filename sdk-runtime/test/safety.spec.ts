/* eslint-disable @nx/enforce-module-boundaries -- tests read spec files that its index does not export */
import type { TrackingConfig } from '../../language/src/config/config-types';
import { createTestApp, type TestApp } from './host';

declare const wx: any;

// A config whose every rule reads paths that do not exist and runs on every trigger the page offers.
const hostile: TrackingConfig = {
  schemaVersion: 1,
  rules: [
    {
      id: 'm',
      event: 'search',
      trigger: { kind: 'method', method: 'work' },
      props: { keyword: '{{result.x.y.z}}' },
      foreach: '{{args}}',
    },
    {
      id: 'd',
      event: 'browse_sku_page',
      trigger: { kind: 'data', path: 'a.b' },
      props: { sku: { $find: { in: '{{nothing}}', where: {} } } },
    },
  ],
};

describe('safety', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const page = (self: { seen?: unknown }) => ({
    data: { a: { b: 0 } },
    work(this: any, x: number) {
      self.seen = this;
      return x * 2;
    },
    boom() {
      throw new TypeError('host bug');
    },
    later() {
      return Promise.reject(new Error('rejected'));
    },
    onShow(this: any) {
      return 'shown';
    },
  });

  it('should keep return values, exceptions, `this` and promises of wrapped methods exactly as before', async () => {
    t = createTestApp({ config: hostile, cached: true });
    const self: { seen?: unknown } = {};
    t.host.page('pages/index/index', page(self));
    const p = t.host.launch({ path: 'pages/index/index' });
    expect(t.host.call('work', 21)).toBe(42);
    expect(self.seen).toBe(p);
    expect(() => t.host.call('boom')).toThrow(new TypeError('host bug'));
    await expect(t.host.call('later')).rejects.toThrow('rejected');
    expect(p.onShow()).toBe('shown');
    p.setData({ 'a.b': 5 });
    expect(p.data.a.b).toBe(5);
  });

  it('should keep wx.request callbacks, `this` of the API and its RequestTask as before', async () => {
    t = createTestApp({
      config: {
        schemaVersion: 1,
        rules: [{ id: 'r', trigger: { kind: 'request', url: '**' }, remember: { x: '{{response.data}}' } }],
      },
      cached: true,
    });
    t.host.network.route('https://shop.example.com/', () => ({ data: { ok: 1 } }));
    const got: unknown[] = [];
    t.host.page('pages/index/index', {});
    t.host.launch({ path: 'pages/index/index' });
    const task = wx.request({
      url: 'https://shop.example.com/x',
      success: (r: any) => got.push(r.data),
      complete: (r: any) => got.push(r.errMsg),
    });
    expect(typeof task.abort).toBe('function');
    await t.host.settle();
    expect(got).toEqual([{ ok: 1 }, 'request:ok']);
  });

  it('should behave like the uninstrumented app when the runtime is not initialised', async () => {
    t = createTestApp({ config: hostile, cached: true, noRuntime: true });
    const self: { seen?: unknown } = {};
    t.host.page('pages/index/index', page(self));
    t.host.launch({ path: 'pages/index/index' });
    expect(t.host.call('work', 21)).toBe(42);
    await t.events();
    expect(t.receiver.events).toEqual([]);
  });

  it('should not wrap twice when init runs twice or a plugin page goes through tw.Page as well', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    t.tw.init({ appid: 'x', server: 'https://other.example.com' });
    const options: Record<string, any> = {};
    t.host.page('pages/index/index', options, t.tw.Page);
    const onShow = options.onShow;
    t.host.page('pages/index/index', options);
    expect(options.onShow).toBe(onShow);
    t.host.launch({ path: 'pages/index/index' });
    await t.events();
    expect(t.receiver.ofType('browse_wxapp_page')).toHaveLength(1);
  });

  it('should keep working in memory when storage is full', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    t.host.storage.setFull(true);
    t.host.page('pages/index/index', {});
    t.host.launch({ path: 'pages/index/index' });
    expect(() => wx.setStorageSync('k', 'v')).toThrow(/exceed/);
    await t.events();
    expect(t.receiver.types()).toEqual(['app_launch', 'app_show', 'browse_wxapp_page']);
  });

  it('should keep its stored queue under the 1 MB per-key limit', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        presets: { app: false, page: false },
        settings: { queueCap: 5000 },
        rules: [
          { id: 'big', event: 'search', trigger: { kind: 'method', method: 'find' }, props: { keyword: '{{args.0}}' } },
        ],
      },
    });
    t.receiver.mode = 'down';
    t.host.page('pages/index/index', { find() {} });
    t.host.launch({ path: 'pages/index/index' });
    for (let i = 0; i < 1500; i++) t.host.call('find', 'x'.repeat(1000));
    await t.host.advance(60000);
    const stored = t.host.storage.raw.get('tw_queue') || '';
    expect(stored.length).toBeLessThanOrEqual(1024 * 1024);
    expect(stored.length).toBeGreaterThan(0);
  });
});

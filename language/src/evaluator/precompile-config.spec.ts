import type { TrackingConfig } from '../config/config-types';
import { realisticConfig } from '../config/realistic-config.fixture';
import { fire } from './fire';
import { loadRuntimeConfig } from './load-runtime-config';
import { precompileConfig } from './precompile-config';

const config: TrackingConfig = {
  schemaVersion: 1,
  settings: { flushSize: 0, sampleRate: 2, debug: true },
  presets: { share: false },
  variables: { order: { scope: 'storage', ttlDays: 2 }, step: { scope: 'run' } },
  pages: [
    {
      id: 'goods',
      route: 'pages/goods/*',
      title: '商品详情',
      rules: [
        {
          id: 'buy',
          event: 'add_to_cart',
          trigger: { kind: 'method', method: 'onBuy' },
          props: { sku: { sku_id: '{{data.sku}}' } },
        },
      ],
    },
  ],
  propagate: [{ id: 'p', url: 'https://api.example.com/**', as: 'header' }],
};

describe(precompileConfig.name, () => {
  it('should give a versioned form that comes through JSON unchanged, so its hash holds on the phone', () => {
    const rc = precompileConfig(realisticConfig());
    expect(rc.runtimeFormat).toBe(2);
    expect(JSON.parse(JSON.stringify(rc))).toEqual(rc);
  });

  it('should leave the runtime no template, path or pattern to parse', () => {
    const text = JSON.stringify(precompileConfig(realisticConfig()));
    expect(text).not.toContain('{{');
    const rc = precompileConfig(config);
    expect(rc.titles).toEqual([['^pages\\/goods\\/[^/]*$', '商品详情']]);
    expect(rc.propagate[0]).toMatchObject({
      url: '^https:\\/\\/api\\.example\\.com\\/.*(?:[?#].*)?$',
      name: 'X-Trackway-Chan',
    });
  });

  it('should expand the presets that are on, tagged by group so a runtime can skip those sr-sdk-wxapp reports', () => {
    const rc = precompileConfig(config);
    const presets = rc.rules.filter((r) => r.group).map((r) => [r.id, r.group]);
    expect(presets).toContainEqual(['preset.app_launch', 'app']);
    expect(presets).toContainEqual(['preset.browse_wxapp_page', 'page']);
    expect(presets.map((p) => p[0])).not.toContain('preset.page_share_app_message');
    const launch = { kind: 'app', on: 'show' } as const;
    const scope = { app: { firstShow: true } };
    expect(fire(loadRuntimeConfig(rc), launch, scope).emissions.map((e) => e.type)).toEqual(['app_launch', 'app_show']);
    expect(fire(loadRuntimeConfig(rc, { skipPresets: ['app'] }), launch, scope).emissions).toEqual([]);
  });

  it('should write settings out in range, and stored variables with their time to live in ms', () => {
    const rc = precompileConfig(config);
    expect(rc.settings).toEqual({
      flushSize: 1,
      flushIntervalMs: 1000,
      queueCap: 1000,
      maxRetries: 3,
      sampleRate: 1,
      debug: true,
    });
    expect(rc.stored).toEqual({ order: 2 * 864e5 });
  });

  it('should never throw, and give an empty form for what is no config', () => {
    for (const junk of [null, 1, 'x', [], { rules: 'all', pages: [null], chan: [{}] }]) {
      const rc = precompileConfig(junk as unknown as TrackingConfig);
      expect(rc.runtimeFormat).toBe(2);
      expect(rc.rules.filter((r) => !r.group)).toEqual([]);
    }
  });
});

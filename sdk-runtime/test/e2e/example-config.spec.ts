import { validateConfig, type TrackingConfig } from '@trackway/language';
import * as path from 'node:path';
import * as fs from 'node:fs';

const EXAMPLE = path.join(__dirname, '../../../examples/miniprogram');

describe('examples/miniprogram/trackway.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(EXAMPLE, 'trackway.json'), 'utf8')) as TrackingConfig;

  it('should validate with no error and no warning', () => {
    expect(validateConfig(config)).toEqual({ valid: true, errors: [] });
  });

  it('should declare a rule or preset for each of the 14 Youshu behaviours', () => {
    const events = new Set<string>();
    const rules = [...(config.rules ?? []), ...(config.pages ?? []).flatMap((p) => p.rules ?? [])];
    for (const r of rules) if (r.event) events.add(r.event);
    const presets = config.presets ?? {};
    if (presets.app !== false) ['app_launch', 'app_show', 'exit_wxapp'].forEach((e) => events.add(e));
    if (presets.page !== false) ['browse_wxapp_page', 'leave_wxapp_page'].forEach((e) => events.add(e));
    if (presets.share !== false) events.add('page_share_app_message');
    if (presets.pullDownRefresh !== false) events.add('page_pull_down_refresh');
    if (presets.reachBottom !== false) events.add('page_reach_bottom');
    expect([...events].sort()).toEqual(
      [
        'add_to_cart',
        'app_launch',
        'app_show',
        'browse_sku_page',
        'browse_wxapp_page',
        'custom_order',
        'exit_wxapp',
        'expose_sku_component',
        'leave_wxapp_page',
        'page_pull_down_refresh',
        'page_reach_bottom',
        'page_share_app_message',
        'search',
        'trigger_sku_component',
      ].sort(),
    );
  });

  it('should derive guide_id, room_id, weixinadinfo, chan_shop_id, chan_shop_name and union_id', () => {
    expect((config.chan ?? []).map((f) => f.field).sort()).toEqual([
      'chan_shop_id',
      'chan_shop_name',
      'guide_id',
      'room_id',
      'weixinadinfo',
    ]);
    expect((config.user ?? []).map((f) => f.field)).toContain('union_id');
  });
});

import { describe, expect, it } from '@jest/globals';
import type { TrackingConfig } from '@trackway/language';
import { simulateLaunch } from './simulate-launch';

const config: TrackingConfig = {
  schemaVersion: 1,
  chan: [
    { id: 'guide', field: 'guide_id', sources: ['{{scene.gid}}', '{{launch.query.guide_id}}'] },
    { id: 'shop', field: 'chan_shop_id', sources: ['{{scene.shop}}'] },
  ],
  user: [{ id: 'uid', field: 'user_id', sources: ['{{launch.query.uid}}'] }],
};

describe('simulateLaunch', () => {
  it('should read guide_id and the shop from a QR scene string, with the scene value as chan_wxapp_scene', () => {
    const r = simulateLaunch(config, { path: 'pages/index/index', qrScene: 'gid%3D88%26shop%3D5', sceneValue: 1047 });
    expect(r.chan).toEqual({ guide_id: '88', chan_shop_id: '5', chan_wxapp_scene: 1047 });
    expect(r.launch.query).toEqual({ scene: 'gid%3D88%26shop%3D5' });
  });

  it('should fall back to the next source: guide_id from the launch query, user fields too', () => {
    const r = simulateLaunch(config, { path: '/pages/goods/detail?id=1&guide_id=9&uid=u%201' });
    expect(r.chan.guide_id).toBe('9');
    expect(r.chan.chan_shop_id).toBeUndefined();
    expect(r.user).toEqual({ user_id: 'u 1' });
    expect(r.launch.path).toBe('pages/goods/detail');
  });

  it('should produce only the built-in scene for a draft without chan rules, and survive malformed escapes', () => {
    const r = simulateLaunch({ schemaVersion: 1 }, { path: 'p?x=%E0%A4%A', qrScene: '%zz', sceneValue: 1011 });
    expect(r.chan).toEqual({ chan_wxapp_scene: 1011 });
  });
});

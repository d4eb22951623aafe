/* eslint-disable @nx/enforce-module-boundaries -- tests read spec files that its index does not export */
import type { TrackingConfig } from '../../language/src/config/config-types';
import { createTestApp, envelope, type TestApp } from './host';

const v1: TrackingConfig = { schemaVersion: 1, presets: { page: false } };
const v2: TrackingConfig = { schemaVersion: 1, presets: { app: false } };

describe('config', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const pages = () => {
    t.host.page('pages/index/index', {});
    t.host.page('pages/list/list', {});
  };
  const types = () => t.receiver.types();

  it('should use the cached config at once and revalidate it with If-None-Match (304 keeps it)', async () => {
    t = createTestApp({ config: v1, cached: true });
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.events();
    expect(t.configServer.requests[0].header['If-None-Match']).toMatch(/^"[0-9a-f]{64}"$/);
    expect(t.configServer.requests[0].url).toMatch(/\/v1\/config\/wx1234567890abcdef\?env=release&cid=[0-9a-f-]{36}$/);
    expect(types()).toEqual(['app_launch', 'app_show']);
    expect(t.tw.configVersion()).toBe(1);
  });

  it('should apply a newer config from the next page, without a restart', async () => {
    t = createTestApp({ config: v1, cached: true });
    t.configServer.publish(v2);
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.host.settle();
    t.host.hide();
    t.host.show();
    t.host.navigateTo('pages/list/list');
    await t.events();
    expect(types()).toEqual(['app_launch', 'app_show', 'exit_wxapp', 'app_show', 'browse_wxapp_page']);
    expect(t.host.storage.get('tw_config')).toMatchObject({ version: 2 });
  });

  it.each(['corrupt', 'wrongHash', 'badShape', 'error500', 'down', 'notFound'] as const)(
    'should keep the last good config when the answer is %s',
    async (mode) => {
      t = createTestApp({ config: v1, cached: true });
      t.configServer.publish(v2);
      t.configServer.mode = mode;
      pages();
      t.host.launch({ path: 'pages/index/index' });
      await t.host.settle();
      t.host.navigateTo('pages/list/list');
      await t.events();
      expect(types()).toEqual(['app_launch', 'app_show']);
      expect(t.host.storage.get('tw_config')).toMatchObject({ version: 1 });
    },
  );

  it('should hold the first launch and first page until the config arrives, then report them', async () => {
    t = createTestApp({ config: v2 });
    t.configServer.latencyMs = 1500;
    pages();
    t.host.launch({ path: 'pages/index/index', scene: 1007 });
    await t.host.advance(1000);
    expect(t.receiver.events).toEqual([]);
    await t.events();
    expect(types()).toEqual(['browse_wxapp_page']);
    expect(t.receiver.events[0].props).toMatchObject({
      page: 'pages/index/index',
      chan: { chan_wxapp_scene: 1007 },
      time: t.receiver.events[0].props.time,
    });
  });

  it('should drop what it held when the config takes longer than the hold', async () => {
    t = createTestApp({ config: v2 });
    t.configServer.latencyMs = 5000;
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.host.advance(6000);
    t.host.navigateTo('pages/list/list');
    await t.events();
    // the launch page's own browse was held and dropped; its leave and the next page come after the config
    expect(t.receiver.events.map((e) => [e.type, e.props.page])).toEqual([
      ['leave_wxapp_page', 'pages/index/index'],
      ['browse_wxapp_page', 'pages/list/list'],
    ]);
  });

  it('should do nothing when no config was ever fetched and none is released', async () => {
    t = createTestApp({});
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.events();
    expect(t.receiver.events).toEqual([]);
    expect(t.receiver.attempts).toBe(0);
  });

  it('should use the bootstrap config as the floor when nothing was fetched', async () => {
    t = createTestApp({ init: { bootstrap: envelope('wx1234567890abcdef', v1, 7) } });
    t.configServer.mode = 'down';
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.events();
    expect(types()).toEqual(['app_launch', 'app_show']);
    expect(t.tw.configVersion()).toBe(7);
  });

  it('should take env from the account info and keep a stable client id', async () => {
    t = createTestApp({ config: v1, envVersion: 'trial' });
    pages();
    t.host.launch({ path: 'pages/index/index' });
    await t.host.settle();
    const cid = t.host.storage.get('tw_cid');
    expect(t.configServer.requests[0].url).toContain('?env=trial&cid=' + cid);
  });
});

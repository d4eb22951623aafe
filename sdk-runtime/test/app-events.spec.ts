import { createTestApp, type TestApp } from './host';

describe('app events', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const home = () => t.host.page('pages/index/index', { data: { title: '首页' } });

  it('should report app_launch then app_show on the first show, with the launch page and scene', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    home();
    t.host.launch({
      path: 'pages/index/index',
      query: { from: 'ad' },
      scene: 1037,
      referrerInfo: { appId: 'wxsource' },
    });
    const events = await t.events();
    expect(events.map((e) => e.type).slice(0, 2)).toEqual(['app_launch', 'app_show']);
    expect(events[0].props).toMatchObject({
      page: 'pages/index/index?from=ad',
      chan: { chan_wxapp_scene: 1037, chan_refer_app_id: 'wxsource' },
      wx_user: { app_id: t.host.appid },
      time: expect.any(Number),
    });
    expect(events[0]).toMatchObject({
      from: 'trackway',
      tracking_id: expect.any(String),
      ext_uniq_id: expect.any(String),
    });
  });

  it('should report app_show again but not app_launch on a hot start, and exit_wxapp on hide', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    home();
    t.host.launch({ path: 'pages/index/index' });
    t.host.hide();
    t.host.show({ scene: 1011 });
    const types = (await t.events()).map((e) => e.type).filter((x) => x.startsWith('app') || x === 'exit_wxapp');
    expect(types).toEqual(['app_launch', 'app_show', 'exit_wxapp', 'app_show']);
    expect(t.receiver.ofType('app_show')[1].props.chan.chan_wxapp_scene).toBe(1011);
  });

  it('should report nothing for app events the config switches off', async () => {
    t = createTestApp({ config: { schemaVersion: 1, presets: { app: false } }, cached: true });
    home();
    t.host.launch({ path: 'pages/index/index' });
    const types = (await t.events()).map((e) => e.type);
    expect(types).not.toContain('app_launch');
    expect(types).toContain('browse_wxapp_page');
  });
});

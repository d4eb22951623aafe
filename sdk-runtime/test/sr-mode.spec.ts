import { createTestApp, type TestApp } from './host';

/** An sr-sdk-wxapp stand-in that records what the runtime hands it (the real SDK runs in the example's test). */
function fakeSr(option?: Record<string, unknown>) {
  const calls: [string, ...unknown[]][] = [];
  return {
    calls,
    option,
    track: (type: string, props: unknown) => void calls.push(['track', type, props]),
    setChan: (chan: unknown) => void calls.push(['setChan', chan]),
    setUser: (user: unknown) => void calls.push(['setUser', user]),
  };
}

describe('with sr-sdk-wxapp', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const run = (sr: ReturnType<typeof fakeSr>, init: Record<string, unknown> = {}) => {
    t = createTestApp({
      cached: true,
      init: Object.assign({ sr }, init),
      config: {
        schemaVersion: 1,
        chan: [{ id: 'g', field: 'guide_id', sources: ['{{launch.query.guide_id}}'] }],
        user: [{ id: 'u', field: 'union_id', sources: ['{{global.uid}}'] }],
      },
      app: { globalData: { uid: 'U9' } },
    });
    t.host.page('pages/index/index', {});
    t.host.launch({ path: 'pages/index/index', query: { guide_id: 'G1' }, scene: 1011 });
    t.host.reachBottom();
    return t.events();
  };
  const tracked = (sr: ReturnType<typeof fakeSr>) => sr.calls.filter((c) => c[0] === 'track').map((c) => c[1]);

  it('should send events through sr.track, chan through setChan and user through setUser, and post nothing itself', async () => {
    const sr = fakeSr({ trackApp: false, proxyPage: false });
    await run(sr);
    expect(tracked(sr)).toEqual(['app_launch', 'app_show', 'browse_wxapp_page', 'page_reach_bottom']);
    expect(sr.calls).toContainEqual(['setChan', { guide_id: 'G1', chan_wxapp_scene: 1011 }]);
    expect(sr.calls).toContainEqual(['setUser', { union_id: 'U9' }]);
    expect(t.receiver.attempts).toBe(0);
  });

  it("should leave sr's own app events (trackApp, its default) and page events (proxyPage) to sr", async () => {
    const sr = fakeSr({ trackApp: true, proxyPage: true, autoProxy: true });
    await run(sr);
    expect(tracked(sr)).toEqual([]);
  });

  it('should read sr options from init when the instance does not expose them', async () => {
    const sr = fakeSr();
    await run(sr, { srProxyPage: true });
    expect(tracked(sr)).toEqual([]);
    t.done();
    const sr2 = fakeSr();
    await run(sr2, { srTrackApp: false });
    expect(tracked(sr2)).toEqual(['app_launch', 'app_show', 'browse_wxapp_page', 'page_reach_bottom']);
  });

  it("should keep reporting the pull-down when sr 2.x's autoProxy object leaves it off", async () => {
    const sr = fakeSr({ trackApp: true, proxyPage: true, autoProxy: { page_pull_down_refresh: false } });
    await run(sr);
    t.host.pullDownRefresh();
    await t.events();
    expect(tracked(sr)).toEqual(['page_pull_down_refresh']);
  });
});

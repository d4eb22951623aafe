import { createTestApp, type TestApp } from './host';

describe('page events', () => {
  let t: TestApp;
  afterEach(() => t.done());

  function shop(config = { schemaVersion: 1 as const }) {
    t = createTestApp({ config, cached: true, titles: { 'pages/list/list': '商品列表' } });
    t.host.page('pages/index/index', { data: { title: '首页' } });
    t.host.page('pages/list/list', {});
  }

  it('should report browse_wxapp_page with refer_page and is_newly_open, and leave_wxapp_page with stay_time', async () => {
    shop();
    t.host.launch({ path: 'pages/index/index' });
    await t.host.advance(1000);
    t.host.navigateTo('pages/list/list?cat=3');
    await t.host.advance(2500);
    t.host.navigateBack();
    const events = await t.events();
    const browse = t.receiver.ofType('browse_wxapp_page').map((e) => e.props);
    expect(browse.map((p) => [p.page, p.refer_page, p.is_newly_open])).toEqual([
      ['pages/index/index', undefined, true],
      ['pages/list/list?cat=3', 'pages/index/index', true],
      ['pages/index/index', 'pages/list/list', false],
    ]);
    const leave = t.receiver.ofType('leave_wxapp_page').map((e) => e.props);
    expect(leave.map((p) => [p.page, p.stay_time])).toEqual([
      ['pages/index/index', 1000],
      ['pages/list/list?cat=3', 2500],
    ]);
    expect(browse[1].page_title).toBe('商品列表');
    expect(browse[0].page_title).toBe('首页');
    expect(events.length).toBeGreaterThan(0);
  });

  it('should report stay_time 0 for a page shown longer than 4 hours', async () => {
    shop();
    t.host.launch({ path: 'pages/index/index' });
    await t.host.advance(4 * 3600 * 1000 + 1);
    t.host.navigateTo('pages/list/list');
    await t.events();
    expect(t.receiver.ofType('leave_wxapp_page')[0].props.stay_time).toBe(0);
  });

  it('should use the title the config declares for a page over the navigation bar title', async () => {
    shop({ schemaVersion: 1, pages: [{ id: 'list', route: 'pages/list/*', title: '列表页' }] } as never);
    t.host.launch({ path: 'pages/list/list' });
    await t.events();
    expect(t.receiver.ofType('browse_wxapp_page')[0].props.page_title).toBe('列表页');
  });
});

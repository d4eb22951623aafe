import { createTestApp, type TestApp } from './host';

describe('page_pull_down_refresh', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report a pull-down and still run the page handler', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    const refreshed: number[] = [];
    t.host.page('pages/index/index', { onPullDownRefresh: () => refreshed.push(1) });
    t.host.launch({ path: 'pages/index/index' });
    t.host.pullDownRefresh();
    await t.events();
    expect(refreshed).toEqual([1]);
    expect(t.receiver.ofType('page_pull_down_refresh')[0].props.page).toBe('pages/index/index');
  });
});

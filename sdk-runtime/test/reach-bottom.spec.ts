import { createTestApp, type TestApp } from './host';

describe('page_reach_bottom', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report reaching the bottom even when the page has no handler', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    t.host.page('pages/list/list', {});
    t.host.launch({ path: 'pages/list/list', query: { cat: '2' } });
    t.host.reachBottom();
    await t.events();
    expect(t.receiver.ofType('page_reach_bottom').map((e) => e.props.page)).toEqual(['pages/list/list?cat=2']);
  });

  it('should report nothing when the config switches the preset off', async () => {
    t = createTestApp({ config: { schemaVersion: 1, presets: { reachBottom: false } }, cached: true });
    t.host.page('pages/list/list', {});
    t.host.launch({ path: 'pages/list/list' });
    t.host.reachBottom();
    await t.events();
    expect(t.receiver.ofType('page_reach_bottom')).toEqual([]);
  });
});

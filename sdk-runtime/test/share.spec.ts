import { createTestApp, type TestApp } from './host';

describe('page_share_app_message', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report the share with from_type, title and path, and hand back what the page returned', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    const answer = { title: '好物推荐', path: '/pages/goods/detail?id=9', imageUrl: 'https://img/9.png' };
    t.host.page('pages/goods/detail', { onShareAppMessage: () => answer });
    t.host.launch({ path: 'pages/goods/detail', query: { id: '9' } });
    expect(t.host.share('button')).toBe(answer);
    await t.events();
    expect(t.receiver.ofType('page_share_app_message')[0].props).toMatchObject({
      from_type: 'button',
      share_title: '好物推荐',
      share_path: '/pages/goods/detail?id=9',
      share_image_url: 'https://img/9.png',
      page: 'pages/goods/detail?id=9',
    });
  });

  it('should not make a page shareable that defines no onShareAppMessage', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    t.host.page('pages/index/index', {});
    const page = t.host.launch({ path: 'pages/index/index' });
    expect(page.onShareAppMessage).toBeUndefined();
  });
});

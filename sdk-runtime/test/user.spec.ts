import { createTestApp, type TestApp } from './host';

describe('wx_user', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should fill wx_user from the app globalData and from a login request', async () => {
    t = createTestApp({
      cached: true,
      app: { globalData: { unionId: 'U1' } },
      config: {
        schemaVersion: 1,
        user: [
          { id: 'union', field: 'union_id', sources: ['{{global.unionId}}'] },
          { id: 'open', field: 'open_id', sources: ['{{vars.openid}}', '{{storage.openid}}'], on: ['pageShow'] },
        ],
        rules: [
          {
            id: 'login',
            trigger: { kind: 'request', url: 'https://shop.example.com/login' },
            remember: { openid: '{{response.data.openid}}' },
          },
        ],
      },
    });
    t.host.network.route('https://shop.example.com/login', () => ({ data: { openid: 'o-123' } }));
    t.host.page('pages/index/index', {
      onLoad() {
        (globalThis as any).wx.request({ url: 'https://shop.example.com/login', success() {} });
      },
    });
    t.host.page('pages/me/me', {});
    t.host.launch({ path: 'pages/index/index' });
    await t.host.settle();
    t.host.navigateTo('pages/me/me');
    await t.events();
    expect(t.receiver.ofType('app_launch')[0].props.wx_user).toEqual({ app_id: t.host.appid, union_id: 'U1' });
    expect(t.receiver.ofType('browse_wxapp_page').pop()!.props.wx_user).toEqual({
      app_id: t.host.appid,
      union_id: 'U1',
      open_id: 'o-123',
    });
  });
});

// The REAL sr-sdk-wxapp 2.1.1 with its page proxy on, driven by the runtime: the page titles a config declares
// reach the page events sr reports by itself (sr reads page.data.title, then page.title, then the navigation bar,
// else '未知'), and room_id from a live-room link reaches the events both where sr 2.1.1 puts it (chan.room_id)
// and at the top level (youshu-spec.md §1.8, live analysis).
import type { TrackingConfig } from '@trackway/language';
import { FakeConfigServer, FakeReceiver, loadRuntime, MiniProgramHost } from '../host';

const APPID = 'wx0123456789abcdef';
const SERVER = 'https://trackway.example.com';
const SR_URL = 'https://youshu-receiver.test/youshu/api/report';

const config: TrackingConfig = {
  schemaVersion: 1,
  pages: [
    { id: 'home', route: 'pages/index/index', title: '首页' },
    {
      id: 'live',
      route: 'pages/live/room',
      title: '直播间',
      rules: [
        { id: 'live_search', event: 'search', trigger: { kind: 'page', on: 'load' }, props: { keyword: '直播' } },
      ],
    },
    { id: 'own', route: 'pages/own/index', title: '配置标题' },
  ],
  chan: [{ id: 'room', field: 'room_id', sources: ['{{query.room_id}}'], on: ['pageLoad'] }],
};

describe('sr-sdk-wxapp 2.1.1: titles and room_id of the page events it reports itself', () => {
  let host: MiniProgramHost;
  beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => {
    host.uninstall();
    jest.restoreAllMocks();
  });

  it('should title sr page events with the config title, and carry room_id in chan and at the top level', async () => {
    // no navigation bar titles at all: without the config's titles sr would send '未知'
    host = new MiniProgramHost({ appid: APPID }).install();
    host.network.route('https://zhls.qq.com/open/sdk', () => ({
      data: { masterSwitch: true, isOpenProxyWxApi: false },
    }));
    const sr = new FakeReceiver(host, SR_URL);
    const env = new FakeConfigServer(host, SERVER, APPID).publish(config);
    host.storage.set('tw_config', { version: env.version, hash: env.hash, runtime: env.runtime });
    let srSdk: any;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh SDK per app run, as in WeChat
      srSdk = require('sr-sdk-wxapp').init({ appid: APPID, token: 'tok', serverUrl: SR_URL, proxyPage: true });
    });
    loadRuntime().init({ appid: APPID, server: SERVER, sr: srSdk });
    host.app({});
    host.page('pages/index/index', {});
    host.page('pages/live/room', {});
    host.page('pages/own/index', { data: { title: '页面自己的标题' } });

    host.launch({ path: 'pages/index/index' });
    await host.settle();
    host.navigateTo('pages/live/room?room_id=R1128');
    await host.settle();
    host.navigateTo('pages/own/index');
    await host.settle();
    host.hide();
    await host.advance(3000);

    const own = (type: string) =>
      sr
        .ofType(type)
        .filter((e) => e.props.is_sdk_auto_track)
        .map((e) => [e.props.page, e.props.page_title]);
    expect(own('browse_wxapp_page')).toEqual([
      ['pages/index/index', '首页'],
      ['pages/live/room?room_id=R1128', '直播间'],
      // a page's own data.title still wins in sr's order
      ['pages/own/index', '页面自己的标题'],
    ]);
    expect(own('leave_wxapp_page').map((x) => x[1])).toEqual(['首页', '直播间', '页面自己的标题']);
    // the runtime reports no page event of its own: sr does (proxyPage)
    expect(sr.ofType('browse_wxapp_page').every((e) => e.props.is_sdk_auto_track)).toBe(true);
    const [search] = sr.ofType('search');
    expect(search.props).toMatchObject({ page_title: '直播间', room_id: 'R1128', chan: { room_id: 'R1128' } });
  });
});

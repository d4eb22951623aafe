/* eslint-disable @nx/enforce-module-boundaries -- tests read language files that its index does not export */
import type { ConformanceCase, ConformanceStep } from '../../../language/src/conformance/conformance-case';
import { loadRuntime, type RuntimeModule } from './load-runtime';
import { MiniProgramHost } from './mini-program-host';
import { FakeConfigServer } from './config-server';
import { SERVER } from './test-app';

export interface Emitted {
  type: string;
  props: Record<string, any>;
  ruleId: string;
}
export type Call = Extract<ConformanceStep, { do: 'call' }>;

/**
 * Runs a conformance case through the real runtime in the simulated host: the config as if cached by an earlier
 * launch (the server answers 304), pages and components whose methods do what each `call` step says.
 */
export class CaseRunner {
  host!: MiniProgramHost;
  tw!: RuntimeModule;
  readonly events: Emitted[] = [];
  private step: Call | Extract<ConformanceStep, { do: 'share' }> | undefined;
  private components = new Map<string, any>();

  constructor(private readonly c: ConformanceCase) {}

  boot(now: number, storage?: Map<string, string>): void {
    const c = this.c;
    this.host = new MiniProgramHost({ now, appid: c.appid }).install();
    if (storage) for (const [k, v] of storage) this.host.storage.raw.set(k, v);
    const env = new FakeConfigServer(this.host, SERVER, c.appid).publish(c.config);
    this.host.storage.set('tw_config', { version: env.version, hash: env.hash, runtime: env.runtime });
    this.host.network.route(SERVER + '/youshu/api/report', () => ({ data: { code: 0 } }));
    this.tw = loadRuntime();
    this.tw.init({ appid: c.appid, server: SERVER });
    this.tw.on('event', (e) => void this.events.push(e as Emitted));
    this.host.app({ globalData: {} });
    const calls = c.steps.filter((s): s is Call => s.do === 'call');
    const method = (name: string) => () => {
      const s = this.step as Call;
      if (s.throws) {
        if (s.async) return Promise.reject(new Error(name + ' failed'));
        throw new Error(name + ' failed');
      }
      return s.async ? Promise.resolve(s.result) : s.result;
    };
    const methods: Record<string, unknown> = {};
    for (const s of calls.filter((x) => !x.component)) methods[s.method] = method(s.method);
    if (c.steps.some((s) => s.do === 'share'))
      methods.onShareAppMessage = () => (this.step as { result?: unknown }).result;
    const routes = new Set(c.steps.flatMap((s) => (s.do === 'pageLoad' || s.do === 'open' ? [s.route] : [])));
    for (const route of routes) this.host.page(route, Object.assign({ data: {} }, methods));
    // a page renders one node per element of each list an expose rule names (its wx:for)
    for (const page of c.config.pages || [])
      for (const r of page.rules || [])
        if (r.trigger.kind === 'expose' && r.trigger.list)
          for (const route of routes) this.host.renderList(route, r.trigger.selector, r.trigger.list);
    this.components.clear();
    for (const s of calls.filter((x) => x.component)) {
      const cm: Record<string, unknown> = {};
      for (const x of calls.filter((y) => y.component === s.component)) cm[x.method] = method(x.method);
      this.host.component(s.component!, { methods: cm });
    }
  }

  async run(s: ConformanceStep): Promise<void> {
    const h = this.host;
    const w = (globalThis as any).wx;
    switch (s.do) {
      case 'launch':
        h.launchApp({
          path: s.path,
          query: s.query,
          scene: s.scene,
          referrerInfo: s.referrerInfo,
          shareTicket: s.shareTicket,
        });
        break;
      case 'appShow': {
        const last = w.getEnterOptionsSync();
        h.show(Object.assign({}, last, s, { do: undefined }));
        break;
      }
      case 'appHide':
        h.hide();
        break;
      case 'pageLoad':
        h.loadPage(s.route, s.query || {});
        break;
      case 'open':
        h.loadPage(s.route, s.query || {});
        h.showPage();
        h.readyPage();
        break;
      case 'pageShow':
        h.showPage();
        break;
      case 'pageReady':
        h.readyPage();
        break;
      case 'pageHide':
        h.hidePage();
        break;
      case 'pageUnload':
        h.unloadPage();
        break;
      case 'setData':
        h.current().setData(s.data);
        break;
      case 'call': {
        this.step = s;
        const target = s.component ? this.component(s.component) : h.current();
        try {
          const r = target[s.method](...(s.args || []));
          if (r && typeof r.then === 'function') r.catch(() => undefined);
        } catch {
          // the case says the method throws; the runtime must let it through unchanged
        }
        break;
      }
      case 'expose':
        h.expose(s.selector, [{ id: s.id, dataset: s.dataset, index: s.index }]);
        break;
      case 'request':
        h.network.route(
          (r) => r.url === s.url,
          () =>
            s.outcome === 'fail'
              ? { fail: String(s.errMsg || 'request:fail').replace(/^request:fail ?/, '') }
              : s.response || { statusCode: 200 },
        );
        w.request({ url: s.url, method: s.method, data: s.data, header: s.header, success() {}, fail() {} });
        break;
      case 'payment':
        h.paymentOutcome = s.outcome;
        h.paymentErrMsg = s.errMsg;
        w.requestPayment(Object.assign({}, s.params, { success() {}, fail() {} }));
        break;
      case 'share':
        this.step = s;
        h.share(s.from, s.target);
        break;
      case 'pullDownRefresh':
        h.pullDownRefresh();
        break;
      case 'reachBottom':
        h.reachBottom();
        break;
      case 'setStorage':
        w.setStorageSync(s.key, s.value);
        break;
      case 'setGlobal':
        Object.assign((globalThis as any).getApp().globalData, s.data);
        break;
      case 'advance':
        await h.advance(s.ms);
        break;
      case 'restart': {
        const now = h.now();
        const storage = new Map(h.storage.raw);
        h.uninstall();
        this.boot(now, storage);
        break;
      }
    }
    await this.host.settle();
  }

  private component(is: string): any {
    if (!this.components.has(is)) this.components.set(is, this.host.mountComponent(is));
    return this.components.get(is);
  }
}

import { createFakeClock, flushMicrotasks, type FakeClock } from './fake-clock';
import { createFakeNetwork, type FakeNetwork } from './fake-network';
import { createFakeStorage, type FakeStorage } from './fake-storage';

export interface LaunchOptions {
  path: string;
  query?: Record<string, string>;
  scene?: number;
  referrerInfo?: { appId?: string; extraData?: unknown };
  shareTicket?: string;
}

export interface ExposedNode {
  id?: string;
  dataset?: Record<string, unknown>;
  /** Visible ratio delivered to the observer; default 1. */
  ratio?: number;
  /**
   * The node's position among all nodes of the selector in document order, for nodes a page renders from a data
   * list (renderList): the observer then reports that node's boundingClientRect (and no dataset).
   */
  index?: number;
}

/** Layout of rendered list nodes: each a card of this height plus a gap, stacked from this top, in px. */
const CARD = { top: 120, height: 200, gap: 16, width: 375 };

export interface HostOptions {
  /** 'fake' (default): timers and Date.now are simulated; 'real': the machine's clock (end-to-end runs). */
  clock?: 'fake' | 'real';
  appid?: string;
  envVersion?: 'develop' | 'trial' | 'release';
  /** Navigation bar titles by route, as app.json / page.json would give them (read through __wxConfig). */
  titles?: Record<string, string>;
  /** Start of the fake clock (ms). */
  now?: number;
  /** What wx.requestPayment does: success, the user cancels, or it fails. Default success. */
  payment?: 'success' | 'cancel' | 'fail';
}

type PageOptions = Record<string, any>;

/**
 * A simulated WeChat mini-program: App/Page/Component globals, getApp, getCurrentPages, a page stack with
 * WeChat's lifecycle order (App.onLaunch → App.onShow → Page.onLoad → onShow → onReady; navigateTo hides the
 * current page; navigateBack unloads it; app hide/show), and wx fakes (request, requestPayment, storage with
 * WeChat's limits, IntersectionObserver, system and account info). Host callbacks run synchronously, like
 * WeChat's; `settle`/`advance` let asynchronous answers (requests, timers) arrive.
 */
export class MiniProgramHost {
  readonly clock: FakeClock | undefined;
  readonly storage: FakeStorage = createFakeStorage();
  readonly network: FakeNetwork = createFakeNetwork();
  readonly stack: any[] = [];
  /** Every wx.requestPayment / requestOrderPayment call. */
  readonly payments: Record<string, unknown>[] = [];
  paymentOutcome: 'success' | 'cancel' | 'fail';
  /** errMsg of the next payments; default WeChat's (`requestPayment:ok`, `requestPayment:fail cancel`, …). */
  paymentErrMsg: string | undefined;
  readonly appid: string;
  readonly wx: Record<string, any>;
  private readonly pageDefs = new Map<string, PageOptions>();
  private readonly componentDefs = new Map<string, PageOptions>();
  private readonly observers: { page: any; selector: string; cb: (res: any) => void; live: boolean }[] = [];
  private readonly lists: { route: string; selector: string; path: string }[] = [];
  /** How far the current page is scrolled (px): the rects the observer and SelectorQuery report move by it. */
  scrollTop = 0;
  private readonly showListeners: ((o: any) => void)[] = [];
  private readonly hideListeners: (() => void)[] = [];
  private appInstance: any;
  private defining: string | undefined;
  private launchOpts: LaunchOptions = { path: '' };
  private enterOpts: LaunchOptions = { path: '' };
  private saved: Record<string, unknown> = {};
  private installed = false;

  constructor(private readonly opts: HostOptions = {}) {
    this.clock = opts.clock === 'real' ? undefined : createFakeClock(opts.now);
    this.appid = opts.appid || 'wx1234567890abcdef';
    this.paymentOutcome = opts.payment || 'success';
    this.wx = this.createWx();
  }

  /** Puts the globals in place (and the fake clock); call before requiring the runtime or sr-sdk-wxapp. */
  install(): this {
    const g = globalThis as any;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fakes are plain functions, as in WeChat
    const host = this;
    const names = ['wx', 'App', 'Page', 'Component', 'getApp', 'getCurrentPages', '__wxConfig'];
    for (const k of names) this.saved[k] = g[k];
    g.wx = this.wx;
    g.App = function App(options: any) {
      host.appInstance = options;
    };
    g.Page = function Page(options: any) {
      if (!host.defining) throw new Error('Page() called outside host.page()');
      host.pageDefs.set(host.defining, options);
    };
    g.Component = function Component(options: any) {
      if (host.defining) host.componentDefs.set(host.defining, options);
    };
    g.getApp = () => host.appInstance;
    g.getCurrentPages = () => host.stack.slice();
    const page: Record<string, unknown> = {};
    for (const [route, title] of Object.entries(this.opts.titles || {}))
      page[route + '.html'] = { window: { navigationBarTitleText: title } };
    g.__wxConfig = { page, global: { window: {} }, envVersion: this.opts.envVersion || 'release' };
    if (this.clock) this.clock.install();
    this.installed = true;
    return this;
  }

  uninstall(): void {
    if (!this.installed) return;
    const g = globalThis as any;
    for (const [k, v] of Object.entries(this.saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
    if (this.clock) this.clock.uninstall();
    this.installed = false;
  }

  now(): number {
    return this.clock ? this.clock.now() : Date.now();
  }

  /** Lets every answer and timer that is due arrive (requests to a real server included). */
  async settle(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      if (this.clock) await this.clock.settle();
      else await new Promise((r) => setTimeout(r, 0));
      if (!this.network.inflight.size) {
        await flushMicrotasks();
        if (!this.network.inflight.size) return;
      }
      await Promise.all([...this.network.inflight]);
    }
  }

  /** Moves the fake clock forward, running timers and answers on the way. */
  async advance(ms: number): Promise<void> {
    await this.settle();
    if (this.clock) await this.clock.advance(ms);
    else await new Promise((r) => setTimeout(r, ms));
    await this.settle();
  }

  /** app.js: App({...}) through whatever App is global now (the runtime's wrapper once it is initialised). */
  app(options: PageOptions): any {
    (globalThis as any).App(options);
    return this.appInstance;
  }

  /** pages/x/x.js: Page({...}) registered for `route`; `ctor` replaces the global (a plugin's tw.Page). */
  page(route: string, options: PageOptions, ctor?: (options: PageOptions) => void): void {
    this.defining = route;
    try {
      (ctor || (globalThis as any).Page)(options);
    } finally {
      this.defining = undefined;
    }
  }

  /** components/x/x.js: Component({...}) registered for its path (`is`). */
  component(path: string, options: PageOptions): void {
    this.defining = path;
    try {
      (globalThis as any).Component(options);
    } finally {
      this.defining = undefined;
    }
  }

  /** Cold start: App.onLaunch → App.onShow (and wx.onAppShow listeners) → the launch page loads. */
  launch(opts: LaunchOptions): any {
    const o = this.launchOptions(opts);
    this.launchOpts = this.enterOpts = o;
    this.callApp('onLaunch', o);
    this.callApp('onShow', o);
    this.showListeners.forEach((f) => f(o));
    return this.open(o.path, o.query || {});
  }

  /** The app goes to the background: the page's onHide, then App.onHide and wx.onAppHide listeners. */
  hide(): void {
    const top = this.current();
    if (top && top.__shown) this.callPage(top, 'onHide');
    this.callApp('onHide');
    this.hideListeners.forEach((f) => f());
  }

  /** Hot start: App.onShow with the new options (a QR code, an ad), then the page's onShow. */
  show(opts?: Partial<LaunchOptions>): void {
    const o = this.launchOptions(Object.assign({ path: (this.current() || {}).route || this.launchOpts.path }, opts));
    this.enterOpts = o;
    this.callApp('onShow', o);
    this.showListeners.forEach((f) => f(o));
    const top = this.current();
    if (top) this.callPage(top, 'onShow');
  }

  // Single lifecycle steps, for scripts that spell out each WeChat call (the conformance cases).

  /** App.onLaunch then App.onShow, opening no page. */
  launchApp(opts: LaunchOptions): void {
    const o = this.launchOptions(opts);
    this.launchOpts = this.enterOpts = o;
    this.callApp('onLaunch', o);
    this.callApp('onShow', o);
    this.showListeners.forEach((f) => f(o));
  }

  /** Like navigateTo up to onLoad: the shown top page gets onHide, the new page is pushed and gets onLoad. */
  loadPage(route: string, query: Record<string, string> = {}): any {
    const top = this.current();
    if (top && top.__shown) this.callPage(top, 'onHide');
    return this.open(route, query, false);
  }

  showPage(): void {
    this.callPage(this.current(), 'onShow');
  }

  readyPage(): void {
    this.callPage(this.current(), 'onReady');
  }

  hidePage(): void {
    const top = this.current();
    if (top && top.__shown) this.callPage(top, 'onHide');
  }

  /** Like navigateBack: onUnload of the top page (no onHide), then onShow of the page below. */
  unloadPage(): void {
    const top = this.stack.pop();
    if (top) this.unload(top);
    if (this.current()) this.callPage(this.current(), 'onShow');
  }

  navigateTo(url: string): any {
    const top = this.current();
    if (top) this.callPage(top, 'onHide');
    const { route, query } = parseUrl(url);
    return this.open(route, query);
  }

  redirectTo(url: string): any {
    const top = this.stack.pop();
    if (top) this.unload(top);
    const { route, query } = parseUrl(url);
    return this.open(route, query);
  }

  navigateBack(delta = 1): any {
    for (let i = 0; i < delta && this.stack.length > 1; i++) this.unload(this.stack.pop());
    const top = this.current();
    if (top) this.callPage(top, 'onShow');
    return top;
  }

  current(): any {
    return this.stack[this.stack.length - 1];
  }

  /** A tap on an element bound to `method`, with the element's dataset. Returns what the handler returned. */
  tap(method: string, dataset: Record<string, unknown> = {}, detail: Record<string, unknown> = {}): any {
    const target = { id: '', dataset };
    return this.call(method, { type: 'tap', timeStamp: this.now(), detail, currentTarget: target, target });
  }

  /** Calls a method of the current page the way WeChat dispatches handlers: looked up on the instance. */
  call(method: string, ...args: unknown[]): any {
    const page = this.current();
    return page[method](...args);
  }

  pullDownRefresh(): void {
    this.callPage(this.current(), 'onPullDownRefresh');
  }

  reachBottom(): void {
    this.callPage(this.current(), 'onReachBottom');
  }

  /** The share menu or a share button: returns what onShareAppMessage returned. */
  share(from: 'menu' | 'button' = 'menu', target?: unknown): any {
    const page = this.current();
    return typeof page.onShareAppMessage === 'function' ? page.onShareAppMessage({ from, target }) : undefined;
  }

  /**
   * The page at `route` renders one node matching `selector` per element of its data list at `path` (a
   * `wx:for="{{goodsList}}"` without data-* attributes), stacked top to bottom in document order.
   */
  renderList(route: string, selector: string, path: string): void {
    this.lists.push({ route, selector, path });
  }

  /** Rects of the nodes of `selector` on `page`, in document order (those of renderList), as WeChat gives them. */
  rects(page: any, selector: string): Record<string, unknown>[] {
    const def = this.lists.find((l) => page && l.route === page.route && l.selector === selector);
    const rows = def ? def.path.split('.').reduce((v: any, k) => (v == null ? undefined : v[k]), page.data) : [];
    return (Array.isArray(rows) ? rows : []).map((_row, i) => {
      const top = CARD.top + i * (CARD.height + CARD.gap) - this.scrollTop;
      return {
        id: '',
        dataset: {},
        left: 0,
        right: CARD.width,
        top,
        bottom: top + CARD.height,
        width: CARD.width,
        height: CARD.height,
      };
    });
  }

  /** Nodes matching `selector` scroll into view: every live observer of the current page on it is called. */
  expose(selector: string, nodes: ExposedNode[]): void {
    const page = this.current();
    for (const o of this.observers.filter((x) => x.live && x.page === page && x.selector === selector)) {
      for (const n of nodes) {
        const ratio = n.ratio === undefined ? 1 : n.ratio;
        const rect = n.index === undefined ? {} : this.rects(page, selector)[n.index];
        if (!rect) throw new Error(`no node ${n.index} of ${selector}`);
        o.cb({
          id: n.id || '',
          dataset: n.dataset || {},
          intersectionRatio: ratio,
          intersectionRect: {},
          boundingClientRect: Object.assign({}, rect, { id: undefined, dataset: undefined }),
          relativeRect: {},
          time: this.now(),
        });
      }
    }
  }

  /** Live IntersectionObservers on the current page, by selector. */
  observedSelectors(): string[] {
    return this.observers.filter((o) => o.live && o.page === this.current()).map((o) => o.selector);
  }

  /** Creates an instance of a component defined with host.component (attached lifetime run). */
  mountComponent(path: string, properties: Record<string, unknown> = {}): any {
    const def = this.componentDefs.get(path);
    if (!def) throw new Error('no component ' + path);
    const inst: any = Object.create(this.instanceProto());
    Object.assign(inst, def.methods || {});
    inst.is = path;
    inst.data = JSON.parse(JSON.stringify(Object.assign({}, def.data, properties)));
    const attached = (def.lifetimes && def.lifetimes.attached) || def.attached;
    if (typeof attached === 'function') attached.call(inst);
    return inst;
  }

  private open(route: string, query: Record<string, string>, whole = true): any {
    const def = this.pageDefs.get(route);
    if (!def) throw new Error('no page ' + route);
    const page: any = Object.create(this.instanceProto());
    for (const [k, v] of Object.entries(def)) page[k] = k === 'data' ? JSON.parse(JSON.stringify(v)) : v;
    if (!page.data) page.data = {};
    page.route = page.__route__ = route;
    page.options = query;
    this.stack.push(page);
    this.callPage(page, 'onLoad', query);
    if (whole) {
      this.callPage(page, 'onShow');
      this.callPage(page, 'onReady');
    }
    return page;
  }

  private unload(page: any): void {
    this.callPage(page, 'onUnload');
    for (const o of this.observers) if (o.page === page) o.live = false;
  }

  private callPage(page: any, hook: string, ...args: unknown[]): unknown {
    if (page && (hook === 'onShow' || hook === 'onHide'))
      Object.defineProperty(page, '__shown', { value: hook === 'onShow', configurable: true });
    return page && typeof page[hook] === 'function' ? page[hook](...args) : undefined;
  }

  private callApp(hook: string, ...args: unknown[]): unknown {
    const app = this.appInstance;
    return app && typeof app[hook] === 'function' ? app[hook](...args) : undefined;
  }

  private launchOptions(o: LaunchOptions): LaunchOptions {
    return {
      path: o.path,
      query: o.query || {},
      scene: o.scene === undefined ? 1001 : o.scene,
      referrerInfo: o.referrerInfo || {},
      shareTicket: o.shareTicket,
    };
  }

  private instanceProto(): any {
    return {
      setData(this: any, patch: Record<string, unknown>, cb?: () => void) {
        for (const [path, value] of Object.entries(patch))
          setPath(this.data, path, JSON.parse(JSON.stringify(value === undefined ? null : value)));
        if (cb) setTimeout(cb, 0);
      },
    };
  }

  private createWx(): Record<string, any> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fakes are plain functions, as in WeChat
    const host = this;
    const storage = this.storage;
    const payment = (name: string) => (opts: any) => {
      host.payments.push(Object.assign({ api: name }, opts));
      const outcome = host.paymentOutcome;
      const res = {
        errMsg:
          host.paymentErrMsg ||
          (outcome === 'success'
            ? name + ':ok'
            : outcome === 'cancel'
              ? name + ':fail cancel'
              : name + ':fail system error'),
      };
      const callbacks = opts && (opts.success || opts.fail || opts.complete);
      const p = new Promise((resolve, reject) =>
        setTimeout(() => {
          if (outcome === 'success') {
            if (opts.success) opts.success(res);
            resolve(res);
          } else {
            if (opts.fail) opts.fail(res);
            if (callbacks) resolve(undefined);
            else reject(res);
          }
          if (opts.complete) opts.complete(res);
        }, 0),
      );
      // promise style only when no callback is given, as WeChat's async APIs do
      return callbacks ? undefined : p;
    };
    return {
      request: (opts: any) => this.network.request(opts),
      requestPayment: payment('requestPayment'),
      requestOrderPayment: payment('requestOrderPayment'),
      getStorageSync: (k: string) => storage.get(k),
      setStorageSync: (k: string, v: unknown) => storage.set(k, v),
      removeStorageSync: (k: string) => storage.remove(k),
      clearStorageSync: () => storage.clear(),
      getStorageInfoSync: () => ({
        keys: storage.keys(),
        currentSize: Math.ceil(storage.bytes() / 1024),
        limitSize: 10240,
      }),
      getStorage: (o: any) => setTimeout(() => o.success && o.success({ data: storage.get(o.key) }), 0),
      setStorage: (o: any) => setTimeout(() => (storage.set(o.key, o.data), o.success && o.success({})), 0),
      getSystemInfoSync: () => ({
        brand: 'devtools',
        model: 'iPhone 12',
        pixelRatio: 3,
        screenWidth: 390,
        screenHeight: 844,
        windowWidth: 390,
        windowHeight: 844,
        language: 'zh_CN',
        version: '8.0.50',
        system: 'iOS 17.0',
        platform: 'devtools',
        SDKVersion: '3.4.0',
        benchmarkLevel: 1,
      }),
      getSystemInfo: (o: any) => setTimeout(() => o.success && o.success(host.wx.getSystemInfoSync()), 0),
      getAccountInfoSync: () => ({
        miniProgram: { appId: host.appid, envVersion: host.opts.envVersion || 'release', version: '1.0.0' },
      }),
      getLaunchOptionsSync: () => host.launchOpts,
      getEnterOptionsSync: () => host.enterOpts,
      onAppShow: (f: any) => void host.showListeners.push(f),
      onAppHide: (f: any) => void host.hideListeners.push(f),
      offAppShow: (f: any) => void host.showListeners.splice(host.showListeners.indexOf(f) >>> 0, 1),
      offAppHide: (f: any) => void host.hideListeners.splice(host.hideListeners.indexOf(f) >>> 0, 1),
      onError: () => undefined,
      onUnhandledRejection: () => undefined,
      getNetworkType: (o: any) => setTimeout(() => o.success && o.success({ networkType: 'wifi' }), 0),
      login: (o: any) => setTimeout(() => o.success && o.success({ code: 'code-' + host.now() }), 0),
      getShareInfo: (o: any) => setTimeout(() => o.fail && o.fail({ errMsg: 'getShareInfo:fail' }), 0),
      setNavigationBarTitle: (o: any) => void (o && o.success && o.success({})),
      showToast: () => undefined,
      nextTick: (f: () => void) => Promise.resolve().then(f),
      canIUse: () => true,
      // wx.createSelectorQuery().in(page).selectAll(sel).boundingClientRect().exec(cb): cb gets one result per
      // request, in order (an array of rects for selectAll), after the render thread answers (a timer here)
      createSelectorQuery: () => {
        let scope: any;
        const requests: { selector: string; all: boolean; cb?: (r: unknown) => void }[] = [];
        const q = {
          in(component: any) {
            scope = component;
            return q;
          },
          select: (selector: string) => nodes(selector, false),
          selectAll: (selector: string) => nodes(selector, true),
          exec(cb?: (res: unknown[]) => void) {
            setTimeout(() => {
              const page = scope || host.current();
              const res = requests.map((r) => {
                const rects = host.rects(page, r.selector);
                const v = r.all ? rects : rects[0] || null;
                if (r.cb) r.cb(v);
                return v;
              });
              if (cb) cb(res);
            }, 0);
            return q;
          },
        };
        const nodes = (selector: string, all: boolean) => ({
          boundingClientRect(cb?: (r: unknown) => void) {
            requests.push({ selector, all, cb });
            return q;
          },
        });
        return q;
      },
      createIntersectionObserver: (page: any, _options?: unknown) => {
        const mine: { live: boolean }[] = [];
        const ob = {
          relativeToViewport: () => ob,
          relativeTo: () => ob,
          observe(selector: string, cb: (res: any) => void) {
            const o = { page, selector, cb, live: true };
            host.observers.push(o);
            mine.push(o);
          },
          disconnect: () => mine.forEach((o) => (o.live = false)),
        };
        return ob;
      },
    };
  }
}

/** `pages/a/b?x=1&y=2` → route and query (values stay strings, as in onLoad). */
export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [path, qs] = url.replace(/^\//, '').split('?');
  const query: Record<string, string> = {};
  for (const pair of (qs || '').split('&')) {
    if (!pair) continue;
    const i = pair.indexOf('=');
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1));
  }
  return { route: path, query };
}

function setPath(data: any, path: string, value: unknown): void {
  const segs = path.match(/[^.[\]]+/g) || [];
  let cur = data;
  segs.forEach((s, i) => {
    const key = /^\d+$/.test(s) ? +s : s;
    if (i === segs.length - 1) cur[key] = value;
    else
      cur = cur[key] =
        typeof cur[key] === 'object' && cur[key] !== null ? cur[key] : /^\d+$/.test(segs[i + 1]) ? [] : {};
  });
}

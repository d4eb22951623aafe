// A phone for the browser tests: the REAL sr-sdk-wxapp 2.1.1 and the example shop with the Trackway runtime,
// run in the runtime's simulated mini-program host (sdk-runtime/test/host) in this jest process, uploading over
// real HTTP to the server under test — the journeys of sdk-runtime/test/e2e/collector.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/* eslint-disable @nx/enforce-module-boundaries -- the simulated host, the example shop and its mock backend */
import { FakeConfigServer, MiniProgramHost, type FakeRequest } from '../../sdk-runtime/test/host';
import { forwardHttp } from '../../sdk-runtime/test/e2e/support/forward-http';
import {
  EXAMPLE_DIR,
  exampleTitles,
  loadShop,
  SHOP_API,
  type PageEdit,
} from '../../sdk-runtime/test/e2e/support/launch-shop';
import { createShopApi } from '../../examples/miniprogram/mock/shop-api';
/* eslint-enable @nx/enforce-module-boundaries */
import { createAppViaApi } from './api';

const CONFIG_SERVER = 'https://trackway-config.example.com';
const exampleConfig = () => JSON.parse(readFileSync(join(EXAMPLE_DIR, 'trackway.json'), 'utf8'));

export interface PhoneApp {
  appid: string;
  collectorToken: string;
}

/** Posts raw envelopes to the collector as a phone would (for an event no SDK would build). */
export function report(token: string, events: unknown[]): Promise<Response> {
  return fetch(`${process.env.TRACKWAY_E2E_URL}/youshu/api/report?token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
}

/** A new app whose token the collector already knows (it learns new apps through NOTIFY, a few ms later). */
export async function newPhoneApp(name: string): Promise<PhoneApp> {
  const app = (await createAppViaApi(name)) as PhoneApp;
  for (let i = 0; i < 100; i++) {
    if ((await report(app.collectorToken, [])).status === 200) return app;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the collector never learned the token');
}

interface Sr {
  init(options: Record<string, unknown>): Sr;
  flush(): void;
}

/** Until every request the phone made has been answered by the real server. */
async function drain(h: MiniProgramHost): Promise<void> {
  for (let i = 0; i < 50 && (i < 5 || h.network.inflight.size); i++) {
    await h.settle();
    await new Promise((r) => setTimeout(r, 10));
  }
}

// sr flushes on a 10 s setTimeout chain for ever; its timers are recorded and cleared when its run ends.
const realSetTimeout = global.setTimeout;
function withSrTimers<T>(run: () => Promise<T>): Promise<T> {
  const timers = new Set<NodeJS.Timeout>();
  global.setTimeout = ((fn: () => void, ms?: number) => {
    const handle = realSetTimeout(fn, ms);
    if (new Error().stack?.includes('sr-sdk-wxapp')) timers.add(handle);
    return handle;
  }) as typeof setTimeout;
  return run().finally(() => {
    global.setTimeout = realSetTimeout;
    for (const handle of timers) clearTimeout(handle);
  });
}

function shopHost(app: PhoneApp, server: string, envVersion: 'develop' | 'release'): MiniProgramHost {
  const host = new MiniProgramHost({ appid: app.appid, envVersion, titles: exampleTitles(), clock: 'real' });
  const h = host.install();
  const shopApi = createShopApi({ unionId: 'oUnion_1' });
  h.network.route(SHOP_API, (req: FakeRequest) => shopApi.handle(req));
  h.network.route(server, forwardHttp);
  return h;
}

interface Journey {
  /** go on to the checkout page, submit the order and pay */
  checkout?: boolean;
  /** the goods page's add-to-cart handler, renamed in a later build of the shop (`onAddToCart` in the example) */
  addToCart?: string;
}

/** Home, a goods detail, add to cart; with `checkout`, then the checkout page, submit the order and pay. */
async function browseAndAddToCart(
  h: MiniProgramHost,
  launchQuery: Record<string, string>,
  { checkout = false, addToCart = 'onAddToCart' }: Journey = {},
): Promise<void> {
  h.launch({ path: 'pages/index/index', scene: 1047, query: launchQuery });
  await drain(h);
  h.navigateTo('/pages/goods/detail?id=SKU10002');
  await drain(h);
  h.tap(addToCart);
  await drain(h);
  if (checkout) {
    h.navigateTo('/pages/checkout/index');
    await drain(h);
    // the host's wx.requestPayment succeeds; the shop then redirects to its pay-result page
    h.tap('onSubmitOrder');
    await drain(h);
  }
  h.hide();
}

/** The shop rebuilt with its goods page's add-to-cart handler under another name. */
const renamingAddToCart =
  (to: string): PageEdit =>
  (route, options) => {
    if (route !== 'pages/goods/detail') return options;
    const { onAddToCart, ...rest } = options;
    return { ...rest, [to]: onAddToCart };
  };

/**
 * The real sr-sdk-wxapp with its serverUrl at the server's collector, encryption off or on: the shop is browsed
 * (home, a goods detail, add to cart) and sr flushes. Returns how many uploads sr made.
 */
export function runSrSdk(app: PhoneApp, server: string, encrypt: boolean): Promise<number> {
  return withSrTimers(async () => {
    const h = shopHost(app, server, 'release');
    try {
      h.network.route('https://zhls.qq.com/open/sdk', () => ({
        statusCode: 200,
        data: { masterSwitch: true, isOpenProxyWxApi: false },
      }));
      let sr: Sr | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh SDK per app run, as in WeChat
        sr = (require('sr-sdk-wxapp') as Sr).init({
          appid: app.appid,
          token: app.collectorToken,
          serverUrl: `${server}/youshu/api/report`,
          proxyPage: true,
          encrypt,
        });
      });
      // the example's config from a fake config server; the runtime reports through sr
      new FakeConfigServer(h, CONFIG_SERVER, app.appid).publish(exampleConfig());
      loadShop(h, { appid: app.appid, server: CONFIG_SERVER, token: app.collectorToken, sr });
      await browseAndAddToCart(h, { weixinadinfo: '8848215.wx0ad7a2f1c9b.0.1' });
      sr!.flush();
      await drain(h);
      return h.network.requests.filter((r: FakeRequest) => r.url.startsWith(`${server}/youshu/api/report`)).length;
    } finally {
      h.uninstall();
    }
  });
}

/**
 * The example shop with the Trackway runtime, launched from a debug QR code (`trackway_debug=<session>` in the
 * launch query) on the develop version: its own reporter uploads each event with the rule that fired, and what
 * the phone saw (ADR 011 inventory). `checkout` goes on to order and pay; `addToCart` names the add-to-cart
 * handler of a later build of the shop.
 */
export async function runDebugShop(app: PhoneApp, server: string, session: string, journey: Journey = {}) {
  const h = shopHost(app, server, 'develop');
  const log = console.log;
  console.log = () => undefined; // a debug session logs each rule decision
  try {
    const edit = journey.addToCart ? renamingAddToCart(journey.addToCart) : undefined;
    loadShop(h, { appid: app.appid, server, token: app.collectorToken }, edit);
    await browseAndAddToCart(h, { trackway_debug: session }, journey);
    // the example config flushes every 1000 ms
    await new Promise((r) => setTimeout(r, 1300));
    await drain(h);
  } finally {
    console.log = log;
    h.uninstall();
  }
}

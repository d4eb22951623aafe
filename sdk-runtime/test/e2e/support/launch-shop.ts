// Runs examples/miniprogram as WeChat would: a fresh JS context per app run (jest.isolateModules), app.js first
// (its one init line), then every page file of app.json calling Page() through whatever the global Page is by
// then (the runtime's wrapper, and sr-sdk-wxapp's proxy when it was loaded). Nothing in the example is changed.
/* eslint-disable @typescript-eslint/no-require-imports -- the shop's files are CommonJS, loaded at run time like WeChat does */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MiniProgramHost } from '../../host';
import type { RuntimeModule } from '../../host';

export const EXAMPLE_DIR = path.join(__dirname, '../../../../examples/miniprogram');
export const SHOP_API = 'https://shop.example.com/api';

const APP_JSON = JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, 'app.json'), 'utf8')) as {
  pages: string[];
  window: { navigationBarTitleText: string };
};

/** Navigation bar titles from app.json and each page's json, as __wxConfig carries them. */
export function exampleTitles(): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const route of APP_JSON.pages) {
    const json = JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, route + '.json'), 'utf8')) as {
      navigationBarTitleText?: string;
    };
    titles[route] = json.navigationBarTitleText || APP_JSON.window.navigationBarTitleText;
  }
  return titles;
}

/** The wx navigation APIs the shop calls; WeChat runs them after the handler returns. */
function addNavigation(host: MiniProgramHost): void {
  const later = (fn: () => void) => setTimeout(fn, 0);
  Object.assign(host.wx, {
    navigateTo: (o: { url: string }) => later(() => host.navigateTo(o.url)),
    redirectTo: (o: { url: string }) => later(() => host.redirectTo(o.url)),
    navigateBack: (o?: { delta?: number }) => later(() => host.navigateBack((o && o.delta) || 1)),
    // the journeys never leave a tab page through switchTab; a redirect keeps the stack shape close enough
    switchTab: (o: { url: string }) => later(() => host.redirectTo(o.url)),
    stopPullDownRefresh: () => undefined,
  });
}

export interface LaunchedShop {
  tw: RuntimeModule;
  /** The shop's App() instance. */
  app: Record<string, any>;
}

/** A change to one page's Page() options, as a new build of the mini-program would make (a handler renamed). */
export type PageEdit = (route: string, options: Record<string, unknown>) => Record<string, unknown>;

/**
 * Loads the example into an installed host: `trackway` overrides what config/trackway-options.js exports
 * (server, reportUrl, sr…), exactly the file a merchant edits; `edit` stands for a later build of the shop.
 */
export function loadShop(host: MiniProgramHost, trackway: Record<string, unknown>, edit?: PageEdit): LaunchedShop {
  addNavigation(host);
  let tw: RuntimeModule | undefined;
  jest.isolateModules(() => {
    // WeChat resolves the package from miniprogram_npm; here it is the runtime's sources, fresh per app run
    jest.doMock('@trackway/sdk-runtime', () => (tw = require('../../../src/index')), { virtual: true });
    Object.assign(require(path.join(EXAMPLE_DIR, 'config/trackway-options.js')), trackway);
    require(path.join(EXAMPLE_DIR, 'app.js'));
    for (const route of APP_JSON.pages) {
      const g = globalThis as unknown as { Page: (o: unknown) => void };
      const current = g.Page;
      let options: Record<string, unknown> | undefined;
      g.Page = (o) => void (options = o as Record<string, unknown>);
      try {
        require(path.join(EXAMPLE_DIR, route + '.js'));
      } finally {
        g.Page = current;
      }
      host.page(route, edit ? edit(route, options!) : options!);
    }
  });
  const g = globalThis as unknown as { getApp: () => Record<string, any> };
  return { tw: tw!, app: g.getApp() };
}

/** The cards of a goods list as the WXML renders them: data-id, data-goods, data-index. */
export function goodsCards(page: { data: { goods: { id: string }[] } }, from = 0, to = page.data.goods.length) {
  return page.data.goods
    .slice(from, to)
    .map((g, i) => ({ id: 'card-' + g.id, dataset: { id: g.id, goods: g, index: from + i } }));
}

/** A handler event for `bindconfirm` on an input. */
export function confirmEvent(value: string) {
  const target = { id: '', dataset: {} };
  return { type: 'confirm', timeStamp: Date.now(), detail: { value }, currentTarget: target, target };
}

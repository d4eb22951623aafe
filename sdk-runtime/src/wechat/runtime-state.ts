import type { Adapter } from '../core/adapter';
import type { Emitter } from '../core/emitter';
import { isObj } from '../core/is-obj';
import type { Reporter } from '../core/reporter';
import { pagePath, pageTitle, type PageWatchList, type Scope } from '../core/spec-api';
import type { Tracker, Where } from '../core/tracker';
import { globalData, navTitle, pages, type Obj } from './wx-globals';

/** What the runtime knows about one live page instance. */
export interface PageCtx {
  route: string;
  query: Obj;
  showAt: number;
  prevRoute?: string;
  isNewlyOpen: boolean;
  /** The watch list installed on this instance (undefined until a config is active). */
  wl?: PageWatchList;
  /** JSON of each watched data path as last seen, and the paths that already fired once. */
  last: Record<string, string>;
  fired: Record<string, 1>;
  /** Exposed item keys per selector, reported once per page instance. */
  exposed: Record<string, 1>;
  observers: Obj[];
  ready: boolean;
  pendingObserve?: () => void;
}

/** The state shared by the WeChat wrappers of one init. */
export interface Runtime {
  w: Obj;
  a: Adapter;
  em: Emitter;
  tracker: Tracker;
  /** Latest App.onLaunch / onShow options. */
  launch: Obj;
  scene: Record<string, string>;
  firstShow: boolean;
  shownOnce: boolean;
  routes: Record<string, 1>;
  lastRoute?: string;
  lastPage?: Obj;
  live: Obj[];
  ctx: WeakMap<Obj, PageCtx>;
  session?: string;
  reporter?: Reporter;
  system?: Obj;
}

export const topPage = (): Obj | undefined => {
  const list = pages();
  return list[list.length - 1];
};

export const routeOf = (page: Obj): string => String((page && (page.route || page.__route__)) || '');

/** The roots every trigger can read. Costly ones (system info, storage) are resolvers read on demand. */
export function baseScope(rt: Runtime, extra: Scope): Scope {
  return Object.assign(
    {
      launch: rt.launch,
      app: { firstShow: rt.firstShow },
      scene: rt.scene,
      global: globalData(),
      system: (k: string) => {
        if (!rt.system) rt.system = rt.w.getSystemInfoSync();
        return (rt.system as Obj)[k];
      },
      storage: (k: string) => rt.a.getItem(k),
    },
    extra,
  );
}

export function pageScope(rt: Runtime, page: Obj, extra: Scope): Scope {
  const c = rt.ctx.get(page);
  if (!c) return baseScope(rt, extra);
  const list = pages();
  const at = list.indexOf(page);
  const prev = at > 0 ? list[at - 1] : undefined;
  return baseScope(
    rt,
    Object.assign(
      {
        query: c.query,
        data: page.data,
        page: {
          route: c.route,
          path: pagePath(c.route, c.query),
          title: pageTitleOf(rt, page, c.route),
          prevRoute: c.prevRoute,
          isNewlyOpen: c.isNewlyOpen,
          stayTime: rt.a.now() - c.showAt,
        },
        prev: prev && { route: routeOf(prev), query: prev.options, data: prev.data },
      },
      extra,
    ),
  );
}

/** Scope of the page on top of the stack (requests, payments, app hide), or the app alone before any page. */
export function topScope(rt: Runtime, extra: Scope): Scope {
  const p = topPage();
  return p && rt.ctx.get(p) ? pageScope(rt, p, extra) : baseScope(rt, extra);
}

function pageTitleOf(rt: Runtime, page: Obj, route: string): string | undefined {
  const compiled = rt.tracker.compiled();
  return (compiled && pageTitle(compiled, route)) || titleOf(page, route);
}

function titleOf(page: Obj, route: string): string | undefined {
  const t = isObj(page.data) && page.data.title;
  return typeof t === 'string' && t ? t : navTitle(route);
}

export function whereOf(rt: Runtime, page: Obj | undefined): Where {
  const c = page && rt.ctx.get(page);
  if (c) return { route: c.route, query: c.query, title: titleOf(page as Obj, c.route) };
  // before the first page: app_launch's page is the launch path and query (youshu-spec.md §1.4)
  return { route: rt.launch.path, query: rt.launch.query };
}

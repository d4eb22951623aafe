import type { Adapter } from '../core/adapter';
import type { Emitter } from '../core/emitter';
import type { Reporter } from '../core/reporter';
import { isObj, pagePath, pageTitle, type PageWatchList, type Scope, type TriggerEvent } from '../core/spec-api';
import type { Tracker, Where } from '../core/tracker';
import { globalData, navTitle, pages, type Obj } from './wx-globals';

// Members ending in `_` are private to the bundle: build.mjs shortens them (esbuild mangleProps).

/** What the runtime knows about one live page instance. */
export interface PageCtx {
  route_: string;
  query_: Obj;
  showAt_: number;
  prevRoute_?: string;
  isNewlyOpen_: boolean;
  /** The watch list installed on this instance (undefined until a config is active). */
  wl_?: PageWatchList;
  /** JSON of each watched data path as last seen, and the paths that already fired once. */
  last_: Record<string, string>;
  fired_: Record<string, 1>;
  /** Exposed item keys per selector, reported once per page instance. */
  exposed_: Record<string, 1>;
  observers_: Obj[];
  ready_: boolean;
}

/** The state shared by the WeChat wrappers of one init. */
export interface Runtime {
  w_: Obj;
  a_: Adapter;
  em_: Emitter;
  tracker_: Tracker;
  /** Latest App.onLaunch / onShow options. */
  launch_: Obj;
  scene_: Record<string, string>;
  firstShow_: boolean;
  shownOnce_: boolean;
  routes_: Record<string, 1>;
  lastRoute_?: string;
  lastPage_?: Obj;
  live_: Obj[];
  ctx_: WeakMap<Obj, PageCtx>;
  session_?: string;
  reporter_?: Reporter;
  system_?: Obj;
}

export const topPage = (): Obj | undefined => pages().slice(-1)[0];

export const routeOf = (page: Obj): string => String((page && (page.route || page.__route__)) || '');

/** The roots every trigger can read. Costly ones (system info, storage) are resolvers read on demand. */
export function baseScope(rt: Runtime, extra: Scope): Scope {
  return Object.assign(
    {
      launch: rt.launch_,
      app: { firstShow: rt.firstShow_ },
      scene: rt.scene_,
      global: globalData(),
      system: (k: string) => (rt.system_ = rt.system_ || rt.w_.getSystemInfoSync())[k],
      storage: (k: string) => rt.a_.get_(k),
    },
    extra,
  );
}

export function pageScope(rt: Runtime, page: Obj, extra: Scope): Scope {
  const c = rt.ctx_.get(page);
  if (!c) return baseScope(rt, extra);
  const list = pages();
  const prev = list[list.indexOf(page) - 1];
  const compiled = rt.tracker_.compiled_;
  return baseScope(
    rt,
    Object.assign(
      {
        query: c.query_,
        data: page.data,
        page: {
          route: c.route_,
          path: pagePath(c.route_, c.query_),
          title: (compiled && pageTitle(compiled, c.route_)) || titleOf(page, c.route_),
          prevRoute: c.prevRoute_,
          isNewlyOpen: c.isNewlyOpen_,
          stayTime: rt.a_.now_() - c.showAt_,
        },
        prev: prev && { route: routeOf(prev), query: prev.options, data: prev.data },
      },
      extra,
    ),
  );
}

function titleOf(page: Obj, route: string): string | undefined {
  const t = isObj(page.data) && page.data.title;
  return typeof t === 'string' && t ? t : navTitle(route);
}

export function whereOf(rt: Runtime, page: Obj | undefined): Where {
  const c = page && rt.ctx_.get(page);
  if (c) return { route: c.route_, query: c.query_, title: titleOf(page as Obj, c.route_) };
  // before the first page: app_launch's page is the launch path and query (youshu-spec.md §1.4)
  return { route: rt.launch_.path, query: rt.launch_.query };
}

/** Runs a trigger that belongs to no page (app, request, payment, component method) on the page on top, if any. */
export function fireTop(rt: Runtime, trigger: Obj, extra: Scope): void {
  const p = topPage();
  const where = whereOf(rt, p);
  const scope = p && rt.ctx_.get(p) ? pageScope(rt, p, extra) : baseScope(rt, extra);
  rt.tracker_.run_(Object.assign(trigger, { route: p ? where.route : undefined }) as TriggerEvent, scope, where);
}

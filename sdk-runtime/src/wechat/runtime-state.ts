import type { Adapter } from '../core/adapter';
import type { Emitter } from '../core/emitter';
import type { Reporter } from '../core/reporter';
import { assign, isObj, pageTitle, type PageWatchList, type Scope, type TriggerEvent } from '../core/language-api';
import type { Tracker } from '../core/tracker';
import type { Inventory } from './inventory';
import { globalData, navTitle, pages, type Obj } from './wx-globals';

// Members ending in `_` are private to the bundle: build.mjs shortens them (esbuild mangleProps).

/** What the runtime knows about one live page instance. */
export interface PageCtx {
  route_: string;
  query_: Obj;
  /** page path with query (youshu-spec.md §1.3), built once at load: the query of a page instance never changes. */
  path_: string;
  showAt_: number;
  prevRoute_?: string;
  isNewlyOpen_: boolean;
  /** The watch list installed on this instance (undefined until a config is active). */
  wl_?: PageWatchList;
  /** JSON of each watched data path as last fired (so a path absent here never fired). */
  last_: Record<string, string>;
  /** Exposed item keys per selector, reported once per page instance. */
  exposed_: Record<string, 1>;
  observers_: Obj[];
  ready_?: boolean;
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
  shownOnce_?: boolean;
  routes_: Record<string, 1>;
  lastRoute_?: string;
  lastPage_?: Obj;
  live_: Obj[];
  ctx_: WeakMap<Obj, PageCtx>;
  session_?: string;
  /** Set in a debug session only: the one flag each wrapper checks before reporting inventory (issue 13). */
  inv_?: Inventory;
  /** Starts the inventory once a debug session is known (idempotent); returns it. */
  debug_(): Inventory | undefined;
  reporter_?: Reporter;
  system_?: Obj;
}

export const routeOf = (page: Obj): string => String((page && (page.route || page.__route__)) || '');

/**
 * The roots a trigger can read (one fresh object; the tracker adds vars, chan, user and now). Costly ones (system
 * info, storage) are resolvers read on demand; the page roots are there when `page` is a page the runtime knows.
 */
export function scopeOf(rt: Runtime, page?: Obj): Scope {
  const s: Scope = {
    launch: rt.launch_,
    app: { firstShow: rt.firstShow_ },
    scene: rt.scene_,
    global: globalData(),
    system: (k: string) => (rt.system_ = rt.system_ || rt.w_.getSystemInfoSync())[k],
    storage: (k: string) => rt.a_.get_(k),
  };
  const c = page && rt.ctx_.get(page);
  if (c) {
    const list = pages();
    const prev = list[list.indexOf(page as Obj) - 1];
    const compiled = rt.tracker_.compiled_;
    const d = (page as Obj).data;
    const t = isObj(d) && d.title;
    s.query = c.query_;
    s.data = d;
    s.page = {
      route: c.route_,
      path: c.path_,
      title: (compiled && pageTitle(compiled, c.route_)) || (typeof t === 'string' && t) || navTitle(c.route_),
      prevRoute: c.prevRoute_,
      isNewlyOpen: c.isNewlyOpen_,
      stayTime: rt.a_.now_() - c.showAt_,
    };
    s.prev = prev && { route: routeOf(prev), query: prev.options, data: prev.data };
  }
  return s;
}

/**
 * Runs a trigger on `page`. Triggers that belong to no page (app, request, payment, component method) run on the
 * page on top, if any; before the first page, app_launch's page is the launch path and query (youshu-spec.md §1.4).
 */
export function fireOn(rt: Runtime, page: Obj | undefined, trigger: Obj, extra: Scope): void {
  const c = page && rt.ctx_.get(page);
  const s = scopeOf(rt, page);
  const where = c
    ? { route: c.route_, query: c.query_, title: (s.page as Obj).title }
    : { route: rt.launch_.path, query: rt.launch_.query };
  trigger.route = page ? where.route : undefined;
  rt.tracker_.run_(trigger as TriggerEvent, assign(s, extra), where);
}

export const fireTop = (rt: Runtime, trigger: Obj, extra: Scope): void =>
  fireOn(rt, pages().slice(-1)[0], trigger, extra);

/** Runs a trigger on a page the runtime knows (a page method, an exposure); nothing for an unknown page. */
export function firePage(rt: Runtime, page: Obj, trigger: Obj, extra: Scope): void {
  if (rt.ctx_.get(page)) fireOn(rt, page, trigger, extra);
}

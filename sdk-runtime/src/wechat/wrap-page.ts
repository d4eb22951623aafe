import { isObj } from '../core/is-obj';
import { canonicalJson, resolvePath, watchList, type Scope, type TriggerEvent } from '../core/spec-api';
import { observeExposes, stopExposes } from './expose-observer';
import { pageScope, routeOf, whereOf, type PageCtx, type Runtime } from './runtime-state';
import { isMarked, mark, safe, wrapMember } from './safe';
import type { Obj } from './wx-globals';

type PageOn = Extract<TriggerEvent, { kind: 'page' }>['on'];

// Lifecycle hooks the runtime adds when the page lacks them. onShareAppMessage is only wrapped, never added:
// defining it turns on the page's share menu.
const CREATED = ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload', 'onPullDownRefresh', 'onReachBottom'];
const ON: Record<string, PageOn> = {
  onLoad: 'load',
  onShow: 'show',
  onReady: 'ready',
  onHide: 'hide',
  onUnload: 'unload',
  onPullDownRefresh: 'pullDownRefresh',
  onReachBottom: 'reachBottom',
  onShareAppMessage: 'share',
};

export function firePage(rt: Runtime, page: Obj, trigger: TriggerEvent, extra: Scope): void {
  const c = rt.ctx.get(page);
  if (c) rt.tracker.run(Object.assign({ route: c.route }, trigger) as TriggerEvent, pageScope(rt, page, extra), whereOf(rt, page));
}

/** The event object a handler got, as the `event` root: {type, detail, dataset (currentTarget's), target}. */
export function eventRoot(arg: unknown): unknown {
  if (!isObj(arg) || !('type' in arg || 'currentTarget' in arg)) return undefined;
  const cur = isObj(arg.currentTarget) ? arg.currentTarget : {};
  return { type: arg.type, detail: arg.detail, dataset: cur.dataset, target: arg.target };
}

/** Adds the lifecycle hooks to a Page() definition (or to a page-like Component's methods). */
export function instrumentPage(rt: Runtime, o: Obj): void {
  for (const name of CREATED.concat('onShareAppMessage')) {
    const on = ON[name];
    wrapMember(
      o,
      name,
      {
        before: (page, args) => {
          if (on === 'load') loadPage(rt, page, args[0]);
          if (on === 'show') showPage(rt, page);
        },
        after: (page, args, result) => {
          const c = rt.ctx.get(page);
          if (!c) return;
          if (on === 'load') checkData(rt, page);
          const share = on === 'share' ? Object.assign({}, args[0], isObj(result) ? result : {}) : undefined;
          firePage(rt, page, { kind: 'page', on, route: c.route }, share ? { share } : {});
          // observers start at the first show and again when the page is ready (nodes rendered)
          if (on === 'ready' || (on === 'show' && !c.ready)) {
            c.ready = on === 'ready' || c.ready;
            observeExposes(rt, page);
          }
          if (on === 'unload') unloadPage(rt, page);
        },
      },
      name !== 'onShareAppMessage',
    );
  }
}

function loadPage(rt: Runtime, page: Obj, query: unknown): void {
  rt.tracker.pageBoundary();
  const c: PageCtx = {
    route: routeOf(page),
    query: isObj(query) ? query : isObj(page.options) ? page.options : {},
    showAt: rt.a.now(),
    isNewlyOpen: false,
    last: {},
    fired: {},
    exposed: {},
    observers: [],
    ready: false,
  };
  rt.ctx.set(page, c);
  rt.live.push(page);
  install(rt, page);
  rt.tracker.fields('pageLoad', pageScope(rt, page, {}));
}

function showPage(rt: Runtime, page: Obj): void {
  const c = rt.ctx.get(page);
  if (!c) return;
  c.showAt = rt.a.now();
  c.isNewlyOpen = !rt.routes[c.route];
  rt.routes[c.route] = 1;
  // a page shown again after the app was in background keeps its referrer
  if (rt.lastPage !== page) c.prevRoute = rt.lastRoute;
  rt.lastRoute = c.route;
  rt.lastPage = page;
  rt.tracker.fields('pageShow', pageScope(rt, page, {}));
}

function unloadPage(rt: Runtime, page: Obj): void {
  stopExposes(rt, page);
  rt.live = rt.live.filter((p) => p !== page);
}

/**
 * Installs the active config's watch list on a page instance: its watched methods and setData. Runs at onLoad,
 * and for pages already open when the first config of a first launch arrives.
 */
export function install(rt: Runtime, page: Obj): void {
  const c = rt.ctx.get(page);
  const compiled = rt.tracker.compiled();
  if (!c || c.wl || !compiled) return;
  const wl = (c.wl = watchList(compiled, c.route));
  for (const m of wl.methods) {
    const orig = page[m];
    if (typeof orig !== 'function' || isMarked(orig)) continue;
    const run = (phase: 'before' | 'after', args: IArguments, result: unknown) =>
      safe(m, () => firePage(rt, page, { kind: 'method', method: m, phase, route: c.route }, { event: eventRoot(args[0]), args: [].slice.call(args), result }));
    page[m] = mark(function (this: Obj) {
      // eslint-disable-next-line prefer-rest-params -- ES5-style wrapper keeps arguments.length as the host sent it
      const args = arguments;
      run('before', args, undefined);
      const r = orig.apply(this, args);
      // `after` waits for a returned promise; a throw or a rejection fires nothing
      if (r && typeof r.then === 'function') r.then((v: unknown) => run('after', args, v), () => undefined);
      else run('after', args, r);
      return r;
    }, orig);
  }
  if (wl.dataPaths.length || wl.exposes.length) {
    const setData = page.setData;
    if (typeof setData === 'function' && !isMarked(setData)) {
      page.setData = mark(function (this: Obj) {
        // eslint-disable-next-line prefer-rest-params
        const r = setData.apply(this, arguments);
        safe('setData', () => {
          checkData(rt, page);
          if (c.ready && wl.exposes.length) observeExposes(rt, page);
        });
        return r;
      }, setData);
    }
  }
}

/** Fires data triggers for watched paths whose value became defined or changed (compared as JSON). */
export function checkData(rt: Runtime, page: Obj): void {
  const c = rt.ctx.get(page);
  if (!c || !c.wl) return;
  for (const path of c.wl.dataPaths) {
    const v = resolvePath(page.data, path);
    if (v === undefined) continue;
    const json = canonicalJson(v) as string;
    if (json === c.last[path]) continue;
    c.last[path] = json;
    const first = !c.fired[path];
    c.fired[path] = 1;
    firePage(rt, page, { kind: 'data', path, route: c.route, first }, {});
  }
}

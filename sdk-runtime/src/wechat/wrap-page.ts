import { assign, isObj, pagePath, pageTitle, readPath, sortedJson, watchList, type Scope } from '../core/language-api';
import { observeExposes, stopExposes } from './expose-observer';
import { fireOn, firePage, routeOf, scopeOf, type Runtime } from './runtime-state';
import { around, isMarked, mark, safe, wrapMember } from './safe';
import { lowerFirst, navTitle, objOr, isFn, type Obj } from './wx-globals';
import { inventoryData } from './inventory';

// Lifecycle hooks the runtime wraps, added when the page lacks them; onShareAppMessage is only wrapped, never
// added: defining it turns on the page's share menu.
export const HOOKS = 'Load Show Ready Hide Unload PullDownRefresh ReachBottom ShareAppMessage'.split(' ');
// the page hooks the runtime wraps plus the other lifecycle callbacks: never user methods to trigger on
export const LIFECYCLE = new RegExp('^on(' + HOOKS.join('|') + '|ShareTimeline|PageScroll|Resize|TabItemTap)$');

/** The roots of a method trigger; `event` is the handler's event object: {type, detail, dataset (currentTarget's), target}. */
export function callScope(args: IArguments, result?: unknown): Scope {
  const e = args[0];
  const cur = objOr(isObj(e) && e.currentTarget);
  return {
    event:
      isObj(e) && ('type' in e || 'currentTarget' in e)
        ? { type: e.type, detail: e.detail, dataset: cur.dataset, target: e.target }
        : undefined,
    args: [].slice.call(args),
    result,
  };
}

/** Adds the lifecycle hooks to a Page() definition (or to a page-like Component's methods). */
export function instrumentPage(rt: Runtime, o: Obj): void {
  for (const hook of HOOKS) {
    // Load → load, PullDownRefresh → pullDownRefresh; ShareAppMessage → share
    const on = hook === 'ShareAppMessage' ? 'share' : lowerFirst(hook);
    wrapMember(
      o,
      'on' + hook,
      (phase, page, args, result) => {
        const c = rt.ctx_.get(page);
        if (phase === 'before') {
          if (on === 'load') {
            rt.tracker_.pageBoundary_();
            const q = args[0];
            const query = isObj(q) ? q : objOr(page.options);
            const route = routeOf(page);
            // the page roots are complete before the first rule of the page runs (§2.5): the referrer is the last
            // page shown, and the route is new when no page of it was shown yet; onShow sets both again
            rt.ctx_.set(page, {
              route_: route,
              query_: query,
              path_: pagePath(route, query),
              showAt_: rt.a_.now_(),
              prevRoute_: rt.lastRoute_,
              isNewlyOpen_: !rt.routes_[route],
              last_: {},
              exposed_: {},
              observers_: [],
            });
            rt.live_.push(page);
            const inv = rt.inv_;
            if (inv) {
              // a debug session sees every method and every setData of the page, watched or not (issue 13)
              inv('page', route, '', { title: navTitle(route), query });
              for (const m of Object.keys(page)) if (!LIFECYCLE.test(m)) wrapMethod(rt, page, m);
              wrapSetData(rt, page);
            }
            install(rt, page);
          } else if (on !== 'show' || !c) return;
          else {
            c.showAt_ = rt.a_.now_();
            c.isNewlyOpen_ = !rt.routes_[c.route_];
            rt.routes_[c.route_] = 1;
            // a page shown again after the app was in background keeps its referrer
            if (rt.lastPage_ !== page) c.prevRoute_ = rt.lastRoute_;
            rt.lastRoute_ = c.route_;
            rt.lastPage_ = page;
          }
          rt.tracker_.fields_(on === 'load' ? 'pageLoad' : 'pageShow', scopeOf(rt, page));
          return;
        }
        if (!c) return;
        if (on === 'load') checkData(rt, page);
        fireOn(rt, page, { kind: 'page', on }, on === 'share' ? { share: assign({}, args[0], objOr(result)) } : {});
        // observers start at the first show and again when the page is ready (nodes rendered)
        if (on === 'ready' || (on === 'show' && !c.ready_)) {
          c.ready_ = on === 'ready' || c.ready_;
          observeExposes(rt, page);
        }
        if (on === 'unload') {
          stopExposes(rt, page);
          rt.live_ = rt.live_.filter((p) => p !== page);
        }
      },
      on !== 'share',
    );
  }
}

/**
 * Installs the active config's watch list on a page instance: its watched methods and setData. Runs at onLoad,
 * and for pages already open when the first config of a first launch arrives.
 */
export function install(rt: Runtime, page: Obj): void {
  const c = rt.ctx_.get(page);
  const compiled = rt.tracker_.compiled_;
  if (!c || c.wl_ || !compiled) return;
  const wl = (c.wl_ = watchList(compiled, c.route_));
  // sr-sdk-wxapp titles its own page events from page.data.title, then page.title, then the navigation bar: a title
  // the config declares reaches them through page.title (a page's own title still wins)
  const title = pageTitle(compiled, c.route_);
  if (title && page.title === undefined) page.title = title;
  for (const m of wl.methods) wrapMethod(rt, page, m);
  if (wl.dataPaths.length || wl.exposes.length) wrapSetData(rt, page);
}

/** Wraps a page method: inventory in a debug session, the method triggers when the watch list names it. */
function wrapMethod(rt: Runtime, page: Obj, m: string): void {
  const orig = page[m];
  if (isFn(orig) && !isMarked(orig))
    page[m] = around(orig, m, (phase, _self, args, result) => {
      const c = rt.ctx_.get(page);
      const s = callScope(args, result);
      if (rt.inv_ && c && phase === 'before') rt.inv_('method', c.route_, m, s.event);
      if (c && c.wl_ && c.wl_.methods.indexOf(m) >= 0) firePage(rt, page, { kind: 'method', method: m, phase }, s);
    });
}

/** Wraps setData: inventory of the patch in a debug session, data triggers and late exposes per the watch list. */
function wrapSetData(rt: Runtime, page: Obj): void {
  const setData = page.setData;
  if (isFn(setData) && !isMarked(setData))
    page.setData = mark(function (this: Obj, patch: Obj) {
      // eslint-disable-next-line prefer-rest-params
      const r = setData.apply(this, arguments as unknown as unknown[]);
      safe('setData', () => {
        const c = rt.ctx_.get(page)!;
        if (rt.inv_) inventoryData(rt.inv_, c.route_, patch);
        checkData(rt, page);
        if (c.ready_ && c.wl_ && c.wl_.exposes.length) observeExposes(rt, page);
      });
      return r;
    }, setData);
}

/**
 * Fires data triggers for watched paths whose value arrived or changed (compared as JSON). undefined and null
 * both mean "not there yet": pages declare `data: {goods: null}` and fill it after a request.
 */
export function checkData(rt: Runtime, page: Obj): void {
  const c = rt.ctx_.get(page);
  if (!c || !c.wl_) return;
  for (const [path, segs] of c.wl_.dataPaths) {
    const v = readPath(page.data, segs);
    const json = v === undefined || v === null ? undefined : sortedJson(v);
    if (json === undefined || json === c.last_[path]) continue;
    // last_ holds a path's JSON from the first time it fired
    const first = c.last_[path] === undefined;
    c.last_[path] = json;
    fireOn(rt, page, { kind: 'data', path, first }, {});
  }
}

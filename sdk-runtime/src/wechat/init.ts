import { createConfigRepository } from '../core/config-repository';
import { createEmitter } from '../core/emitter';
import { KEY_CID } from '../core/event-names';
import { uuid } from '../core/ids';
import { createReporter } from '../core/reporter';
import { assign, attempt, DEFAULT_SETTINGS, isObj, type CompileOptions } from '../core/language-api';
import { createTracker } from '../core/tracker';
import { instrumentApp } from './wrap-app';
import { instrumentComponent } from './wrap-component';
import { checkData, install, instrumentPage } from './wrap-page';
import { observeExposes } from './expose-observer';
import { createInventory, INVENTORY_TYPE } from './inventory';
import type { Runtime } from './runtime-state';
import { isMarked, mark, safe, setErrorSink } from './safe';
import { createWxAdapter } from './wx-adapter';
import { objOr, isFn, getWx, global, type AnyFn, type GlobalName, type Obj } from './wx-globals';
import { wrapWxApis } from './wrap-wx-apis';
// The public types are declared once, in the hand-written declarations shipped as dist/index.d.ts.
import type { InitOptions } from '../public-api';

// A first visit's launch, first page and its first taps fit in 50 triggers; 3 s covers a slow 3G config fetch.
const HOLD_MAX = 50;
const HOLD_MS = 3000;
const enc = encodeURIComponent;

let rt: Runtime | undefined;

// sr-sdk-wxapp's per-event switches (its autoProxy keys) for the page preset groups it reports when proxyPage is on
const SR_PAGE_PRESETS: [string, NonNullable<CompileOptions['skipPresets']>[number]][] = [
  ['browse_page', 'page'],
  ['page_share_app_message', 'share'],
  ['page_pull_down_refresh', 'pullDownRefresh'],
  ['page_reach_bottom', 'reachBottom'],
];

/** The preset groups sr-sdk-wxapp reports by itself, per its options (its `mt` helper for the per-event switches). */
function skipPresets(o: InitOptions): CompileOptions['skipPresets'] {
  const out: NonNullable<CompileOptions['skipPresets']> = [];
  if (!o.sr) return out;
  const so: Obj = objOr(o.sr.option);
  const ap = so.autoProxy;
  // a boolean autoProxy switches every auto event; an object switches them one by one, missing = on
  const on = (key: string) => (typeof ap === 'boolean' ? ap : !isObj(ap) || ap[key] === undefined || !!ap[key]);
  if ((so.trackApp !== undefined ? !!so.trackApp : o.srTrackApp !== false) && on('app_show')) out.push('app');
  if (so.proxyPage !== undefined ? so.proxyPage : o.srProxyPage)
    for (const [key, group] of SR_PAGE_PRESETS) if (on(key)) out.push(group);
  return out;
}

/**
 * One line in app.js, before App(): wraps App/Page/Component and wx.request/requestPayment, loads the config
 * (cached one at once, revalidated in the background) and emits what it says. Never throws.
 */
export function init(o: InitOptions): void {
  safe('init', () => {
    const w = getWx();
    if (!rt && isObj(o) && w && isFn(w.request)) rt = start(w, o);
  });
}

function start(w: Obj, o: InitOptions): Runtime {
  const a = createWxAdapter(w, w.request);
  const em = createEmitter();
  setErrorSink((where, error) => em.emit_('error', () => ({ where, error })));
  const env = o.env || attempt(() => w.getAccountInfoSync().miniProgram.envVersion) || 'release';
  let cid = a.get_(KEY_CID);
  if (typeof cid !== 'string' || !cid) a.set_(KEY_CID, (cid = uuid()));
  const server = String(o.server || '').replace(/\/+$/, '');
  const sr = o.sr;
  // the active config's settings, complete and in range (the server filled them in), else the defaults
  const settings = () => (tracker.compiled_ ? tracker.compiled_.settings : DEFAULT_SETTINGS);
  const reporter = () =>
    r.reporter_ ||
    (r.reporter_ = createReporter(
      a,
      o.reportUrl || server + '/youshu/api/report?token=' + enc(o.token || ''),
      settings,
      em,
    ));
  // the debug session: `trackway_debug` (init option or launch query), else 'config' when its settings say debug
  function debug() {
    const c = tracker.compiled_;
    return r.session_ || (c && c.settings.debug ? 'config' : undefined);
  }
  const tracker = createTracker({
    a_: a,
    em_: em,
    appid_: o.appid,
    cid_: cid as string,
    send_(type, props) {
      if (sr) {
        const clean = assign({}, props);
        delete clean.trackway;
        safe('sr.track', () => sr.track(type, clean));
      }
      // with sr, the own reporter only carries the debug copy to the Trackway collector
      if (!sr || r.session_) reporter().enqueue_(type, props);
    },
    skip_: () => skipPresets(o),
    fields_:
      sr &&
      ((kind, value) =>
        safe('sr.set', () => (kind === 'chan' ? sr.setChan && sr.setChan(value) : sr.setUser && sr.setUser(value)))),
    debug_: debug,
  });
  const r: Runtime = {
    w_: w,
    a_: a,
    em_: em,
    tracker_: tracker,
    launch_: {},
    scene_: {},
    firstShow_: false,
    routes_: {},
    live_: [],
    ctx_: new WeakMap(),
    session_: o.debug === true ? 'debug' : (typeof o.debug === 'string' && o.debug) || undefined,
    // inventory (issue 13) from the moment a session is known: init option, launch query, or the config's debug
    debug_: () =>
      (r.inv_ =
        r.inv_ ||
        (debug()
          ? createInventory((item) =>
              reporter().enqueue_(INVENTORY_TYPE, {
                trackway: { session: debug(), version: tracker.active_ && tracker.active_.version },
                items: [item],
              }),
            )
          : undefined)),
  };
  safe('launch', () => {
    const q = w.getLaunchOptionsSync().query;
    if (q && q.trackway_debug) r.session_ = String(q.trackway_debug);
  });
  r.debug_();
  if (!sr) reporter();

  // the first config of a first launch also reaches pages that opened while it was on its way (and may say debug)
  em.on_('config', () => {
    r.debug_();
    r.live_.forEach((p) =>
      safe('install', () => {
        install(r, p);
        checkData(r, p);
        const c = r.ctx_.get(p);
        if (c && c.ready_) observeExposes(r, p);
      }),
    );
  });
  const url = server + '/v1/config/' + enc(o.appid) + '?env=' + enc(env) + '&cid=' + enc(cid as string);
  const repo = createConfigRepository(a, url, o.bootstrap, (why) => r.session_ && a.log_('[trackway] config', why));
  const first = repo.initial_();
  if (first) tracker.use_(first, true);
  else tracker.hold_(typeof o.holdMs === 'number' ? o.holdMs : HOLD_MS, HOLD_MAX);
  repo.refresh_().then((cfg) => (cfg ? tracker.use_(cfg) : tracker.release_()), tracker.release_);

  for (const name of ['App', 'Page', 'Component'] as GlobalName[]) {
    const orig = global(name);
    if (isFn(orig) && !isMarked(orig)) global(name, mark(wrapped(name, orig), orig));
  }
  wrapWxApis(r);
  return r;
}

const INSTRUMENT: Record<GlobalName, (rt: Runtime, opts: Obj) => void> = {
  App: instrumentApp,
  Page: instrumentPage,
  Component: instrumentComponent,
};

/**
 * The one constructor wrapper: instruments the options (after init), then calls the host's constructor with the
 * same `this` and arguments. It replaces the globals, and is tw.App / tw.Page / tw.Component for plugins, where
 * the globals cannot be replaced (instrumenting twice is harmless: hooks are marked).
 */
export const wrapped = (name: GlobalName, orig?: AnyFn): AnyFn =>
  function (this: unknown, opts: unknown) {
    const r = rt;
    if (r && isObj(opts)) safe(name, () => INSTRUMENT[name](r, opts));
    const target = orig || global(name);
    // eslint-disable-next-line prefer-rest-params
    return isFn(target) ? target.apply(this, arguments as unknown as unknown[]) : undefined;
  };

/** Listens to what the runtime does (TW_EVENTS); returns a function that stops listening. */
export function on(name: string, fn: (payload: unknown) => void): () => void {
  return rt ? rt.em_.on_(name, fn) : () => undefined;
}

/** Sends queued events now (the runtime also does it on app hide). */
export function flush(): void {
  safe('flush', () => rt && rt.reporter_ && rt.reporter_.flush_());
}

/** The active config's version, or undefined before one arrived. */
export function configVersion(): number | string | undefined {
  const c = rt && rt.tracker_.active_;
  return c && c.version;
}

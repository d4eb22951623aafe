import { createConfigRepository } from '../core/config-repository';
import { createEmitter } from '../core/emitter';
import { KEYS, TW_EVENTS } from '../core/event-names';
import { uuid } from '../core/ids';
import { isObj } from '../core/is-obj';
import { createReporter, REPORTER_DEFAULTS, type Reporter, type ReporterSettings } from '../core/reporter';
import type { CompileOptions } from '../core/spec-api';
import { createTracker } from '../core/tracker';
import { instrumentApp } from './wrap-app';
import { instrumentComponent } from './wrap-component';
import { checkData, install, instrumentPage } from './wrap-page';
import { observeExposes } from './expose-observer';
import type { Runtime } from './runtime-state';
import { isMarked, mark, safe, setErrorSink } from './safe';
import { createWxAdapter } from './wx-adapter';
import { getGlobal, getWx, setGlobal, type AnyFn, type GlobalName, type Obj } from './wx-globals';
import { wrapWxApis } from './wrap-wx-apis';

/** What an sr-sdk-wxapp instance offers the runtime. */
export interface SrLike {
  track(type: string, props: Record<string, unknown>): unknown;
  setChan?(chan: Record<string, unknown>): unknown;
  setUser?(user: Record<string, unknown>): unknown;
  /** sr-sdk-wxapp 2.x keeps its resolved init options here (trackApp, proxyPage, autoProxy). */
  option?: Obj;
}

export interface InitOptions {
  /** The mini-program appid (wx…). */
  appid: string;
  /** Trackway server origin, e.g. https://trackway.example.com. */
  server: string;
  /** develop | trial | release; default wx.getAccountInfoSync().miniProgram.envVersion. */
  env?: string;
  /** An sr-sdk-wxapp instance: events go through sr.track, chan through sr.setChan, user through sr.setUser. */
  sr?: SrLike;
  /** Youshu token, appended to the default report URL. */
  token?: string;
  /** true, or a session id: every event also carries {trackway: {session, version, rule_id}} and decisions are logged. */
  debug?: boolean | string;
  /** A config (or a delivery answer) used when nothing was ever fetched. */
  bootstrap?: unknown;
  /** Where the own reporter posts; default `{server}/youshu/api/report?token=<token>`. */
  reportUrl?: string;
  /** sr-sdk-wxapp's proxyPage / trackApp when its instance does not expose `option`. */
  srProxyPage?: boolean;
  srTrackApp?: boolean;
  /** First launch with nothing cached: how long triggers wait for the config. Default 3000 ms. */
  holdMs?: number;
}

// A first visit's launch, first page and its first taps fit in 50 triggers; 3 s covers a slow 3G config fetch.
const HOLD_MAX = 50;
const HOLD_MS = 3000;

let rt: Runtime | undefined;
const originals: Partial<Record<GlobalName, AnyFn>> = {};

/** sr-sdk-wxapp's own switch for one of its auto events (its `mt` helper: a boolean autoProxy, else the key). */
function srReports(so: Obj, key: string): boolean {
  const ap = so.autoProxy;
  return typeof ap === 'boolean' ? ap : !isObj(ap) || ap[key] === undefined || !!ap[key];
}

function skipPresets(o: InitOptions): CompileOptions['skipPresets'] {
  const sr = o.sr;
  if (!sr) return [];
  const so: Obj = isObj(sr.option) ? sr.option : {};
  const trackApp = so.trackApp !== undefined ? !!so.trackApp : o.srTrackApp !== false;
  const proxyPage = so.proxyPage !== undefined ? !!so.proxyPage : !!o.srProxyPage;
  const out: NonNullable<CompileOptions['skipPresets']> = [];
  if (trackApp && srReports(so, 'app_show')) out.push('app');
  if (proxyPage) {
    if (srReports(so, 'browse_page')) out.push('page');
    if (srReports(so, 'page_share_app_message')) out.push('share');
    if (srReports(so, 'page_pull_down_refresh')) out.push('pullDownRefresh');
    if (srReports(so, 'page_reach_bottom')) out.push('reachBottom');
  }
  return out;
}

/**
 * One line in app.js, before App(): wraps App/Page/Component and wx.request/requestPayment, loads the config
 * (cached one at once, revalidated in the background) and emits what it says. Never throws.
 */
export function init(o: InitOptions): void {
  try {
    if (rt || !isObj(o)) return;
    const w = getWx();
    if (!w || typeof w.request !== 'function') return;
    rt = start(w, o);
  } catch (e) {
    safe('init', () => console.error('[trackway] init failed', e));
  }
}

function start(w: Obj, o: InitOptions): Runtime {
  const a = createWxAdapter(w, w.request);
  const em = createEmitter();
  setErrorSink((where, error) => em.emit(TW_EVENTS.error, { where, error }));
  let env = o.env;
  if (!env) safe('env', () => (env = w.getAccountInfoSync().miniProgram.envVersion));
  let cid = a.getItem(KEYS.cid);
  if (typeof cid !== 'string' || !cid) a.setItem(KEYS.cid, (cid = uuid()));
  const server = String(o.server || '').replace(/\/+$/, '');
  const reportUrl = o.reportUrl || server + '/youshu/api/report?token=' + encodeURIComponent(o.token || '');
  const settings = (): ReporterSettings => {
    const c = r.tracker.compiled();
    const s: Obj = (c && c.config.settings) || {};
    const pick = (k: keyof ReporterSettings) => (typeof s[k] === 'number' && s[k] >= 0 ? s[k] : REPORTER_DEFAULTS[k]);
    return { flushSize: Math.max(1, pick('flushSize')), flushIntervalMs: pick('flushIntervalMs'), queueCap: Math.max(1, pick('queueCap')), maxRetries: pick('maxRetries') };
  };
  const reporter = (): Reporter => r.reporter || (r.reporter = createReporter(a, reportUrl, settings, em));
  const sr = o.sr;
  const debugOpt = o.debug === true ? 'debug' : typeof o.debug === 'string' && o.debug ? o.debug : undefined;
  const tracker = createTracker({
    adapter: a,
    emitter: em,
    appid: o.appid,
    cid: cid as string,
    send(type, props) {
      if (sr) {
        const clean = Object.assign({}, props);
        delete clean.trackway;
        safe('sr.track', () => sr.track(type, clean));
      }
      // with sr, the own reporter only carries the debug copy to the Trackway collector
      if (!sr || r.session) reporter().enqueue(type, props);
    },
    skipPresets: () => skipPresets(o),
    onFields: sr
      ? (kind, value) => safe('sr.set', () => (kind === 'chan' ? sr.setChan && sr.setChan(value) : sr.setUser && sr.setUser(value)))
      : undefined,
    debug: () => r.session || (r.tracker.compiled() && r.tracker.compiled()!.config.settings && r.tracker.compiled()!.config.settings!.debug ? 'config' : undefined),
  });
  const r: Runtime = {
    w,
    a,
    em,
    tracker,
    launch: {},
    scene: {},
    firstShow: false,
    shownOnce: false,
    routes: {},
    live: [],
    ctx: new WeakMap(),
    session: debugOpt,
  };
  safe('launch', () => {
    const q = w.getLaunchOptionsSync().query;
    if (q && q.trackway_debug) r.session = String(q.trackway_debug);
  });
  if (!sr) reporter();

  // the first config of a first launch also reaches pages that opened while it was on its way
  em.on(TW_EVENTS.config, () =>
    r.live.forEach((p) =>
      safe('install', () => {
        install(r, p);
        checkData(r, p);
        const c = r.ctx.get(p);
        if (c && c.ready) observeExposes(r, p);
      }),
    ),
  );
  const repo = createConfigRepository(a, server + '/v1/config/' + encodeURIComponent(o.appid) + '?env=' + encodeURIComponent(env || 'release') + '&cid=' + encodeURIComponent(cid as string), o.bootstrap, (why) => {
    if (r.session) a.log('[trackway]', why);
  });
  const first = repo.initial();
  if (first) tracker.use(first, true);
  else tracker.hold(typeof o.holdMs === 'number' ? o.holdMs : HOLD_MS, HOLD_MAX);
  repo.refresh().then((cfg) => (cfg ? tracker.use(cfg) : tracker.release()), () => tracker.release());

  wrapGlobal(r, 'App', (opts) => instrumentApp(r, opts, { show: () => r.reporter && r.reporter.resume(), hide: () => r.reporter && r.reporter.flush() }));
  wrapGlobal(r, 'Page', (opts) => instrumentPage(r, opts));
  wrapGlobal(r, 'Component', (opts) => instrumentComponent(r, opts));
  wrapWxApis(r);
  return r;
}

const instrumenters: Partial<Record<GlobalName, (opts: Obj) => void>> = {};

function wrapGlobal(r: Runtime, name: GlobalName, instrument: (opts: Obj) => void): void {
  instrumenters[name] = instrument;
  const orig = getGlobal(name);
  if (!orig || isMarked(orig)) return;
  originals[name] = orig;
  setGlobal(name, mark(constructorFor(name, orig), orig));
  void r;
}

function constructorFor(name: GlobalName, orig: AnyFn): AnyFn {
  return function (this: unknown, opts: unknown) {
    const f = instrumenters[name];
    if (isObj(opts) && f) safe(name, () => f(opts));
    // eslint-disable-next-line prefer-rest-params
    return orig.apply(this, arguments as unknown as unknown[]);
  };
}

/**
 * tw.App / tw.Page / tw.Component for plugins, where the globals cannot be replaced. Instrumenting twice is
 * harmless (hooks are marked), so they also work when the global is wrapped.
 */
export const wrapped = (name: GlobalName): AnyFn =>
  function (this: unknown, opts: unknown) {
    const f = instrumenters[name];
    if (isObj(opts) && f) safe(name, () => f(opts));
    const target = originals[name] || getGlobal(name);
    // eslint-disable-next-line prefer-rest-params
    return target ? target.apply(this, arguments as unknown as unknown[]) : undefined;
  };

/** Listens to what the runtime does (TW_EVENTS); returns a function that stops listening. */
export function on(name: string, fn: (payload: unknown) => void): () => void {
  return rt ? rt.em.on(name, fn) : () => undefined;
}

/** Sends queued events now (the runtime also does it on app hide). */
export function flush(): void {
  safe('flush', () => rt && rt.reporter && rt.reporter.flush());
}

/** The active config's version, or undefined before one arrived. */
export function configVersion(): number | string | undefined {
  const c = rt && rt.tracker.active();
  return c && c.version;
}

/**
 * Reference interpretation of conformance steps (language/conformance/README.md) with the language evaluator: a
 * simulated WeChat host plus the runtime's bookkeeping (page stack, chan/user, variables, storage). Test-only.
 */
import type { FieldRule, TrackingConfig, VariableDecl } from '../src/config/config-types';
import type { ConformanceCase, ConformanceStep } from '../src/conformance/conformance-case';
import { buildCommonProps, eventProps, nestFields, pagePath } from '../src/evaluator/build-common-props';
import { compileConfig } from '../src/evaluator/compile-config';
import { pageTitle } from '../src/evaluator/load-runtime-config';
import { decodeScene } from '../src/evaluator/decode-scene';
import type { CompiledConfig, KeptField, Scope, TriggerEvent } from '../src/evaluator/evaluator-types';
import { fire, watchList } from '../src/evaluator/fire';
import { parseJson } from '../src/evaluator/filters';
import { readPath } from '../src/evaluator/read-path';
import { mergeKeptField, resolveFields } from '../src/evaluator/resolve-fields';
import { normalizeEventProps } from '../src/catalog/normalize-event-props';
import { canonicalJson } from '../src/hash/canonical-json';

export interface DrivenEvent {
  type: string;
  ruleId: string;
  props: Record<string, unknown>;
}

interface PageInstance {
  route: string;
  query: Record<string, string>;
  data: Record<string, unknown>;
  shownAt: number;
  shown: boolean;
  prevRoute?: string;
  isNewlyOpen?: boolean;
  seenData: string[];
  exposed: string[];
}

interface Launch {
  path: string;
  query: Record<string, string>;
  scene?: number;
  referrerInfo?: unknown;
  shareTicket?: string;
}

const DAY = 864e5;
const empty = (v: unknown) => v === undefined || v === null || v === '';

/** Survives `restart`: wx storage, kept chan/user fields, storage-scoped variables. */
interface Durable {
  storage: Record<string, unknown>;
  kept: Record<string, KeptField>;
  storedVars: Record<string, KeptField>;
}

class Host {
  readonly events: DrivenEvent[] = [];
  private readonly compiled: CompiledConfig;
  private readonly config: TrackingConfig;
  private now: number;
  private readonly durable: Durable = { storage: {}, kept: {}, storedVars: {} };
  // run state (gone on restart)
  private stack: PageInstance[] = [];
  private shownRoutes: string[] = [];
  private lastShown?: PageInstance;
  private launchOpts?: Launch;
  private firstShow = false;
  private shows = 0;
  private vars: Record<string, unknown> = {};
  private chan: Record<string, unknown> = {};
  private user: Record<string, unknown> = {};
  private global: Record<string, unknown> = {};

  constructor(private readonly c: ConformanceCase) {
    this.config = c.config;
    this.compiled = compileConfig(c.config);
    this.now = c.now;
  }

  private get top(): PageInstance | undefined {
    return this.stack[this.stack.length - 1];
  }

  private scope(extra: Partial<Scope> = {}): Scope {
    const top = this.top;
    const below = this.stack[this.stack.length - 2];
    const storage = this.durable.storage;
    return {
      launch: this.launchOpts,
      scene: decodeScene(this.launchOpts && this.launchOpts.query.scene),
      app: { firstShow: this.firstShow },
      query: top && top.query,
      page: top && {
        route: top.route,
        path: pagePath(top.route, top.query),
        title: this.title(top.route, top),
        prevRoute: top.prevRoute,
        isNewlyOpen: top.isNewlyOpen,
        stayTime: this.now - top.shownAt,
      },
      data: top && top.data,
      prev: below && { route: below.route, query: below.query, data: below.data },
      vars: this.allVars(),
      chan: nestFields(this.chan),
      user: nestFields(this.user),
      global: this.global,
      system: { platform: 'devtools', SDKVersion: '3.0.0' },
      storage: (key: string) => storage[key],
      now: this.now,
      ...extra,
    };
  }

  private allVars(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const decls = (this.config.variables || {}) as Record<string, VariableDecl>;
    for (const [name, kept] of Object.entries(this.durable.storedVars)) {
      const ttl = decls[name] && decls[name].ttlDays;
      if (!ttl || this.now - kept.at < ttl * DAY) out[name] = kept.value;
    }
    return { ...out, ...this.vars };
  }

  private title(route: string, page?: PageInstance): string {
    const fromData = page && page.data.title;
    return pageTitle(this.compiled, route) || (typeof fromData === 'string' && fromData) || '未知';
  }

  /** Fires a trigger and turns emissions into events with their common props; applies `remember`. */
  private fire(trigger: TriggerEvent, scope: Scope, pageFor?: { route: string; query: Record<string, string> }): void {
    const res = fire(this.compiled, trigger, scope);
    const where = pageFor || this.top || { route: '', query: {} };
    for (const e of res.emissions) {
      const common = buildCommonProps({
        route: where.route,
        query: where.query,
        title: this.title(where.route, pageFor ? undefined : this.top),
        now: this.now,
        chan: this.chan,
        user: this.user,
        appid: this.c.appid,
      });
      // normalized as the runtime sends them (stay_time past 4 h → 0, sku/spu fallback, numeric strings)
      this.events.push({
        type: e.type,
        ruleId: e.ruleId,
        props: normalizeEventProps(e.type, eventProps(common, e.props)),
      });
    }
    const decls = (this.config.variables || {}) as Record<string, VariableDecl>;
    for (const [name, value] of Object.entries(res.remember)) {
      if (decls[name] && decls[name].scope === 'storage') this.durable.storedVars[name] = { value, at: this.now };
      else this.vars[name] = value;
    }
  }

  private fields(moment: 'appShow' | 'pageLoad' | 'pageShow'): void {
    const apply = (rules: FieldRule[], target: Record<string, unknown>, kind: string) => {
      for (const { rule, value } of resolveFields(rules, this.scope(), moment)) {
        let v = value;
        if (rule.persist) {
          const key = kind + '.' + rule.field;
          const m = mergeKeptField(this.durable.kept[key], value, rule, this.now);
          if (m.kept) this.durable.kept[key] = m.kept;
          else delete this.durable.kept[key];
          v = m.value;
        }
        if (!empty(v)) target[rule.field] = v;
      }
    };
    apply(this.compiled.chan, this.chan, 'chan');
    apply(this.compiled.user, this.user, 'user');
  }

  private pageLifecycle(on: 'load' | 'show' | 'ready' | 'hide' | 'unload', extra: Partial<Scope> = {}): void {
    const top = this.top;
    // WeChat does not call onHide on a page that is already hidden
    if (!top || (on === 'hide' && !top.shown)) return;
    this.fire({ kind: 'page', on, route: top.route }, this.scope(extra));
    if (on === 'hide') top.shown = false;
  }

  private showTop(): void {
    const top = this.top;
    if (!top) return;
    if (this.lastShown && this.lastShown !== top) top.prevRoute = this.lastShown.route;
    top.isNewlyOpen = this.shownRoutes.indexOf(top.route) < 0;
    if (top.isNewlyOpen) this.shownRoutes.push(top.route);
    top.shownAt = this.now;
    top.shown = true;
    this.lastShown = top;
    this.fields('pageShow');
    this.pageLifecycle('show');
  }

  private appShow(opts: Launch): void {
    this.launchOpts = opts;
    this.firstShow = this.shows++ === 0;
    this.fields('appShow');
    this.fire({ kind: 'app', on: 'show' }, this.scope(), { route: opts.path, query: opts.query });
    this.firstShow = false;
  }

  step(s: ConformanceStep): void {
    switch (s.do) {
      case 'launch': {
        const opts: Launch = {
          path: s.path,
          query: s.query || {},
          scene: s.scene,
          referrerInfo: s.referrerInfo,
          shareTicket: s.shareTicket,
        };
        this.launchOpts = opts;
        this.fire({ kind: 'app', on: 'launch' }, this.scope(), { route: opts.path, query: opts.query });
        this.appShow(opts);
        return;
      }
      case 'appShow': {
        const prev = this.launchOpts || { path: '', query: {} };
        this.appShow({
          path: s.path || prev.path,
          query: s.query || prev.query,
          scene: s.scene === undefined ? prev.scene : s.scene,
          referrerInfo: s.referrerInfo || prev.referrerInfo,
        });
        this.showTop();
        return;
      }
      case 'appHide': {
        this.pageLifecycle('hide');
        const top = this.top;
        this.fire(
          { kind: 'app', on: 'hide' },
          this.scope(),
          top ? undefined : this.launchOpts && { route: this.launchOpts.path, query: this.launchOpts.query },
        );
        return;
      }
      case 'pageLoad': {
        this.pageLifecycle('hide');
        const page: PageInstance = {
          route: s.route,
          query: s.query || {},
          data: {},
          shownAt: this.now,
          shown: false,
          seenData: [],
          exposed: [],
        };
        page.prevRoute = this.lastShown && this.lastShown.route;
        page.isNewlyOpen = this.shownRoutes.indexOf(page.route) < 0;
        this.stack.push(page);
        this.fields('pageLoad');
        this.pageLifecycle('load');
        return;
      }
      case 'open':
        this.step({ do: 'pageLoad', route: s.route, query: s.query });
        this.showTop();
        return this.pageLifecycle('ready');
      case 'pageShow':
        return this.showTop();
      case 'pageReady':
        return this.pageLifecycle('ready');
      case 'pageHide':
        return this.pageLifecycle('hide');
      case 'pageUnload':
        this.pageLifecycle('unload');
        this.stack.pop();
        this.showTop();
        return;
      case 'setData':
        return this.setData(s.data);
      case 'call':
        return this.call(s);
      case 'expose':
        return this.expose(s);
      case 'request': {
        // a body the app passed as a JSON string is read parsed; any other string stays as it is
        const parsed = typeof s.data === 'string' ? parseJson(s.data) : s.data;
        const data = parsed === undefined ? s.data : parsed;
        const request = { url: s.url, method: (s.method || 'GET').toUpperCase(), data, header: s.header || {} };
        const response =
          s.outcome === 'success'
            ? { statusCode: 200, header: {}, ...s.response, errMsg: 'request:ok' }
            : { errMsg: s.errMsg || 'request:fail timeout' };
        const top = this.top;
        this.fire(
          { kind: 'request', url: s.url, method: request.method, outcome: s.outcome, route: top && top.route },
          this.scope({ request, response }),
        );
        return;
      }
      case 'payment': {
        const errMsg =
          s.errMsg ||
          (s.outcome === 'success'
            ? 'requestPayment:ok'
            : s.outcome === 'cancel'
              ? 'requestPayment:fail cancel'
              : 'requestPayment:fail');
        const top = this.top;
        this.fire(
          { kind: 'payment', outcome: s.outcome, route: top && top.route },
          this.scope({ payment: { ...s.params, errMsg, outcome: s.outcome } }),
        );
        return;
      }
      case 'share': {
        const top = this.top;
        if (!top) return;
        const r = s.result || {};
        this.fire(
          { kind: 'page', on: 'share', route: top.route },
          this.scope({ share: { from: s.from, target: s.target, title: r.title, path: r.path, imageUrl: r.imageUrl } }),
        );
        return;
      }
      case 'pullDownRefresh':
      case 'reachBottom': {
        const top = this.top;
        if (top) this.fire({ kind: 'page', on: s.do, route: top.route }, this.scope());
        return;
      }
      case 'setStorage':
        this.durable.storage[s.key] = s.value;
        return;
      case 'setGlobal':
        Object.assign(this.global, s.data);
        return;
      case 'advance':
        this.now += s.ms;
        return;
      case 'restart':
        this.stack = [];
        this.shownRoutes = [];
        this.lastShown = undefined;
        this.launchOpts = undefined;
        this.shows = 0;
        this.vars = {};
        this.chan = {};
        this.user = {};
        this.global = {};
        return;
    }
  }

  private setData(data: Record<string, unknown>): void {
    const top = this.top;
    if (!top) return;
    const watched = watchList(this.compiled, top.route).dataPaths;
    const before = watched.map((p) => canonicalJson(readPath(top.data, p[1])));
    Object.assign(top.data, data);
    watched.forEach(([path, segs], i) => {
      const v = readPath(top.data, segs);
      // null is "not there yet" (`data: {goods: null}` until the request returns), like undefined: it fires
      // nothing and leaves `first` for the value that comes later
      if (v === undefined || v === null || canonicalJson(v) === before[i]) return;
      const first = top.seenData.indexOf(path) < 0;
      if (first) top.seenData.push(path);
      this.fire({ kind: 'data', path, route: top.route, first }, this.scope());
    });
  }

  private call(s: Extract<ConformanceStep, { do: 'call' }>): void {
    const top = this.top;
    const args = s.args || [];
    const a0 = args[0] as
      { type?: string; detail?: unknown; currentTarget?: { dataset?: unknown }; target?: unknown } | undefined;
    const event =
      a0 && typeof a0 === 'object' && 'type' in a0
        ? { type: a0.type, detail: a0.detail, dataset: a0.currentTarget && a0.currentTarget.dataset, target: a0.target }
        : undefined;
    const base = { kind: 'method' as const, method: s.method, route: top && top.route, component: s.component };
    this.fire({ ...base, phase: 'before' }, this.scope({ event, args }));
    // a method that throws (or whose promise rejects) does not fire `after`; an async one fires after it resolves
    if (s.throws) return;
    this.fire({ ...base, phase: 'after' }, this.scope({ event, args, result: s.result }));
  }

  private expose(s: Extract<ConformanceStep, { do: 'expose' }>): void {
    const top = this.top;
    if (!top) return;
    // one observation per selector and list, as the runtime observes them
    const seen = new Set<string>();
    for (const rule of watchList(this.compiled, top.route).exposes) {
      const group = rule.selector + '\u0000' + (rule.list || '');
      if (rule.selector !== s.selector || seen.has(group)) continue;
      seen.add(group);
      // with `list`: the element at the node's position; else the node's dataset
      const rows = rule.list ? readPath(top.data, rule.segs || null) : undefined;
      const item = rule.list ? (Array.isArray(rows) ? rows[s.index || 0] : undefined) : s.dataset || {};
      if (rule.list && item === undefined) continue;
      const key = rule.itemKey ? readPath(item, [rule.itemKey]) : rule.list ? s.index : s.id;
      const id = group + '\u0000' + String(key);
      if (key !== undefined && top.exposed.indexOf(id) >= 0) continue;
      if (key !== undefined) top.exposed.push(id);
      this.fire({ kind: 'expose', selector: s.selector, list: rule.list, route: top.route }, this.scope({ item }));
    }
  }
}

/** Runs a case's steps and returns the emitted events in order. */
export function runConformanceCase(c: ConformanceCase): DrivenEvent[] {
  const host = new Host(c);
  for (const s of c.steps) host.step(s);
  return host.events;
}

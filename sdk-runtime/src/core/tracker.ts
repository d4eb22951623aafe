import type { Adapter } from './adapter';
import type { ActiveConfig } from './config-repository';
import type { Emitter } from './emitter';
import { TW_EVENTS } from './event-names';
import { createFieldState, type FieldKind, type Moment } from './field-state';
import { shareOf } from './ids';
import { createVariables } from './variables';
import {
  buildCommonProps,
  compileConfig,
  eventProps,
  fire,
  nestFields,
  normalizeEventProps,
  pageTitle,
  type CompileOptions,
  type CompiledConfig,
  type Scope,
  type TriggerEvent,
} from './spec-api';

/** Where a trigger happened: the page the common properties describe. */
export interface Where {
  route?: string;
  query?: unknown;
  /** Fallback title (page data `title`, navigation bar); a title declared in the config wins. */
  title?: string;
}

export interface TrackerOptions {
  adapter: Adapter;
  emitter: Emitter;
  appid: string;
  cid: string;
  /** The output: sr.track or the own reporter. */
  send(type: string, props: Record<string, unknown>): void;
  /** Preset groups that sr-sdk-wxapp reports itself, read when a config is compiled. */
  skipPresets(): CompileOptions['skipPresets'];
  /** Called with the nested chan or wx_user after it changed (sr.setChan / sr.setUser). */
  onFields?(kind: FieldKind, value: Record<string, unknown>): void;
  /** The debug session id, or undefined when not debugging. */
  debug(): string | undefined;
}

export interface Tracker {
  /** Makes a verified config active now (nothing active, or `now`), or from the next page boundary. */
  use(cfg: ActiveConfig, now?: boolean): void;
  /** A page is loading: a config that arrived meanwhile becomes active. */
  pageBoundary(): void;
  /** Keeps triggers (and field moments) for up to `ms` and `max` entries while no config is active. */
  hold(ms: number, max: number): void;
  /** Ends a hold without a config: what was held is dropped. */
  release(): void;
  compiled(): CompiledConfig | undefined;
  active(): ActiveConfig | undefined;
  run(trigger: TriggerEvent, scope: Scope, where: Where): void;
  fields(moment: Moment, scope: Scope): void;
  chan(): Record<string, unknown>;
}

/** The platform-free heart: runs the evaluator on triggers and turns emissions into Youshu events. */
export function createTracker(o: TrackerOptions): Tracker {
  const a = o.adapter;
  const vars = createVariables(a);
  const state = createFieldState(a);
  let active: ActiveConfig | undefined;
  let compiled: CompiledConfig | undefined;
  let next: ActiveConfig | undefined;
  let held: (() => void)[] | undefined;
  let heldMax = 0;
  let stopHold: (() => void) | undefined;

  const decls = () => compiled && compiled.config.variables;
  const full = (scope: Scope, now: number): Scope =>
    Object.assign({}, scope, { vars: vars.values(decls(), now), chan: nestFields(state.chan), user: nestFields(state.user), now });
  const log = (...args: unknown[]) => {
    if (o.debug()) a.log('[trackway]', ...args);
  };

  function apply(cfg: ActiveConfig): void {
    active = cfg;
    next = undefined;
    compiled = compileConfig(cfg.config, { skipPresets: o.skipPresets() });
    for (const p of compiled.problems) log('rule left out', p.id, p.reason);
    o.emitter.emit(TW_EVENTS.config, { version: cfg.version, hash: cfg.hash });
    const replay = held;
    held = undefined;
    if (stopHold) stopHold();
    if (replay) replay.forEach((f) => f());
  }

  // Youshu's common properties, then the rule's props, then its own fixes (sku/spu fallback, scene as integer…).
  function emit(type: string, mapped: Record<string, unknown>, ruleId: string, where: Where, now: number): void {
    const c = compiled as CompiledConfig;
    const settings = c.config.settings || {};
    const rate = settings.sampleRate;
    if (typeof rate === 'number' && rate < 1 && shareOf(o.cid) >= rate) return;
    const title = (where.route && pageTitle(c, where.route)) || where.title;
    const common = buildCommonProps({ route: where.route, query: where.query, title, now, chan: state.chan, user: state.user, appid: o.appid });
    const props = normalizeEventProps(type, eventProps(common, mapped));
    const session = o.debug();
    if (session) props.trackway = { session, version: (active as ActiveConfig).version, rule_id: ruleId };
    o.send(type, props);
    o.emitter.emit(TW_EVENTS.event, { type, props, ruleId });
  }

  function later(f: () => void): boolean {
    if (compiled) return false;
    if (held && held.length < heldMax) held.push(f);
    return true;
  }

  const t: Tracker = {
    use(cfg, now) {
      if (!compiled || now) apply(cfg);
      else next = cfg;
    },
    pageBoundary() {
      if (next) apply(next);
    },
    hold(ms, max) {
      if (compiled) return;
      held = [];
      heldMax = max;
      stopHold = a.timer(t.release, ms);
    },
    release() {
      if (held && held.length) log('no config in time; dropped', held.length, 'held triggers');
      held = undefined;
    },
    compiled: () => compiled,
    active: () => active,
    run(trigger, scope, where) {
      const at = a.now();
      if (later(() => run(trigger, scope, where, at))) return;
      run(trigger, scope, where, at);
    },
    fields(moment, scope) {
      const at = a.now();
      if (later(() => fields(moment, scope, at))) return;
      fields(moment, scope, at);
    },
    chan: () => state.chan,
  };

  function run(trigger: TriggerEvent, scope: Scope, where: Where, now: number): void {
    const c = compiled as CompiledConfig;
    const res = fire(c, trigger, full(scope, now));
    for (const d of res.decisions) {
      log(trigger.kind, (trigger as { on?: string }).on || '', d.ruleId, d.outcome, d.reason || '');
      o.emitter.emit(TW_EVENTS.decision, { ruleId: d.ruleId, outcome: d.outcome, reason: d.reason, trigger });
    }
    for (const e of res.emissions) emit(e.type, e.props, e.ruleId, where, now);
    if (Object.keys(res.remember).length) vars.set(res.remember, decls(), now);
  }

  function fields(moment: Moment, scope: Scope, now: number): void {
    const c = compiled as CompiledConfig;
    const s = full(scope, now);
    for (const kind of ['chan', 'user'] as FieldKind[]) {
      if (state.resolve(kind, c[kind], s, moment, now) && o.onFields) o.onFields(kind, nestFields(state[kind]));
    }
  }

  return t;
}

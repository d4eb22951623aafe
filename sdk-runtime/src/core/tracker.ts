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
  a: Adapter;
  em: Emitter;
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
  use_(cfg: ActiveConfig, now?: boolean): void;
  /** A page is loading: a config that arrived meanwhile becomes active. */
  pageBoundary_(): void;
  /** Keeps triggers (and field moments) for up to `ms` and `max` entries while no config is active. */
  hold_(ms: number, max: number): void;
  /** Ends a hold without a config: what was held is dropped. */
  release_(): void;
  compiled_?: CompiledConfig;
  active_?: ActiveConfig;
  run_(trigger: TriggerEvent, scope: Scope, where: Where): void;
  fields_(moment: Moment, scope: Scope): void;
  chan_(): Record<string, unknown>;
  log_(...args: unknown[]): void;
}

/** The platform-free heart: runs the evaluator on triggers and turns emissions into Youshu events. */
export function createTracker(o: TrackerOptions): Tracker {
  const a = o.a;
  const vars = createVariables(a);
  const state = createFieldState(a);
  let next: ActiveConfig | undefined;
  let held: (() => void)[] | undefined;
  let heldMax = 0;
  let stopHold: (() => void) | undefined;

  const decls = () => t.compiled_ && t.compiled_.config.variables;
  const full = (scope: Scope, now: number): Scope =>
    Object.assign({}, scope, { vars: vars.values_(decls(), now), chan: nestFields(state.chan), user: nestFields(state.user), now });

  function apply(cfg: ActiveConfig): void {
    t.active_ = cfg;
    next = undefined;
    const c = (t.compiled_ = compileConfig(cfg.config, { skipPresets: o.skipPresets() }));
    for (const p of c.problems) t.log_('rule left out', p.id, p.reason);
    o.em.emit_(TW_EVENTS.config, { version: cfg.version, hash: cfg.hash });
    const replay = held;
    held = undefined;
    if (stopHold) stopHold();
    if (replay) replay.forEach((f) => f());
  }

  // While no config is active (a first launch's hold), the trigger is kept for replay: true means "not now".
  function later(f: () => void): boolean {
    if (t.compiled_) return false;
    if (held && held.length < heldMax) held.push(f);
    return true;
  }

  // Youshu's common properties, then the rule's props, then its own fixes (sku/spu fallback, scene as integer…).
  function emit(type: string, mapped: Record<string, unknown>, ruleId: string, where: Where, now: number): void {
    const c = t.compiled_ as CompiledConfig;
    const rate = (c.config.settings || {}).sampleRate;
    if (typeof rate === 'number' && rate < 1 && shareOf(o.cid) >= rate) return;
    const title = (where.route && pageTitle(c, where.route)) || where.title;
    const common = buildCommonProps({ route: where.route, query: where.query, title, now, chan: state.chan, user: state.user, appid: o.appid });
    const props = normalizeEventProps(type, eventProps(common, mapped));
    const session = o.debug();
    if (session) props.trackway = { session, version: (t.active_ as ActiveConfig).version, rule_id: ruleId };
    o.send(type, props);
    o.em.emit_(TW_EVENTS.event, { type, props, ruleId });
  }

  function run(trigger: TriggerEvent, scope: Scope, where: Where, now: number): void {
    const res = fire(t.compiled_ as CompiledConfig, trigger, full(scope, now));
    for (const d of res.decisions) {
      t.log_(trigger.kind, (trigger as { on?: string }).on || '', d.ruleId, d.outcome, d.reason || '');
      o.em.emit_(TW_EVENTS.decision, { ruleId: d.ruleId, outcome: d.outcome, reason: d.reason, trigger });
    }
    for (const e of res.emissions) emit(e.type, e.props, e.ruleId, where, now);
    if (Object.keys(res.remember).length) vars.set_(res.remember, decls(), now);
  }

  function fields(moment: Moment, scope: Scope, now: number): void {
    const s = full(scope, now);
    for (const kind of ['chan', 'user'] as FieldKind[]) {
      if (state.resolve_(kind, (t.compiled_ as CompiledConfig)[kind], s, moment, now) && o.onFields) o.onFields(kind, nestFields(state[kind]));
    }
  }

  const t: Tracker = {
    use_(cfg, now) {
      if (!t.compiled_ || now) apply(cfg);
      else next = cfg;
    },
    pageBoundary_() {
      if (next) apply(next);
    },
    hold_(ms, max) {
      if (t.compiled_) return;
      held = [];
      heldMax = max;
      stopHold = a.timer_(t.release_, ms);
    },
    release_() {
      if (held && held.length) t.log_('no config in time; dropped', held.length, 'held triggers');
      held = undefined;
    },
    run_(trigger, scope, where) {
      const at = a.now_();
      if (!later(() => run(trigger, scope, where, at))) run(trigger, scope, where, at);
    },
    fields_(moment, scope) {
      const at = a.now_();
      if (!later(() => fields(moment, scope, at))) fields(moment, scope, at);
    },
    chan_: () => state.chan,
    log_(...args) {
      if (o.debug()) a.log_('[trackway]', ...args);
    },
  };
  return t;
}

import type { Adapter } from './adapter';
import type { ActiveConfig } from './config-repository';
import type { Emitter } from './emitter';
import { createFieldState, type FieldKind, type Moment } from './field-state';
import { shareOf } from './ids';
import { createVariables } from './variables';
import {
  assign,
  buildCommonProps,
  eventProps,
  fire,
  loadRuntimeConfig,
  keysOf,
  normalizeWireProps,
  pageTitle,
  type CompileOptions,
  type CompiledConfig,
  type Scope,
  type TriggerEvent,
} from './language-api';

/** Where a trigger happened: the page the common properties describe. */
export interface Where {
  route?: string;
  query?: unknown;
  /** Fallback title (page data `title`, navigation bar); a title declared in the config wins. */
  title?: string;
}

export interface TrackerOptions {
  a_: Adapter;
  em_: Emitter;
  appid_: string;
  cid_: string;
  /** The output: sr.track or the own reporter. */
  send_(type: string, props: Record<string, unknown>): void;
  /** Preset groups that sr-sdk-wxapp reports itself, read when a config is loaded. */
  skip_(): CompileOptions['skipPresets'];
  /** Called with the nested chan or wx_user after it changed (sr.setChan / sr.setUser). */
  fields_?(kind: FieldKind, value: Record<string, unknown>): void;
  /** The debug session id, or undefined when not debugging. */
  debug_(): string | undefined;
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
  /** Runs a trigger; `scope` is a fresh object the tracker completes (vars, chan, user, now). */
  run_(trigger: TriggerEvent, scope: Scope, where: Where): void;
  fields_(moment: Moment, scope: Scope): void;
  chan_(): Record<string, unknown>;
  log_(...args: unknown[]): void;
}

/** The platform-free heart: runs the evaluator on triggers and turns emissions into Youshu events. */
export function createTracker(o: TrackerOptions): Tracker {
  const a = o.a_;
  const vars = createVariables(a);
  const state = createFieldState(a);
  const share = shareOf(o.cid_);
  let next: ActiveConfig | undefined;
  let held: (() => void)[] | undefined;
  let heldMax = 0;
  let stopHold: (() => void) | undefined;
  // the common properties of the last event, kept while its page, title and fields stay the same: most events of
  // a page share them, and rebuilding them (page path, nested chan and wx_user) was a fifth of an event's cost
  let common: { r?: string; q?: unknown; t?: string; v: number; p: Record<string, unknown> } | undefined;

  const decls = () => t.compiled_ && t.compiled_.stored;
  const full = (scope: Scope, now: number): Scope =>
    assign(scope, { vars: vars.values_(decls(), now), chan: state.nested_.chan, user: state.nested_.user, now });

  function apply(cfg: ActiveConfig): void {
    t.active_ = cfg;
    next = undefined;
    // its `problems` are not logged: publishing rejects a config with a rule or page that cannot run
    t.compiled_ = loadRuntimeConfig(cfg.runtime, { skipPresets: o.skip_() });
    o.em_.emit_('config', () => ({ version: cfg.version, hash: cfg.hash }));
    const replay = held;
    held = undefined;
    if (stopHold) stopHold();
    if (replay) replay.forEach((f) => f());
  }

  // Runs f with the time of the call, or, while no config is active (a first launch's hold), keeps it for replay.
  function now(f: (at: number) => void): void {
    const at = a.now_();
    if (t.compiled_) f(at);
    else if (held && held.length < heldMax) held.push(() => f(at));
  }

  // Youshu's common properties, then the rule's props, then its own fixes (sku/spu fallback, scene as integer…).
  function emit(type: string, mapped: Record<string, unknown>, ruleId: string, where: Where, now: number): void {
    const c = t.compiled_ as CompiledConfig;
    if (share >= c.settings.sampleRate) return;
    const route = where.route;
    const title = (route && pageTitle(c, route)) || where.title;
    if (
      !common ||
      common.r !== route ||
      common.q !== where.query ||
      common.t !== title ||
      common.v !== state.version_
    ) {
      const p = buildCommonProps({
        route,
        query: where.query,
        title,
        now,
        chan: state.chan,
        user: state.user,
        appid: o.appid_,
      });
      common = { r: route, q: where.query, t: title, v: state.version_, p };
    }
    // chan and wx_user are shared by the events of a page: nothing changes them in place (field-state.ts)
    // the time of this event, unless the rule maps its own (a key already in common.p keeps its place)
    const props = normalizeWireProps(type, eventProps(common.p, assign({ time: now }, mapped)));
    const session = o.debug_();
    if (session) props.trackway = { session, version: (t.active_ as ActiveConfig).version, rule_id: ruleId };
    o.send_(type, props);
    o.em_.emit_('event', () => ({ type, props, ruleId }));
  }

  function run(trigger: TriggerEvent, scope: Scope, where: Where, now: number): void {
    const res = fire(t.compiled_ as CompiledConfig, trigger, full(scope, now));
    for (const d of res.decisions) {
      t.log_(trigger.kind, (trigger as { on?: string }).on || '', d.ruleId, d.outcome, d.reason || '');
      o.em_.emit_('decision', () => assign({ trigger }, d));
    }
    for (const e of res.emissions) emit(e.type, e.props, e.ruleId, where, now);
    if (keysOf(res.remember).length) vars.set_(res.remember, decls(), now);
  }

  function fields(moment: Moment, scope: Scope, now: number): void {
    const s = full(scope, now);
    for (const kind of ['chan', 'user'] as FieldKind[]) {
      if (state.resolve_(kind, (t.compiled_ as CompiledConfig)[kind], s, moment, now) && o.fields_)
        o.fields_(kind, state.nested_[kind]);
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
      if (held && held.length) t.log_('hold dropped', held.length);
      held = undefined;
    },
    run_: (trigger, scope, where) => now((at) => run(trigger, scope, where, at)),
    fields_: (moment, scope) => now((at) => fields(moment, scope, at)),
    chan_: () => state.chan,
    log_(...args) {
      if (o.debug_()) a.log_('[trackway]', ...args);
    },
  };
  return t;
}

import type { FieldRule, PageRule, PropagationRule, Rule, TrackingConfig, Trigger } from '../config/config-types';
import { RUNTIME_FORMAT, type PresetGroup, type RuntimeConfig, type RuntimeRule } from './evaluator-types';
import { parsePath } from './parse-path';
import { compilePattern } from './patterns';
import { precompileExpr } from './precompile-expr';
import { PRESET_CHAN, PRESET_RULES } from './preset-rules';
import { DEFAULT_SETTINGS, type ResolvedSettings } from './runtime-settings';
import { isArr, isObj, isStr, keysOf, list } from './util';
import type { YoushuEventName } from '../catalog/catalog-types';
import { SKU_SPU_FALLBACK_EVENTS, SKU_SPU_FALLBACK_FIELDS } from '../catalog/sku-spu-fallback';
import { MAX_STAY_TIME_MS } from '../catalog/normalize-event-props';

const KINDS = 'app page method data expose request payment'.split(' ');

const source = (re: RegExp | null) => (re ? re.source : null);
// an own member even for the key `__proto__`
const put = (o: object, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true });

// Every setting present and in range: a count or a delay below its minimum, or no number ≥ 0, takes the default.
function settingsOf(s: Record<string, unknown>): ResolvedSettings {
  const num = (k: 'flushSize' | 'flushIntervalMs' | 'queueCap' | 'maxRetries', min: number) => {
    const v = s[k];
    return Math.max(min, typeof v === 'number' && v >= 0 ? v : DEFAULT_SETTINGS[k]);
  };
  const rate = s.sampleRate;
  return {
    flushSize: num('flushSize', 1),
    flushIntervalMs: num('flushIntervalMs', 0),
    queueCap: num('queueCap', 1),
    maxRetries: num('maxRetries', 0),
    // a client reports when its share (in [0, 1)) is below the rate: 1 is everyone
    sampleRate: typeof rate === 'number' && rate < 1 ? rate : 1,
    debug: !!s.debug,
  };
}

// A trigger as matched (fire.ts): `on` and `outcome` as lists (absent = any), the default phase written out, the
// request method in upper case, an expose trigger's default ratio (0.5) written out.
function normalized(t: Trigger): Trigger {
  const n = Object.assign({}, t) as unknown as Record<string, unknown>;
  const asList = (v: unknown) => (isArr(v) ? v : [v]);
  if ((t.kind === 'app' || t.kind === 'page') && t.on !== undefined) n.on = asList(t.on);
  if (t.kind === 'method') n.phase = t.phase || 'after';
  if (t.kind === 'request' || t.kind === 'payment')
    n.outcome = t.outcome === 'any' ? undefined : asList(t.outcome === undefined ? 'success' : t.outcome);
  if (t.kind === 'request' && t.method) n.method = String(t.method).toUpperCase();
  if (t.kind === 'expose' && typeof t.ratio !== 'number') n.ratio = 0.5;
  return n as unknown as Trigger;
}

const isMapping = (v: unknown): v is Record<string, unknown> => isObj(v) && !keysOf(v).some((k) => k.charAt(0) === '$');

/**
 * A props mapping as the runtime maps it. Every event carries the chan's room_id at the top level too, unless the
 * rule maps its own: live analysis reads the top-level one sr-sdk-wxapp 1.8 put in its context (youshu-spec.md
 * §1.8); 2.1.1 sets chan.room_id. On the goods behaviours, each empty sku field falls back to its spu partner and
 * back (normalizeEventProps' sku/spu fallback, written here so the runtime bundle carries none of it); a `sku` or
 * `spu` given as one template or operator for the whole object gets no fallback.
 */
function mappedProps(event: string, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.assign({ room_id: '{{chan.room_id}}' }, props);
  // what normalizeEventProps fixes in the values themselves: stay_time past 4 h is 0 (as sr-sdk-wxapp sends it), a
  // 13-digit time and the sale prices given as numeric strings are numbers
  const asNum = (x: unknown, re: string) => ({ $if: { cond: { $match: [x, re] }, then: { $num: x }, else: x } });
  if (out.stay_time !== undefined)
    out.stay_time = { $if: { cond: { $gt: [out.stay_time, MAX_STAY_TIME_MS] }, then: 0, else: out.stay_time } };
  if (out.time !== undefined) out.time = asNum(out.time, '^\\d{13}$');
  if (isMapping(out.sale)) {
    const sale: Record<string, unknown> = Object.assign({}, out.sale);
    for (const k of ['original_price', 'current_price'])
      if (sale[k] !== undefined) sale[k] = asNum(sale[k], '^\\s*-?\\d+(\\.\\d+)?\\s*$');
    out.sale = sale;
  }
  const sku = props.sku === undefined ? {} : props.sku;
  const spu = props.spu === undefined ? {} : props.spu;
  if (SKU_SPU_FALLBACK_EVENTS.indexOf(event as YoushuEventName) < 0 || !isMapping(sku) || !isMapping(spu)) return out;
  const s2: Record<string, unknown> = Object.assign({}, sku);
  const p2: Record<string, unknown> = Object.assign({}, spu);
  for (const [a, b] of SKU_SPU_FALLBACK_FIELDS) {
    const x = sku[a];
    const y = spu[b];
    if (x !== undefined || y !== undefined) {
      s2[a] = y === undefined ? x : { $coalesce: x === undefined ? [y] : [x, y] };
      p2[b] = x === undefined ? y : { $coalesce: y === undefined ? [x] : [y, x] };
    }
  }
  return Object.assign(out, { sku: s2, spu: p2 });
}

/**
 * The runtime form of a config (RuntimeConfig), computed once per published version on the server, so the
 * mini-program carries none of this: presets expanded (all on unless switched off), expressions precompiled
 * (precompileExpr), data paths split, route/URL/component patterns compiled to RegExp sources, page titles listed,
 * and what cannot run left out into `problems` with a reason code (REASONS in reason-codes.ts). The result is
 * JSON, so its hash is stable across the wire. Never throws; a non-object yields an empty config.
 */
export function precompileConfig(config: TrackingConfig): RuntimeConfig {
  const cfg = (isObj(config) ? config : {}) as TrackingConfig;
  const out: RuntimeConfig = {
    runtimeFormat: RUNTIME_FORMAT,
    settings: settingsOf(isObj(cfg.settings) ? cfg.settings : {}),
    rules: [],
    titles: [],
    chan: [],
    user: [],
    components: [],
    propagate: [],
    stored: {},
    problems: [],
  };
  // the variables kept in storage, with their time to live in ms (0: no limit); the others live in memory
  const vars = isObj(cfg.variables) ? cfg.variables : {};
  for (const k of keysOf(vars)) {
    const d = vars[k];
    if (isObj(d) && d.scope === 'storage')
      put(out.stored, k, (d.ttlDays as number) > 0 ? (d.ttlDays as number) * 864e5 : 0);
  }
  const presets = isObj(cfg.presets) ? cfg.presets : {};
  const problem = (item: unknown, reason: string) =>
    void out.problems.push({ id: isObj(item) ? String(item.id) : '?', reason });
  const add = (rule: Rule, route?: string, group?: PresetGroup): void => {
    const t = (isObj(rule) && rule.trigger) as Trigger;
    if (!isObj(t) || KINDS.indexOf(t.kind) < 0) return problem(rule, 'bad_kind');
    const r: RuntimeRule = { id: rule.id, trigger: normalized(t) };
    if (t.kind === 'request' && !(r.re = source(compilePattern(t.url, 'url'))!)) return problem(rule, 'bad_url');
    if (t.kind === 'method' && t.component !== undefined) {
      if (!(r.re = source(compilePattern(t.component, 'route'))!)) return problem(rule, 'bad_component');
      if (rule.enabled !== false) out.components.push({ component: t.component, method: t.method });
    }
    // a malformed data path reads nothing, as it did when resolved at each trigger
    if (t.kind === 'data') r.segs = parsePath(t.path) || undefined;
    if (t.kind === 'expose' && t.list !== undefined) r.segs = parsePath(t.list) || undefined;
    if (rule.event !== undefined) r.event = rule.event;
    if (rule.enabled !== undefined) r.enabled = rule.enabled;
    if (rule.when !== undefined) r.when = precompileExpr(rule.when);
    if (rule.foreach !== undefined) r.foreach = precompileExpr(rule.foreach);
    // a rule that emits maps `{}` when it has no props (or props that are not there: null, '')
    const p = rule.props || {};
    if (rule.event) r.props = precompileExpr(isMapping(p) ? mappedProps(rule.event, p) : p);
    const rem = rule.remember;
    if (isObj(rem)) r.remember = keysOf(rem).map((k) => [k, precompileExpr(rem[k])]);
    if (group) r.group = group;
    if (route) r.route = route;
    out.rules.push(r);
  };
  for (const [group, rule] of PRESET_RULES) if (presets[group] !== false) add(rule, undefined, group);
  for (const rule of list<Rule>(cfg.rules)) add(rule);
  for (const page of list<PageRule>(cfg.pages)) {
    const route = isObj(page) && source(compilePattern(page.route, 'route'));
    if (!route) problem(page, 'bad_route');
    else {
      if (isStr(page.title)) out.titles.push([route, page.title]);
      for (const rule of list<Rule>(page.rules)) add(rule, route);
    }
  }
  const fields = (v: unknown) =>
    list<FieldRule>(v)
      .filter((f) => isObj(f) && isStr(f.field) && isArr(f.sources))
      // `on` always a list: the runtime checks no types
      .map(
        (f) =>
          Object.assign({}, f, { sources: f.sources.map(precompileExpr), on: isArr(f.on) ? f.on : [] }) as FieldRule,
      );
  out.chan = fields(cfg.chan);
  out.user = fields(cfg.user);
  for (const p of fields(PRESET_CHAN)) if (!out.chan.some((f) => f.field === p.field)) out.chan.push(p);
  // an invalid url pattern matches nothing, so its rule is left out; the default header or field name is written out
  for (const p of list<PropagationRule>(cfg.propagate)) {
    const url = isObj(p) && source(compilePattern(p.url, 'url'));
    if (url)
      out.propagate.push(
        Object.assign({}, p, { url, name: p.name || (p.as === 'header' ? 'X-Trackway-Chan' : 'trackway_chan') }),
      );
  }
  return JSON.parse(JSON.stringify(out)) as RuntimeConfig;
}

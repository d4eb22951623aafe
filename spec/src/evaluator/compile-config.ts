import type { FieldRule, PageRule, Rule, TrackingConfig, Trigger } from '../config/config-types';
import type { CompileOptions, CompiledConfig, CompiledRule } from './evaluator-types';
import { compilePattern } from './patterns';
import { PRESET_CHAN, PRESET_RULES } from './preset-rules';
import { isArr, isObj, isStr, list } from './util';

const KINDS = 'app page method data expose request payment'.split(' ');

/**
 * Prepares a config for fire/watchList: expands presets (all on unless switched off or skipped), compiles
 * patterns once, and drops what cannot run into `problems` with a reason code (REASONS in reason-codes.ts).
 * Never throws; a non-object yields an empty config.
 */
export function compileConfig(config: TrackingConfig, opts?: CompileOptions): CompiledConfig {
  const cfg = (isObj(config) ? config : {}) as TrackingConfig;
  const out: CompiledConfig = { config: cfg, rules_: [], chan: [], user: [], components: [], problems: [], byRoute_: new Map(), titles_: [] };
  const presets = isObj(cfg.presets) ? cfg.presets : {};
  const skip = (opts && list<string>(opts.skipPresets)) || [];
  const problem = (item: unknown, reason: string) => void out.problems.push({ id: isObj(item) ? String(item.id) : '?', reason });
  const add = (rule: Rule, route?: RegExp): void => {
    const t = (isObj(rule) && rule.trigger) as Trigger;
    if (!isObj(t) || KINDS.indexOf(t.kind) < 0) return problem(rule, 'bad_kind');
    const c: CompiledRule = { rule_: rule, route_: route, trigger_: t };
    if (t.kind === 'request' && !(c.url_ = compilePattern(t.url, 'url'))) return problem(rule, 'bad_url');
    if (t.kind === 'method' && t.component !== undefined) {
      if (!(c.component_ = compilePattern(t.component, 'route'))) return problem(rule, 'bad_component');
      if (rule.enabled !== false) out.components.push({ component: t.component, method: t.method });
    }
    out.rules_.push(c);
  };
  for (const [group, rule] of PRESET_RULES) if (presets[group] !== false && skip.indexOf(group) < 0) add(rule);
  for (const rule of list<Rule>(cfg.rules)) add(rule);
  for (const page of list<PageRule>(cfg.pages)) {
    const route = isObj(page) && compilePattern(page.route, 'route');
    if (!route) problem(page, 'bad_route');
    else {
      if (isStr(page.title)) out.titles_.push([route, page.title]);
      for (const rule of list<Rule>(page.rules)) add(rule, route);
    }
  }
  const fields = (v: unknown) => list<FieldRule>(v).filter((f) => isObj(f) && isStr(f.field) && isArr(f.sources));
  out.chan = fields(cfg.chan);
  out.user = fields(cfg.user);
  for (const p of PRESET_CHAN) if (!out.chan.some((f) => f.field === p.field)) out.chan.push(p);
  return out;
}

/** The rules that can run on `route` (top-level ones plus those of matching pages), by trigger kind. */
export function rulesFor(compiled: CompiledConfig, route: string | undefined): Record<string, CompiledRule[]> {
  const key = route === undefined ? '\u0000' : route;
  let hit = compiled.byRoute_.get(key);
  if (!hit) {
    compiled.byRoute_.set(key, (hit = {}));
    for (const c of compiled.rules_) {
      const k = c.trigger_.kind;
      if (!c.route_ || (route !== undefined && c.route_.test(route))) (hit[k] = hit[k] || []).push(c);
    }
  }
  return hit;
}

/** page_title declared for the first page whose route pattern matches; undefined when none declares one. */
export function pageTitle(compiled: CompiledConfig, route: string): string | undefined {
  for (const [re, title] of compiled.titles_) if (re.test(route)) return title;
  return undefined;
}

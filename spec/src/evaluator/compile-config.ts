import type { FieldRule, PageRule, Rule, TrackingConfig } from '../config/config-types';
import type { CompileOptions, CompiledConfig, CompiledRule } from './evaluator-types';
import { compilePattern } from './patterns';
import { PRESET_CHAN, PRESET_RULES } from './preset-rules';
import { isArr, isObj, isStr, list, memo } from './util';

const KINDS = ['app', 'page', 'method', 'data', 'expose', 'request', 'payment'];

/**
 * Prepares a config for fire/watchList: expands presets (all on unless switched off or skipped), compiles
 * patterns once, and drops what cannot run into `problems`. Never throws; a non-object yields an empty config.
 */
export function compileConfig(config: TrackingConfig, opts?: CompileOptions): CompiledConfig {
  const cfg = (isObj(config) ? config : {}) as TrackingConfig;
  const out: CompiledConfig = { config: cfg, rules: [], chan: [], user: [], components: [], problems: [], byRoute: new Map() };
  const presets = isObj(cfg.presets) ? cfg.presets : {};
  const skip = (opts && list<string>(opts.skipPresets)) || [];
  for (const [group, rule] of PRESET_RULES) {
    if (presets[group] !== false && skip.indexOf(group) < 0) add(out, rule);
  }
  for (const rule of list<Rule>(cfg.rules)) add(out, rule);
  for (const page of list<PageRule>(cfg.pages)) {
    const route = isObj(page) && compilePattern(page.route, 'route');
    if (!route) problem(out, page, 'invalid page route');
    else for (const rule of list<Rule>(page.rules)) add(out, rule, route);
  }
  const fields = (v: unknown) => list<FieldRule>(v).filter((f) => isObj(f) && isStr(f.field) && isArr(f.sources));
  out.chan = fields(cfg.chan);
  out.user = fields(cfg.user);
  for (const p of PRESET_CHAN) if (!out.chan.some((f) => f.field === p.field)) out.chan.push(p);
  return out;
}

const problem = (out: CompiledConfig, item: unknown, reason: string) =>
  void out.problems.push({ id: isObj(item) ? String(item.id) : '?', reason });

function add(out: CompiledConfig, rule: Rule, route?: RegExp): void {
  const t = isObj(rule) ? rule.trigger : undefined;
  if (!isObj(t) || KINDS.indexOf(t.kind) < 0) return problem(out, rule, 'unknown trigger kind');
  const c: CompiledRule = { rule, route, trigger: t };
  if (t.kind === 'request' && !(c.url = compilePattern(t.url, 'url') || undefined)) return problem(out, rule, 'invalid url pattern');
  if (t.kind === 'method' && t.component !== undefined) {
    if (!(c.component = compilePattern(t.component, 'route') || undefined)) return problem(out, rule, 'invalid component pattern');
    if (rule.enabled !== false) out.components.push({ component: t.component, method: t.method });
  }
  out.rules.push(c);
}

/** The rules that can run on `route` (top-level ones plus those of matching pages), by trigger kind. */
export function rulesFor(compiled: CompiledConfig, route: string | undefined): Record<string, CompiledRule[]> {
  const key = route === undefined ? '\u0000' : route;
  let hit = compiled.byRoute.get(key);
  if (!hit) {
    hit = {};
    for (const c of compiled.rules) {
      if (c.route && (route === undefined || !c.route.test(route))) continue;
      (hit[c.trigger.kind] = hit[c.trigger.kind] || []).push(c);
    }
    compiled.byRoute.set(key, hit);
  }
  return hit;
}

const titleRoutes = new Map<string, RegExp | null>();
const routePattern = (route: string) => compilePattern(route, 'route');

/** page_title declared for the first page whose route pattern matches; undefined when none declares one. */
export function pageTitle(compiled: CompiledConfig, route: string): string | undefined {
  for (const page of list<PageRule>(compiled.config.pages)) {
    if (!isObj(page) || !isStr(page.title)) continue;
    const re = memo(titleRoutes, page.route, routePattern);
    if (re && re.test(route)) return page.title;
  }
  return undefined;
}

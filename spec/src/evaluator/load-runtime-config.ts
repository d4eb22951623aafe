import type { CompileOptions, CompiledConfig, CompiledRule, RuntimeConfig } from './evaluator-types';
import { list } from './util';

const re = (src: string | undefined) => (src ? new RegExp(src) : undefined);

/**
 * Readies a RuntimeConfig (precompileConfig's output, as delivered) for fire/watchList: the RegExp sources become
 * RegExps and the preset groups in `skipPresets` are left out. The caller checks runtimeFormat first. Never throws
 * on a RuntimeConfig.
 */
export function loadRuntimeConfig(rc: RuntimeConfig, opts?: CompileOptions): CompiledConfig {
  const skip = (opts && opts.skipPresets) || [];
  const rules_: CompiledRule[] = [];
  for (const r of list<RuntimeConfig['rules'][number]>(rc.rules)) {
    if (!r.group || skip.indexOf(r.group) < 0) rules_.push({ rule_: r, route_: re(r.route), trigger_: r.trigger, re_: re(r.re) });
  }
  return {
    runtime: rc,
    rules_,
    chan: list(rc.chan),
    user: list(rc.user),
    components: list(rc.components),
    problems: list(rc.problems),
    byRoute_: new Map(),
    titles_: list<[string, string]>(rc.titles).map(([src, title]) => [new RegExp(src), title]),
  };
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
  for (const [r, title] of compiled.titles_) if (r.test(route)) return title;
  return undefined;
}

import type { CompileOptions, CompiledConfig, RuntimeConfig, RuntimeRule } from './evaluator-types';
import { assign, rx } from './util';

export { rx };

/**
 * Readies a RuntimeConfig (precompileConfig's output, as delivered and verified) for fire/watchList: the preset
 * groups in `skipPresets` are left out. The caller checks runtimeFormat first.
 */
export function loadRuntimeConfig(rc: RuntimeConfig, opts?: CompileOptions): CompiledConfig {
  const skip = (opts && opts.skipPresets) || [];
  return assign({}, rc, { rules_: rc.rules.filter((r) => !r.group || skip.indexOf(r.group) < 0), byRoute_: new Map() });
}

/** The rules that can run on `route` (top-level ones plus those of matching pages), by trigger kind. */
export function rulesFor(compiled: CompiledConfig, route: string | undefined): Record<string, RuntimeRule[]> {
  // a Map tells the key undefined (no page: top-level rules only) from every route
  let hit = compiled.byRoute_.get(route);
  if (!hit) {
    compiled.byRoute_.set(route, (hit = {}));
    for (const r of compiled.rules_) {
      const k = r.trigger.kind;
      if (!r.route || (route !== undefined && rx(r.route)!.test(route))) (hit[k] = hit[k] || []).push(r);
    }
  }
  return hit;
}

/** page_title declared for the first page whose route pattern matches; undefined when none declares one. */
export function pageTitle(compiled: CompiledConfig, route: string): string | undefined {
  for (const [src, title] of compiled.titles) if (rx(src)!.test(route)) return title;
  return undefined;
}

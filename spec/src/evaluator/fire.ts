import type { Rule } from '../config/config-types';
import { evaluate, truthy } from './evaluate';
import type { CompiledConfig, CompiledRule, FireResult, PageWatchList, Scope, TriggerEvent } from './evaluator-types';
import { rulesFor } from './compile-config';

const has = <T>(v: T | T[] | undefined, x: T, dflt: T): boolean =>
  Array.isArray(v) ? v.indexOf(x) >= 0 : (v === undefined ? dflt : v) === x;

function matches(c: CompiledRule, e: TriggerEvent): boolean {
  const t = c.trigger;
  switch (e.kind) {
    case 'app':
    case 'page':
      return has((t as { on: typeof e.on }).on, e.on, e.on);
    case 'method': {
      const m = t as Extract<typeof t, { kind: 'method' }>;
      return m.method === e.method && (m.phase || 'after') === e.phase && (c.component ? !!e.component && c.component.test(e.component) : !e.component);
    }
    case 'data': {
      const d = t as Extract<typeof t, { kind: 'data' }>;
      return d.path === e.path && (!!d.everyChange || e.first !== false);
    }
    case 'expose':
      return (t as { selector: string }).selector === e.selector;
    case 'request': {
      const r = t as Extract<typeof t, { kind: 'request' }>;
      return (
        !!c.url &&
        c.url.test(e.url) &&
        (!r.method || String(r.method).toUpperCase() === String(e.method || 'GET').toUpperCase()) &&
        (r.outcome === 'any' || (r.outcome || 'success') === e.outcome)
      );
    }
    case 'payment': {
      const o = (t as Extract<typeof t, { kind: 'payment' }>).outcome;
      return o === 'any' || has(o, e.outcome, 'success');
    }
  }
  return false;
}

/**
 * Runs the rules a trigger matches, in order (presets, top-level rules, then page rules), and returns what to
 * emit, what to remember and why each matching rule did or did not emit. `remember` is applied by the caller
 * after this call, so rules of one trigger all read the variables as they were before it. Never throws.
 */
export function fire(compiled: CompiledConfig, trigger: TriggerEvent, scope: Scope): FireResult {
  const res: FireResult = { emissions: [], remember: {}, decisions: [] };
  try {
    const cands = rulesFor(compiled, trigger.route)[trigger.kind] || [];
    for (const c of cands) if (matches(c, trigger)) run(c.rule, scope, res);
  } catch {
    // a broken rule must never break the host page; what was decided so far is kept
  }
  return res;
}

function run(r: Rule, scope: Scope, res: FireResult): void {
  const skip = (reason: string) => void res.decisions.push({ ruleId: r.id, outcome: 'skipped', reason });
  if (r.enabled === false) return skip('disabled');
  if (r.when !== undefined && !truthy(evaluate(r.when, scope))) return skip('when is false');
  let items: unknown[] = [undefined];
  if (r.foreach !== undefined) {
    const list = evaluate(r.foreach, scope);
    if (!Array.isArray(list)) return skip('foreach is not an array');
    items = list;
  }
  const before = res.emissions.length;
  if (r.event) {
    items.forEach((item, index) => {
      const s = r.foreach === undefined ? scope : Object.assign({}, scope, { item, index });
      const props = evaluate(r.props || {}, s);
      res.emissions.push({ ruleId: r.id, type: r.event!, props: typeof props === 'object' && props && !Array.isArray(props) ? (props as Record<string, unknown>) : {} });
    });
  }
  let remembered = false;
  const rem = r.remember && typeof r.remember === 'object' ? r.remember : {};
  for (const k of Object.keys(rem)) {
    const v = evaluate(rem[k], scope);
    if (v !== undefined) {
      res.remember[k] = v;
      remembered = true;
    }
  }
  if (res.emissions.length > before) res.decisions.push({ ruleId: r.id, outcome: 'emitted' });
  else if (remembered) res.decisions.push({ ruleId: r.id, outcome: 'remembered' });
  else skip(r.event ? 'foreach is empty' : 'nothing to remember');
}

/** What the runtime must watch on a page of this route: page methods to wrap, data paths, exposed selectors. */
export function watchList(compiled: CompiledConfig, route: string): PageWatchList {
  const out: PageWatchList = { methods: [], dataPaths: [], exposes: [] };
  try {
    const by = rulesFor(compiled, route);
    const uniq = (a: string[], v: string) => void (a.indexOf(v) < 0 && a.push(v));
    for (const c of (by.method || []).concat(by.data || [], by.expose || [])) {
      const t = c.trigger;
      if (c.rule.enabled === false) continue;
      if (t.kind === 'method' && !t.component) uniq(out.methods, t.method);
      if (t.kind === 'data') uniq(out.dataPaths, t.path);
      if (t.kind === 'expose') out.exposes.push(Object.assign({ ruleId: c.rule.id }, t));
    }
  } catch {
    // an unreadable rule watches nothing
  }
  return out;
}

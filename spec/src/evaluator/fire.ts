import type { Rule } from '../config/config-types';
import { evaluate, truthy } from './evaluate';
import type { CompiledConfig, CompiledRule, Decision, FireResult, PageWatchList, Scope, TriggerEvent } from './evaluator-types';
import { rulesFor } from './compile-config';
import { assign, isArr, isObj, keysOf } from './util';

const has = <T>(v: T | T[] | undefined, x: T, dflt: T): boolean => (isArr(v) ? v.indexOf(x) >= 0 : (v === undefined ? dflt : v) === x);

type LooseTrigger = { [field: string]: string | string[] | boolean | undefined };

// rulesFor groups rules by trigger kind, so `c.trigger` is always of e's kind; it is read loosely rather than
// narrowed per kind, which would cost a variable per case in the minified bundle.
function matches(c: CompiledRule, e: TriggerEvent): boolean {
  const t = c.trigger as unknown as LooseTrigger;
  switch (e.kind) {
    case 'app':
    case 'page':
      return has(t.on, e.on, e.on);
    case 'method':
      return t.method === e.method && (t.phase || 'after') === e.phase && (c.component ? !!e.component && c.component.test(e.component) : !e.component);
    case 'data':
      return t.path === e.path && (!!t.everyChange || e.first !== false);
    case 'expose':
      return t.selector === e.selector;
    case 'request':
      return (
        !!c.url &&
        c.url.test(e.url) &&
        (!t.method || String(t.method).toUpperCase() === String(e.method || 'GET').toUpperCase()) &&
        (t.outcome === 'any' || (t.outcome || 'success') === e.outcome)
      );
    case 'payment':
      return t.outcome === 'any' || has(t.outcome, e.outcome, 'success');
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
    for (const c of rulesFor(compiled, trigger.route)[trigger.kind] || []) if (matches(c, trigger)) run(c.rule, scope, res);
  } catch {
    // a broken rule must never break the host page; what was decided so far is kept
  }
  return res;
}

function run(r: Rule, scope: Scope, res: FireResult): void {
  const ruleId = r.id;
  const decide = (outcome: Decision['outcome'], reason?: string) =>
    void res.decisions.push(reason ? { ruleId, outcome, reason } : { ruleId, outcome });
  if (r.enabled === false) return decide('skipped', 'disabled');
  if (r.when !== undefined && !truthy(evaluate(r.when, scope))) return decide('skipped', 'when is false');
  const each = r.foreach !== undefined;
  const items = each ? evaluate(r.foreach, scope) : [undefined];
  if (!isArr(items)) return decide('skipped', 'foreach is not an array');
  const before = res.emissions.length;
  if (r.event) {
    items.forEach((item, index) => {
      const props = evaluate(r.props || {}, each ? assign({}, scope, { item, index }) : scope);
      res.emissions.push({ ruleId, type: r.event!, props: isObj(props) ? props : {} });
    });
  }
  let remembered = false;
  const rem = r.remember && typeof r.remember === 'object' ? r.remember : {};
  for (const k of keysOf(rem)) {
    const v = evaluate(rem[k], scope);
    if (v !== undefined) {
      res.remember[k] = v;
      remembered = true;
    }
  }
  if (res.emissions.length > before) decide('emitted');
  else if (remembered) decide('remembered');
  else decide('skipped', r.event ? 'foreach is empty' : 'nothing to remember');
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
      if (t.kind === 'expose') out.exposes.push(assign({ ruleId: c.rule.id }, t));
    }
  } catch {
    // an unreadable rule watches nothing
  }
  return out;
}

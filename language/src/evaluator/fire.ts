import type {
  CompiledConfig,
  Decision,
  FireResult,
  PageWatchList,
  RuntimeRule,
  Scope,
  TriggerEvent,
} from './evaluator-types';
import { rulesFor, rx } from './load-runtime-config';
import { truthy } from './operators';
import { readPath } from './read-path';
import { runExpr as evaluate } from './run-expr';
import { assign, isArr, isObj } from './util';

type LooseTrigger = { [field: string]: string | string[] | boolean | undefined };

/** v (a list precompileConfig made of `on` / `outcome`) is absent or lists x. */
const has = (v: LooseTrigger[string], x: string): boolean => !v || (v as string[]).indexOf(x) >= 0;
const upper = (v: unknown) => String(v).toUpperCase();

// rulesFor groups rules by trigger kind, so `r.trigger` is always of e's kind; it is read loosely rather than
// narrowed per kind, which would cost a variable per case in the minified bundle.
function matches(r: RuntimeRule, e: TriggerEvent, s: Scope): boolean {
  const t = r.trigger as unknown as LooseTrigger;
  switch (e.kind) {
    case 'app':
    case 'page':
      return has(t.on, e.on);
    case 'method':
      return (
        t.method === e.method &&
        t.phase === e.phase &&
        (r.re ? !!e.component && rx(r.re)!.test(e.component) : !e.component)
      );
    case 'data':
      // null is "not there yet" (`data: {goods: null}` before the request returns), like undefined
      return t.path === e.path && (!!t.everyChange || e.first !== false) && readPath(s.data, r.segs!) != null;
    case 'expose':
      return t.selector === e.selector && t.list === e.list;
    case 'request':
      // precompileConfig keeps a request rule only with a valid url pattern
      return (
        rx(r.re!)!.test(e.url) && (!t.method || t.method === upper(e.method || 'GET')) && has(t.outcome, e.outcome)
      );
    case 'payment':
      return has(t.outcome, e.outcome);
  }
  return false;
}

/**
 * Runs the rules a trigger matches, in order (presets, top-level rules, then page rules), and returns what to
 * emit, what to remember and why each matching rule did or did not emit (reason codes: REASONS in
 * reason-codes.ts). `remember` is applied by the caller after this call, so rules of one trigger all read the
 * variables as they were before it. Never throws.
 */
export function fire(compiled: CompiledConfig, trigger: TriggerEvent, scope: Scope): FireResult {
  const res: FireResult = { emissions: [], remember: {}, decisions: [] };
  try {
    for (const r of rulesFor(compiled, trigger.route)[trigger.kind] || [])
      if (matches(r, trigger, scope)) run(r, scope, res);
  } catch {
    // a broken rule must never break the host page; what was decided so far is kept
  }
  return res;
}

function run(r: RuntimeRule, scope: Scope, res: FireResult): void {
  const ruleId = r.id;
  const decide = (outcome: Decision['outcome'], reason?: string) =>
    void res.decisions.push({ ruleId, outcome, reason });
  const skip = (reason: string) => decide('skipped', reason);
  if (r.enabled === false) return skip('disabled');
  if (r.when !== undefined && !truthy(evaluate(r.when, scope))) return skip('when');
  const each = r.foreach !== undefined;
  const items = each ? evaluate(r.foreach, scope) : [0];
  if (!isArr(items)) return skip('no_array');
  const before = res.emissions.length;
  if (r.event) {
    items.forEach((item, index) => {
      const props = evaluate(r.props, each ? assign({}, scope, { item, index }) : scope);
      res.emissions.push({ ruleId, type: r.event!, props: isObj(props) ? props : {} });
    });
  }
  let remembered = false;
  for (const [k, x] of r.remember || []) {
    const v = evaluate(x, scope);
    if (v !== undefined) {
      res.remember[k] = v;
      remembered = true;
    }
  }
  if (res.emissions.length > before) decide('emitted');
  else if (remembered) decide('remembered');
  else skip(r.event ? 'empty' : 'nothing');
}

/** What the runtime must watch on a page of this route: page methods to wrap, data paths, exposed selectors. */
export function watchList(compiled: CompiledConfig, route: string): PageWatchList {
  const out: PageWatchList = { methods: [], dataPaths: [], exposes: [] };
  const by = rulesFor(compiled, route);
  // precompileConfig gives every rule a trigger of a known kind, so nothing here can throw
  for (const r of (by.method || []).concat(by.data || [], by.expose || [])) {
    const t = r.trigger;
    if (r.enabled === false) continue;
    if (t.kind === 'method' && !t.component && out.methods.indexOf(t.method) < 0) out.methods.push(t.method);
    if (t.kind === 'data' && !out.dataPaths.some((p) => p[0] === t.path)) out.dataPaths.push([t.path, r.segs!]);
    if (t.kind === 'expose') out.exposes.push(assign({ ruleId: r.id, segs: r.segs }, t));
  }
  return out;
}

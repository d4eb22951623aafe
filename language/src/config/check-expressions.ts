import type { Violation } from '../violation';
import { parsePath } from '../evaluator/parse-path';
import { FILTER_NAMES, OPERATOR_NAMES, parseTemplate } from '../evaluator/template';
import { configViolation } from './config-violation';
import { asArray, fieldSites, isObject, ruleSites } from './config-sites';
import { toPointer } from '../violations/json-pointer';
import { ROOT_SOURCE, SCOPE_ROOTS, TRIGGER_ROOTS, rootsOfTrigger } from './scope-roots';

interface ExprContext {
  /** Trigger-only roots in scope; undefined = unknown trigger, report nothing about availability. */
  roots: Set<string> | undefined;
  variables: Set<string>;
  out: Violation[];
}

// The evaluator's operator form of these filters takes `[value, argument]` (evaluate.ts WITH_ARG).
const FILTERS_WITH_ARG = ['default', 'round', 'split', 'join'];
// The evaluator stops at 64 levels; a deeper document is reported once instead of walked further.
const MAX_DEPTH = 64;

/**
 * Templates, operators, filters, scope roots and variables in every expression of the document:
 * rule `when`, `foreach`, `props`, `remember`, and chan/user `sources`.
 */
export function checkExpressions(doc: unknown): Violation[] {
  if (!isObject(doc)) return [];
  const out: Violation[] = [];
  const variables = new Set(isObject(doc.variables) ? Object.keys(doc.variables) : []);
  for (const { rule, path } of ruleSites(doc)) {
    const roots = rootsOfTrigger(rule.trigger);
    const withItem = roots && rule.foreach !== undefined ? new Set([...roots, 'item', 'index']) : roots;
    if (rule.foreach !== undefined) expr(rule.foreach, path + '/foreach', { roots, variables, out }, 0);
    // fire.ts evaluates `when` and `remember` once per trigger, before and outside foreach: no item there
    if (rule.when !== undefined) expr(rule.when, path + '/when', { roots, variables, out }, 0);
    if (rule.props !== undefined) expr(rule.props, path + '/props', { roots: withItem, variables, out }, 0);
    if (isObject(rule.remember))
      for (const name of Object.keys(rule.remember)) {
        const at = `${path}/remember${toPointer([name])}`;
        if (!variables.has(name)) out.push(unknownVariable(at, name));
        expr(rule.remember[name], at, { roots, variables, out }, 0);
      }
  }
  for (const { rule, path } of fieldSites(doc))
    asArray(rule.sources).forEach((source, i) =>
      expr(source, `${path}/sources/${i}`, { roots: new Set(), variables, out }, 0),
    );
  return out;
}

function unknownVariable(at: string, name: string): Violation {
  return configViolation(
    at,
    'unknown_variable',
    `变量 ${name} 未在 variables 中声明`,
    `variable ${name} is not declared in variables`,
  );
}

function bad(ctx: ExprContext, at: string, zh: string, en: string): void {
  ctx.out.push(configViolation(at, 'bad_expression', zh, en));
}

function expr(e: unknown, at: string, ctx: ExprContext, depth: number): void {
  if (depth > MAX_DEPTH) return bad(ctx, at, '表达式嵌套超过 64 层', 'nests deeper than 64 levels');
  if (typeof e === 'string') return template(e, at, ctx);
  if (Array.isArray(e)) return e.forEach((x, i) => expr(x, `${at}/${i}`, ctx, depth + 1));
  if (!isObject(e)) return;
  const keys = Object.keys(e);
  if (keys.length === 1 && keys[0].charAt(0) === '$') return operator(keys[0], e[keys[0]], at, ctx, depth);
  const dollar = keys.filter((k) => k.charAt(0) === '$');
  if (dollar.length)
    bad(
      ctx,
      at,
      `运算符 ${dollar.join(', ')} 必须是对象里唯一的键`,
      `operator ${dollar.join(', ')} must be the only key of its object`,
    );
  for (const k of keys) if (k.charAt(0) !== '$') expr(e[k], at + toPointer([k]), ctx, depth + 1);
}

function template(text: string, at: string, ctx: ExprContext): void {
  if (text.indexOf('{{') < 0) return;
  const parsed = parseTemplate(text);
  if ('error' in parsed)
    return bad(
      ctx,
      at,
      `模板在第 ${parsed.at + 1} 个字符处有误（${parsed.error}）：${text}`,
      `template is invalid at character ${parsed.at + 1} (${parsed.error}): ${text}`,
    );
  for (const part of parsed.parts) {
    if (typeof part === 'string') continue;
    readPath(part.path, at, ctx);
    for (const f of part.filters)
      if (FILTER_NAMES.indexOf(f.name) < 0)
        bad(
          ctx,
          at,
          `未知过滤器 ${f.name}，可用：${FILTER_NAMES.join(', ')}`,
          `unknown filter ${f.name}; one of ${FILTER_NAMES.join(', ')}`,
        );
  }
}

const PATH_HINT = {
  zh: '用点号、[n] 下标或 [路径] 计算下标，如 data.list[0].id、data.list[event.dataset.index]',
  en: 'use dots, [n] indexes or a [path] computed key, e.g. data.list[0].id, data.list[event.dataset.index]',
};

/**
 * A path read by a template or $ref (`relative`: a path inside a value, as `$get`'s): its root must exist, be
 * provided by the trigger, and name a declared variable; so must the root of each computed key `[path]`.
 */
function readPath(path: string, at: string, ctx: ExprContext, relative?: boolean): void {
  const segs = parsePath(path);
  if (!segs) return bad(ctx, at, `路径无效：${path}（${PATH_HINT.zh}）`, `invalid path: ${path} (${PATH_HINT.en})`);
  for (const s of segs) if (Array.isArray(s)) checkRoot(s, s.join('.'), at, ctx);
  if (!relative) checkRoot(segs, path, at, ctx);
}

function checkRoot(segs: unknown[], path: string, at: string, ctx: ExprContext): void {
  const root = String(segs[0]);
  if (SCOPE_ROOTS.indexOf(root) < 0)
    return bad(
      ctx,
      at,
      `未知的根 ${root}（${path}），可用：${SCOPE_ROOTS.join(', ')}`,
      `unknown root ${root} (${path}); one of ${SCOPE_ROOTS.join(', ')}`,
    );
  if (root === 'vars' && segs.length > 1 && !ctx.variables.has(String(segs[1])))
    return void ctx.out.push(unknownVariable(at, String(segs[1])));
  if (ctx.roots && TRIGGER_ROOTS.indexOf(root) >= 0 && !ctx.roots.has(root)) {
    const src = ROOT_SOURCE[root];
    ctx.out.push(
      configViolation(
        at,
        'root_unavailable',
        `${root} 只在 ${src.zh} 中有值，这里永远为空（${path}）`,
        `${root} is only set by ${src.en}; here it is always empty (${path})`,
        'warning',
      ),
    );
  }
}

function operator(name: string, arg: unknown, at0: string, ctx: ExprContext, depth: number): void {
  const at = at0 + toPointer([name]);
  const d = depth + 1;
  const sub = (x: unknown, key: string | number, c: ExprContext = ctx) => expr(x, `${at}/${key}`, c, d + 1);
  const shape = (zh: string, en: string) => bad(ctx, at, `${name} 的参数应为${zh}`, `${name} expects ${en}`);
  if (OPERATOR_NAMES.indexOf(name) < 0) return bad(ctx, at, `未知运算符 ${name}`, `unknown operator ${name}`);
  const o = isObject(arg) ? arg : undefined;
  const withItem: ExprContext = { ...ctx, roots: ctx.roots && new Set([...ctx.roots, 'item', 'index']) };
  switch (name) {
    case '$ref':
      if (typeof arg !== 'string') return shape('路径字符串，如 "data.goods"', 'a path string such as "data.goods"');
      return readPath(arg, at, ctx);
    case '$const':
      return;
    case '$get':
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[1] !== 'string')
        return shape('[值, "路径"]，如 [{"$find": …}, "id"]', '[value, "path"], e.g. [{"$find": …}, "id"]');
      sub(arg[0], 0);
      return readPath(arg[1], `${at}/1`, ctx, true);
    case '$add':
    case '$mul':
      if (!Array.isArray(arg) || arg.length < 2)
        return shape('至少两项的数组 [a, b, …]', 'an array of at least two items [a, b, …]');
      return arg.forEach((x, i) => sub(x, i));
    case '$coalesce':
    case '$concat':
    case '$and':
    case '$or':
      if (!Array.isArray(arg)) return shape('数组', 'an array');
      return arg.forEach((x, i) => sub(x, i));
    case '$sub':
    case '$div':
    case '$eq':
    case '$ne':
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
    case '$in':
      if (!Array.isArray(arg) || arg.length !== 2)
        return shape('两项的数组 [左, 右]', 'a two-item array [left, right]');
      return arg.forEach((x, i) => sub(x, i));
    case '$match':
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[1] !== 'string')
        return shape('[值, "正则表达式"]', '[value, "regular expression"]');
      sub(arg[0], 0);
      try {
        new RegExp(arg[1]);
      } catch {
        bad(ctx, `${at}/1`, `正则表达式无效：${arg[1]}`, `invalid regular expression: ${arg[1]}`);
      }
      return;
    case '$exists':
    case '$not':
      return expr(arg, at, ctx, d);
    case '$if':
      if (!o || !('cond' in o) || !onlyKeys(o, ['cond', 'then', 'else']))
        return shape(' {cond, then, else}', '{cond, then, else}');
      return ['cond', 'then', 'else'].forEach((k) => k in o && sub(o[k], k));
    case '$map':
      if (!o || !('from' in o) || !('to' in o) || !onlyKeys(o, ['from', 'to']))
        return shape(' {from, to}', '{from, to}');
      sub(o.from, 'from');
      return sub(o.to, 'to', withItem);
    case '$sum':
      if (!o || !('in' in o) || !onlyKeys(o, ['in', 'of'])) return shape(' {in, of}', '{in, of}');
      sub(o.in, 'in');
      if ('of' in o) sub(o.of, 'of', withItem);
      return;
    case '$find':
    case '$filter':
      if (!o || !('in' in o) || !isObject(o.where) || !onlyKeys(o, ['in', 'where']))
        return shape(' {in, where}（where 为对象）', '{in, where} with an object where');
      sub(o.in, 'in');
      for (const key of Object.keys(o.where)) {
        // keys are paths inside each element; values are read in the rule's own scope (evaluate.ts)
        if (!parsePath(key))
          bad(ctx, `${at}/where${toPointer([key])}`, `元素路径无效：${key}`, `invalid element path: ${key}`);
        expr(o.where[key], `${at}/where${toPointer([key])}`, ctx, d + 2);
      }
      return;
    case '$lookup':
      if (!o || !('value' in o) || !isObject(o.table) || !onlyKeys(o, ['value', 'table', 'default']))
        return shape(' {value, table, default}（table 为对象）', '{value, table, default} with an object table');
      sub(o.value, 'value');
      if ('default' in o) sub(o.default, 'default');
      return;
  }
  // a filter used as an operator
  if (FILTERS_WITH_ARG.indexOf(name.slice(1)) >= 0 && Array.isArray(arg)) {
    if (arg.length !== 2) return shape(' [值, 参数] 或单个值', '[value, argument] or a single value');
    return arg.forEach((x, i) => sub(x, i));
  }
  expr(arg, at, ctx, d);
}

function onlyKeys(o: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(o).every((k) => allowed.indexOf(k) >= 0);
}

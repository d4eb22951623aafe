import type { Violation } from '../violation';
import { configViolation } from './config-violation';
import { isObject } from './config-sites';
import { eventSchema, itemSchemas, propertySchemas, type Located } from './event-schema-walk';
import { toPointer } from '../violations/json-pointer';

const NO_CONSTANT = Symbol('not a constant');

/** The value of an expression when it is a constant (no template, no operator but $const). */
function constantOf(e: unknown): unknown {
  if (typeof e === 'string') return e.indexOf('{{') < 0 ? e : NO_CONSTANT;
  if (typeof e === 'number' || typeof e === 'boolean' || e === null) return e;
  if (isObject(e) && Object.keys(e).length === 1 && '$const' in e) return e.$const;
  return NO_CONSTANT;
}

/**
 * Checks a rule's mapping against the Youshu event schema where the answer is known before run time:
 * constants of the wrong type or outside an enum, partner fields (sale, shipping_shop…) mapped alone, and
 * fields a constant status requires (custom_order `cancel_pay` → `cancel_pay_time`).
 */
export function checkPropsAgainstSchema(event: string, props: unknown, at: string, out: Violation[]): void {
  const schemas = eventSchema(event);
  if (schemas) visit(props, schemas, at, out, 0);
}

function visit(e: unknown, schemas: Located[], at: string, out: Violation[], depth: number): void {
  if (!schemas.length || depth > 32) return;
  const value = constantOf(e);
  if (value !== NO_CONSTANT) {
    const problem = constantProblem(value, schemas);
    if (problem) out.push(configViolation(at, 'bad_constant', problem.zh, problem.en));
    return;
  }
  if (Array.isArray(e)) return e.forEach((x, i) => visit(x, itemSchemas(schemas), `${at}/${i}`, out, depth + 1));
  if (!isObject(e)) return;
  const keys = Object.keys(e);
  if (keys.length === 1 && keys[0].charAt(0) === '$') {
    if (isObject(e.$map)) visit(e.$map.to, itemSchemas(schemas), `${at}/$map/to`, out, depth + 1);
    return;
  }
  for (const k of keys) visit(e[k], propertySchemas(schemas, k), at + toPointer([k]), out, depth + 1);
  partners(e, schemas, at, out);
  conditionalRequired(e, schemas, at, out);
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

function typeOk(v: unknown, t: string): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
  }
  return true;
}

function constantProblem(v: unknown, schemas: Located[]): { zh: string; en: string } | undefined {
  const shown = JSON.stringify(v);
  for (const { schema } of schemas) {
    const types =
      schema.type === undefined
        ? undefined
        : Array.isArray(schema.type)
          ? schema.type.map(String)
          : [String(schema.type)];
    if (types && !types.some((t) => typeOk(v, t)))
      return {
        zh: `常量 ${shown} 的类型不对，应为${types.map((t) => TYPE_ZH[t] || t).join('或')}`,
        en: `constant ${shown} has the wrong type; expected ${types.join(' or ')}`,
      };
    if (Array.isArray(schema.enum) && !schema.enum.some((x) => x === v)) {
      const list = schema.enum.map((x) => JSON.stringify(x)).join(', ');
      return { zh: `常量 ${shown} 不在可选值中：${list}`, en: `constant ${shown} is not one of ${list}` };
    }
    if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum)
      return {
        zh: `常量 ${shown} 小于最小值 ${schema.minimum}`,
        en: `constant ${shown} is below the minimum ${schema.minimum}`,
      };
    if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum)
      return {
        zh: `常量 ${shown} 大于最大值 ${schema.maximum}`,
        en: `constant ${shown} is above the maximum ${schema.maximum}`,
      };
    if (typeof v === 'string' && typeof schema.minLength === 'number' && v.length < schema.minLength)
      return { zh: '常量不能为空字符串', en: 'the constant must not be an empty string' };
  }
  return undefined;
}

/** dependentRequired of the event schema (sale, shipping_shop, sku_category): partners are mapped together. */
function partners(e: Record<string, unknown>, schemas: Located[], at: string, out: Violation[]): void {
  for (const { schema } of schemas) {
    const deps = schema.dependentRequired;
    if (!isObject(deps)) continue;
    for (const key of Object.keys(deps)) {
      if (!(key in e) || !Array.isArray(deps[key])) continue;
      for (const need of deps[key] as unknown[])
        if (typeof need === 'string' && !(need in e))
          out.push(
            configViolation(
              at + toPointer([need]),
              'pair',
              `映射了 ${key} 就必须同时映射 ${need}`,
              `${key} is mapped, so ${need} must be mapped too`,
            ),
          );
    }
  }
}

/** `allOf: [{if: {properties: {X: {const: c}}, required: [X]}, then: {required: [...]}}]` with X a constant c. */
function conditionalRequired(e: Record<string, unknown>, schemas: Located[], at: string, out: Violation[]): void {
  for (const { schema } of schemas) {
    if (!Array.isArray(schema.allOf)) continue;
    for (const branch of schema.allOf) {
      if (!isObject(branch) || !isObject(branch.if) || !isObject(branch.then)) continue;
      const cond = isObject(branch.if.properties) ? branch.if.properties : {};
      const met =
        Object.keys(cond).length > 0 &&
        Object.keys(cond).every((k) => {
          const c = cond[k];
          return isObject(c) && 'const' in c && constantOf(e[k]) === c.const;
        });
      if (!met || !Array.isArray(branch.then.required)) continue;
      const because = Object.keys(cond)
        .map((k) => `${k} = ${JSON.stringify((cond[k] as Record<string, unknown>).const)}`)
        .join(', ');
      for (const need of branch.then.required)
        if (typeof need === 'string' && !(need in e))
          out.push(
            configViolation(
              at + toPointer([need]),
              'missing_required_prop',
              `${because} 时必须映射 ${need}`,
              `${need} must be mapped when ${because}`,
            ),
          );
    }
  }
}

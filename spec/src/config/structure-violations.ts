import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Violation } from '../violation';
import { CONFIG_JSON_SCHEMA } from './config-json-schema';
import { configViolation } from './config-violation';
import { fieldLabel, toPointer } from './json-pointer';

let compiled: ValidateFunction | undefined;

// Compiling the schema takes ~40 ms; do it on first use so importing @trackway/spec stays cheap.
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: true,
      discriminator: true,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
    });
    compiled = ajv.compile(CONFIG_JSON_SCHEMA);
  }
  return compiled;
}

/** Structural problems (JSON Schema), translated into Violations with stable codes and zh + en messages. */
export function structureViolations(doc: unknown): Violation[] {
  const validate = validator();
  if (validate(doc)) return [];
  return translate(validate.errors || []);
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  null: 'null',
};

function typeNames(t: unknown): { zh: string; en: string } {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  return { zh: list.map((x) => TYPE_ZH[x] || x).join(' 或 '), en: list.join(' or ') };
}

function listValues(values: unknown): string {
  return (Array.isArray(values) ? values : []).map((v) => JSON.stringify(v)).join(', ');
}

function translate(errors: ErrorObject[]): Violation[] {
  // An anyOf ("a value or a list of values", "a known name or extra.<name>") fails with one error per branch
  // plus its own; report it once, at its path, listing what is allowed.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const underAnyOf = (e: ErrorObject) =>
    e.keyword !== 'anyOf' && anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'));
  const out: Violation[] = [];
  const seen = new Set<string>();
  const push = (v: Violation | undefined) => {
    if (!v || seen.has(v.path)) return;
    seen.add(v.path);
    out.push(v);
  };
  for (const e of errors) {
    if (e.keyword === 'discriminator' || e.keyword === 'if' || e.keyword === 'oneOf' || e.propertyName) continue;
    if (underAnyOf(e)) continue;
    if (e.keyword === 'anyOf') push(anyOf(e, errors));
    else push(one(e));
  }
  // The trigger's kind is checked by the discriminator only when no other error already names it.
  for (const e of errors) if (e.keyword === 'discriminator') push(discriminator(e));
  return out;
}

function one(e: ErrorObject): Violation | undefined {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const last = at.slice(at.lastIndexOf('/') + 1);
  switch (e.keyword) {
    case 'required': {
      const path = at + toPointer([String(p.missingProperty)]);
      return configViolation(path, 'required', '缺少必填字段', 'required field is missing');
    }
    case 'additionalProperties': {
      const path = at + toPointer([String(p.additionalProperty)]);
      return configViolation(
        path,
        'unknown_field',
        `${fieldLabel(at) || '文档'} 不允许字段 ${String(p.additionalProperty)}（拼写错误？）`,
        `field ${String(p.additionalProperty)} is not allowed in ${fieldLabel(at) || 'the document'} (a typo?)`,
      );
    }
    case 'type': {
      const t = typeNames(p.type);
      return configViolation(at, 'type', `必须是${t.zh}`, `must be ${t.en}`);
    }
    case 'enum': {
      const values = listValues(p.allowedValues);
      if (last === 'event')
        return configViolation(
          at,
          'unknown_event',
          `不是有数行为名，可选：${values}`,
          `is not a Youshu behaviour; one of ${values}`,
        );
      if (last === 'kind')
        return configViolation(
          at,
          'unknown_trigger_kind',
          `触发器类型无效，可选：${values}`,
          `is not a trigger kind; one of ${values}`,
        );
      return configViolation(at, 'enum', `取值无效，可选：${values}`, `must be one of ${values}`);
    }
    case 'const':
      if (at === '/schemaVersion')
        return configViolation(
          at,
          'schema_version',
          '必须是 1（当前文档格式版本）',
          'must be 1 (the current document format)',
        );
      return configViolation(
        at,
        'const',
        `必须是 ${JSON.stringify(p.allowedValue)}`,
        `must be ${JSON.stringify(p.allowedValue)}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
      return configViolation(at, 'range', `必须 ${op} ${String(p.limit)}`, `must be ${op} ${String(p.limit)}`);
    }
    case 'minLength':
      return configViolation(at, 'empty', '不能为空', 'must not be empty');
    case 'pattern':
      return pattern(at, last);
    case 'minItems':
      return configViolation(
        at,
        'min_items',
        `至少需要 ${String(p.limit)} 项`,
        `needs at least ${String(p.limit)} item(s)`,
      );
    case 'maxItems':
      return configViolation(
        at,
        'max_items',
        `最多 ${String(p.limit)} 项`,
        `allows at most ${String(p.limit)} item(s)`,
      );
    case 'uniqueItems':
      return configViolation(
        at,
        'duplicate_item',
        `有重复项（第 ${String(p.j)} 和第 ${String(p.i)} 项）`,
        `has duplicate items (${String(p.j)} and ${String(p.i)})`,
      );
    case 'propertyNames':
      return configViolation(
        at + toPointer([String(p.propertyName)]),
        'bad_name',
        '名称无效：只能用字母、数字、下划线，且不能以数字开头',
        'is not a valid name: letters, digits and _ only, not starting with a digit',
      );
    default:
      return configViolation(at, 'invalid', '取值无效', 'is not valid');
  }
}

function pattern(at: string, last: string): Violation {
  if (last === 'id')
    return configViolation(
      at,
      'pattern',
      'id 只能包含字母、数字、_、-、.',
      'an id may only contain letters, digits, _, - and .',
    );
  if (last === 'method')
    return configViolation(
      at,
      'pattern',
      '方法名必须是合法的 JavaScript 标识符',
      'a method name must be a JavaScript identifier',
    );
  return configViolation(at, 'pattern', '格式不正确', 'has the wrong format');
}

function anyOf(e: ErrorObject, all: ErrorObject[]): Violation {
  const at = e.instancePath;
  const branches = all.filter((x) => x !== e && (x.instancePath === at || x.instancePath.startsWith(at + '/')));
  const values = new Set<string>();
  let list = false;
  let extra = false;
  for (const b of branches) {
    if (b.keyword === 'enum')
      for (const v of (b.params as { allowedValues: unknown[] }).allowedValues) values.add(JSON.stringify(v));
    if (b.keyword === 'type' && String((b.params as { type: unknown }).type) === 'array') list = true;
    if (b.keyword === 'pattern' && String((b.params as { pattern: unknown }).pattern).startsWith('^extra'))
      extra = true;
    if (b.instancePath !== at) list = true;
  }
  const names = [...values].join(', ');
  const zh = `取值无效，可选：${names}${extra ? ' 或 extra.<名称>' : ''}${list ? '（或它们组成的数组）' : ''}`;
  const en = `must be one of ${names}${extra ? ' or extra.<name>' : ''}${list ? ' (or a list of them)' : ''}`;
  return configViolation(at, values.size ? 'enum' : 'type', zh, en);
}

function discriminator(e: ErrorObject): Violation {
  const at = e.instancePath + '/kind';
  return configViolation(
    at,
    'unknown_trigger_kind',
    '触发器类型无效，可选：app、page、method、data、expose、request、payment',
    'is not a trigger kind; one of app, page, method, data, expose, request, payment',
  );
}

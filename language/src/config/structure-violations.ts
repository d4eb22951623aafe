import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Violation } from '../violation';
import { ajvViolations, type AjvTranslation } from '../violations/ajv-violations';
import { fieldLabel, toPointer } from '../violations/json-pointer';
import { showValue } from '../violations/show-value';
import { CONFIG_JSON_SCHEMA } from './config-json-schema';
import { CONFIG_ROOT, configViolation } from './config-violation';

let compiled: ValidateFunction | undefined;

// Compiling the schema takes ~40 ms; do it on first use so importing @trackway/language stays cheap.
function validator(): ValidateFunction {
  if (!compiled) {
    // verbose: errors carry the value and the schema, which the messages quote
    const ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      discriminator: true,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
    });
    compiled = ajv.compile(CONFIG_JSON_SCHEMA);
  }
  return compiled;
}

const TRIGGER_KINDS = 'app, page, method, data, expose, request, payment';

function unknownTriggerKind(path: string, kinds: string): Violation {
  return configViolation(
    path,
    'unknown_trigger_kind',
    `触发器类型无效，可选：${kinds}`,
    `is not a trigger kind; one of ${kinds}`,
  );
}

/** Structural problems (JSON Schema), translated into Violations with stable codes and zh + en messages. */
export function structureViolations(doc: unknown): Violation[] {
  const validate = validator();
  if (validate(doc)) return [];
  const errors = validate.errors || [];
  // The trigger's kind is checked by the discriminator only when no other error already names it.
  const discriminatorLast = [
    ...errors.filter((e) => e.keyword !== 'discriminator'),
    ...errors.filter((e) => e.keyword === 'discriminator'),
  ];
  return ajvViolations(discriminatorLast, CONFIG_TRANSLATION);
}

/** The config's own codes and wordings; one violation per path, the first found. */
const CONFIG_TRANSLATION: AjvTranslation = {
  root: CONFIG_ROOT,
  key: (v) => v.path,
  special: configSpecial,
};

function configSpecial(e: ErrorObject, all: readonly ErrorObject[]): Violation | null | undefined {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const last = at.slice(at.lastIndexOf('/') + 1);
  if (e.keyword === 'oneOf' || e.propertyName) return null;
  if (e.keyword === 'discriminator') return unknownTriggerKind(at + '/kind', TRIGGER_KINDS);
  // An anyOf ("a value or a list of values", "a known name or extra.<name>") fails with one error per branch
  // plus its own; report it once, at its path, listing what is allowed.
  if (e.keyword === 'anyOf') return anyOf(e, all);
  if (all.some((x) => x.keyword === 'anyOf' && (at === x.instancePath || at.startsWith(x.instancePath + '/'))))
    return null;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      return configViolation(
        at + toPointer([field]),
        'unknown_field',
        `${fieldLabel(at) || '文档'} 不允许字段 ${field}（拼写错误？）`,
        `field ${field} is not allowed in ${fieldLabel(at) || 'the document'} (a typo?)`,
      );
    }
    case 'enum': {
      const values = (p.allowedValues as unknown[]).map((v) => showValue(v)).join(', ');
      if (last === 'event')
        return configViolation(
          at,
          'unknown_event',
          `不是有数行为名，可选：${values}`,
          `is not a Youshu behaviour; one of ${values}`,
        );
      if (last === 'kind') return unknownTriggerKind(at, values);
      return undefined;
    }
    case 'const':
      if (at !== '/schemaVersion') return undefined;
      return configViolation(
        at,
        'schema_version',
        '必须是 1（当前文档格式版本）',
        'must be 1 (the current document format)',
      );
    case 'pattern':
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
    case 'propertyNames':
      return configViolation(
        at + toPointer([String(p.propertyName)]),
        'bad_name',
        '名称无效：只能用字母、数字、下划线，且不能以数字开头',
        'is not a valid name: letters, digits and _ only, not starting with a digit',
      );
    default:
      return undefined;
  }
}

function anyOf(e: ErrorObject, all: readonly ErrorObject[]): Violation {
  const at = e.instancePath;
  const branches = all.filter((x) => x !== e && (x.instancePath === at || x.instancePath.startsWith(at + '/')));
  const values = new Set<string>();
  let list = false;
  let extra = false;
  for (const b of branches) {
    if (b.keyword === 'enum')
      for (const v of (b.params as { allowedValues: unknown[] }).allowedValues) values.add(showValue(v));
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

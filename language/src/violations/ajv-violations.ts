/**
 * Turns ajv errors into Trackway Violations: a JSON Pointer to the offending field (for required/dependentRequired:
 * to the missing field itself), a stable code and a zh + en message that names the field and says what is
 * expected. Compile with allErrors, and verbose so the messages can quote the value and the field's description.
 */
import type { ErrorObject } from 'ajv';
import type { Violation } from '../violation';
import { fieldLabel, toPointer } from './json-pointer';
import { labelledViolation } from './labelled-violation';
import { showValue } from './show-value';

type Text = Violation['message'];

/** What a validator adds to the shared translation. */
export interface AjvTranslation {
  /** How messages name the document itself (a violation at path ''). */
  root: Text;
  /** Domain rules, tried first: a Violation, null to drop the error, undefined for the shared translation. */
  special?: (error: ErrorObject, all: readonly ErrorObject[]) => Violation | null | undefined;
  /** Violations with the same key are reported once, the first found; by default the same code at one path. */
  key?: (violation: Violation) => string;
}

const TYPE_NAMES: Record<string, Text> = {
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  null: { zh: 'null', en: 'null' },
};

const RANGE_WORDS: Record<string, Text> = {
  '>=': { zh: '不小于', en: 'at least' },
  '<=': { zh: '不大于', en: 'at most' },
  '>': { zh: '大于', en: 'greater than' },
  '<': { zh: '小于', en: 'less than' },
};

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeName(type: string): Text {
  return TYPE_NAMES[type] ?? { zh: type, en: type };
}

/** Splits a schema description written as "中文 / English"; empty texts when there is none. */
function describe(schema: unknown): Text {
  const text = typeof schema === 'object' && schema !== null ? (schema as { description?: unknown }).description : '';
  if (typeof text !== 'string' || text === '') return { zh: '', en: '' };
  const cut = text.indexOf(' / ');
  return cut < 0 ? { zh: text, en: text } : { zh: text.slice(0, cut), en: text.slice(cut + 3) };
}

function propertySchema(parentSchema: unknown, property: string): unknown {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties && Object.prototype.hasOwnProperty.call(properties, property) ? properties[property] : undefined;
}

const NO_TEXT: Text = { zh: '', en: '' };

/** Appends the field's description, when the schema has one, as a hint on what is expected. */
function withHint(zh: string, en: string, hint: Text): Text {
  const zhEnd = /[。.!！]$/.test(hint.zh) ? '' : '。';
  return { zh: hint.zh ? `${zh}。${hint.zh}${zhEnd}` : zh, en: hint.en ? `${en}. ${hint.en}` : en };
}

/** "，实际是 <value>" / ", got <value>" (with the value's type when asked) if ajv kept the value (verbose). */
function got(error: ErrorObject, withType = false): Text {
  if (!('data' in error)) return NO_TEXT;
  const type = withType ? typeName(jsonTypeOf(error.data)) : NO_TEXT;
  const value = showValue(error.data);
  return { zh: `，实际是${type.zh} ${value}`, en: `, got ${type.en ? `${type.en} ` : ''}${value}` };
}

function sharedViolation(error: ErrorObject, root: Text): Violation | null {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const hint = describe(error.parentSchema);
  const violation = (path: string, code: string, zh: string, en: string, about: Text = NO_TEXT) => {
    const text = withHint(zh, en, about);
    return labelledViolation(path, code, text.zh, text.en, root);
  };
  const value = got(error);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const hintOfMissing = describe(propertySchema(error.parentSchema, missing));
      return violation(
        at + toPointer([missing]),
        'required',
        '缺少必填字段',
        'required field is missing',
        hintOfMissing,
      );
    }
    case 'dependentRequired': {
      const set = fieldLabel(at + toPointer([String(params.property)]));
      return violation(
        at + toPointer([String(params.missingProperty)]),
        'pair',
        `填写了 ${set} 就必须同时填写本字段`,
        `is required when ${set} is set`,
      );
    }
    case 'type': {
      const expected = (Array.isArray(params.type) ? params.type.map(String) : String(params.type).split(',')).map(
        typeName,
      );
      const actual = got(error, true);
      return violation(
        at,
        'type',
        `应为${expected.map((t) => t.zh).join('或')}${actual.zh}`,
        `must be ${expected.map((t) => t.en).join(' or ')}${actual.en}`,
        hint,
      );
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      const list = allowed.map((v) => showValue(v)).join(', ');
      return violation(at, 'enum', `取值不在可选值中，应为：${list}${value.zh}`, `must be one of ${list}${value.en}`);
    }
    case 'pattern':
    case 'format':
      return violation(at, 'format', `格式不对${value.zh}`, `has the wrong format${value.en}`, hint);
    case 'minLength':
      return violation(at, 'empty', '不能为空', 'must not be empty');
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = RANGE_WORDS[String(params.comparison)] ?? { zh: String(params.comparison), en: '' };
      const limit = String(params.limit);
      return violation(at, 'range', `应${word.zh} ${limit}${value.zh}`, `must be ${word.en} ${limit}${value.en}`, hint);
    }
    case 'maxItems': {
      const count = Array.isArray(error.data)
        ? { zh: `，实际 ${error.data.length} 项`, en: `, got ${error.data.length}` }
        : NO_TEXT;
      const limit = String(params.limit);
      return violation(at, 'max_items', `最多 ${limit} 项${count.zh}`, `may have at most ${limit} items${count.en}`);
    }
    case 'minItems':
      return violation(
        at,
        'min_items',
        `至少要有 ${String(params.limit)} 项`,
        `needs at least ${String(params.limit)} item(s)`,
      );
    case 'uniqueItems':
      return violation(
        at,
        'duplicate_item',
        `有重复项（第 ${String(params.j)} 和第 ${String(params.i)} 项）`,
        `has duplicate items (${String(params.j)} and ${String(params.i)})`,
      );
    case 'if':
      return null; // the failing "then" branch reports the real problem
    default:
      return violation(
        at,
        error.keyword.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        `不符合要求：${error.message ?? error.keyword}`,
        `${error.message ?? error.keyword}`,
      );
  }
}

/** All ajv errors → Violations without duplicates, in the order ajv found them (see inDocumentOrder). */
export function ajvViolations(errors: readonly ErrorObject[], translation: AjvTranslation): Violation[] {
  const key = translation.key ?? ((v: Violation) => `${v.code} ${v.path}`);
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors) {
    const special = translation.special?.(error, errors);
    const v = special === undefined ? sharedViolation(error, translation.root) : special;
    if (v === null || seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

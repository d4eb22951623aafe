/**
 * Turns ajv errors (compiled with allErrors + verbose) into Trackway Violations: a JSON Pointer to the offending
 * field (for required/dependentRequired: to the missing field itself), a stable code and a zh+en message that names
 * the field and says what is expected.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import type { Violation } from '../violation';
import type { LocalizedText } from './catalog-types';
import { comparePositions, documentPosition, escapePointerSegment, pointerToFieldName } from './json-pointer';

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  null: { zh: 'null', en: 'null' },
};

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeName(type: string): LocalizedText {
  return TYPE_NAMES[type] ?? { zh: type, en: type };
}

/** A short rendering of a value for messages (at most 60 characters). */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldName(pointer: string): LocalizedText {
  const name = pointerToFieldName(pointer);
  return name === '' ? { zh: '（根对象）', en: '(root)' } : { zh: name, en: name };
}

/** Splits a schema description written as "中文 / English"; empty texts when there is none. */
function describe(schema: unknown): LocalizedText {
  const text = typeof schema === 'object' && schema !== null ? (schema as { description?: unknown }).description : '';
  if (typeof text !== 'string' || text === '') return { zh: '', en: '' };
  const cut = text.indexOf(' / ');
  return cut < 0 ? { zh: text, en: text } : { zh: text.slice(0, cut), en: text.slice(cut + 3) };
}

/** Appends the field's description, when known, as a hint on what is expected. */
function withHint(zh: string, en: string, hint: LocalizedText): LocalizedText {
  const zhHint = hint.zh === '' || /[。.!！]$/.test(hint.zh) ? hint.zh : `${hint.zh}。`;
  return { zh: `${zh}${zhHint}`, en: hint.en === '' ? en : `${en} ${hint.en}` };
}

function propertySchema(parentSchema: unknown, property: string): unknown {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties && Object.prototype.hasOwnProperty.call(properties, property) ? properties[property] : undefined;
}

const RANGE_WORDS: Record<string, LocalizedText> = {
  '>=': { zh: '不小于', en: 'at least' },
  '<=': { zh: '不大于', en: 'at most' },
  '>': { zh: '大于', en: 'greater than' },
  '<': { zh: '小于', en: 'less than' },
};

function violation(path: string, code: string, zh: string, en: string, hint?: LocalizedText): Violation {
  return { path, code, severity: 'error', message: hint ? withHint(zh, en, hint) : { zh, en } };
}

/** One ajv error → one Violation, or null for errors that only wrap another one (if/then). */
export function ajvErrorToViolation(error: ErrorObject): Violation | null {
  const params = error.params as Record<string, unknown>;
  const here = fieldName(error.instancePath);
  const desc = describe(error.parentSchema);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const path = `${error.instancePath}/${escapePointerSegment(missing)}`;
      const f = fieldName(path);
      const d = describe(propertySchema(error.parentSchema, missing));
      return violation(path, 'required', `缺少必填字段 ${f.zh}。`, `${f.en} is required.`, d);
    }
    case 'dependentRequired': {
      const missing = String(params.missingProperty);
      const path = `${error.instancePath}/${escapePointerSegment(missing)}`;
      const f = fieldName(path);
      const set = fieldName(`${error.instancePath}/${escapePointerSegment(String(params.property))}`);
      return violation(
        path,
        'pair',
        `填写了 ${set.zh} 就必须同时填写 ${f.zh}。`,
        `${f.en} is required when ${set.en} is set.`,
      );
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => typeName(t));
      const actual = typeName(jsonTypeOf(error.data));
      return violation(
        error.instancePath,
        'type',
        `${here.zh} 应为${expected.map((t) => t.zh).join('或')}，实际是${actual.zh} ${showValue(error.data)}。`,
        `${here.en} must be ${expected.map((t) => t.en).join(' or ')}, got ${actual.en} ${showValue(error.data)}.`,
        desc,
      );
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      const list = allowed.map((v) => showValue(v)).join(', ');
      return violation(
        error.instancePath,
        'enum',
        `${here.zh} 的值 ${showValue(error.data)} 不在可选值中，应为：${list}。`,
        `${here.en} must be one of ${list}, got ${showValue(error.data)}.`,
      );
    }
    case 'pattern':
    case 'format':
      return violation(
        error.instancePath,
        'format',
        `${here.zh} 格式不对：${showValue(error.data)}。`,
        `${here.en} has the wrong format: ${showValue(error.data)}.`,
        desc,
      );
    case 'minLength':
      return violation(error.instancePath, 'empty', `${here.zh} 不能为空。`, `${here.en} must not be empty.`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = RANGE_WORDS[String(params.comparison)] ?? { zh: String(params.comparison), en: '' };
      return violation(
        error.instancePath,
        'range',
        `${here.zh} 应${word.zh} ${String(params.limit)}，实际是 ${showValue(error.data)}。`,
        `${here.en} must be ${word.en} ${String(params.limit)}, got ${showValue(error.data)}.`,
        desc,
      );
    }
    case 'maxItems':
      return violation(
        error.instancePath,
        'max_items',
        `${here.zh} 最多 ${String(params.limit)} 项，实际 ${Array.isArray(error.data) ? error.data.length : '?'} 项。`,
        `${here.en} may have at most ${String(params.limit)} items, got ${Array.isArray(error.data) ? error.data.length : '?'}.`,
      );
    case 'minItems':
      return violation(
        error.instancePath,
        'min_items',
        `${here.zh} 至少要有 ${String(params.limit)} 项。`,
        `${here.en} needs at least ${String(params.limit)} item(s).`,
      );
    case 'if':
      return null; // the failing "then" branch reports the real problem
    default:
      return violation(
        error.instancePath,
        error.keyword.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        `${here.zh} 不符合要求：${error.message ?? error.keyword}。`,
        `${here.en}: ${error.message ?? error.keyword}.`,
      );
  }
}

/** All ajv errors → Violations without duplicates (same path and code), in document order. */
export function ajvErrorsToViolations(errors: readonly ErrorObject[], document: unknown): Violation[] {
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const error of errors) {
    const v = ajvErrorToViolation(error);
    if (v === null) continue;
    const key = `${v.code} ${v.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(v);
  }
  const positions = new Map(violations.map((v) => [v, documentPosition(document, v.path)]));
  // Array.prototype.sort is stable (ES2019), so violations at one place keep ajv's schema order.
  return violations.sort((a, b) => comparePositions(positions.get(a)!, positions.get(b)!));
}

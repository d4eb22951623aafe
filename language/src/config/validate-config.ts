import { canonicalJson } from '../hash/canonical-json';
import type { ValidationResult, Violation } from '../violation';
import { checkChan } from './check-chan';
import { checkExpressions } from './check-expressions';
import { checkIds } from './check-ids';
import { checkPatterns } from './check-patterns';
import { checkRules } from './check-rules';
import { checkSize } from './check-size';
import { configViolation } from './config-violation';
import { inDocumentOrder } from '../violations/document-order';
import { structureViolations } from './structure-violations';

const SEMANTIC_CHECKS: ((doc: unknown) => Violation[])[] = [
  checkIds,
  checkPatterns,
  checkRules,
  checkExpressions,
  checkChan,
];

/**
 * Validates a tracking-config document: structure (config-schema.json), then the meaning (events and their
 * required properties, ids, patterns, expressions, variables, chan fields, size). Never throws.
 * Violations come in document order; `valid` is false when any has severity 'error'.
 */
export function validateConfig(doc: unknown): ValidationResult {
  // the bytes that are published and hashed (design.md §5 measures the published document)
  const json = canonicalJson(doc);
  if (json === undefined) {
    const v = configViolation(
      '',
      'not_json',
      '不是 JSON 文档（有循环引用、过深的嵌套或无法序列化的值）',
      'is not a JSON document (a cycle, too deep nesting or a value JSON cannot hold)',
    );
    return { valid: false, errors: [v] };
  }
  const found: Violation[] = [];
  try {
    found.push(...structureViolations(doc));
  } catch {
    // ajv recurses per nesting level; tens of thousands of levels exhaust the stack (RangeError)
    found.push(configViolation('', 'too_deep', '嵌套层数过多，无法校验', 'nests too deeply to be validated'));
  }
  found.push(...checkSize(json));
  for (const check of SEMANTIC_CHECKS) {
    try {
      found.push(...check(doc));
    } catch (e) {
      found.push(configViolation('', 'internal', `校验器内部错误：${String(e)}`, `validator failure: ${String(e)}`));
    }
  }
  const errors = inDocumentOrder(doc, dedupe(found));
  return { valid: !errors.some((v) => v.severity === 'error'), errors };
}

// A template with the same problem twice, or a check and the schema agreeing, would otherwise repeat a line.
function dedupe(list: Violation[]): Violation[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = v.path + '\n' + v.code + '\n' + v.message.en;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

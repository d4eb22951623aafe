import type { ValidationResult } from '../violation';
import { YOUSHU_EVENT_NAMES, type YoushuEventName } from './catalog-types';
import { showValue } from '../violations/show-value';
import { catalogViolations } from './catalog-violations';
import { eventValidator } from './catalog-ajv';
import { applyUnconfirmedFacts } from './unconfirmed-facts';

export function isYoushuEventName(name: unknown): name is YoushuEventName {
  return typeof name === 'string' && (YOUSHU_EVENT_NAMES as readonly string[]).includes(name);
}

/**
 * Checks the props of one Youshu behaviour (common properties + its own) against the catalog schema.
 * Never throws. Problems that only break an unconfirmed fact come back as warnings (see unconfirmed-facts.ts).
 */
export function validateEvent(type: string, props: unknown): ValidationResult {
  if (!isYoushuEventName(type)) {
    const list = YOUSHU_EVENT_NAMES.join(', ');
    return {
      valid: false,
      errors: [
        {
          path: '',
          code: 'unknown_event',
          severity: 'error',
          message: {
            zh: `未知的有数行为 ${showValue(type)}，应为：${list}。`,
            en: `Unknown Youshu behaviour ${showValue(type)}; expected one of ${list}.`,
          },
        },
      ],
    };
  }
  const validate = eventValidator(type);
  if (validate(props)) return { valid: true, errors: [] };
  const violations = applyUnconfirmedFacts(
    { kind: 'event', name: type },
    catalogViolations(validate.errors ?? [], props),
    props,
  );
  return { valid: violations.every((v) => v.severity !== 'error'), errors: violations };
}

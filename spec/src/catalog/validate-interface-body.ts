import type { ValidationResult } from '../violation';
import { YOUSHU_INTERFACE_NAMES, type YoushuInterfaceName } from './catalog-types';
import { showValue } from '../violations/show-value';
import { catalogViolations } from './catalog-violations';
import { interfaceValidator } from './catalog-ajv';
import { applyUnconfirmedFacts } from './unconfirmed-facts';

export function isYoushuInterfaceName(name: unknown): name is YoushuInterfaceName {
  return typeof name === 'string' && (YOUSHU_INTERFACE_NAMES as readonly string[]).includes(name);
}

/**
 * Checks the JSON body of one data-api call (add_order, add_order_sum, add_wxapp_visit_page). Never throws.
 * Problems that only break an unconfirmed fact (status 1170) come back as warnings.
 */
export function validateInterfaceBody(name: string, body: unknown): ValidationResult {
  if (!isYoushuInterfaceName(name)) {
    const list = YOUSHU_INTERFACE_NAMES.join(', ');
    return {
      valid: false,
      errors: [
        {
          path: '',
          code: 'unknown_interface',
          severity: 'error',
          message: {
            zh: `未知的有数接口 ${showValue(name)}，应为：${list}。`,
            en: `Unknown Youshu interface ${showValue(name)}; expected one of ${list}.`,
          },
        },
      ],
    };
  }
  const validate = interfaceValidator(name);
  if (validate(body)) return { valid: true, errors: [] };
  const violations = applyUnconfirmedFacts(
    { kind: 'interface', name },
    catalogViolations(validate.errors ?? [], body),
    body,
  );
  return { valid: violations.every((v) => v.severity !== 'error'), errors: violations };
}

import type { ValidateFunction } from 'ajv/dist/2020';
import type { ValidationResult } from '../violation';
import { showValue } from '../violations/show-value';
import { catalogViolations } from './catalog-violations';
import { applyUnconfirmedFacts } from './unconfirmed-facts';

const KINDS = {
  event: { code: 'unknown_event', zh: '有数行为', en: 'Youshu behaviour' },
  interface: { code: 'unknown_interface', zh: '有数接口', en: 'Youshu interface' },
} as const;

/**
 * The one path of validateEvent and validateInterfaceBody: an unknown name is one error naming the known ones;
 * otherwise the catalog schema decides, and problems that only break an unconfirmed fact become warnings.
 */
export function validateAgainstCatalog<N extends string>(
  kind: keyof typeof KINDS,
  names: readonly N[],
  name: string,
  value: unknown,
  validatorFor: (name: N) => ValidateFunction,
): ValidationResult {
  if (!(names as readonly string[]).includes(name)) {
    const k = KINDS[kind];
    const list = names.join(', ');
    return {
      valid: false,
      errors: [
        {
          path: '',
          code: k.code,
          severity: 'error',
          message: {
            zh: `未知的${k.zh} ${showValue(name)}，应为：${list}。`,
            en: `Unknown ${k.en} ${showValue(name)}; expected one of ${list}.`,
          },
        },
      ],
    };
  }
  const validate = validatorFor(name as N);
  if (validate(value)) return { valid: true, errors: [] };
  const violations = applyUnconfirmedFacts({ kind, name }, catalogViolations(validate.errors ?? [], value), value);
  return { valid: violations.every((v) => v.severity !== 'error'), errors: violations };
}

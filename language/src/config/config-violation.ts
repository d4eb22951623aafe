import type { Violation } from '../violation';
import { labelledViolation } from '../violations/labelled-violation';

/** How config messages name the document itself. */
export const CONFIG_ROOT = { zh: '配置文档', en: 'Document' };

/** A config Violation: both messages start with the field (`pages[0].route：…`), or 配置文档 / Document at the root. */
export function configViolation(
  path: string,
  code: string,
  zh: string,
  en: string,
  severity: Violation['severity'] = 'error',
): Violation {
  return labelledViolation(path, code, zh, en, CONFIG_ROOT, severity);
}

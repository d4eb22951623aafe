import type { Violation } from '../violation';
import { fieldLabel } from './json-pointer';

/**
 * A Violation whose two messages start with the field they are about, so a PM sees where to look in either
 * language: `pages[0].route：…` / `pages[0].route: …`.
 */
export function configViolation(
  path: string,
  code: string,
  zh: string,
  en: string,
  severity: Violation['severity'] = 'error',
): Violation {
  const label = fieldLabel(path);
  return {
    path,
    code,
    severity,
    message: { zh: label ? `${label}：${zh}` : `配置文档：${zh}`, en: label ? `${label}: ${en}` : `Document: ${en}` },
  };
}

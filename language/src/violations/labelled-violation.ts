import type { Violation } from '../violation';
import { fieldLabel } from './json-pointer';

/**
 * A Violation whose two messages start with the field they are about, so a PM sees where to look in either
 * language: `pages[0].route：…` / `pages[0].route: …`. `root` names the document itself (path '').
 */
export function labelledViolation(
  path: string,
  code: string,
  zh: string,
  en: string,
  root: Violation['message'],
  severity: Violation['severity'] = 'error',
): Violation {
  const label = fieldLabel(path);
  return {
    path,
    code,
    severity,
    message: { zh: `${label || root.zh}：${zh}`, en: `${label || root.en}: ${en}` },
  };
}

import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';

/** The messages about one field, or under it; for a Form.Item's help and status. */
export function fieldProblems(errors: Violation[], path: string, exact = false): Violation[] {
  return errors.filter((v) => (exact ? v.path === path : v.path === path || v.path.startsWith(`${path}/`)));
}

export function useFieldStatus(errors: Violation[], path: string, exact = false) {
  const { pick } = useI18n();
  const found = fieldProblems(errors, path, exact);
  if (!found.length) return {};
  const status: 'error' | 'warning' = found.some((v) => v.severity === 'error') ? 'error' : 'warning';
  return {
    validateStatus: status,
    status,
    help: <span data-testid="field-error">{found.map((v) => pick(v.message)).join('；')}</span>,
  };
}

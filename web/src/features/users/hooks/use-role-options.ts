import type { UserRole } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';

/** Roles from least to most powerful, each with what it may do. */
export const ROLES: UserRole[] = ['viewer', 'editor', 'publisher', 'admin'];

export function useRoleOptions() {
  const { t } = useI18n();
  return ROLES.map((r) => ({ value: r, label: `${t(`role.${r}`)} — ${t(`users.can.${r}`)}` }));
}

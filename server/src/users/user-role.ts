/** Roles from most to least powerful: each one may do everything the ones after it may do. */
export const USER_ROLES = ['admin', 'publisher', 'editor', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** True when `role` is at least as powerful as `required`. */
export function roleAtLeast(role: UserRole, required: UserRole): boolean {
  return USER_ROLES.indexOf(role) <= USER_ROLES.indexOf(required);
}

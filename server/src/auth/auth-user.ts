import type { UserRole } from '../users/user-role';

/** The caller of an /api request, attached to the request by AuthGuard. */
export interface AuthUser {
  id: string;
  username: string;
  role: UserRole;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, tokenStore } from './api-client';
import type { LoginResponse, Me, UserRole } from './api-types';
import { queryKeys } from './query-keys';

/** The signed-in user (null when not signed in). */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => (tokenStore.get() ? apiRequest<Me>('GET', '/api/auth/me') : null),
    staleTime: 5 * 60_000,
  });
}

export function useLoginApi() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      apiRequest<LoginResponse>('POST', '/api/auth/login', input),
    onSuccess: async ({ token }) => {
      tokenStore.set(token);
      client.clear();
      await client.fetchQuery({ queryKey: queryKeys.me, queryFn: () => apiRequest<Me>('GET', '/api/auth/me') });
    },
  });
}

export function useLogoutApi() {
  const client = useQueryClient();
  return () => {
    tokenStore.clear();
    client.clear();
    client.setQueryData(queryKeys.me, null);
  };
}

const RANK: Record<UserRole, number> = { viewer: 0, editor: 1, publisher: 2, admin: 3 };

/** Whether the signed-in user's role is `role` or higher (the server's own ordering; it still refuses). */
export function useCan(role: UserRole): boolean {
  const me = useMe().data;
  return !!me && RANK[me.role] >= RANK[role];
}

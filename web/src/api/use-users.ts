import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { CreateUserInput, UpdateUserInput, User } from './api-types';
import { queryKeys } from './query-keys';

/** Every account (admins only: pass `enabled` false for anybody else). */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => apiRequest<User[]>('GET', '/api/users'), enabled });
}

export function useUsersApi() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.users });
  return {
    create: useMutation({
      mutationFn: (input: CreateUserInput) => apiRequest<User>('POST', '/api/users', input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
        apiRequest<User>('PATCH', `/api/users/${id}`, input),
      onSuccess: refresh,
    }),
  };
}

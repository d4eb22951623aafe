import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { CreateUserInput, UpdateUserInput, User } from './api-types';
import { queryKeys } from './query-keys';

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => apiRequest<User[]>('GET', '/api/users') });
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

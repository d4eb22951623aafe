import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { App, AppCreated, CreateAppInput, UpdateAppInput } from './api-types';
import { queryKeys } from './query-keys';

export function useApps(includeArchived = false) {
  return useQuery({
    queryKey: [...queryKeys.apps, { includeArchived }],
    queryFn: () => apiRequest<App[]>('GET', `/api/apps${includeArchived ? '?includeArchived=true' : ''}`),
  });
}

export function useApp(appid: string) {
  return useQuery({
    queryKey: queryKeys.app(appid),
    queryFn: () => apiRequest<App>('GET', `/api/apps/${encodeURIComponent(appid)}`),
  });
}

export function useAppsApi() {
  const client = useQueryClient();
  // Every app query (the list and each app) and the audit logs start with 'apps'.
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.apps });
  return {
    create: useMutation({
      mutationFn: (input: CreateAppInput) => apiRequest<AppCreated>('POST', '/api/apps', input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ appid, ...input }: UpdateAppInput & { appid: string }) =>
        apiRequest<App>('PATCH', `/api/apps/${appid}`, input),
      onSuccess: refresh,
    }),
    setArchived: useMutation({
      mutationFn: ({ appid, archived }: { appid: string; archived: boolean }) =>
        apiRequest<App>('POST', `/api/apps/${appid}/${archived ? 'archive' : 'unarchive'}`),
      onSuccess: refresh,
    }),
    rotateSecret: useMutation({
      mutationFn: (appid: string) =>
        apiRequest<{ dataApiSecret: string }>('POST', `/api/apps/${appid}/data-api-secret`),
      onSuccess: refresh,
    }),
  };
}

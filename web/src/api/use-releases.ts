import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { Release, ReleaseEnv, Releases, SetReleaseInput } from './api-types';
import { queryKeys } from './query-keys';

export const RELEASE_ENVS: ReleaseEnv[] = ['develop', 'trial', 'release'];

export function useReleases(appid: string) {
  return useQuery({
    queryKey: queryKeys.releases(appid),
    queryFn: () => apiRequest<Releases>('GET', `/api/apps/${appid}/releases`),
  });
}

export function useReleasesApi(appid: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.releases(appid) }),
      client.invalidateQueries({ queryKey: queryKeys.audit(appid) }),
    ]);
  return {
    release: useMutation({
      mutationFn: ({ env, ...input }: SetReleaseInput & { env: ReleaseEnv }) =>
        apiRequest<Release>('POST', `/api/apps/${appid}/releases/${env}`, input),
      onSuccess: refresh,
    }),
    rollback: useMutation({
      mutationFn: ({ env, ...input }: { env: ReleaseEnv; toVersion: number; reason: string }) =>
        apiRequest<Release>('POST', `/api/apps/${appid}/releases/${env}/rollback`, input),
      onSuccess: refresh,
    }),
  };
}

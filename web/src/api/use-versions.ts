import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { Version, VersionDiff, VersionPage, VersionSummary } from './api-types';
import { queryKeys } from './query-keys';

/** Published versions, newest first, 50 a page. */
export function useVersions(appid: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.versions(appid),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      apiRequest<VersionPage>('GET', `/api/apps/${appid}/versions${pageParam ? `?before=${pageParam}` : ''}`),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useVersion(appid: string, n: number | null | undefined) {
  return useQuery({
    queryKey: queryKeys.version(appid, n ?? 0),
    queryFn: () => apiRequest<Version>('GET', `/api/apps/${appid}/versions/${n}`),
    enabled: !!n,
    staleTime: Infinity, // a version never changes
  });
}

/** What changed from version a to version b (the server's PM-readable diff) and both documents. */
export function useVersionDiff(appid: string, a: number | null | undefined, b: number | null | undefined) {
  return useQuery({
    queryKey: queryKeys.diff(appid, a ?? 0, b ?? 0),
    queryFn: () => apiRequest<VersionDiff>('GET', `/api/apps/${appid}/versions/${a}/diff/${b}`),
    enabled: !!a && !!b && a !== b,
    staleTime: Infinity,
  });
}

export function useVersionsApi(appid: string) {
  const client = useQueryClient();
  return {
    publish: useMutation({
      mutationFn: (input: { message: string }) =>
        apiRequest<VersionSummary>('POST', `/api/apps/${appid}/versions`, input),
      onSuccess: () =>
        Promise.all([
          client.invalidateQueries({ queryKey: queryKeys.versions(appid) }),
          client.invalidateQueries({ queryKey: queryKeys.audit(appid) }),
        ]),
    }),
  };
}

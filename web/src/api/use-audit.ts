import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { AuditPage } from './api-types';
import { queryKeys } from './query-keys';

/** The app's audit log, newest first, 100 a page (filtering happens on the loaded pages). */
export function useAudit(appid: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(appid),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      apiRequest<AuditPage>(
        'GET',
        `/api/apps/${appid}/audit?limit=100${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

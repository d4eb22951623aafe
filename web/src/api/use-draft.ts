import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import type { Draft, DraftDiff } from './api-types';
import { queryKeys } from './query-keys';

/** The app's draft: config, revision, validator messages (valid or not, a draft is always saved). */
export function useDraft(appid: string) {
  return useQuery({
    queryKey: queryKeys.draft(appid),
    queryFn: () => apiRequest<Draft>('GET', `/api/apps/${appid}/draft`),
  });
}

/**
 * Saves with the revision it was based on; a 409 `stale_revision` (someone saved meanwhile) rejects with an
 * ApiError whose body carries `currentRevision`.
 */
export function useDraftApi(appid: string) {
  const client = useQueryClient();
  return {
    save: useMutation({
      mutationFn: (input: { config: unknown; revision: number }) =>
        apiRequest<Draft>('PUT', `/api/apps/${appid}/draft`, input),
      onSuccess: (draft) => client.setQueryData(queryKeys.draft(appid), draft),
    }),
  };
}

/** What publishing the draft would change against version n (null: nothing to compare with yet). */
export function useDraftDiff(appid: string, n: number | null | undefined, revision: number | undefined) {
  return useQuery({
    queryKey: [...queryKeys.draft(appid), 'diff', n, revision],
    queryFn: () => apiRequest<DraftDiff>('GET', `/api/apps/${appid}/draft/diff/${n}`),
    enabled: !!n && revision !== undefined,
  });
}

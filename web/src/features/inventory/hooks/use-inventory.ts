import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/api-client';
import type { Inventory } from '../../../api/api-types';
import { queryKeys } from '../../../api/query-keys';

/**
 * What debug devices saw for the app (ADR 011); empty until a phone opens the mini-program by the debug link.
 * `refetchInterval` for a screen that watches a session report (实时调试); the editor refreshes now and then.
 */
export function useInventory(appid: string, refetchInterval?: number) {
  return useQuery({
    queryKey: queryKeys.inventory(appid),
    queryFn: () => apiRequest<Inventory>('GET', `/api/apps/${appid}/inventory`),
    enabled: !!appid,
    // a debug session reports while the PM edits: refresh now and then instead of on every keystroke
    staleTime: 15_000,
    refetchInterval,
  });
}

/** Forgets everything devices reported (a mini-program rebuilt from scratch, or a test phone of another app). */
export function useClearInventory(appid: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', `/api/apps/${appid}/inventory`),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.inventory(appid) }),
  });
}

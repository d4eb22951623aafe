import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/api-client';
import type { Inventory } from '../../../api/api-types';
import { queryKeys } from '../../../api/query-keys';

/** What debug devices saw for the app (ADR 011); empty until a phone opens the mini-program by the debug link. */
export function useInventory(appid: string) {
  return useQuery({
    queryKey: queryKeys.inventory(appid),
    queryFn: () => apiRequest<Inventory>('GET', `/api/apps/${appid}/inventory`),
    enabled: !!appid,
    // a debug session reports while the PM edits: refresh now and then instead of on every keystroke
    staleTime: 15_000,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/api-client';
import type { Forwarding, RetryResult, UpdateForwardingInput } from '../../../api/api-types';

const key = (appid: string) => ['apps', appid, 'forwarding'] as const;

/** Settings (never the secret), outbox counts per state and the newest dead letters; refreshed every 10 s. */
export function useForwarding(appid: string) {
  return useQuery({
    queryKey: key(appid),
    queryFn: () => apiRequest<Forwarding>('GET', `/api/apps/${appid}/forwarding`),
    refetchInterval: 10_000,
  });
}

export function useForwardingApi(appid: string) {
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (input: UpdateForwardingInput) => apiRequest<Forwarding>('PUT', `/api/apps/${appid}/forwarding`, input),
    onSuccess: (data) => client.setQueryData(key(appid), data),
  });
  const retry = useMutation({
    mutationFn: () => apiRequest<RetryResult>('POST', `/api/apps/${appid}/forwarding/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: key(appid) }),
  });
  return { update, retry };
}

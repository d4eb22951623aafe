import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/api-client';
import type { Coverage } from '../../../api/api-types';

/** Observed coverage per behaviour in [from, to) (ISO date-times), from the collector's stored events. */
export function useCoverage(appid: string, from: string, to: string) {
  return useQuery({
    queryKey: ['apps', appid, 'coverage', from, to],
    queryFn: () =>
      apiRequest<Coverage>(
        'GET',
        `/api/apps/${appid}/coverage?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

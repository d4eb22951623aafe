import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/api-client';
import type { ReconciliationDrillDown, ReconciliationReport } from '../../../api/api-types';

/** 对账 per China day in [from, to] (both YYYY-MM-DD, at most 92 days apart — the server says so otherwise). */
export function useReconciliation(appid: string, from: string, to: string) {
  return useQuery({
    queryKey: ['apps', appid, 'reconciliation', from, to],
    queryFn: () => apiRequest<ReconciliationReport>('GET', `/api/apps/${appid}/reconciliation?from=${from}&to=${to}`),
    placeholderData: keepPreviousData,
  });
}

/** The orders behind one day's figures: only the disagreeing ones unless `all`. */
export function useReconciliationDay(appid: string, day: string | null, all: boolean) {
  return useQuery({
    queryKey: ['apps', appid, 'reconciliation', 'day', day, all],
    queryFn: () =>
      apiRequest<ReconciliationDrillDown>('GET', `/api/apps/${appid}/reconciliation/${day}${all ? '?all=true' : ''}`),
    enabled: day !== null,
  });
}

import type { ReactNode } from 'react';
import { Button, Result, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../../api/api-client';
import { useI18n } from '../../i18n/i18n';

/** Error result with the server's message (in the reader's language) and a retry button. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  const message = error instanceof Error ? pick(error.message) : String(error);
  const status =
    error instanceof ApiError && error.status === 404
      ? '404'
      : error instanceof ApiError && error.status === 403
        ? '403'
        : 'error';
  return (
    <Result
      status={status}
      title={t('common.loadFailed')}
      subTitle={message}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

/** Skeleton while loading, an error result with retry on failure, else the children with the data. */
export function QueryState<T>({
  query,
  children,
  rows = 6,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

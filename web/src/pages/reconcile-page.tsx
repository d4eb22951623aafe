import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Skeleton } from 'antd';

// recharts is ≈100 KB gzip: loaded with this page only, outside the 500 KB initial-JS budget (ADR 010).
const ReconcileReport = lazy(() =>
  import('../features/reconcile/components/reconcile-report').then((m) => ({ default: m.ReconcileReport })),
);

/** 对账 (issue 12 item 4): add_order_sum vs add_order vs the collector, per day, with the orders behind. */
export function ReconcilePage() {
  const { appid = '' } = useParams();
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <ReconcileReport key={appid} appid={appid} />
    </Suspense>
  );
}

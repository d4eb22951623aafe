import { ComingSoon } from '../components/coming-soon/coming-soon';

/** 对账: waits for the server's reconciliation API. */
export function ReconcilePage() {
  return <ComingSoon title="reconcile.comingTitle" text="reconcile.comingText" testId="reconcile-page" />;
}

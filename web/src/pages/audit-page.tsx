import { Skeleton } from 'antd';

export function AuditPage() {
  return <Skeleton active data-testid="audit-page" />;
}

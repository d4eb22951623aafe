import { AuditLog } from '../features/audit/components/audit-log';

/** 审计: /apps/:appid/audit. */
export function AuditPage() {
  return <AuditLog />;
}

import { Skeleton } from 'antd';

/** Shown while a section's chunk loads (the first visit to 发布, 审计…). */
export function RouteLoading() {
  return <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 24 }} />;
}

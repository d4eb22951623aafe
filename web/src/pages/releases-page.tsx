import { Skeleton } from 'antd';

export function ReleasesPage() {
  return <Skeleton active data-testid="releases-page" />;
}

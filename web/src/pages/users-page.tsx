import { Skeleton } from 'antd';

export function UsersPage() {
  return <Skeleton active data-testid="users-page" />;
}

import { Skeleton } from 'antd';

export function SettingsPage() {
  return <Skeleton active data-testid="settings-page" />;
}

import { useParams } from 'react-router';
import { Space } from 'antd';
import { useApp } from '../api/use-apps';
import { useCan } from '../api/use-auth';
import { QueryState } from '../components/query-state/query-state';
import { AppCredentials } from '../features/settings/components/app-credentials';
import { AppSettingsForm } from '../features/settings/components/app-settings-form';
import { ArchiveCard } from '../features/settings/components/archive-card';
import { ForwardingSettingsCard } from '../features/forwarding/components/forwarding-settings-card';

/** 设置: /apps/:appid/settings — name, Youshu token, credentials, forwarding to Youshu, archive (admins change them). */
export function SettingsPage() {
  const { appid = '' } = useParams();
  const app = useApp(appid);
  const isAdmin = useCan('admin');
  return (
    <QueryState query={app}>
      {(a) => (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <AppSettingsForm key={a.updatedAt} app={a} editable={isAdmin && !a.archivedAt} />
          <AppCredentials app={a} editable={isAdmin && !a.archivedAt} />
          <ForwardingSettingsCard appid={a.appid} archived={!!a.archivedAt} />
          <ArchiveCard app={a} editable={isAdmin} />
        </Space>
      )}
    </QueryState>
  );
}

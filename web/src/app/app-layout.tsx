import { Link, Outlet, useLocation, useParams } from 'react-router';
import { Alert, Breadcrumb, Layout, Menu } from 'antd';
import {
  AuditOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  FileTextOutlined,
  ReconciliationOutlined,
  SettingOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { useApp } from '../api/use-apps';
import { useMe } from '../api/use-auth';
import { QueryState } from '../components/query-state/query-state';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-zh';

/** The per-app menu of ui.md, in its order. */
export const APP_SECTIONS: { key: string; label: MessageKey; icon: React.ReactNode }[] = [
  { key: 'plan', label: 'nav.plan', icon: <FileTextOutlined /> },
  { key: 'readiness', label: 'nav.readiness', icon: <CheckSquareOutlined /> },
  { key: 'live', label: 'nav.live', icon: <ThunderboltOutlined /> },
  { key: 'releases', label: 'nav.releases', icon: <CloudUploadOutlined /> },
  { key: 'reconcile', label: 'nav.reconcile', icon: <ReconciliationOutlined /> },
  { key: 'audit', label: 'nav.audit', icon: <AuditOutlined /> },
  { key: 'settings', label: 'nav.settings', icon: <SettingOutlined /> },
];

export function AppLayout() {
  const { appid = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const section = location.pathname.split('/')[3] ?? 'plan';
  const current = APP_SECTIONS.find((s) => s.key === section);
  const app = useApp(appid);
  const me = useMe().data;
  return (
    <Layout>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          style={{ borderRight: 0, paddingTop: 8 }}
          items={APP_SECTIONS.map((s) => ({
            key: s.key,
            icon: s.icon,
            label: <Link to={`/apps/${appid}/${s.key}`}>{t(s.label)}</Link>,
          }))}
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: '16px 24px', minWidth: 0 }}>
        <Breadcrumb
          style={{ marginBottom: 16 }}
          items={[
            { title: <Link to="/apps">{t('nav.apps')}</Link> },
            { title: <Link to={`/apps/${appid}/plan`}>{app.data?.name ?? appid}</Link> },
            ...(current ? [{ title: t(current.label) }] : []),
          ]}
        />
        {app.data?.archivedAt && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('common.archivedBanner')} />
        )}
        {me?.role === 'viewer' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('common.readOnlyBanner', { role: t('role.viewer') })}
            data-testid="read-only-banner"
          />
        )}
        <QueryState query={app}>{() => <Outlet />}</QueryState>
      </Layout.Content>
    </Layout>
  );
}

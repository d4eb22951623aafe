import { Link, useLocation, useNavigate } from 'react-router';
import { Button, Dropdown, Layout, Select, Space, Tag, Typography } from 'antd';
import { GlobalOutlined, TeamOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useApps } from '../api/use-apps';
import { useLogoutApi, useMe } from '../api/use-auth';
import { RELEASE_ENVS, useReleases } from '../api/use-releases';
import { useI18n } from '../i18n/i18n';

const ENV_COLORS = { develop: 'default', trial: 'orange', release: 'green' } as const;

/** What each environment serves now: "正式版 v12", "体验版 v13 灰度 20%". */
function EnvTags({ appid }: { appid: string }) {
  const { t } = useI18n();
  const releases = useReleases(appid).data?.releases ?? [];
  return (
    <Space size={4} data-testid="env-tags">
      {RELEASE_ENVS.map((env) => {
        const r = releases.find((x) => x.env === env);
        const label = r?.version ? `v${r.version}` : t('env.none');
        const gray = r?.rollout ? ` → v${r.rollout.version} ${r.rollout.percent}%` : '';
        return (
          <Tag key={env} color={ENV_COLORS[env]}>
            {t(`env.${env}`)} {label}
            {gray}
          </Tag>
        );
      })}
    </Space>
  );
}

function AppSwitcher({ appid }: { appid: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const apps = useApps().data ?? [];
  // Keep the section (plan, releases…) when switching apps.
  const section = location.pathname.split('/')[3] ?? 'plan';
  return (
    <Select
      aria-label={t('apps.switcher')}
      value={appid}
      style={{ width: 240 }}
      showSearch={{ optionFilterProp: 'label' }}
      options={apps.map((a) => ({ value: a.appid, label: `${a.name} · ${a.appid}` }))}
      onChange={(v) => navigate(`/apps/${v}/${section}`)}
    />
  );
}

export function HeaderBar({ appid }: { appid?: string }) {
  const { t, locale, setLocale } = useI18n();
  const me = useMe().data;
  const logout = useLogoutApi();
  const navigate = useNavigate();
  const items = [
    ...(me?.role === 'admin'
      ? [{ key: 'users', icon: <TeamOutlined />, label: <Link to="/users">{t('user.users')}</Link> }]
      : []),
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('user.logout'),
      onClick: () => {
        logout();
        navigate('/login');
      },
    },
  ];
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        padding: '0 24px',
      }}
    >
      <Link to="/apps">
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          Trackway
        </Typography.Title>
      </Link>
      {appid && <AppSwitcher appid={appid} />}
      {appid && <EnvTags appid={appid} />}
      <div style={{ flex: 1 }} />
      <Button icon={<GlobalOutlined />} type="text" onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
        {t('lang.switch')}
      </Button>
      {me && (
        <Dropdown menu={{ items }} placement="bottomRight">
          <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
            {me.username} · {t(`role.${me.role}`)}
          </Button>
        </Dropdown>
      )}
    </Layout.Header>
  );
}

import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Empty, Input, Layout, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { App, AppCreated } from '../api/api-types';
import { useApps } from '../api/use-apps';
import { useCan } from '../api/use-auth';
import { QueryState } from '../components/query-state/query-state';
import { AppCreatedModal } from '../features/apps/components/app-created-modal';
import { CreateAppModal } from '../features/apps/components/create-app-modal';
import { useI18n } from '../i18n/i18n';
import { DATE_TIME } from '../i18n/date-format';

export function AppsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const apps = useApps(true);
  const isAdmin = useCan('admin');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<AppCreated | null>(null);
  const filter = (list: App[]) => {
    const needle = q.trim().toLowerCase();
    return needle ? list.filter((a) => a.name.toLowerCase().includes(needle) || a.appid.includes(needle)) : list;
  };
  const columns = useMemo(
    () => [
      {
        title: t('apps.name'),
        dataIndex: 'name',
        render: (name: string, a: App) => (
          <Space>
            <Link to={`/apps/${a.appid}/plan`}>{name}</Link>
            {a.archivedAt && <Tag>{t('apps.archived')}</Tag>}
          </Space>
        ),
      },
      {
        title: t('apps.appid'),
        dataIndex: 'appid',
        render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
      },
      { title: t('apps.createdAt'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format(DATE_TIME) },
    ],
    [t],
  );
  return (
    <Layout.Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
      <Card
        title={t('apps.title')}
        extra={
          <Space>
            <Input.Search
              allowClear
              placeholder={t('apps.searchPlaceholder')}
              onChange={(e) => setQ(e.target.value)}
              style={{ width: 260 }}
            />
            {isAdmin && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-app">
                {t('apps.create')}
              </Button>
            )}
          </Space>
        }
      >
        <QueryState query={apps}>
          {(list) => (
            <Table
              rowKey="appid"
              columns={columns}
              dataSource={filter(list)}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              onRow={(a) => ({ onDoubleClick: () => navigate(`/apps/${a.appid}/plan`) })}
              locale={{
                emptyText: (
                  <Empty
                    description={
                      list.length ? t('apps.noMatch', { q }) : t(isAdmin ? 'apps.empty' : 'apps.emptyNoAdmin')
                    }
                  >
                    {!list.length && isAdmin && (
                      <Button type="primary" onClick={() => setCreating(true)}>
                        {t('apps.create')}
                      </Button>
                    )}
                  </Empty>
                ),
              }}
            />
          )}
        </QueryState>
      </Card>
      <CreateAppModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(app) => {
          setCreating(false);
          setCreated(app);
        }}
      />
      <AppCreatedModal app={created} onDone={(app) => navigate(`/apps/${app.appid}/plan`)} />
    </Layout.Content>
  );
}

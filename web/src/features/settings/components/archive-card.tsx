import { App as AntApp, Button, Card, Popconfirm, Space, Typography } from 'antd';
import type { App } from '../../../api/api-types';
import { useAppsApi } from '../../../api/use-apps';
import { useI18n } from '../../../i18n/i18n';

/** Archive: the app becomes read-only and leaves the default list; its released config keeps being served. */
export function ArchiveCard({ app, editable }: { app: App; editable: boolean }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { setArchived } = useAppsApi();
  const archived = !!app.archivedAt;
  const toggle = async () => {
    try {
      await setArchived.mutateAsync({ appid: app.appid, archived: !archived });
      void message.success(t(archived ? 'settings.unarchived' : 'settings.archived', { name: app.name }));
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };
  return (
    <Card title={t('settings.danger')} styles={{ header: { color: '#cf1322' } }}>
      <Space direction="vertical">
        <Typography.Text>{t(archived ? 'settings.unarchiveText' : 'settings.archiveText')}</Typography.Text>
        <Popconfirm
          title={t(archived ? 'settings.unarchiveConfirm' : 'settings.archiveConfirm', { name: app.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={toggle}
          disabled={!editable}
        >
          <Button danger={!archived} disabled={!editable} loading={setArchived.isPending} data-testid="archive-toggle">
            {t(archived ? 'settings.unarchive' : 'settings.archive')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

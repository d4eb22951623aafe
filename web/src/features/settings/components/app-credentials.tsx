import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Popconfirm } from 'antd';
import type { App } from '../../../api/api-types';
import { useAppsApi } from '../../../api/use-apps';
import { CopyText } from '../../../components/copy-text/copy-text';
import { useI18n } from '../../../i18n/i18n';

/** The collector token (public, in the mini-program) and the data API secret (shown once, after a reset). */
export function AppCredentials({ app, editable }: { app: App; editable: boolean }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { rotateSecret } = useAppsApi();
  const [secret, setSecret] = useState<string | null>(null);
  const rotate = async () => {
    try {
      setSecret((await rotateSecret.mutateAsync(app.appid)).dataApiSecret);
      void message.success(t('settings.secretRotated'));
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };
  return (
    <Card title={t('settings.credentials')}>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('apps.collectorToken')}>
          <CopyText value={app.collectorToken} testId="settings-collector-token" />
        </Form.Item>
        <Form.Item label={t('apps.dataApiSecret')} extra={secret ? undefined : t('settings.secretHidden')}>
          {secret ? (
            <>
              <Alert type="warning" showIcon message={t('apps.secretsOnce')} style={{ marginBottom: 8 }} />
              <CopyText value={secret} testId="settings-data-api-secret" />
            </>
          ) : (
            <Popconfirm
              title={t('settings.rotateConfirm')}
              okText={t('settings.rotate')}
              cancelText={t('common.cancel')}
              onConfirm={rotate}
              disabled={!editable}
            >
              <Button danger disabled={!editable} loading={rotateSecret.isPending}>
                {t('settings.rotate')}
              </Button>
            </Popconfirm>
          )}
        </Form.Item>
      </Form>
    </Card>
  );
}

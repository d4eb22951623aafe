import { Alert, Button, Form, Modal } from 'antd';
import type { AppCreated } from '../../../api/api-types';
import { CopyText } from '../../../components/copy-text/copy-text';
import { useI18n } from '../../../i18n/i18n';

/** The collector token and the data API secret, the secret shown only this once (the server keeps it encrypted). */
export function AppCreatedModal({ app, onDone }: { app: AppCreated | null; onDone(app: AppCreated): void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={!!app}
      title={app && t('apps.createdTitle', { name: app.name })}
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={() => app && onDone(app)} data-testid="app-created-done">
          {t('apps.done')}
        </Button>
      }
    >
      {app && (
        <Form layout="vertical">
          <Alert type="warning" showIcon message={t('apps.secretsOnce')} style={{ marginBottom: 16 }} />
          <Form.Item label={t('apps.collectorToken')}>
            <CopyText value={app.collectorToken} testId="collector-token" />
          </Form.Item>
          <Form.Item label={t('apps.dataApiSecret')}>
            <CopyText value={app.dataApiSecret} testId="data-api-secret" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

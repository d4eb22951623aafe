import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input } from 'antd';
import { ApiError } from '../../../api/api-client';
import type { App } from '../../../api/api-types';
import { useAppsApi } from '../../../api/use-apps';
import { applyFieldErrors } from '../../../components/form-errors/apply-field-errors';
import { useI18n } from '../../../i18n/i18n';

interface Values {
  name: string;
  youshuToken: string;
}

/** The app's name and its Youshu token; only admins change them (the server refuses others). */
export function AppSettingsForm({ app, editable }: { app: App; editable: boolean }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { update } = useAppsApi();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const save = async (v: Values) => {
    try {
      await update.mutateAsync({ appid: app.appid, name: v.name.trim(), youshuToken: v.youshuToken.trim() || null });
      setDirty(false);
      void message.success(t('settings.saved'));
    } catch (err) {
      if (!(err instanceof ApiError) || !applyFieldErrors(form, err, pick))
        void message.error(pick((err as Error).message));
    }
  };
  return (
    <Card title={t('settings.general')}>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        disabled={!editable}
        initialValues={{ name: app.name, youshuToken: app.youshuToken ?? '' }}
        onValuesChange={() => setDirty(true)}
        onFinish={save}
      >
        <Form.Item
          name="name"
          label={t('apps.name')}
          rules={[{ required: true, whitespace: true, message: t('apps.nameRequired') }]}
        >
          <Input maxLength={100} data-testid="settings-name" />
        </Form.Item>
        <Form.Item name="youshuToken" label={t('settings.youshuToken')} extra={t('settings.youshuTokenHint')}>
          <Input.Password maxLength={200} visibilityToggle />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          disabled={!dirty}
          loading={update.isPending}
          data-testid="settings-save"
        >
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

import { App as AntApp, Button, Form, Input, Switch } from 'antd';
import { ApiError } from '../../../api/api-client';
import type { Forwarding } from '../../../api/api-types';
import { applyFieldErrors } from '../../../components/form-errors/apply-field-errors';
import { useI18n } from '../../../i18n/i18n';
import { useForwardingApi } from '../hooks/use-forwarding';

interface Values {
  reportEnabled: boolean;
  reportUrl: string;
  dataApiEnabled: boolean;
  dataApiBaseUrl: string;
  youshuAppId: string;
  youshuAppSecret: string;
}

/** The switches, URLs and Youshu credentials; the secret is write-only (empty keeps the stored one). */
export function ForwardingForm({ data, editable }: { data: Forwarding; editable: boolean }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { update } = useForwardingApi(data.appid);
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    try {
      await update.mutateAsync({
        reportEnabled: v.reportEnabled,
        reportUrl: v.reportUrl.trim() || null,
        dataApiEnabled: v.dataApiEnabled,
        dataApiBaseUrl: v.dataApiBaseUrl.trim() || null,
        youshuAppId: v.youshuAppId.trim() || null,
        ...(v.youshuAppSecret ? { youshuAppSecret: v.youshuAppSecret } : {}),
      });
      form.setFieldValue('youshuAppSecret', '');
      void message.success(t('forwarding.saved'));
    } catch (err) {
      if (!(err instanceof ApiError) || !applyFieldErrors(form, err, pick))
        void message.error(pick((err as Error).message));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      disabled={!editable}
      onFinish={save}
      initialValues={{
        reportEnabled: data.reportEnabled,
        reportUrl: data.reportUrl ?? '',
        dataApiEnabled: data.dataApiEnabled,
        dataApiBaseUrl: data.dataApiBaseUrl ?? '',
        youshuAppId: data.youshuAppId ?? '',
        youshuAppSecret: '',
      }}
    >
      <Form.Item name="reportEnabled" label={t('forwarding.reportEnabled')} valuePropName="checked">
        <Switch data-testid="fwd-report-enabled" />
      </Form.Item>
      <Form.Item name="reportUrl" label={t('forwarding.reportUrl')}>
        <Input placeholder="https://zhls.qq.com/api/report" data-testid="fwd-report-url" />
      </Form.Item>
      <Form.Item name="dataApiEnabled" label={t('forwarding.dataApiEnabled')} valuePropName="checked">
        <Switch data-testid="fwd-data-api-enabled" />
      </Form.Item>
      <Form.Item name="dataApiBaseUrl" label={t('forwarding.dataApiBaseUrl')}>
        <Input placeholder="https://zhls.qq.com" data-testid="fwd-data-api-url" />
      </Form.Item>
      <Form.Item name="youshuAppId" label={t('forwarding.youshuAppId')}>
        <Input data-testid="fwd-app-id" />
      </Form.Item>
      <Form.Item
        name="youshuAppSecret"
        label={t('forwarding.youshuAppSecret')}
        extra={data.youshuAppSecretSet ? t('forwarding.secretSet') : t('forwarding.secretUnset')}
      >
        <Input.Password autoComplete="new-password" data-testid="fwd-app-secret" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="fwd-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

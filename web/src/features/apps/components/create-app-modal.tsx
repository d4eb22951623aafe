import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { ApiError } from '../../../api/api-client';
import type { AppCreated, CreateAppInput } from '../../../api/api-types';
import { useAppsApi } from '../../../api/use-apps';
import { useI18n } from '../../../i18n/i18n';
import { applyFieldErrors } from '../../../components/form-errors/apply-field-errors';

/** Same rule as the server (server/src/apps/appid.ts); checked here to answer at once, the server checks again. */
const APPID_PATTERN = /^wx[0-9a-f]{16}$/;

export function CreateAppModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(app: AppCreated): void;
}) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<CreateAppInput>();
  const { create } = useAppsApi();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async () => {
    // Invalid fields show their messages; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setFormError(null);
    try {
      const app = await create.mutateAsync({ ...values, youshuToken: values.youshuToken || undefined });
      form.resetFields();
      onCreated(app);
    } catch (err) {
      if (!(err instanceof ApiError) || !applyFieldErrors(form, err, pick)) setFormError(pick((err as Error).message));
    }
  };
  return (
    <Modal
      open={open}
      title={t('apps.createTitle')}
      okText={t('apps.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark="optional" preserve={false}>
        <Form.Item
          name="name"
          label={t('apps.name')}
          rules={[{ required: true, whitespace: true, message: t('apps.nameRequired') }]}
        >
          <Input placeholder={t('apps.namePlaceholder')} maxLength={100} data-testid="app-name" />
        </Form.Item>
        <Form.Item
          name="appid"
          label={t('apps.appid')}
          extra={t('apps.appidHint')}
          rules={[{ required: true, pattern: APPID_PATTERN, message: t('apps.appidInvalid') }]}
        >
          <Input placeholder="wx0123456789abcdef" maxLength={18} data-testid="app-appid" />
        </Form.Item>
        <Form.Item name="youshuToken" label={t('apps.youshuToken')}>
          <Input maxLength={200} />
        </Form.Item>
        {formError && <div style={{ color: '#ff4d4f' }}>{formError}</div>}
      </Form>
    </Modal>
  );
}

import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { ApiError } from '../../../api/api-client';
import type { CreateUserInput } from '../../../api/api-types';
import { useUsersApi } from '../../../api/use-users';
import { applyFieldErrors } from '../../../components/form-errors/apply-field-errors';
import { useI18n } from '../../../i18n/i18n';
import { useRoleOptions } from '../hooks/use-role-options';

export function CreateUserModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateUserInput>();
  const { create } = useUsersApi();
  const roles = useRoleOptions();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await create.mutateAsync(v);
      void message.success(t('users.created', { name: v.username }));
      form.resetFields();
      onClose();
    } catch (err) {
      if (!(err instanceof ApiError) || !applyFieldErrors(form, err, pick))
        void message.error(pick((err as Error).message));
    }
  };
  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('users.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'editor' }} preserve={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={t('users.usernameHint')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('users.usernameInvalid') }]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, min: 8, message: t('users.passwordShort') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} extra={t('users.roleHint')}>
          <Select options={roles} data-testid="user-role" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

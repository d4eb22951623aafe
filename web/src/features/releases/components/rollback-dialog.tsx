import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select, Space } from 'antd';
import type { Release } from '../../../api/api-types';
import { useReleasesApi } from '../../../api/use-releases';
import { useVersionDiff } from '../../../api/use-versions';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useVersionList } from '../hooks/use-version-list';
import { ChangeList } from './change-list';
import { defaultRollbackTarget } from '../hooks/rollback-target';

/** Roll an environment back: to which version, why, and what will change for its users — then confirm. */
export function RollbackDialog({ appid, release, onClose }: { appid: string; release: Release; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { versions } = useVersionList(appid);
  const { rollback } = useReleasesApi(appid);
  const [form] = Form.useForm<{ toVersion: number; reason: string }>();
  const [target, setTarget] = useState(() =>
    defaultRollbackTarget(
      release,
      versions.map((v) => v.number),
    ),
  );
  // What devices get now: the gray version for its share, else the live one.
  const current = release.rollout?.version ?? release.version!;
  const diff = useVersionDiff(appid, current, target);
  const envName = t(`env.${release.env}`);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await rollback.mutateAsync({ env: release.env, toVersion: v.toVersion, reason: v.reason.trim() });
      void message.success(t('rollback.done', { env: envName, n: v.toVersion }));
      onClose();
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('rollback.title', { env: envName })}
      okText={t('rollback.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'rollback-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={rollback.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ toVersion: target }}>
        <Form.Item name="toVersion" label={t('rollback.to')} rules={[{ required: true }]}>
          <Select
            onChange={setTarget}
            options={versions
              .filter((v) => v.number !== current)
              .map((v) => ({ value: v.number, label: `v${v.number} · ${v.message || '—'}` }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('rollback.reason')}
          rules={[{ required: true, whitespace: true, message: t('rollback.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="rollback-reason" />
        </Form.Item>
      </Form>
      {target !== undefined && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t('rollback.preview', { env: envName, from: current, to: target })} />
          <QueryState query={diff} rows={3}>
            {(d) => <ChangeList diff={d.changes} />}
          </QueryState>
        </Space>
      )}
    </Modal>
  );
}

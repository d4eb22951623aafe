import { useEffect } from 'react';
import { Alert, App, Form, Modal, Select, Slider, Typography } from 'antd';
import type { Release } from '../../../api/api-types';
import { useReleasesApi } from '../../../api/use-releases';
import { useI18n } from '../../../i18n/i18n';
import { useVersionList } from '../hooks/use-version-list';
import { GRAY_MARKS } from './gray-percent';

interface Values {
  version: number;
  percent: number;
}

/**
 * Release a version to one environment, fully or to a gray share of devices. A gray release keeps the live
 * version for everybody else (the server's `rollout`), so it needs a live version; 100 % replaces it.
 */
export function ReleaseDialog({
  appid,
  release,
  onClose,
}: {
  appid: string;
  release: Release | null;
  onClose(): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { versions, latest } = useVersionList(appid);
  const { release: releaseApi } = useReleasesApi(appid);
  const [form] = Form.useForm<Values>();
  const version = Form.useWatch('version', form);
  const percent = Form.useWatch('percent', form);
  useEffect(() => {
    if (release)
      form.setFieldsValue({
        version: release.rollout?.version ?? latest?.number,
        percent: release.rollout?.percent ?? 100,
      });
  }, [release, latest, form]);
  if (!release) return null;
  const envName = t(`env.${release.env}`);
  const canGray = !!release.version && version !== release.version;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const gray = canGray && v.percent < 100;
    try {
      await releaseApi.mutateAsync({
        env: release.env,
        version: gray ? release.version! : v.version,
        rollout: gray ? { version: v.version, percent: v.percent } : undefined,
      });
      void message.success(
        gray
          ? t('release.doneGray', { n: v.version, env: envName, percent: v.percent })
          : t('release.doneFull', { n: v.version, env: envName }),
      );
      onClose();
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };

  return (
    <Modal
      open
      title={t('release.title', { env: envName })}
      okText={t('release.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'release-submit' }}
      confirmLoading={releaseApi.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="version" label={t('release.version')} rules={[{ required: true }]}>
          <Select
            data-testid="release-version"
            options={versions.map((v) => ({ value: v.number, label: `v${v.number} · ${v.message || '—'}` }))}
          />
        </Form.Item>
        <Form.Item
          name="percent"
          label={t('release.percent')}
          extra={canGray ? t('release.percentHint', { live: release.version! }) : t('release.noGray')}
        >
          <Slider marks={GRAY_MARKS} step={null} min={1} max={100} disabled={!canGray} />
        </Form.Item>
        {version !== undefined && (
          <Alert
            type="info"
            showIcon
            message={
              canGray && percent < 100
                ? t('release.previewGray', { n: version, percent, live: release.version!, env: envName })
                : t('release.previewFull', { n: version, env: envName })
            }
          />
        )}
        {release.version === version && !release.rollout && (
          <Typography.Text type="warning">{t('release.alreadyLive', { n: version })}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}

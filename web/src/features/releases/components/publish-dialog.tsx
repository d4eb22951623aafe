import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Select, Space, Tabs, Typography } from 'antd';
import { ApiError } from '../../../api/api-client';
import type { Violation, VersionSummary } from '../../../api/api-types';
import { useDraft, useDraftDiff } from '../../../api/use-draft';
import { useReleases } from '../../../api/use-releases';
import { useVersionsApi } from '../../../api/use-versions';
import { canonicalText } from '../../../components/json-config-editor/canonical-text';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { liveVersion } from '../hooks/live-version';
import { useVersionList } from '../hooks/use-version-list';
import { ChangeList } from './change-list';
import { ViolationList } from './violation-list';

/**
 * Publish the draft as the next version: what changes against the live version (the server's diff, and both
 * JSON documents side by side), a required message; blocked, with the errors, while the draft is invalid.
 */
export function PublishDialog({
  appid,
  open,
  onClose,
  onPublished,
}: {
  appid: string;
  open: boolean;
  onClose(): void;
  onPublished(version: VersionSummary): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const draft = useDraft(appid);
  const releases = useReleases(appid);
  const { versions } = useVersionList(appid);
  const [against, setAgainst] = useState<number | null>(null);
  const [rejected, setRejected] = useState<Violation[]>([]);
  const [form] = Form.useForm<{ message: string }>();
  const { publish } = useVersionsApi(appid);
  const live = liveVersion(releases.data) ?? versions[0]?.number ?? null;
  useEffect(() => {
    if (open) {
      setAgainst(live);
      setRejected([]);
      void draft.refetch();
    }
    // Only when the dialog opens: the draft and the live version are read fresh then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const diff = useDraftDiff(appid, against, draft.data?.revision);
  const errors = [...(draft.data?.errors ?? []), ...rejected].filter((e) => e.severity === 'error');
  const blocked = errors.length > 0;
  // not_observed and the other warnings never block: the PM decides (ADR 011)
  const warnings = (draft.data?.errors ?? []).filter((e) => e.severity !== 'error');

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const v = await publish.mutateAsync({ message: values.message.trim() });
      void message.success(t('publish.done', { n: v.number }));
      form.resetFields();
      onPublished(v);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) setRejected(err.errors as Violation[]);
      else void message.error(pick((err as Error).message));
    }
  };

  return (
    <Modal
      open={open}
      width={1100}
      title={t('publish.title')}
      okText={t('publish.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: blocked || draft.isPending, 'data-testid': 'publish-submit' }}
      confirmLoading={publish.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <QueryState query={draft}>
        {(d) => (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            {blocked && (
              <Alert
                type="error"
                showIcon
                data-testid="publish-blocked"
                message={t('publish.blocked', { n: errors.length })}
                description={<ViolationList violations={errors} />}
              />
            )}
            {warnings.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="publish-warnings"
                message={t('publish.warnings', { n: warnings.length })}
                description={<ViolationList violations={warnings} />}
              />
            )}
            {against ? (
              <Space>
                <Typography.Text>{t('publish.against')}</Typography.Text>
                <Select
                  value={against}
                  onChange={setAgainst}
                  style={{ width: 260 }}
                  options={versions.map((v) => ({
                    value: v.number,
                    label: `v${v.number}${v.number === live ? ` · ${t('publish.live')}` : ''} · ${v.message}`,
                  }))}
                />
              </Space>
            ) : (
              <Alert type="info" showIcon message={t('publish.first')} />
            )}
            <Tabs
              items={[
                {
                  key: 'changes',
                  label: t('publish.changes'),
                  children: against ? (
                    <QueryState query={diff}>{(x) => <ChangeList diff={x.changes} />}</QueryState>
                  ) : (
                    <Typography.Paragraph>{t('publish.firstChanges')}</Typography.Paragraph>
                  ),
                },
                {
                  key: 'json',
                  label: t('publish.jsonDiff'),
                  children: (
                    <JsonConfigEditor
                      key={`${against}-${diff.data ? 'loaded' : 'empty'}`}
                      documentId={`${appid}-publish-${against}`}
                      original={diff.data ? canonicalText(diff.data.from.content) : '{}'}
                      modified={canonicalText(d.config)}
                      height={420}
                    />
                  ),
                },
              ]}
            />
            <Form form={form} layout="vertical">
              <Form.Item
                name="message"
                label={t('publish.message')}
                rules={[{ required: true, whitespace: true, message: t('publish.messageRequired') }]}
              >
                <Input.TextArea
                  rows={2}
                  maxLength={500}
                  placeholder={t('publish.messagePlaceholder')}
                  data-testid="publish-message"
                />
              </Form.Item>
            </Form>
          </Space>
        )}
      </QueryState>
    </Modal>
  );
}

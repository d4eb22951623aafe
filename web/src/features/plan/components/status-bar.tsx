import { Badge, Button, Space, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { ConfigDiff, Violation } from '../../../api/api-types';
import { useDraftDiff } from '../../../api/use-draft';
import { useReleases } from '../../../api/use-releases';
import { useI18n } from '../../../i18n/i18n';
import type { SaveState } from '../hooks/use-plan-draft';

/** Items the server's diff lists: each added, removed or changed item or field is one change. */
export function countChanges(d: ConfigDiff): number {
  const items = [d.pages, d.rules, d.chan, d.user, d.variables, d.propagate];
  return (
    items.reduce((n, x) => n + x.added.length + x.removed.length + x.changed.length, 0) +
    d.settings.length +
    d.presets.length +
    d.document.length
  );
}

/** "草稿 (未发布的改动 N 处) · 正式版 v12 · 体验版 v13 灰度 20%", the save state and the 校验 button. */
export function StatusBar(props: {
  appid: string;
  revision: number | undefined;
  state: SaveState;
  saveError: string | null;
  errors: Violation[];
  onOpenValidation(): void;
}) {
  const { t } = useI18n();
  const releases = useReleases(props.appid).data?.releases ?? [];
  const live = ['release', 'trial', 'develop'].map((e) => releases.find((r) => r.env === e)?.version).find(Boolean);
  const diff = useDraftDiff(props.appid, live, props.revision).data;
  const errorCount = props.errors.filter((v) => v.severity === 'error').length;
  const parts = [
    <span key="d" data-testid="draft-status">
      {t('plan.bar.draft')}{' '}
      {live
        ? `(${t('plan.bar.changes', { n: diff ? countChanges(diff.changes) : '…' })})`
        : `(${t('plan.bar.neverPublished')})`}
    </span>,
    ...[...releases]
      .reverse()
      .filter((r) => r.version)
      .map((r) => (
        <span key={r.env}>
          {t('plan.bar.live', { env: t(`env.${r.env}`), v: r.version! })}
          {r.rollout ? ` · v${r.rollout.version} ${t('plan.bar.gray', { p: r.rollout.percent })}` : ''}
        </span>
      )),
  ];
  const stateTag = {
    saved: <Tag color="green">{t('plan.bar.saved')}</Tag>,
    saving: <Tag color="processing">{t('plan.bar.saving')}</Tag>,
    unsaved: <Tag color="gold">{t('plan.bar.unsaved')}</Tag>,
    failed: <Tag color="red">{t('plan.bar.saveFailed', { msg: props.saveError ?? '' })}</Tag>,
  }[props.state];
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        padding: '8px 12px',
        background: '#fafafa',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        marginBottom: 12,
      }}
    >
      <Typography.Text>
        {parts.map((p, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            {p}
          </span>
        ))}
      </Typography.Text>
      <Space>
        <span data-testid="save-state">{stateTag}</span>
        <Badge count={errorCount} size="small" showZero={false}>
          <Button icon={<SafetyCertificateOutlined />} onClick={props.onOpenValidation} data-testid="open-validation">
            {t('plan.validation')}
          </Button>
        </Badge>
      </Space>
    </div>
  );
}

import { Button, Card, Empty, Progress, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Release, VersionSummary } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';

const ENV_COLORS = { develop: 'default', trial: 'orange', release: 'green' } as const;

/** One environment: what it serves, to what share, and the actions a publisher may take on it. */
export function EnvCard({
  release,
  versions,
  canRelease,
  onRelease,
  onRollback,
}: {
  release: Release;
  versions: VersionSummary[];
  canRelease: boolean;
  onRelease(): void;
  onRollback(): void;
}) {
  const { t } = useI18n();
  const live = versions.find((v) => v.number === release.version);
  const denied = canRelease ? undefined : t('release.denied');
  const noVersions = !versions.length;
  return (
    <Card
      data-testid={`env-${release.env}`}
      title={
        <Space>
          <Tag color={ENV_COLORS[release.env]}>{t(`env.${release.env}`)}</Tag>
          <Typography.Text type="secondary">{release.env}</Typography.Text>
        </Space>
      }
      actions={[
        <Tooltip key="release" title={denied ?? (noVersions ? t('release.noVersions') : undefined)}>
          <Button type="link" disabled={!canRelease || noVersions} onClick={onRelease}>
            {release.rollout ? t('release.adjust') : t('release.toEnv')}
          </Button>
        </Tooltip>,
        <Tooltip key="rollback" title={denied}>
          <Button type="link" danger disabled={!canRelease || !release.version} onClick={onRollback}>
            {t('rollback.action')}
          </Button>
        </Tooltip>,
      ]}
    >
      {release.version ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Statistic title={t('release.live')} value={`v${release.version}`} />
          <Typography.Text ellipsis>{live?.message || '—'}</Typography.Text>
          {release.rollout && (
            <div data-testid={`gray-${release.env}`}>
              <Typography.Text>
                {t('release.gray', { n: release.rollout.version, percent: release.rollout.percent })}
              </Typography.Text>
              <Progress percent={release.rollout.percent} size="small" status="active" />
            </div>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {release.updatedBy} · {release.updatedAt && dayjs(release.updatedAt).format(DATE_TIME)}
          </Typography.Text>
        </Space>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('release.nothingLive')} />
      )}
    </Card>
  );
}

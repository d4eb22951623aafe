import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Release } from '../../../api/api-types';
import { useCan } from '../../../api/use-auth';
import { useDraft } from '../../../api/use-draft';
import { RELEASE_ENVS, useReleases } from '../../../api/use-releases';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';
import { useVersionList } from '../hooks/use-version-list';
import { EnvCard } from './env-card';
import { PublishDialog } from './publish-dialog';
import { ReleaseDialog } from './release-dialog';
import { RollbackDialog } from './rollback-dialog';
import { VersionHistory } from './version-history';

/** /apps/:appid/releases — publish the draft, the three environments, the version history. */
export function ReleasesOverview() {
  const { appid = '' } = useParams();
  const { t } = useI18n();
  const canPublish = useCan('publisher');
  const releases = useReleases(appid);
  const list = useVersionList(appid);
  const draft = useDraft(appid).data;
  const [publishing, setPublishing] = useState(false);
  const [releasing, setReleasing] = useState<Release | null>(null);
  const [rollingBack, setRollingBack] = useState<Release | null>(null);
  const draftErrors = draft?.errors.filter((e) => e.severity === 'error').length ?? 0;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space direction="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('nav.releases')}
            </Typography.Title>
            {draft && (
              <Typography.Text type={draftErrors ? 'danger' : 'secondary'} data-testid="draft-status">
                {t('publish.draftStatus', {
                  revision: draft.revision,
                  by: draft.updatedBy ?? '—',
                  at: dayjs(draft.updatedAt).format(DATE_TIME),
                })}
                {draftErrors ? ` · ${t('publish.draftErrors', { n: draftErrors })}` : ''}
              </Typography.Text>
            )}
          </Space>
          <Tooltip title={canPublish ? undefined : t('release.denied')}>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={!canPublish}
              onClick={() => setPublishing(true)}
              data-testid="open-publish"
            >
              {t('publish.open')}
            </Button>
          </Tooltip>
        </Space>
      </Card>
      <QueryState query={releases} rows={4}>
        {(r) => (
          <Row gutter={16}>
            {RELEASE_ENVS.map((env) => {
              const release = r.releases.find((x) => x.env === env)!;
              return (
                <Col span={8} key={env}>
                  <EnvCard
                    release={release}
                    versions={list.versions}
                    canRelease={canPublish}
                    onRelease={() => setReleasing(release)}
                    onRollback={() => setRollingBack(release)}
                  />
                </Col>
              );
            })}
          </Row>
        )}
      </QueryState>
      <Card title={t('versions.title')}>
        {list.query.isError ? (
          <Alert
            type="error"
            message={t('common.loadFailed')}
            action={<Button onClick={() => void list.query.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <VersionHistory appid={appid} list={list} releases={releases.data} />
        )}
      </Card>
      <PublishDialog
        appid={appid}
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublished={() => setPublishing(false)}
      />
      <ReleaseDialog appid={appid} release={releasing} onClose={() => setReleasing(null)} />
      {rollingBack && <RollbackDialog appid={appid} release={rollingBack} onClose={() => setRollingBack(null)} />}
    </Space>
  );
}

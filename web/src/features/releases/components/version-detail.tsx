import { Link, useParams } from 'react-router';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useVersion } from '../../../api/use-versions';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';

/** /apps/:appid/releases/versions/:n — one published version, read-only. */
export function VersionDetail() {
  const { appid = '', n = '' } = useParams();
  const { t } = useI18n();
  const version = useVersion(appid, Number(n));
  const base = `/apps/${appid}/releases`;
  return (
    <QueryState query={version}>
      {(v) => (
        <Card
          title={`v${v.number}`}
          extra={
            <Space>
              {v.number > 1 && (
                <Link to={`${base}/diff/${v.number - 1}/${v.number}`}>
                  <Button>{t('versions.vsPrevious')}</Button>
                </Link>
              )}
              <Link to={base}>
                <Button>{t('versions.back')}</Button>
              </Link>
            </Space>
          }
        >
          <Descriptions column={2} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('versions.message')}>{v.message || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('versions.author')}>{v.author}</Descriptions.Item>
            <Descriptions.Item label={t('versions.createdAt')}>
              {dayjs(v.createdAt).format(DATE_TIME)}
            </Descriptions.Item>
            <Descriptions.Item label={t('versions.size')}>{(v.sizeBytes / 1024).toFixed(1)} KB</Descriptions.Item>
            <Descriptions.Item label={t('versions.hash')} span={2}>
              <Typography.Text code copyable>
                {v.hash}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <JsonConfigEditor documentId={`${appid}-v${v.number}`} value={JSON.stringify(v.content, null, 2)} readOnly />
        </Card>
      )}
    </QueryState>
  );
}

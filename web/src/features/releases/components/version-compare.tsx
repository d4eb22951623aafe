import { Link, useNavigate, useParams } from 'react-router';
import { Button, Card, Select, Space, Tabs, Typography } from 'antd';
import { useVersionDiff } from '../../../api/use-versions';
import { canonicalText } from '../../../components/json-config-editor/canonical-text';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useVersionList } from '../hooks/use-version-list';
import { ChangeList } from './change-list';

/** /apps/:appid/releases/diff/:a/:b — what changed from version a to version b. */
export function VersionCompare() {
  const { appid = '', a = '', b = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { versions } = useVersionList(appid);
  const diff = useVersionDiff(appid, Number(a), Number(b));
  const base = `/apps/${appid}/releases`;
  const options = versions.map((v) => ({ value: v.number, label: `v${v.number}` }));
  return (
    <Card
      title={
        <Space>
          {t('versions.compareTitle')}
          <Select
            value={Number(a)}
            options={options}
            onChange={(x) => navigate(`${base}/diff/${x}/${b}`)}
            style={{ width: 90 }}
          />
          <Typography.Text>→</Typography.Text>
          <Select
            value={Number(b)}
            options={options}
            onChange={(x) => navigate(`${base}/diff/${a}/${x}`)}
            style={{ width: 90 }}
          />
        </Space>
      }
      extra={
        <Link to={base}>
          <Button>{t('versions.back')}</Button>
        </Link>
      }
    >
      {a === b ? (
        <Typography.Text>{t('changes.none')}</Typography.Text>
      ) : (
        <QueryState query={diff}>
          {(d) => (
            <Tabs
              items={[
                { key: 'changes', label: t('publish.changes'), children: <ChangeList diff={d.changes} /> },
                {
                  key: 'json',
                  label: t('publish.jsonDiff'),
                  children: (
                    <JsonConfigEditor
                      key={`${a}-${b}`}
                      documentId={`${appid}-diff-${a}-${b}`}
                      original={canonicalText(d.from.content)}
                      modified={canonicalText(d.to.content)}
                    />
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      )}
    </Card>
  );
}

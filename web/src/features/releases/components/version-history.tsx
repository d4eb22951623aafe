import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Releases, VersionSummary } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';
import type { useVersionList } from '../hooks/use-version-list';

/** Every published version: who, when, message, hash, where it is live; pick any two to compare. */
export function VersionHistory({
  appid,
  list,
  releases,
}: {
  appid: string;
  list: ReturnType<typeof useVersionList>;
  releases: Releases | undefined;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<number[]>([]);
  const base = `/apps/${appid}/releases`;
  const liveIn = (n: number) =>
    (releases?.releases ?? []).flatMap((r) => [
      ...(r.version === n ? [<Tag key={r.env}>{t(`env.${r.env}`)}</Tag>] : []),
      ...(r.rollout?.version === n
        ? [<Tag key={`${r.env}-gray`} color="orange">{`${t(`env.${r.env}`)} ${r.rollout.percent}%`}</Tag>]
        : []),
    ]);
  const [a, b] = [...selected].sort((x, y) => x - y);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button
          disabled={selected.length !== 2}
          onClick={() => navigate(`${base}/diff/${a}/${b}`)}
          data-testid="compare-selected"
        >
          {t('versions.compare')}
        </Button>
        <Typography.Text type="secondary">{t('versions.compareHint')}</Typography.Text>
      </Space>
      <Table<VersionSummary>
        rowKey="number"
        size="middle"
        dataSource={list.versions}
        loading={list.query.isFetching}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected((keys as number[]).slice(-2)),
          hideSelectAll: true,
        }}
        locale={{ emptyText: <Empty description={t('versions.empty')} /> }}
        columns={[
          {
            title: t('versions.number'),
            dataIndex: 'number',
            width: 90,
            render: (n: number) => <Link to={`${base}/versions/${n}`}>v{n}</Link>,
          },
          { title: t('versions.message'), dataIndex: 'message', render: (m: string) => m || '—' },
          { title: t('versions.author'), dataIndex: 'author', width: 120 },
          {
            title: t('versions.createdAt'),
            dataIndex: 'createdAt',
            width: 180,
            render: (d: string) => dayjs(d).format(DATE_TIME),
          },
          {
            title: t('versions.hash'),
            dataIndex: 'hash',
            width: 130,
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h }}>
                {h.slice(0, 8)}
              </Typography.Text>
            ),
          },
          { title: t('versions.liveIn'), key: 'live', width: 200, render: (_: unknown, v) => liveIn(v.number) },
          {
            title: '',
            key: 'prev',
            width: 110,
            render: (_: unknown, v) =>
              v.number > 1 && <Link to={`${base}/diff/${v.number - 1}/${v.number}`}>{t('versions.vsPrevious')}</Link>,
          },
        ]}
      />
      {list.query.hasNextPage && (
        <Button onClick={() => void list.query.fetchNextPage()} loading={list.query.isFetchingNextPage}>
          {t('versions.more')}
        </Button>
      )}
    </Space>
  );
}

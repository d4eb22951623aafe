import { useParams } from 'react-router';
import { Button, Card, DatePicker, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AuditEvent } from '../../../api/api-types';
import { useAudit } from '../../../api/use-audit';
import { ErrorResult } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';
import type { MessageKey } from '../../../i18n/messages-zh';
import { useAuditFilter } from '../hooks/use-audit-filter';

const ACTION_COLORS: Record<string, string> = {
  'version.publish': 'blue',
  'release.set': 'green',
  'release.rollback': 'red',
  'draft.save': 'default',
};

/** 审计: who changed what and when, newest first, filterable. */
export function AuditLog() {
  const { appid = '' } = useParams();
  const { t, pick } = useI18n();
  const audit = useAudit(appid);
  const events = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const { filter, setFilter, filtered, actions, actors, reset } = useAuditFilter(events);
  const actionLabel = (a: string) => {
    const key = `audit.action.${a}` as MessageKey;
    const label = t(key);
    return label === key ? a : label;
  };
  if (audit.isError) return <ErrorResult error={audit.error} onRetry={() => void audit.refetch()} />;
  return (
    <Card title={t('nav.audit')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('audit.action')}
          style={{ minWidth: 200 }}
          value={filter.actions}
          onChange={(v) => setFilter({ ...filter, actions: v })}
          options={actions.map((a) => ({ value: a, label: actionLabel(a) }))}
          data-testid="audit-action-filter"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('audit.actor')}
          style={{ minWidth: 160 }}
          value={filter.actors}
          onChange={(v) => setFilter({ ...filter, actors: v })}
          options={actors.map((a) => ({ value: a, label: a }))}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.search')}
          style={{ width: 220 }}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <DatePicker.RangePicker
          value={filter.range}
          onChange={(r) => setFilter({ ...filter, range: r?.[0] && r[1] ? ([r[0], r[1]] as [Dayjs, Dayjs]) : null })}
        />
        <Button onClick={reset}>{t('audit.reset')}</Button>
        <Typography.Text type="secondary">
          {t('audit.count', { shown: filtered.length, loaded: events.length })}
        </Typography.Text>
      </Space>
      <Table<AuditEvent>
        rowKey="id"
        size="middle"
        loading={audit.isPending}
        dataSource={filtered}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        expandable={{
          rowExpandable: (e) => !!e.details,
          expandedRowRender: (e) => (
            <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.details, null, 2)}</pre>
          ),
        }}
        locale={{ emptyText: <Empty description={events.length ? t('audit.noMatch') : t('audit.empty')} /> }}
        columns={[
          {
            title: t('audit.time'),
            dataIndex: 'createdAt',
            width: 180,
            render: (d: string) => dayjs(d).format(DATE_TIME),
          },
          { title: t('audit.actor'), dataIndex: 'actor', width: 120 },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 150,
            render: (a: string) => <Tag color={ACTION_COLORS[a]}>{actionLabel(a)}</Tag>,
          },
          { title: t('audit.summary'), dataIndex: 'summary', render: (s: string) => pick(s) },
        ]}
      />
      {audit.hasNextPage && (
        <Button onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
          {t('versions.more')}
        </Button>
      )}
    </Card>
  );
}

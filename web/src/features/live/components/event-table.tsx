import '../live.css';
import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CollectedEvent } from '../../../api/api-types';
import { DATE_TIME } from '../../../i18n/date-format';
import { useI18n } from '../../../i18n/i18n';
import { eventTitle } from '../event-title';
import { EventDetail } from './event-detail';

/** The stream like Avo's inspector, newest on top; a click on a row opens its props, chan and messages. */
export function EventTable({ events, emptyText }: { events: CollectedEvent[]; emptyText: string }) {
  const { t, locale } = useI18n();
  const warnings = (e: CollectedEvent) => e.errors.filter((v) => v.severity === 'warning').length;
  return (
    <Table<CollectedEvent>
      data-testid="live-events"
      size="small"
      rowKey="id"
      dataSource={[...events].reverse()}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText }}
      expandable={{ expandRowByClick: true, expandedRowRender: (e) => <EventDetail event={e} /> }}
      rowClassName={(e) => (e.valid ? '' : 'live-row-invalid')}
      onRow={(e) => ({ 'data-testid': `live-event-${e.type}`, 'data-valid': String(e.valid) }) as never}
      columns={[
        {
          title: t('live.col.time'),
          dataIndex: 'receivedAt',
          width: 170,
          render: (v: string) => dayjs(v).format(DATE_TIME),
        },
        {
          title: t('live.col.event'),
          dataIndex: 'type',
          render: (type: string) => (
            <span>
              {eventTitle(type, locale) ?? type}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {type}
              </Typography.Text>
            </span>
          ),
        },
        { title: t('live.col.page'), dataIndex: 'page', ellipsis: true, render: (p?: string) => p ?? '—' },
        { title: t('live.col.rule'), dataIndex: 'ruleId', width: 160, render: (r: string | null) => r ?? '—' },
        {
          title: t('live.col.version'),
          dataIndex: 'configVersion',
          width: 90,
          render: (v: number | null) => (v === null ? '—' : `v${v}`),
        },
        { title: t('live.col.session'), dataIndex: 'session', width: 120, render: (s: string | null) => s ?? '—' },
        {
          title: t('live.col.valid'),
          key: 'valid',
          width: 150,
          render: (_: unknown, e) => (
            <>
              <Tag color={e.valid ? 'green' : 'red'} data-testid="validity-tag">
                {e.valid ? t('live.valid') : t('live.invalid')}
              </Tag>
              {warnings(e) > 0 && <Tag color="orange">{t('live.warnings', { count: warnings(e) })}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}

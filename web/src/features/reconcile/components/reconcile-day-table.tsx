import '../reconcile.css';
import { Button, Table, Tag } from 'antd';
import type { ReconciliationDay } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { FIGURES, figureOf, formatFigure, isMismatched, type Source } from '../figures';

/** One row per day and figure, the three sources side by side, disagreeing figures red, disagreeing days tinted. */
export function ReconcileDayTable({
  days,
  collector,
  onDay,
}: {
  days: ReconciliationDay[];
  collector: boolean;
  onDay: (day: string) => void;
}) {
  const { t } = useI18n();
  const rows = days.flatMap((d) =>
    FIGURES.map((figure, i) => ({ key: `${d.day}-${figure}`, d, figure, first: i === 0 })),
  );
  const cell = (source: Source) => ({
    title: t(`reconcile.col.${source}`),
    key: source,
    align: 'right' as const,
    render: (_: unknown, r: (typeof rows)[number]) => {
      const value = figureOf(r.d, source, r.figure);
      if (value === null && source === 'reported')
        return <span style={{ color: '#8c8c8c' }}>{t('reconcile.notSent')}</span>;
      const bad = isMismatched(r.d, source, r.figure);
      return (
        <span style={bad ? { color: '#cf1322', fontWeight: 600 } : undefined} data-mismatch={bad || undefined}>
          {formatFigure(r.figure, value)}
        </span>
      );
    },
  });
  return (
    <Table
      data-testid="reconcile-days"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.d.mismatch ? 'reconcile-row-mismatch' : '')}
      columns={[
        {
          title: t('reconcile.col.day'),
          key: 'day',
          width: 210,
          onCell: (r) => ({ rowSpan: r.first ? FIGURES.length : 0 }),
          render: (_: unknown, r) => (
            <div data-testid={`reconcile-day-${r.d.day}`}>
              <div style={{ fontWeight: 600 }}>{r.d.day}</div>
              <Tag color={r.d.mismatch ? 'red' : 'green'} style={{ marginTop: 4 }}>
                {r.d.mismatch ? t('reconcile.mismatch') : t('reconcile.match')}
              </Tag>
              <Button size="small" type="link" onClick={() => onDay(r.d.day)} data-testid={`drill-${r.d.day}`}>
                {t('reconcile.drill')}
              </Button>
            </div>
          ),
        },
        { title: t('reconcile.col.figure'), key: 'figure', render: (_: unknown, r) => t(`reconcile.fig.${r.figure}`) },
        cell('reported'),
        cell('recomputed'),
        ...(collector ? [cell('collector')] : []),
      ]}
    />
  );
}

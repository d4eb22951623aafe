import { useState } from 'react';
import { Alert, Card, DatePicker, Empty, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { FIGURES, type Figure } from '../figures';
import { useReconciliation } from '../hooks/use-reconciliation';
import { ReconcileChart } from './reconcile-chart';
import { ReconcileDayTable } from './reconcile-day-table';
import { ReconcileDrillDown } from './reconcile-drill-down';

const DAY = 'YYYY-MM-DD';

/** 对账: a date range, a chart of the chosen figure per day, the figures per day, and the orders behind a day. */
export function ReconcileReport({ appid }: { appid: string }) {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(6, 'day'), dayjs()]);
  const [figure, setFigure] = useState<Figure>('giveOrderNumSum');
  const [drill, setDrill] = useState<string | null>(null);
  const query = useReconciliation(appid, range[0].format(DAY), range[1].format(DAY));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="reconcile-page">
      <Card
        title={t('reconcile.title')}
        extra={
          <Space>
            {t('reconcile.range')}
            <DatePicker.RangePicker
              allowClear={false}
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              data-testid="reconcile-range"
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('reconcile.hint')}</Typography.Paragraph>
        <QueryState query={query}>
          {(report) => {
            const withData = report.days.filter(
              (d) =>
                d.reported || d.recomputed.giveOrderNumSum || d.recomputed.payedNumSum || d.collector?.giveOrderNumSum,
            );
            const bad = report.days.filter((d) => d.mismatch).length;
            if (!withData.length) return <Empty description={t('reconcile.empty')} />;
            return (
              <Space direction="vertical" size={12} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={bad ? 'red' : 'green'} data-testid="reconcile-summary">
                    {bad ? t('reconcile.mismatchDays', { count: bad }) : t('reconcile.allMatch')}
                  </Tag>
                  <span>{t('reconcile.chartMetric')}</span>
                  <Segmented<Figure>
                    value={figure}
                    onChange={setFigure}
                    options={FIGURES.map((f) => ({ value: f, label: t(`reconcile.fig.${f}`) }))}
                  />
                </Space>
                {!report.collectorAvailable && <Alert type="info" showIcon message={t('reconcile.noCollector')} />}
                <ReconcileChart
                  days={report.days}
                  figure={figure}
                  collector={report.collectorAvailable}
                  onDay={setDrill}
                />
                <ReconcileDayTable days={withData} collector={report.collectorAvailable} onDay={setDrill} />
              </Space>
            );
          }}
        </QueryState>
      </Card>
      <ReconcileDrillDown appid={appid} day={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}

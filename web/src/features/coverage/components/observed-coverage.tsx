import { useMemo, useState } from 'react';
import { Card, Empty, Progress, Segmented, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BehaviourCoverage } from '../../../api/api-types';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { eventTitle } from '../../live/event-title';
import { useCoverage } from '../hooks/use-coverage';

/** The analysis fields Youshu's modules need (youshu-spec §1.8), in the API's order. */
const FIELDS = ['guide_id', 'room_id', 'weixinadinfo', 'chan_shop_id', 'union_id'] as const;
const WINDOWS = { '1h': 1, '24h': 24, '7d': 24 * 7 } as const;
type Window = keyof typeof WINDOWS;

const share = (v: number, testId?: string) => (
  <Progress
    percent={Math.round(v * 1000) / 10}
    size="small"
    status={v >= 0.995 ? 'success' : v > 0 ? 'normal' : 'exception'}
    format={(p) => `${p}%`}
    data-testid={testId}
  />
);

/**
 * Observed coverage (issue 11 item 5), beside the readiness matrix's declared coverage: per behaviour seen in
 * the window, how many events, the share valid, and the share carrying each analysis field.
 */
export function ObservedCoverage({ appid }: { appid: string }) {
  const { t, locale } = useI18n();
  const [window, setWindow] = useState<Window>('24h');
  // One `to` per window choice, so the query key is stable between renders.
  const range = useMemo(() => {
    const to = dayjs().add(1, 'minute').startOf('minute');
    return { from: to.subtract(WINDOWS[window], 'hour').toISOString(), to: to.toISOString() };
  }, [window]);
  const query = useCoverage(appid, range.from, range.to);
  return (
    <Card
      title={t('coverage.title')}
      data-testid="observed-coverage"
      extra={
        <Segmented<Window>
          value={window}
          onChange={setWindow}
          options={(Object.keys(WINDOWS) as Window[]).map((w) => ({ value: w, label: w }))}
          aria-label={t('coverage.window')}
        />
      }
    >
      <QueryState query={query} rows={4}>
        {(c) =>
          c.behaviours.length ? (
            <Table<BehaviourCoverage>
              size="small"
              rowKey="type"
              pagination={false}
              dataSource={c.behaviours}
              scroll={{ x: 1000 }}
              columns={[
                {
                  title: t('coverage.col.type'),
                  dataIndex: 'type',
                  fixed: 'left',
                  width: 220,
                  render: (type: string) => (
                    <span data-testid={`coverage-${type}`}>
                      {eventTitle(type, locale) ?? type}{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {type}
                      </Typography.Text>
                    </span>
                  ),
                },
                { title: t('coverage.col.count'), dataIndex: 'count', width: 90, align: 'right' },
                {
                  title: t('coverage.col.valid'),
                  dataIndex: 'validShare',
                  width: 140,
                  render: (v: number) => share(v, 'coverage-valid'),
                },
                ...FIELDS.map((f) => ({
                  title: f,
                  key: f,
                  width: 130,
                  render: (_: unknown, b: BehaviourCoverage) => share(b.fields[f]),
                })),
              ]}
            />
          ) : (
            <Empty description={t('coverage.empty')} />
          )
        }
      </QueryState>
    </Card>
  );
}

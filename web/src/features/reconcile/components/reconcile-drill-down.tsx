import { useState } from 'react';
import { Alert, Drawer, Switch, Table, Tag, Space } from 'antd';
import type { ReconciliationOrder } from '../../../api/api-types';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';
import { useReconciliationDay } from '../hooks/use-reconciliation';

/** The orders behind a day: what add_order and the collector each say about them, and what disagrees. */
export function ReconcileDrillDown({
  appid,
  day,
  onClose,
}: {
  appid: string;
  day: string | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const query = useReconciliationDay(appid, day, all);
  const side = (
    s: { paymentAmount?: number; amount?: number | null; placedDay: string | null; paidDay: string | null } | null,
  ) =>
    s ? (
      <div style={{ fontSize: 12 }}>
        {'orderStatus' in s && (
          <div>{t('reconcile.orderStatus', { code: String((s as { orderStatus: string }).orderStatus) })}</div>
        )}
        <div>¥{(s.paymentAmount ?? s.amount ?? 0).toFixed(2)}</div>
        <div>
          {s.placedDay ?? '—'} → {s.paidDay ?? '—'}
        </div>
      </div>
    ) : (
      <Tag>{t('reconcile.absent')}</Tag>
    );
  return (
    <Drawer
      open={day !== null}
      onClose={onClose}
      width={860}
      title={day ? t('reconcile.drillTitle', { day }) : ''}
      extra={
        <Space>
          <Switch checked={all} onChange={setAll} data-testid="drill-all" />
          {t('reconcile.showAll')}
        </Space>
      }
      data-testid="reconcile-drill"
    >
      <QueryState query={query}>
        {(d) => (
          <>
            {d.truncated && (
              <Alert type="warning" showIcon message={t('reconcile.truncated')} style={{ marginBottom: 12 }} />
            )}
            <Table<ReconciliationOrder>
              size="small"
              rowKey="orderId"
              dataSource={d.orders}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: t('reconcile.noOrders') }}
              columns={[
                {
                  title: t('reconcile.col.orderId'),
                  dataIndex: 'orderId',
                  render: (id: string) => <span data-testid="drill-order">{id}</span>,
                },
                { title: t('reconcile.col.addOrder'), key: 'a', render: (_: unknown, o) => side(o.addOrder) },
                ...(d.collectorAvailable
                  ? [
                      {
                        title: t('reconcile.col.collectorSide'),
                        key: 'c',
                        render: (_: unknown, o: ReconciliationOrder) => side(o.collector),
                      },
                    ]
                  : []),
                {
                  title: t('reconcile.col.problems'),
                  key: 'p',
                  render: (_: unknown, o) =>
                    o.problems.map((p) => (
                      <Tag key={p} color="red" data-testid="drill-problem">
                        {t(`reconcile.problem.${p}` as MessageKey)}
                      </Tag>
                    )),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </Drawer>
  );
}

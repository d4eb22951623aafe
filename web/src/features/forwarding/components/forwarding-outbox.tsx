import { App as AntApp, Button, Col, Row, Statistic, Table, Typography } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { DeadLetter, Forwarding } from '../../../api/api-types';
import { DATE_TIME } from '../../../i18n/date-format';
import { useI18n } from '../../../i18n/i18n';
import { useForwardingApi } from '../hooks/use-forwarding';

/** Outbox rows per state and the dead letters with their last error; retry puts every dead row back. */
export function ForwardingOutbox({ data, canRetry }: { data: Forwarding; canRetry: boolean }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { retry } = useForwardingApi(data.appid);
  const onRetry = async () => {
    try {
      const { retried } = await retry.mutateAsync();
      void message.success(t('forwarding.retried', { count: retried }));
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(['pending', 'delivered', 'dead'] as const).map((s) => (
          <Col span={8} key={s}>
            <Statistic
              title={t(`forwarding.state.${s}`)}
              value={data.outbox[s]}
              valueStyle={s === 'dead' && data.outbox.dead ? { color: '#cf1322' } : undefined}
              data-testid={`fwd-count-${s}`}
            />
          </Col>
        ))}
      </Row>
      <Row justify="space-between" align="middle" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('forwarding.deadLetters')}
        </Typography.Title>
        <Button
          icon={<RedoOutlined />}
          disabled={!canRetry || data.outbox.dead === 0}
          loading={retry.isPending}
          onClick={onRetry}
          data-testid="fwd-retry"
        >
          {t('forwarding.retry')}
        </Button>
      </Row>
      <Table<DeadLetter>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.deadLetters}
        locale={{ emptyText: t('forwarding.noDead') }}
        columns={[
          { title: t('forwarding.col.kind'), dataIndex: 'kind', width: 110 },
          { title: t('forwarding.col.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
          {
            title: t('forwarding.col.lastError'),
            dataIndex: 'lastError',
            render: (e: string | null) => (
              <Typography.Text type="danger" data-testid="fwd-dead-error">
                {e ?? '—'}
              </Typography.Text>
            ),
          },
          {
            title: t('forwarding.col.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (v: string) => dayjs(v).format(DATE_TIME),
          },
        ]}
      />
    </>
  );
}

import { Col, Empty, List, Row, Tag, Typography } from 'antd';
import type { CollectedEvent } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { PropsTree } from './props-tree';

/** The expanded row: props and chan as trees (bad paths red) and every catalog message with its path. */
export function EventDetail({ event }: { event: CollectedEvent }) {
  const { t, pick } = useI18n();
  const { chan: _chan, ...rest } = event.props;
  return (
    <Row gutter={24} data-testid="event-detail">
      <Col xs={24} lg={9}>
        <Typography.Title level={5}>{t('live.props')}</Typography.Title>
        <PropsTree value={rest} base="" violations={event.errors.filter((v) => !v.path.startsWith('/chan'))} />
      </Col>
      <Col xs={24} lg={7}>
        <Typography.Title level={5}>{t('live.chan')}</Typography.Title>
        {event.chan ? (
          <PropsTree value={event.chan} base="/chan" violations={event.errors} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.noChan')} />
        )}
      </Col>
      <Col xs={24} lg={8}>
        <Typography.Title level={5}>{t('live.errors')}</Typography.Title>
        {event.errors.length ? (
          <List
            size="small"
            dataSource={event.errors}
            renderItem={(v) => (
              <List.Item data-testid="event-violation">
                <Tag color={v.severity === 'error' ? 'red' : 'orange'}>{v.path || '/'}</Tag>
                <span style={{ color: v.severity === 'error' ? '#cf1322' : '#d46b08' }}>{pick(v.message)}</span>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="success">{t('live.noErrors')}</Typography.Text>
        )}
      </Col>
    </Row>
  );
}

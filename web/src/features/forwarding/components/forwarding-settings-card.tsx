import { Alert, Card, Col, Row } from 'antd';
import { useCan } from '../../../api/use-auth';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { useForwarding } from '../hooks/use-forwarding';
import { ForwardingForm } from './forwarding-form';
import { ForwardingOutbox } from './forwarding-outbox';

/**
 * 转发到有数 for the 设置 page: settings (admins edit, as the server requires), outbox counts, dead letters and
 * retry (publishers and up). Self-contained: `<ForwardingSettingsCard appid={appid} />`.
 */
export function ForwardingSettingsCard({ appid, archived = false }: { appid: string; archived?: boolean }) {
  const { t } = useI18n();
  const isAdmin = useCan('admin');
  const canRetry = useCan('publisher');
  const query = useForwarding(appid);
  return (
    <Card title={t('forwarding.title')} data-testid="forwarding-card">
      <Alert type="info" showIcon message={t('forwarding.hint')} style={{ marginBottom: 16 }} />
      {!isAdmin && <Alert type="warning" showIcon message={t('forwarding.adminOnly')} style={{ marginBottom: 16 }} />}
      <QueryState query={query}>
        {(data) => (
          <Row gutter={32}>
            <Col xs={24} xl={10}>
              <ForwardingForm key={data.updatedAt ?? 'new'} data={data} editable={isAdmin && !archived} />
            </Col>
            <Col xs={24} xl={14}>
              <ForwardingOutbox data={data} canRetry={canRetry && !archived} />
            </Col>
          </Row>
        )}
      </QueryState>
    </Card>
  );
}

import { Button, Card, Col, Input, QRCode, Row, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { CopyText } from '../../../components/copy-text/copy-text';
import { useI18n } from '../../../i18n/i18n';
import { LAUNCH_ENVS, launchUrl } from '../launch-url';

interface Props {
  appid: string;
  session: string;
  onNewSession: () => void;
  startPage: string;
  onStartPage: (path: string) => void;
}

/** Per environment a launch link and its QR code (antd's QRCode draws it locally, no image service). */
export function LaunchLinks({ appid, session, onNewSession, startPage, onStartPage }: Props) {
  const { t } = useI18n();
  return (
    <Card title={t('live.launchTitle')} data-testid="launch-links">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('live.session')}</span>
        <Typography.Text code data-testid="live-session">
          {session}
        </Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} onClick={onNewSession}>
          {t('live.newSession')}
        </Button>
        <span style={{ marginLeft: 16 }}>{t('live.startPage')}</span>
        <Input
          size="small"
          style={{ width: 240 }}
          value={startPage}
          onChange={(e) => onStartPage(e.target.value)}
          data-testid="live-start-page"
        />
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('live.launchHint', { session, query: `trackway_debug=${session}` })}
      </Typography.Paragraph>
      <Row gutter={16}>
        {LAUNCH_ENVS.map((env) => {
          const url = launchUrl(appid, env, startPage || 'pages/index/index', session);
          return (
            <Col key={env} xs={24} lg={8}>
              <Card size="small" type="inner" title={t(`live.env.${env}`)} data-testid={`launch-${env}`}>
                <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                  <QRCode value={url} size={112} bordered={false} style={{ flex: 'none' }} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <CopyText value={url} testId={`launch-url-${env}`} />
                  </div>
                </div>
              </Card>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}

import { useState } from 'react';
import { Button, Card, Descriptions, Input, InputNumber, Space, Typography } from 'antd';
import type { TrackingConfig } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';
import { simulateLaunch, type SimulatedLaunch } from '../model/simulate-launch';

function Fields({ values, testid }: { values: Record<string, unknown>; testid: string }) {
  const { t } = useI18n();
  const entries = Object.entries(values);
  return (
    <Descriptions size="small" column={1} bordered data-testid={testid}>
      {entries.length === 0 && <Descriptions.Item label="—">{t('sim.none')}</Descriptions.Item>}
      {entries.map(([k, v]) => (
        <Descriptions.Item key={k} label={k}>
          <Typography.Text code>{JSON.stringify(v)}</Typography.Text>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** Launch path + query, a QR `scene` string or a scene value → the chan and wx_user fields the draft yields. */
export function ChanSimulator({ config }: { config: TrackingConfig }) {
  const { t } = useI18n();
  const [path, setPath] = useState('pages/index/index');
  const [qrScene, setQrScene] = useState('');
  const [sceneValue, setSceneValue] = useState<number | null>(1047);
  const [result, setResult] = useState<SimulatedLaunch | null>(null);
  const run = () => setResult(simulateLaunch(config, { path, qrScene, sceneValue: sceneValue ?? undefined }));
  return (
    <Card size="small" title={t('sim.title')} data-testid="chan-simulator">
      <Typography.Paragraph type="secondary">{t('sim.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          addonBefore={t('sim.path')}
          value={path}
          onChange={(e) => setPath(e.target.value)}
          style={{ width: 420 }}
          data-testid="sim-path"
        />
        <Input
          addonBefore={t('sim.qrScene')}
          value={qrScene}
          onChange={(e) => setQrScene(e.target.value)}
          style={{ width: 300 }}
          placeholder="gid%3D100"
          data-testid="sim-qr"
        />
        <InputNumber
          addonBefore={t('sim.sceneValue')}
          value={sceneValue}
          onChange={setSceneValue}
          data-testid="sim-scene"
        />
        <Button type="primary" onClick={run} data-testid="sim-run">
          {t('sim.run')}
        </Button>
      </Space>
      {result && (
        <Space align="start" wrap size={24}>
          <div style={{ minWidth: 320 }}>
            <Typography.Title level={5}>{t('sim.chan')}</Typography.Title>
            <Fields values={result.chan} testid="sim-chan" />
          </div>
          <div style={{ minWidth: 320 }}>
            <Typography.Title level={5}>{t('sim.user')}</Typography.Title>
            <Fields values={result.user} testid="sim-user" />
          </div>
        </Space>
      )}
    </Card>
  );
}

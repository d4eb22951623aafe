import { useParams } from 'react-router';
import { Space } from 'antd';
import { ObservedCoverage } from '../features/coverage/components/observed-coverage';
import { ReadinessMatrix } from '../features/readiness/components/readiness-matrix';

/** 就绪度: /apps/:appid/readiness — what the draft declares, and below it what test phones were seen to send. */
export function ReadinessPage() {
  const { appid = '' } = useParams();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <ReadinessMatrix />
      <ObservedCoverage appid={appid} />
    </Space>
  );
}

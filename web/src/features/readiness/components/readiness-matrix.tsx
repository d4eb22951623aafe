import { Result } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/i18n';

/** Placeholder: the readiness matrix (issue 10 item 4) replaces this component. */
export function ReadinessMatrix() {
  const { t } = useI18n();
  return (
    <Result
      icon={<CheckSquareOutlined />}
      title={t('nav.readiness')}
      subTitle={t('readiness.placeholder')}
      data-testid="readiness-page"
    />
  );
}

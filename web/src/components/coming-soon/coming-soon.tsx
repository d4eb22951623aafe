import { Result, Tag } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-zh';

/** A screen whose server API another part of the project is still building. */
export function ComingSoon({ title, text, testId }: { title: MessageKey; text: MessageKey; testId: string }) {
  const { t } = useI18n();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={t(title)}
      subTitle={t(text)}
      extra={<Tag color="blue">{t('common.comingSoon')}</Tag>}
      data-testid={testId}
    />
  );
}

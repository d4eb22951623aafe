import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={
        <Link to="/apps">
          <Button type="primary">{t('common.backToApps')}</Button>
        </Link>
      }
    />
  );
}

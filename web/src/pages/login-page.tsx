import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { tokenStore } from '../api/api-client';
import { useLoginApi } from '../api/use-auth';
import { useI18n } from '../i18n/i18n';

export function LoginPage() {
  const { t, pick, locale, setLocale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLoginApi();
  // Only same-site paths: never send a user to another origin after login.
  const raw = params.get('next') ?? '/apps';
  const next = raw.startsWith('/') && !raw.startsWith('//') ? raw : '/apps';
  if (tokenStore.get() && !login.isPending && !login.isError) return <Navigate to={next} replace />;
  const error = login.error as { status?: number; message: string } | null;
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={error.status === 401 ? t('login.failed') : pick(error.message)}
            data-testid="login-error"
          />
        )}
        <Form
          layout="vertical"
          requiredMark={false}
          onFinish={(v: { username: string; password: string }) =>
            login.mutate(v, { onSuccess: () => navigate(next, { replace: true }) })
          }
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <Button
          type="link"
          style={{ marginTop: 8, padding: 0 }}
          onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switch')}
        </Button>
      </Card>
    </div>
  );
}

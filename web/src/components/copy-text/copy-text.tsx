import { Button, Input, Space, App } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';

/** A read-only value with a copy button (tokens and secrets shown once). */
export function CopyText({ value, testId }: { value: string; testId?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard API needs a secure context; select the text so Ctrl-C works everywhere.
      (document.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | null)?.select();
    }
    void message.success(t('common.copied'));
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input readOnly value={value} data-testid={testId} style={{ fontFamily: 'monospace' }} />
      <Button icon={<CopyOutlined />} onClick={copy}>
        {t('common.copy')}
      </Button>
    </Space.Compact>
  );
}

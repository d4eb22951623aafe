import { Typography } from 'antd';
import type { Scope } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';
import { previewProperty } from '../model/property-preview';

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

/** Under a property mapping: what it yields on the last observed sample, and a warning when that does not fit. */
export function PropertyPreviewHint(props: {
  expr: unknown;
  scope: Scope | null;
  prop: { type: string; description: string };
}) {
  const { t } = useI18n();
  if (!props.scope || props.expr === undefined) return null;
  const p = previewProperty(props.expr, props.scope, props.prop);
  return (
    <div data-testid="prop-preview" style={{ fontSize: 12, marginTop: 2 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('inventory.preview')}{' '}
      </Typography.Text>
      <Typography.Text code style={{ fontSize: 12 }}>
        {p.value === undefined ? '—' : show(p.value)}
      </Typography.Text>
      {p.warning && (
        <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="prop-preview-warning">
          {' '}
          {t(`inventory.preview.${p.warning}` as MessageKey)}
        </Typography.Text>
      )}
    </div>
  );
}

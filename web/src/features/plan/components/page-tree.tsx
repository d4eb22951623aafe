import { Badge, Button, Menu, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TrackingConfig } from '@trackway/language';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import type { Selection } from '../model/violation-location';

export function selectionKey(s: Selection): string {
  return s.kind === 'page' ? `pages/${s.page}` : s.kind;
}

/** Left pane: pages (route, title, rule count, a red dot where a rule has an error), then the other sections. */
export function PageTree(props: {
  config: TrackingConfig;
  errors: Violation[];
  selection: Selection;
  readOnly?: boolean;
  onSelect(s: Selection): void;
  onAddPage(): void;
}) {
  const { t } = useI18n();
  const hasError = (prefix: string) => props.errors.some((v) => v.severity === 'error' && v.path.startsWith(prefix));
  const pages = props.config.pages ?? [];
  const section = (kind: Selection['kind'], label: string, prefix: string) => ({
    key: kind,
    label: (
      <Badge dot={hasError(prefix)} offset={[6, 0]}>
        {label}
      </Badge>
    ),
  });
  return (
    <div>
      <Menu
        mode="inline"
        selectedKeys={[selectionKey(props.selection)]}
        style={{ borderInlineEnd: 0 }}
        onClick={({ key }) =>
          props.onSelect(
            key.startsWith('pages/') ? { kind: 'page', page: Number(key.slice(6)) } : ({ kind: key } as Selection),
          )
        }
        items={[
          {
            type: 'group',
            label: t('plan.pages'),
            children: pages.map((p, i) => ({
              key: `pages/${i}`,
              style: { height: 'auto', lineHeight: 1.4, paddingBlock: 6 },
              label: (
                <div data-testid={`page-item-${i}`}>
                  <Badge dot={hasError(`/pages/${i}/`)} offset={[6, 0]}>
                    <Typography.Text strong>{p.title || p.route || p.id}</Typography.Text>
                  </Badge>
                  <div
                    style={{ fontSize: 12, color: '#8c8c8c', display: 'flex', justifyContent: 'space-between', gap: 8 }}
                  >
                    <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{p.route}</span>
                    <span style={{ whiteSpace: 'nowrap' }}>{t('plan.rules.count', { n: p.rules?.length ?? 0 })}</span>
                  </div>
                </div>
              ),
            })),
          },
          { type: 'divider' },
          section('global', t('plan.global'), '/rules/'),
          section('chan', t('plan.chan'), '/chan/'),
          section('user', t('plan.user'), '/user/'),
          section('variables', t('plan.variables'), '/variables'),
          section('settings', t('plan.settings'), '/settings'),
        ]}
      />
      {pages.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ padding: '0 16px', fontSize: 12 }}>
          {t('plan.pagesEmpty')}
        </Typography.Paragraph>
      )}
      <div style={{ padding: '8px 16px' }}>
        <Button
          block
          icon={<PlusOutlined />}
          onClick={props.onAddPage}
          disabled={props.readOnly}
          data-testid="add-page"
        >
          {t('plan.addPage')}
        </Button>
      </div>
    </div>
  );
}

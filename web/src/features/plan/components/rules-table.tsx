import { Button, Dropdown, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CATALOG, YOUSHU_EVENT_NAMES, requiredLeafPaths, type Rule, type YoushuEventName } from '@trackway/language';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { getMapped } from '../model/event-properties';
import { triggerText } from '../model/trigger-text';
import { fieldProblems } from './violation-hint';

interface Props {
  rules: Rule[];
  /** `/pages/0/rules` or `/rules`. */
  base: string;
  errors: Violation[];
  readOnly?: boolean;
  onOpen(index: number): void;
  onToggle(index: number, enabled: boolean): void;
  /** Adds a rule for the behaviour from its template (undefined: a blank rule). */
  onAdd(event: YoushuEventName | undefined): void;
}

/** "n/m": required property groups mapped out of those the behaviour needs. */
function requiredCount(rule: Rule): [number, number] {
  const groups = rule.event ? requiredLeafPaths(rule.event) : [];
  const mapped = groups.filter((g) => g.some((p) => getMapped(rule.props, p.replace(/\[\]/g, '')) !== undefined));
  return [mapped.length, groups.length];
}

/** The rules of the selected page (or the global ones): 开关, 行为, 触发方式, 属性 n/m, 状态. */
export function RulesTable({ rules, base, errors, readOnly, onOpen, onToggle, onAdd }: Props) {
  const { t, locale } = useI18n();
  const addMenu = {
    items: [
      ...YOUSHU_EVENT_NAMES.filter((e) => !CATALOG[e].preset).map((e) => ({
        key: e,
        label: `${CATALOG[e].title[locale]} ${e}`,
      })),
      { type: 'divider' as const },
      ...YOUSHU_EVENT_NAMES.filter((e) => CATALOG[e].preset).map((e) => ({
        key: e,
        label: `${CATALOG[e].title[locale]} ${e}`,
      })),
      { type: 'divider' as const },
      { key: '', label: t('plan.rules.addBlank') },
    ],
    onClick: ({ key }: { key: string }) => onAdd((key || undefined) as YoushuEventName | undefined),
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Dropdown menu={addMenu} disabled={readOnly} trigger={['click']}>
        <Button type="primary" icon={<PlusOutlined />} data-testid="add-rule">
          {t('plan.rules.add')}
        </Button>
      </Dropdown>
      <Table<Rule & { index: number }>
        size="middle"
        rowKey="index"
        pagination={false}
        dataSource={rules.map((r, index) => ({ ...r, index }))}
        locale={{ emptyText: <Empty description={t('plan.rules.empty')} /> }}
        onRow={(r) =>
          ({ onClick: () => onOpen(r.index), style: { cursor: 'pointer' }, 'data-testid': `rule-row-${r.id}` }) as never
        }
        columns={[
          {
            title: t('plan.col.enabled'),
            width: 70,
            render: (_, r) => (
              <span onClick={(e) => e.stopPropagation()}>
                <Switch
                  size="small"
                  checked={r.enabled !== false}
                  disabled={readOnly}
                  onChange={(v) => onToggle(r.index, v)}
                />
              </span>
            ),
          },
          {
            title: t('plan.col.event'),
            render: (_, r) =>
              r.event && r.event in CATALOG ? (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{CATALOG[r.event].title[locale]}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.event} · {r.id}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">
                  {r.event ?? t('plan.noEvent')} · {r.id}
                </Typography.Text>
              ),
          },
          { title: t('plan.col.trigger'), render: (_, r) => triggerText(r.trigger, t) },
          {
            title: t('plan.col.props'),
            width: 120,
            render: (_, r) => {
              const [n, m] = requiredCount(r);
              return m ? <Tag color={n === m ? 'green' : 'orange'}>{t('plan.props.required', { n, m })}</Tag> : '—';
            },
          },
          {
            title: t('plan.col.status'),
            width: 120,
            render: (_, r) => {
              const found = fieldProblems(errors, `${base}/${r.index}`);
              const errs = found.filter((v) => v.severity === 'error').length;
              if (errs) return <Tag color="red">{t('plan.status.errors', { n: errs })}</Tag>;
              if (found.length) return <Tag color="gold">{t('plan.status.warnings', { n: found.length })}</Tag>;
              if (r.enabled === false) return <Tag>{t('plan.status.off')}</Tag>;
              return <Tag color="green">{t('plan.status.ok')}</Tag>;
            },
          },
        ]}
      />
    </Space>
  );
}

import { Button, Card, Empty, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Expr, FieldRule } from '@trackway/language';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { ExprInput } from './expr-input';
import { useFieldStatus } from './violation-hint';

/** The chan fields of config-types.ts ChanFieldName, in Youshu's order; `extra.*` can be typed. */
export const CHAN_FIELDS = [
  'chan_id',
  'chan_wxapp_scene',
  'chan_refer_app_id',
  'chan_shop_id',
  'chan_shop_name',
  'guide_id',
  'room_id',
  'weixinadinfo',
  'gdt_vid',
  'chan_custom.chan_custom_id',
  'chan_custom.chan_custom_id_desc',
  'chan_custom.chan_custom_cat_1',
  'chan_custom.chan_custom_cat_1_desc',
  'chan_custom.chan_custom_cat_2',
  'chan_custom.chan_custom_cat_2_desc',
  'chan_custom.chan_custom_cat_3',
  'chan_custom.chan_custom_cat_3_desc',
];
export const USER_FIELDS = ['open_id', 'union_id', 'user_id'];

/** chan or user rules: per field, ordered sources, persistence and attribution. */
export function FieldRulesEditor(props: {
  kind: 'chan' | 'user';
  rules: FieldRule[];
  errors: Violation[];
  readOnly?: boolean;
  onChange(rules: FieldRule[]): void;
  /** A new rule id unique in the document. */
  freshId(field: string): string;
}) {
  const { t } = useI18n();
  const names = props.kind === 'chan' ? CHAN_FIELDS : USER_FIELDS;
  const set = (i: number, patch: Partial<FieldRule>) =>
    props.onChange(
      props.rules.map((r, j) => {
        if (j !== i) return r;
        const next: Record<string, unknown> = { ...r, ...patch };
        for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
        return next as unknown as FieldRule;
      }),
    );
  const add = () => {
    const field = names.find((n) => !props.rules.some((r) => r.field === n)) ?? names[0];
    props.onChange([...props.rules, { id: props.freshId(field.replace(/\W/g, '_')), field, sources: [''] }]);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12} data-testid={`${props.kind}-rules`}>
      {props.rules.length === 0 && <Empty description={t('plan.field.empty')} />}
      {props.rules.map((r, i) => (
        <FieldRuleCard key={i} {...props} rule={r} index={i} names={names} set={(p) => set(i, p)} />
      ))}
      <Button icon={<PlusOutlined />} onClick={add} disabled={props.readOnly} data-testid={`add-${props.kind}-rule`}>
        {t('plan.field.add')}
      </Button>
    </Space>
  );
}

function FieldRuleCard(p: {
  kind: 'chan' | 'user';
  rule: FieldRule;
  index: number;
  names: string[];
  errors: Violation[];
  readOnly?: boolean;
  rules: FieldRule[];
  onChange(rules: FieldRule[]): void;
  set(patch: Partial<FieldRule>): void;
}) {
  const { t } = useI18n();
  const base = `/${p.kind}/${p.index}`;
  const fieldStatus = useFieldStatus(p.errors, `${base}/field`);
  const sourcesStatus = useFieldStatus(p.errors, `${base}/sources`);
  const sources = p.rule.sources ?? [];
  return (
    <Card
      size="small"
      title={
        <Space>
          <div data-path={`${base}/field`}>
            <Select
              showSearch
              style={{ width: 280 }}
              value={p.rule.field}
              status={fieldStatus.status}
              options={p.names.map((n) => ({ value: n, label: n }))}
              onChange={(field) => p.set({ field })}
              disabled={p.readOnly}
              data-testid={`${p.kind}-field-${p.index}`}
            />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.rule.id}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={p.readOnly}
          onClick={() => p.onChange(p.rules.filter((_, j) => j !== p.index))}
          aria-label={t('plan.field.delete')}
        />
      }
    >
      {fieldStatus.help && <div style={{ color: '#ff4d4f', marginBottom: 8 }}>{fieldStatus.help}</div>}
      <Typography.Text type="secondary">{t('plan.field.sources')}</Typography.Text>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 6 }}>
        {sources.map((s, k) => (
          <Space.Compact key={k} style={{ width: '100%' }}>
            <ExprInput
              path={`${base}/sources/${k}`}
              value={s}
              disabled={p.readOnly}
              status={sourcesStatus.status}
              onChange={(v) => p.set({ sources: sources.map((x, j) => (j === k ? ((v ?? '') as Expr) : x)) })}
            />
            <Button
              icon={<DeleteOutlined />}
              disabled={p.readOnly}
              onClick={() => p.set({ sources: sources.filter((_, j) => j !== k) })}
            />
          </Space.Compact>
        ))}
        {sourcesStatus.help && <div style={{ color: '#ff4d4f' }}>{sourcesStatus.help}</div>}
        <Space wrap>
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={p.readOnly}
            onClick={() => p.set({ sources: [...sources, ''] })}
          >
            {t('plan.field.addSource')}
          </Button>
          <InputNumber
            size="small"
            min={1}
            addonBefore={t('plan.field.persist')}
            placeholder={t('plan.field.persistHint')}
            style={{ width: 210 }}
            value={p.rule.persist?.ttlDays}
            disabled={p.readOnly}
            onChange={(v) => p.set({ persist: v ? { ttlDays: v } : undefined })}
          />
          <Select
            size="small"
            value={p.rule.attribution ?? 'last'}
            disabled={p.readOnly}
            onChange={(a) => p.set({ attribution: a === 'last' ? undefined : a })}
            options={[
              { value: 'last', label: `${t('plan.field.attribution')}：${t('plan.field.attribution.last')}` },
              { value: 'first', label: `${t('plan.field.attribution')}：${t('plan.field.attribution.first')}` },
            ]}
          />
        </Space>
      </Space>
    </Card>
  );
}

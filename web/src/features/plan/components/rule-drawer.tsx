import { Button, Drawer, Form, Input, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { CATALOG, YOUSHU_EVENT_NAMES, type Rule, type Scope, type Trigger } from '@trackway/language';
import type { InventoryItem, Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';
import { eventProperties, getMapped, setMapped, type EventProperty } from '../model/event-properties';
import { PropertyPreviewHint } from '../../inventory/components/property-preview-hint';
import { sampleScope } from '../../inventory/model/sample-scope';
import { valueOptions } from '../../inventory/model/value-options';
import { ExprInput } from './expr-input';
import { RememberList } from './remember-list';
import { TRIGGER_DEFAULTS, TRIGGER_KINDS, TriggerFields } from './trigger-fields';
import { useFieldStatus } from './violation-hint';

interface Props {
  rule: Rule | undefined;
  /** the page's route pattern; undefined for a global rule */
  route?: string;
  /** what debug devices saw for the app (ADR 011) */
  inventory?: InventoryItem[];
  /** JSON Pointer of the rule (`/pages/0/rules/1`), the prefix of its fields' data-path. */
  base: string;
  errors: Violation[];
  readOnly?: boolean;
  onChange(rule: Rule): void;
  onDelete(): void;
  onClose(): void;
}

/** The rule form, reading like a sentence: 当 [触发方式] … 时，如果 [条件]，上报 [有数行为]，属性如下. */
export function RuleDrawer({ rule, route, inventory, base, errors, readOnly, onChange, onDelete, onClose }: Props) {
  const { t, pick, locale } = useI18n();
  const props = eventProperties(rule?.event, rule?.props);
  const scope = inventory ? sampleScope(inventory, rule?.trigger, route) : null;
  const set = (patch: Partial<Rule>) => {
    if (!rule) return;
    const next: Record<string, unknown> = { ...rule, ...patch };
    for (const k of Object.keys(patch)) if (next[k] === undefined || next[k] === '') delete next[k];
    onChange(next as unknown as Rule);
  };
  const triggerStatus = useFieldStatus(errors, `${base}/trigger`);
  const whenStatus = useFieldStatus(errors, `${base}/when`);
  const eventStatus = useFieldStatus(errors, `${base}/event`, true);
  const propsStatus = useFieldStatus(errors, `${base}/props`, true);
  const foreachStatus = useFieldStatus(errors, `${base}/foreach`);
  const idStatus = useFieldStatus(errors, `${base}/id`, true);
  return (
    <Drawer
      open={!!rule}
      onClose={onClose}
      size="large"
      title={rule && t('plan.rule.title', { id: rule.id })}
      destroyOnHidden
      data-testid="rule-drawer"
      extra={
        rule && (
          <Space>
            <Switch
              checked={rule.enabled !== false}
              onChange={(v) => set({ enabled: v ? undefined : false })}
              disabled={readOnly}
            />
            {t('plan.rule.enabled')}
            <Popconfirm title={t('plan.rule.delete')} onConfirm={onDelete} disabled={readOnly}>
              <Button danger icon={<DeleteOutlined />} disabled={readOnly} aria-label={t('plan.rule.delete')} />
            </Popconfirm>
          </Space>
        )
      }
    >
      {rule && (
        <Form layout="vertical" disabled={readOnly}>
          <Form.Item label={t('plan.rule.when')} {...triggerStatus} style={{ marginBottom: 12 }}>
            <Space wrap align="start">
              <div data-path={`${base}/trigger/kind`}>
                <Select
                  style={{ width: 190 }}
                  value={rule.trigger?.kind}
                  onChange={(kind: Trigger['kind']) => set({ trigger: TRIGGER_DEFAULTS[kind] })}
                  options={TRIGGER_KINDS.map((k) => ({ value: k, label: t(`plan.kind.${k}` as MessageKey) }))}
                  data-testid="trigger-kind"
                />
              </div>
              {rule.trigger && (
                <TriggerFields
                  trigger={rule.trigger}
                  base={`${base}/trigger`}
                  onChange={(trigger) => set({ trigger })}
                  disabled={readOnly}
                  route={route}
                  inventory={inventory}
                />
              )}
              <Typography.Text style={{ lineHeight: '32px' }}>{t('plan.rule.then')}</Typography.Text>
            </Space>
          </Form.Item>
          <Form.Item label={t('plan.rule.if')} {...whenStatus} style={{ marginBottom: 12 }}>
            <ExprInput
              path={`${base}/when`}
              value={rule.when}
              onChange={(when) => set({ when: when as Rule['when'] })}
              placeholder={t('plan.rule.ifPlaceholder')}
              status={whenStatus.status}
            />
          </Form.Item>
          <Form.Item label={t('plan.rule.report')} {...eventStatus} extra={t('plan.rule.propsBelow')}>
            <div data-path={`${base}/event`}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                allowClear
                placeholder={t('plan.rule.event')}
                value={rule.event}
                onChange={(event) => set({ event })}
                options={YOUSHU_EVENT_NAMES.map((e) => ({ value: e, label: `${CATALOG[e].title[locale]} ${e}` }))}
                data-testid="rule-event"
              />
            </div>
          </Form.Item>
          {propsStatus.help && <div style={{ color: '#ff4d4f', marginBottom: 8 }}>{propsStatus.help}</div>}
          {rule.event && props.length === 0 && (
            <Typography.Paragraph type="secondary">{t('plan.rule.noProps')}</Typography.Paragraph>
          )}
          {props.map((p) => (
            <PropRow
              key={p.path}
              prop={p}
              description={pick(p.description)}
              scope={scope}
              path={`${base}/props/${p.path.replace(/\./g, '/')}`}
              errors={errors}
              value={getMapped(rule.props, p.path)}
              onChange={(v) =>
                set({ props: setMapped(rule.props as Record<string, unknown>, p.path, v) as Rule['props'] })
              }
            />
          ))}
          {rule.event && props.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('plan.rule.propCommon')}
            </Typography.Paragraph>
          )}
          <Form.Item label={t('plan.rule.foreach')} extra={t('plan.rule.foreachHint')} {...foreachStatus}>
            <ExprInput
              path={`${base}/foreach`}
              value={rule.foreach}
              onChange={(foreach) => set({ foreach: foreach as Rule['foreach'] })}
            />
          </Form.Item>
          <Form.Item label={t('plan.rule.remember')}>
            <RememberList
              base={`${base}/remember`}
              value={rule.remember}
              onChange={(remember) => set({ remember })}
              errors={errors}
            />
          </Form.Item>
          <Form.Item label={t('plan.rule.note')}>
            <Input.TextArea
              value={rule.note}
              onChange={(e) => set({ note: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 4 }}
            />
          </Form.Item>
          <Form.Item label={t('plan.rule.id')} {...idStatus}>
            <div data-path={`${base}/id`}>
              <Input value={rule.id} onChange={(e) => set({ id: e.target.value })} />
            </div>
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}

function PropRow(p: {
  prop: EventProperty;
  /** the property's description in the PM's language */
  description: string;
  /** the last observed sample (null: nothing observed for this trigger) */
  scope: Scope | null;
  path: string;
  errors: Violation[];
  value: unknown;
  onChange(v: unknown): void;
}) {
  const { t } = useI18n();
  const status = useFieldStatus(p.errors, p.path);
  const { prop } = p;
  return (
    <Form.Item
      {...status}
      style={{ marginBottom: 12 }}
      label={
        <Space size={6} wrap>
          <Typography.Text code>{prop.label}</Typography.Text>
          {prop.required ? <Tag color="red">{t('plan.required')}</Tag> : <Tag>{t('plan.optional')}</Tag>}
          <Tag color="blue">{prop.type}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.description}
          </Typography.Text>
        </Space>
      }
    >
      <ExprInput
        path={p.path}
        value={p.value}
        onChange={p.onChange}
        status={status.status}
        suggestions={valueOptions(p.scope, prop)}
      />
      <PropertyPreviewHint expr={p.value} scope={p.scope} prop={prop} />
    </Form.Item>
  );
}

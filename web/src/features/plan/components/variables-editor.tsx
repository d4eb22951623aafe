import { Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { PropagationRule, TrackingConfig, VariableDecl } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';
import { CHAN_FIELDS } from './field-rules-editor';

/** Declared variables (what rules remember) and request propagation (chan to the merchant's backend). */
export function VariablesEditor(props: {
  config: TrackingConfig;
  readOnly?: boolean;
  update(change: (c: TrackingConfig) => TrackingConfig): void;
  freshId(base: string): string;
}) {
  const { t } = useI18n();
  const vars = Object.entries(props.config.variables ?? {});
  const writeVars = (list: [string, VariableDecl][]) =>
    props.update((c) => ({ ...c, variables: list.length ? Object.fromEntries(list) : undefined }));
  const prop = props.config.propagate ?? [];
  const writeProp = (list: PropagationRule[]) =>
    props.update((c) => ({ ...c, propagate: list.length ? list : undefined }));
  const setProp = (i: number, patch: Partial<PropagationRule>) =>
    writeProp(prop.map((p, j) => (j === i ? (JSON.parse(JSON.stringify({ ...p, ...patch })) as PropagationRule) : p)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Card size="small" title={t('plan.variables')}>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={vars}
          columns={[
            {
              title: t('plan.var.name'),
              render: (_, [name], i) => (
                <div data-path={`/variables/${name}`}>
                  <Input
                    value={name}
                    disabled={props.readOnly}
                    onChange={(e) => writeVars(vars.map((v, j) => (j === i ? [e.target.value, v[1]] : v)))}
                  />
                </div>
              ),
            },
            {
              title: t('plan.var.scope'),
              render: (_, [, d], i) => (
                <Select
                  value={d.scope ?? 'run'}
                  disabled={props.readOnly}
                  options={['run', 'storage'].map((s) => ({
                    value: s,
                    label: t(s === 'run' ? 'plan.var.scope.run' : 'plan.var.scope.storage'),
                  }))}
                  onChange={(scope) => writeVars(vars.map((v, j) => (j === i ? [v[0], { ...v[1], scope }] : v)))}
                />
              ),
            },
            {
              title: t('plan.var.ttl'),
              render: (_, [, d], i) => (
                <InputNumber
                  min={1}
                  value={d.ttlDays}
                  disabled={props.readOnly}
                  onChange={(ttl) =>
                    writeVars(
                      vars.map((v, j) =>
                        j === i ? [v[0], JSON.parse(JSON.stringify({ ...v[1], ttlDays: ttl ?? undefined }))] : v,
                      ),
                    )
                  }
                />
              ),
            },
            {
              width: 60,
              render: (_, __, i) => (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={props.readOnly}
                  onClick={() => writeVars(vars.filter((_, j) => j !== i))}
                />
              ),
            },
          ]}
        />
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          disabled={props.readOnly}
          onClick={() => writeVars([...vars, [`var${vars.length + 1}`, {}]])}
        >
          {t('plan.var.add')}
        </Button>
      </Card>
      <Card size="small" title={t('plan.prop.title')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {prop.map((p, i) => (
            <Space key={i} wrap data-path={`/propagate/${i}`}>
              <Input
                addonBefore={t('plan.prop.url')}
                value={p.url}
                style={{ width: 300 }}
                disabled={props.readOnly}
                onChange={(e) => setProp(i, { url: e.target.value })}
              />
              <Select
                value={p.as}
                disabled={props.readOnly}
                onChange={(as) => setProp(i, { as })}
                options={[
                  { value: 'header', label: 'header' },
                  { value: 'data', label: 'data' },
                ]}
              />
              <Input
                addonBefore={t('plan.prop.name')}
                value={p.name}
                style={{ width: 240 }}
                disabled={props.readOnly}
                onChange={(e) => setProp(i, { name: e.target.value || undefined })}
              />
              <Select
                mode="multiple"
                style={{ minWidth: 220 }}
                placeholder={t('plan.prop.fields')}
                value={p.fields ?? []}
                disabled={props.readOnly}
                options={CHAN_FIELDS.map((f) => ({ value: f, label: f }))}
                onChange={(fields: string[]) => setProp(i, { fields: fields.length ? fields : undefined })}
              />
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={props.readOnly}
                onClick={() => writeProp(prop.filter((_, j) => j !== i))}
              />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={props.readOnly}
            onClick={() => writeProp([...prop, { id: props.freshId('propagate'), url: '**/order/**', as: 'header' }])}
            data-testid="add-propagate"
          >
            {t('plan.prop.add')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}

import { Button, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Expr } from '@trackway/language';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { ExprInput } from './expr-input';

/** remember: variable name → expression, as rows. */
export function RememberList(props: {
  base: string;
  value: Record<string, Expr> | undefined;
  onChange(v: Record<string, Expr> | undefined): void;
  errors: Violation[];
}) {
  const { t } = useI18n();
  const entries = Object.entries(props.value ?? {});
  const write = (list: [string, Expr][]) => props.onChange(list.length ? Object.fromEntries(list) : undefined);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {entries.map(([name, expr], i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input
            style={{ width: 160 }}
            value={name}
            placeholder={t('plan.var.name')}
            onChange={(e) => write(entries.map((x, j) => (j === i ? [e.target.value, x[1]] : x)))}
          />
          <ExprInput
            path={`${props.base}/${name}`}
            value={expr}
            onChange={(v) => write(entries.map((x, j) => (j === i ? [x[0], (v ?? '') as Expr] : x)))}
          />
          <Button icon={<DeleteOutlined />} onClick={() => write(entries.filter((_, j) => j !== i))} />
        </Space.Compact>
      ))}
      <Button
        icon={<PlusOutlined />}
        size="small"
        onClick={() => write([...entries, [`var${entries.length + 1}`, '']])}
      >
        {t('plan.var.add')}
      </Button>
    </Space>
  );
}

import { useMemo } from 'react';
import { AutoComplete } from 'antd';
import { exprCompletions } from './expr-completions';
import { useI18n } from '../../../i18n/i18n';

/** An expression as text (constants and `{{ path | filter }}` templates) with completion; no monaco per field. */
export function ExprInput(props: {
  value: unknown;
  onChange(value: unknown): void;
  path: string;
  disabled?: boolean;
  status?: 'error' | 'warning';
  placeholder?: string;
}) {
  const { t } = useI18n();
  // a non-string expression (number, operator) is shown and edited as its JSON
  const text =
    typeof props.value === 'string' ? props.value : props.value === undefined ? '' : JSON.stringify(props.value);
  const options = useMemo(
    () =>
      exprCompletions(text)
        .slice(0, 30)
        .map((value) => ({ value })),
    [text],
  );
  const parse = (v: string): unknown => {
    if (typeof props.value === 'string' || props.value === undefined) return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  };
  return (
    <div data-path={props.path} style={{ width: '100%' }}>
      <AutoComplete
        value={text}
        options={options}
        onChange={(v: string) => props.onChange(v === '' ? undefined : parse(v))}
        disabled={props.disabled}
        status={props.status}
        placeholder={props.placeholder ?? t('plan.expr.placeholder')}
        style={{ width: '100%', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
      />
    </div>
  );
}

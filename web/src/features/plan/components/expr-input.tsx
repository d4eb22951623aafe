import { useMemo } from 'react';
import { AutoComplete } from 'antd';
import { exprCompletions } from './expr-completions';
import { useI18n } from '../../../i18n/i18n';
import type { PickerOption } from '../../inventory/model/inventory-options';

/** An expression as text (constants and `{{ path | filter }}` templates) with completion; no monaco per field. */
export function ExprInput(props: {
  value: unknown;
  onChange(value: unknown): void;
  path: string;
  disabled?: boolean;
  status?: 'error' | 'warning';
  placeholder?: string;
  /** ready expressions with what they yield on a device sample (issue 13), offered before the syntax help */
  suggestions?: PickerOption[];
}) {
  const { t } = useI18n();
  // a non-string expression (number, operator) is shown and edited as its JSON
  const text =
    typeof props.value === 'string' ? props.value : props.value === undefined ? '' : JSON.stringify(props.value);
  const { suggestions } = props;
  const options = useMemo(() => {
    const typed = text.toLowerCase();
    const all = suggestions ?? [];
    // a value already in place (picked, or the template's) shows every choice: the PM may want another path
    const placed = all.some((o) => o.value === text);
    const hits = placed ? all : all.filter((o) => o.label.toLowerCase().includes(typed));
    const picks = (hits.length ? hits : all).map((o) => ({ value: o.value, label: o.label }));
    const syntax = exprCompletions(text)
      .slice(0, 30)
      .map((value) => ({ value }));
    return [...picks, ...syntax.filter((s) => !picks.some((o) => o.value === s.value))];
  }, [text, suggestions]);
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
        popupMatchSelectWidth={false}
        // a short list (≤ 40 choices): rendered whole, so every choice can be scrolled to and found
        virtual={false}
        allowClear
        style={{ width: '100%', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
      />
    </div>
  );
}

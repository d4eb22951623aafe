import { useMemo } from 'react';
import { AutoComplete } from 'antd';
import { FILTER_NAMES, SCOPE_ROOTS } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';

/**
 * Completions for the text typed so far: inside an open `{{ … ` the scope roots, after a `|` the language's
 * filters; an empty input offers `{{root.` starters.
 */
export function exprCompletions(text: string): string[] {
  const open = text.lastIndexOf('{{');
  if (open < 0 || text.indexOf('}}', open) >= 0) return text ? [] : SCOPE_ROOTS.map((r) => `{{${r}.`);
  const inside = text.slice(open + 2);
  const bar = inside.lastIndexOf('|');
  if (bar >= 0) {
    const typed = inside.slice(bar + 1).trim();
    const head = text.slice(0, open + 2 + bar + 1);
    return FILTER_NAMES.filter((f) => f.startsWith(typed)).map((f) => `${head} ${f} }}`);
  }
  const typed = inside.trim();
  if (typed.includes('.')) return [];
  return SCOPE_ROOTS.filter((r) => r.startsWith(typed)).map((r) => `${text.slice(0, open)}{{${r}.`);
}

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

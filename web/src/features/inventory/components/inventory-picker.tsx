import type { ReactElement } from 'react';
import { AutoComplete } from 'antd';
import { useI18n } from '../../../i18n/i18n';
import type { PickerOption } from '../model/inventory-options';

/**
 * A free-text field whose dropdown offers what debug devices saw (issue 13): the PM picks instead of reading
 * the mini-program's source, and can still type a pattern of their own. `children` is the field's Input.
 */
export function InventoryPicker(props: {
  value: string;
  onChange(value: string): void;
  options: PickerOption[];
  /** false while no device reported anything: the dropdown explains how to fill it */
  hasInventory: boolean;
  disabled?: boolean;
  width?: number;
  children: ReactElement;
}) {
  const { t } = useI18n();
  const typed = props.value.toLowerCase();
  // a value already picked shows every choice (the PM may want a sibling); typing narrows them
  const placed = props.options.some((o) => o.value === props.value);
  const shown = props.options.filter(
    (o) => placed || !typed || o.value.toLowerCase().includes(typed) || o.label.toLowerCase().includes(typed),
  );
  return (
    <AutoComplete
      value={props.value}
      onChange={(v: string) => props.onChange(v)}
      // nothing matches what was typed: everything, rather than an empty list
      options={(shown.length ? shown : props.options).map((o) => ({ value: o.value, label: o.label }))}
      notFoundContent={props.hasInventory ? undefined : t('inventory.empty')}
      disabled={props.disabled}
      popupMatchSelectWidth={false}
      // a short list (≤ 40 choices): rendered whole, so every choice can be scrolled to and found
      virtual={false}
      style={{ width: props.width }}
    >
      {props.children}
    </AutoComplete>
  );
}

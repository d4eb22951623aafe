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
  const shown = props.options.filter(
    (o) => !typed || o.value.toLowerCase().includes(typed) || o.label.toLowerCase().includes(typed),
  );
  return (
    <AutoComplete
      value={props.value}
      onChange={(v: string) => props.onChange(v)}
      // everything stays visible once a value was picked: the PM may want a sibling
      options={(shown.length ? shown : props.options).map((o) => ({ value: o.value, label: o.label }))}
      notFoundContent={props.hasInventory ? undefined : t('inventory.empty')}
      disabled={props.disabled}
      popupMatchSelectWidth={false}
      style={{ width: props.width }}
    >
      {props.children}
    </AutoComplete>
  );
}

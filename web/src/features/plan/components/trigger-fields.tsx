import { Input, InputNumber, Select, Space, Switch } from 'antd';
import type { Trigger } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';
import type { InventoryItem } from '../../../api/api-types';
import { InventoryPicker } from '../../inventory/components/inventory-picker';
import {
  componentMethodOptions,
  componentOptions,
  dataPathOptions,
  methodOptions,
  observedMethod,
  urlOptions,
  type PickerOption,
} from '../../inventory/model/inventory-options';

export const TRIGGER_KINDS = ['app', 'page', 'method', 'data', 'expose', 'request', 'payment'] as const;

/** What a trigger of each kind starts with when the PM picks it. */
export const TRIGGER_DEFAULTS: Record<Trigger['kind'], Trigger> = {
  app: { kind: 'app', on: 'show' },
  page: { kind: 'page', on: 'show' },
  method: { kind: 'method', method: '', phase: 'after' },
  data: { kind: 'data', path: '' },
  expose: { kind: 'expose', selector: '' },
  request: { kind: 'request', url: '', outcome: 'success' },
  payment: { kind: 'payment', outcome: 'success' },
};

const APP_ON = ['launch', 'show', 'hide'];
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const PAGE_ON = ['load', 'show', 'ready', 'hide', 'unload', 'share', 'pullDownRefresh', 'reachBottom'];

const onValue = (on: string | string[] | undefined) => (Array.isArray(on) ? on : on ? [on] : []);

/** Exactly the fields the trigger's kind has (config-types.ts), inline in the rule's sentence. */
export function TriggerFields({
  trigger,
  onChange,
  base,
  disabled,
  route,
  inventory,
}: {
  trigger: Trigger;
  onChange(t: Trigger): void;
  base: string;
  disabled?: boolean;
  /** the page's route (pattern); undefined for a global rule: pickers then offer every page's items */
  route?: string;
  /** what debug devices saw (ADR 011); undefined while loading */
  inventory?: InventoryItem[];
}) {
  const { t } = useI18n();
  const set = (patch: Record<string, unknown>) => {
    const next = { ...trigger, ...patch } as Record<string, unknown>;
    for (const k of Object.keys(patch)) if (patch[k] === undefined || patch[k] === '') delete next[k];
    onChange(next as unknown as Trigger);
  };
  const text = (
    key: string,
    label: MessageKey,
    width = 200,
    options?: PickerOption[],
    onPick: (v: string) => void = (v) => set({ [key]: v }),
  ) => {
    const value = String((trigger as unknown as Record<string, unknown>)[key] ?? '');
    const input = (
      <Input
        addonBefore={t(label)}
        value={value}
        onChange={options ? undefined : (e) => set({ [key]: e.target.value })}
        style={{ width: width + 100 }}
        disabled={disabled}
        data-testid={`trigger-${key}`}
      />
    );
    return (
      <div data-path={`${base}/${key}`}>
        {options ? (
          <InventoryPicker
            value={value}
            onChange={onPick}
            options={options}
            hasInventory={(inventory?.length ?? 0) > 0}
            disabled={disabled}
          >
            {input}
          </InventoryPicker>
        ) : (
          input
        )}
      </div>
    );
  };
  const items = inventory ?? [];
  const onList = (values: string[], prefix: string) => (
    <div data-path={`${base}/on`}>
      <Select
        mode="multiple"
        style={{ minWidth: 220 }}
        value={onValue((trigger as { on?: string | string[] }).on)}
        options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }))}
        onChange={(v: string[]) => set({ on: v.length === 1 ? v[0] : v })}
        disabled={disabled}
      />
    </div>
  );
  switch (trigger.kind) {
    case 'app':
      return onList(APP_ON, 'plan.on.app');
    case 'page':
      return onList(PAGE_ON, 'plan.on.page');
    case 'method':
      return (
        <Space wrap>
          {text(
            'method',
            'plan.trigger.method',
            140,
            trigger.component ? componentMethodOptions(items, trigger.component) : methodOptions(items, route),
          )}
          <Select
            value={trigger.phase ?? 'after'}
            onChange={(phase) => set({ phase })}
            options={['before', 'after'].map((p) => ({ value: p, label: t(`plan.trigger.phase.${p}` as MessageKey) }))}
            disabled={disabled}
          />
          {text('component', 'plan.trigger.component', 160, componentOptions(items))}
        </Space>
      );
    case 'data':
      return (
        <Space wrap>
          {text('path', 'plan.trigger.path', 160, dataPathOptions(items, route))}
          <Space>
            <Switch
              checked={!!trigger.everyChange}
              onChange={(v) => set({ everyChange: v || undefined })}
              disabled={disabled}
            />
            {t('plan.trigger.everyChange')}
          </Space>
        </Space>
      );
    case 'expose':
      return (
        <Space wrap>
          {text('selector', 'plan.trigger.selector', 140)}
          <InputNumber
            addonBefore={t('plan.trigger.ratio')}
            min={0}
            max={1}
            step={0.1}
            value={trigger.ratio ?? 0.5}
            onChange={(v) => set({ ratio: v ?? undefined })}
            disabled={disabled}
          />
          {text('itemKey', 'plan.trigger.itemKey', 100)}
        </Space>
      );
    case 'request':
      return (
        <Space wrap>
          {text('url', 'plan.trigger.url', 200, urlOptions(items), (url) =>
            // a URL picked from the device brings the method it was called with
            set({ url, method: observedMethod(items, url) ?? trigger.method }),
          )}
          <div data-path={`${base}/method`}>
            <Select
              style={{ width: 200 }}
              value={trigger.method ?? ''}
              onChange={(method) => set({ method })}
              options={['', ...HTTP_METHODS].map((m) => ({
                value: m,
                label: m ? `${t('plan.trigger.httpMethod')} ${m}` : t('plan.trigger.anyMethod'),
              }))}
              disabled={disabled}
              data-testid="trigger-http-method"
            />
          </div>
          <Select
            value={trigger.outcome ?? 'success'}
            onChange={(outcome) => set({ outcome })}
            options={['success', 'fail', 'any'].map((o) => ({ value: o, label: t(`plan.outcome.${o}` as MessageKey) }))}
            disabled={disabled}
          />
        </Space>
      );
    case 'payment': {
      const outcome = trigger.outcome ?? 'success';
      return (
        <Select
          mode="multiple"
          style={{ minWidth: 200 }}
          value={Array.isArray(outcome) ? outcome : outcome === 'any' ? ['success', 'fail', 'cancel'] : [outcome]}
          onChange={(v: string[]) => set({ outcome: v.length === 1 ? v[0] : v })}
          options={['success', 'fail', 'cancel'].map((o) => ({
            value: o,
            label: t(`plan.outcome.${o}` as MessageKey),
          }))}
          disabled={disabled}
        />
      );
    }
    default:
      return null;
  }
}

import { Card, Descriptions, InputNumber, Switch } from 'antd';
import type { PresetSwitches, RuntimeSettings, TrackingConfig } from '@trackway/language';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';

const PRESETS: (keyof PresetSwitches)[] = ['app', 'page', 'share', 'pullDownRefresh', 'reachBottom'];
// defaults of config-types.ts RuntimeSettings, shown as placeholders
const NUMBERS: [keyof RuntimeSettings, number, number?, number?][] = [
  ['flushSize', 10, 1],
  ['flushIntervalMs', 1000, 0],
  ['queueCap', 1000, 1],
  ['maxRetries', 3, 0],
  ['sampleRate', 1, 0, 1],
];

/** The built-in behaviours as switches (not rules), and the runtime settings. */
export function SettingsEditor(props: {
  config: TrackingConfig;
  readOnly?: boolean;
  update(change: (c: TrackingConfig) => TrackingConfig): void;
}) {
  const { t } = useI18n();
  const setPreset = (k: keyof PresetSwitches, on: boolean) =>
    props.update((c) => {
      const presets = { ...c.presets, [k]: on ? undefined : false };
      return JSON.parse(JSON.stringify({ ...c, presets })) as TrackingConfig;
    });
  const setSetting = (k: keyof RuntimeSettings, v: unknown) =>
    props.update(
      (c) => JSON.parse(JSON.stringify({ ...c, settings: { ...c.settings, [k]: v ?? undefined } })) as TrackingConfig,
    );
  return (
    <>
      <Card size="small" title={t('plan.presets')} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          {PRESETS.map((k) => (
            <Descriptions.Item key={k} label={t(`plan.preset.${k}` as MessageKey)}>
              <div data-path={`/presets/${k}`}>
                <Switch
                  checked={props.config.presets?.[k] !== false}
                  disabled={props.readOnly}
                  onChange={(v) => setPreset(k, v)}
                />
              </div>
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" title={t('plan.settings')}>
        <Descriptions column={1} size="small">
          {NUMBERS.map(([k, def, min, max]) => (
            <Descriptions.Item key={k} label={t(`plan.setting.${k}` as MessageKey)}>
              <div data-path={`/settings/${k}`}>
                <InputNumber
                  min={min}
                  max={max}
                  step={k === 'sampleRate' ? 0.1 : 1}
                  placeholder={String(def)}
                  value={props.config.settings?.[k] as number | undefined}
                  disabled={props.readOnly}
                  onChange={(v) => setSetting(k, v)}
                />
              </div>
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('plan.setting.debug')}>
            <Switch
              checked={!!props.config.settings?.debug}
              disabled={props.readOnly}
              onChange={(v) => setSetting('debug', v || undefined)}
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}

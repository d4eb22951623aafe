import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import type { TrackingConfig } from '@trackway/language';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { useI18n } from '../../../i18n/i18n';

/**
 * The same draft as JSON (monaco with the config JSON Schema). A parseable edit goes straight into the draft the
 * forms show; a form edit replaces the text unless the text already says the same.
 */
export function JsonView(props: {
  appid: string;
  config: TrackingConfig;
  readOnly?: boolean;
  onChange(config: TrackingConfig): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(props.config, null, 2));
  const [syntax, setSyntax] = useState<string | null>(null);
  const mine = useRef<TrackingConfig | null>(null);
  useEffect(() => {
    if (props.config === mine.current) return; // our own edit coming back
    setText(JSON.stringify(props.config, null, 2));
    setSyntax(null);
  }, [props.config]);
  return (
    <>
      {syntax && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('plan.json.invalid', { msg: syntax })} />
      )}
      <JsonConfigEditor
        documentId={props.appid}
        value={text}
        readOnly={props.readOnly}
        height="calc(100vh - 260px)"
        onChange={(v) => {
          setText(v);
          try {
            const parsed = JSON.parse(v) as TrackingConfig;
            setSyntax(null);
            mine.current = parsed;
            props.onChange(parsed);
          } catch (e) {
            setSyntax((e as Error).message);
          }
        }}
      />
    </>
  );
}

import { useParams } from 'react-router';
import { Alert } from 'antd';
import { useDraft } from '../../../api/use-draft';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';

/** Placeholder: the tracking-plan editor (issue 10 items 2–3, 5) replaces this read-only JSON view of the draft. */
export function PlanEditor() {
  const { appid = '' } = useParams();
  const { t } = useI18n();
  const draft = useDraft(appid);
  return (
    <div data-testid="plan-page">
      <Alert type="info" showIcon message={t('plan.placeholder')} style={{ marginBottom: 16 }} />
      <QueryState query={draft}>
        {(d) => (
          <JsonConfigEditor documentId={appid} value={JSON.stringify(d.config, null, 2)} readOnly height="60vh" />
        )}
      </QueryState>
    </div>
  );
}
